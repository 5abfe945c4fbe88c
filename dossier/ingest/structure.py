"""Recognise what each paragraph of a news text is: prose, a subheading, a photo caption with its
credit, an embedded social post, a "see also" line, or a trailing byline.

Each rule looks at the shape of a line, never at particular names, so it serves any outlet that
lays its articles out this way."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import lexicon
from ..model import Block, PartialDate, SeeAlso

_WS = re.compile(r"\s+")
_URL = re.compile(r"(?:https?://|pic\.twitter\.com/)\S+")
# An embedded post: "text — Author (@handle) January 6, 2022"
_POST = re.compile(
    r"^(?P<text>.+?)\s+[—–]\s+(?P<author>[^—–]{1,120}?\(@[\w.]{1,40}\))\s+"
    r"(?P<month>[A-Z][a-z]+)\s+(?P<day>\d{1,2}),\s+(?P<year>\d{4})$"
)
_BYLINE = re.compile(r"^[\w.]{1,12}(?:\s?/\s?[\w.\-]{1,15}){1,3}$")
# An English signature: "By Jane Doe", "By Jane Doe, Europe correspondent".
_BY = re.compile(r"^By (?:[A-Z][\w'’.-]+ ?){1,4}(?:,[^.]{0,60})?$")
# A wire's or a site's credits closing a text: "Reporting by Jane Doe; Editing by Tom Hill",
# "Written by Jane Doe", "Additional reporting by ...".
_CREDITS = re.compile(r"^(?:additional )?(?:reporting|writing|written|editing|edited|"
                      r"compiled|words)(?: and \w+)? by [A-Z][^.]{0,120}$", re.I)
# A photo's credit or caption standing as a line of its own: "Image copyright Getty Images",
# "Image caption Ships near Odesa", "Photo: Jane Doe/AFP", "(Photo by Jane Doe/AFP via Getty
# Images)", "Picture: PA".
_PHOTO = re.compile(r"^\(?(?:image (?:copyright|source|caption)\b|(?:photo(?:graph)?|picture|"
                    r"image|credit)s?(?:\s*:|\s+by\b))", re.I)


def clean(text: str) -> str:
    """Collapse runs of whitespace to single spaces (paragraphs are one line of body text)."""
    return _WS.sub(" ", text).strip()


def _letters_upper_ratio(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(c.isupper() for c in letters) / len(letters)


def parse_caption(line: str) -> tuple[str, str] | None:
    """``Caption text / CREDIT / AGENCY/EPA`` -> (caption, credit), or None.

    A photo credit is written in capitals (photographers, agencies) after a slash-separated
    caption; prose with a slash ("and/or", "km/h") does not match because its parts are not
    capitalised credits.
    """
    if " / " not in line or line.endswith("."):
        return None
    caption, _, credit = line.partition(" / ")
    caption, credit = caption.strip(), credit.strip()
    if not caption or not credit or len(line) > 300:
        return None
    parts = [p.strip() for p in credit.split("/")]
    # Each part of a credit is an agency or an outlet in capitals, or a photographer's name
    # (two or three capitalised words: "Grain silos / Jan Nowak / REUTERS"); one in capitals.
    if not all(_letters_upper_ratio(p) >= 0.8 or _a_name(p) for p in parts) or \
            not any(_letters_upper_ratio(p) >= 0.8 for p in parts):
        return None
    return caption, credit


def _a_name(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() for w in words)


def parse_post(line: str) -> dict | None:
    """An embedded social-media post with its author and date stamp, or None."""
    m = _POST.match(line)
    if not m:
        return None
    months = lexicon.load("ingest")["post_months"]
    month = months.get(m["month"].lower())
    if month is None:
        return None
    try:
        date = PartialDate(int(m["year"]), month, int(m["day"]))
    except ValueError:
        return None
    links = tuple(_URL.findall(m["text"]))
    text = clean(_URL.sub(" ", m["text"]))
    stamp = f'{m["month"]} {m["day"]}, {m["year"]}'
    return {"text": text or clean(m["text"]), "author": clean(m["author"]), "date": date,
            "links": links, "stamp": stamp}


def parse_see_also(line: str) -> str | None:
    """``ZOBACZ: Title of another story`` -> the title, or None."""
    head, sep, rest = line.partition(":")
    if not sep or not rest.strip():
        return None
    markers = lexicon.load("ingest")["see_also_markers"]
    if head.strip().lower() in markers:
        return rest.strip()
    return None


def is_byline(line: str) -> bool:
    """A signature such as ``pdb/PAP`` or ``AW/Reuters`` (initials and an agency, no spaces),
    or an English one: ``By Jane Doe, Europe correspondent``, ``Reporting by Jane Doe;
    Editing by Tom Hill``."""
    return (len(line) <= 40 and bool(_BYLINE.match(line)) and "/" in line) or \
        (len(line) <= 90 and bool(_BY.match(line))) or bool(_CREDITS.match(line))


def photo_line(line: str) -> bool:
    """A photo's credit or caption on a line of its own, by the words that open it."""
    return len(line) <= 200 and bool(_PHOTO.match(line))


