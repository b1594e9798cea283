"""Turn gazetteer candidates into place mentions: disambiguation, metonymy, locators."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from geo.geodesy import distance_m
from reportmap import framing
from reportmap.common_words import is_common_word, is_glued_word, is_major
from reportmap.demonyms import country_of_adjective
from reportmap.homonyms import (
    AREAS,
    anchors_of,
    city_named,
    countries_near,
    held_in,
    named_side,
    near_holder,
    pick,
    shared_name,
)
from reportmap.institutions import stands_for_institution
from reportmap.kinds import (
    ADMIN,
    ADMIN_CUE_BEFORE,
    AIR,
    AIRPORT,
    CAMP,
    CUE_AFTER,
    CUE_BEFORE,
    CUES,
    FACILITY,
    INTL_CUE_BEFORE,
    NOT_ON_MAP,
    PLURAL_CUE_AFTER,
    PLURAL_CUE_BEFORE,
    PLURAL_CUES,
    POPULATED,
    REGION_WORD,
    intl_cue_kinds,
)
from reportmap.locator_words import AR_DIRECTION_WORD, joins_a_list
from reportmap.locators import mark_locators
from reportmap.metonymy import PASSIVE_AFTER, STATE_AFTER, is_actor
from reportmap.minor_sites import admit
from reportmap.model import Site
from reportmap.other_names import is_other_name, is_part_of_name
from reportmap.provinces import (
    part_of_province,
    province_named_after,
    province_of_district,
    province_of_millions,
)

# Before a small village name we want a geographic preposition or noun.
GEO_BEFORE = re.compile(
    r"(?:\b(?:in|near|at|from|to|outside|around|towards?|into|of|village|town|city|area|"
    r"countryside|district|between|and|or|via|through|y|e|et|ou|o|und|oder|ve|и|или|desde|"
    r"depuis|von|dal|dalla|da|do|di|presso|entre|zwischen|tra|fra|между|от|до|hasta|bis|aldeas?|"
    r"entered|reached|captured|recaptured|retook|took|seized|stormed|shelled|struck|hit|"
    r"bombed|besieged|targeted|attacked|liberated|used|evacuated|surrounded|encircled|"
    # "thousands fled Baghuz", "the fight for Baghuz", "the assault on Marea"
    r"fled|abandoned|defended|(?:battle|fight|fighting|assault|offensive|push|advance)\s+"
    r"(?:for|on|against)|"
    r"pris|repris|reprise|conquis|bombardé|frappé|encerclé|tomaron|tomó|recuperaron|"
    r"capturaron|bombardearon|atacaron|eroberten|erobert|zurückerobert|beschossen|"
    r"bombardierten|ripreso|conquistato|bombardato|retomaram|tomaram|bombardearam|"
    r"colpito|colpita|colpiti|attaccato|visé|touché|pilonné|golpearon|golpeó|alcanzaron|"
    r"getroffen|angegriffen|atingiram|atingiu|atacaram|"
    r"взяли|заняли|освободили|обстреляли|атаковали|(?:под\s+)?контроль|вокруг|возле|"
    r"в\s+том\s+числе|включая|"
    r"bei|nahe|nach|aus|\w*stadt|\w*dorf(?:e?s)?|Ortschaft|Gemeinde|à|dans|près\s+de|vers|de|"
    r"città|cittadina|villaggio|paese|vicino\s+a|nella|nel|cidade|vila|aldeia|perto\s+de|em|"
    r"ville|village|localité|en|cerca\s+de|hacia|pueblo|ciudad|localidad|около|близ|под|у|"
    r"село|селе|селу|города|городе|город|городок|городка|городке|деревн[яеию]|источника|"
    r"источник|пункта|пункт|посёлка|поселка|посёлок|поселок|"
    r"селения|района|районе|окрестностях|окрестности|пригороде|пригорода|a|ao|au|aux|alla|"
    r"such\s+as|including|like|como|comme|wie|come|"
    r"notamment|darunter|incluidos|tra\s+cui|kibbutz|Kibbuz|moshav|Moschaw|кибуц\w*)\s+"
    r"(?:the\s+|der\s+|dem\s+|den\s+|la\s+|le\s+|el\s+)?"
    # "in nearby Atareb", "dans la ville voisine de"
    r"(?:(?:nearby|neighbouring|neighboring|rebel-held|government-held|besieged|northern|"
    r"southern|eastern|western|vicina|vicino|voisine|voisin|vecina|vecino|benachbarten|"
    r"nahegelegenen)\s+)?"
    r"|(?:^|\s)[وف]?(?:في|قرب|من|إلى|تقع|يقع|" + AR_DIRECTION_WORD + r"[يّ]?|"
    r"مدينة|بلدة|قرية|بلدات|قرى|منطقة|حي|حيي|حيّي|أحياء|"
    r"حارة|مخيم)\s+)$"
    # the French "de" elided: "la ville d'Al-Chaddadi", "près d'Alep"
    r"|\bd['’]$",
    re.IGNORECASE,
)
# A word of a town's quarter before a name: "les quartiers d'", "the district of", "حي".
QUARTER_BEFORE = re.compile(
    r"(?:\b(?:quartiers?|quarters?|districts?|neighbou?rhoods?|barrios?|bairros?|quartieri|"
    r"quartiere|Stadtteil(?:e|en)?|Viertel[ns]?)\s+(?:of\s+|de\s+|d['’]|del?\s+|do\s+|di\s+)?"
    r"(?:the\s+|la\s+|le\s+|el\s+)?|(?:^|\s)[وف]?(?:حي|حيي|أحياء)\s+)$",
    re.IGNORECASE,
)
# "the Bekaa", "the Kurdish-held Jazira", "the north coast of Lesbos"
DEFINITE_BEFORE = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}(?:[\w-]+\s+of\s+)?$", re.IGNORECASE)
# A preposition of place before an English region's name: "in Wadi Khaled" (not an adjective).
# Not metonymy.PREPOSITION_BEFORE, which asks whether a capital is the subject of a verb.
REGION_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|into|from|to|across|near|through|at|towards?|on|over|around|beyond|between|"
    r"within|along)\s+$"
)
# A name that says what it is cannot be an adjective: "Sinjar mountain", "Mount Karachok"
LANDFORM_NAME = re.compile(
    r"^(?:Mount|Jabal|Jebel|Djebel|Jabel|Wadi)\s"
    r"|\s(?:mountains?|valley|plain|plateau|desert|heights|hills?|basin|island)$",
    re.IGNORECASE,
)
GEO_AFTER = re.compile(
    r"^\s+(?:village|town|area|district|countryside|neighbou?rhood|quarter|suburb)\b"
    r"|^\s+(?:belde|köy|kasaba|ilçe|mahalle)(?:si|sı|sü|ü)\w*"  # Turkish "Suran beldesini"
    # an apposition that says what the place is: "Al Atareb, una localidad rebelde"
    r"|^\s*,\s+(?:a|an|the|un|une|una|uma|um|ein|eine|il|lo|la|el|le)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:village|town|localidad|localité|bourgade|pueblo|aldea|Dorf|Ort|Ortschaft|Kleinstadt|"
    r"villaggio|paese|cittadina|aldeia|vila|localidade|ville|ciudad|città|Stadt|cidade|"
    # "Cheikh Maqsoud, le quartier contrôlé par les forces kurdes"
    r"quartier|barrio|bairro|quartiere|Viertel|Stadtteil|Stadtviertel|district|"
    r"neighbou?rhood|suburb|faubourg|banlieue)\b"
    # "Сальма, расположенная на высоте 800 метров": where it lies
    r"|^\s*,\s+(?:located|situated|située?|situad[oa]|situat[oa]|localizad[oa]|gelegen|"
    r"расположенн\w+|находящ\w+)\b",
    re.I,
)
@dataclass(frozen=True)
class Resolved:
    """A candidate resolved to one site, with its final span and role."""

    start: int
    end: int
    text: str
    site: Site
    role: str = "event"
    cue: frozenset[str] | None = None




def country_prior(candidates, body: str) -> Counter:
    """Countries of the unambiguous candidates, weighted: what the document is about."""
    prior: Counter = Counter()
    for cand in candidates:
        countries = {s.country for s in cand.sites}
        if len(countries) == 1:
            prior[next(iter(countries))] += 1
    return prior


# "the town of al-Hader": an Arabic article the gazetteer name does not carry.
ARTICLE_BEFORE = re.compile(r"\b(?:al|el|ad|ar|as|an|at|az|ash|ath|adh|ed|es|et)[-‐]$", re.I)


# "the Yarmouk refugee camp in Damascus": the camp is Yarmouk's, Damascus only holds it.
_NAMED_BEFORE_CUE = re.compile(r"\b(?-i:[A-Z])[\w'’-]+\s+(?:(?:refugee|military|air|naval)\s+)?$")


def _named_before_cue(text: str) -> bool:
    """A name (not "The", not "Russian") right before a facility noun."""
    named = _NAMED_BEFORE_CUE.search(text)
    if not named:
        return False
    word = named.group().split()[0]
    return word not in {"The", "A", "An", "Its"} and country_of_adjective(word) is None


def _lead(body: str, start: int) -> int:
    """Where the words before a name end, skipping a leading 'al-' left out of the match."""
    article = ARTICLE_BEFORE.search(body[max(0, start - 5) : start])
    return start - len(article.group()) if article else start


def _cue_for(body: str, start: int, end: int) -> tuple[frozenset[str] | None, int, int]:
    """Kinds selected by a cue phrase right after or before the name, and the widened span."""
    after = CUE_AFTER.match(body, end)
    if after:
        return CUES[after.group(1).lower()], start, after.end()
    lead = _lead(body, start)
    window = body[max(0, lead - 40) : lead]
    before = CUE_BEFORE.search(window)
    if before and not _named_before_cue(window[: before.start()]):
        return CUES[before.group(1).lower()], lead - (len(window) - before.start()), end
    before = INTL_CUE_BEFORE.search(window)
    if before:
        return intl_cue_kinds(before), lead - (len(window) - before.start()), end
    shared = PLURAL_CUE_BEFORE.search(body[max(0, lead - 120) : lead]) or PLURAL_CUE_AFTER.match(
        body, end
    )
    if shared:
        kinds = PLURAL_CUES[shared.group("cue").lower()]
        return (frozenset({"airport"}) if shared.group("civil") else kinds), start, end
    admin = ADMIN_CUE_BEFORE.search(body[max(0, lead - 30) : lead])
    if admin:
        return (REGION_WORD if admin.group("region") else ADMIN), start, end
    return None, start, end


def _is_camp_town(site: Site) -> bool:
    """A town that grew from a camp ("Yarmouk camp", "مخيم اليرموك") is the camp it names."""
    return any(word in alias.lower() for alias in site.aliases for word in ("camp", "مخيم"))


def _facilities(gazetteer) -> list[Site]:
    return [s for s in gazetteer.sites.values() if s.kind in FACILITY]


# How far a facility may lie from the town it is named by ("the air base near Latakia"); a
# camp "near" a town is one of many informal ones unless a known camp lies right there.
FACILITY_NEAR_M = 30_000.0
CAMP_NEAR_M = 5_000.0


def nearest_facility(gazetteer, town: Site, kinds: frozenset[str]) -> Site | None:
    """The facility of those kinds closest to a town, within 30 km (5 km for a camp)."""
    facilities = gazetteer.derived(_facilities)
    best, best_d = None, CAMP_NEAR_M if kinds == CAMP else FACILITY_NEAR_M
    for site in facilities:
        if site.kind not in kinds or site.country != town.country:
            continue
        d = distance_m(town.lat, town.lon, site.lat, site.lon)
        if d < best_d:
            best, best_d = site, d
    return best


HOST_NEAR_M = 25_000.0


def _host_towns(gazetteer) -> dict[str, Site]:
    """Facility id -> the town its name starts or ends with, within 25 km ("Qamishli Airport",
    "Akçakale State Hospital", "Port of Tartus" -> Qamishli, Akçakale, Tartus)."""
    hosts: dict[str, Site] = {}
    for site in _facilities(gazetteer):
        words = site.name.split()
        for n in range(len(words) - 1, 0, -1):
            found = [t for part in (words[:n], words[-n:]) for t in gazetteer.lookup(" ".join(part))
                     if t.kind in POPULATED and t.country == site.country
                     and distance_m(t.lat, t.lon, site.lat, site.lon) < HOST_NEAR_M]
            if found:
                hosts[site.site_id] = found[0]
                break
    return hosts


def host_town(gazetteer, site: Site) -> Site | None:
    """The town a facility is named after and lies at, if any."""
    return gazetteer.derived(_host_towns).get(site.site_id)


def _facilities_by_host(gazetteer) -> dict[str, list[Site]]:
    """Town id -> the facilities named after it (the inverse of `_host_towns`)."""
    hosted: dict[str, list[Site]] = {}
    for facility_id, town in gazetteer.derived(_host_towns).items():
        hosted.setdefault(town.site_id, []).append(gazetteer.sites[facility_id])
    return hosted


def facility_named_after(gazetteer, town: Site, kinds: frozenset[str]) -> Site | None:
    """The one facility of those kinds named after a town ("Deir ez-Zor Airport")."""
    own = [s for s in gazetteer.derived(_facilities_by_host).get(town.site_id, ())
           if s.kind in kinds]
    return own[0] if len(own) == 1 else None


# Words that put something in or at a place, in the languages reports come in.
LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:in|at|to|near|from|outside|into|around|over|on|towards?|via|through|of|across|"
    r"à|a|au|de|d|dans|vers|en|près\s+de|desde|hacia|cerca\s+de|nach|aus|bei|von|nahe|im|"
    r"em|para|até|rumo\s+a|per|verso|fino\s+a|"
    r"в|во|из|на|под|около|до|у|над|через|возле|вблизи|(?:северу|югу|востоку|западу)\s+от)"
    r"\s+(?:the\s+|la\s+|le\s+|el\s+)?|\b[dl]['’])$"
    # "سجن رومية شرق بيروت": east of a place is at it
    r"|(?:^|\s)(?:في|إلى|من|قرب|نحو|على|" + AR_DIRECTION_WORD + r"ي?)\s+$|(?:^|\s)[وف]?[بل]$"
    r"|(?:^|\s)(?:در|به|از|تا|نزدیکی|نزدیک|سوی|فرودگاه|شهر|استان|راهی|عازم|وارد)\s+$",  # Persian
    re.IGNORECASE,
)
# A visit puts its visitor in the capital: "visited Moscow", "زار دمشق", "посетил Дамаск".
VISIT_BEFORE = re.compile(
    r"\b(?:visit(?:ed|ing|s)?|visité|visitera|besucht(?:e|en)?|visit(?:ó|a|ar|ando|ou|ato|ava)|"
    r"посетил[аи]?|посетит|посетить|посещение)\s+$"
    r"|(?:^|\s)(?:زار|زارت|يزور|تزور|زيارة|لزيارة|بزيارة)\s+$",
    re.IGNORECASE,
)
# Turkish case endings on a name: "Ankara'da" (in), "Moskova'ya" (to), "Şam'dan" (from).
_TR_CASE = r"d[ae]n?|t[ae]n?|y?[ae]|n[ae]"
LOCATIVE_SUFFIX = re.compile(r"^['’](?:" + _TR_CASE + r")\b", re.IGNORECASE)
# A Turkish case ending that puts a small place on the map: "Rabia'ya girdi", and the "-daki"
# of "Rabia'daki evler" (but a capital so written is its officials: "Brüksel'deki yetkililer")
TURKISH_PLACE_SUFFIX = re.compile(r"^['’](?:" + _TR_CASE + r"|[dt][ae]ki)\b", re.IGNORECASE)
# ... but a building there is in the city: "Şam'daki büyükelçiliği", "Kabil'deki havalimanı"
TURKISH_BUILDING_THERE = re.compile(
    r"^['’][dt][ae]ki\s+(?:\w+\s+)?(?:büyükelçili|elçili|başkonsoloslu|konsoloslu|"
    r"temsilcili|havaliman|havaalan|hastane|cami|otel|bina|meydan|üs(?:s[üu]|\b)|karargâh|"
    r"karargah|cezaev|hapishane|üniversite|okul|kilise|saray|stadyum)",
    re.IGNORECASE,
)


def is_foreign_seat(body: str, start: int, end: int, site: Site, home: str | None) -> bool:
    """A foreign capital with no word putting anything there is its government: "Moscou
    assure", "soutenus par Washington", "Ankara, qui dispose de bases"."""
    if site.kind != "capital" or home is None or site.country == home:
        return False
    before = body[max(0, start - 30) : start]
    after = body[end : end + 40]
    if LOCATIVE_BEFORE.search(before) or VISIT_BEFORE.search(before) or (
        LOCATIVE_SUFFIX.match(after) or TURKISH_BUILDING_THERE.match(after)
    ):
        return False
    return not (PASSIVE_AFTER.match(after) or STATE_AFTER.match(after))


