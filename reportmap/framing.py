"""Place names that frame a report instead of placing its events.

* a dateline: "BEIRUT (Reuters) -", "AMMAN - Jordan declared", "دمشق –", where the story was filed;
* the seat of a source: "the London-based Observatory", "die in London ansässige
  Beobachtungsstelle", "l'OSDH, basé à Londres", "ومقره لندن";
* the first word of a longer name the gazetteer lacks: "Bab" in "Bab el-Hava" is not al-Bab;
* an agency tag or a byline before the lede: "/«Меридиан»/.", "By Helen Marsh in Beirut".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportmap.model import Site
from reportmap.text import Span

# After the name at the head of the body or of a line: "/AMMAN", ", Syria", ", July 17",
# ", 23 juin 2025", " (Jordania)", " (AFP)", then a dash, colon or double slash: " -", " –",
# ".-", ":", " //" ("ABU DHABI // Gunmen ambushed").
_NAME_PART = r"[A-ZÀ-ÞА-Я][\w'’. -]{0,30}?"
_DATE_PART = (
    r"(?:[A-Za-zÀ-ÿ]+\.?\s+\d{1,2}(?:,?\s+\d{4})?"
    r"|\d{1,2}\.?\s+(?:de\s+)?[A-Za-zÀ-ÿА-яЁё]+\.?(?:\s+(?:de\s+)?\d{4})?"
    r"|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)"
)
_DATELINE_AFTER = re.compile(
    r"^(?:\s*/\s*" + _NAME_PART + r")*"
    r"(?P<parts>(?:\s*[,،]\s*(?:" + _DATE_PART + r"|" + _NAME_PART + r"|[^\s\d,،()]{2,20})"
    r"|\s*\([^()\n]{1,40}\)){0,4})"
    # TASS style: "МОСКВА, 18 сентября. /ТАСС/."; a dateline in brackets: "(Gaziantep, 24 March
    # 2020) –"
    r"\)?\s*\.?\s*(?:[-–—:]\s|//\s|/[^/\n]{1,40}/)"
    # "(Gaziantep, 4 February 2025) The Northern Syria Relief Alliance": in brackets, no dash
    r"|^\s*,\s*" + _DATE_PART + r"\)\s"
)
# An upper-case name, a date and a full stop: "ТЕЛЬ-АВИВ, 26 августа. Россия вывезла …"
_CAPS_DATE_AFTER = re.compile(r"^\s*,\s*" + _DATE_PART + r"\s*\.\s")
_AGENCY_HEAD = r"(?:\s*\([^()\n]{1,20}\)\s*[-–—]\s*)?"  # "(AIL) - BEIRUT, 2 APR -"
# A second place after the first and a dash: "دمشق - القامشلي:", "BEIRUT - AMMAN -".
_FIRST_PLACE = (
    r"(?:[^\s\d]{2,20}\s+[-–]\s+|[^\W\d_a-zA-Z]{2,20}(?:\s+[^\W\d_a-zA-Z]{2,20})?\s*،\s*)?"
)
_HEAD_BEFORE = re.compile(
    r"^\(?" + _AGENCY_HEAD + _FIRST_PLACE + r"(?:\s*" + _NAME_PART + r"\s*/)*\s*$"
)

_CAPS_HEAD_BEFORE = re.compile(r"^\(?" + _AGENCY_HEAD + r"[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ'’. -]{1,30},\s*$")

# The Persian agency lede: "به گزارش خبرگزاری پارس نو از " (reporting from).
_AGENCY_FROM_BEFORE = re.compile(r"^\W*به\s+گزارش\s+[^،.\n]{2,60}?\s+از\s+$")


# A byline on a line of its own: "By Rana Haddad in Amman", "Par Marie Dupont, à Beyrouth",
# "From our correspondent in Erbil", "De notre envoyé spécial à Alep".
_BYLINE_BEFORE = re.compile(
    r"^\s*(?:(?:By|Par|Von|Por|Di|Da|От)\s+(?-i:[A-ZÀ-ÞА-Я])"
    r"|(?:(?:From|By)\s+our|(?:De|Par)\s+notre|Von\s+unsere[mr]|(?:De|Por)\s+nuestr[oa]|"
    r"Dal\s+nostro|Dalla\s+nostra|Do\s+nosso|Da\s+nossa|Por\s+nosso|От\s+нашего|От\s+нашей)\s)"
    r"[^\n,]{1,60}?(?:,\s*|\s+)"
    r"(?:in|à|en|aus|em|a|из|в)?\s*$"
)
_BYLINE_AFTER = re.compile(r"^(?:\s*,\s*[A-ZÀ-Þ][\w ]{0,30})?\s*(?:\n|$)")


def is_dateline(body: str, start: int, end: int) -> bool:
    """The place a report was filed from, written at the head of the body or of a paragraph.

    "BEIRUT (Reuters) -", "QAMISHLI, Syria, Jan 16 (EM) –", "Beirut/Damaskus (NND) -",
    "Damasco, 21 jul (AIN).-", "دمشق –". A name in mixed case needs a date or an agency in
    brackets: "Beirut - the capital…" in running text is not a dateline.
    """
    line_start = body.rfind("\n", 0, start) + 1
    if _BYLINE_BEFORE.match(body[line_start:start]) and _BYLINE_AFTER.match(body[end : end + 40]):
        return True  # where the writer filed from, like a dateline
    if _AGENCY_FROM_BEFORE.match(body[line_start:start]) and body[end : end + 2].lstrip()[:1] in (
        "،", ",",
    ):
        return True  # "به گزارش خبرگزاری پارس از بیروت،": the agency reporting from there
    before = body[line_start:start]
    caps_head = _CAPS_HEAD_BEFORE.match(before)
    head = _HEAD_BEFORE.match(before)
    if not (caps_head or head):
        return False  # not the first name of the line (a leading "BEIRUT/" is allowed)
    after = _DATELINE_AFTER.match(body[end : end + 80])
    if after and caps_head:
        return True  # the region after the town: "MAJDAL SHAMS, Golan Heights (MPA) -"
    if not head:
        return False
    surface = body[start:end]
    if not after:
        return surface.isupper() and bool(_CAPS_DATE_AFTER.match(body[end : end + 80]))
    latin = any("a" <= c.lower() <= "z" for c in surface)
    if not latin or surface.isupper():
        return True
    parts = after.group("parts") or after.group()  # "(Gaziantep, 4 February 2025) The"
    # "Erbil/Beirut -": places joined by a slash at the head of a line file a report
    joined = "/" in before or after.group().lstrip().startswith("/")
    return joined or "(" in parts or any(c.isdigit() for c in parts)


# The date of a dateline: "BEIRUT, 2 APR -", "(AIL) - BEIRUT, 2 APR -", "Damasco, 14 mar 2025
# (AAN) -", "QAMISHLI, Syria, Jan 16 (EM) –".
_DATELINE_DATE_BEFORE = re.compile(
    r"^\(?" + _AGENCY_HEAD + _NAME_PART
    + r"(?:\s*/\s*" + _NAME_PART + r")*(?:\s*,\s*" + _NAME_PART + r")*\s*,\s*$"
)
# "- ", ": ", or the agency between slashes (TASS style: "МОСКВА, 18 сентября. /ТАСС/.").
_DATELINE_DATE_AFTER = re.compile(
    r"^\s*(?:\([^()\n]{1,40}\))?\s*\.?\s*(?:[-–—:]\s|//\s|/[^/\n]{1,40}/)"
)


def is_dateline_date(body: str, start: int, end: int) -> bool:
    """A date written in the dateline: when the report was filed, not when things happened."""
    line_start = body.rfind("\n", 0, start) + 1
    return bool(
        _DATELINE_DATE_BEFORE.match(body[line_start:start])
        and _DATELINE_DATE_AFTER.match(body[end : end + 50])
    )


_SEAT_BEFORE = re.compile(
    r"(?:\bbased\s+in|\bheadquartered\s+in|\bbasée?s?\s+à|\bsiégeant\s+à|"
    r"\bcon\s+sede\s+(?:en|a|in)|\bcom\s+sede\s+em|\bmit\s+Sitz\s+in|\bbasad[oa]s?\s+en|"
    r"\bha\s+sede\s+a|\bsediad[oa]\s+em|\bdont\s+le\s+siège\s+est\s+à|"
    r"\b(?:que\s+)?(?:tem|têm|tiene|tienen|a|ont)\s+(?:(?:sua|su|son|leur)\s+)?(?:sede|siège)\s+"
    r"(?:em|en|à)|"
    # "the Syrian Observatory for Human Rights in London", "Beobachtungsstelle … in London"
    r"\b(?:Observatory|Beobachtungsstelle|Observatoire|Observatorio|Osservatorio|Observatório)"
    r"(?:\s+(?:(?-i:[A-ZÀ-Þ])[\w'’-]*|for|des|de|du|für|per|para|pour|dei|degli|dos|das|"
    r"[dl]['’]\w+|dell['’]\w+|syrien\w*|syrische\w*|sirian\w*|siri\w*|sírio|droits|diritti|"
    r"derechos|direitos|humanos|umani|homme)){0,7},?\s+(?:in|à|en|a|em)\s+|"
    r"\bс\s+(?:штаб-квартирой|центром)\s+в|\bбазирующ\w*\s+в|"
    # an organisation's own seat: "which has its headquarters in", "whose headquarters are in",
    # "che ha il suo quartier generale a", "штаб-квартира которой находится в"
    r"\b(?:its|their|whose|suo|sua|son|sa|leur|su|sus|seinen|ihren|dont\s+le|dont\s+la)\s+"
    r"(?:headquarters|quartier\s+generale|quartier\s+général|sede\s+central|Hauptquartier|"
    r"Hauptsitz)\s+(?:(?:is|are|was|were|est|è|está|se\s+encuentra|ist|liegt)\s+)?"
    r"(?:in|a|à|en|em|im)|"
    r"\bштаб-квартир\w*\s+(?:котор\w+\s+)?(?:находится\s+|расположена\s+)?в|"
    r"(?:و?مقر(?:ه|ها)\s+(?:في\s+)?)|(?:ومقر(?:ه|ها)\s+)|"
    r"\bمستقر\s+در|\bبا\s+مقر\s+در|\bمقرش\s+در)\s*$",  # Persian "based in"
    re.IGNORECASE,
)
_SEAT_AFTER = re.compile(
    r"^(?:-based\b|\s+ansässig\w*|\s+merkezli\b|['’]?\w{0,3}\s+merkezli\b|-basierte\w*)",
    re.IGNORECASE,
)


# Troops "based in" a place are there: "US troops based in Hasakah".
_STATIONED_BEFORE = re.compile(
    r"\b(?:troops|forces|soldiers|units|personnel|jets|aircraft|warplanes|ships|fighters|"
    r"troupes|soldats|militaires|tropas|fuerzas|soldados|truppe|forze|soldati|"
    r"Truppen|Soldaten|Streitkräfte|войска|военные|силы|نیروهای|نیروی|نظامیان|سربازان)"
    r"\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


def is_seat_of_source(body: str, start: int, end: int) -> bool:
    """Where a source sits ("London-based", "based in London"), not where anything happened."""
    before = body[max(0, start - 90) : start]
    after = body[end : end + 30]
    if _SEAT_AFTER.match(after):
        return True
    seat = _SEAT_BEFORE.search(before)
    return bool(seat) and not _STATIONED_BEFORE.search(before[: seat.start()])


# "Bab el-Hava", "Ain al-Shaab": the match is followed by an article glued to another word.
_NAME_GOES_ON = re.compile(
    r"^\s(?:al|el|ad|ar|as|ash|at|az|an|ed|er|es|esh|et|ez|en)-(?P<word>[A-Za-zÀ-ÿ'’]+)"
)
# Words that name a part of the place itself: "Daraa al-Balad" is still Daraa.
_PART_WORDS = frozenset({
    "balad", "jadida", "jadid", "jdideh", "qadima", "qadim", "sharqi", "sharqiya", "sharqiyah",
    "gharbi", "gharbiya", "gharbiyah", "shamali", "shamaliya", "janoubi", "janoubiya", "janubi",
    "kabir", "kabira", "saghir", "saghira", "mahatta", "mahattah", "sham",
})


# Arabic words that head a compound place name: "Tal Dahab", "Dar al-Kabira", "Kafr Laha".
_HEAD_WORDS = frozenset({
    "tal", "tall", "tell", "ain", "ayn", "ein", "deir", "dayr", "kafr", "kfar", "beit", "bayt",
    "jabal", "jebel", "bab", "khan", "ras", "abu", "umm", "wadi", "qasr", "jisr", "bir", "hawsh",
    "hosh", "dar", "sheikh", "marj", "qalaat", "qalat", "tel", "nahr", "mazraat", "arab",
})
_CAPITALISED_NEXT = re.compile(r"^\s[A-ZÀ-Þ][a-zà-ÿ'’]")
# Countries where "X al-Kabira" is still X ("Greater X"); elsewhere the name goes on.
_ARABIC_NAMING = frozenset({"SY", "IQ", "LB", "JO", "PS", "IL", "SA", "EG", "YE", "KW", "AE",
                            "QA", "BH", "OM", "LY", "TN", "DZ", "MA", "SD"})


def continues_name(body: str, start: int, end: int, country: str | None = "SY") -> bool:
    """Whether a one-word match is only the head of a longer name ("Bab el-Hava")."""
    surface = body[start:end]
    if " " in surface.strip() or "-" in surface:
        return False
    if surface.lower() in _HEAD_WORDS and _CAPITALISED_NEXT.match(body[end : end + 3]):
        return True
    goes_on = _NAME_GOES_ON.match(body[end : end + 30])
    if not goes_on:
        return False
    return country not in _ARABIC_NAMING or goes_on.group("word").lower() not in _PART_WORDS


DATELINE_REACH = 200  # characters: a dateline opens the body


def dateline_site(body: str, candidates) -> Site | None:
    """The place of the report's dateline, the most populous sense of its name."""
    for cand in candidates:
        if cand.start > DATELINE_REACH:
            break
        if is_dateline(body, cand.start, cand.end):
            return max(cand.sites, key=lambda s: s.population)
    return None


# The most words of a byline standing as the first paragraph ("By Helen Marsh, Middle East
# Correspondent").
BYLINE_WORDS = 12


def is_tag_or_byline(body: str, sentences: Sequence[Span], sentence: int) -> bool:
    """A "sentence" of fewer than three words (an agency tag, a dateline's piece), or a byline:
    a short paragraph of its own with no full stop ("Von unserem Korrespondenten")."""
    if sentence >= len(sentences):
        return False
    span = sentences[sentence]
    text = body[span.start : span.end].strip()
    words = len(re.findall(r"\w+", text))
    if words < 3:
        return True
    last = sentence + 1 >= len(sentences)
    alone = last or sentences[sentence + 1].paragraph != span.paragraph
    return alone and words <= BYLINE_WORDS and text[-1:] not in ".!?:…»\"”)"
