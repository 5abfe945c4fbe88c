"""link_added and ledger.py: mentions of names the dossier knows, added by an edit, join
their actors without a link of the whole dossier only when every decision of the last link
comes out the same with them; the site and the export are then the same as a cold build's."""

import shutil

import pytest

from dossier.link.ledger import Added, Ledger, Snapshot

from conftest import ROOT, write
from test_incremental import _build, _cold, _edit


def _kowalscy(tmp_path):
    """Two Kowalskis, one in twice as many articles, and an article naming "Kowalski"
    alone: the lone name joins the one met more (actors._attach_short_names)."""
    p = tmp_path / "p"
    shutil.copytree(ROOT / "content", p / "content")
    shutil.copy(ROOT / "mkdocs.yml", p / "mkdocs.yml")
    texts = ["Jan Kowalski ogłosił w Krakowie nowy plan.",
             "Jan Kowalski spotkał się w Gdańsku z wyborcami.",
             "Adam Kowalski skrytykował w Poznaniu ten plan.",
             "O tym, co dalej, mówi się dużo. Według Kowalskiego plan jest dobry.",
             "W Łodzi padał deszcz, podała agencja PAP."]
    for i, text in enumerate(texts):
        write(p / "content" / f"k-{i}.txt", f" date 2022-01-0{i + 3} Plan ({i})\n\n{text}")
    _build(p)
    return p


@pytest.mark.parametrize("person, in_full", [
    # Jan Kowalski in three articles now: still the one the lone name stands for.
    ("Jan Kowalski", False),
    # Adam Kowalski in two: Jan no longer dominates, the lone name would stay alone.
    ("Adam Kowalski", True),
])
def test_a_known_person_named_in_another_article(tmp_path, person, in_full):
    p = _kowalscy(tmp_path)
    _edit(p / "content" / "k-4.txt", "padał deszcz,", f"padał deszcz, mówi {person},")
    linked = []
    _, docs, export = _build(p, linked=linked)
    assert linked == [in_full]
    assert (docs, export) == _cold(p, tmp_path)
    assert person in (p / "docs" / "articles" / "k-4.md").read_text("utf-8")


def test_without_its_record_of_attachments_the_check_is_wrong(tmp_path, monkeypatch):
    """The records matter: a ledger that leaves out the one-word names' attachments claims
    the edit above changes nothing, and the site comes out wrong."""
    p = _kowalscy(tmp_path)
    monkeypatch.setattr(Ledger, "_attach_again", staticmethod(lambda *args: {}))
    _edit(p / "content" / "k-4.txt", "padał deszcz,", "padał deszcz, mówi Adam Kowalski,")
    linked = []
    _, docs, export = _build(p, linked=linked)
    assert linked == [False]
    assert (docs, export) != _cold(p, tmp_path)


def test_one_more_mention_in_an_article_already_naming_the_actor(tmp_path):
    p = _kowalscy(tmp_path)
    _edit(p / "content" / "k-2.txt", "ten plan.", "ten plan. Adam Kowalski był w Poznaniu.")
    linked = []
    partial, docs, export = _build(p, linked=linked)
    assert linked == [False] and partial
    assert (docs, export) == _cold(p, tmp_path)


def _added(name, article="x", mentions=1, votes=(), texts=()):
    return Added(name, frozenset({article}), mentions, tuple(votes), frozenset(texts))


def _snap(name, articles, mentions, written=True):
    return Snapshot(name, frozenset({name}), written, frozenset(articles), mentions)


def test_check_declines_a_change_of_kind_or_of_a_barely_voted_group():
    ledger = Ledger(made_of={"A", "B"}, owner={"A": "A", "B": "B"})
    ledger.states = [(frozenset({"A"}), (("person", 3), ("place", 3))),
                     (frozenset({"B"}), (("organization", 2),))]
    assert ledger.check([_added("A", votes=[("person", 1)])]) == {("A", "x"): "A"}
    assert ledger.check([_added("A", votes=[("place", 1)])]) is None  # person -> place
    # Two votes, three: read only where a group of another kind was compared with it.
    assert ledger.check([_added("B", votes=[("organization", 1)])]) is not None
    ledger.thin = [(frozenset({"B"}), (("organization", 2),))]
    assert ledger.check([_added("B", votes=[("organization", 1)])]) is None
    assert ledger.check([_added("C")]) is None  # not a group of the last link


def test_check_makes_choices_again_and_declines_shared_articles():
    ledger = Ledger(made_of={"A", "B"}, owner={"A": "A", "B": "A"})
    ledger.choices = [("variant", (_snap("A", {"1", "2"}, 3), _snap("B", {"3"}, 1)), "A")]
    assert ledger.check([_added("B", "4")]) is not None  # 2 articles against 2: A stays
    assert ledger.check([_added("B", "4"), _added("B", "5")]) is None  # B is met in more
    ledger.choices = []
    ledger.overlaps = [((frozenset({"A"}), frozenset({"1"})),
                        (frozenset({"B"}), frozenset({"2"})))]
    assert ledger.check([_added("A", "3")]) is not None
    assert ledger.check([_added("A", "2")]) is None  # A would share article 2 with B
    assert ledger.check([_added("A", "3"), _added("B", "3")]) is None  # both in 3
    ledger.overlaps, ledger.splits = [], [frozenset({"B"})]
    assert ledger.check([_added("B", "3")]) is None
    ledger.splits, ledger.written = [], [(frozenset({"A"}), "A")]
    assert ledger.check([_added("A", texts=["Aa"])]) is not None
    assert ledger.check([_added("A", texts=["A"])]) is None  # now written out


