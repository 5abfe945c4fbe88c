"""Who said it: a quote is credited to a person or an organisation from the grammar of its
attribution, never to the nearest name; a place only as a state speaking; an unnamed speaker
keeps the words that name it; a role noun stands for the actor holding the role; scare quotes
and titles are no statements. Fixtures: tests/fixtures/speakers (Polish and English)."""

import shutil

import pytest

from dossier.config import load_project
from dossier.build.pipeline import build_dossier

from conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "speakers"

CASES = [
    # (the quote opens with, speaker's actor name or None, speaker_text, kind)
    ("Nie ustąpimy przed nikim", "Jan Kowalski", "Jan Kowalski", "statement"),
    ("Byłam przerażona", None, "jedna z mieszkanek Kłodzka", "statement"),
    ("Nie będzie podwyżek", "Donald Tusk", "premier", "statement"),
    ("Rosja nie planuje", "Dmitrij Pieskow", "Dmitrij Pieskow", "statement"),
    ("próbę zamachu", "Rosja", "Rosja", "statement"),
    ("To jest nasze miasto", None, "protestujący", "statement"),
    ("nikt nie straci pracy", "Adam Nowak", "Adam Nowak", "statement"),
    ("Nie boimy się powodzi", None, None, "statement"),
    ("We will not back down", "John Smith", "Smith", "statement"),
    ("The talks were constructive", "Emily Carter", "Emily Carter", "statement"),
    ("We are ready", "Emily Carter", "Emily Carter", "statement"),
    ("Nobody expected this", None, "a witness", "statement"),
    ("The economy is growing", "Joe Biden", "the president", "statement"),
    # A pronoun stands for the person the text last made its subject (link/antecedent.py),
    # not for the last speaker quoted nor for a name inside a quotation; a speaker the text
    # does not name stays unnamed.
    ("We conceded far too many", "Daniel Hart", "Daniel Hart", "statement"),
    ("There is no reason for concern", None, None, "statement"),
    ("We have simply stated", "Laura Price", "Laura Price", "statement"),
    ("There are still serious", "Peter Walsh", "Peter Walsh", "statement"),
    # English goes on quoting one speaker without naming them again (link/quote_runs.py): a
    # quotation reopened in its paragraph or in the next, a quote right after the last or
    # after the sentence crediting it; a quote its own sentence credits stays its own.
    ("But the operator has promised", "Owen Lakeby", "Owen Lakeby", "statement"),
    ("Ferries will then dock", "Ruth Callender", "Ruth Callender", "statement"),
    ("Fuel costs have doubled", "Victor Almsley", "Victor Almsley", "statement"),
    ("Crews are already working", "Victor Almsley", "Victor Almsley", "statement"),
    ("We will watch the figures", "Owen Lakeby", "Lakeby", "statement"),
    # Polish direct speech opened with a dash and closed by "– <speech verb> <speaker>", or
    # by the verb alone: then the speaker is the subject the text last named.
    ("Ta ustawa zmieni sposób", "Anna Zielińska", "Anna Zielińska", "statement"),
    ("Nikt nie konsultował", "Barbara Lis", "Barbara Lis", "statement"),
    ("Komisja zajmie się projektem", "Jerzy Malinowski", "przewodniczący", "statement"),
    ("Leśnicy czekają na te przepisy", "Anna Zielińska", "Zielińska", "statement"),
    ("Nie możemy dłużej zwlekać", "Anna Zielińska", "Zielińska", "statement"),
    # One inhabitant ("Amerykanin") is a person the text does not name, not the state.
    ("Europa powinna chronić", None, "Amerykanin", "statement"),
    # A speaker written after the verb but not resolved is not the one quoted before ("z
    # kolei" is no partitive); a dash closes speech only before a speech verb; the object of
    # a preposition ("w rozmowie z Gazeta Leśna") is not the speaker.
    ("Kolejne zmiany przyjmiemy", "Kazimierz Nowicki", "Kazimierz Nowicki", "statement"),
    ("Władza nie słucha obywateli w tej sprawie", "Kazimierz Nowicki", "Kazimierz Nowicki",
     "statement"),
    ("Kontrola wykazała wiele", "Tomasz Rudnicki", "Tomasz Rudnicki", "statement"),
    ("Nie zgadzam się z tą oceną", "Marian Kos", "Marian Kos", "statement"),
    # A role with a nationality: the holder of that country's role, not the last named.
    ("Nasze kraje łączy", "Petro Kowalenko", "ukraiński prezydent", "statement"),
    # "szef KPRM": the person heading the organisation, not the organisation.
    ("Wszystkie szkoły otrzymają", "Marek Zawadzki", "szef KPRM", "statement"),
    ("rząd nie planuje żadnych zmian", "Marek Zawadzki", "szefa KPRM", "statement"),
    # "adwokat Mei Lin, Tomasz Brzeski": the name after the noun is whose lawyer he is (in the
    # genitive, though an indeclinable name does not show it); the apposition names him.
    ("To dobry dzień dla wszystkich", "Tomasz Brzeski", "Tomasz Brzeski", "statement"),
]


