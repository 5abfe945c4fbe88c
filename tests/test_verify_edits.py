"""Verify mode through a series of real edits: ~120 SlavicNER articles (../shared/corpora), built
once, then after each edit an editor makes (reword a sentence, name someone the dossier knows,
name someone new, rename and merge actors in the curation file, remove an article, add one)
built again with DOSSIER_VERIFY=1, which builds the same content cold beside it and fails on
any file of docs/, site/ or the export that differs (dossier/build/verify.py)."""

import json
import re

import pytest

from dossier.build import verify
from dossier.cli import main
from dossier.config import load_project

from conftest import ROOT, SHARED
from sitetools import copy_project

ARTICLES = 120
RAW = SHARED / "corpora" / "slavicner_pl" / "raw"


def _texts():
    return sorted(RAW.glob("*/*.txt"))


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    texts = _texts()
    assert len(texts) > ARTICLES, f"the SlavicNER corpus is expected in {RAW}"
    root = copy_project(ROOT, tmp_path_factory.mktemp("verify") / "p", content=False)
    (root / "content").mkdir()
    for path in texts[:ARTICLES]:
        (root / "content" / f"{path.parent.name}-{path.stem}.txt").write_text(
            path.read_text("utf-8"), "utf-8")
    return root


def _build(project, monkeypatch, capsys) -> str:
    monkeypatch.setenv(verify.VARIABLE, "1")
    code = main(["build", "--project", str(project), "--verbose"])
    err = capsys.readouterr().err
    assert code == 0, err[-3000:]
    assert "the same as a cold build, file for file" in err
    return err


def _kept(err: str) -> int:
    return int(re.search(r"site: \d+ pages made, (\d+) files kept", err).group(1))


def _export(project, tmp_path) -> dict:
    out = tmp_path / "export.json"
    assert main(["export", "--project", str(project), "--output", str(out), "-q"]) == 0
    return json.loads(out.read_text("utf-8"))


def _insert(path, sentence: str) -> None:
    text = path.read_text("utf-8")
    middle = text.find("\n\n", len(text) // 2)
    middle = middle if middle > 0 else len(text)
    path.write_text(text[:middle] + "\n\n" + sentence + text[middle:], "utf-8")


def test_a_series_of_edits_builds_what_a_cold_build_builds(project, monkeypatch, capsys,
                                                           tmp_path):
    _build(project, monkeypatch, capsys)
    articles = sorted((project / "content").glob("*.txt"))
    exported = _export(project, tmp_path)
    people = sorted((a for a in exported["actors"] if a["kind"] == "person"),
                    key=lambda a: (-len(a["mentions"]), a["id"]))
    known = people[0]["name"]

    # Reword a sentence.
    text = articles[10].read_text("utf-8")
    articles[10].write_text(text.replace(". ", ", jak podano. ", 1), "utf-8")
    assert _kept(_build(project, monkeypatch, capsys)) > 0
    # Name someone the dossier knows, then someone new.
    _insert(articles[20], f"Głos w tej sprawie zabrał także {known}.")
    assert _kept(_build(project, monkeypatch, capsys)) > 0
    _insert(articles[30], "Redakcja rozmawiała o tym z Bożydarem Wąchockim.")
    assert _kept(_build(project, monkeypatch, capsys)) > 0
    # Rename an actor and merge two in the curation file.
    second, third = people[1]["name"], people[2]["name"]
    (project / "content" / "actors.yml").write_text(
        f"- name: {known} (redakcja)\n  same_as: [{known}]\n"
        f"- name: {second}\n  same_as: [{third}]\n", "utf-8")
    _build(project, monkeypatch, capsys)
    merged = _export(project, tmp_path)
    assert any(a["name"] == f"{known} (redakcja)" for a in merged["actors"])
    # Remove an article, then add one.
    articles[40].unlink()
    assert _kept(_build(project, monkeypatch, capsys)) > 0
    extra = _texts()[ARTICLES]
    (project / "content" / "added.txt").write_text(extra.read_text("utf-8"), "utf-8")
    assert _kept(_build(project, monkeypatch, capsys)) > 0


def test_verify_finds_a_file_that_differs(project):
    assert main(["build", "--project", str(project), "--quiet"]) == 0
    page = next((project / "site" / "articles").glob("*/index.html"))
    page.write_text(page.read_text("utf-8") + "<!-- changed -->", "utf-8")
    found = verify.differences(load_project(project), with_site=True, main=main)
    assert found == [f"site/{page.relative_to(project / 'site').as_posix()}"]
