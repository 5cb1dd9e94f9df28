"""The bundle file: records streamed in and out, compressed, and sealed with a passphrase.

Layout, all integers big-endian:

    header   b"RDBUNDLE", format (2 bytes), flags (1 byte: 1 = encrypted)
             if encrypted: salt (16 bytes), scrypt log2(n), r, p (1 byte each)
    chunks   length (4 bytes), then that many bytes, until the last chunk
    trailer  unencrypted only: SHA-256 of every chunk's bytes

The payload is zlib-compressed JSON, one record per line. Encrypted, each
chunk of at most 64 KiB is sealed with ChaCha20-Poly1305 under a key derived
from the passphrase by scrypt; the nonce is the chunk's number and a flag
for the last chunk, and the header is authenticated with every chunk (the
STREAM construction, as the `age` file format uses it). A wrong passphrase,
a changed byte, chunks reordered, dropped or cut off all fail to open, and
nothing inside reads as plain text. Reading never holds more than a chunk.

Only `cryptography`'s primitives are used; nothing here invents one.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from .errors import StoreError

MAGIC = b"RDBUNDLE"
FORMAT = 1
CHUNK = 64 * 1024
_ENCRYPTED = 1
# scrypt: n = 2**15, r = 8, p = 1 — about 32 MiB and a tenth of a second per
# try, as the scrypt paper recommends for interactive use.
SCRYPT = (15, 8, 1)
SUFFIX = ".rdbundle"


class BundleError(StoreError):
    """A bundle that cannot be read, in one sentence a recruiter can act on."""


def _key(passphrase: str, salt: bytes, log_n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=2 ** log_n, r=r, p=p).derive(passphrase.encode("utf-8"))


_LAST_KEY: dict[tuple[str, bytes, int, int, int], bytes] = {}


def _derived(passphrase: str, salt: bytes, log_n: int, r: int, p: int) -> bytes:
    """The key for a bundle being read: checking it and then merging it derive it once."""
    ask = (passphrase, salt, log_n, r, p)
    if ask not in _LAST_KEY:
        _LAST_KEY.clear()  # only the bundle at hand: no passphrase lingers longer
        _LAST_KEY[ask] = _key(passphrase, salt, log_n, r, p)
    return _LAST_KEY[ask]


def forget_keys() -> None:
    """Drop the remembered key (after an import)."""
    _LAST_KEY.clear()


def _nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


class BundleWriter:
    """Write records to a bundle file; `passphrase` None writes it unencrypted."""

    def __init__(self, out: IO[bytes], passphrase: str | None):
        self._out = out
        header = MAGIC + struct.pack(">HB", FORMAT, _ENCRYPTED if passphrase else 0)
        self._aead: Any = None
        if passphrase is not None:
            from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

            salt = os.urandom(16)
            header += salt + bytes(SCRYPT)
            self._aead = ChaCha20Poly1305(_key(passphrase, salt, *SCRYPT))
        self._header = header
        self._hash = hashlib.sha256()
        self._zip = zlib.compressobj(1)
        self._pending = bytearray()
        self._lines: list[bytes] = []
        self._counter = 0
        out.write(header)

    def write(self, record: Any) -> None:
        self._lines.append(json.dumps(record, ensure_ascii=False, separators=(",", ":"))
                           .encode("utf-8"))
        if len(self._lines) >= 512:
            self._flush_lines()

    def _flush_lines(self) -> None:
        if self._lines:
            self._pending += self._zip.compress(b"\n".join(self._lines) + b"\n")
            self._lines = []
        while len(self._pending) > CHUNK:
            self._chunk(bytes(self._pending[:CHUNK]), last=False)
            del self._pending[:CHUNK]

    def _chunk(self, data: bytes, last: bool) -> None:
        if self._aead is not None:
            data = self._aead.encrypt(_nonce(self._counter, last), data, self._header)
        else:
            data = (b"\x01" if last else b"\x00") + data
            self._hash.update(data)
        self._counter += 1
        self._out.write(struct.pack(">I", len(data)) + data)

    def close(self) -> None:
        self._flush_lines()
        self._pending += self._zip.flush()
        while len(self._pending) > CHUNK:
            self._chunk(bytes(self._pending[:CHUNK]), last=False)
            del self._pending[:CHUNK]
        self._chunk(bytes(self._pending), last=True)
        if self._aead is None:
            self._out.write(self._hash.digest())


class BundleReader:
    """The records of a bundle file, checked chunk by chunk as they are read."""

    def __init__(self, path: Path, passphrase_for: Any):
        """`passphrase_for()` is asked only when the bundle is encrypted."""
        self.path = path
        try:
            self._file = path.open("rb")
        except OSError as exc:
            raise BundleError(f"{path}: cannot be read ({exc.strerror or exc}).") from exc
        try:
            head = self._file.read(len(MAGIC) + 3)
            if len(head) < len(MAGIC) + 3 or head[:len(MAGIC)] != MAGIC:
                raise BundleError(f"{path} is not a Recruit Desk bundle.")
            fmt, flags = struct.unpack(">HB", head[len(MAGIC):])
            if fmt > FORMAT:
                raise BundleError(f"{path} was written by a newer Recruit Desk (bundle format "
                                  f"{fmt}); update the app to import it.")
            self.encrypted = bool(flags & _ENCRYPTED)
            self._aead: Any = None
            if self.encrypted:
                extra = self._file.read(19)
                if len(extra) < 19:
                    raise BundleError(f"{path} is cut short: the file is incomplete.")
                head += extra
                salt, (log_n, r, p) = extra[:16], extra[16:]
                if not (10 <= log_n <= 22 and 1 <= r <= 32 and 1 <= p <= 16):
                    raise BundleError(f"{path} is damaged (its key settings are not ours).")
                from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

                self._aead = ChaCha20Poly1305(_derived(passphrase_for(), salt, log_n, r, p))
            self._header = head
        except BaseException:
            self._file.close()
            raise

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> BundleReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _chunks(self) -> Iterator[bytes]:
        counter, digest = 0, hashlib.sha256()
        while True:
            size = self._file.read(4)
            if len(size) < 4:
                raise BundleError(f"{self.path} is cut short: the file is incomplete.")
            (length,) = struct.unpack(">I", size)
            if length > CHUNK + 64:
                raise BundleError(f"{self.path} is damaged.")
            data = self._file.read(length)
            if len(data) < length:
                raise BundleError(f"{self.path} is cut short: the file is incomplete.")
            if self._aead is not None:
                from cryptography.exceptions import InvalidTag

                plain = None
                for last in (False, True):
                    try:
                        plain = self._aead.decrypt(_nonce(counter, last), data, self._header)
                        break
                    except InvalidTag:
                        continue
                if plain is None:
                    if counter == 0:
                        raise BundleError(f"Wrong passphrase for {self.path}, or the file "
                                          "was changed.")
                    raise BundleError(f"{self.path} was changed or damaged after it was "
                                      "written.")
            else:
                digest.update(data)
                if not data:
                    raise BundleError(f"{self.path} is damaged.")
                last, plain = data[0] == 1, data[1:]
            counter += 1
            yield plain
            if last:
                break
        if self._aead is None and self._file.read(32) != digest.digest():
            raise BundleError(f"{self.path} was changed or damaged after it was written.")
        if self._file.read(1):
            raise BundleError(f"{self.path} has bytes after its end: it was changed.")

    def records(self) -> Iterator[Any]:
        """Every record, in order; raises BundleError the moment something does not check."""
        unzip = zlib.decompressobj()
        rest = b""
        for chunk in self._chunks():
            try:
                data = rest + unzip.decompress(chunk)
            except zlib.error as exc:
                raise BundleError(f"{self.path} is damaged.") from exc
            cut = data.rfind(b"\n")
            if cut < 0:
                rest = data
                continue
            whole, rest = data[:cut], data[cut + 1:]
            # A chunk's lines parsed as one JSON array: one call, not one per line.
            try:
                yield from json.loads(b"[" + whole.replace(b"\n", b",") + b"]")
            except ValueError as exc:
                raise BundleError(f"{self.path} is damaged.") from exc
        if rest or not unzip.eof:
            raise BundleError(f"{self.path} is cut short: the file is incomplete.")

    def check(self) -> int:
        """Read the whole bundle without keeping it: the number of lines, or BundleError.

        Every chunk is authenticated and the compressed stream must end where
        the file does; the records themselves are parsed when they are merged.
        """
        unzip, lines = zlib.decompressobj(), 0
        for chunk in self._chunks():
            try:
                lines += unzip.decompress(chunk).count(b"\n")
            except zlib.error as exc:
                raise BundleError(f"{self.path} is damaged.") from exc
        if not unzip.eof:
            raise BundleError(f"{self.path} is cut short: the file is incomplete.")
        return lines
