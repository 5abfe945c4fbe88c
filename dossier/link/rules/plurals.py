"""An English body named in the plural, as English names a party by its members (the
Tories, the Lib Dems, the Conservatives), joins the same name in the singular (Tory, Lib
Dem) or its name with "Party" (Conservative Party), when the dossier knows one of those:
the group met in more articles gives the name. Only a plural the votes made an
organisation's, joining an organisation (a person's name in the plural, "the Johnsons",
"Princes", is no body).

Keys: a plural looks up its singulars; every name is found by itself."""

from __future__ import annotations

from ..group import Group, choose, merge


def singulars(name: str) -> list[str]:
    """The names ``name`` is the plural of: Tories -> Tory, Tory Party; Lib Dems -> Lib Dem,
    Lib Dem Party."""
    last = name.rsplit(" ", 1)[-1]
    if len(last) < 4 or not last[0].isupper() or not last.endswith("s") or last.endswith("ss"):
        return []
    stems = [name[:-3] + "y"] if last.endswith("ies") else []
    stems.append(name[:-1])
    return [n for stem in stems for n in (stem, f"{stem} Party")]


def apply(groups: dict[str, Group], languages: dict[str, str]) -> None:
    for name in sorted(groups):
        g = groups.get(name)
        if g is None or g.kind != "organization" or g.curated:
            continue
        found = [s for s in singulars(name) if s in groups and not groups[s].curated
                 and groups[s].kind == "organization"]
        if len(found) != 1:
            continue  # none, or two bodies it may be (Greens: Green, Green Party)
        target = choose("variant", [g, groups[found[0]]])
        source = found[0] if target == name else name
        groups[target].aliases.add(source)
        merge(groups, source, target)


def keys(name: str) -> tuple[list[str], list[str]]:
    return [f"plural:{s}" for s in singulars(name)], [f"plural:{name}"]
