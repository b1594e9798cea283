"""Attach references ("the air base", "the facility", "Nearby") to the site named just before."""

from __future__ import annotations

import re

from reportmap.kinds import ADMIN, AIR, FACILITY, NAVAL, POPULATED
from reportmap.resolve import Resolved

REFERENCE_KINDS: dict[str, frozenset[str]] = {
    "air base": AIR,
    "airbase": AIR,
    "air field": AIR,
    "airfield": AIR,
    "airport": AIR,
    "naval base": NAVAL,
    "naval facility": NAVAL,
    "naval facilities": NAVAL,
    "port": NAVAL,
    "harbour": NAVAL,
    "harbor": NAVAL,
    "base": FACILITY,
    "facility": FACILITY,
    "garrison": FACILITY,
    "military base": FACILITY,
    "city": POPULATED,
    "town": POPULATED,
    "village": POPULATED,
    "province": ADMIN,
    "governorate": ADMIN,
}
_NOUNS = "|".join(
    re.escape(k).replace(r"\ ", r"\s+") for k in sorted(REFERENCE_KINDS, key=len)[::-1]
)
REFERENCE = re.compile(
    r"\b(?:the|its|this|that)\s+(?:same\s+|russian\s+|syrian\s+|military\s+|strategic\s+)?"
    r"(" + _NOUNS + r")\b(?!\s*(?:-|of|at|in|near)\b)(?!['’]s\s)",
    re.IGNORECASE,
)
NEARBY = re.compile(r"[\"“‘']?(Nearby)\b(?=,)")
SENTENCE_WINDOW = 5


def _kinds_for(noun: str) -> frozenset[str]:
    return REFERENCE_KINDS[re.sub(r"\s+", " ", noun.lower())]


def find_references(body: str, sentences) -> list[tuple[int, int, frozenset[str] | None]]:
    """Spans of definite references and of a sentence-initial "Nearby"."""
    refs = [(m.start(), m.end(), _kinds_for(m.group(1))) for m in REFERENCE.finditer(body)]
    for sentence in sentences:
        match = NEARBY.match(body, sentence.start, sentence.start + 8)
        if match:
            refs.append((match.start(1), match.end(1), None))
    return sorted(refs)


def attach_references(body: str, named: list[Resolved], sentence_of) -> list[tuple[Resolved, bool]]:
    """Named mentions and resolved references in text order; the flag marks references."""
    sentences = sentence_of.sentences
    refs = find_references(body, sentences)
    taken = [(m.start, m.end) for m in named]
    events: list[tuple[int, int, object]] = [(m.start, 0, m) for m in named]
    for start, end, kinds in refs:
        if any(a < end and start < b for a, b in taken):
            continue
        events.append((start, 1, (start, end, kinds)))
    events.sort(key=lambda e: (e[0], e[1]))
    out: list[tuple[Resolved, bool]] = []
    for _, is_ref, item in events:
        if not is_ref:
            out.append((item, False))
            continue
        start, end, kinds = item
        site = _antecedent(out, sentence_of.at(start).index, kinds, sentence_of)
        if site is not None:
            out.append((Resolved(start, end, body[start:end], site, "event", kinds), True))
    return out


def _antecedent(previous: list[tuple[Resolved, bool]], sentence: int, kinds, sentence_of):
    """The one compatible site named most recently within a few sentences, else None."""
    if kinds is None:  # "Nearby": the single site of the previous sentence (or this one)
        for target in (sentence, sentence - 1):
            sites = {
                m.site.site_id: m.site
                for m, _ in previous
                if sentence_of.at(m.start).index == target and m.role != "locator"
            }
            if len(sites) == 1:
                return next(iter(sites.values()))
            if sites:
                return None
        return None
    for m, _ in reversed(previous):
        distance = sentence - sentence_of.at(m.start).index
        if distance > SENTENCE_WINDOW:
            return None
        if m.site.kind not in kinds or m.role == "locator":
            continue
        same_sentence = {
            o.site.site_id
            for o, _ in previous
            if sentence_of.at(o.start).index == sentence_of.at(m.start).index
            and o.site.kind in kinds
            and o.role != "locator"
        }
        return m.site if len(same_sentence) == 1 else None
    return None
