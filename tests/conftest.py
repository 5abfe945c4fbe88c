from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def linked_actors(*texts: str) -> dict:
    """The actors that reading and linking ``texts`` (each an article) make, by name."""
    from dossier.extract.mentions import extract_mentions
    from dossier.ingest import article_from_text
    from dossier.link import link_actors

    articles = [article_from_text(t, f"a{i}", f"a{i}.txt")[0] for i, t in enumerate(texts)]
    actors, _ = link_actors(articles, [extract_mentions(a) for a in articles])
    return {a.name: a for a in actors}


@pytest.fixture
def project(tmp_path):
    """A copy of the repository's default dossier (mkdocs.yml, content/, docs/, theme/)."""
    from sitetools import copy_project

    return copy_project(ROOT, tmp_path / "project")


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path
