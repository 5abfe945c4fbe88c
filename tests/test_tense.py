"""Dates by tense: a weekday or a relative day resolved against the article's date in the
direction its verb points, every weekday in both tenses, each relative form, Polish and English.
The article is dated Tuesday 17 September 2024."""

import datetime as dt

import pytest

from dossier.extract.dates import direction_at, find_expressions, resolve
from dossier.extract.tense import FUTURE, PAST, PRESENT, polish_tense
from dossier.model import PartialDate

TUESDAY = PartialDate(2024, 9, 17)

POLISH = [
    # every weekday, future then past
    ("W poniedziałek minister spotka się z ambasadorem.", "W poniedziałek", "2024-09-23"),
    ("W poniedziałek minister spotkał się z ambasadorem.", "W poniedziałek", "2024-09-16"),
    # the article's own weekday ahead is that same day; the next one only when named so
    ("W przyszły wtorek rząd przyjmie projekt ustawy.", "wtorek", "2024-09-24"),
    ("We wtorek rząd przyjmie projekt ustawy.", "We wtorek", "2024-09-17"),
    ("We wtorek rząd przyjął projekt ustawy.", "We wtorek", "2024-09-17"),
    ("W środę odbędzie się szczyt NATO.", "W środę", "2024-09-18"),
    ("W środę odbył się szczyt NATO.", "W środę", "2024-09-11"),
    ("W czwartek parlament będzie głosował nad budżetem.", "W czwartek", "2024-09-19"),
    ("W czwartek parlament głosował nad budżetem.", "W czwartek", "2024-09-12"),
    ("W piątek premier poleci do Brukseli.", "W piątek", "2024-09-20"),
    ("W piątek premier poleciał do Brukseli.", "W piątek", "2024-09-13"),
    ("W sobotę ulicami Warszawy przejdzie marsz.", "W sobotę", "2024-09-21"),
    ("W sobotę ulicami Warszawy przeszedł marsz.", "W sobotę", "2024-09-14"),
    ("W niedzielę odbędą się wybory uzupełniające.", "W niedzielę", "2024-09-22"),
    ("W niedzielę odbyły się wybory uzupełniające.", "W niedzielę", "2024-09-15"),
    # the present of what is scheduled, the impersonal past, the verb after the date
    ("W piątek premier leci do Brukseli.", "W piątek", "2024-09-20"),
    ("We wtorek trwają protesty przed Sejmem.", "We wtorek", "2024-09-17"),
    ("W sobotę premier planuje odwiedzić Gdańsk.", "W sobotę", "2024-09-21"),
    ("W czwartek rozpoczęto ewakuację mieszkańców.", "W czwartek", "2024-09-12"),
    ("Rozmowy będą kontynuowane w czwartek.", "w czwartek", "2024-09-19"),
    ("W czwartek wieczorem premier wygłosi orędzie.", "W czwartek wieczorem", "2024-09-19"),
    ("W poniedziałek rano wybuchły protesty.", "W poniedziałek rano", "2024-09-16"),
    ("W piątek ma się odbyć spotkanie przywódców.", "W piątek", "2024-09-20"),
    # a clause of its own: the Wednesday goes with "poinformował", the Friday with "zostaną"
    ("Minister poinformował w środę, że w piątek zostaną wysłane wojska.", "w środę",
     "2024-09-11"),
    ("Minister poinformował w środę, że w piątek zostaną wysłane wojska.", "w piątek",
     "2024-09-20"),
    # the direction named before the weekday wins
    ("W przyszły poniedziałek rozpocznie się proces.", "poniedziałek", "2024-09-23"),
    ("W zeszły czwartek policja zatrzymała podejrzanego.", "czwartek", "2024-09-12"),
    ("W ubiegłą sobotę doszło do wypadku.", "sobotę", "2024-09-14"),
    # relative days
    ("Wczoraj prezydent podpisał ustawę.", "Wczoraj", "2024-09-16"),
    ("Przedwczoraj doszło do zamieszek.", "Przedwczoraj", "2024-09-15"),
    ("Jutro prezydent podpisze ustawę.", "Jutro", "2024-09-18"),
    ("Pojutrze rozpocznie się szczyt.", "Pojutrze", "2024-09-19"),
    ("Za dwa dni rozpocznie się szczyt.", "Za dwa dni", "2024-09-19"),
    ("Za 3 dni minister przyleci do Kijowa.", "Za 3 dni", "2024-09-20"),
    ("Za tydzień ruszy budowa.", "Za tydzień", "2024-09-24"),
    ("Dwa dni temu doszło do ataku.", "Dwa dni temu", "2024-09-15"),
    ("Dziś rano doszło do eksplozji.", "Dziś", "2024-09-17"),
    ("W nocy z poniedziałku na wtorek doszło do ataku.", "W nocy z poniedziałku na wtorek",
     "2024-09-16"),
    # a week is known to its month
    ("W przyszłym tygodniu rząd przedstawi plan.", "W przyszłym tygodniu", "2024-09"),
    ("W zeszłym tygodniu rząd przedstawił plan.", "W zeszłym tygodniu", "2024-09"),
]

