"""Editor curation (content/actors.yml): each action changes the site and survives rebuilds;
the file itself is never rewritten; mistakes are reported with the file and entry."""

import hashlib

import pytest

from dossier.cli.main import main
from dossier.config import load_project
from dossier.link.curation import load_curation
from dossier.build.pipeline import build_dossier

from conftest import write

CURATION = """\
- name: Lufthansa
  same_as: [Lufhansa]                       # rename (and alias: the old name stays findable)
- name: Organizacja Układu o Bezpieczeństwie Zbiorowym
  aliases: [CSTO]                           # alias
  description: Sojusz wojskowy sześciu państw byłego ZSRR.   # description
- name: Kreml
  kind: organization                        # kind
- name: Telegramu Puły Pierwogo
  not_actor: true                           # false positive
- name: Kasym-Żomart Tokajew
  same_as: [Nursułtan Nazarbajew]           # merge (wrong on purpose: the test needs a merge)
- name: Tokajew (2022)
  forms: [Tokajew]                          # split: mentions written "Tokajew" leave
- name: TASS
  role: null                                # role
"""


def _build(project):
    assert main(["build", "--project", str(project), "--quiet", "--no-site"]) == 0
    return {p.relative_to(project / "docs").as_posix(): p.read_text("utf-8")
            for p in (project / "docs").rglob("*.md")}


def test_each_curation_action_changes_the_site_and_survives_rebuilds(project):
    before = _build(project)
    write(project / "content" / "actors.yml", CURATION)
    digest = hashlib.sha256((project / "content" / "actors.yml").read_bytes()).hexdigest()
    for _ in range(2):
        docs = _build(project)
        # rename
        assert "actors/lufthansa.md" in docs and "actors/lufhansa.md" not in docs
        assert "Lufhansa" in docs["actors/lufthansa.md"]  # the form seen stays listed
        # alias and description
        odkb = docs["actors/organizacja-ukladu-o-bezpieczenstwie-zbiorowym.md"]
        assert "CSTO" in odkb and "Sojusz wojskowy sześciu państw" in odkb
        # kind
        assert "kind: organization" in docs["actors/kreml.md"]
        # false positive: no page, no links
        assert "actors/telegramu-puly-pierwogo.md" in before
        assert not any("telegramu-puly-pierwogo" in text for text in docs.values())
        # merge
        assert "actors/nursultan-nazarbajew.md" not in docs
        assert "Nursułtanowi Nazarbajewowi" in docs["actors/kasym-zomart-tokajew.md"]
        # split
        assert "actors/tokajew-2022.md" in docs
        split = docs["actors/tokajew-2022.md"]
        assert "**Formy w tekście:** Tokajew  " in split
        # role
        assert "role: null" in docs["actors/tass.md"] and "role: media" in \
            before["actors/tass.md"]
        # the editor's file is read, never written
        assert hashlib.sha256((project / "content" / "actors.yml").read_bytes()).hexdigest() \
            == digest


@pytest.mark.parametrize("text,message,line", [
    ("- name: X\n  kind: planet\n", "kind 'planet' must be one of", 1),
    ("- name: X\n  colour: red\n", "unknown key(s) colour", 1),
    ("- kind: person\n", "needs a 'name'", 1),
    ("- name: A\n- name: B\n  same_as: 7\n", "'same_as' must be a list", 2),
    ("- name: [unclosed\n", "is not valid YAML", 2),  # where the parser gave up
])
def test_invalid_curation_names_file_and_entry(project, text, message, line):
    write(project / "content" / "actors.yml", text)
    entries, diagnostics = load_curation(project / "content")
    assert diagnostics and message in diagnostics[0].message
    assert diagnostics[0].path == "content/actors.yml" and diagnostics[0].line == line
    # The rest of the dossier still builds, and --strict fails on the problem.
    assert build_dossier(load_project(project)).articles
    assert main(["build", "--project", str(project), "--quiet", "--no-site", "--strict"]) == 1
