"""What the text states outright wins over reckoning from the article's date: a year named
relative to the article ("w lutym tego roku"), a day and month named beside their weekday
("w środę 31 października"), and a weekday that is the article's own, which is that very day
unless the text says the next one ("w przyszły poniedziałek")."""

import pytest

from dossier.extract.dates import direction_at, find_expressions, resolve
from dossier.model import PartialDate

WEDNESDAY_31_OCT_2018 = PartialDate(2018, 10, 31)
MONDAY_4_JAN_2021 = PartialDate(2021, 1, 4)


def _first_date(sentence: str, anchor: PartialDate, language: str = "pl") -> str | None:
    """The date of the sentence's first expression that resolves: the one its event gets."""
    for expr in find_expressions(sentence):
        r = resolve(expr, anchor, direction_at(sentence, expr.start, expr.end, language))
        if r is not None:
            return r.date.value
    return None


@pytest.mark.parametrize("sentence, expected", [
    # the year named relative to the article, whichever month is nearer
    ("W lutym tego roku biskupi spotkali się z papieżem.", "2018-02"),
    ("W lutym ubiegłego roku biskupi spotkali się z papieżem.", "2017-02"),
    ("W lutym zeszłego roku rząd przyjął ustawę.", "2017-02"),
    ("W marcu przyszłego roku odbędą się wybory.", "2019-03"),
    ("W grudniu tego roku ruszy budowa.", "2018-12"),
    ("Dnia 15 lutego tego roku sąd wydał wyrok.", "2018-02-15"),
    ("Do 10 stycznia przyszłego roku potrwa nabór.", "2019-01-10"),
    ("Jesienią ubiegłego roku doszło do protestów.", "2017"),
    ("Do końca tego roku rząd przedstawi plan.", "2018"),
    ("W tym roku rząd przedstawi plan.", "2018"),
    # without the year named, the nearest year still decides
    ("W lutym biskupi spotkają się z papieżem.", "2019-02"),
])
def test_a_year_named_relative_to_the_article_sets_the_year(sentence, expected):
    assert _first_date(sentence, WEDNESDAY_31_OCT_2018) == expected


@pytest.mark.parametrize("sentence, anchor, expected", [
    ("W środę 31 października sąd ogłosi wyrok.", WEDNESDAY_31_OCT_2018, "2018-10-31"),
    ("W środę, 31 października, sąd ogłosił wyrok.", WEDNESDAY_31_OCT_2018, "2018-10-31"),
    ("W piątek 2 listopada sąd ogłosi wyrok.", WEDNESDAY_31_OCT_2018, "2018-11-02"),
    ("We wtorek 30 października sąd ogłosił wyrok.", PartialDate(2018, 11, 5), "2018-10-30"),
])
def test_an_explicit_day_wins_over_its_weekday(sentence, anchor, expected):
    assert _first_date(sentence, anchor) == expected


def test_the_weekday_and_its_date_are_one_expression():
    exprs = find_expressions("W środę 31 października sąd ogłosi wyrok.")
    assert [(e.cue, e.kind) for e in exprs] == [("W środę 31 października", "absolute")]


@pytest.mark.parametrize("sentence, expected", [
    # the article's own weekday, ahead in the day: that same day
    ("W poniedziałek rano dotrze kolejna dostawa szczepionek.", "2021-01-04"),
    ("Sto tysięcy dawek trafi w poniedziałek do szpitali.", "2021-01-04"),
    ("W poniedziałek wieczorem premier wygłosi orędzie.", "2021-01-04"),
    ("W poniedziałek rano dotarła kolejna dostawa.", "2021-01-04"),
    # the next one only when the text says so
    ("W przyszły poniedziałek dotrze kolejna dostawa.", "2021-01-11"),
    ("W następny poniedziałek dotrze kolejna dostawa.", "2021-01-11"),
    ("Za tydzień dotrze kolejna dostawa.", "2021-01-11"),
    # and the one before only when the text says so
    ("W zeszły poniedziałek dotarła kolejna dostawa.", "2020-12-28"),
    # other weekdays are unchanged: ahead in the future, behind in the past
    ("We wtorek dotrze kolejna dostawa.", "2021-01-05"),
    ("W niedzielę dotarła kolejna dostawa.", "2021-01-03"),
])
def test_the_articles_own_weekday_is_that_day(sentence, expected):
    assert _first_date(sentence, MONDAY_4_JAN_2021) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The minister will visit Kyiv on Monday.", "2021-01-04"),
    ("The minister will visit Kyiv next Monday.", "2021-01-11"),
    ("The minister visited Kyiv last Monday.", "2020-12-28"),
    ("The minister visited Kyiv on Monday.", "2021-01-04"),
])
def test_the_articles_own_weekday_in_english(sentence, expected):
    assert _first_date(sentence, MONDAY_4_JAN_2021, "en") == expected


def test_a_sentence_is_dated_by_the_most_precise_date_it_states():
    """"do jesieni tego roku … 29 marca 2019": the event is on the day, not in the year that
    comes first; of two days, the first."""
    from dossier.ingest import article_from_text
    from dossier.link.events import build_events

    text = (" date 2018-10-31 \nRząd ma czas do jesieni tego roku, bo Wielka Brytania opuści "
            "Unię 29 marca 2019 roku.\n\nSpotkanie odbyło się 3 września, a kolejne "
            "zaplanowano na 5 listopada.\n")
    article, _ = article_from_text(text, "a", "a.txt")
    events = build_events(article, find_expressions(article.body), [])
    assert [e.date.value for e in events] == ["2019-03-29", "2018-09-03"]
