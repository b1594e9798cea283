"""The gazetteer and its place-name matcher (Aho-Corasick over folded aliases).

`load_gazetteer()` reads geo/data/gazetteer.csv once per process; `Gazetteer.find(text)` returns
every longest, non-overlapping alias match on word boundaries, each with all the sites sharing
that alias (homonyms are kept: disambiguation happens in extraction). Sites in a candidate are in
gazetteer order: curated entries first, then Syria, countries, capitals, other cities.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import ahocorasick

from geo.fold import (
    APOSTROPHES,
    DASHES,
    IGNORABLE,
    cased_variants,
    fold,
    is_all_caps,
    is_word_char,
    key_word_index,
    last_key_word_index,
    script_of,
)
from geo.spellings import generated_spellings
from reportmap.errors import GazetteerError
from reportmap.model import Site

T = TypeVar("T")

DATA = Path(__file__).resolve().parent / "data"
DEFAULT_PATH = DATA / "gazetteer.csv"
STOP_PATH = DATA / "stop_aliases.txt"
REQUIRED_COLUMNS = ("site_id", "name", "kind", "lat", "lon", "country", "admin1", "population",
                    "source", "aliases")
# Aliases shorter than three letters are dropped, except these (folded).
SHORT_WHITELIST = frozenset({"t4", "uk", "us", "рф"})
# Arabic one-letter proclitics (and, so, with/in, to/for, like) allowed before a name.
ARABIC_PROCLITICS = frozenset("وفبلك")
# Russian case endings allowed after a Cyrillic name ("в Тартусе", "из Москвы").
RU_ENDINGS = frozenset({
    "а", "я", "у", "ю", "е", "и", "ы", "о", "ой", "ей", "ом", "ем", "ам", "ям", "ах", "ях", "ами",
    "ями", "ого", "его", "ому", "ему", "ую", "юю", "ая", "яя", "ое", "ее", "ие", "ые", "ий", "ый",
    "ых", "их", "ым", "им", "ою", "ею", "ью",
})
# The endings as the matcher sees them: folding drops the breve, so "ей" is read "еи"
# ("Латакией", "Москвой": the instrumental of a name whose last vowel is replaced).
_RU_ENDINGS_FOLDED = frozenset(fold(ending) for ending in RU_ENDINGS)
_RU_STEMMABLE = frozenset("аяоеиыьй")
# A name ending in a consonant takes no "-и" or "-ы" in the singular.
_AFTER_VOWEL_ONLY = frozenset({"и", "ы"})
_SPLIT_WORDS = re.compile(r"[\s" + re.escape("".join(DASHES)) + r"]+")

CAPS = "caps"  # the surface must be in capitals (alias "T4")
ANY = -1  # no capital needed


@dataclass(frozen=True)
class Candidate:
    """A place name found in a text: `text[start:end] == surface`."""

    start: int
    end: int
    surface: str
    sites: tuple[Site, ...]
    key: str = ""  # the folded alias that matched


@dataclass
class _Key:
    """What the automaton stores for one folded alias."""

    key: str
    site_ids: list[str]
    rules: set  # CAPS, ANY or a word index whose first letter must be upper case
    stem: bool = False  # a Cyrillic stem: a case ending must follow


def stop_norm(text: str) -> str:
    """Lower-cased, quotes and dashes unified, diacritics kept ("Şam" ≠ "Sam"); "ß" stays "ß"
    as the matcher keeps it (casefold would write "ss", and "Straße …" would never match)."""
    out = []
    for ch in text.lower():
        if ch in APOSTROPHES:
            out.append("'")
        elif ch in DASHES:
            out.append(" ")
        else:
            out.append(ch)
    return " ".join("".join(out).split())


def read_stoplist(path: Path = STOP_PATH) -> frozenset[str]:
    """Surface forms never taken as place names (one per line, '#' comments)."""
    if not path.exists():
        return frozenset()
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.add(stop_norm(line))
    return frozenset(words)


def _compress(text: str) -> tuple[str, list[int]]:
    """Folded text without ignorable marks, white space collapsed; with original offsets."""
    folded = fold(text)
    chars: list[str] = []
    index: list[int] = []
    i, n = 0, len(folded)
    while i < n:
        ch = folded[i]
        if ch.isspace():
            j = i
            newline = False
            while j < n and (folded[j].isspace() or folded[j] in IGNORABLE):
                newline = newline or folded[j] in "\n\r\u2028\u2029"
                j += 1
            chars.append("\n" if newline else " ")
            index.append(i)
            i = j
            continue
        if ch in IGNORABLE or (not ch.isalnum() and is_word_char(ch)):
            i += 1  # combining marks, tatweel, soft hyphen, zero-width characters
            continue
        chars.append(ch)
        index.append(i)
        i += 1
    return "".join(chars), index


class Gazetteer:
    """Sites by id and a matcher over their aliases."""

    def __init__(self, sites: dict[str, Site], stoplist: frozenset[str] = frozenset(),
                 path: Path | None = None) -> None:
        self.sites = sites
        self.path = path
        self.stoplist = stoplist
        self._order = {site_id: i for i, site_id in enumerate(sites)}
        self._derived: dict[Callable, object] = {}
        self._keys: dict[str, _Key] = {}
        for site in sites.values():
            for alias in {site.name, *site.aliases}:
                self._add_alias(alias, site.site_id)
        stop_keys = {" ".join(fold(stop).split()) for stop in stoplist}
        # German, French, … spellings of Arabic names (geo/translit.py, stored by
        # geo/spellings.py)
        for site_id, spelling in generated_spellings(sites.values()):
            self._add_alias(spelling, site_id, avoid=stop_keys)
        for key in stop_keys:  # stop phrases are matched too, so that they hide what they hold
            if key and key not in self._keys:
                self._keys[key] = _Key(key, [], {ANY})
        self._automaton = ahocorasick.Automaton()
        for key, entry in self._keys.items():
            entry.site_ids.sort(key=self._order.__getitem__)
            self._automaton.add_word(key, entry)
        if self._keys:
            self._automaton.make_automaton()

    def derived(self, build: Callable[[Gazetteer], T]) -> T:
        """An index computed from the sites once per gazetteer: `build(self)`, kept."""
        if build not in self._derived:
            self._derived[build] = build(self)
        return self._derived[build]  # type: ignore[return-value]

    def _add_alias(self, alias: str, site_id: str, avoid: set[str] | None = None) -> None:
        """Register an alias; a generated one (`avoid` given) takes no key of another site."""
        for cased in cased_variants(alias):
            key = cased.lower()
            letters = sum(c.isalnum() for c in key)
            if letters < 3 and key not in SHORT_WHITELIST:
                continue
            if avoid is not None and (key in avoid or self._taken_by_another(key, site_id)):
                continue
            script = script_of(cased)
            if script in ("latin", "cyrillic"):  # "газа" (of gas) is no Gaza
                rule = CAPS if is_all_caps(cased) else key_word_index(cased)
            else:
                rule = ANY
            self._register(key, site_id, ANY if rule is None else rule, stem=False)
            if script == "latin" and rule not in (None, CAPS):
                last = last_key_word_index(cased)
                if last is not None and last != rule:
                    self._register(key, site_id, last, stem=False)
            if script == "cyrillic":
                last = key.rsplit(" ", 1)[-1]
                stem_free = avoid is None or (key[:-1] not in self._keys and key[:-1] not in avoid)
                if len(last) >= 5 and last[-1] in _RU_STEMMABLE and stem_free:
                    self._register(key[:-1], site_id, ANY if rule is None else rule, stem=True)

    def _taken_by_another(self, key: str, site_id: str) -> bool:
        entry = self._keys.get(key)
        return entry is not None and site_id not in entry.site_ids

    def _register(self, key: str, site_id: str, rule: int | str, stem: bool) -> None:
        entry = self._keys.get(key)
        if entry is None:
            entry = self._keys[key] = _Key(key, [], set(), stem)
        elif not stem:
            entry.stem = False
        if site_id not in entry.site_ids:
            entry.site_ids.append(site_id)
        entry.rules.add(rule)

    def __len__(self) -> int:
        return len(self.sites)

    def get(self, site_id: str) -> Site:
        """The site with this id (KeyError if unknown)."""
        return self.sites[site_id]

    def lookup(self, name: str) -> tuple[Site, ...]:
        """Sites having `name` as an alias (folded comparison), in gazetteer order."""
        entry = self._keys.get(" ".join(fold(name).split()))
        return tuple(self.sites[s] for s in entry.site_ids) if entry else ()

    def find(self, text: str) -> list[Candidate]:
        """Every longest, non-overlapping place-name match in `text`, in text order."""
        if not text or not self._keys:
            return []
        compressed, index = _compress(text)
        found: list[tuple[int, int, _Key | None]] = []
        for last, entry in self._automaton.iter(compressed):
            start = last + 1 - len(entry.key)
            span = self._accept(text, compressed, index, start, last + 1, entry)
            if span is not None:
                found.append((span[0], span[1], None if span[2] else entry))
        # longest span first; on a tie a stop phrase, then the longest key: "Хама" is Hama,
        # not "Хам" (Cham) with a case ending
        found.sort(key=lambda f: (-(f[1] - f[0]), f[0], f[2] is not None,
                                  -len(f[2].key) if f[2] else 0))
        taken: list[tuple[int, int, _Key | None]] = []
        for start, end, entry in found:
            if all(end <= s or start >= e for s, e, _ in taken):
                taken.append((start, end, entry))
        taken.sort(key=lambda f: f[0])
        return [Candidate(s, e, text[s:e], tuple(self.sites[i] for i in entry.site_ids),
                          entry.key) for s, e, entry in taken if entry is not None]

    def _accept(self, text: str, compressed: str, index: list[int], cstart: int, cend: int,
                entry: _Key) -> tuple[int, int, bool] | None:
        """(start, end, is_stop_phrase) of a match on word boundaries that passes the rules."""
        if not self._left_boundary(compressed, cstart):
            return None
        last = compressed[cend - 1]
        if is_word_char(last) and script_of(last) == "cyrillic":
            cend = self._ru_ending(compressed, cend, required=entry.stem)
            if cend < 0:
                return None
        else:
            glued = cend < len(compressed) and is_word_char(compressed[cend])
            if entry.stem or (glued and is_word_char(last)):
                return None
        start = index[cstart]
        end = index[cend - 1] + 1
        while end < len(text) and (text[end] in IGNORABLE or (
                not text[end].isalnum() and is_word_char(text[end]))):
            end += 1  # keep trailing combining marks with their letter
        surface = text[start:end]
        if stop_norm(surface) in self.stoplist:
            return start, end, True
        if not entry.site_ids or not self._case_ok(surface, entry.rules):
            return None
        return start, end, False

    @staticmethod
    def _left_boundary(compressed: str, cstart: int) -> bool:
        if cstart == 0 or not is_word_char(compressed[cstart]):
            return True
        prev = compressed[cstart - 1]
        if not is_word_char(prev):
            return True
        if script_of(compressed[cstart]) != "arabic":
            return False
        # Arabic proclitics: up to two one-letter prefixes glued to the name ("وحميميم").
        i = cstart - 1
        while i >= 0 and cstart - i <= 2 and compressed[i] in ARABIC_PROCLITICS:
            if i == 0 or not is_word_char(compressed[i - 1]):
                return True
            i -= 1
        return False

    @staticmethod
    def _ru_ending(compressed: str, cend: int, required: bool) -> int:
        """End of the word after an optional Russian case ending, or -1 if not a word end."""
        j = cend
        while j < len(compressed) and is_word_char(compressed[j]):
            j += 1
        ending = compressed[cend:j]
        if not ending:
            return -1 if required else cend
        after_consonant = compressed[cend - 1] not in _RU_STEMMABLE
        if not required and after_consonant and ending in _AFTER_VOWEL_ONLY:
            return -1  # "Багдади" is the surname al-Baghdadi, no case of "Багдад"
        return j if ending in _RU_ENDINGS_FOLDED else -1

    @staticmethod
    def _case_ok(surface: str, rules: set) -> bool:
        if ANY in rules or script_of(surface) not in ("latin", "cyrillic"):
            return True
        letters = [c for c in surface if c.isalpha()]
        if CAPS in rules and letters and all(c.isupper() for c in letters):
            return True
        words = [w for w in _SPLIT_WORDS.split(surface) if w]
        for rule in rules:
            if rule == CAPS:
                continue
            word = words[rule] if rule < len(words) else (words[0] if words else "")
            initial = next((c for c in word if c.isalpha()), "")
            if initial.isupper():
                return True
        return False


def _parse_row(row: dict, path: Path, line: int) -> Site:
    try:
        aliases = tuple(a for a in (row["aliases"] or "").split("|") if a)
        return Site(site_id=row["site_id"], name=row["name"], kind=row["kind"],
                    lat=float(row["lat"]), lon=float(row["lon"]), country=row["country"],
                    source=row["source"], aliases=aliases,
                    population=int(row["population"] or 0), admin1=row["admin1"] or "",
                    minor=row.get("minor") == "1")
    except (KeyError, ValueError, TypeError) as exc:
        raise GazetteerError(f"{path}:{line}: bad row for {row.get('site_id')!r}: {exc}") from exc


def read_sites(path: Path) -> dict[str, Site]:
    """Sites of a gazetteer CSV (or TSV), keyed by site_id, in file order."""
    if not path.exists():
        raise GazetteerError(f"{path}: gazetteer file not found",
                             hint="rebuild it with: python -m geo.build_gazetteer")
    delimiter = "\t" if path.suffix == ".tsv" else ","
    sites: dict[str, Site] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter=delimiter)
        missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise GazetteerError(f"{path}: missing columns {', '.join(missing)}")
        for line, row in enumerate(reader, start=2):
            site = _parse_row(row, path, line)
            if site.site_id in sites:
                raise GazetteerError(f"{path}:{line}: duplicate site_id {site.site_id!r}")
            sites[site.site_id] = site
    return sites


@lru_cache(maxsize=4)
def _load(path: Path, stop_path: Path) -> Gazetteer:
    return Gazetteer(read_sites(path), read_stoplist(stop_path), path)


def load_gazetteer(path: str | Path | None = None,
                   stop_path: str | Path | None = None) -> Gazetteer:
    """The gazetteer at `path` (default geo/data/gazetteer.csv), loaded once per process."""
    return _load(Path(path or DEFAULT_PATH).resolve(), Path(stop_path or STOP_PATH).resolve())
