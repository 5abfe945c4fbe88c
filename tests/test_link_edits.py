"""link.link_dossier: the link of a dossier is the link of its components (components.py),
and a link made from the last one (``previous``) equals the link from scratch, through a
scripted series of edits of real articles."""

import dataclasses
import pickle
import sys

import pytest

from dossier.extract import extract_article
from dossier.ingest import ingest
from dossier.link import link_dossier
from dossier.link.stages import link_early, link_late, table as _table
from dossier.link.components import components
from dossier.link.curation import load_curation
from dossier.link.naming import name_mentions

from conftest import ROOT, write

# Each rule of the link stage at work (the examples of their docstrings, in sentences).
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


def _read(content):
    articles, _ = ingest(content, "pl", None, {})
    results = [extract_article(a) for a in articles]
    return [a for a, _, _ in results], [e for _, _, e in results]


def _as_one(articles, extractions, curation=()):
    """The link of the dossier as a single component: every group linked together."""
    names = name_mentions(sorted(extractions, key=lambda e: e.article))
    rows, languages = _table(names), {a.id: a.language for a in articles}
    early = link_early(list(rows), rows, names, languages)
    return link_late(list(early.groups), list(curation), languages)


def test_components_join_only_what_a_key_joins():
    p, i = frozenset, frozenset
    nodes = [(p({1}), i()), (p({1}), i()),  # two probe key 1: nothing is found by it
             (p({2}), i()), (p(), i({2})),  # one probes what the other is found by
             (p(), i({3})), (p({3, 4}), i()), (p(), i({4})),  # a chain through one node
             (p({5}), i({5}))]  # its own key only
    assert components(nodes) == [[0], [1], [2, 3], [4, 5, 6], [7]]


@pytest.mark.parametrize("source", ["rules", "seeds"])
def test_the_link_of_the_components_is_the_link_of_the_whole(tmp_path, source):
    if source == "rules":
        write(tmp_path / "content" / "a.txt", TEXT)
        content = tmp_path / "content"
    else:
        content = ROOT / "content"
    articles, extractions = _read(content)
    linked = link_dossier(articles, extractions)
    whole = _as_one(articles, extractions)
    assert list(linked.actors) == sorted(whole.actors, key=lambda a: a.id)
    if source == "rules":
        assert len(linked.components) > 3  # the example is not one component
        by_name = {a.name: a for a in linked.actors}
        assert "UE" in by_name["Unia Europejska"].aliases


def test_a_linked_dossier_keeps_as_a_value():
    articles, extractions = _read(ROOT / "content")
    linked = link_dossier(articles, extractions)
    assert pickle.loads(pickle.dumps(linked)) == linked
    assert link_dossier(articles, extractions, previous=linked) == linked


# A dossier of real articles: the first ones of the corpora benchmarks/scale.py takes.
N_ARTICLES = 150


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from scale import corpus_texts
        texts = list(corpus_texts())
    except (ImportError, OSError):
        texts = []
    if len(texts) < N_ARTICLES:
        pytest.skip("the corpora (../shared/corpora) are not there")
    content = tmp_path_factory.mktemp("corpus") / "content"
    # Every tenth from the Polish ones and the English, so that articles share names.
    for name, text in texts[:10 * N_ARTICLES:10]:
        write(content / f"{name}.txt", text)
    return content


class _Dossier:
    """A content folder, read and extracted once, then article by article as edited."""

    def __init__(self, content):
        self.content = content
        articles, extractions = _read(content)
        self.articles = {a.id: a for a in articles}
        self.extractions = {e.article: e for e in extractions}

    def reread(self):
        """Read the folder again; extract only the articles whose text changed or came."""
        articles, _ = ingest(self.content, "pl", None, {})
        now = {}
        for a in articles:
            old = self.articles.get(a.id)
            if old is None or old.content_hash != a.content_hash:
                a, _, ex = extract_article(a)
                self.extractions[a.id] = ex
                now[a.id] = a
            else:
                now[a.id] = old
        self.articles = now
        self.extractions = {i: e for i, e in self.extractions.items() if i in now}

    def link(self, previous=None):
        curation, _ = load_curation(self.content)
        return link_dossier(list(self.articles.values()), list(self.extractions.values()),
                            curation, previous)


def _edit(path, old, new):
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


