"""How extraction cleans the tagger's names (extract/tagged.py, edges.py, words.py): a place's
adjective and the place it is made of, abbreviations the tagger takes into a name, a person's
name the rules would glue to another name. Hand-written examples, no corpus text."""

from __future__ import annotations

from dossier.extract.edges import (at_punctuation, with_adjective_before, with_agreeing_adjective,
                                   without_lower_case_end)
from dossier.extract.glued import split_glued
from dossier.extract.tagged import _with_abbreviations
from dossier.extract.tagger.model import Span
from dossier.extract.tokens import tokenize
from dossier.extract.words import adjective_place, nationality_word


def test_a_places_adjective_names_the_place():
    assert adjective_place("gdańskiej") == "Gdańsk"
    assert adjective_place("rybnickiego") == "Rybnik"
    assert adjective_place("krakowskiej") == "Kraków"
    assert adjective_place("łódzkiej") == "Łódź"
    assert adjective_place("kieleckiej") == "Kielce"
    assert adjective_place("małopolskiego") == "Małopolska"
    assert adjective_place("europejskiej") == "Europa"


def test_an_adjective_of_no_place_names_none():
    for word in ("wielki", "niski", "ważnej", "szybko", "Gdańsk"):
        assert adjective_place(word) is None


def test_nationality_word_gives_the_country_then_the_place():
    assert nationality_word("polskiego") == "Polska"
    assert nationality_word("warszawskiego") == "Warszawa"
    # Polski is also Polska's genitive: a name, not an adjective.
    assert nationality_word("Polski") is None


