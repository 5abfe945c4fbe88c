"""Ingest: each element of the seed format, on small hand-written fixtures and on the seeds."""


import pytest

from dossier.ingest import ingest
from dossier.ingest.decode import decode
from dossier.ingest.language import detect_language
from dossier.ingest.readers import read_markdown, read_seed_text
from dossier.ingest.structure import (classify, is_byline, is_heading, parse_caption,
                                      parse_post, parse_see_also)
from dossier.ingest.title import derive_title
from dossier.errors import DossierError

from conftest import ROOT, write


@pytest.mark.parametrize("line,expected", [
    ("Zdjęcie ilustracyjne / JAN KOWALSKI / PAP", ("Zdjęcie ilustracyjne", "JAN KOWALSKI / PAP")),
    ("Protest w Gdańsku / ADAM WARŻAWA / PAP/EPA", ("Protest w Gdańsku", "ADAM WARŻAWA / PAP/EPA")),
    ("Prędkość wynosiła 50 km / h w terenie zabudowanym.", None),
    ("Ceny / koszty rosną w całym kraju", None),
    ("Bez ukośnika i bez podpisu", None),
])
def test_caption(line, expected):
    assert parse_caption(line) == expected


def test_embedded_post():
    post = parse_post("Привет всем https://t.co/abc pic.twitter.com/xyz — Новости (@news) "
                      "March 3, 2021")
    assert post["text"] == "Привет всем"
    assert post["author"] == "Новости (@news)"
    assert post["date"].value == "2021-03-03"
    assert post["links"] == ("https://t.co/abc", "pic.twitter.com/xyz")
    assert parse_post("Zwykłe zdanie — bez autora March 3, 2021") is None
    assert parse_post("Tekst — Autor (@a) Smarch 3, 2021") is None


@pytest.mark.parametrize("line,expected", [
    ("ZOBACZ: Inna historia o czymś", "Inna historia o czymś"),
    ("Zobacz też: Druga historia", "Druga historia"),
    ("See also: Another story", "Another story"),
    ("Zobaczyliśmy: to nie jest odnośnik", None),
    ("ZOBACZ:", None),
])
def test_see_also(line, expected):
    assert parse_see_also(line) == expected


@pytest.mark.parametrize("line,expected", [
    ("pdb/PAP", True), ("kw/Reuters", True), ("AW / PAP", True),
    ("PAP", False), ("To jest zdanie/ze slashem i spacjami w środku.", False),
])
def test_byline(line, expected):
    assert is_byline(line) is expected


@pytest.mark.parametrize("line,expected", [
    ("Kto za tym stoi?", True), ("Ponad 4 tysiące osób aresztowanych", True),
    ("To jest zwykłe zdanie.", False),
    ("a lower-case start", False),
    ("Bardzo długi akapit " * 10, False),
])
def test_heading(line, expected):
    assert is_heading(line) is expected


def test_classify_keeps_lead_and_last_paragraph_as_prose():
    st = classify(["Krótki lead bez kropki", "Akapit pierwszy.", "Śródtytuł", "Akapit drugi.",
                   "Krótkie zakończenie"])
    assert [b.kind for b in st.blocks] == ["paragraph", "paragraph", "heading", "paragraph",
                                           "paragraph"]


def test_seed_header_and_offsets():
    draft = read_seed_text(" date 2022-01 Pierwszy akapit.\n\nDrugi akapit.\n\nab/PAP")
    assert draft.date.value == "2022-01" and draft.date.precision == "month"
    assert [b.text for b in draft.structure.blocks] == ["Pierwszy akapit.", "Drugi akapit."]
    assert draft.byline == "ab/PAP"
    body = "\n\n".join(b.text for b in draft.structure.blocks)
    for b in draft.structure.blocks:
        assert body[b.start:b.end] == b.text


def test_seed_header_with_impossible_date_is_reported():
    draft = read_seed_text(" date 2022-13-45 Tekst.")
    assert draft.date is None
    assert draft.problems and draft.problems[0][0] == 1 and "month 13" in draft.problems[0][1]


