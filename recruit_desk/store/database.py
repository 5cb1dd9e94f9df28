"""The interview database as the rest of the app uses it: one `Store` per open file.

`Store` is assembled from one layer per module, each adding to the one below:

- files.py: the file before SQLite opens it (whose it is, whether it can be written);
- connection.py: opening the file safely, schema steps, backups, SQL helpers;
- candidates.py: intake, consent, the searchable list, erasure;
- interviews.py: interviewers, kit snapshots, answers, submission, amendments;
- replies.py: what the candidate writes in a written work sample;
- scores.py: assessments, and the scores cached for the candidate list;
- sync.py: bundles to and from other laptops, merged by core.merge's rules;
- sync_review.py: the conflicts and duplicate candidates a merge leaves to a person;
- backups.py: backups in rotation, made with SQLite's backup API, and restoring one;
- retention.py: who is kept longer than the retention setting allows, and erasing them;
- encryption.py: the passphrase of the database and its backups (cipher.py: how), the lock;
- fair.py: job fairs: events, walk-ins' check-ins, the queue, calling the next one;
- practice.py: frame-of-reference practice ratings, kept apart from candidates';
- audit.py (used by connection.py): the append-only log of what was done to personal data.

Callers import `Store` (and the constants) from here and need not know the split.
"""

from __future__ import annotations

from .connection import SCHEMA_STEPS, new_id, now
from .errors import StoreError
from .files import BUSY_TIMEOUT_MS, DB_FILENAME, ENV_DATA_DIR, default_data_dir
from .practice import PracticeStore


class Store(PracticeStore):
    """One open database. Every write method commits before it returns.

    Open a file with `Store.open(data_dir)` (or an empty one in memory with
    `Store.memory()`); use it as a context manager to close it.
    """


__all__ = ["Store", "StoreError", "default_data_dir", "now", "new_id", "BUSY_TIMEOUT_MS",
           "DB_FILENAME", "ENV_DATA_DIR", "SCHEMA_STEPS"]
