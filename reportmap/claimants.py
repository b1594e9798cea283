"""Who says so: the attribution of a sentence ("Maxar said", "according to the Washington Post")."""

from __future__ import annotations

import re

from reportmap.text import SentenceIndex

NAME = r"[A-Z][\w&.’'-]*(?:\s+(?:(?:of|for|and|the|de|du|al|el|bin|van|von)\s+)?[A-Z0-9][\w&.’'-]*)*"
VERBS = (r"said|says|told|tells|reported|reports|claimed|claims|wrote|writes|added|adds|noted|"
         r"stated|announced|confirmed|estimated|estimates|tweeted|posted|alleged|insisted|"
         r"warned|explained|observed")
ACCORDING = re.compile(r"\baccording\s+to\s+(?:the\s+|a\s+|an\s+)?(?P<who>" + NAME + r")")
SUBJECT_VERB = re.compile(
    r"(?P<who>" + NAME + r")(?:,\s+(?:a|an|the)\s+[^,]{3,120},)?\s+(?:has\s+|had\s+)?"
    r"(?:" + VERBS + r")\b"
)
VERB_SUBJECT = re.compile(r"[,”\"]\s*(?:" + VERBS + r")\s+(?:the\s+)?(?P<who>" + NAME + r")")
BY_SOURCE = re.compile(
    r"\b(?:images?|imagery|photos?|photographs?|videos?|footage|pictures?|data)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:taken|released|published|provided|captured|obtained|shared|"
    r"collected|analy[sz]ed)\s+by\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}(?P<who>" + NAME + r")"
)
NOT_NAMES = {"it", "he", "she", "they", "we", "i", "this", "that", "the", "these", "those",
             "images", "imagery", "satellite", "reports", "report", "analysts", "officials",
             "sources", "there", "who", "which", "one", "some", "many", "most", "also", "but",
             "and", "in", "on", "a", "an", "his", "her", "its", "their", "our", "photo", "video"}
TITLES = {"russian", "syrian", "turkish", "israeli", "iranian", "american", "u.s.", "us",
          "british", "french", "deputy", "foreign", "defense", "defence", "prime", "minister",
          "president", "spokesman", "spokeswoman", "spokesperson", "secretary", "general",
          "gen.", "commander", "ambassador", "senior", "chief", "director", "head", "mr", "mr.",
          "mrs", "ms", "dr", "dr.", "state", "military", "interior", "envoy", "special", "vice",
          "lt.", "col.", "maj.", "colonel", "major", "lieutenant", "admiral", "former", "acting"}
PRONOUN_START = re.compile(r"^[\"“]?\s*(?:It|He|She|They)\s+(?:" + VERBS + r")\b")


def clean_name(raw: str) -> str | None:
    """Trim titles and possessives: 'Russian Deputy Foreign Minister Mikhail Bogdanov' -> name."""
    words = raw.strip().rstrip(".,").split()
    while words and re.search(r"['’]s$", words[0]):
        words.pop(0)
    while len(words) > 1 and words[0].lower() in TITLES:
        words.pop(0)
    if words and words[0].lower() == "the":
        words.pop(0)
    name = " ".join(words)
    if not name or name.lower() in NOT_NAMES or len(name) < 2:
        return None
    return name


def _attribution(text: str) -> str | None:
    for pattern in (VERB_SUBJECT, ACCORDING, BY_SOURCE, SUBJECT_VERB):
        for match in pattern.finditer(text):
            name = clean_name(match.group("who"))
            if name:
                return name
    return None


class Claimants:
    """Attribution of every sentence, with quotes and 'It added' carried over."""

    def __init__(self, body: str, index: SentenceIndex) -> None:
        self.by_sentence: dict[int, str | None] = {}
        last_by_paragraph: dict[int, str | None] = {}
        for sentence in index.sentences:
            text = body[sentence.start : sentence.end]
            who = _attribution(text)
            if who is None and (PRONOUN_START.search(text) or text.lstrip()[:1] in "\"“"):
                who = last_by_paragraph.get(sentence.paragraph) or last_by_paragraph.get(
                    sentence.paragraph - 1
                )
            self.by_sentence[sentence.index] = who
            if who:
                last_by_paragraph[sentence.paragraph] = who
        # A quote's speaker is often named at the end of its paragraph: carry it back.
        for sentence in reversed(index.sentences):
            if self.by_sentence[sentence.index] is None:
                nxt = self.by_sentence.get(sentence.index + 1)
                follower = index.sentences[sentence.index + 1] if sentence.index + 1 < len(
                    index.sentences) else None
                if nxt and follower is not None and follower.paragraph == sentence.paragraph:
                    self.by_sentence[sentence.index] = nxt

    def for_sentence(self, sentence: int) -> str | None:
        return self.by_sentence.get(sentence)
