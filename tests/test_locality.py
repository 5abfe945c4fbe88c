"""link/locality.py: every merge the link stage makes is one its keys see, and
link_new_names links a new name alone only when no rule could join it to an old one."""

from collections import Counter

import pytest

from dossier.extract import extract_article
from dossier.ingest import ingest
from dossier.link import link_actors, link_new_names
from dossier.link.actors import _merge_identities, build_groups, merge_identities, name_context
from dossier.link.locality import unseen_merges

from conftest import ROOT, write

# Each rule of merge_identities at work (the examples of its docstring, in sentences).
TEXT = """Rozmowy w Brukseli

Unia Europejska (UE) zebrała się w czwartek. Przedstawiciele UE przyjechali do Brukseli.

Kasym-Żomart Tokajew mówił o protestach. Później Tokajew spotkał się z Nursułtanem Nazarbajewem.

Premier Viktor Orbán przyjechał rano, a dziennikarze pytali Viktora Orbana o Rosję.

Departament Stanu USA wydał komunikat. Rzecznik Departamentu Stanu nie odpowiedział.

Federacja Rosyjska wysłała wojska. Rosja nie odpowiedziała. Republika Irlandii protestuje, a
rząd w Dublinie mówi, że Irlandia nie zmieni zdania.

Recep Tayyip Erdogan przyjął gości. Recep Erdogan mówił długo.

Agata Gostyńska-Jakubowska z Centrum Reform Europejskich mówi, że Agata Gostyńska zgadza się.

Europejski Trybunał Obrachunkowy ocenił wydatki. Trybunał Obrachunkowy skrytykował Komisję.

Guy Verhofstadt skrytykował plan. Zdaniem Vershofstadta, Komisja się myli.

Urząd Ochrony Konkurencji i Konsumentów wszczął postępowanie, a UOKiK nałożył karę.
"""


def _linked(tmp_path, texts):
    for i, text in enumerate(texts):
        write(tmp_path / "content" / f"a{i}.txt", text)
    articles, _ = ingest(tmp_path / "content", "pl", None, {})
    results = [extract_article(a) for a in articles]
    return [a for a, _, _ in results], [e for _, _, e in results]


def _groups(articles, extractions):
    context = name_context(m for ex in extractions for m in ex.mentions)
    before, after = build_groups(extractions, context), build_groups(extractions, context)
    merge_identities(after, {a.id: a.language for a in articles})
    return before, after


@pytest.mark.parametrize("source", ["rules", "seeds"])
def test_every_merge_is_one_the_keys_see(tmp_path, source):
    if source == "rules":
        articles, extractions = _linked(tmp_path, [TEXT])
    else:
        articles, _ = ingest(ROOT / "content", "pl", None, {})
        results = [extract_article(a) for a in articles]
        articles, extractions = [a for a, _, _ in results], [e for _, _, e in results]
    before, after = _groups(articles, extractions)
    merged = {name for name, g in after.items()
              if len({before_name for before_name, bg in before.items()
                      if {(m.article, m.end) for m in bg.mentions} &
                      {(m.article, m.end) for m in g.mentions}}) > 1}
    assert len(merged) >= (8 if source == "rules" else 3)  # the rules did merge
    assert unseen_merges(before, after) == []


def test_unseen_merges_finds_a_merge_without_keys(tmp_path):
    """The check can fail: two groups joined by hand, with nothing in common."""
    articles, extractions = _linked(tmp_path, [TEXT])
    before, after = _groups(articles, extractions)
    after["Guy Verhofstadt"].absorb(after.pop("Departament Stanu"))
    [(name, names)] = unseen_merges(before, after)
    assert name == "Guy Verhofstadt" and "Departament Stanu" in names


