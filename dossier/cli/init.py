"""`dossier init`: a new, empty, working dossier project from the files in dossier/cli/scaffold/."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from .. import DISTRIBUTION, __version__
from ..errors import DossierError

_SCAFFOLD = resources.files("dossier.cli").joinpath("scaffold")


def _files(node, prefix: str = ""):
    for child in sorted(node.iterdir(), key=lambda c: c.name):
        rel = f"{prefix}{child.name}"
        if child.is_dir():
            yield from _files(child, rel + "/")
        else:
            yield rel, child


def default_requirement() -> str:
    """This very release of dossier, by the name it has on the package index."""
    return f"{DISTRIBUTION}=={__version__}"


def init_project(directory: Path, title: str = "Dossier", language: str = "pl",
                 requirement: str | None = None) -> list[Path]:
    """Write mkdocs.yml, content/, docs/ (a hand-written page), theme/, requirements.txt and
    the GitHub Pages workflow into ``directory``. requirements.txt installs ``requirement``:
    by default the release of dossier that made the project, so the workflow builds the site
    with the same extractor. Refuses to overwrite an existing file: nothing a person wrote is
    replaced."""
    requirement = (requirement or default_requirement()).strip()
    if not requirement or "\n" in requirement:
        raise DossierError("--requirement", "must be one requirement, such as "
                           f"{default_requirement()}")
    targets = {}
    for rel, node in _files(_SCAFFOLD):
        # Names a Python package cannot carry as they are: dotted, or a README in content/.
        dest = {"content_README.md": "content/README.md", "gitignore": ".gitignore"}.get(rel, rel)
        if dest.startswith("github/"):
            dest = "." + dest
        targets[directory / dest] = node
    clashes = [p for p in targets if p.exists()]
    if clashes:
        raise DossierError(str(clashes[0]), "already exists; dossier init never overwrites "
                           "files (choose an empty folder)")
    created = []
    for path, node in targets.items():
        text = node.read_text("utf-8")
        if path.name == "mkdocs.yml":
            # json.dumps gives a valid double-quoted YAML scalar for any title.
            text = text.replace('"{site_name}"', json.dumps(title, ensure_ascii=False))
            text = text.replace("{language}", language)
        elif path.name == "requirements.txt":
            text = text.replace("{requirement}", requirement)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
        created.append(path)
    return created
