"""Golden files: the seed dossier's generated docs/ and export, compared with a readable diff.

Regenerate them on purpose with DOSSIER_UPDATE_GOLDEN=1, then review `git diff tests/golden`."""

import difflib
import os
import shutil
from pathlib import Path

from dossier.config import load_project
from dossier.export import dumps
from dossier.build.pipeline import build_dossier, generate
from dossier.build.writer import write_pages

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("DOSSIER_UPDATE_GOLDEN") == "1"


def _tree(directory: Path) -> dict[str, str]:
    return {p.relative_to(directory).as_posix(): p.read_text("utf-8")
            for p in sorted(directory.rglob("*")) if p.is_file()}


def _compare(actual: dict[str, str], golden_dir: Path) -> None:
    if UPDATE:
        shutil.rmtree(golden_dir, ignore_errors=True)
        for rel, text in actual.items():
            path = golden_dir / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
        return
    expected = _tree(golden_dir)
    problems = []
    for rel in sorted(set(actual) | set(expected)):
        if rel not in expected:
            problems.append(f"new file {rel} (not in {golden_dir.name})")
        elif rel not in actual:
            problems.append(f"missing file {rel}")
        elif actual[rel] != expected[rel]:
            diff = difflib.unified_diff(expected[rel].splitlines(), actual[rel].splitlines(),
                                        f"golden/{rel}", f"generated/{rel}", lineterm="", n=1)
            problems.append("\n".join(list(diff)[:60]))
    assert not problems, ("generated output differs from the golden files "
                          "(DOSSIER_UPDATE_GOLDEN=1 to accept):\n" + "\n".join(problems))


def test_golden_docs(project):
    proj = load_project(project)
    write_pages(proj.docs_dir, generate(proj).pages)
    tree = _tree(proj.docs_dir)
    tree.pop("about.md")  # hand-written, copied in by the fixture
    _compare(tree, GOLDEN / "docs")


def test_golden_export(project):
    _compare({"export.json": dumps(build_dossier(load_project(project)))}, GOLDEN / "export")
