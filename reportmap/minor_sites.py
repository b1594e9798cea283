"""When a minor site (a town abroad below the main thresholds) may stand for its name."""

from __future__ import annotations

import re
from dataclasses import replace

from geo.fold import fold
from reportmap.common_words import HOME_COUNTRIES, zipf
from reportmap.demonyms import country_of_adjective

# A minor town's name must be rarer than this in the report's language
# ("Hassan", "Corona", "Molins" are names and words first) ...
MINOR_WORD_ZIPF = 3.0
# ... unless it is a town of the language's own country, which its news name often
# ("Saint-Denis" is 4.53 in French, "Würzburg" 4.39 in German): then only a frequent word
# ("Norden" 4.65, "Croix" 4.64, "Reading" 5.14, "Essen" 5.33) is no town.
MINOR_HOME_WORD_ZIPF = 4.6
# A name that is also a country or a city of a million is that ("França" is France, not the
# Brazilian Franca; "Vienne" Vienna, not the French town). A small capital competes as any
# town: "Saint-Denis" in a report on Paris is the French town, not Réunion's capital.
BIG_CITY_POP = 1_000_000
WORD = re.compile(r"[^\W\d_]+")
# A town's name takes no article, a noun does: "im Norden", "la Gare", "el Centro", "the Deal".
ARTICLE_BEFORE = re.compile(
    r"(?:^|[^\w'’])(?:the|der|die|das|dem|den|des|im|am|vom|zum|zur|beim|ins|le|la|les|l['’]|du|"
    r"au|aux|el|los|las|del|il|lo|gli|dello|della|nel|nella|sul|sulla|o|os|as|do|dos|no|na|"
    r"nos|nas|ao)\s*$",
    re.IGNORECASE,
)


def admit(candidates, body: str, language: str, gazetteer) -> list:
    """The candidates less the minor sites the text gives no support to. A longer name that
    was only a minor town gives way to the names inside it ("East London" is London's east,
    not the South African city)."""
    supported = supported_countries(candidates, body)
    out = []
    for cand in candidates:
        kept = admissible(cand, body, language, supported)
        if kept is not None:
            out.append(kept)
        elif gazetteer is not None:
            out.extend(_inner_names(cand, body, language, supported, gazetteer))
    return out


def _inner_names(cand, body: str, language: str, supported: set[str], gazetteer) -> list:
    """The names inside a dropped candidate, without its first words, else its last ones."""
    starts = [m.start() for m in re.finditer(r"(?<=\s)\S", cand.surface)]
    ends = [m.end() for m in re.finditer(r"\S(?=\s)", cand.surface)]
    pieces = [(i, len(cand.surface)) for i in starts] + [(0, j) for j in reversed(ends)]
    for lo, hi in pieces:
        found = [
            replace(c, start=cand.start + lo + c.start, end=cand.start + lo + c.end)
            for c in gazetteer.find(cand.surface[lo:hi])
        ]
        kept = [k for k in (admissible(c, body, language, supported) for c in found) if k]
        if kept:
            return kept
    return []


def supported_countries(candidates, body: str = "") -> set[str]:
    """Countries the report names, names a place of without doubt (one site, not minor), or
    names by their adjective ("the Greek border", "ville serbe", "польской границы")."""
    named = set()
    for cand in candidates:
        full = [site for site in cand.sites if not site.minor]
        if len(full) == 1 and full[0].country:
            named.add(full[0].country)  # "New York", though a Ukrainian village shares it
    if any(site.minor for cand in candidates for site in cand.sites):
        named.update(filter(None, map(country_of_adjective, set(WORD.findall(body)))))
    return named


def _is_word(surface: str, language: str, country: str) -> bool:
    """Whether the name is a frequent word (or name) of the report's language."""
    home = country in HOME_COUNTRIES.get(language, ())
    return zipf(surface, language) >= (MINOR_HOME_WORD_ZIPF if home else MINOR_WORD_ZIPF)


def _may_be(site, cand, body: str, language: str, supported: set[str]) -> bool:
    """A minor town: its country named in the report, one of its own names as written (no
    guessed spelling, no case ending: "Каспийским" is the Caspian, not Kaspiysk), capitalised
    ("ministère de la Défense"), not part of a hyphenated word ("Croix-Rouge"), after no
    article, and no frequent word."""
    surface = cand.surface
    before = body[max(0, cand.start - 12) : cand.start]
    return (
        site.country in supported
        and not before.endswith("-")
        and not body.startswith("-", cand.end)
        and not ARTICLE_BEFORE.search(before)
        and not cand.key.startswith("~")
        and surface[:1].isupper()
        and fold(surface) in {fold(a) for a in (site.name, *site.aliases)}
        and not _is_word(surface, language, site.country)
        and not _is_surname(body, surface)
    )


# A capitalised word before the name inside a sentence: a given name ("Kofi Annan").
_GIVEN_BEFORE = r"(?<=[a-zà-ÿа-яё,] )[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё]+\s+"


def _is_surname(body: str, surface: str) -> bool:
    """The report writes the name after a given name somewhere: "Kofi Annan … Annan pediu"."""
    return re.search(_GIVEN_BEFORE + re.escape(surface) + r"(?![\w-])", body) is not None


def admissible(cand, body: str, language: str, supported: set[str]):
    """The candidate without the minor sites it cannot be; None when no site is left."""
    if not any(site.minor for site in cand.sites):
        return cand
    outranked = any(
        not s.minor and (s.kind == "country" or s.population >= BIG_CITY_POP) for s in cand.sites
    )
    sites = tuple(
        s for s in cand.sites
        if not s.minor or (not outranked and _may_be(s, cand, body, language, supported))
    )
    if not sites:
        return None
    return cand if len(sites) == len(cand.sites) else replace(cand, sites=sites)
