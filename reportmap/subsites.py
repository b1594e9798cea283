"""Places inside a town that the gazetteer lacks: a hospital, a square, a checkpoint, a church.

"the national hospital", "l'hôtel Safir", "la plaza del Reloj", "das Kommandogebäude",
"la praça central", "دوار شيحان": each is shown at the town or quarter it belongs to, found as
the antecedent of a definite reference is (`reportmap.references`). A name the gazetteer knows
right after the noun with a preposition ("hospital de Duma", "hôpital d'Alep") is left to the
name itself; a known town's name glued to the noun ("hôtel Safir") is the building's name.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from geo.geodesy import distance_m
from reportmap.demonyms import country_of_adjective
from reportmap.kinds import AIR, MILITARY, PART_OF_CITY, POPULATED

if TYPE_CHECKING:
    from reportmap.model import Site
    from reportmap.resolve import Resolved

# Nouns of buildings and places inside a town, by language (singular; compounds in German).
_LATIN = (
    # English
    r"hospital|clinic|hotel|roundabout|(?:bus|railway|train)\s+station|mosque|church|cathedral|"
    r"monastery|convent|souk|souq|suq|bazaar|market\s+square|marketplace|checkpoint|"
    r"headquarters|(?:municipal|government|governorate)\s+building|town\s+hall|stadium|"
    r"bakery|school|old\s+city|old\s+quarter|historic\s+quarter|city\s+cent(?:re|er)|town\s+cent(?:re|er)|"
    r"pumping\s+station|power\s+(?:station|plant)|cemetery|main\s+square|central\s+square|"
    r"bridge|pont|puente|\w*brücken?|ponte|citadel|"
    # French
    r"hôpital|clinique|hôtel|rond-point|gare(?:\s+routière|\s+des\s+autobus)?|mosquée|église|"
    r"cathédrale|monastère|couvent|marché|barrage\s+militaire|barrage\s+de\s+l['’]armée|"
    r"poste\s+de\s+contrôle|point\s+de\s+contrôle|quartier\s+général|mairie|stade|"
    r"boulangerie|école|vieille\s+ville|vieux\s+quartier|centre-ville|station\s+de\s+pompage|"
    r"cimetière|citadelle|(?<!\bun\s)siège|"  # "redoute un siège": a siege, not a seat
    # Spanish
    r"clínica|plaza|rotonda|glorieta|estación(?:\s+de\s+autobuses|\s+de\s+bombeo)?|mezquita|"
    r"iglesia|catedral|monasterio|convento|mercado|zoco|puesto\s+de\s+control|"
    r"cuartel\s+general|ayuntamiento|estadio|panadería|escuela|casco\s+antiguo|ciudad\s+vieja|"
    r"cementerio|sede|ciudadela|"
    # German (compounds)
    r"\w*krankenhaus|klinik|\w*platz|kreisverkehr|\w*bahnhof|moschee|kirche|kathedrale|"
    r"kloster|kontrollpunkt|straßensperre|hauptquartier|\w+gebäude|rathaus|stadion|bäckerei|\w*schule|"
    r"altstadt|innenstadt|stadtzentrum|pumpstation|pumpwerk|kraftwerk|friedhof|zitadelle|"
    # Italian
    r"ospedale|albergo|piazza|rotatoria|stazione(?:\s+degli\s+autobus|\s+di\s+pompaggio)?|"
    r"moschea|chiesa|cattedrale|monastero|mercato|posto\s+di\s+blocco|quartier\s+generale|"
    r"municipio|stadio|panetteria|scuola|città\s+vecchia|centro\s+storico|cimitero|cittadella|"
    # Portuguese
    r"praça|rotunda|rotatória|rodoviária|estação(?:\s+rodoviária|\s+de\s+bombeamento)?|"
    r"mesquita|igreja|mosteiro|posto\s+de\s+control[eo]|quartel-general|prefeitura|"
    r"câmara\s+municipal|estádio|padaria|escola|cidade\s+velha|cemitério|cidadela"
)
_DETERMINER = (
    r"the|a|an|its|la|le|l['’]|el|un|una|une|die|der|den|dem|das|des|ein|eine|einem|einen|"
    r"il|lo|uno|o|um|uma|da|do|na|no|del|della|dello|nel|nella|al|alla|du|au|dell['’]|"
    r"nell['’]|all['’]"
)
_ADJECTIVE = (
    r"main|central|national|old|military|local|grand|great|historic|big|large|"
    r"vieux|vieille|grande|gran|principal|große[nmr]?|großen|alte[nmr]?|vecchia|vecchio|"
    r"velha|velho"
)
# The Arabic article of a building's name ("l'hôpital al-Qods"); a name is glued to its noun
# only through it (`glued_name`), so both read this one list.
_ARABIC_ARTICLE = r"(?:al|el|ad|ar|as|an|at|az|ash)[-‐]"
_NAME = r"(?-i:[A-ZÀ-Þ][\w'’]*(?:-(?-i:[A-ZÀ-Þ])[\w'’]*)*)"
# The words of a building's name before its noun: "the Imam Ali bin Abi Talib mosque".
_NAME_WORD = (
    r"(?:(?-i:[A-ZÀ-Þ][\w'’]*(?:-[\w'’]+)*)|(?:" + _ARABIC_ARTICLE + r")[\w'’]+|bin|ibn|bint|abi)"
)
LATIN_SUBSITE = re.compile(
    r"(?:(?<=\s)|(?<=^)|(?<=['’]))(?:(?P<det>" + _DETERMINER + r")\s*)?"
    r"(?P<pre>(?:" + _NAME_WORD + r"\s+){1,6})?(?:(?:" + _ADJECTIVE + r")\s+)?"
    r"(?P<noun>" + _LATIN + r")(?![\w-])"
    r"(?:\s+(?P<name>(?:(?:del|de\s+la|de\s+los|de\s+las|des|du|de|di|della|degli|dei|do|da|"
    r"dos|das)\s+)?(?:" + _ARABIC_ARTICLE + r")?" + _NAME + r"(?:\s+" + _NAME
    + r")?))?",
    re.IGNORECASE,
)
_ARABIC = (
    r"مستشفى|مشفى|المستشفى|المشفى|فندق|الفندق|ساحة|الساحة|دوار|الدوار|جامع|الجامع|مسجد|"
    r"المسجد|كنيسة|الكنيسة|سوق|السوق|حاجز|الحاجز|مقر|المقر|محطة|المحطة|ملعب|الملعب|مخبز|"
    r"المخبز|مقبرة|المقبرة|المدينة\s+القديمة|جسر|الجسر"
)
ARABIC_SUBSITE = re.compile(r"(?:^|(?<=[\s(]))[وفبل]?(?P<noun>" + _ARABIC + r")(?=[\s،.]|$)")
CYRILLIC_SUBSITE = re.compile(
    r"\b(?P<noun>площад[ьи]|площадью|больниц[аеыу]|госпитал[ьея]|мечет[ьи]|церкв?[иь]|"
    r"церковь|монастыр[ьея]|рын(?:ок|ке|ка)|вокзал[еа]?|автовокзал[еа]?|блокпост[еуа]?|"
    r"штаб[еа]?|гостиниц[аеыу]|отел[ьея]|стадион[еа]?|пекарн[яеи]|кладбищ[еау]|мост[ауе]?|"
    r"цитадел(?:ь|и|ью))\b",
    re.IGNORECASE,
)
TURKISH_SUBSITE = re.compile(
    r"\b(?P<noun>hastane(?:si|sine|sinde|ye|de|den)?|otel(?:i|ine|inde|e|de)?|"
    r"meydan(?:ı|ına|ında|da)?|cami(?:si|sine|sinde|ye|de)?|kilise(?:si|sine|sinde|ye|de)?|"
    r"çarşı(?:sı|sına|sında|ya|da)?|bina(?:sı|sına|sında|ya|da)?|karargâh\w{0,4}|"
    r"karargah\w{0,4}|kontrol\s+noktası\w{0,3}|stadyum\w{0,4})\b",
    re.IGNORECASE,
)
# "the hospital said", "l'hôpital a indiqué": an institution speaking, not a place.
_SPEAKS_AFTER = re.compile(
    r"\s+(?:said|says|told|reported|confirmed|announced|denied|a\s+(?:indiqué|annoncé|déclaré)|"
    r"dijo|informó|anunció|teilte|erklärte|meldete|ha\s+(?:detto|riferito)|disse|informou|"
    r"заявил\w*|сообщил\w*|açıkladı|bildirdi)\b",
    re.IGNORECASE,
)
# "the old quarter of the city": the town it belongs to is the mention.
_OF_A_PLACE = re.compile(
    r"\s+(?:of|de|du|des|del|della|di|von|der|da|do)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+|"
    r"die\s+|der\s+|a\s+|o\s+)?(?:city|town|village|ville|ciudad|stadt|città|cidade|localité|"
    r"localidad|capital|capitale|quartier|barrio)\b",
    re.IGNORECASE,
)
_POSSESSED = re.compile(r"['’]s\s+$")
_GENERAL_STAFF = re.compile(r"генеральн\w+\s+$", re.IGNORECASE)
# "con sede a Londra", "sede en Ginebra": the seat of an organisation, not a building.
_SEAT_AFTER = re.compile(r"\s+(?:en|a|in|em)\b", re.IGNORECASE)
# "که مقر آن در لندن است", "штаб которого находится на авиабазе": a group's seat, told in a
# relative clause about the group; the place said after it is the mention.
_GROUP_SEAT = re.compile(r"(?:مقر|المقر|штаб)\s+(?:آن|او|ها|которого|которой|которых)(?=[\s،.,]|$)",
                         re.IGNORECASE)


def find_subsites(body: str) -> list[tuple[int, int, int, bool]]:
    """(start, end, end of the noun, whether it bears a name) of each building or square
    phrase, in text order."""
    found = []
    for pattern in (LATIN_SUBSITE, ARABIC_SUBSITE, CYRILLIC_SUBSITE, TURKISH_SUBSITE):
        for m in pattern.finditer(body):
            noun_end = m.end("noun")
            if _SPEAKS_AFTER.match(body, m.end()) or _OF_A_PLACE.match(body, m.end()):
                continue
            if _POSSESSED.search(body, max(0, m.start() - 3), m.start()):
                continue  # "Gaziantep's copper bazaar": the owner is the mention
            if _GROUP_SEAT.match(body, m.start("noun")):
                continue  # "مقر آن در لندن": the group's seat, told of the group
            if _GENERAL_STAFF.search(body, max(0, m.start() - 20), m.start()):
                continue  # "начальнику Генерального штаба": the General Staff, no building
            if m.group("noun").lower() == "sede" and (
                _SEAT_AFTER.match(body, noun_end)
                or body[max(0, m.start() - 3) : m.start()].rstrip().endswith(",")
            ):
                continue  # "El Cairo, sede de la organización": the town before is the seat
            named = _is_named(m)
            if not named and _GENERIC_BARE.fullmatch(m.group(0)):
                continue  # "before they reached hospital", "church leaders": no building told
            if (
                not named
                and _HOSPITAL.search(m.group("noun"))
                and m.start("noun") - m.start() <= 4  # no adjective: "to the national hospital"
                and _CARRIED_TO.search(body, max(0, m.start() - 30), m.start("noun"))
            ):
                continue  # "taken to hospital", "по пути в госпиталь": where the wounded went
            if not named and _ITALIAN_BARE.fullmatch(m.group(0)) and _IN_BEFORE.search(
                body, max(0, m.start() - 4), m.start()
            ):
                continue  # "sono scese in piazza" (took to the streets), "in ospedale"
            if not named and _SCHOOL.fullmatch(m.group("noun")):
                continue  # "a school was hit": too common a word to stand for a place
            if not named and (m.groupdict().get("det") or "").lower() in _INDEFINITE:
                continue  # "bodies were laid out in a mosque": a building not told which
            if not named and _NONE_BEFORE.search(body, max(0, m.start() - 12), m.start()):
                continue  # "hätten in Deutschland keinen Platz": no place at all
            if pattern is TURKISH_SUBSITE and TURKISH_COUNT_BEFORE.search(
                body, max(0, m.start() - 8), m.start()
            ):
                continue  # "bir kontrol noktasında": at a checkpoint, not told which
            found.append((m.start(), m.end(), noun_end, named))
    return sorted(found)


# A negative determiner: "keinen Platz", "aucune école", "ningún hospital" ("no" is also the
# Portuguese "in the").
_NONE_BEFORE = re.compile(r"(?<!\w)(?:kein\w*|aucun\w*|ningun\w*|ningún|nessun\w*|nenhum\w*)\s+$",
                          re.IGNORECASE)
_SCHOOL = re.compile(r"school|école|escuela|\w*schule|scuola|escola", re.IGNORECASE)
# An English noun with no article and no name is the kind of place, not one place.
_GENERIC_BARE = re.compile(
    r"hospital|clinic|hotel|church|mosque|checkpoint|headquarters|bazaar|souk|market|cemetery|"
    r"bakery|stadium",
    re.IGNORECASE,
)
# Italian "in" and a bare noun is a kind of place: "scendere in piazza", "portati in ospedale".
_ITALIAN_BARE = re.compile(r"piazza|ospedale|chiesa|moschea|carcere", re.IGNORECASE)
_IN_BEFORE = re.compile(r"\bin\s+$")
# Where the wounded were carried: another place than the event's, and not told which.
_CARRIED_TO = re.compile(
    r"(?:\b(?:to|into|towards|à|vers|au|zum|zur|ins|al|a|verso|all['’]|в|во)\s+(?:the\s+|l['’]|"
    r"un\s+|une\s+|a\s+|an\s+|la\s+|el\s+)?|(?:^|\s)و?(?:إلى|الى)\s+)$",
    re.IGNORECASE,
)
_HOSPITAL = re.compile(r"hospital|clinic|hôpital|clinique|ospedale|больниц|госпитал|مستشفى|مشفى",
                       re.IGNORECASE)
# "bir" (a), "birkaç" (a few), "iki" (two) before a Turkish noun: not the one place named
TURKISH_COUNT_BEFORE = re.compile(r"(?:^|\s)(?:bir|birkaç|birçok|bazı|[İi]ki|üç|dört|beş|\d+)\s+$")
_INDEFINITE = {"a", "an", "un", "une", "una", "uno", "ein", "eine", "einem", "einen", "um", "uma"}


def _is_named(m: re.Match) -> bool:
    """A building with a name of its own before its noun ("the Iman mosque") or after it
    ("l'hôpital al-Qods"), not a nationality ("a Kurdish checkpoint")."""
    groups = m.groupdict()  # the Arabic, Cyrillic and Turkish patterns have only `noun`
    pre = (groups.get("pre") or "").split()
    indefinite = (groups.get("det") or "").lower() in _INDEFINITE
    if pre and not indefinite and not (len(pre) == 1 and country_of_adjective(pre[0])):
        return True
    return bool(groups.get("name"))


_ARTICLE_ONLY = re.compile(r"\s+" + _ARABIC_ARTICLE, re.IGNORECASE)


def glued_name(body: str, noun_end: int, start: int) -> bool:
    """Whether a name starting at `start` follows the noun with only a space ("hôtel Safir"),
    or an Arabic article ("l'hôpital al-Qods")."""
    between = body[noun_end:start]
    return noun_end < start and (between.strip() == "" or bool(_ARTICLE_ONLY.fullmatch(between)))


# A building or a square lies in a town, a quarter or a base; it is shown there.
SUBSITE_HOSTS = POPULATED | PART_OF_CITY | MILITARY | AIR
# "hospital in Zarqa", "hôpital d'Alep", "hospital de Duma": the town is named right after.
_HOST_NAMED_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:in|at|of|near|de|d['’]|del|du|des|di|della|von|im|bei|в|во|da|do|em|en|à|"
    r"a|al|nahe)?\s*(?:la\s+|el\s+|the\s+|le\s+|der\s+)?$",
    re.IGNORECASE,
)
# "in", "at", "à", "en", "im": a named building's town after it.
_HOST_IN_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:in|at|à|au|en|em|im|in\s+der|nel|nella|a|no|na)\s+"
    r"(?:la\s+|el\s+|the\s+|le\s+|der\s+)?$",
    re.IGNORECASE,
)
# "con sede al Cairo", "hospital in Kafr Nabl": a capitalised town after the noun that the
# gazetteer does not know.
_OTHER_HOST_AFTER = re.compile(
    r"\s*(?:(?:in|at|a|al|à|au|en|em|im|bei|in\s+der|no|na|nel|nella|alla|ad)\s+|all['’]\s*)"
    r"(?:la\s+|el\s+|the\s+|le\s+)?(?-i:[A-ZÀ-Þ])"
)


def host_named_later(body: str, named: list[Resolved], end: int, here: int, sentence_of):
    """"L'hôpital al-Qods, dans le quartier d'al-Soukkari à Alep": a named building with nothing
    named before; the town that locates it soon after in the same sentence holds it."""
    for m in named:
        if m.start >= end and sentence_of.at(m.start).index == here and m.start - end <= 80:
            if m.site.kind == "neighbourhood":
                continue  # the quarter, then the town: "dans le quartier d'al-Soukkari à Alep"
            located = m.role == "locator" and m.site.kind in SUBSITE_HOSTS
            return m.site if located else None
    return None


# Between a town and the noun of a building named after it: nothing, or a Turkish title
# ("Devlet Hastanesi", state hospital; "Eğitim ve Araştırma Hastanesi", teaching hospital).
_NAMES_THE_BUILDING = re.compile(
    r"\s?|\s+(?:Devlet|Şehir|Eğitim\s+ve\s+Araştırma|Üniversitesi|Askeri|Merkez)\s+"
)


def settle_subsites(body: str, named: list[Resolved], refs: list) -> tuple[list, list]:
    """Drop a building whose town is named right after it ("hospital in Zarqa"), and a town
    whose name is only the building's ("hôtel Safir")."""
    kept_refs, dropped, located = [], set(), set()
    for ref in refs:
        start, end, _, info = ref
        if info["noun"] != "subsite":
            kept_refs.append(ref)
            continue
        after = next((m for m in named if m.start >= info["noun_end"] and m.start < end + 25), None)
        if after is None and _OTHER_HOST_AFTER.match(body, info["noun_end"]):
            continue  # "con sede al Cairo", "hospital in Kafr Nabl": in a town not on the map
        if after is not None and after.start < end and glued_name(body, info["noun_end"],
                                                                   after.start):
            dropped.add((after.start, after.end))  # "hôtel Safir": the hotel's name
        elif after is not None and (
            _HOST_NAMED_AFTER.match(body[info["noun_end"] : after.start])
            or (after.start >= end and _HOST_NAMED_AFTER.match(body[end : after.start]))
        ):
            if (
                info["named"]
                and after.start >= end
                and after.site.kind in SUBSITE_HOSTS
                and _HOST_IN_AFTER.match(body[end : after.start])
            ):
                # "the Iman mosque in the Mazraa district": the named building is the place of
                # the news, shown at the district, which only locates it
                info["host"] = after.site
                located.add((after.start, after.end))
                kept_refs.append(ref)
            continue  # "hospital in Zarqa": Zarqa is named; it is the mention
        elif any(m.start < end and start < m.end for m in named):
            continue
        elif any(0 <= start - m.end <= 40 and _NAMES_THE_BUILDING.fullmatch(body, m.end, start)
                 for m in named):
            # "the Rastan bridge", "Niğde Devlet Hastanesine" (Niğde State Hospital): the place
            # names the building; it is the mention
            continue
        kept_refs.append(ref)
    named = [
        replace(m, role="locator") if (m.start, m.end) in located else m
        for m in named
        if (m.start, m.end) not in dropped
    ]
    return named, kept_refs


