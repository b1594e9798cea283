"""Roads named by their ends: "the Baghdad–Damascus highway", "l'autoroute Damas-Alep", "the
highway between Aleppo and Damascus", "Halep'i Şam'a bağlayan M5". The text is about the road,
not an event at either town."""

from __future__ import annotations

import re

ROAD_AFTER_WORDS = (
    r"(?:highway|road|motorway|railway|pipeline|route|expressway)\b|boru\s+hatt\w*|"
    r"kara\s*yol\w*|otoyol\w*|demiryol\w*"
)
ROAD_BEFORE = re.compile(r"[\w-]\s*[–-]\s*$")
ROAD_AFTER = re.compile(r"^\s+(?:" + ROAD_AFTER_WORDS + r")", re.I)
# Roads and pipelines in the languages reports come in (English ones are `ROAD_AFTER_WORDS`).
_ROAD_NOUNS_INTL = (
    r"autoroute|route|oléoduc|gazoduc|autopista|carretera|oleoducto|gasoducto|autostrada|"
    r"strada|gasdotto|oleodotto|rodovia|estrada|Autobahn|Straße|Pipeline|"
    r"трасс\w*|шоссе|автодорог\w*"
)
# "l'autoroute Damas-Alep", "трасса Дамаск — Алеппо", "Autobahn Damaskus-Aleppo": a road noun,
# then the two ends joined by a dash.
ROAD_NOUN_BEFORE = re.compile(
    r"\b(?:" + _ROAD_NOUNS_INTL + r"|gasoduto|oleoduto|трубопровод\w*|газопровод\w*|"
    r"нефтепровод\w*|(?<!\w)\w?الطريق\s+الدولي|(?<!\w)\w?أوتوستراد)\s+"
    r"(?:(?:de|du|des|del|della|da|do|entre|tra|zwischen)\s+)?(?:[\w-]+\s*[–—-]\s*)?$",
    re.I,
)
DASH_AFTER = re.compile(r"^\s*[–—-]\s*\w")
# The two ends of a road: "the highway between Aleppo and Damascus", "la route reliant Azaz à
# Alep", "la carretera entre Damasco y Sueida", "die Straße von Aleppo nach Osten", "Halep'i
# Şam'a bağlayan M5": the road, not an event at either town.
_ROAD_NOUN = (
    r"(?:road|roads|routes|highway|motorway|railway|pipeline|corridor|artery|supply\s+line|"
    r"(?-i:M\d{1,2})|" + _ROAD_NOUNS_INTL
    + r"|axe|ruta|autoestrada|superstrada|Schnellstraße|Fernstraße|Landstraße|"
    r"Verbindungsstraße|дорог\w*|магистрал\w*|طريق|الطريق|أوتوستراد|الأوتوستراد|"
    # what runs along a road or a line: "traffic between Kobani and Qamishli", "a stretch of
    # the border between Jarablus and Tal Abyad", "Nachschub zwischen Rakka und Mossul",
    # "на участке между Арихой и Джиср-эш-Шугуром", "خطوط الإمداد بين"
    r"traffic|stretch|section|tronçon|tramo|tratto|trecho|Abschnitt|Nachschub\w*|Verkehr|"
    r"участ(?:ок|ке|ка|ком)|трафик\w*|خطوط|خط|طرق|الطرق|حلقة\s+وصل)"
)
_ROAD_LINK = (
    r"(?:between|linking|connecting|joining|links|connects|joins|from|entre|reliant|"
    r"qui\s+relie|relie|joignant|verbindet|соединяет|связывает|соединяющ\w+|связывающ\w+|"
    r"que\s+une|que\s+conecta|que\s+liga|ligando|tra|fra|che\s+collega|che\s+unisce|"
    r"zwischen|von|между|из|от|بين|الواصل\s+بين|الرابط\s+بين|الذي\s+يربط)"
)
_ROAD_ARTICLE = r"(?:(?:the|la|le|l['’]|el|o|a|il|der|dem|den)\s+)?"
_ROAD_AND = r"(?:and|to|with|à|au|y|con|a|e|und|mit|nach|bis|и|с|до|و|ب)"
# Words between a link and an end: "routes between rebel-held parts of Homs province", "between
# its stronghold of Raqqa", "und der irakischen Stadt Mossul", "ومحافظتي اللاذقية".
_END_FILLER = (
    r"(?:(?:[\w-]+\s+){0,2}(?:of|de|d['’]|du|des|del|della|di|do|da)\s+(?:the\s+)?"
    r"|(?:[\w-]+\s+)?(?:Stadt|Provinz|city|town|province|countryside\s+around)\s+"
    r"|(?:منطقة|مدينة|بلدة|محافظة|محافظتي|مدينتي|بلدتي)\s+)?"
)
# "the highway between ", then (second end) the first end and "and "
_ROAD_THEN_LINK = (
    r"\b" + _ROAD_NOUN + r"\b[^.;!?\n]{0,40}?(?<!\w)" + _ROAD_LINK + r"\s+" + _ROAD_ARTICLE
    + _END_FILLER
)
FIRST_ROAD_END = re.compile(_ROAD_THEN_LINK + r"$", re.IGNORECASE)
SECOND_ROAD_END = re.compile(
    _ROAD_THEN_LINK
    + r"\S+(?:\s+\S+){0,3}?\s+"
    + _ROAD_AND
    + r"\s*"
    + _ROAD_ARTICLE
    + _END_FILLER
    + r"$",
    re.IGNORECASE,
)
ROAD_AND_AFTER = re.compile(r"^\s+" + _ROAD_AND + r"\s*\w", re.IGNORECASE)
TURKISH_ROAD_FIRST = re.compile(r"^['’][yn]?[ıiuü]\s+\S+?['’][yn]?[ae]\s+bağlayan\b")
TURKISH_ROAD_SECOND = re.compile(r"^['’][yn]?[ae]\s+bağlayan\b")
# "Azez ile Halep kırsalı arasındaki yollar" (the roads between Azaz and the Aleppo countryside)
_TR_ROAD = (
    r"arasındaki\s+(?:[\w-]+\s+){0,2}?(?:yol|kara\s*yol|otoyol|güzerg[aâ]h|ikmal\s+hatt|"
    r"sınır\s+hatt|hat)"
)
TURKISH_ROAD_BETWEEN_FIRST = re.compile(
    r"^(?:\s+(?:ilçesi|kenti|şehri|beldesi|bölgesi))?\s+ile\s+\S+(?:\s+\S+)?\s+" + _TR_ROAD
)
TURKISH_ROAD_BETWEEN_SECOND = re.compile(r"^(?:\s+\S+)?\s+" + _TR_ROAD)
_TR_AND_BEFORE = re.compile(r"\sile\s+$")


def names_road(before: str, after: str) -> bool:
    """Is the place between `before` and `after` part of a road's name or one of its ends?"""
    if ROAD_BEFORE.search(before[-3:]) and ROAD_AFTER.match(after):
        return True
    road = ROAD_NOUN_BEFORE.search(before)
    if road and (DASH_AFTER.match(after) or road.group().rstrip()[-1] in "–—-"):
        return True  # "l'autoroute Damas-Alep", "трасса Алеппо – Латакия": the road's name
    return is_road_end(before, after)


def is_road_end(before: str, after: str) -> bool:
    """'the highway between Aleppo and Damascus': either end of a road it names."""
    if FIRST_ROAD_END.search(before) and ROAD_AND_AFTER.match(after):
        return True
    if SECOND_ROAD_END.search(before):
        return True
    if TURKISH_ROAD_BETWEEN_FIRST.match(after) or (
        _TR_AND_BEFORE.search(before) and TURKISH_ROAD_BETWEEN_SECOND.match(after)
    ):
        return True
    return bool(TURKISH_ROAD_FIRST.match(after) or TURKISH_ROAD_SECOND.match(after))
