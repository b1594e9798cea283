"""Offsets between days: "two days after an attack on X", "au lendemain de", "بعد يومين من";
and between months: "two months after the YPG drove IS out of Kobani"."""

from __future__ import annotations

import re

# "two days after an attack on X": X's day is counted from the day of the sentence.
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# What the "after …" phrase covers: up to a comma, except commas between names ("en Al Bab,
# Azaz, Afrín y Yarábulus") and around an aside ("after the YPG, backed by US strikes, drove").
_ASIDE = r"[,،]\s*(?:backed|led|supported|aided|helped|which|who|whose)\b[^,;.]{0,60},"
TAIL = r"(?:[^،,;.]|" + _ASIDE + r"|[,،]\s*(?=(?-i:[A-ZÀ-ÞА-ЯЁ])|$))*$"
OFFSET_BEFORE = re.compile(
    r"\b(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?P<unit>days?|weeks?|months?)\s+(?P<dir>after|before)\s+" + TAIL,
    re.IGNORECASE,
)
# The same in other languages; a group "n" holds a number (a word or digits, one when absent)
# and "dir" the direction (after when absent).
_N = r"(?P<n>\d{1,2}|\w+)"
# "после того, как армия заняла …": the comma before "как" does not end the phrase.
_RU_THAT = r"(?:того\s*,\s*как\s+)?"
OFFSET_INTL = [
    re.compile(_N + r"\s+(?P<unit>jours?|semaines?|mois)\s+(?P<dir>après|avant)\s+" + TAIL, re.I),
    re.compile(r"\bau\s+lendemain\s+d[eu'’]\s*" + TAIL, re.I),
    re.compile(r"\bthe\s+day\s+after\s+" + TAIL, re.I),
    re.compile(_N + r"\s+(?P<unit>Tage?n?|Wochen?|Monate?n?)\s+(?P<dir>nach|vor)\s+" + TAIL, re.I),
    re.compile(_N + r"\s+(?P<unit>días?|dias?|semanas?|mes|meses|mês)\s+"
               r"(?P<dir>después|antes|depois)\s+"
               + TAIL, re.I),
    re.compile(r"\bal\s+día\s+siguiente\s+de\s+" + TAIL, re.I),
    re.compile(_N + r"\s+(?P<unit>giorni|giorno|settimane|settimana|mesi|mese)\s+"
               r"(?P<dir>dopo|prima)\s+"
               + TAIL, re.I),
    re.compile(r"через\s+" + _N + r"\s+(?P<unit>дня|дней|день|недел[юиь])\s+после\s+" + _RU_THAT
               + TAIL, re.I),
    re.compile(r"через\s+(?P<unit>неделю)\s+после\s+" + _RU_THAT + TAIL, re.I),
    re.compile(r"на\s+следующий\s+день\s+после\s+" + _RU_THAT + TAIL, re.I),
    # "غداة مؤتمر عُقد في الحسكة" (the morrow of), "all'indomani del vertice"
    re.compile(r"(?:^|\s)(?:و?غداة|في\s+اليوم\s+التالي\s+(?:ل|من)\s*)\s*" + TAIL),
    re.compile(r"\b(?:all['’]indomani\s+d(?:i|el|ella|ello|ei|egli|elle)|"
               r"no\s+dia\s+seguinte\s+(?:a|ao|à))\s+" + TAIL, re.I),
    re.compile(r"(?:^|\s)(?P<dir>بعد|قبل)\s+(?:(?:نحو|حوالي|قرابة)\s+)?"
               r"(?P<n>يوم|يومين|ثلاثة\s+أيام|أسبوع|أسبوعين)\s+(?:من|على)\s+" + TAIL),
]
NUMBER_WORDS_INTL = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "ein": 1, "einen": 1, "einem": 1, "zwei": 2,
    "drei": 3, "uno": 1, "dos": 2, "tres": 3, "due": 2, "tre": 3, "um": 1, "dois": 2,
    "três": 3, "una": 1, "eine": 1, "день": 1, "два": 2, "три": 3, "يوم": 1, "يومين": 2,
    "ثلاثة أيام": 3, "أسبوع": 7, "أسبوعين": 14,
    "quatre": 4, "cinq": 5, "six": 6, "dix": 10, "vier": 4, "fünf": 5, "sechs": 6, "zehn": 10,
    "cuatro": 4, "cinco": 5, "seis": 6, "diez": 10, "quattro": 4, "cinque": 5, "sei": 6,
    "dieci": 10, "quatro": 4, "dez": 10,
}
WEEK_UNITS = ("sem", "woch", "sett", "недел")
MONTH_UNITS = ("month", "mois", "monat", "mes", "mês", "месяц")
AFTER_WORDS = {"après", "nach", "después", "depois", "dopo", "بعد"}
