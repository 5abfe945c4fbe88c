"""The learned name tagger: the shipped model agrees with the feature code, training is
deterministic, and the tagger's names reach the extraction."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import pytest

from dossier.extract.mentions import extract_mentions
from dossier.extract.tagger import (FEATURES_VERSION, NameTagger, Span, TaggerModelError,
                                    fingerprint, shipped, tagger_tokens)
from dossier.extract.tagger.model import GAZETTEER_NAME, META_NAME, MODEL_NAME
from dossier.extract.tagger.train import outermost, train
from dossier.ingest import article_from_text

FIXTURE = Path(__file__).parent / "fixtures" / "tagger_train.txt"
_MARK = re.compile(r"\[([^|\]]+)\|(\w+)\]")


def fixture_docs() -> list[tuple[str, list[tuple[int, int, str]]]]:
    """The fixture's documents: text with the marks taken out, and the marked spans."""
    docs = []
    for line in FIXTURE.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, spans, pos = [], [], 0
        for m in _MARK.finditer(line):
            text.append(line[pos:m.start()])
            start = sum(map(len, text))
            text.append(m.group(1))
            spans.append((start, start + len(m.group(1)), m.group(2)))
            pos = m.end()
        text.append(line[pos:])
        docs.append(("".join(text), spans))
    return docs


def test_shipped_model_was_trained_for_these_features():
    """Fails when the feature code changed (its version or what it makes of a fixed sentence)
    and the shipped model was not trained again: benchmarks/train_tagger.py."""
    base = resources.files("dossier").joinpath("data").joinpath("tagger")
    meta = json.loads(base.joinpath(META_NAME).read_text("utf-8"))
    assert meta["features_version"] == FEATURES_VERSION
    assert meta["fingerprint"] == fingerprint()
    assert shipped().meta == meta
    assert base.joinpath(MODEL_NAME).stat().st_size <= 20_000_000  # type: ignore[attr-defined]


def test_training_twice_gives_the_same_bytes(tmp_path):
    docs = fixture_docs()
    params = {"max_iterations": 30, "feature.minfreq": 1}
    meta_a = train(docs, tmp_path / "a", params)
    meta_b = train(docs, tmp_path / "b", params)
    for name in (MODEL_NAME, GAZETTEER_NAME, META_NAME):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    assert meta_a == meta_b and meta_a["documents"] == len(docs)


def test_a_model_for_other_features_fails_loudly(tmp_path):
    train(fixture_docs(), tmp_path, {"max_iterations": 5, "feature.minfreq": 1})
    meta = json.loads((tmp_path / META_NAME).read_text("utf-8"))
    NameTagger.from_dir(tmp_path)  # as trained: loads
    meta["features_version"] = FEATURES_VERSION + "-old"
    (tmp_path / META_NAME).write_text(json.dumps(meta), "utf-8")
    with pytest.raises(TaggerModelError, match="retrain"):
        NameTagger.from_dir(tmp_path)
    (tmp_path / MODEL_NAME).write_bytes(b"not a model")
    with pytest.raises(TaggerModelError):
        NameTagger.from_dir(tmp_path)


def test_a_model_trained_on_the_fixture_tags_spans(tmp_path):
    train(fixture_docs(), tmp_path, {"max_iterations": 60, "feature.minfreq": 1})
    tagger = NameTagger.from_dir(tmp_path)
    text, _ = fixture_docs()[0]
    spans = tagger.tag_text(text)
    assert spans and all(isinstance(s, Span) for s in spans)
    for s in spans:
        assert 0.0 <= s.confidence <= 1.0
        assert s.kind in ("person", "organization", "place")
        assert text[s.start:s.end].strip() == text[s.start:s.end]
    assert ("Jan Kowalski", "person") in {(text[s.start:s.end], s.kind) for s in spans}


def test_hyphenated_words_are_split():
    words = [t.text for t in tagger_tokens("granica polsko-niemiecka, Kasym-Żomart")]
    assert words == ["granica", "polsko", "-", "niemiecka", ",", "Kasym", "-", "Żomart"]


def test_outermost_spans_only():
    spans = [(0, 12, "persName"), (0, 3, "persName"), (4, 12, "persName"),
             (20, 40, "orgName"), (30, 40, "placeName"), (50, 52, "date")]
    assert outermost(spans) == [(0, 12, "persName"), (20, 40, "orgName")]


def test_extraction_carries_the_taggers_kind():
    article, _ = article_from_text(
        "Prezydent Andrzej Duda spotkał się w Warszawie z kanclerz Niemiec Angelą Merkel.\n",
        "a1", "a1.txt")
    mentions = extract_mentions(article).mentions
    by_text = {m.text: m for m in mentions}
    assert "Andrzej Duda" in by_text and by_text["Andrzej Duda"].tagger_kind == "person"
    assert by_text["Andrzej Duda"].role == "prezydent"
    for m in mentions:
        assert article.body[m.start:m.end] == m.text


def test_extraction_is_a_pure_function_of_the_article():
    article, _ = article_from_text(
        "Rzecznik Kremla Dmitrij Pieskow powiedział agencji TASS, że Rosja nie wyśle wojsk.\n",
        "a2", "a2.txt")
    assert extract_mentions(article) == extract_mentions(article)


def _span(text: str, words: str, kind: str = "place", confidence: float = 0.9) -> Span:
    start = text.index(words)
    return Span(start, start + len(words), kind, confidence, "placeName", 0, 0)


def test_a_span_inside_a_lower_case_hyphenated_word_cuts_it():
    from dossier.extract.tagged import _cut_tokens
    from dossier.extract.tokens import tokenize

    text = "Na granicy polsko-niemieckiej stały ciężarówki."
    spans = [_span(text, "polsko"), _span(text, "niemieckiej")]
    words = [t.text for t in _cut_tokens(tokenize(text), tagger_tokens(text), spans)]
    assert words == ["Na", "granicy", "polsko", "-", "niemieckiej", "stały", "ciężarówki", "."]


def test_a_span_over_part_of_a_capitalised_hyphenated_name_takes_all_of_it():
    from dossier.extract.tagged import _whole_words
    from dossier.extract.tokens import tokenize

    text = "Prezydent Kasym-Żomart Tokajew przyjechał do Nur-Sułtanu."
    spans = [_span(text, "Kasym", "person", 0.5), _span(text, "Żomart Tokajew", "person"),
             _span(text, "Nur")]
    widened = [(text[s.start:s.end], s.confidence) for s in _whole_words(spans, tokenize(text))]
    assert widened == [("Kasym-Żomart Tokajew", 0.5), ("Nur-Sułtanu", 0.9)]
