"""Canonical names (link/names.py, issue 19 item 2): first names in their own language's
nominative, rulers' numbers, compound adjectives, and what a person's name can be made of.
Hand-written examples, no corpus text."""

from __future__ import annotations

from dossier.extract.mentions import extract_mentions
from dossier.ingest import article_from_text
from dossier.link import link_actors
from dossier.link.kinds import looks_like_person as _looks_like_person
from dossier.link.lemmas import phrase_lemma, polish_spelling
from dossier.link.names import is_roman_numeral


def _names(*texts: str) -> dict[str, str]:
    articles = [article_from_text(t, f"a{i}", f"a{i}.txt")[0] for i, t in enumerate(texts)]
    actors, _ = link_actors(articles, [extract_mentions(a) for a in articles])
    return {f: a.name for a in actors for f in a.forms}


def test_polish_first_names_in_the_polish_nominative():
    # Morfeusz reads Jackiem as Jack's or Jacek's, Markiem as Marco's or Marek's.
    assert phrase_lemma(("Jackiem", "Kowalskim"), {}, True) == "Jacek Kowalski"
    assert phrase_lemma(("Jacka", "Nowaka"), {}, True) == "Jacek Nowak"
    assert phrase_lemma(("Markiem", "Kowalskim"), {}, True) == "Marek Kowalski"
    assert phrase_lemma(("Roberta", "Nowaka"), {}, True) == "Robert Nowak"


def test_a_first_name_written_elsewhere_wins():
    names = _names("Minister Jack Nowak przyjechał do Brukseli. Rozmawiano z Jackiem Nowakiem.\n")
    assert names["Jackiem Nowakiem"] == names["Jack Nowak"]


def test_first_names_in_an_article():
    names = _names("Prezydent spotkał się z Jackiem Wołodźką i Markiem Nowakiem w Sejmie.\n")
    assert names["Jackiem Wołodźką"] == "Jacek Wołodźko"
    assert names["Markiem Nowakiem"] == "Marek Nowak"


def test_polish_spelling():
    assert polish_spelling("Jacek") and polish_spelling("Marek") and polish_spelling("Staś")
    assert not polish_spelling("Jack") and not polish_spelling("Marco")
    assert not polish_spelling("Otto") and not polish_spelling("Vladimir")


def test_roman_numerals_stay():
    assert is_roman_numeral("II") and is_roman_numeral("XXIV") and not is_roman_numeral("IIII")
    assert not is_roman_numeral("MSZ") and not is_roman_numeral("")
    assert phrase_lemma(("Jana", "Pawła", "II"), {}, _looks_like_person(
        ("Jana", "Pawła", "II"))) == "Jan Paweł II"
    assert phrase_lemma(("II", "wojny", "światowej"), {}, False) == "II wojna światowa"


def test_a_compound_adjective_inflects_its_last_part():
    assert phrase_lemma(("Poradni", "Psychologiczno-Pedagogicznej"), {}, False) == \
        "Poradnia Psychologiczno-Pedagogiczna"


def test_a_common_noun_and_its_genitive_are_no_person():
    assert not _looks_like_person(("Pucharze", "Świata"))
    assert not _looks_like_person(("Ministra", "Gospodarki"))
    assert not _looks_like_person(("Reporterów", "bez", "Granic"))
    assert phrase_lemma(("Ministra", "Gospodarki"), {}, _looks_like_person(
        ("Ministra", "Gospodarki"))) == "Minister Gospodarki"
    # ... but a first name and a surname, particles and titles included, are.
    assert _looks_like_person(("Jana", "Kowalskiego"))
    assert _looks_like_person(("Ludwiga", "van", "Beethovena"))
    assert _looks_like_person(("św.", "Mikołaja"))


def test_a_hyphenated_surname_declines_part_by_part():
    assert phrase_lemma(("Katarzyny", "Kowalskiej-Nowak"), {}, True) == "Katarzyna Kowalska-Nowak"


def test_two_nouns_joined_as_one_name_both_decline():
    assert phrase_lemma(("Prawa", "i", "Sprawiedliwości"), {}, False) == "Prawo i Sprawiedliwość"
    assert phrase_lemma(("Bośni", "i", "Hercegowinie"), {}, False) == "Bośnia i Hercegowina"
    # A genitive pair after the head stays.
    assert phrase_lemma(("Ministerstwa", "Rolnictwa", "i", "Rozwoju", "Wsi"), {}, False) == \
        "Ministerstwo Rolnictwa i Rozwoju Wsi"


