"""The one exception family of dossier: it always names the file (and line where known)."""

from __future__ import annotations


class DossierError(Exception):
    def __init__(self, path: str, message: str, line: int | None = None):
        self.path = path
        self.line = line
        self.message = message
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {message}")
