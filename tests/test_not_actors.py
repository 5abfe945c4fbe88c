"""Captions, photo credits and bylines produce no actors, nor does a subheading's single word
(issue 19 item 5); a name a subheading shares with the prose stays the prose's actor, and a
name of several words stands in a Polish one (in an English one only on a speaker's
signature line). Hand-written articles."""

from __future__ import annotations

from dossier.extract.mentions import extract_mentions
from dossier.ingest import article_from_text
from dossier.link import link_actors

TEXT = """Tytuł: Rozmowy w Wilnie

Premier Jan Kowalski spotkał się w Wilnie z prezydentem Litwy. Rozmowy trwały trzy godziny.

Uczestnicy spotkania w Wilnie / PIOTR NOWACKI / AGENCJA FOTO

Kowalski powiedział, że porozumienie zostanie podpisane w przyszłym tygodniu.

Gdańsk czeka na decyzję

Pytania o terminy

Tadeusz Malinowski, rzecznik ratusza

Według ministra rozmowy były trudne, ale Jana Kowalskiego nie zniechęciły. Zdaniem Kowalskiego Litwa jest ważnym partnerem.

Zdjęcie ilustracyjne / MAREK ZAWADZKI / PAP

Litwa przyjęła propozycję. Kolejne spotkanie odbędzie się w Rydze.

abc/PAP
"""


def test_captions_credits_bylines_and_headings_make_no_actors():
    article = article_from_text(TEXT, "a0", "a0.txt")[0]
    kinds = {b.kind for b in article.blocks}
    assert {"caption", "heading", "paragraph"} <= kinds and article.byline == "abc/PAP"
    actors, _ = link_actors([article], [extract_mentions(article)])
    forms = {f for a in actors for f in a.forms} | {a.name for a in actors}
    for word in ("PIOTR NOWACKI", "AGENCJA FOTO", "MAREK ZAWADZKI", "PAP", "abc", "Zdjęcie",
                 "Uczestnicy", "Gdańsk", "Pytania"):
        assert not any(word in f for f in forms), (word, sorted(forms))
    names = {a.name for a in actors}
    assert "Jan Kowalski" in names and "Litwa" in names and "Wilno" in names
    assert "Tadeusz Malinowski" in names


def test_a_heading_name_the_prose_names_stays():
    text = TEXT.replace("Gdańsk czeka na decyzję", "Litwa czeka na decyzję")
    article = article_from_text(text, "a0", "a0.txt")[0]
    extraction = extract_mentions(article)
    headings = [b for b in article.blocks if b.kind == "heading"]
    assert any(headings[0].start <= m.start < headings[0].end for m in extraction.mentions)


def test_a_name_of_several_words_in_an_english_heading_is_no_actor_of_its_own():
    text = ("Ministers meet in Leeds\n\nThe ministers met in Leeds on Monday to discuss the "
            "budget for schools and hospitals.\n\nTalks In Geneva Palace\n\nThe talks went "
            "on for hours, and Leeds will host the next round.\n\nJane Doe, press officer\n\n"
            "A statement is expected on Friday, officials said.\n")
    article = article_from_text(text, "a0", "a0.txt")[0]
    assert article.language == "en"
    actors, _ = link_actors([article], [extract_mentions(article)])
    assert not any("Geneva" in f or "Palace" in f for a in actors for f in a.forms)
    assert "Jane Doe" in {a.name for a in actors}  # a signature's line stands
