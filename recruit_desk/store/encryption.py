"""The database encrypted with a passphrase: turning it on and off, changing the passphrase.

The open Store closes its connection, the file is opened alone
(cipher.sole_use), written anew with the new passphrase and put in the old
one's place; every backup is rewritten the same way; the Store then opens
the new file, so whoever holds it (the window's parts) goes on with it.
See cipher.py for how.
"""

from __future__ import annotations

from pathlib import Path

from . import cipher
from .errors import StoreError
from .files import APPLICATION_ID
from .retention import RetentionStore

# Minutes without a key press or click after which a window on an encrypted
# database locks until the passphrase is typed again (0: never).
LOCK_MINUTES = 5


class EncryptionStore(RetentionStore):
    """The passphrase of the database and its backups, and when the window locks."""

    def set_passphrase(self, new: str | None, actor: str | None = None) -> list[Path]:
        """Encrypt the database and its backups with `new` (None: decrypt them).

        Returns the backups that could not be rewritten (another passphrase,
        damaged): they are left as they were. On failure (another program has
        the file open, a full disk) the database is left as it was and stays
        open here as before.

        Any other connection to the file from this same program must be
        closed first (the window waits for its background jobs): SQLCipher is
        a second copy of SQLite in the program, and the locks of one copy are
        not seen by the other within one process. Other programs' locks are
        seen, and make this fail with DatabaseLocked.
        """
        if self.path is None:
            raise StoreError("A database in memory cannot be encrypted.")
        if self.read_only:
            raise StoreError(self.read_only)
        if new is None and not self.encrypted:
            raise StoreError("The database has no passphrase; there is nothing to decrypt.")
        old, was_encrypted = self._passphrase, self.encrypted
        backups = [b.path for b in self.backups()] + [
            p for p in self._backups_elsewhere() if p.is_file()]
        self.conn.close()
        try:
            left = cipher.rewrite(self.path, old, new, APPLICATION_ID,
                                  self.busy_timeout_ms / 1000, backups)
        except BaseException:
            self._reopen(old)
            raise
        self._reopen(new)
        what = ("turned off" if new is None else
                "passphrase changed" if was_encrypted else "turned on")
        self._audit("encryption", detail=f"database encryption {what}; "
                                         f"{len(backups) - len(left)} backup(s) rewritten",
                    actor=actor)
        return left

    def passphrase_matches(self, typed: str) -> bool:
        """Whether `typed` is the database's passphrase (to unlock a locked window)."""
        import hmac

        return self._passphrase is not None and hmac.compare_digest(
            typed.encode("utf-8"), self._passphrase.encode("utf-8"))

    def lock_minutes(self) -> int:
        """Idle minutes before the window locks (for an encrypted database; 0: never)."""
        return self._settings({"lock_minutes": LOCK_MINUTES})[0]

    def set_lock_minutes(self, minutes: int) -> None:
        if not 0 <= minutes <= 240:
            raise ValueError("Lock after 1 to 240 idle minutes, or 0 for never.")
        self._put_settings({"lock_minutes": minutes})
