"""Ground-truth labels for reports: load, validate, locate in the body, resolve to sites.

One YAML file per report, beside it: ``foo.md`` + ``foo.labels.yaml``. The format and the labelling
conventions are described in ``bench/README.md``. Used by the tests and by ``bench/quality.py``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

ROLES = ("event", "locator", "background")
LABEL_SUFFIX = ".labels.yaml"
_MENTION_KEYS = {
    "surface", "occurrence", "site", "site_id", "country", "kind", "role", "date", "date_also",
    "derived", "anchor", "anchor_id", "claimant", "optional", "row", "note",
}
_NOT_SITE_KEYS = {"surface", "occurrence", "why", "row", "span"}


class LabelError(ValueError):
    """A label file that cannot be used; the message names the file and the value."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        super().__init__(f"{path}: {problem}")


FUTURE = "future"
DateLabel = tuple[date | None, date | None] | str | None  # (start, end), "future" or None


@dataclass(frozen=True)
class MentionLabel:
    """One place mention a careful reader puts on the map."""

    surface: str
    occurrence: int
    start: int
    end: int
    site: tuple[str, ...]  # acceptable canonical names, preferred first (empty for derived)
    country: str
    role: str
    date: DateLabel
    date_also: tuple[DateLabel, ...] = ()
    derived: bool = False
    anchor: tuple[str, ...] = ()  # acceptable anchor names (derived only)
    site_id: tuple[str, ...] = ()  # explicit ids, bypass name resolution
    anchor_id: tuple[str, ...] = ()
    kind: str | None = None
    claimant: tuple[str, ...] = ()  # acceptable claimant strings (any matches)
    optional: bool = False  # neither required nor penalised
    row: str | None = None  # EXPECTED.md row id, for the sample reports


@dataclass(frozen=True)
class NotSiteLabel:
    """A surface that must not become a mention (metonymy, actor, outlet, common word)."""

    surface: str
    occurrence: int
    start: int
    end: int
    why: str
    row: str | None = None
    span: bool = False  # True: no mention may overlap any part of this span (e.g. a sentence)


@dataclass
class ReportLabels:
    """All labels of one report, with the body they were located in."""

    path: Path
    report_path: Path
    body: str
    published: date | None
    mentions: list[MentionLabel] = field(default_factory=list)
    not_sites: list[NotSiteLabel] = field(default_factory=list)


# --------------------------------------------------------------------------- text helpers


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Split a report into its YAML front matter and its body (the text after the closing ---)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.startswith("---"):
        return {}, text
    m = re.compile(r"^---[ \t]*\r?\n(.*?)^---[ \t]*\r?\n?", re.S | re.M).match(text)
    if not m:
        return {}, text
    meta = yaml.safe_load(m.group(1)) or {}
    return (meta if isinstance(meta, dict) else {}), text[m.end():]


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def occurrences(body: str, surface: str) -> list[int]:
    """Start offsets of `surface` in `body`, case-sensitive, not inside a longer word."""
    found: list[int] = []
    if not surface:
        return found
    i = body.find(surface)
    while i >= 0:
        j = i + len(surface)
        left_ok = not (_is_word(surface[0]) and i > 0 and _is_word(body[i - 1]))
        right_ok = not (_is_word(surface[-1]) and j < len(body) and _is_word(body[j]))
        if left_ok and right_ok:
            found.append(i)
        i = body.find(surface, i + 1)
    return found


def locate(body: str, surface: str, occurrence: int) -> tuple[int, int] | None:
    """(start, end) of the n-th (1-based) occurrence of `surface` in `body`, or None."""
    offs = occurrences(body, surface)
    if occurrence < 1 or occurrence > len(offs):
        return None
    return offs[occurrence - 1], offs[occurrence - 1] + len(surface)


def occurrence_at(body: str, surface: str, start: int) -> int:
    """The 1-based occurrence number of `surface` starting at `start` (inverse of locate)."""
    offs = occurrences(body, surface)
    if start not in offs:
        raise ValueError(f"{surface!r} does not start at offset {start}")
    return offs.index(start) + 1


