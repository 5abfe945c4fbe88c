"""The reader's search index: Pagefind, run over the built site.

Why Pagefind and not mkdocs-material's own search: the built-in index is one JSON file the
browser downloads whole before the first result (16.8 MB for the 500-article dossier of
benchmarks/scale.py, and it grows with the site); Pagefind splits its index into chunks and
a query downloads only those it needs. Neither stems Polish: both index the inflected forms of
actors' names that dossier writes into each page (emit/search.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def build_search_index(site_dir: Path, language: str) -> str | None:
    """Write site_dir/pagefind/. Returns a problem to report, or None."""
    try:
        import pagefind_bin  # noqa: F401  (the binary ships in this wheel)
    except ImportError:
        return "search index not built: Pagefind is not installed (pip install 'pagefind[bin]')"
    result = subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--quiet",
         "--exclude-selectors", ".headerlink, .md-skip, .dossier-meta code, .dossier-contexts",
         "--force-language", language.split("-")[0].lower()],
        capture_output=True, text=True)
    if result.returncode != 0:
        return f"search index not built: Pagefind failed: {result.stderr.strip()[-500:]}"
    return None
