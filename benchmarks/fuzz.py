"""A bounded fuzzing run of ingest and extraction (Hypothesis): random text, news-like word
salad and random bytes go through decode -> ingest -> extract -> link -> events -> quotes,
checking that nothing raises (except the documented refusal, DossierError) and that every
span slices to its text. Prints what it ran and any failure with the input that caused it.

Run: .venv/bin/python benchmarks/fuzz.py [--examples 3000]"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from dossier.errors import DossierError  # noqa: E402
from dossier.extract.dates import article_expressions  # noqa: E402
from dossier.extract.mentions import extract_mentions  # noqa: E402
from dossier.ingest import article_from_text  # noqa: E402
from dossier.ingest.decode import decode  # noqa: E402
from dossier.ingest.readers import read_markdown, read_seed_text  # noqa: E402
from dossier.link import link_actors  # noqa: E402
from dossier.link.events import build_events, mentions_in  # noqa: E402
from dossier.link.quotes import extract_quotes, roles_of  # noqa: E402

WORDS = ["Kowalski", "Warszawie", "Jan", "w", "środę", "powiedział", "ODKB", "(ros.", "UE)",
         "Organizacji", "Narodów", "Zjednoczonych", "„To", "koniec”", "\"", "-", "–", "dziś",
         "6 stycznia 2022", "January 6, 2022", "ZOBACZ:", "pdb/PAP", "\n\n", ".", ",",
         "— Autor (@a)", "Zdjęcie / JAN NOWAK / PAP", "---", "title: x", "<script>", "{{ x }}",
         "Nur-Sułtanie", "Kasyma-Żomarta", "Tokajewa", "prezydent", "Rosji", "Łukaszence"]


def check(text: str) -> None:
    for reader in (read_seed_text, read_markdown):
        try:
            article, _ = article_from_text(text, "a", "a.txt", reader)
        except DossierError:
            continue
        body = article.body
        assert all(body[b.start:b.end] == b.text for b in article.blocks)
        extraction = extract_mentions(article)
        assert all(body[m.start:m.end] == m.text for m in extraction.mentions)
        expressions = article_expressions(article)
        actors, _ = link_actors([article], [extraction])
        for event in build_events(article, expressions, mentions_in(article.id, actors)):
            assert body[event.start:event.end] == event.text
        for quote in extract_quotes(article, mentions_in(article.id, actors), roles_of(actors)):
            assert body[quote.start:quote.end] == quote.text


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--examples", type=int, default=3000)
    args = parser.parse_args()
    runs = {"text": 0, "words": 0, "bytes": 0}
    config = settings(max_examples=args.examples, deadline=None, database=None,
                      suppress_health_check=list(HealthCheck))

    @config
    @given(st.text(max_size=600))
    def fuzz_text(text):
        runs["text"] += 1
        check(text)

    @config
    @given(st.lists(st.sampled_from(WORDS), max_size=120).map(" ".join))
    def fuzz_words(text):
        runs["words"] += 1
        check(" date 2022-01-06 " + text)

    @config
    @given(st.binary(max_size=600))
    def fuzz_bytes(data):
        runs["bytes"] += 1
        try:
            text, _ = decode(data, "f.txt")
        except DossierError:
            return
        check(text)

    started = time.perf_counter()
    failures = 0
    for fuzz in (fuzz_text, fuzz_words, fuzz_bytes):
        try:
            fuzz()
        except Exception as exc:  # Hypothesis re-raises with the shrunk input printed
            failures += 1
            print(f"FAILURE in {fuzz.__name__}: {type(exc).__name__}: {exc}")
    total = sum(runs.values())
    print(f"fuzz: {total} inputs ({runs}) in {time.perf_counter() - started:.1f} s, "
          f"{failures} failing strategies")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
