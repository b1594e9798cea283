"""Who says so: the attribution of a sentence ("Maxar said", "according to the Washington Post")."""

from __future__ import annotations

import re
from itertools import takewhile

from reportmap.claimant_words import NOT_NAMES, PRONOUN, PRONOUNS, SOURCE_NOUNS, VERBS
from reportmap.claimants_intl import (
    ARABIC_BY_SOURCE,
    ARABIC_HAD_SAID,
    ARABIC_SAID_THAT,
    ARABIC_SOURCE,
    ARABIC_SUBJECT_SAID,
    ARABIC_TITLE,
    ARABIC_TITLE_NAME,
    FRENCH_LEARNED,
    GERMAN_COMPOUND_ACCORDING,
    GERMAN_INVERTED,
    GERMAN_OWN_ACCOUNT,
    GERMAN_VERB_LAST,
    INTL_ACCORDING,
    INTL_APPOSED_SUBJECT_VERB,
    INTL_SOURCE_NOUN,
    INTL_SOURCE_SUBJECT,
    INTL_SUBJECT_VERB,
    INTL_VERB_SUBJECT,
    PERSIAN_PRONOUN,
    PERSIAN_SOURCE,
    PERSIAN_SUBJECT_ANNOUNCED,
    PERSIAN_SUBJECT_REPORTED,
    PERSIAN_SUBJECT_SAID,
    PREPOSITION_FIRST,
    PRONOUN_ACCOUNT,
    RUSSIAN_IMPERSONAL,
    RUSSIAN_PERSON,
    RUSSIAN_STATEMENT,
    RUSSIAN_THIS_SAID,
    SOURCE_ENDS,
    TURKISH_ACCORDING,
    TURKISH_SOURCE,
    TURKISH_STATEMENT,
    person_after_title,
)
from reportmap.text import SentenceIndex

