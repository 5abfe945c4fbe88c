"""The one exception family of dossier: it always names the file (and line where known)."""

from __future__ import annotations


class DossierError(Exception):
    # The command line's exit code for it: 1, a problem with the dossier's content or build.
    exit_code = 1

    def __init__(self, path: str, message: str, line: int | None = None):
        self.path = path
        self.line = line
        self.message = message
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {message}")


class NotAProject(DossierError):
    """The command was pointed at a folder that holds no dossier project (or at none): a
    mistake in how it was called, exit code 2 like argparse's own."""

    exit_code = 2
