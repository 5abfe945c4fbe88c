"""The world's places and bodies under their English and Polish names, from two well-kept
sources rather than tables of our own: ISO 3166 through ``pycountry`` (countries by their
common and official names, their subdivisions down to cities, the Polish names from its
gettext catalogues) and the Unicode CLDR through ``babel`` (the countries' short names, the
European Union and the United Nations, continents, and the cities the time zones are named
after: Kyiv/Kijów, Moscow/Moskwa).

Each name is looked up to the identities it stands for (an ISO code, a CLDR region, a time
zone's city), so an English and a Polish name of one place meet (link/rules/languages.py),
and to its kind (an English article has no dictionary to say that Paris is a place).

Building the table from the two libraries costs about 0.3 s of CPU (and 0.2 s to import
them), paid in every build's link: it is kept as data instead (data/world.json, written by
scripts/world_table.py), under the libraries' versions it was made with. Another version
installed, the table is built from the libraries as before (once a process), so it is never
stale; tests/test_world_table.py checks the data against a fresh build."""

from __future__ import annotations

import functools
import gettext
import json
import re
from dataclasses import dataclass
from importlib import metadata, resources

from .. import lexicon

LANGUAGES = ("en", "pl")
# CLDR regions that are bodies, not places; other regions (continents) are places.
_BODIES = {"EU": "organization", "UN": "organization"}
_SKIP_REGIONS = {"EZ", "ZZ", "QO", "001"}  # the eurozone, "unknown", "outlying", "world"
_BRACKETS = re.compile(r"\s*\[.*?\]")


@dataclass(frozen=True)
class Place:
    """What the sources say of one name: the identities it stands for, and its kind."""

    ids: frozenset[str]
    kind: str


@dataclass(frozen=True)
class World:
    names: dict[str, Place]  # a name (English or Polish) -> what it stands for
    shown: dict[tuple[str, str], str]  # (identity, language) -> the name a reader knows


def _usable(name: str | None) -> str | None:
    """A name as a text writes it: no ISO inversion ("Korea, Republic of"), no bracketed
    local name, a capital first."""
    if not name:
        return None
    name = _BRACKETS.sub("", name).strip()
    if "," in name or not name[:1].isupper() or "(" in name:
        return None
    return name


class _Builder:
    def __init__(self) -> None:
        self.names: dict[str, tuple[set, str]] = {}
        self.shown: dict[tuple[str, str], str] = {}

    def add(self, name: str | None, ident: str, kind: str, language: str,
            shown: bool = False) -> None:
        name = _usable(name)
        if name is None:
            return
        self.names.setdefault(name, (set(), kind))[0].add(ident)  # the first source's kind
        if shown:
            self.shown.setdefault((ident, language), name)


def _catalogue(domain: str):
    import pycountry

    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=["pl"], fallback=True)


def _cldr(b: _Builder) -> None:
    from babel import Locale
    from babel.core import get_global
    from babel.dates import get_timezone_location

    locales = {lang: Locale(lang) for lang in LANGUAGES}
    for lang, locale in locales.items():
        for code, name in sorted(locale.territories.items()):
            if code in _SKIP_REGIONS or "-" in code:
                continue
            ident = f"iso:{code}" if code.isalpha() else f"region:{code}"
            b.add(name, ident, _BODIES.get(code, "place"), lang, shown=True)
            if code in _BODIES:  # the bodies' codes are their English acronyms: the EU, the UN
                b.add(code, ident, _BODIES[code], "en")
    for zone in sorted(get_global("zone_territories")):
        if "/" not in zone or zone.startswith("Etc/"):
            continue
        for lang in LANGUAGES:
            city = get_timezone_location(zone, locale=lang, return_city=True)
            b.add(city, f"tz:{zone}", "place", lang, shown=True)


def _iso(b: _Builder) -> None:
    import pycountry

    countries, subdivisions = _catalogue("iso3166-1"), _catalogue("iso3166-2")
    for c in pycountry.countries:
        for field in ("name", "common_name", "official_name"):
            name = getattr(c, field, None)
            if name:
                b.add(name, f"iso:{c.alpha_2}", "place", "en")
                b.add(countries.gettext(name), f"iso:{c.alpha_2}", "place", "pl")
    for s in pycountry.subdivisions:
        b.add(s.name, f"sub:{s.code}", "place", "en")
        b.add(subdivisions.gettext(s.name), f"sub:{s.code}", "place", "pl")