def _added(tmp_path, sentence):
    """The index of the dossier of TEXT, and the mentions ``sentence`` adds to it."""
    articles, extractions = _linked(tmp_path / "old", [TEXT])
    index = []
    link_actors(articles, extractions, index=index)
    _, new = _linked(tmp_path / "new", [TEXT + "\n" + sentence + "\n"])
    old_tokens = [m.tokens for m in extractions[0].mentions]
    added = list(new[0].mentions[len(old_tokens):])
    assert [m.tokens for m in new[0].mentions[:len(old_tokens)]] == old_tokens
    return index[0], added, {articles[0].id: "pl"}


def test_a_name_no_rule_relates_to_the_others_is_linked_alone(tmp_path):
    index, added, language = _added(tmp_path, "Głos zabrał też Bożydar Wąchocki.")
    actors, more = link_new_names(index, added, language)
    assert [a.name for a in actors] == ["Bożydar Wąchocki"]
    # What it adds to the index: a second mention of him would meet it.
    index.add(more)
    again, _, _ = _added(tmp_path / "again", "Głos zabrał też Wąchocki.")
    assert link_new_names(index, added[-1:], language) is None


@pytest.mark.parametrize("sentence", [
    "Głos zabrał też Orbán.",  # a surname alone (and another spelling)
    "Głos zabrał też Guy Verhofstad.",  # one letter off a known full name
    "Głos zabrał też Departament Stanu Rosji.",  # a known name with a qualifier
    "Głos zabrał też przedstawiciel Księstwa Irlandii.",  # a state's formal name
    "Głos zabrał też Urząd Ochrony Konkurencji i Konsumenta.",  # one ending off
])
def test_a_name_a_rule_may_join_to_an_old_one_is_declined(tmp_path, sentence):
    index, added, language = _added(tmp_path, sentence)
    assert added
    assert link_new_names(index, added, language) is None


def test_every_rule_of_merge_identities_is_written_out():
    """locality.name_keys must know each rule: a rule added to merge_identities without
    its keys would let an edit's new names skip it."""
    import inspect
    import re

    from dossier.link import locality

    source = inspect.getsource(_merge_identities)
    called = set(re.findall(r"^\s+(_?merge_\w+|_split_glued|_attach_short_names)\(groups",
                            source, re.M))
    assert called == {r for r in locality.RULES if " " not in r}
    # The two rules written inline: acronyms with their expansions, and other scripts.
    assert "expansion_of" in source and "has_cyrillic" in source


def test_a_word_that_may_give_an_old_name_its_nominative_is_not_isolated(tmp_path):
    """"Nikol" written somewhere makes "Nikolem Paszynianem" Nikol Paszynian
    (names.word_lemma): a new word that is an old word's lemma, in any case, is declined."""
    articles, extractions = _linked(tmp_path, ["Premier rozmawiał z Nikolem Paszynianem.\n"])
    index = []
    link_actors(articles, extractions, index=index)
    assert not index[0].new_words_isolated({"Nikol"})
    assert index[0].new_words_isolated({"Wąchocki"})


def test_a_new_form_of_an_unknown_name_resolves_with_the_dossier_s_forms(tmp_path):
    """An unknown surname's new form takes the nominative the dossier's forms give it; one
    that would change an old form's nominative is declined."""
    from dossier.link.names import resolve_unknown

    articles, extractions = _linked(tmp_path / "one", ["Według Kwapiszona plan jest dobry.\n"])
    index = []
    link_actors(articles, extractions, index=index)
    assert index[0].unknown["Kwapiszona"] == "Kwapiszona"  # alone, it stands as written
    # With "Kwapiszonem" the dossier would read both as Kwapiszon: the old name changes.
    assert resolve_unknown(Counter(["Kwapiszona", "Kwapiszonem"]))["Kwapiszona"] == "Kwapiszon"
    assert index[0].resolve_new_words({"Kwapiszonem"}) is None
    articles, extractions = _linked(tmp_path / "two", [
        "Według Kwapiszona plan jest dobry. Z Kwapiszonem rozmawiano długo.\n"])
    index = []
    link_actors(articles, extractions, index=index)
    assert index[0].resolve_new_words({"Kwapiszonowi", "Wąchocki"}) == \
        {"Kwapiszonowi": "Kwapiszon"}
