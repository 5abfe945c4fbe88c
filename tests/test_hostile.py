"""Hostile input: injection, traversal, odd encodings, huge and broken files. The build must
finish with the good articles, name each bad file, carry no executable content from the
input into docs/ or site/, write nothing outside the project and leave content/ untouched."""

import hashlib
import re
from html.parser import HTMLParser
import subprocess
import sys
from pathlib import Path

import pytest

from dossier.cli.main import main
from dossier.ids import slugify, unique_slugs

from conftest import ROOT, write
from sitetools import copy_project

INJECTION = '<script>alert("x")</script><img src=x onerror=alert(1)><iframe src="javascript:alert(2)"></iframe>'


def hostile_files(content: Path) -> dict[str, str]:
    """Write the hostile fixtures; returns {file: what the build must say about it or ''}."""
    write(content / "inject.md", f"""---
title: '{INJECTION}'
date: 2022-01-07
url: "javascript:alert(3)"
source: "<b onmouseover=alert(4)>Outlet</b>"
tags: ["<script>alert(5)</script>", "{{{{ config }}}}"]
byline: "<svg onload=alert(6)>"
---
# Nagłówek <script>alert(7)</script>

Jan Kowalski powiedział {INJECTION} oraz [link](javascript:alert(8)) i {{{{ config.site_name }}}}
{{% include "x" %}} {{: onclick="alert(9)" }}

<div onclick="alert(10)">raw html block</div>

ZOBACZ: <script>alert(11)</script>
""")
    write(content / "inject.txt", f" date 2022-01-07 Prezydent {INJECTION} Andrzej Duda "
                                  "odwiedził Warszawę.\n\nZdjęcie <script>x</script> / JAN "
                                  "KOWALSKI / PAP\n\nDrugi akapit o Warszawie.")
    write(content / "cp1250.txt", " date 2022-01-05 Źródła w Łodzi podały, że Żaneta "
                                  "Ślęczek wróciła do Gdańska.", encoding="cp1250")
    write(content / "latin2.txt", " date 2022-01-05 Mieszkańcy Świnoujścia zażądali "
                                  "odpowiedzi od władz gminy.", encoding="iso-8859-2")
    (content / "bom8.txt").write_bytes(b"\xef\xbb\xbf" + " date 2022-01-04 Tekst z BOM w Krakowie."
                                       .encode("utf-8"))
    (content / "utf16.txt").write_bytes(" date 2022-01-04 Tekst UTF-16 o Poznaniu."
                                        .encode("utf-16"))
    write(content / "empty.txt", "")
    (content / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (content / "huge.txt").write_bytes(b"a" * (21 * 1024 * 1024))
    write(content / "oneline.txt", " date 2022-01-03 " + "Słowo Kraków i Gdańsk. " * 45000)
    write(content / "badfront.md", "---\ntitle: [unclosed\n---\nTreść artykułu o Lublinie.\n")
    write(content / "baddate.txt", " date 2022-13-45 Artykuł z niemożliwą datą o Radomiu.")
    write(content / "copy-of-inject.txt", (content / "inject.txt").read_text("utf-8"))
    write(content / "slug-a.md", "---\ntitle: ../../x\n---\nŁukaszenka spotkał Lukaszenkę.\n")
    expected = {"empty.txt": "empty", "binary.txt": "binary", "huge.txt": "MB",
                "badfront.md": "front matter", "baddate.txt": "month 13",
                "copy-of-inject.txt": "same text"}
    for name, (text, words) in FRONT_MATTER_CASES.items():
        write(content / name, text)
        expected[name] = words
    # Front matter in the encodings editors save it in: read, not reported.
    write(content / "fm-cp1250.md", "---\ntitle: Źródła w Łodzi\ndate: 2022-01-05\n---\n\n"
                                    "Żaneta Ślęczek wróciła do Gdańska.\n", encoding="cp1250")
    (content / "fm-utf16.md").write_bytes("---\ntitle: Tytuł w UTF-16\ndate: 2022-01-05\n---"
                                          "\n\nTreść o Poznaniu.\n".encode("utf-16"))
    (content / "fm-crlf.md").write_bytes(b"---\r\ntitle: Okna i CRLF\r\ndate: 2022-01-05\r\n"
                                         b"---\r\n\r\nTre\xc5\x9b\xc4\x87 o Toruniu.\r\n")
    return expected


# Front matter and plain-text header blocks gone wrong, each with what its message must say
# (file:line). The article is built without the bad field.
FRONT_MATTER_CASES = {
    "fm-month13.md": ("---\ntitle: Zła data\ndate: 2024-13-45\n---\n\nTreść o Kielcach.\n",
                      ":3: impossible date '2024-13-45' (month 13 out of range)"),
    "fm-feb30.md": ("---\ntitle: Luty\ndate: 2024-02-30\n---\n\nTreść o Opolu.\n",
                    ":3: impossible date '2024-02-30' (day 30 out of range"),
    "fm-ambiguous.md": ("---\ntitle: Niejasna data\ndate: 03/04/2024\n---\n\nTreść o Płocku.\n",
                        ":3: ambiguous date '03/04/2024'"),
    "fm-datelist.md": ("---\ntitle: Lista\ndate: [2024, 1]\n---\n\nTreść o Elblągu.\n",
                       ":3: 'date' must be a date such as 2024-09-15, not a list"),
    "fm-titlelist.md": ("---\ntitle: [a, b]\ndate: 2024-01-02\n---\n\nTreść o Tarnowie.\n",
                        ":2: 'title' must be text, not a list"),
    "fm-tagsmap.md": ("---\ntitle: Tagi\ntags: {a: 1}\n---\n\nTreść o Koszalinie.\n",
                      ":3: 'tags' must be a list of words, not a mapping"),
    "fm-dupe.md": ("---\ndate: 2024-01-01\ntitle: Dwa razy\ndate: 2024-01-02\n---\n\n"
                   "Treść o Zamościu.\n", ":4: 'date' is given twice (also on line 2)"),
    "fm-unknown.md": ("---\ntitel: Literówka\n---\n\nTreść o Chełmie.\n",
                      ":2: unknown key 'titel' (did you mean 'title'?)"),
    "fm-yamltag.md": ("---\ntitle: !!python/object/apply:os.system [\"touch pwned\"]\n---\n\n"
                      "Treść o Legnicy.\n", ":2: front matter is not valid YAML"),
    "fm-colon.md": ("---\ntitle: Wojna: dzień 5\n---\n\nTreść o Sopocie.\n",
                    "a value holding ': ' needs quotes"),
    "hdr-feb31.txt": ("Tytuł: Nagłówek\nData: 31.02.2024\nŹródło: PAP\n\nTreść o Gnieźnie.\n",
                      ":2: impossible date '31.02.2024' (day 31 out of range"),
}


def _digests(directory: Path) -> dict[str, str]:
    return {p.relative_to(directory).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(directory.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    project = copy_project(ROOT, tmp_path_factory.mktemp("hostile") / "project")
    expected = hostile_files(project / "content")
    content_before = _digests(project / "content")
    outside_before = sorted(p.name for p in project.parent.iterdir())
    result = subprocess.run([sys.executable, "-m", "dossier", "build", "--project",
                             str(project)], capture_output=True, text=True, timeout=600)
    return {"project": project, "expected": expected, "result": result,
            "content_before": content_before, "outside_before": outside_before}


def test_build_succeeds_and_names_each_bad_file(hostile):
    result = hostile["result"]
    assert result.returncode == 0, result.stderr[-3000:]
    for name, words in hostile["expected"].items():
        line = next((l for l in result.stderr.splitlines() if name in l), None)
        assert line is not None, f"no message names {name}:\n{result.stderr}"
        assert words in line, line
    site = hostile["project"] / "site"
    assert (site / "articles" / "000_fa6e131e1ecad4e0" / "index.html").exists()
    assert (site / "articles" / "cp1250" / "index.html").exists()


class _Attributes(HTMLParser):
    """Every attribute value, script body and iframe of an HTML page."""

    def __init__(self):
        super().__init__()
        self.problems, self._in_script = [], False

    def handle_starttag(self, tag, attrs):
        if tag == "iframe":
            self.problems.append("iframe element")
        self._in_script = tag == "script"
        for name, value in attrs:
            value = value or ""
            if "alert(" in value or (name.startswith("on") and value):
                self.problems.append(f"<{tag} {name}={value!r}>")
            if name in ("href", "src") and value.strip().lower().startswith("javascript:"):
                self.problems.append(f"<{tag} {name}={value!r}>")

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script and "alert(" in data:
            self.problems.append("script with the fixture's code")


def test_articles_with_bad_fields_are_built_without_them(hostile):
    site = hostile["project"] / "site" / "articles"
    for name in FRONT_MATTER_CASES:
        assert (site / Path(name).stem / "index.html").exists(), name
    assert "Literówka" not in (site / "fm-unknown" / "index.html").read_text("utf-8")
    header = (site / "hdr-feb31" / "index.html").read_text("utf-8")
    assert "<h1" in header and "Nagłówek" in header and "PAP" in header
    for name, title in (("fm-cp1250", "Źródła w Łodzi"), ("fm-utf16", "Tytuł w UTF-16"),
                        ("fm-crlf", "Okna i CRLF")):
        assert f">{title}<a class=\"headerlink\"" in (site / name / "index.html").read_text(
            "utf-8"), name
    assert not list(hostile["project"].rglob("pwned"))
    assert "Traceback" not in hostile["result"].stderr


def test_no_executable_content_reaches_docs_or_site(hostile):
    project = hostile["project"]
    # In Markdown: no raw tag carrying the fixtures' code, no link to javascript:.
    raw_tag = re.compile(r"<[a-zA-Z][^>]*alert\(|<script|<iframe|\]\(javascript:", re.I)
    for path in (project / "docs").rglob("*.md"):
        match = raw_tag.search(path.read_text("utf-8"))
        assert match is None, f"{path.relative_to(project)}: {match.group(0)}"
    # In HTML: no handler attribute, javascript: URL, iframe or script from the fixtures.
    for path in (project / "site").rglob("*.html"):
        parser = _Attributes()
        parser.feed(path.read_text("utf-8"))
        assert not parser.problems, f"{path.relative_to(project)}: {parser.problems[:3]}"
    for path in (project / "site").rglob("*.json"):
        assert "<script>alert" not in path.read_text("utf-8")
    # inject.md and inject.txt share a stem: distinct ids (inject-<hash>), no overwrite.
    pages = [p.read_text("utf-8") for p in (project / "site" / "articles").glob("inject-*/index.html")]
    page = next(p for p in pages if "powiedział &lt;script&gt;" in p)
    assert "&lt;script&gt;alert" in page  # shown as text, not run
    assert "{{ config.site_name }}" in page  # no template evaluation of article text


def test_encodings_are_decoded_not_mojibake(hostile):
    site = hostile["project"] / "site" / "articles"
    assert "Żaneta Ślęczek" in (site / "cp1250" / "index.html").read_text("utf-8")
    assert "Świnoujścia" in (site / "latin2" / "index.html").read_text("utf-8")
    assert "Tekst z BOM w Krakowie" in (site / "bom8" / "index.html").read_text("utf-8")
    assert "Poznaniu" in (site / "utf16" / "index.html").read_text("utf-8")


def test_content_untouched_and_nothing_written_outside(hostile):
    project = hostile["project"]
    assert _digests(project / "content") == hostile["content_before"]
    assert sorted(p.name for p in project.parent.iterdir()) == hostile["outside_before"]


def test_strict_fails_on_the_same_input(hostile):
    result = subprocess.run([sys.executable, "-m", "dossier", "build", "--strict", "--no-site",
                             "--project", str(hostile["project"])], capture_output=True,
                            text=True, timeout=600)
    assert result.returncode != 0
    check = subprocess.run([sys.executable, "-m", "dossier", "check", "--project",
                            str(hostile["project"])], capture_output=True, text=True, timeout=600)
    assert check.returncode == 1 and "binary.txt" in check.stderr


def test_repeated_build_is_byte_identical(hostile):
    project = hostile["project"]
    first_docs, first_site = _digests(project / "docs"), _digests(project / "site")
    result = subprocess.run([sys.executable, "-m", "dossier", "build", "--project",
                             str(project), "-q"], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0
    assert _digests(project / "docs") == first_docs
    assert _digests(project / "site") == first_site


@pytest.mark.parametrize("names", [["Łukaszenka", "Lukaszenka"], ["???", "!!!"],
                                   ["../../x", "..\\..\\x"]])
def test_slugs_never_collide_or_escape(names):
    slugs = unique_slugs(names)
    assert len(set(slugs.values())) == len(names)
    for slug in slugs.values():
        assert slug and "/" not in slug and "\\" not in slug and ".." not in slug
    assert slugify("") and slugify("///") != slugify("???")


def test_failed_mkdocs_build_keeps_the_previous_site(project):
    assert main(["build", "--project", str(project), "-q"]) == 0
    before = _digests(project / "site")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text("utf-8") + "  - missing-page.md\n", "utf-8")
    assert main(["build", "--project", str(project), "-q"]) == 1
    assert _digests(project / "site") == before
