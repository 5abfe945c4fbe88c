import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture
def project(tmp_path):
    """A copy of the repository's default dossier (mkdocs.yml, content/, docs/, theme/)."""
    dest = tmp_path / "project"
    dest.mkdir()
    for name in ("mkdocs.yml",):
        shutil.copy(ROOT / name, dest / name)
    for name in ("content", "theme"):
        shutil.copytree(ROOT / name, dest / name)
    (dest / "docs").mkdir()
    shutil.copy(ROOT / "docs" / "about.md", dest / "docs" / "about.md")
    return dest


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path