def test_an_unknown_surname_takes_the_case_its_first_name_tells():
    # Invented surnames the dictionary does not know, each seen once: the first name's case
    # (or an adjectival surname's) says which ending to take off.
    assert phrase_lemma(("Jacka", "Brindleya"), {}, True) == "Jacek Brindley"
    assert phrase_lemma(("Richardem", "Quobbem"), {}, True) == "Richard Quobb"
    assert phrase_lemma(("Beaty", "Wrzosolanki"), {}, True) == "Beata Wrzosolanka"
    # (The adjectival surname as the dossier's grouping of unknown words reads it.)
    assert phrase_lemma(("Dimitara", "Wrzosolskiego"), {"Wrzosolskiego": "Wrzosolski"},
                        True) == "Dimitar Wrzosolski"
    # A first name in the nominative tells nothing: the surname stays as written.
    assert phrase_lemma(("Jacek", "Brindleya"), {}, True) == "Jacek Brindleya"
    # A surname the dossier grouped otherwise keeps the dossier's nominative.
    assert phrase_lemma(("Jacka", "Brindleya"), {"Brindleya": "Brindleyo"}, True) == \
        "Jacek Brindleyo"


def test_a_surname_the_dictionary_knows_only_in_the_plural_stands_as_written():
    # Morfeusz reads "Steele" only as the depreciative plural of a surname Steel, and
    # "Bond" only as the genitive plural of a surname Bonda: one person's surname is neither.
    assert phrase_lemma(("Tom", "Steele"), {}, True) == "Tom Steele"
    assert phrase_lemma(("Tom", "Bond"), {}, True) == "Tom Bond"
    names = _names("Do Krakowa przyjechał Steele, a za nim inni.\n")
    assert "Steel" not in names.values()
    # A plural surname with another reading still takes it (Kazimierz Wielki).
    assert phrase_lemma(("Kazimierz", "Wielki"), {}, True) == "Kazimierz Wielki"


def test_an_unknown_word_in_e_is_no_womans_name_in_a():
    # A feminine -a name has -e only after ł's l (Wisła, Wiśle); "Anne" is no form of Anna.
    from dossier.link.unknown import nominative_candidates

    assert "Anna" not in nominative_candidates("Anne")
    assert "Zawiła" in nominative_candidates("Zawile")
    names = _names("Anne Steele rozmawiała z Anną Kowalską. Anna Kowalska nie odpowiedziała.\n")
    assert names["Anne Steele"] == "Anne Steele"


def test_an_unknown_first_name_takes_the_case_its_surname_tells():
    # "Nowaka" is only ever a man's surname in the genitive or accusative: so is the first
    # name the dictionary does not know.
    assert phrase_lemma(("Dorrana", "Nowaka"), {}, True) == "Dorran Nowak"
    # A surname that may be in the nominative tells nothing.
    assert phrase_lemma(("Dorrana", "Nowak"), {}, True) == "Dorrana Nowak"


def test_a_common_noun_and_a_surname_in_another_case_are_no_person():
    # "Pucharze Davisa": a trophy in the locative and its name's genitive; a first name and
    # a surname agree in case. A surname that may be in the nominative tells nothing.
    assert not _looks_like_person(("Pucharze", "Davisa"))
    assert not _looks_like_person(("Placu", "Piłsudskiego"))
    assert _looks_like_person(("Tony", "Blair"))
    assert _looks_like_person(("Jacka", "Nowaka"))


def test_a_lone_institution_noun_is_the_institution():
    # "Rady", "Radzie" alone: the council, not the surname Rado nor the village Radzie.
    from dossier.link.lemmas import word_lemma

    assert word_lemma("Rady", {}) == "Rada"
    assert word_lemma("Radzie", {}) == "Rada"
    assert word_lemma("Sejmu", {}) == "Sejm"
    assert word_lemma("Krakowa", {}) == "Kraków"