ENGLISH = [
    ("Smith will visit Kyiv on Friday.", "on Friday", "2024-09-20"),
    ("Smith visited Kyiv on Friday.", "on Friday", "2024-09-13"),
    ("The minister said on Monday that talks would resume.", "on Monday", "2024-09-16"),
    ("Talks are scheduled for Thursday.", "Thursday", "2024-09-19"),
    ("The team planned to leave Nairobi on Thursday.", "on Thursday", "2024-09-19"),
    ("The summit is going to open on Saturday.", "on Saturday", "2024-09-21"),
    ("The president is meeting the envoy on Sunday.", "on Sunday", "2024-09-22"),
    ("Protests broke out on Sunday.", "on Sunday", "2024-09-15"),
    ("He resigned next Tuesday.", "Tuesday", "2024-09-24"),  # the named direction wins
    ("The court ruled last Wednesday.", "last Wednesday", "2024-09-11"),
    ("Wednesday's ruling was appealed.", "Wednesday", "2024-09-11"),
    ("The deal could be signed as early as Thursday.", "Thursday", "2024-09-19"),
    ("Yesterday the bill passed.", "Yesterday", "2024-09-16"),
    ("Tomorrow the bill goes to the Senate.", "Tomorrow", "2024-09-18"),
    ("The day after tomorrow the bill goes to the Senate.", "The day after tomorrow",
     "2024-09-19"),
    ("The day before yesterday the bill passed.", "The day before yesterday", "2024-09-15"),
    ("The vote will be held in two days.", "in two days", "2024-09-19"),
    ("The vote was held two days ago.", "two days ago", "2024-09-15"),
    ("Troops arrived last week.", "last week", "2024-09"),
]


def _resolved(sentence: str, cue: str, language: str) -> str:
    at = sentence.index(cue)
    for expr in find_expressions(sentence):
        if expr.start <= at < expr.end or at <= expr.start < at + len(cue):
            r = resolve(expr, TUESDAY, direction_at(sentence, expr.start, expr.end, language))
            return r.date.value if r else None
    return None


@pytest.mark.parametrize("sentence, cue, expected", POLISH)
def test_polish_dates_by_tense(sentence, cue, expected):
    assert _resolved(sentence, cue, "pl") == expected


@pytest.mark.parametrize("sentence, cue, expected", ENGLISH)
def test_english_dates_by_tense(sentence, cue, expected):
    assert _resolved(sentence, cue, "en") == expected


def test_the_set_covers_every_weekday_in_both_tenses():
    futures, pasts = set(), set()
    for sentence, cue, value in POLISH:
        day = PartialDate.parse(value)
        if day.precision != "day" or "noc" in cue.lower():
            continue
        weekday = dt.date(day.year, day.month, day.day).weekday()
        (futures if value > TUESDAY.value else pasts).add(weekday)
    assert futures == pasts == set(range(7))


@pytest.mark.parametrize("word, tense", [
    ("poleci", FUTURE), ("poleciał", PAST), ("leci", PRESENT), ("będzie", FUTURE),
    ("podjęto", PAST), ("zostaną", FUTURE), ("może", None), ("kraju", None),
])
def test_polish_tense_of_a_word(word, tense):
    assert polish_tense(word) == tense


def test_a_month_dated_article_keeps_the_weekday_named():
    sentence = "W piątek premier poleci do Brukseli."
    expr = find_expressions(sentence)[0]
    r = resolve(expr, PartialDate(2024, 9), direction_at(sentence, expr.start, expr.end))
    assert r.date == PartialDate(2024, 9) and r.weekday == 4