def _span(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(start, start + len(phrase), "place", 0.9, "placeName", 0, 0)


def test_the_taggers_abbreviations_stay_in_the_names_characters():
    text = "Mieszka przy ul. Długiej od roku, jak Wiktor W. i spółka TP S.A. razem."
    tokens = tokenize(text)
    index = {t.text: i for i, t in enumerate(tokens)}
    for phrase, part in (("ul. Długiej", ["Długiej"]), ("Wiktor W.", ["Wiktor", "W"]),
                         ("TP S.A.", ["TP", "S.A"])):
        start, end = _with_abbreviations([index[w] for w in part], _span(text, phrase), tokens)
        assert text[start:end] == phrase
    # Not what the tagger left out: the name is its words alone.
    start, end = _with_abbreviations([index["Długiej"]], _span(text, "Długiej"), tokens)
    assert text[start:end] == "Długiej"


def test_a_capitalised_adjective_agreeing_with_the_name_before_it_is_part_of_it():
    # The tagger may stop at the noun ("Irlandii | Północnej"): the adjective after it that
    # agrees in case, number and gender completes the name.
    text = "Granica z Irlandią Północną, droga do Korei Zachodniej i mecz Anglii Polska."
    tokens = tokenize(text)
    index = {t.text: i for i, t in enumerate(tokens)}
    for noun, adjective in (("Irlandią", "Północną"), ("Korei", "Zachodniej")):
        i = index[noun]
        assert with_agreeing_adjective([i], tokens, [_span(text, noun)]) == [i, index[adjective]]
    # Not a noun of its own after it, nor a word in a name of its own.
    i = index["Anglii"]
    assert with_agreeing_adjective([i], tokens, [_span(text, "Anglii")]) == [i]
    i = index["Korei"]
    spans = [_span(text, "Korei"), _span(text, "Zachodniej")]
    assert with_agreeing_adjective([i], tokens, spans) == [i]


def test_a_name_never_runs_over_a_comma():
    text = "Za tym są Partia Pracy, Liberalni Demokraci i Sąd Okręgowy w Warszawie."
    tokens = tokenize(text)
    words = [i for i, t in enumerate(tokens) if t.is_word and t.text[:1].isupper()][1:]
    pieces = at_punctuation(words, tokens)
    assert [[tokens[i].text for i in p] for p in pieces] == [
        ["Partia", "Pracy"], ["Liberalni", "Demokraci", "Sąd", "Okręgowy", "Warszawie"]]


def test_a_lower_case_word_after_a_name_is_no_part_of_it():
    text = "Rurę buduje Baltgaz bałtycki, a w Powiecie płońskim wiosna."
    tokens = tokenize(text)
    index = {t.text: i for i, t in enumerate(tokens)}
    assert without_lower_case_end([index["Baltgaz"], index["bałtycki"]], tokens) == \
        [index["Baltgaz"]]
    # A place's head noun keeps its adjective.
    part = [index["Powiecie"], index["płońskim"]]
    assert without_lower_case_end(part, tokens) == part


def test_a_places_adjective_before_an_institution_is_part_of_its_name():
    from dossier.extract.tagger.features import tagger_tokens

    text = "Lekarze z Krakowskiego Instytutu Zdrowia oraz z Rosji Instytut."
    pieces = tagger_tokens(text)
    at = {p.text: i for i, p in enumerate(pieces)}

    def span(first, last, kind):
        return Span(pieces[first].start, pieces[last].end, kind, 0.9, "", first, last)

    spans = [span(at["Krakowskiego"], at["Krakowskiego"], "place"),
             span(at["Instytutu"], at["Zdrowia"], "organization")]
    joined = with_adjective_before(spans, pieces)
    assert [(s.first, s.last, s.kind) for s in joined] == \
        [(at["Krakowskiego"], at["Zdrowia"], "organization")]
    # The rules' cut after a place's genitive leaves the adjective with its noun.
    tokens = tokenize(text)
    run = [i for i, t in enumerate(tokens) if t.text in ("Krakowskiego", "Instytutu", "Zdrowia")]
    assert split_glued(run, tokens) == [run]
    # A country's name (no adjective) in another case stays apart.
    spans = [span(at["Rosji"], at["Rosji"], "place"),
             span(at["Instytut"], at["Instytut"], "organization")]
    assert len(with_adjective_before(spans, pieces)) == 2


def test_a_names_number_and_its_foreign_words_stay_in_it():
    from dossier.extract.mentions import extract_mentions
    from dossier.ingest import article_from_text

    article = article_from_text("Budowa gazociągu Nord Stream 2 została wstrzymana. Gazprom "
                                "buduje Nord Stream 2, a Niemcy protestują. Spotkali się w "
                                "Nowym Jorku 2 maja.\n", "a0", "a0.txt")[0]
    texts = [m.text for m in extract_mentions(article).mentions]
    assert texts.count("Nord Stream 2") == 2
    assert "Nowym Jorku" in texts  # a date's day is no part of a name


def test_an_abbreviated_adjective_after_a_name_is_part_of_it():
    from dossier.extract.mentions import extract_mentions
    from dossier.ingest import article_from_text

    article = article_from_text("Granica z Irlandią Płn. pozostanie otwarta. Korea Płn. grozi "
                                "sąsiadom, a Irlandii Płn. nic nie grozi.\n", "a0", "a0.txt")[0]
    texts = [m.text for m in extract_mentions(article).mentions]
    assert {"Irlandią Płn.", "Korea Płn.", "Irlandii Płn."} <= set(texts)
    assert "Płn." not in texts


def test_a_place_head_in_the_plural_is_no_part_of_a_name():
    from dossier.extract.mentions import extract_mentions
    from dossier.ingest import article_from_text

    article = article_from_text("Tłumy przeszły ulicami Londynu. Mieszka przy ulicy "
                                "Mickiewicza.\n", "a0", "a0.txt")[0]
    texts = [m.text for m in extract_mentions(article).mentions]
    assert "Londynu" in texts and "ulicami Londynu" not in texts
    assert "ulicy Mickiewicza" in texts


def test_an_indeclinable_place_may_open_a_name():
    tokens = tokenize("Według Cambridge Analytica i MSZ Kazachstanu Ajbek Smadijarow.")
    words = [i for i, t in enumerate(tokens) if t.is_word]
    # Cambridge is the same in every case: no genitive before the next name.
    assert split_glued(words[1:3], tokens) == [words[1:3]]
    assert split_glued(words[4:8], tokens) == [words[4:6], words[6:8]]


def _cut(text: str, first: str, last: str) -> list[str]:
    """The names split_glued cuts the words from ``first`` to ``last`` of ``text`` into."""
    tokens = tokenize(text)
    words = [t.text for t in tokens]
    run = [i for i in range(words.index(first), words.index(last) + 1) if tokens[i].is_word]
    return [" ".join(tokens[i].text for i in part) for part in split_glued(run, tokens)]


def test_a_body_and_the_person_after_a_role_are_two_names():
    # After a role noun, a genitive (or an acronym) names the role's scope and the first name
    # and surname after it the person, even when the dictionary knows neither.
    assert _cut("Szef MSW Piero Baldini mówił o granicach.", "MSW", "Baldini") == \
        ["MSW", "Piero Baldini"]
    assert _cut("Prezes Gazoprzesyłu Ołeh Nazarczuk podpisał umowę.",
                "Gazoprzesyłu", "Nazarczuk") == ["Gazoprzesyłu", "Ołeh Nazarczuk"]
    assert _cut("Premier Węgier Laszlo Kovacs przyjechał.", "Węgier", "Kovacs") == \
        ["Węgier", "Laszlo Kovacs"]
    assert _cut("Premier Ukrainy Ołeksij Marczenko przyjechał.", "Ukrainy", "Marczenko") == \
        ["Ukrainy", "Ołeksij Marczenko"]
    assert _cut("Szef Rady Starszych Tatarów Krymskich Enwer Kurtow zabrał głos.",
                "Rady", "Kurtow") == ["Rady Starszych Tatarów Krymskich", "Enwer Kurtow"]


def test_a_domain_or_an_acronym_before_a_first_name_ends_there():
    assert _cut("Jak powiedział Wiadomosci.pl Dieter Hoffmann, sprawa jest pilna.",
                "Wiadomosci.pl", "Hoffmann") == ["Wiadomosci.pl", "Dieter Hoffmann"]
    assert _cut("Według NBP Adam Kowalczyk odszedł.", "NBP", "Kowalczyk") == \
        ["NBP", "Adam Kowalczyk"]


def test_a_name_whose_genitive_words_go_on_is_not_cut():
    assert _cut("Rektor Uniwersytetu Jana Kochanowskiego przemawiał.", "Uniwersytetu",
                "Kochanowskiego") == ["Uniwersytetu Jana Kochanowskiego"]
    assert _cut("Prezes Fundacji Stefana Batorego przemawiał.", "Fundacji", "Batorego") == \
        ["Fundacji Stefana Batorego"]
    assert _cut("Prezydent Recep Tayyip Erdogan przemawiał.", "Recep", "Erdogan") == \
        ["Recep Tayyip Erdogan"]
    assert _cut("Premier Jan Krzysztof Bielecki przemawiał.", "Jan", "Bielecki") == \
        ["Jan Krzysztof Bielecki"]
    assert _cut("Program BBC Scotland News pokazał.", "BBC", "News") == ["BBC Scotland News"]


def test_a_person_of_four_names_after_a_body_stays_whole():
    assert _cut("Prezydent Meksyku Andres Manuel Lopez Obrador powiedział.", "Meksyku",
                "Obrador") == ["Meksyku", "Andres Manuel Lopez Obrador"]


def test_an_institutions_name_and_the_person_after_an_adjective_and_a_role():
    assert _cut("Posłanka opozycyjnej Partii Pracy Molly Hewson zabrała głos.", "Partii",
                "Hewson") == ["Partii Pracy", "Molly Hewson"]
    assert _cut("Premier Kim Sung Hwan przyjechał.", "Kim", "Hwan") == ["Kim Sung Hwan"]


def test_a_surname_in_a_companys_name_ends_no_body():
    # (Not cut after Goldman, a surname's genitive too: the company's name stays whole.)
    cut = _cut("Dyrektor generalny Goldman Sachs Lloyd Bennett przemawiał.", "Goldman",
               "Bennett")
    assert "Sachs Lloyd Bennett" not in cut and cut[0].startswith("Goldman Sachs")


def test_a_person_after_a_role_and_the_surname_it_belongs_to():
    assert _cut("Doradca premier Smith Stephen Parkerson odszedł.", "Smith",
                "Parkerson") == ["Smith", "Stephen Parkerson"]


def test_the_body_cut_off_before_a_person_is_no_person():
    # The role noun's cue ("szef": a person) is the person's after the body, not the body's.
    from dossier.extract.mentions import extract_mentions
    from dossier.ingest import article_from_text

    article = article_from_text("Wczoraj szef Gazoprzesyłu Ołeh Nazarczuk podpisał umowę.\n",
                                "a0", "a0.txt")[0]
    cues = {m.text: m.kind_cue for m in extract_mentions(article).mentions}
    assert cues.get("Ołeh Nazarczuk") == "person"
    assert cues.get("Gazoprzesyłu", "absent") != "person"