@pytest.fixture(scope="module")
def dossier(tmp_path_factory):
    content = tmp_path_factory.mktemp("speakers") / "content"
    shutil.copytree(FIXTURES, content)
    return build_dossier(load_project(ROOT, content_dir=content), use_cache=False)


def _quote(dossier, opening):
    found = [q for q in dossier.quotes if q.text.startswith(opening)]
    assert len(found) == 1, (opening, [q.text for q in dossier.quotes])
    return found[0]


@pytest.mark.parametrize("opening, speaker, written, kind", CASES,
                         ids=[c[0][:20] for c in CASES])
def test_speaker(dossier, opening, speaker, written, kind):
    quote = _quote(dossier, opening)
    actor = dossier.actor(quote.speaker) if quote.speaker else None
    assert (actor.name if actor else None, quote.speaker_text, quote.kind) == \
        (speaker, written, kind)


def test_a_dash_closing_a_quote_opens_none(dossier):
    """"… uchybień. – podkreślił …": a dash before a speech verb closes the quote before it;
    the words after it are no quote of their own; a quote ends at its own closing dash."""
    texts = [q.text for q in dossier.quotes]
    assert not [t for t in texts if t.startswith("podkreślił")]
    assert "Władza nie słucha obywateli w tej sprawie" in texts


def test_no_quote_credited_to_a_place_that_does_not_speak(dossier):
    places = {a.id for a in dossier.actors if a.kind == "place" and a.name != "Rosja"}
    assert not [q.text for q in dossier.quotes if q.speaker in places]


def test_scare_quotes_and_titles_are_no_quotes(dossier):
    texts = {q.text for q in dossier.quotes}
    assert "siły pokojowe" not in texts and "Le Figaro" not in texts


@pytest.mark.parametrize("name, role", [
    ("Dmitrij Pieskow", "rzecznik Kremla"),        # a role noun and what it is of, before
    ("Marek Wiśniewski", "rzecznik prasowy ratusza"),  # a Polish apposition after the name
    ("Donald Tusk", "premier"),
    ("Joe Biden", "president"),                     # an English title
    ("Emily Carter", "British foreign secretary"),  # an English apposition after the name
    ("John Smith", "spokesman for the alliance"),
])
def test_roles_from_appositions(dossier, name, role):
    actor = next(a for a in dossier.actors if a.name == name)
    assert role in actor.roles and all(r not in actor.name for r in actor.roles)
    assert role in actor.to_json()["roles"]
    sources = [s for s in actor.to_json()["role_sources"] if s["role"] == role]
    assert sources and all(s["article"] in actor.articles for s in sources)


def test_no_actor_for_a_title_alone(dossier):
    assert not [a.name for a in dossier.actors if a.name in ("President", "Foreign Minister")]


def test_role_of_an_apposition_before_the_name_in_the_seeds():
    """Seed 000: "poprzedniemu prezydentowi, 81-letniemu Nursułtanowi Nazarbajewowi"."""
    seeds = build_dossier(load_project(ROOT), use_cache=False)
    actor = next(a for a in seeds.actors if a.name == "Nursułtan Nazarbajew")
    assert actor.roles == ("poprzedni prezydent",)


def test_a_role_is_shown_with_the_dates_of_its_articles(dossier):
    from dossier.emit.actors import render_profile
    from collections import Counter

    actor = next(a for a in dossier.actors if a.name == "Dmitrij Pieskow")
    page = render_profile(actor, dossier, Counter())
    text = page[0].text if isinstance(page, list) else page.text
    assert "rzecznik Kremla (17 września 2024)" in text
