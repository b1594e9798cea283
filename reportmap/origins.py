"""Where a person comes from is their story, not the news: "born in Aleppo", "يتحدر من محافظة
دير الزور", "originaire de Homs", "came to Damascus as a child"."""

from __future__ import annotations

import re

# Words of origin right before the place (an article, "the city of", "a village near" between).
ORIGIN_BEFORE = re.compile(
    r"(?:\b(?:born|raised|grew\s+up|hails?|hailed|native|natives|originally|"
    r"né|née|nés|natif|originaire|originaires|a\s+grandi|nacid[oa]s?|"
    r"natural|oriund[oa]|originari[oa]|creció|geboren|stammt|stammte|stammen|aufgewachsen|"
    r"nat[oa]|cresciut[oa]|nascid[oa]s?|cresceu|родил(?:ся|ась)|родом|уроженец|уроженка|"
    r"вырос|выросла)"
    r"(?:\s+(?:in|from|of|near|to|à|a|en|de|du|des|d['’]|di|da|do|em|no|na|aus|bei|в|из|под))?"
    r"(?:\s+(?:the|la|le|el|die|der|dem|a|an)\b)?"
    r"(?:\s+(?:city|town|village|province|ville|ciudad|pueblo|provincia|Stadt|"
    r"Dorf|Provinz|città|villaggio|cidade|aldeia|província|города|деревни|провинции)"
    r"(?:\s+(?:of|de|d['’]|di|da|do))?)?\s*$"
    r"|(?:^|\s)(?:يتحدر|ينحدر|يتحدّر|ينحدّر|تتحدر|تنحدر|المتحدر|المنحدر)\s+من\s+"
    r"(?:(?:مدينة|بلدة|قرية|محافظة|ريف)\s+)?$"
    r"|(?:^|\s)(?:من\s+مواليد|وُلد\s+في|ولد\s+في|المولود\s+في|ولدت\s+في)\s+"
    r"(?:(?:مدينة|بلدة|قرية|محافظة|ريف)\s+)?$)",
    re.IGNORECASE,
)
# "came to Damascus as a child": the place of a life, not of the news.
AS_A_CHILD_AFTER = re.compile(
    r"\s+(?:as\s+a\s+(?:child|boy|girl|young\s+man|young\s+woman|teenager|student)|"
    r"enfant|de\s+niño|als\s+Kind)\b",
    re.IGNORECASE,
)


def is_origin(body: str, start: int, end: int) -> bool:
    """Whether the place at body[start:end] is where someone was born or comes from."""
    return bool(
        ORIGIN_BEFORE.search(body, max(0, start - 45), start)
        or AS_A_CHILD_AFTER.match(body, end)
    )
