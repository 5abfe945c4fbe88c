"""A person's name written without its middle name (Recep Erdogan for Recep Tayyip
Erdogan), when only one full name reads so without it; a double surname alone, hyphenated
somewhere in the dossier (Malloch Brown for Mark Malloch-Brown). Each joins the full name.

Keys: a three-word name is found by its first and last word, which a two-word name looks up;
a name is found by itself, which a name looks up by its surname with the hyphens spaced."""

from __future__ import annotations

from collections import defaultdict

from ...extract.morph import analyse
from ..group import Group, merge


def _initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def apply(groups: dict[str, Group], languages: dict[str, str]) -> None:
    """A person's name written without its middle name (Recep Erdogan for Recep Tayyip
    Erdogan), when only one full name reads so without it; a double surname alone,
    hyphenated somewhere in the dossier (Malloch Brown for Mark Malloch-Brown). Each joins the
    full name."""
    middle_names: dict[str, list[str]] = defaultdict(list)  # first and last name -> full
    for name, g in groups.items():
        words = name.split()
        if g.kind == "person" and len(words) == 3 and not g.curated:
            middle_names[f"{words[0]} {words[2]}"].append(name)
    for name in sorted(groups):
        words = name.split()
        if len(words) != 2 or name not in groups or groups[name].kind != "person" or \
                groups[name].curated:
            continue
        longer = [n for n in middle_names.get(name, ()) if n in groups]
        if len(longer) == 1 and _initial(longer[0].split()[1]):
            # A middle initial (Donald J. Trump): the name as the news writes it, without
            # the initial, names the person.
            merge(groups, longer[0], name)
        elif len(longer) == 1:
            merge(groups, name, longer[0])
    for name in sorted(groups):
        # Not Maria Rokita for Jan Maria Rokita: a first name starts another person's name;
        # not Nord Stream for Lex Nord Stream: no hyphen makes it a surname.
        words = name.split()
        if name not in groups or groups[name].kind != "person" or len(words) < 2:
            continue
        surname = " ".join(words[1:]).replace("-", " ")
        other = groups.get(surname)
        if other is None or surname == name or " " not in surname or \
                other.kind != "person" or other.curated or groups[name].curated:
            continue
        hyphenated = surname.replace(" ", "-")
        if (hyphenated in name or hyphenated in other.aliases | groups[name].aliases) and \
                not any("imię" in a.qualifiers for a in analyse(surname.split()[0])):
            merge(groups, surname, name)


def keys(name: str) -> tuple[list[str], list[str]]:
    words = name.split()
    probe, index = [], [f"hy:{name}"]
    if len(words) == 3:
        index.append(f"mid:{words[0]} {words[2]}")
    if len(words) == 2:
        probe.append(f"mid:{name}")
    surname = " ".join(words[1:]).replace("-", " ")
    if len(words) >= 2 and " " in surname:
        probe.append(f"hy:{surname}")
    return probe, index
