"""MkDocs internals behind a gate: the parts of dossier's site that use MkDocs' private
code (the page loop's `_build_page`, the classes of a page's conversion) do so only under
the MkDocs versions the tests cover (tests/test_parallel_site.py, tests/test_direct.py);
under any other, MkDocs builds every page itself."""

from __future__ import annotations

from mkdocs.commands import build as _mkdocs_build

# The MkDocs versions whose private page loop this package is tested with.
TESTED_MKDOCS = ("1.6.",)


def internals_known() -> bool:
    """Whether this MkDocs is one whose private page loop the workers are tested against."""
    from mkdocs import __version__

    return __version__.startswith(TESTED_MKDOCS) and hasattr(_mkdocs_build, "_build_page")