def _is_small(site: Site) -> bool:
    # a curated town of unknown size (population 0) was listed on purpose: no context needed;
    # a minor town abroad needs a word of place as a village does ("à Saint-Denis", not
    # "Ricardo García Vilanova")
    return site.kind in ("village", "neighbourhood") or site.minor or (
        site.kind == "town" and 0 < site.population < 5000
    )


# Persian words before a small place: "در ضاحیه", "نزدیک", "شهر", "روستای", "منطقه"; only for a
# name that is no frequent word ("در سال" is "in the year", "از جمله" "including").
PERSIAN_GEO_BEFORE = re.compile(r"(?:^|\s)(?:در|نزدیک|شهر|روستای|منطقه|محله|اردوگاه)\s+$")
# Russian "в", "во", "из" before a place's case form: "приземлились в Актау", "в Багузе"; too
# common to rescue a name that is also a word ("в Совете" is no Soweto).
RUSSIAN_IN_BEFORE = re.compile(r"(?:^|\s)(?:в|во|из)\s+$", re.IGNORECASE)


def _in_lists(body: str, candidates) -> set[int]:
    """Starts of candidates that stand in a list with another candidate."""
    listed: set[int] = set()
    for a, b in zip(candidates, candidates[1:], strict=False):
        gap = body[a.end : b.start]
        if a.key.startswith("~") or b.key.startswith("~"):
            continue  # a guessed spelling needs more than a list ("Ahmad" is no Hamidiyah)
        joined = joins_a_list(gap)
        if 0 < len(gap) <= 6 and (joined or (gap.isspace() and b.surface.startswith("و"))):
            listed.update((a.start, b.start))
    return listed


