from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture
def project(tmp_path):
    """A copy of the repository's default dossier (mkdocs.yml, content/, docs/, theme/)."""
    from sitetools import copy_project

    return copy_project(ROOT, tmp_path / "project")


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path
