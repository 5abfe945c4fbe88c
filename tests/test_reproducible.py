"""The same content gives byte-identical docs/, export and site/, whatever the order files
were written in, the hash seed, or the day of the build."""

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT
from sitetools import copy_project


def _digests(directory: Path) -> dict[str, str]:
    return {p.relative_to(directory).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(directory.rglob("*")) if p.is_file()}


def _project(dest: Path, reverse: bool) -> Path:
    copy_project(ROOT, dest, content=False)
    (dest / "content").mkdir()
    files = sorted((ROOT / "content").iterdir())
    for f in (reversed(files) if reverse else files):  # a different creation order on disk
        shutil.copy(f, dest / "content" / f.name)
    return dest


def _build(project: Path, seed: str, extra_env: dict | None = None) -> bytes:
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    env.update({"PYTHONHASHSEED": seed, **(extra_env or {})})
    subprocess.run([sys.executable, "-m", "dossier", "build", "-q", "--project", str(project)],
                   check=True, env=env, timeout=600)
    return subprocess.run([sys.executable, "-m", "dossier", "export", "-q", "--project",
                           str(project)], check=True, env=env, capture_output=True,
                          timeout=600).stdout


def test_order_and_hash_seed_do_not_change_output(tmp_path):
    a = _project(tmp_path / "a", reverse=False)
    b = _project(tmp_path / "b", reverse=True)
    export_a = _build(a, "1")
    export_b = _build(b, "4242")
    assert export_a == export_b
    assert _digests(a / "docs") == _digests(b / "docs")
    assert _digests(a / "site") == _digests(b / "site")


def test_source_date_epoch_is_honoured(tmp_path):
    a = _project(tmp_path / "a", reverse=False)
    _build(a, "0", {"SOURCE_DATE_EPOCH": "86400"})
    gz = (a / "site" / "sitemap.xml.gz").read_bytes()
    assert int.from_bytes(gz[4:8], "little") == 86400