def resolve_candidates(
    body: str, candidates, gazetteer, sentence_of, language: str = "en",
    actors: list[Resolved] | None = None,
) -> list[Resolved]:
    """Resolve every candidate to at most one site; drop actors, names and unlikely villages.

    Towns dropped because people in them act ("Officials in Manbij said") go to `actors`: not
    sites of the report, but what "the town" after them may point to."""
    candidates = admit(candidates, body, language, gazetteer)
    prior = country_prior(candidates, body)
    english = language == "en"
    named_countries = [
        (cand.start, cand.end, cand.sites[0].country)
        for cand in candidates
        if len(cand.sites) == 1 and cand.sites[0].kind == "country"
    ]
    listed = _in_lists(body, candidates)
    sense: dict[str, Site] = {}  # one sense per document, keyed by folded surface
    placed: set[str] = set()  # sites already accepted in this report
    home = prior.most_common(1)[0][0] if prior else None
    anchors = anchors_of(candidates, home)
    out: list[Resolved] = []
    for i, cand in enumerate(candidates):
        cue, start, end = _cue_for(body, cand.start, cand.end)
        countries = (  # only homonyms need the countries named near them
            countries_near(named_countries, cand.start, cand.end, sentence_of, body)
            if len(cand.sites) > 1 else set()
        )
        key = cand.surface.lower()
        sites = named_side(cand.sites, cand.surface)
        held = near_holder(sites, held_in(candidates, i, body)) if len(sites) > 1 else []
        site = pick(held if len(held) == 1 else sites, cue, prior, countries, anchors)
        if site is None:
            continue
        if cue is None and key in sense and sense[key] in cand.sites:
            site = sense[key]
        if cue and site.kind not in cue and site.kind in POPULATED and not (
            cue == CAMP and _is_camp_town(site)
        ):
            wider = (
                cue & ADMIN
                and not (site.kind == "capital" and cue == REGION_WORD)
                and province_named_after(gazetteer, site)
            )
            facility = wider or nearest_facility(gazetteer, site, cue)
            if facility is None and cue == AIRPORT:
                cue = AIR  # "Flughafen Hama": the town's military airport
                facility = nearest_facility(gazetteer, site, cue)
            if facility is not None:
                site = facility
        if cue and site.kind not in cue and not (cue == CAMP and _is_camp_town(site)):
            start, end = cand.start, cand.end  # the cue did not apply: keep the bare name
            cue = None
        if cue is None:
            region = part_of_province(body, _lead(body, start), site, gazetteer)
            if region is not None:
                site, start, cue = region[0], region[1], REGION_WORD
            elif province := province_of_district(body, cand.start, end, site, gazetteer):
                site, cue = province, REGION_WORD
            elif province := province_of_millions(
                body, cand.start, end, site, gazetteer, sentence_of(cand.start)
            ):
                site = province
        if site.kind in NOT_ON_MAP or (
            shared_name(site) and site.country != home and not city_named(site, candidates)
        ):
            continue  # "plaza de los Mártires" in a Douma story is not Beirut's square
        if not cue and site.kind == "capital" and any(
            other.kind == "country" and other.country == site.country for other in cand.sites
        ):
            continue  # "spostata … in Kuwait": a city-state's bare name is the country
        acting = is_actor(body, cand.start, end, site) or stands_for_institution(
            body, cand.start, end, site
        )
        if acting and actors is not None and site.kind in POPULATED and site.kind != "capital":
            actors.append(Resolved(cand.start, end, body[cand.start : end], site, "actor", cue))
        if (
            is_part_of_name(body, cand.end, cue)
            or acting
            or (not cue and is_foreign_seat(body, cand.start, end, site, home))
            or is_other_name(body, cand.start, cand.end, site, cue)
            or framing.is_dateline(body, cand.start, cand.end)
            or framing.is_seat_of_source(body, cand.start, cand.end)
            or (not cue and framing.continues_name(body, cand.start, cand.end, site.country))
        ):
            continue
        if (
            english
            and site.kind in {"sea_area", "region"}
            and not DEFINITE_BEFORE.search(body[max(0, start - 30) : start])
            and not re.match(r"the\s", cand.surface, re.IGNORECASE)  # "in the Bekaa"
            and not REGION_PREPOSITION_BEFORE.search(body[max(0, start - 12) : start])
            and not LANDFORM_NAME.search(cand.surface)  # "on Sinjar mountain"
        ):
            continue  # "Russia's only Mediterranean repair hub": an adjective, not the sea
        small = (
            _is_small(site)
            and site.site_id not in placed  # once placed in the report, a name stands alone
            and cand.start not in listed  # "darunter Sarmin, Ariha und Dschisr asch-Schughur"
        )
        common = (
            is_common_word(cand.surface, language, site)
            and not is_major(site, language, cand.surface)
        ) or is_glued_word(body, cand.start, cand.end, language)
        lead = _lead(body, start)
        before = body[max(0, lead - 20) : lead]
        if (
            (small or common)
            and not cue
            and not (
                GEO_BEFORE.search(before)
                or GEO_AFTER.match(body[end:])
                or GEO_AFTER.match(" " + cand.surface.split(" ", 1)[-1])  # "Jobar district"
                or (not common and PERSIAN_GEO_BEFORE.search(before))
                or (not common and language == "ru" and RUSSIAN_IN_BEFORE.search(before))
                or (not common and language == "tr"
                    and TURKISH_PLACE_SUFFIX.match(body[end : end + 8]))
                or (not common and _near_placed(out, site, cand.start))
            )
        ):
            continue
        if small and not cue and site.kind != "neighbourhood" and QUARTER_BEFORE.search(before):
            continue  # "les quartiers d'al-Hader": a quarter of the town, not a village elsewhere
        if out and not cue and _quarter_of(body, out[-1], start):
            continue  # "Daraa al-Balad": a quarter of the place just named, not another town
        if cue is None:
            sense.setdefault(key, site)
        placed.add(site.site_id)
        out.append(Resolved(start, end, body[start:end], site, "event", cue))
    return mark_locators(body, out, frozenset(start for start, _, _ in named_countries))


# "In Daraa city, … the rebel-held southern half, Daraa al-Balad,": a small place close to one
# just named needs no word of place before it.
NEAR_PLACED_M = 10_000
NEAR_PLACED_CHARS = 200


def _near_placed(out: list[Resolved], site: Site, start: int) -> bool:
    return any(
        start - r.end <= NEAR_PLACED_CHARS and r.site.kind not in AREAS
        and distance_m(r.site.lat, r.site.lon, site.lat, site.lon) <= NEAR_PLACED_M
        for r in out[-3:]
    )


def _quarter_of(body: str, prev: Resolved, start: int) -> bool:
    lead = _lead(body, start)
    return lead < start and body[prev.end : lead] == " " and prev.site.kind in POPULATED
