"""What a passphrase for the encrypted database must be; the window and the CLI both ask this."""

from __future__ import annotations

# Long enough that guessing it from a lost laptop takes longer than the data
# is kept, given SQLCipher's slow key derivation; short enough to type at a
# job fair. A sentence of a few words is better than a short word.
MIN_LENGTH = 8


def passphrase_problem(new: str, repeated: str) -> str | None:
    """Why `new` cannot be the passphrase ("short", "different"), or None when it can."""
    if len(new) < MIN_LENGTH:
        return "short"
    if new != repeated:
        return "different"
    return None
