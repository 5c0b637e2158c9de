"""Writing a file without ever leaving half of it behind (rule 8): the app's one atomic write."""

from __future__ import annotations

import os
from pathlib import Path

from app.storage import scratch


def write_atomic(path: Path, data: bytes) -> Path:
    """Write *data* to a temporary file beside *path*, then move it into place in one step.

    A reader (or a crash) sees the old file or the new one, never a truncated one; a process
    killed half-way leaves no temporary file after the next start (`scratch.temp_beside`).
    The file is its owner's only (0600).
    """
    with scratch.temp_beside(path, suffix=".tmp") as tmp:
        with open(tmp, "xb", opener=scratch.private) as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    return path