NAME = (
    r"[A-Z][\w&.’'-]*(?:\s+(?:(?:of|for|and|the|in|de|du|al|el|bin|van|von)\s+)?"
    # "Qassim al-Araji", "Hadi al-Bahra": an Arabic article joined to the family name
    r"(?:[A-Z0-9]|(?:al|el|ad|ar|as|ash|at|az|an|abu|bin|ibn)-[A-Z])[\w&.’'-]*)*"
)
_ADVERB = r"(?:(?:initially|later|also|earlier|previously|first)\s+)?"
# "has/have/had", an adverb, the verb: what follows every English subject
# (not a participle of the passive: "Videos verified by the AP showed")
_SAYS = (
    r"(?:has\s+|have\s+|had\s+)?" + _ADVERB + r"(?:" + VERBS + r")\b"
    r"(?!\s+by\s+(?:the\s+|a\s+|an\s+)?[A-Z])"
)
# "according to the group's Military Operations Command": the name after the owner
ACCORDING = re.compile(
    r"\b[Aa]ccording\s+to\s+(?:the\s+|a\s+|an\s+)?(?:[a-z][\w-]*['’]s\s+)?(?P<who>" + NAME + r")"
)
# A participle aside between a subject and its verb: "The SDF, formed in October, said".
_PARTICIPLE_ASIDE = r",\s+[a-z]+ed\s+[^,]{2,60},"
# "Robert Mood, head of the UN supervision mission, told": a title aside.
_TITLE_ASIDE = (
    r",\s+(?:head|chief|director|leader|spokes(?:man|woman|person)|commander|governor|president|"
    r"minister|secretary|envoy|ambassador|member|founder|chairman|chairwoman|coordinator|"
    r"representative|adviser|advisor|mayor)\s+(?:of|for|at)\s+[^,]{3,100},"
)
SUBJECT_VERB = re.compile(
    # "Maxar, a satellite firm, said"; "The SDF, formed in October, said"; "The Syrian
    # Observatory for Human Rights (SOHR) said"
    r"(?P<who>" + NAME + r"(?:\s+\([A-Z][\w-]{1,8}\))?)(?:,\s+(?:a|an|the)\s+[^,]{3,120},|"
    + _PARTICIPLE_ASIDE + r"|" + _TITLE_ASIDE + r")?\s+" + _SAYS
)
# "The governor of Homs province, Talal Barazi, told": a name in apposition, then its verb.
APPOSED_SUBJECT_VERB = re.compile(
    r",\s+(?P<who>" + NAME + r"),\s+" + _SAYS
)
SOURCE_PHRASE = (
    r"(?:[A-Z][\w.-]*(?:['’]s)?\s+){0,3}(?:(?:local|state|health|foreign|defen[cs]e|interior|transport|"
    r"rebel|security|military|government|opposition|senior|western|civil|monitoring|war)\s+){0,2}"
    r"(?i:" + SOURCE_NOUNS + r")"
)
SOURCE_SUBJECT = re.compile(
    r"(?P<who>" + SOURCE_PHRASE + r"(?:\s+(?:in|of)\s+[A-Z][\w-]+"
    # "Residents of the rebel-held eastern districts said"
    r"|(?:\s+(?:at|in|of)\s+(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,3}?[\w-]+){1,2})?)"
    r"(?:\s+(?:there|here))?"  # "residents there said"
    # "engineers at the Tishrin dam, upstream near Manbij, told"
    r"(?:,\s+(?:[a-z]+\s+){0,2}(?:near|in|at|outside|north|south|east|west)\s+[^,]{2,40},)?"
    r"(?:\s+and\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?"  # "a monitoring group and the militants"
    + "(?:" + _PARTICIPLE_ASIDE + ")?"  # "Government troops, backed by Russian jets, said"
    r"(?:\s+who\s+[a-z][^,.;]{2,50}?)?"  # "Analysts who studied the video have said"
    r"\s+" + _SAYS
)
ACCORDING_SOURCE = re.compile(
    # "according to Turkey's disaster agency": any words before the source's noun
    r"\b[Aa]ccording\s+to\s+(?:the\s+)?(?P<who>(?:[A-Z][\w.-]*['’]s\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    + SOURCE_PHRASE + r"(?:\s+[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|\d+))*)?)(?:['’]s)?\b"
)
OWNER_OF_NAME = re.compile(r"['’]s\s+[A-Z]")
PLACE_OF_SOURCE = re.compile(
    r"\b(?:in|at|from|à|en|aus|nach|в|во|из|с|mit\s+Sitz\s+in)\s+$", re.IGNORECASE
)
VERB_SUBJECT = re.compile(
    r"[,”\"]\s*(?:" + VERBS + r")\s+(?:the\s+)?(?P<who>" + NAME + r")(?![\w’'-])"
    # ", said Homs would be run by a council": the subject of what was said
    r"(?!\s+(?:would|will|was|were|is|are|had|has|have|could|should|might|may|must|can|did|"
    r"does|do)\b)"
)
# '"People are skeletons," said a doctor at the clinic': an unnamed source after its verb.
VERB_SOURCE_NOUN = re.compile(
    r"[,”\"]\s*(?:said|says|added|wrote|recalled)\s+(?P<who>(?:a|an|the|one|another|two|three|"
    r"several)\s+(?:[a-z][\w-]*\s+){0,2}?(?i:" + SOURCE_NOUNS + r"))\b"
    # the clause ends with the source: not ', said the fighters who stormed the crossing'
    r"(?=\s*[,.;]|\s+(?:at|in|of|from|for|with|on|by)\s)"
)
BY_SOURCE = re.compile(
    r"\b(?i:images?|imagery|photos?|photographs?|videos?|footage|pictures?|data)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:taken|released|published|provided|captured|obtained|shared|"
    r"collected|analy[sz]ed|verified|posted|filmed|broadcast|aired|circulated|distributed)\s+"
    r"(?:[\w,-]+\s+){0,5}?by\s+(?:[Tt]he\s+)?(?:[a-z][\w-]*\s+){0,3}"
    r"(?P<who>" + NAME + r")"
)
PHOTO_CREDIT = re.compile(
    r"\((?:photo|image|picture|video|satellite\s+image)\s+credit:\s*(?P<who>[^/)]+?)\s*(?:/|\))",
    re.IGNORECASE,
)
CORRESPONDENT = re.compile(
    r"\b(?:a|the)\s+(?P<role>correspondent|reporter|journalist|analyst|spokesman|spokeswoman|"
    r"spokesperson)\s+(?:for|with|at|of)\s+(?:the\s+)?(?P<who>" + NAME + r")"
)
# Adverbs that open a sentence before its source: "Ранее Минобороны РФ обвиняло".
LEADING_ADVERB = re.compile(
    r"^(?:ранее|также|однако|вчера|сегодня|затем|позднее|тогда|earlier|later|meanwhile|zuvor|"
    r"inzwischen|anteriormente|auparavant|intanto)\s+(?=\S)",
    re.IGNORECASE,
)
TITLES = {
    "russian",
    "syrian",
    "turkish",
    "israeli",
    "iranian",
    "american",
    "u.s.",
    "us",
    "british",
    "french",
    "deputy",
    "foreign",
    "defense",
    "defence",
    "prime",
    "minister",
    "president",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "secretary",
    "general",
    "gen.",
    "commander",
    "ambassador",
    "senior",
    "chief",
    "director",
    "head",
    "mr",
    "mr.",
    "mrs",
    "ms",
    "dr",
    "dr.",
    "state",
    "military",
    "interior",
    "envoy",
    "special",
    "vice",
    "lt.",
    "col.",
    "maj.",
    "colonel",
    "major",
    "lieutenant",
    "admiral",
    "former",
    "acting",
}
NATIONALITIES = {"russian", "syrian", "turkish", "israeli", "iranian", "american", "british",
                 "french", "u.s.", "us"}
IMAGERY_REFERENCE = re.compile(
    r"^\W*(?:The|These|Those|Such|Its)\s+(?:new\s+|satellite\s+|latest\s+)?"
    r"(?:images?|imagery|photos?|photographs?|pictures?|videos?|footage)\b"
)
# The rest of a body's name and its acronym: "… de la ONU para los Refugiados (ACNUR)".
NAME_TAIL_ACRONYM = re.compile(
    r"(?:\s+(?:para|pour|for|of|de|des|du|la|las|los|le|les|the|für|der|die|per|i|gli|"
    r"dos|das|da|do|del|della|dei|[A-ZÀ-ÖА-ЯЁ][\w'’-]*)){0,5}\s*\(([A-ZÀ-ÖА-ЯЁ]{2,8})\)"
)
# "Según la agencia", "Ведомство также сообщило", "این وزارتخانه": a body named only by its
# noun is the last source named with that noun (the antecedent's own words, or just before it).
ANAPHORIC_BODIES = (
    (re.compile(r"(?:agency|agence|agencia|agência|agenzia|agentur|агентство|агентства|ajans|"
                r"ajansı|الوكالة|خبرگزاری|این خبرگزاری)", re.I),
     re.compile(r"agen|агентств|ajans|وكالة|خبرگزاری|news|nachrichten", re.I)),
    (re.compile(r"(?:ministry|ministère|ministerio|ministério|ministero|ministerium|"
                r"министерство|ведомство|bakanlık|الوزارة|وزارتخانه|این وزارتخانه)", re.I),
     re.compile(r"minist|министерств|минобороны|мид|bakanlı|وزارة|وزارت", re.I)),
)
# A clause of its own within a sentence ("…, while …", "فيما"), and an "according to" just
# before a source.
CLAUSE_OPENER = re.compile(
    r"\b(?:while|whereas)\b|(?:^|\s)(?:فيما|بينما|في\s+حين)\s|\b(?:mientras|tandis\s+que|"
    r"alors\s+que|während|mentre|enquanto|в\s+то\s+время\s+как)\b",
    re.IGNORECASE,
)
ACCORDING_JUST_BEFORE = re.compile(
    r"(?:according\s+to(?:\s+the)?|selon|según|segundo|secondo|laut|d['’]après|по\s+данным|"
    r"بحسب|وفق|حسب|وفقا\s+ل)\s*[«\"]?\s*(?:l['’])?$",
    re.IGNORECASE,
)
ARABIC_PLURAL = re.compile(r"(?:ون|ين)$")  # "ناشطون", "مسلحين"
LEADING_ARTICLE = re.compile(r"^(?:(?:the|a|an)\s+|l['’](?=[A-ZÀ-Ö]))", re.I)
PRONOUN_START = re.compile(r"^[\"“]?\s*(?:It|He|She|They)\s+(?:" + VERBS + r")\b")



def clean_name(raw: str) -> str | None:
    """Trim titles and possessives: 'Russian Deputy Foreign Minister Mikhail Bogdanov' -> name."""
    words = LEADING_ADVERB.sub("", raw.strip()).rstrip(".,").split()
    while words and re.search(r"['’]s$", words[0]):
        words.pop(0)
    while len(words) > 1 and words[0].lower() in TITLES and (
        words[0].lower() not in NATIONALITIES or words[1].lower() in TITLES
    ):
        words.pop(0)  # "Syrian Observatory" keeps its adjective, "Russian Deputy ..." loses it
    if len(words) > 2 and words[0].lower() == "the":
        words.pop(0)
    name = " ".join(words)
    if len(words) == 1 and words[0].lower() in TITLES:
        return None
    if not name or name.lower() in NOT_NAMES or len(name) < 2:
        return None
    return name


# A statement told as the time of something else sources its own clause, not the sentences
# around it: "when Trump said", "after Ankara announced", "quand Paris a annoncé", "nachdem".
TIME_CLAUSE_BEFORE = re.compile(
    r"(?:\b(?:when|after|before|until|once|quand|lorsque|après\s+que|avant\s+que|cuando|"
    r"después\s+de\s+que|antes\s+de\s+que|als|nachdem|bevor|quando|dopo\s+che|prima\s+che|"
    r"depois\s+que|antes\s+que|когда|после\s+того\s+как)|(?:^|\s)(?:عندما|حين|حينما|بعدما|"
    r"بعد\s+أن|قبل\s+أن))\s+$",
    re.IGNORECASE,
)


def attributions(text: str, timed: set[int] | None = None) -> list[tuple[int, str]]:
    """Every attribution in a sentence: (offset in the sentence, who); the offsets of those
    told in a clause of time ("when Trump said") go to `timed`."""
    found: dict[int, str] = {}
    spans: dict[int, int] = {}  # where each source found is written
    verb_last_ends: set[int] = set()  # verbs a German subordinate clause already attributed
    patterns = (VERB_SUBJECT, VERB_SOURCE_NOUN, ACCORDING, BY_SOURCE, SOURCE_SUBJECT, SUBJECT_VERB,
                CORRESPONDENT, APPOSED_SUBJECT_VERB,
                PHOTO_CREDIT, INTL_ACCORDING, INTL_VERB_SUBJECT, ARABIC_SAID_THAT, ARABIC_SOURCE,
                ARABIC_SUBJECT_SAID, TURKISH_ACCORDING, PERSIAN_SUBJECT_ANNOUNCED,
                TURKISH_STATEMENT,
                ACCORDING_SOURCE, TURKISH_SOURCE, PERSIAN_SOURCE, PERSIAN_PRONOUN, GERMAN_VERB_LAST,
                GERMAN_OWN_ACCOUNT, PERSIAN_SUBJECT_SAID, PERSIAN_SUBJECT_REPORTED,
                GERMAN_COMPOUND_ACCORDING, PRONOUN_ACCOUNT,
                RUSSIAN_THIS_SAID,
                RUSSIAN_IMPERSONAL, INTL_SUBJECT_VERB, INTL_APPOSED_SUBJECT_VERB,
                INTL_SOURCE_SUBJECT, ARABIC_HAD_SAID, RUSSIAN_STATEMENT, GERMAN_INVERTED,
                ARABIC_BY_SOURCE, FRENCH_LEARNED)
    for pattern in patterns:
        for match in pattern.finditer(text):
            raw = match.group("who")
            if pattern is INTL_VERB_SUBJECT:
                if match.group("weekday") and not SOURCE_ENDS.match(text, match.end()):
                    continue  # "ont annoncé samedi la chute du dernier réduit": no source
                if match.group("after_comma") and not (
                    (raw[:1].isupper() or INTL_SOURCE_NOUN.match(raw))
                    and SOURCE_ENDS.match(text, match.end())
                ):
                    # ", hanno annunciato oggi l'avvio dell'offensiva": a source ends the
                    # sentence, and it is a name or a noun of sources ("fonti locali")
                    continue
                raw += person_after_title(text, match)
            if pattern is RUSSIAN_THIS_SAID and not RUSSIAN_PERSON.search(raw):
                # "Об этом сообщил начальник Главного оперативного управления … Сергей Рудской"
                raw += person_after_title(text, match)
            if pattern in (SUBJECT_VERB, INTL_SUBJECT_VERB) and PLACE_OF_SOURCE.search(
                text, 0, match.start("who")
            ):
                continue  # "Witnesses in Baniyas said": the place is where the source is
            if timed is not None and pattern in (SUBJECT_VERB, INTL_SUBJECT_VERB) and (
                TIME_CLAUSE_BEFORE.search(text, max(0, match.start("who") - 30),
                                          match.start("who"))
            ):
                timed.add(match.start("who"))
            if pattern is INTL_SUBJECT_VERB and (
                PREPOSITION_FIRST.match(raw) or match.end() in verb_last_ends
            ):
                continue
            if pattern is GERMAN_VERB_LAST:
                verb_last_ends.add(match.end())
            if pattern is ARABIC_SOURCE:
                raw = _arabic_plural_subject(raw)
                person = ARABIC_TITLE_NAME.match(text, match.end("who"))
                if person and ARABIC_TITLE.match(raw):
                    raw += person.group()  # "أعلن رئيس الوزراء العراقي حيدر العبادي، اليوم"
            if pattern is ACCORDING_SOURCE and OWNER_OF_NAME.match(text, match.end("who")):
                continue  # "according to the group's Military Operations Command": its name

            if pattern not in (VERB_SUBJECT, ACCORDING, BY_SOURCE, SUBJECT_VERB, CORRESPONDENT,
                               PHOTO_CREDIT, APPOSED_SUBJECT_VERB):
                name = LEADING_ADVERB.sub("", LEADING_ARTICLE.sub("", raw.strip())) or None
                if name and name[0] == "«" and name[-1] == "»":
                    name = name[1:-1]  # "«Сирийская обсерватория …» сообщила"
                if name and name.lower() in PRONOUNS:
                    name = PRONOUN
                elif (name and name.lower() in NOT_NAMES
                      and pattern not in (SOURCE_SUBJECT, ACCORDING_SOURCE)
                      and not (pattern is INTL_ACCORDING and INTL_SOURCE_NOUN.fullmatch(name))):
                    name = None  # "Many said"; but "Analysts say", "selon des sources" stay
            else:
                name = clean_name(raw)
            acronym = NAME_TAIL_ACRONYM.match(text, match.end("who"))
            if name and name != PRONOUN and acronym and acronym.group(1) not in name:
                name = f"{name} ({acronym.group(1)})"  # "el Alto Comisionado de la ONU … (ACNUR)"
            if name and pattern is PHOTO_CREDIT and name.isupper():
                name = name.title()
            if name and any(abs(pos - match.start("who")) < 25 and name in other
                            for pos, other in found.items()):
                continue
            if any(pos <= match.start("who") and match.end("who") <= end
                   for pos, end in spans.items()):
                continue  # "Rebel groups in the south of Aleppo said": not Aleppo
            if name and not any(abs(pos - match.start("who")) < 3 for pos in found):
                if pattern is CORRESPONDENT:
                    name = f"{name} {match.group('role')}"
                found[match.start("who")] = name
                spans[match.start("who")] = match.end("who")
    return sorted(found.items())


def _arabic_plural_subject(raw: str) -> str:
    """'ناشطون دعوات إلى' -> 'ناشطون': a plural subject goes on only with plural adjectives
    ('ناشطون معارضون'); what follows otherwise is the object of the verb."""
    words = raw.split()
    if len(words) < 2 or not ARABIC_PLURAL.search(words[0]):
        return raw
    return " ".join(takewhile(ARABIC_PLURAL.search, words))


def _named_before(last_by_paragraph: dict[int, str], paragraph: int, back: int) -> str | None:
    """The source named last in this paragraph, else in one of the `back` paragraphs before."""
    for p in range(paragraph, paragraph - back - 1, -1):
        if last_by_paragraph.get(p):
            return last_by_paragraph[p]
    return None


def _antecedent(body: str, who: str, history: list[tuple[int, str]]) -> str:
    """The source a bare body noun ('the agency') stands for, else the noun itself."""
    for noun, cue in ANAPHORIC_BODIES:
        if noun.fullmatch(who):
            for pos, earlier in reversed(history):
                if not noun.fullmatch(earlier) and cue.search(
                    body, max(0, pos - 60), pos + len(earlier) + 5
                ):
                    return earlier
    return who


def _speaker_after(
    body: str, index: SentenceIndex, said: list[list[tuple[int, str]]], opening
) -> list[tuple[int, str]]:
    """The speaker named where a quote opened by this sentence closes, in its paragraph:
    '"We will clean Tel Rifat. Then other regions", Erdogan said.' (`said`: the attributions
    of every sentence)."""
    for later in index.sentences[opening.index + 1 :]:
        if later.paragraph != opening.paragraph:
            return []
        text = body[later.start : later.end]
        close = max(text.find('"'), text.find("”"))
        if close < 0:
            continue
        named = [who for pos, who in said[later.index] if pos > close and who != PRONOUN]
        return [(opening.start, named[0])] if named else []
    return []


class Claimants:
    """Attribution of every sentence, with quotes and 'It added' carried over."""

    def __init__(self, body: str, index: SentenceIndex) -> None:
        self.index = index
        self.by_sentence: dict[int, list[tuple[int, str]]] = {}
        last_by_paragraph: dict[int, str] = {}
        history: list[tuple[int, str]] = []  # every source found so far, in reading order
        timed: list[set[int]] = [set() for _ in index.sentences]
        said = [attributions(body[s.start : s.end], timed[s.index]) for s in index.sentences]
        # sources told in a clause of time, by offset in the body: never carried to other
        # sentences ("The oil fields carried output. Since October, when Trump said …")
        self._timed = {s.start + pos for s in index.sentences for pos in timed[s.index]}
        for sentence in index.sentences:
            text = body[sentence.start : sentence.end]
            earlier = _named_before(last_by_paragraph, sentence.paragraph, back=1)
            found = [
                (sentence.start + pos, earlier if who == PRONOUN else who)
                for pos, who in said[sentence.index]
                if who != PRONOUN or earlier
            ]
            if not found and text.lstrip()[:1] in '"“':
                # a quote whose speaker is named where it closes, later in its paragraph
                found = _speaker_after(body, index, said, sentence)
            if not found and (
                PRONOUN_START.search(text)
                or text.lstrip()[:1] in '"“'
                or IMAGERY_REFERENCE.search(text)
            ):
                who = _named_before(last_by_paragraph, sentence.paragraph, back=2)
                if who:
                    found = [(sentence.start, who)]
            found = [(pos, _antecedent(body, who, history)) for pos, who in found]
            history.extend(found)
            self.by_sentence[sentence.index] = found
            carried = self._carried(sentence.index)
            if carried:
                last_by_paragraph[sentence.paragraph] = carried[-1][1]
        # A quote's speaker is often named at the end of its paragraph: carry it back; and a
        # source's account ("the Post points out that ...") goes on to the paragraph's end.
        sentences = index.sentences
        for i in range(1, len(sentences)):
            if not self.by_sentence[i] and sentences[i - 1].paragraph == sentences[i].paragraph:
                self.by_sentence[i] = [
                    (sentences[i].start, who) for _, who in self._carried(i - 1)[-1:]
                ]
        for i in range(len(sentences) - 2, -1, -1):
            credit = PHOTO_CREDIT.match(body, sentences[i + 1].start)
            if not self.by_sentence[i] and (
                sentences[i + 1].paragraph == sentences[i].paragraph or credit
            ):
                self.by_sentence[i] = [
                    (sentences[i].end, who) for _, who in self._carried(i + 1)[:1]
                ]

    def _carried(self, sentence: int) -> list[tuple[int, str]]:
        """The sources of a sentence that hold for the sentences around it."""
        return [(pos, who) for pos, who in self.by_sentence[sentence] if pos not in self._timed]

    def for_span(self, sentence: int, offset: int) -> str | None:
        """The attribution nearest before the mention in its sentence, else the first after;
        but an 'according to' closing a new clause holds for that clause: 'X said …, while
        strikes hit Y, according to Z'."""
        found = self.by_sentence.get(sentence) or []
        before = [(pos, who) for pos, who in found if pos <= offset]
        after = [(pos, who) for pos, who in found if pos > offset]
        body = self.index.body
        if before and after and CLAUSE_OPENER.search(body, before[-1][0], offset) and (
            ACCORDING_JUST_BEFORE.search(body, max(0, after[0][0] - 25), after[0][0])
        ):
            return after[0][1]
        if before:
            return before[-1][1]
        return found[0][1] if found else None
