"""`dossier pack`: the offline site as one zip to mail or put on a stick. Deterministic: the
same site gives the same bytes (entries sorted, one fixed time and mode for all)."""

from __future__ import annotations

import zipfile
from pathlib import Path

# Zip times cannot be before 1980; a fixed stamp keeps the archive independent of the clock
# and of the files' modification times.
STAMP = (1980, 1, 1, 0, 0, 0)


def write_zip(site_dir: Path, out: Path, folder: str) -> int:
    """Zip every file under ``site_dir`` into ``out`` under ``folder/``; returns the count."""
    files = sorted(p for p in site_dir.rglob("*") if p.is_file())
    tmp = out.with_name(out.name + ".part")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in files:
            info = zipfile.ZipInfo(f"{folder}/{path.relative_to(site_dir).as_posix()}", STAMP)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, path.read_bytes())
    tmp.replace(out)
    return len(files)