def test_links_from_the_last_link_equal_links_from_scratch(corpus):
    d = _Dossier(corpus)
    linked = d.link()
    assert link_dossier(list(d.articles.values()), list(d.extractions.values()),
                        previous=linked) == linked
    assert list(linked.actors) == sorted(
        _as_one(list(d.articles.values()), list(d.extractions.values())).actors,
        key=lambda a: a.id)
    people = sorted((a for a in linked.actors if a.kind == "person" and " " in a.name),
                    key=lambda a: (-len(a.articles), a.id))
    known, other = people[0], people[1]
    first = sorted(d.articles)[0]
    path = corpus / d.articles[first].source
    text = path.read_text("utf-8")
    sentence = next(s for s in text.split(". ") if len(s) > 40)
    steps = [
        ("reword a sentence", lambda: _edit(path, sentence, "Jak podano, " + sentence)),
        ("add a known name", lambda: _edit(path, sentence, f"{sentence}. Mówił o tym "
                                           f"{known.name}")),
        ("add a new name", lambda: _edit(path, sentence, f"{sentence}. Redakcja rozmawiała "
                                         "z Bożydarem Wąchockim")),
        ("rename and merge in the curation", lambda: write(
            corpus / "actors.yml", f"- name: {known.name} (curated)\n"
            f"  same_as: [{known.name}, {other.name}]\n  description: Two in one.\n"
            "- name: Bożydar Wąchocki\n  kind: organization\n")),
        ("remove an article", lambda: (corpus / d.articles[sorted(d.articles)[-1]].source
                                       ).unlink()),
        ("add an article", lambda: write(
            corpus / "zz-new.txt", f" date 2022-01-08 Spotkanie\n\n{known.name} spotkał się "
            "z Bożydarem Wąchockim w Warszawie. Później Wąchocki mówił o Unii Europejskiej.")),
        ("drop the curation", lambda: (corpus / "actors.yml").unlink()),
    ]
    for what, step in steps:
        step()
        d.reread()
        incremental = d.link(previous=linked)
        cold = d.link()
        assert incremental == cold, what
        kept = set(incremental.components) & set(linked.components)
        assert kept, what  # most of the dossier is not linked again
        linked = incremental
    names = {a.name for a in linked.actors}
    assert "Bożydar Wąchocki" in names


def test_an_edit_relinks_its_components_only(corpus):
    d = _Dossier(corpus)
    linked = d.link()
    article = sorted(d.extractions)[3]
    ex = d.extractions[article]
    # The article's mentions moved by an edit before them.
    d.extractions[article] = dataclasses.replace(ex, mentions=tuple(
        dataclasses.replace(m, start=m.start + 7, end=m.end + 7) for m in ex.mentions))
    again = d.link(previous=linked)
    assert again == d.link()
    relinked = set(again.components) - set(linked.components)
    assert relinked and len(relinked) < len(again.components) / 2
    for digest in relinked:
        assert any(m.article == article for a in again.components[digest].actors
                   for m in a.mentions) or not again.components[digest].actors


LINK_IN_A_PROCESS = """
import pathlib, pickle, sys
from dossier.extract import extract_article
from dossier.ingest import ingest
from dossier.link import link_dossier
articles, _ = ingest(pathlib.Path(sys.argv[1]), "pl", None, {})
results = [extract_article(a) for a in articles]
linked = link_dossier([a for a, _, _ in results], [e for _, _, e in results])
sys.stdout.buffer.write(pickle.dumps((sorted(linked.early), sorted(linked.components))))
"""


def test_the_digests_are_the_same_in_every_process(tmp_path):
    """A build links from the last build's link in another process: what it keeps is found
    by digests that must not depend on the process (str hashes, a set's order)."""
    import os
    import subprocess

    write(tmp_path / "content" / "a.txt", TEXT)
    # A group of several aliases (a set): Stany Zjednoczone Ameryki, USA, US.
    write(tmp_path / "content" / "b.txt", "Stany Zjednoczone Ameryki wydały oświadczenie. "
          "Władze USA milczą, a US Army nie. Zjednoczone Królestwo i UK też milczą.")
    runs = [subprocess.run([sys.executable, "-c", LINK_IN_A_PROCESS, str(tmp_path / "content")],
                           capture_output=True, check=True, cwd=ROOT,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout
            for seed in ("1", "2", "3")]
    assert runs[0] == runs[1] == runs[2]
