"""Month names dateparser's tables lack, by language: Levantine months, Russian adjectives."""

from __future__ import annotations

# Month names dateparser's tables lack: the Levantine (Syriac) months that Syrian, Lebanese and
# Jordanian media use ("27 آب", "تشرين الأول"), and the Russian locatives whose stems are too
# short to be read from the other forms ("в мае", "в июне", "в июле").
LEVANTINE = {
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "اذار": 3, "نيسان": 4, "أيار": 5, "ايار": 5,
    "حزيران": 6, "تموز": 7, "آب": 8, "اب": 8, "أيلول": 9, "ايلول": 9, "تشرين الأول": 10,
    "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الأول": 12, "كانون الاول": 12,
}
# Russian months as adjectives: "после февральского землетрясения" (the February earthquake).
RU_MONTH_ADJECTIVES = {
    stem + ending: i
    for i, stem in enumerate(("январск", "февральск", "мартовск", "апрельск", "майск",
                              "июньск", "июльск", "августовск", "сентябрьск", "октябрьск",
                              "ноябрьск", "декабрьск"), 1)
    for ending in ("ий", "ого", "ому", "им", "ом", "ая", "ой", "ую", "ое", "ие", "их", "ими")
}
EXTRA_MONTHS = {
    "ru": {"мае": 5, "июне": 6, "июле": 7} | RU_MONTH_ADJECTIVES, "uk": {}, "ar": LEVANTINE,
}