# A landmark the gazetteer holds inside its town, found by the noun that names it back: "la
# citadelle" after Alep is the Citadel of Aleppo, "the old city" after Homs the Old City of Homs.
_LANDMARK_WORDS = [
    (re.compile(r"citadel|citadelle|ciudadela|zitadelle|cittadella|cidadela|цитадел",
                re.IGNORECASE), ("citadel", "castle", "قلعة")),
    (re.compile(r"old\s+city|vieille\s+ville|altstadt|ciudad\s+vieja|casco\s+antiguo|"
                r"città\s+vecchia|centro\s+storico|cidade\s+velha|المدينة\s+القديمة",
                re.IGNORECASE), ("old city", "ancient city", "المدينة القديمة")),
]
LANDMARK_RADIUS_M = 3_000


def _landmarks(gazetteer) -> list[Site]:
    return [s for s in gazetteer.sites.values() if s.kind == "landmark"]


def landmark_in(gazetteer, town: Site, noun: str) -> Site | None:
    """The one landmark of `town` that the building noun names ("citadel", "old city")."""
    words = next((w for pattern, w in _LANDMARK_WORDS if pattern.search(noun)), None)
    if words is None or gazetteer is None or town.kind not in POPULATED:
        return None
    names = [n.lower() for n in (town.name, *town.aliases) if len(n) >= 4]
    found = [
        s for s in gazetteer.derived(_landmarks)
        if s.country == town.country
        and distance_m(s.lat, s.lon, town.lat, town.lon) <= LANDMARK_RADIUS_M
        # named after the word and the town: "Citadel of Aleppo", not "Carlton Citadel Hotel"
        and any(
            w in alias and any(n in alias for n in names)
            for alias in (a.lower() for a in (s.name, *s.aliases)) for w in words
        )
    ]
    return found[0] if len(found) == 1 else None