def test_markdown_front_matter():
    draft = read_markdown("---\ntitle: Tytuł\ndate: 2022-01-06\nsource: PAP\nurl: https://e.x/a\n"
                          "language: pl\ntags: [a, b]\n---\n# Nagłówek\n\nTekst **pogrubiony** "
                          "i [link](https://x.y).\n\nZOBACZ: Inna\n")
    assert draft.title == "Tytuł" and draft.date.value == "2022-01-06"
    assert draft.outlet == "PAP" and draft.source_url == "https://e.x/a"
    assert draft.tags == ["a", "b"] and draft.language == "pl"
    assert [(b.kind, b.text) for b in draft.structure.blocks] == [
        ("heading", "Nagłówek"), ("paragraph", "Tekst pogrubiony i link.")]
    assert [s.title for s in draft.structure.see_also] == ["Inna"]


def test_markdown_broken_front_matter_names_the_line():
    draft = read_markdown("---\ntitle: ok\ndate: [unclosed\n---\nTekst.\n")
    assert draft.problems and draft.problems[0][0] in (3, 4, 5)
    assert [b.text for b in draft.structure.blocks] == ["Tekst."]


def test_derive_title_is_short():
    lead = ("Władze regionu poinformowały, że sytuacja w regionie, gdzie dochodziło do zamieszek "
            "na fali protestów, jest już opanowana. Drugie zdanie.")
    assert derive_title(lead) == "Władze regionu poinformowały"
    assert derive_title("Krótkie zdanie. Drugie.") == "Krótkie zdanie"
    assert len(derive_title("słowo " * 100)) <= 81


@pytest.mark.parametrize("text,lang", [
    ("W niedzielę w Kazachstanie wybuchły protesty, które były skierowane przeciwko cenom.", "pl"),
    ("The government said on Tuesday that it would raise the price of fuel.", "en"),
    ("Белоруссия отправит миротворческую роту в Казахстан, сообщил Лукашенко", "ru"),
])
def test_language(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1250", "iso-8859-2"])
def test_decode_polish_encodings(encoding):
    text = "Zażółć gęślą jaźń. Źródło: Łódź, Śląsk."
    decoded, _ = decode(text.encode(encoding), "x.txt")
    assert decoded == text


def test_decode_refuses_binary():
    with pytest.raises(DossierError) as err:
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00", "img.txt")
    assert "img.txt" in str(err.value)


def test_seeds_structure():
    articles, diagnostics = ingest(ROOT / "content")
    assert diagnostics == []
    by_id = {a.id: a for a in articles}
    a0, a1 = by_id["000_fa6e131e1ecad4e0"], by_id["001_01fde6d5beb19eeb"]
    for a in (a0, a1):
        assert a.language == "pl"
        assert a.date.value == "2022-01" and a.date.precision == "month"
        assert 10 <= len(a.title) <= 80
    assert [b.text for b in a0.blocks if b.kind == "heading"] == [
        "Ponad 4 tysiące osób aresztowanych", "Kto za tym stoi?", "Świat reaguje"]
    assert [b.text for b in a1.blocks if b.kind == "heading"] == [
        "W Ałmatach grabież, w Nur-Sułtanie brak internetu",
        "Łukaszenka: białoruska misja pokojował w Kazachstanie"]
    captions = [(b.text, b.credit) for b in a0.blocks if b.kind == "caption"]
    assert len(captions) == 3 and captions[0][1] == "RADMIR FAHRUTDINOV / PAP/EPA"
    assert "RADMIR" not in a0.body
    assert [s.title for s in a1.see_also] == [
        'Kazachstan. Policja informuje o "wyeliminowanych" uczestnikach protestów',
        "Kopacze kryptowalut odpowiedzialni za niedobory mocy w Kazachstanie"]
    assert "ZOBACZ" not in a1.body
    posts = [b for b in a1.blocks if b.kind == "post"]
    assert len(posts) == 1 and posts[0].author == "РИА Новости (@rianru)"
    assert posts[0].date.value == "2022-01-06"
    assert posts[0].text == "Белоруссия отправит миротворческую роту в Казахстан, сообщил Лукашенко"
    assert a1.byline == "pdb/PAP" and a0.byline is None
    assert "pdb/PAP" not in a1.body


def test_bad_file_does_not_stop_the_others(tmp_path):
    write(tmp_path / "good.txt", " date 2022-01-06 Dobry tekst o wydarzeniach.")
    write(tmp_path / "empty.txt", "   \n")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    write(tmp_path / "copy.txt", " date 2022-01-06 Dobry tekst o wydarzeniach.")
    write(tmp_path / "notes.pdf", "x")
    articles, diagnostics = ingest(tmp_path)
    assert [a.source for a in articles] == ["copy.txt"]
    named = sorted(d.path for d in diagnostics)
    assert named == ["binary.txt", "empty.txt", "good.txt", "notes.pdf"]