def normalise_name(text: str) -> str:
    """Casefold, drop diacritics, treat hyphens/apostrophes/dots as spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[\-‐-―'’‘`ʿʾ.,]", " ", text)
    return " ".join(text.split())


# --------------------------------------------------------------------------- parsing


def _as_tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, list | tuple):
        return tuple(str(v) for v in value)
    return (str(value),)


def _as_date(value: Any, where: str, path: Path) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise LabelError(path, f"{where}: bad date {value!r} (want YYYY-MM-DD or null)") from None


def parse_date_label(value: Any, where: str, path: Path) -> DateLabel:
    """null, "future" or [start, end] (end may be null: open interval "from start")."""
    if value is None:
        return None
    if value == FUTURE:
        return FUTURE
    if isinstance(value, list | tuple) and len(value) == 2:
        start = _as_date(value[0], where, path)
        end = _as_date(value[1], where, path)
        if start is None:
            raise LabelError(path, f"{where}: date interval needs a start, got {value!r}")
        if end is not None and end < start:
            raise LabelError(path, f"{where}: date interval ends before it starts: {value!r}")
        return (start, end)
    raise LabelError(path, f"{where}: date must be null, 'future' or [start, end], got {value!r}")


def _parse_mention(raw: Any, idx: int, body: str, path: Path) -> MentionLabel:
    where = f"mentions[{idx}]"
    if not isinstance(raw, dict):
        raise LabelError(path, f"{where}: expected a mapping, got {raw!r}")
    unknown = set(raw) - _MENTION_KEYS
    if unknown:
        raise LabelError(path, f"{where}: unknown keys {sorted(unknown)}")
    surface = raw.get("surface")
    if not isinstance(surface, str) or not surface:
        raise LabelError(path, f"{where}: 'surface' must be a non-empty string")
    occurrence = raw.get("occurrence", 1)
    if not isinstance(occurrence, int) or occurrence < 1:
        raise LabelError(path, f"{where} {surface!r}: occurrence must be an int >= 1")
    span = locate(body, surface, occurrence)
    if span is None:
        n = len(occurrences(body, surface))
        raise LabelError(
            path, f"{where}: surface {surface!r} occurrence {occurrence} not in body ({n} found)"
        )
    role = raw.get("role")
    if role not in ROLES:
        raise LabelError(path, f"{where} {surface!r}: role must be one of {ROLES}, got {role!r}")
    derived = bool(raw.get("derived", False))
    site, site_id = _as_tuple(raw.get("site")), _as_tuple(raw.get("site_id"))
    anchor, anchor_id = _as_tuple(raw.get("anchor")), _as_tuple(raw.get("anchor_id"))
    if derived and not (anchor or anchor_id):
        raise LabelError(path, f"{where} {surface!r}: derived mention needs an 'anchor'")
    if not derived and not (site or site_id):
        raise LabelError(path, f"{where} {surface!r}: needs a 'site' (or 'site_id')")
    country = raw.get("country")
    if not isinstance(country, str) or not re.fullmatch(r"[A-Z]{2}", country):
        raise LabelError(path, f"{where} {surface!r}: country must be ISO alpha-2, got {country!r}")
    if "date" not in raw:
        raise LabelError(path, f"{where} {surface!r}: 'date' is required (null for no date)")
    date_label = parse_date_label(raw.get("date"), f"{where} {surface!r}", path)
    also = raw.get("date_also") or []
    if not isinstance(also, list):
        raise LabelError(path, f"{where} {surface!r}: date_also must be a list")
    date_also = tuple(parse_date_label(v, f"{where} {surface!r} date_also", path) for v in also)
    return MentionLabel(
        surface=surface, occurrence=occurrence, start=span[0], end=span[1], site=site,
        country=country, role=role, date=date_label, date_also=date_also, derived=derived,
        anchor=anchor, site_id=site_id, anchor_id=anchor_id, kind=raw.get("kind"),
        claimant=_as_tuple(raw.get("claimant")), optional=bool(raw.get("optional", False)),
        row=raw.get("row"),
    )


def _parse_not_site(raw: Any, idx: int, body: str, path: Path) -> NotSiteLabel:
    where = f"not_sites[{idx}]"
    if not isinstance(raw, dict):
        raise LabelError(path, f"{where}: expected a mapping, got {raw!r}")
    unknown = set(raw) - _NOT_SITE_KEYS
    if unknown:
        raise LabelError(path, f"{where}: unknown keys {sorted(unknown)}")
    surface = raw.get("surface")
    if not isinstance(surface, str) or not surface:
        raise LabelError(path, f"{where}: 'surface' must be a non-empty string")
    occurrence = raw.get("occurrence", 1)
    if not isinstance(occurrence, int) or occurrence < 1:
        raise LabelError(path, f"{where} {surface!r}: occurrence must be an int >= 1")
    span = locate(body, surface, occurrence)
    if span is None:
        raise LabelError(path, f"{where}: surface {surface!r} occurrence {occurrence} not in body")
    why = raw.get("why")
    if not isinstance(why, str) or not why:
        raise LabelError(path, f"{where} {surface!r}: 'why' is required")
    return NotSiteLabel(surface, occurrence, span[0], span[1], why, raw.get("row"),
                        bool(raw.get("span", False)))


def report_path_for(label_path: Path) -> Path:
    """foo.labels.yaml -> foo.md (same folder)."""
    name = label_path.name
    if not name.endswith(LABEL_SUFFIX):
        raise LabelError(label_path, f"label files must end with {LABEL_SUFFIX}")
    return label_path.with_name(name[: -len(LABEL_SUFFIX)] + ".md")


def load_labels(label_path: str | Path, report_path: str | Path | None = None,
                body: str | None = None) -> ReportLabels:
    """Load and validate one label file; spans are located in `body` (default: the report's)."""
    label_path = Path(label_path)
    rpath = Path(report_path) if report_path else report_path_for(label_path)
    published = None
    if body is None:
        if not rpath.exists():
            raise LabelError(label_path, f"report {rpath} not found")
        meta, body = split_front_matter(rpath.read_text(encoding="utf-8"))
        pub = meta.get("published")
        published = pub if isinstance(pub, date) else None
    try:
        raw = yaml.safe_load(label_path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise LabelError(label_path, f"not valid YAML: {exc}") from None
    if not isinstance(raw, dict):
        raise LabelError(label_path, "top level must be a mapping with 'mentions' / 'not_sites'")
    unknown = set(raw) - {"mentions", "not_sites", "notes"}
    if unknown:
        raise LabelError(label_path, f"unknown top-level keys {sorted(unknown)}")
    mentions = [_parse_mention(m, i, body, label_path) for i, m in
                enumerate(raw.get("mentions") or [])]
    not_sites = [_parse_not_site(m, i, body, label_path) for i, m in
                 enumerate(raw.get("not_sites") or [])]
    starts = [m.start for m in mentions if not m.optional]
    if starts != sorted(starts):
        bad = next(m for m, n in zip(mentions, mentions[1:], strict=False) if n.start < m.start)
        raise LabelError(label_path, f"mentions not in text order near {bad.surface!r}")
    for ns in not_sites:
        for m in mentions:
            if not ns.span and ns.start < m.end and m.start < ns.end:
                raise LabelError(label_path, f"{ns.surface!r} is both a mention and a not_site")
    return ReportLabels(label_path, rpath, body, published, mentions, not_sites)


def find_label_files(folder: str | Path) -> list[Path]:
    """All ``*.labels.yaml`` files under `folder`, sorted."""
    return sorted(Path(folder).rglob("*" + LABEL_SUFFIX))


# --------------------------------------------------------------------------- site resolution


class SiteResolver:
    """Resolve labelled canonical names to gazetteer site ids (name or alias, within a country)."""

    def __init__(self, gazetteer: Any) -> None:
        self.gazetteer = gazetteer
        self._names: dict[tuple[str, str], set[str]] = {}
        self._aliases: dict[tuple[str, str], set[str]] = {}
        for sid, site in gazetteer.sites.items():
            country = getattr(site, "country", "") or ""
            self._names.setdefault((normalise_name(site.name), country), set()).add(sid)
            for alias in getattr(site, "aliases", ()) or ():
                self._aliases.setdefault((normalise_name(alias), country), set()).add(sid)

    def resolve_one(self, name: str, country: str, kind: str | None = None) -> frozenset[str]:
        """Ids for one name: exact names first, then aliases, then the gazetteer's own find()."""
        key = (normalise_name(name), country)
        for table in (self._names, self._aliases):
            ids = table.get(key)
            if ids:
                ids = self._by_kind(ids, kind)
                if ids:
                    return frozenset(ids)
        find = getattr(self.gazetteer, "find", None)
        if find is not None:
            ids = set()
            for cand in find(name) or ():
                start, end = getattr(cand, "start", 0), getattr(cand, "end", len(name))
                if name[:start].strip() or name[end:].strip():
                    continue  # only a part of the name matched ("Raqqa" in "Raqqa Hospital")
                for site in getattr(cand, "sites", ()) or ():
                    if getattr(site, "country", None) == country:
                        ids.add(site.site_id)
            ids = self._by_kind(ids, kind)
            if ids:
                return frozenset(ids)
        return frozenset()

    def _by_kind(self, ids: set[str], kind: str | None) -> set[str]:
        if not kind:
            return ids
        return {i for i in ids if getattr(self.gazetteer.sites[i], "kind", None) == kind}

    def site_ids(self, label: MentionLabel) -> frozenset[str]:
        """Acceptable site ids of a non-derived label (empty: the gazetteer lacks it)."""
        ids = {i for i in label.site_id if i in self.gazetteer.sites}
        for name in label.site:
            ids |= self.resolve_one(name, label.country, label.kind)
        return frozenset(ids)

    def anchor_ids(self, label: MentionLabel) -> frozenset[str]:
        """Acceptable anchor site ids of a derived label."""
        ids = {i for i in label.anchor_id if i in self.gazetteer.sites}
        for name in label.anchor:
            ids |= self.resolve_one(name, label.country)
        return frozenset(ids)


# --------------------------------------------------------------------------- matching


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """True when two half-open spans share at least one character."""
    return a_start < b_end and b_start < a_end


def date_matches(label: DateLabel, start: date | None, end: date | None,
                 published: date | None, slack_days: int = 0) -> bool:
    """Does a predicted interval equal the labelled one (within `slack_days` per end)?"""
    if label is None:
        return start is None and end is None
    if label == FUTURE:
        return start is None or (published is not None and start >= published)
    lstart, lend = label
    if start is None or abs((start - lstart).days) > slack_days:
        return False
    if lend is None:  # open: "from lstart" -- accept no end or any end from start up to publication
        return end is None or (end >= start and (published is None or end <= published))
    return end is not None and abs((end - lend).days) <= slack_days


def date_ok(label: MentionLabel, start: date | None, end: date | None,
            published: date | None, slack_days: int = 0) -> bool:
    """Match against the label's date or any of its accepted alternatives."""
    return any(date_matches(d, start, end, published, slack_days)
               for d in (label.date, *label.date_also))


def claimant_ok(label: MentionLabel, claimant: str | None) -> bool:
    """Lenient claimant match: either string contains the other, case-insensitively."""
    if not label.claimant:
        return True
    if not claimant:
        return False
    got = normalise_name(claimant)
    return any(normalise_name(c) in got or got in normalise_name(c) for c in label.claimant)