def is_heading(line: str) -> bool:
    """A subheading: a short line standing alone between paragraphs, with no final full stop."""
    words = line.split()
    if not words or len(line) > 100 or len(words) > 14:
        return False
    if line[-1] in ".,;-–—…" or line.endswith('."') or line.endswith(".”"):
        return False
    first = line[0]
    return first.isupper() or first.isdigit() or first in "\"„«'"


def _headline(paragraphs: list[str]) -> bool:
    """A first line that is a headline over its article: short, and the lead after it a
    paragraph of sentences (ending with a stop), as a text's first line is no heading
    of its own."""
    return len(paragraphs) > 2 and paragraphs[1][-1:] in ".!?\"”" and \
        len(paragraphs[1]) > len(paragraphs[0])


@dataclass
class Structure:
    """The blocks of one article with their body offsets, plus what is not body prose."""

    blocks: list[Block] = field(default_factory=list)
    see_also: list[SeeAlso] = field(default_factory=list)
    byline: str | None = None
    _offset: int = 0

    def add(self, kind: str, text: str, **extra) -> None:
        if self.blocks:
            self._offset += 2  # the "\n\n" that joins blocks into the body text
        start = self._offset
        self._offset += len(text)
        self.blocks.append(Block(kind, text, start, self._offset, **extra))


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs separated by blank lines, whitespace-collapsed, empty ones dropped."""
    return [p for p in (clean(chunk) for chunk in re.split(r"\n\s*\n", text)) if p]


def classify(paragraphs: list[str], structure: Structure | None = None) -> Structure:
    """Turn the paragraphs of a plain news text into blocks."""
    st = structure or Structure()
    last = len(paragraphs) - 1
    for i, para in enumerate(paragraphs):
        # A signature closes the text; an English one may open it ("By Jane Doe").
        if (i == last and i > 0 and is_byline(para)) or \
                (i < min(2, last) and bool(_BY.match(para)) and len(para) <= 90):
            st.byline = para
            continue
        see = parse_see_also(para)
        if see is not None:
            st.see_also.append(SeeAlso(see))
            continue
        post = parse_post(para)
        if post is not None:
            st.add("post", post["text"], author=post["author"], date=post["date"],
                   links=post["links"], stamp=post["stamp"])
            continue
        caption = parse_caption(para)
        if caption is not None:
            st.add("caption", caption[0], credit=caption[1])
            continue
        if photo_line(para):
            st.add("caption", para)
            continue
        # A heading stands between paragraphs, never the last line; the first line is one
        # (the headline) when it reads as one and the lead follows.
        if i < last and is_heading(para) and (i > 0 or _headline(paragraphs)):
            st.add("heading", para)
            continue
        st.add("paragraph", para)
    return st
