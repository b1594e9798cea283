"""Offset-preserving text folding for place-name matching.

`fold` maps every character to exactly one character, so an offset in the folded text is the
same offset in the original: lowercase, diacritics stripped, quote marks unified to `'`,
hyphens and dashes turned into spaces. Arabic and Cyrillic letters are kept (lowercased, with the
usual spelling normalisations: أ/إ/آ → ا, ى/ی → ي, ک → ك, ۀ → ه, ё → е).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

APOSTROPHES = frozenset("'`´‘’‚‛′ʹʻʼʽʾʿˈˊˋ＇")
QUOTES = frozenset("\"“”„‟«»")
DASHES = frozenset("-‐‑‒–—―−﹘﹣－_")
# Characters that carry no letter of their own: skipped by the matcher (kept 1:1 by `fold`).
IGNORABLE = frozenset("\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\u061c\u0640\ufeff")

_SPECIAL = {
    "ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ħ": "h",
    "Ħ": "H", "ŧ": "t", "Ŧ": "T", "ŀ": "l", "Ŀ": "L", "ð": "d", "Ð": "D", "þ": "t", "Þ": "T",
    "ə": "e", "Ə": "E", "ɛ": "e", "ɔ": "o", "ʃ": "s", "ǝ": "e", "ß": "ß", "ſ": "s",
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ک": "ك", "ۀ": "ه",
    "ё": "е", "Ё": "Е", "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ",
}
# Particles that may precede a name in lower case ("al-Qamishli", "eastern Mediterranean").
PARTICLES = frozenset({
    "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "adh", "ath", "ed", "er", "es", "et",
    "ez", "en", "ul", "us", "de", "des", "du", "del", "la", "le", "les", "di", "da", "der", "den",
    "die", "von", "van", "bin", "ibn", "the", "of", "and", "eastern", "western", "northern",
    "southern", "central", "upper", "lower", "greater", "north", "south", "east", "west",
    "rural", "occupied",
})
# Leading articles that can be dropped from an alias ("Al-Hasakah" → "Hasakah").
_DROPPABLE = ("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "adh", "ath", "ed", "er",
              "es", "et", "ez", "en")
_MIN_STRIPPED = 5  # keep the article when what is left is short and generic ("Al Bab" → "Bab")


def _fold_char(ch: str, keep_case: bool) -> str:
    """Fold one character to one character."""
    if ch in _SPECIAL:
        out = _SPECIAL[ch]
    elif ch in APOSTROPHES:
        return "'"
    elif ch in DASHES:
        return " "
    elif ch in QUOTES:
        return '"'
    elif ch.isspace():
        return ch if ch in "\n\r\t " else " "
    else:
        decomposed = unicodedata.normalize("NFD", ch)
        out = decomposed[0] if decomposed and not unicodedata.combining(decomposed[0]) else ch
        if out in _SPECIAL:
            out = _SPECIAL[out]
    if keep_case:
        return out
    low = out.lower()
    return low if len(low) == 1 else out


@lru_cache(maxsize=65536)
def _char_lower(ch: str) -> str:
    return _fold_char(ch, False)


@lru_cache(maxsize=65536)
def _char_case(ch: str) -> str:
    return _fold_char(ch, True)


def fold(text: str) -> str:
    """Lowercase, strip diacritics, unify quotes and dashes; `len(fold(t)) == len(t)`."""
    return "".join([_char_lower(c) for c in text])


def fold_keep_case(text: str) -> str:
    """Like `fold` but keeps upper case (used to know how an alias is capitalised)."""
    return "".join([_char_case(c) for c in text])


def is_word_char(ch: str) -> bool:
    """Letters, digits and combining marks are word characters; the rest are boundaries."""
    return ch.isalnum() or unicodedata.category(ch)[0] == "M"


@lru_cache(maxsize=8192)
def _char_script(ch: str) -> str:
    if ch.isascii():
        return "latin"
    name = unicodedata.name(ch, "")
    for script in ("LATIN", "ARABIC", "CYRILLIC"):
        if name.startswith(script):
            return script.lower()
    return "other"


def script_of(text: str) -> str:
    """'latin', 'arabic', 'cyrillic', 'other' or 'none' for the first letter in `text`."""
    for ch in text:
        if ch.isalpha():
            return _char_script(ch)
    return "none"


_SPACES = re.compile(r"\s+")


def _arabic_variants(words: list[str]) -> set[str]:
    """Persian and compact spellings of an Arabic name.

    Persian writes a final ة as ه ("حماه"), glues articles ("ديرالزور") and drops the article
    of the first word ("السيدة زينب" → "سيده زينب").
    """
    persian = [w[:-1] + "ه" if w.endswith("ة") else w for w in words]
    out = {" ".join(persian)}
    if len(words) == 1:
        bare = persian[0][2:]
        if persian[0].startswith("ال") and len(bare) >= 4 and _rare_arabic_word(bare):
            out.add(bare)  # "الجولان" → "جولان", "البوكمال" → "بوكمال"; not "الضمير" (ضمير)
        return out
    glued = words[0] + "".join(w if w.startswith("ال") else " " + w for w in words[1:])
    if glued != " ".join(words):
        out.add(glued)
    # Persian joins the two words of a compound name with a zero-width non-joiner, which the
    # matcher skips ("نجف‌آباد" reads "نجفآباد"), or with nothing: "نجف آباد" → "نجفآباد"
    compound = "".join(persian)
    if len(words) == 2 and len(compound) >= _MIN_COMPOUND and _rare_arabic_word(compound):
        out.add(compound)
    if words[0].startswith("ال") and len(words[0]) > 4:
        out.add(" ".join([persian[0][2:], *persian[1:]]))
    return out


_MIN_COMPOUND = 5  # letters of a glued two-word name: a shorter key is too easily a word
# An Arabic name without its article must not be a word: "قصير" (short), "ضمير" (conscience).
RARE_ARABIC_ZIPF = 3.0


@lru_cache(maxsize=8192)
def _rare_arabic_word(word: str) -> bool:
    from wordfreq import zipf_frequency  # loaded only when a gazetteer is built in memory

    return zipf_frequency(word, "ar", wordlist="small") < RARE_ARABIC_ZIPF


ZWNJ = "\u200c"


def _case_variants(name: str) -> set[str]:
    """Variants of `name` in folded-but-cased form (see `alias_variants`)."""
    if ZWNJ in name:
        # The matcher skips zero-width marks in the text. Persian writes the joints of a
        # compound name with a zero-width non-joiner, a space or nothing ("نجف‌آباد",
        # "نجف آباد", "نجفآباد"): both readings of one in an alias are kept. (GeoNames'
        # alternates carrying left-to-right marks stay unmatched, as they always were: read
        # unchecked they bring in homonyms, "الحولة" for Kafr Laha.)
        spaced = "".join(" " if c == ZWNJ else "" if c in IGNORABLE else c for c in name)
        glued = "".join(c for c in name if c not in IGNORABLE)
        return _case_variants(spaced) | _case_variants(glued)
    base = _SPACES.sub(" ", fold_keep_case(name)).strip()
    if not base:
        return set()
    out = {base}
    words = base.split(" ")
    first = words[0]
    # "Al-Hasakah" → "Hasakah"; "al-Qamishli" keeps a variant with the article lowercased.
    if len(words) > 1 and first.lower() in _DROPPABLE:
        rest = " ".join(words[1:])
        out.add(first.lower() + " " + rest)
        if len(rest.replace(" ", "")) >= _MIN_STRIPPED:
            out.add(rest)
    # "Alhasakah" style glued articles are left alone: too easy to over-strip.
    if script_of(base) == "arabic":
        out |= _arabic_variants(words)
    for variant in list(out):
        if "'" in variant:
            out.add(variant.replace("'", ""))
            stripped = variant.strip("'")
            if stripped and stripped != variant:
                out.add(stripped)
    return {_SPACES.sub(" ", v).strip() for v in out if v.strip()}


def cased_variants(name: str) -> set[str]:
    """Variants of `name` keeping case, for the matcher's capitalisation rule."""
    return _case_variants(name)


def alias_variants(name: str) -> set[str]:
    """Folded variants of an alias: with/without a leading article, with/without apostrophes."""
    return {fold(v) for v in _case_variants(name)}


def key_word_index(cased: str) -> int | None:
    """Index of the word whose capital marks the alias as a name (None: no capital needed)."""
    words = cased.split(" ")
    first_upper = None
    for i, word in enumerate(words):
        if word[:1].isupper():
            if first_upper is None:
                first_upper = i
            if word.lower() not in PARTICLES:
                return i
    return first_upper


def last_key_word_index(cased: str) -> int | None:
    """Index of the alias's last capitalised word that is no particle: French writes "le krak
    des Chevaliers" with the first word in lower case."""
    words = cased.split(" ")
    found = [i for i, w in enumerate(words) if w[:1].isupper() and w.lower() not in PARTICLES]
    return found[-1] if found else None


def is_all_caps(cased: str) -> bool:
    """An alias written in capitals only, like "T4" (then the text must use capitals too)."""
    letters = [c for c in cased if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)
