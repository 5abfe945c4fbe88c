"""Article metadata as writers and clipping tools give it: every date form a newsroom uses,
impossible and ambiguous ones refused with a reason, front matter checked field by field, and
plain-text header blocks in English and Polish."""

import pytest

from dossier.ingest.metadata import parse_date
from dossier.ingest.readers import read_markdown, read_seed_text
from dossier.model import PartialDate


@pytest.mark.parametrize("written, value", [
    ("2024-09-15", "2024-09-15"), ("2024-09", "2024-09"), ("2024", "2024"),
    ("2024-09-15T10:30:00Z", "2024-09-15"), ("2024-09-15 10:30", "2024-09-15"),
    ("2024/09/15", "2024-09-15"), ("15.09.2024", "2024-09-15"), ("5.9.2024", "2024-09-05"),
    ("15.09.2024, 10:30", "2024-09-15"), ("15 września 2024", "2024-09-15"),
    ("wrzesień 2024", "2024-09"), ("September 15, 2024", "2024-09-15"),
    ("15 September 2024", "2024-09-15"), ("Sept. 15, 2024", "2024-09-15"),
    ("13/05/2024", "2024-05-13"), ("05/13/2024", "2024-05-13"), ("07/07/2024", "2024-07-07"),
    (2024, "2024"),
])
def test_dates_in_the_forms_writers_use(written, value):
    date, problem = parse_date(written)
    assert problem is None and date == PartialDate.parse(value)


@pytest.mark.parametrize("written, words", [
    ("2024-13-45", "month 13 out of range"), ("2024-02-30", "day 30 out of range"),
    ("31.04.2024", "day 31 out of range"), ("04/05/2024", "ambiguous"),
    ("wczoraj", "not a date"), ("15 smarch 2024", "not a date"), (["2024"], "not a list"),
    ({"y": 2024}, "not a mapping"), (True, "not yes/no"), ("0000-01-01", "year 0"),
])
def test_impossible_or_ambiguous_dates_say_why(written, words):
    date, problem = parse_date(written)
    assert date is None and words in problem


def test_no_date_given_is_no_problem_to_report():
    """A saved page that names no date, `date:` left empty: the article is undated (the
    build notes it), not "a date such as 2024-09-15, not NoneType"."""
    assert parse_date(None) == (None, None)


def test_ambiguous_date_offers_both_readings():
    _, problem = parse_date("04/05/2024")
    assert "2024-05-04" in problem and "2024-04-05" in problem


def _md(front: str) -> tuple:
    draft = read_markdown(f"---\n{front}\n---\n\nJan Kowalski przyjechał do Radomia.\n")
    return draft, {line: message for line, message in draft.problems}


def test_front_matter_fields_read_and_typed():
    draft, problems = _md("title: 1984\ndate: 15.09.2024\nsource: PAP\nurl: https://e.x/a\n"
                          "language: PL\ntags: protesty, Radom\nauthor: Anna Nowak")
    assert problems == {}
    assert draft.title == "1984" and draft.date == PartialDate(2024, 9, 15)
    assert (draft.outlet, draft.source_url, draft.language) == ("PAP", "https://e.x/a", "pl")
    assert draft.tags == ["protesty", "Radom"] and draft.byline == "Anna Nowak"


@pytest.mark.parametrize("front, line, words", [
    ("title: T\ndate: 2024-13-45", 3, "month 13"),
    ("title: T\ndate: 03/04/2024", 3, "ambiguous"),
    ("title: [a, b]", 2, "'title' must be text, not a list"),
    ("title: T\ntags: {a: 1}", 3, "'tags' must be a list of words, not a mapping"),
    ("title: T\ntitel: U", 3, "unknown key 'titel' (did you mean 'title'?)"),
    ("title: T\nsummary: U", 3, "unknown key 'summary' (dossier reads title, date"),
    ("date: 2024-01-01\ntitle: T\ndate: 2024-01-02", 4, "'date' is given twice (also on line 2)"),
    ("title: T\nurl: javascript:alert(1)", 3, "'url' must be a web address"),
    ("title: T\nlanguage: polski", 3, "'language' must be a language code"),
    ("title: T\nbad: [unclosed", 3, "front matter is not valid YAML"),
    ("- a\n- b", 2, "front matter must be a mapping"),
])
def test_front_matter_problems_name_the_line(front, line, words):
    draft, problems = _md(front)
    assert line in problems and words in problems[line], draft.problems
    assert draft.structure.blocks  # the article itself is still read


def test_repeated_key_keeps_the_first_value():
    draft, _ = _md("date: 2024-01-01\ndate: 2024-01-02")
    assert draft.date == PartialDate(2024, 1, 1)


def test_yaml_tags_build_nothing():
    draft, problems = _md("title: !!python/object/apply:os.system [echo x]")
    assert draft.title is None and "not valid YAML" in problems[2]


@pytest.mark.parametrize("header, expect", [
    ("Title: Protests in Almaty\nDate: 2024-09-15\nBy: Jane Doe\nSource: https://e.x/a",
     ("Protests in Almaty", "2024-09-15", "Jane Doe", None, "https://e.x/a")),
    ("Tytuł: Protesty w Ałmaty\nData: 15 września 2024\nAutor: Anna Nowak\n"
     "Źródło: PAP, https://e.x/b",
     ("Protesty w Ałmaty", "2024-09-15", "Anna Nowak", "PAP", "https://e.x/b")),
    ("TITLE: Upper\nDATE: 2024-09\nURL: https://e.x/c\nSource: Reuters",
     ("Upper", "2024-09", None, "Reuters", "https://e.x/c")),
])
def test_plain_text_header_blocks(header, expect):
    draft = read_seed_text(f"{header}\n\nPierwszy akapit o Radomiu.\n\nDrugi akapit.\n")
    got = (draft.title, draft.date.value if draft.date else None, draft.byline, draft.outlet,
           draft.source_url)
    assert got == expect and not draft.problems
    assert [b.text for b in draft.structure.blocks] == ["Pierwszy akapit o Radomiu.",
                                                        "Drugi akapit."]


def test_header_block_problem_names_its_line():
    draft = read_seed_text("\nTitle: T\nDate: 2024-13-01\n\nTreść o Radomiu.\n")
    assert draft.date is None and draft.title == "T"
    assert draft.problems and draft.problems[0][0] == 3 and "month 13" in draft.problems[0][1]


def test_a_body_that_opens_with_a_colon_is_no_header():
    draft = read_seed_text("Uwaga: to jest treść, nie nagłówek.\n\nDrugi akapit.\n")
    assert draft.title is None and draft.structure.blocks[0].text.startswith("Uwaga:")


def test_seed_header_still_read():
    draft = read_seed_text(" date 2022-01-07 Prezydent odwiedził Radom.\n\nDrugi akapit.")
    assert draft.date == PartialDate(2022, 1, 7)
    assert draft.structure.blocks[0].text == "Prezydent odwiedził Radom."