def test_a_news_agency_cited_in_the_text_is_an_actor():
    # PAP, like TASS or Reuters, when the text cites or speaks to it (a credit line is no
    # text: tests/test_not_actors.py).
    names = _names("Minister Jan Nowak powiedział w rozmowie z PAP, że umowa jest gotowa.\n")
    assert "PAP" in names


def test_an_abbreviated_adjective_in_a_name_is_written_out():
    from dossier.link.canonical import canonical

    assert canonical(("Wlk.", "Brytanii"), {}, frozenset()).name == "Wielka Brytania"
    assert canonical(("Korei", "Płd."), {}, frozenset()).name == "Korea Południowa"
    assert canonical(("Irlandią", "Płn"), {}, frozenset()).name == "Irlandia Północna"


def test_an_acronym_of_a_common_noun_is_no_actor():
    names = _names("Wzrost PKB wyniósł trzy procent, a ceny LNG spadły, mówi Jan Nowak.\n")
    assert "PKB" not in names and "LNG" not in names
    assert "Jan Nowak" in names


def test_a_plural_noun_heads_its_name_wherever_it_stands():
    # Between its adjectives, and before a preposition's phrase, which stays as written.
    assert phrase_lemma(("Narodowych", "Sił", "Zbrojnych"), {}, False) == "Narodowe Siły Zbrojne"
    assert phrase_lemma(("Polskich", "Sił", "Zbrojnych"), {}, False) == "Polskie Siły Zbrojne"
    assert phrase_lemma(("Lekarzy", "bez", "Granic"), {}, False) == "Lekarze bez Granic"


def test_an_initial_ends_no_sentence_and_stays_in_the_name():
    from dossier.extract.tokens import tokenize

    tokens = tokenize("Prezes Jan W. Kowalski przyjechał.")
    assert not next(t for t in tokens if t.text == "Kowalski").sentence_initial
    names = _names("Wczoraj prezes Jan W. Kowalski otworzył fabrykę. Według K. Ulatowskiego "
                   "to dobry plan. Janowi W. Kowalskiemu dziękowano.\n")
    assert names["Jan W. Kowalski"] == names["Janowi W. Kowalskiemu"] == "Jan W. Kowalski"
    assert names["K. Ulatowskiego"] == "K. Ulatowski"


def test_an_abbreviated_adjective_before_a_place():
    # "W. Brytanii" is Wielka Brytania, as "Wlk. Brytanii" is; an initial before a surname
    # stays one.
    names = _names("Ambasador W. Brytanii przyjechał do Krakowa. Rząd Wielkiej Brytanii "
                   "milczy.\n")
    assert names["W. Brytanii"] == names["Wielkiej Brytanii"] == "Wielka Brytania"


def test_a_first_name_written_in_the_nominative_is_that_name():
    from dossier.link.lemmas import word_lemma

    # Not the genitive of the villages Jarki, Rafały.
    assert word_lemma("Jarek", {}) == "Jarek"
    assert word_lemma("Rafał", {}) == "Rafał"
    assert word_lemma("Jarka", {}) in ("Jarek", "Jarka")


def test_of_two_places_a_form_may_be_the_annotated_one_wins():
    from dossier.link.lemmas import word_lemma

    # Łodzi: the city Łódź or the village Łodzia, to the dictionary alike
    # (data/name_lemmas.yml, derived from KPWr's train split).
    assert word_lemma("Łodzi", {}) == "Łódź"
    assert word_lemma("Wilanowie", {}) == "Wilanów"


def test_an_initial_written_without_a_space():
    from dossier.link.canonical import canonical

    assert canonical(("W.Brytanii",), {}, frozenset()).name == "Wielka Brytania"
    assert canonical(("J.Kowalskiego",), {}, frozenset()).name == "J. Kowalski"
    assert canonical(("Jana", "W", "Kowalskiego"), {}, frozenset()).name == "Jan W. Kowalski"


def test_a_foreign_name_ending_in_om_stays_in_the_nominative():
    from collections import Counter

    from dossier.link.unknown import resolve_unknown

    # -om is no case ending here: Gazprom alone in a dossier is Gazprom, not "Gazpry".
    assert resolve_unknown(Counter({"Gazprom": 1}))["Gazprom"] == "Gazprom"
    assert resolve_unknown(Counter({"Gazpromu": 1, "Gazprom": 1}))["Gazpromu"] == "Gazprom"
