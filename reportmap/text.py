"""Split a report body into paragraphs, sentences and clauses, keeping character offsets."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "gen",
    "lt",
    "col",
    "maj",
    "capt",
    "sgt",
    "st",
    "sen",
    "rep",
    "gov",
    "pres",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "no",
    "vs",
    "etc",
    "approx",
    "inc",
    "ltd",
    "co",
    "corp",
    "jr",
    "sr",
    "mt",
    "ft",
    "km",
    "fig",
    "vol",
    "u.s",
    "u.k",
    "u.n",
    "e.g",
    "i.e",
    "a.m",
    "p.m",
    "al",
    "cf",
    "ca",
    "art",
}
# A sentence ends at . ! ? … (optionally followed by closing quotes/brackets) and then white space.
SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+|$)")
PARAGRAPH_BREAK = re.compile(r"\n")
CLAUSE_BREAK = re.compile(
    r";|\s[–—]\s|\s--\s|:\s(?=[\"“A-Z])"
    r"|[,،]\s(?:while|but|whereas|although|mais|tandis\s+que|alors\s+que|pero|mientras|ma|"
    r"mentre|mas|enquanto|aber|doch|während|а|но|тогда\s+как|в\s+то\s+время\s+как|"
    r"فيما|بينما|لكن|ولكن)\s"
    # a next step, with a time of its own: "from Jarablus in 2016, then from al-Bab in 2017"
    r"|[,،]\s(?:and\s+then|then|puis|et\s+puis|luego|y\s+luego|dann|danach|und\s+dann|poi|"
    r"e\s+poi|depois|e\s+depois|затем|а\s+затем|потом|а\s+потом|ثم)\s"
)
WORD = re.compile(r"\w+(?:[-’']\w+)*", re.UNICODE)


@dataclass(frozen=True)
class Span:
    """A slice of the body: [start, end) with its index in the document."""

    start: int
    end: int
    index: int
    paragraph: int = 0


def paragraphs(body: str) -> list[Span]:
    """Non-blank lines are paragraphs (reports keep one paragraph per line)."""
    spans: list[Span] = []
    pos = 0
    for part in PARAGRAPH_BREAK.split(body):
        start, end = pos, pos + len(part)
        pos = end + 1
        stripped = part.strip()
        if stripped:
            lead = len(part) - len(part.lstrip())
            spans.append(Span(start + lead, start + lead + len(stripped), len(spans), len(spans)))
    return spans


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the '.' at `dot` ends an abbreviation or an initial rather than a sentence."""
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalnum() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].lower()
    if word in ABBREVIATIONS:
        return True
    return len(word) == 1 and word.isalpha()  # an initial such as "J."


def sentences(body: str) -> list[Span]:
    """Sentences inside paragraphs, with offsets into the body."""
    spans: list[Span] = []
    for para in paragraphs(body):
        start = para.start
        for match in SENTENCE_END.finditer(body, para.start, para.end):
            end = match.end()
            first = match.start()
            if match.group() == "." and _is_abbreviation(body, first):
                continue
            nxt = body[end : para.end].lstrip()
            if nxt and (nxt[0].islower() or nxt[0].isdigit()):
                continue
            if body[start:end].strip():
                spans.append(Span(start, end, len(spans), para.index))
            start = end
            while start < para.end and body[start].isspace():
                start += 1
        if start < para.end and body[start : para.end].strip():
            spans.append(Span(start, para.end, len(spans), para.index))
    return spans


def clauses(body: str, sentence: Span, more_cuts: Iterable[int] = ()) -> list[tuple[int, int]]:
    """Rough clause boundaries inside a sentence (semicolons, dashes, contrastive conjunctions,
    and `more_cuts`)."""
    cuts = [sentence.start]
    for match in CLAUSE_BREAK.finditer(body, sentence.start, sentence.end):
        cuts.append(match.start())
    cuts.extend(c for c in more_cuts if sentence.start < c < sentence.end)
    cuts.append(sentence.end)
    cuts.sort()
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


class SentenceIndex:
    """Find the sentence holding an offset in O(log n)."""

    def __init__(self, body: str) -> None:
        self.body = body
        self.sentences = sentences(body)
        self._starts = [s.start for s in self.sentences]

    def at(self, offset: int) -> Span:
        i = max(0, bisect_right(self._starts, offset) - 1)
        return self.sentences[i]


def first_comma(body: str, start: int, end: int) -> int:
    """The first comma (Latin or Arabic) in body[start:end], else -1."""
    found = [i for i in (body.find(",", start, end), body.find("،", start, end)) if i >= 0]
    return min(found, default=-1)


def last_comma(body: str, start: int, end: int) -> int:
    """The last comma (Latin or Arabic) in body[start:end], else -1."""
    return max(body.rfind(",", start, end), body.rfind("،", start, end))


def word_count(text: str) -> int:
    return len(WORD.findall(text))