def _official_parts(b: _Builder) -> None:
    """The lands an official name says a country is made of, when no other name has them:
    "United Kingdom of Great Britain and Northern Ireland" names Great Britain (Northern
    Ireland is a subdivision's own), "United States of America" America. A part opening
    with an adjective English writes in lower case ("Great") is said without it too
    ("Britain"). A part two countries' names share ("Korea") is left out: it names neither."""
    import pycountry

    lower = lexicon.words("english_common", "words") | \
        lexicon.words("english_common", "often_lower")
    found: dict[str, set[str]] = {}
    for c in pycountry.countries:
        official = getattr(c, "official_name", None) or ""
        if " of " not in official or "," in official:
            continue
        for part in official.split(" of ", 1)[1].split(" and "):
            words = part.removeprefix("the ").split()
            names = [words] + ([words[1:]] if len(words) > 1 and words[0].lower() in lower
                               else [])
            for name in (" ".join(w) for w in names):
                found.setdefault(name, set()).add(c.alpha_2)
    for c in pycountry.countries:  # "Korea, Republic of" shares Korea
        for field in ("name", "common_name", "official_name"):
            words = set((getattr(c, field, None) or "").replace(",", " ").split())
            for name, codes in found.items():
                if set(name.split()) <= words:
                    codes.add(c.alpha_2)
    for name, codes in sorted(found.items()):
        if len(codes) == 1 and name not in b.names and name[:1].isupper():
            b.add(name, f"iso:{min(codes)}", "place", "en")


def build_world() -> World:
    """The table from the libraries themselves."""
    b = _Builder()
    _cldr(b)  # first: its kinds (the EU a body) and its short names win
    _iso(b)
    _official_parts(b)
    return World({n: Place(frozenset(ids), kind) for n, (ids, kind) in b.names.items()},
                 b.shown)


LIBRARIES = ("pycountry", "babel")
DATA = "world.json"


def library_versions() -> dict[str, str]:
    """The installed versions of the libraries the table is made of (no import of them)."""
    return {name: metadata.version(name) for name in LIBRARIES}


def world_data(table: World, words: frozenset[str]) -> dict:
    """The table and the country words as data (data/world.json), in a fixed order."""
    return {"versions": library_versions(),
            "names": {n: [p.kind, sorted(p.ids)] for n, p in sorted(table.names.items())},
            "shown": [[i, lang, n] for (i, lang), n in sorted(table.shown.items())],
            "country_words": sorted(words)}


@functools.cache
def _stored() -> dict | None:
    """data/world.json, when it was made with the libraries' installed versions."""
    try:
        data = json.loads(resources.files("dossier").joinpath("data", DATA).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return data if data.get("versions") == library_versions() else None


@functools.cache
def world() -> World:
    data = _stored()
    if data is None:
        return build_world()
    return World({n: Place(frozenset(ids), kind) for n, (kind, ids) in data["names"].items()},
                 {(i, lang): n for i, lang, n in data["shown"]})


def lookup(name: str) -> Place | None:
    """What the sources say of a name written so (English or Polish nominative), or None."""
    return world().names.get(name)


def shown_name(ident: str, language: str) -> str | None:
    """The name a reader of ``language`` knows the place or body ``ident`` by."""
    return world().shown.get((ident, language))


def build_country_words() -> frozenset[str]:
    """The words of the countries', the United Kingdom's nations' and the continents'
    English names (Britain, America, Scotland, Asia): what a nationality's adjective is
    made of."""
    import pycountry
    from babel import Locale

    out: set[str] = set()
    for c in pycountry.countries:
        for field in ("name", "common_name", "official_name"):
            out.update(w for w in (getattr(c, field, None) or "").replace(",", " ").split()
                       if w[:1].isupper() and len(w) >= 4)
    for s in pycountry.subdivisions.get(country_code="GB"):
        if s.type in ("Country", "Province"):
            out.update(w for w in _BRACKETS.sub("", s.name).split() if len(w) >= 4)
    # The continents (CLDR's regions): Asian, African, European.
    for code, name in Locale("en").territories.items():
        if code.isdigit() and code not in _SKIP_REGIONS:
            out.update(w for w in name.split() if w[:1].isupper() and len(w) >= 4)
    return frozenset(out)


@functools.cache
def country_words() -> frozenset[str]:
    data = _stored()
    return build_country_words() if data is None else frozenset(data["country_words"])
