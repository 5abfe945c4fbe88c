"""The command line: `dossier init`, `add`, `build`, `serve`, `check`, `export`, `pack`,
`deploy` (main.py parses and dispatches; a module per command where there is more to it)."""

from .main import main

__all__ = ["main"]