def test_an_attachment_sees_what_earlier_ones_gave_to_a_full_name():
    """A one-word name's added mention joins a full name (Kowalski -> Jan Kowalski): a later
    one-word name whose candidates include it reads one more article there."""
    from dossier.link.ledger import Attachment

    jan, nowak = "Jan Kowalski", "Jan Nowak"
    ledger = Ledger(made_of={"Kowalski", "Jan", jan, nowak},
                    owner={"Kowalski": "Kowalski", "Jan": "Jan", jan: jan, nowak: nowak})
    ledger.attachments = [
        Attachment("Kowalski", "person", frozenset({"Kowalski"}), frozenset({"1"}),
                   ((jan, frozenset({jan}), frozenset({"1", "2"})),), jan),
        # "Jan" in article 5, which names Jan Nowak: he gets it.
        Attachment("Jan", "person", frozenset({"Jan"}), frozenset({"5"}),
                   ((jan, frozenset({jan}), frozenset({"1", "2"})),
                    (nowak, frozenset({nowak}), frozenset({"3", "5"}))), None)]
    assert ledger.check([_added("Kowalski", "1")]) == {("Kowalski", "1"): jan}
    # Kowalski added to article 5 goes to Jan Kowalski, who is then named there too: the
    # lone "Jan" of article 5 would have two candidates there, and stay alone.
    assert ledger.check([_added("Kowalski", "5")]) is None


def test_a_known_actor_that_gets_a_page_of_its_own_is_shown_everywhere(tmp_path,
                                                                       monkeypatch):
    """In a large dossier an actor named once has no page: named in a second article, it
    gets one, and the pages naming it link it (its first article, the timeline's month of
    the event it is in there, its neighbours' profiles)."""
    from dossier import emit
    from dossier.emit import actors, timeline

    monkeypatch.setattr(emit, "LARGE_DOSSIER", 3)
    monkeypatch.setattr(actors, "MAX_INDEX_PER_KIND", 1)  # he is not among those listed
    monkeypatch.setattr(timeline, "MAX_EVENTS_ON_ONE_PAGE", 1)  # a page per month
    p = _kowalscy(tmp_path)
    write(p / "content" / "k-5.txt", " date 2022-02-10 Wizyta\n\nW czwartek Zenon "
          "Wiśniewski przyjechał do Lublina na spotkanie z Janem Kowalskim.")
    _build(p)
    page = p / "docs" / "actors" / "zenon-wisniewski.md"
    assert not page.exists()
    _edit(p / "content" / "k-4.txt", "padał deszcz,", "padał deszcz, mówi Zenon Wiśniewski,")
    linked = []
    partial, docs, export = _build(p, linked=linked)
    assert linked == [False] and partial
    assert page.exists()
    assert (docs, export) == _cold(p, tmp_path)


def test_each_check_applies_what_the_edits_before_it_added(tmp_path):
    """The journal keeps each edit's additions: the second check counts the first's too.
    Jan Kowalski is in four articles, Adam in one; one more Adam leaves Jan dominant (4
    against 2 articles), a second does not (4 against 3), though on its own it would."""
    p = tmp_path / "p"
    shutil.copytree(ROOT / "content", p / "content")
    shutil.copy(ROOT / "mkdocs.yml", p / "mkdocs.yml")
    texts = {0: "Jan Kowalski ogłosił w Krakowie nowy plan.",
             1: "Jan Kowalski spotkał się w Gdańsku z wyborcami.",
             2: "Adam Kowalski skrytykował w Poznaniu ten plan.",
             3: "O tym, co dalej, mówi się dużo. Według Kowalskiego plan jest dobry.",
             4: "W Łodzi padał deszcz, podała agencja PAP.",
             5: "Jan Kowalski był w Toruniu, gdzie padał deszcz.",
             6: "Jan Kowalski przyjechał do Opola."}
    for i, text in texts.items():
        write(p / "content" / f"k-{i}.txt", f" date 2022-01-0{i + 3} Plan ({i})\n\n{text}")
    _build(p)
    linked = []
    _edit(p / "content" / "k-4.txt", "padał deszcz,", "padał deszcz, mówi Adam Kowalski,")
    _, docs, export = _build(p, linked=linked)
    assert (docs, export) == _cold(p, tmp_path)
    _edit(p / "content" / "k-5.txt", "padał deszcz.", "padał deszcz. Był tam Adam Kowalski.")
    _, docs, export = _build(p, linked=linked)
    assert linked == [False, True]
    assert (docs, export) == _cold(p, tmp_path)
