"""The rules by which two copies of the interview data become one, whatever carries them.

A laptop's bundle, and later a team server, both merge by these rules, so
they live here, free of SQL and of any file format:

- Every row is known by its id (a UUID, or its interview and question).
- Every row carries a **version vector**: for each device that changed it, how
  many times it did (`{"a1b2…": 3, "c3d4…": 1}`). A device bumps its own entry
  on each change. No clock decides anything, so a laptop whose clock is wrong
  cannot make an old edit win.
- Comparing the vectors of the two copies of one row says which is newer, or
  that each side changed it since they last met: a **conflict**, kept and shown
  to a person, never settled silently. Identical values are no conflict.
- A submitted interview changes in a merge only together with a new
  amendment, which carries the reason; amendments and decisions are added,
  never replaced.
- An erased candidate travels as a tombstone (the id alone) and is erased
  wherever it arrives; a candidate merged into another travels as a tombstone
  naming the one kept.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from enum import Enum

VersionVector = dict[str, int]


class Order(str, Enum):
    """How an incoming copy of a row stands against the local one."""

    SAME = "same"  # the same version (or the local one is the incoming one's descendant)
    OLDER = "older"  # the local copy has seen everything the incoming one has, and more
    NEWER = "newer"  # the incoming copy has seen everything the local one has, and more
    CONCURRENT = "concurrent"  # each changed it since they last met


def parse_vv(text: str | None) -> VersionVector:
    """A version vector from its stored JSON; an empty one for none."""
    if not text:
        return {}
    data = json.loads(text)
    return {str(k): int(v) for k, v in data.items()}


def dump_vv(vv: Mapping[str, int]) -> str:
    """The stored form: compact JSON with the devices in order, so equal vectors read equal."""
    return json.dumps(dict(sorted(vv.items())), separators=(",", ":"))


def compare(local: Mapping[str, int], incoming: Mapping[str, int]) -> Order:
    """Where `incoming` stands against `local`, entry by entry."""
    devices = set(local) | set(incoming)
    ahead = any(incoming.get(d, 0) > local.get(d, 0) for d in devices)
    behind = any(incoming.get(d, 0) < local.get(d, 0) for d in devices)
    if ahead and behind:
        return Order.CONCURRENT
    if ahead:
        return Order.NEWER
    if behind:
        return Order.OLDER
    return Order.SAME


def merged(*vectors: Mapping[str, int]) -> VersionVector:
    """The least vector that has seen all of `vectors`: each device's highest count."""
    out: VersionVector = {}
    for vv in vectors:
        for device, count in vv.items():
            out[device] = max(out.get(device, 0), count)
    return out


def bumped(vv: Mapping[str, int], device: str) -> VersionVector:
    """`vv` after one more change on `device`."""
    out = dict(vv)
    out[device] = out.get(device, 0) + 1
    return out


def resolution(local: Mapping[str, int], incoming: Mapping[str, int],
               device: str) -> VersionVector:
    """The version of a conflict's outcome: newer than both sides, so it travels to both."""
    return bumped(merged(local, incoming), device)
