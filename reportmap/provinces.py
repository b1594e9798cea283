"""Provinces behind town names: the province a town is the seat of, and the words that make a
town's name stand for its province ("southern Idlib", "Şanlıurfa'nın Suruç ilçesi", "Idlib, home
to three million people")."""

from __future__ import annotations

import re

from reportmap.kinds import POPULATED, PROVINCE
from reportmap.locator_words import TR_NAMES
from reportmap.model import Site


def _provinces(gazetteer) -> dict[tuple[str, str], Site]:
    """(country, first-level division) -> its governorate or province, never a region in it."""
    provinces: dict[tuple[str, str], Site] = {}
    for s in gazetteer.sites.values():
        if s.kind in PROVINCE:
            provinces.setdefault((s.country, s.admin1), s)
    return provinces


def province_holding(gazetteer, site: Site) -> Site | None:
    """The governorate or province a site lies in, by its first-level division."""
    return gazetteer.derived(_provinces).get((site.country, site.admin1)) if site.admin1 else None


_SEAT_NAME_EXTRA = re.compile(r"^(?:al|el|an|ar|as|ad|at|ash|az)[- ]|\s+city$")


def _seat_rank(site: Site, province: Site) -> tuple[bool, int]:
    """A town the province is named after comes first ("Baalbek" of Baalbek-Hermel, though
    Arsal counts more people), then the largest."""
    core = _SEAT_NAME_EXTRA.sub("", site.name.lower())  # "Karak City", "As Salţ"
    named = re.search(rf"\b{re.escape(core)}\b", province.name.lower()) is not None
    return named, site.population


def province_seats(gazetteer) -> dict[str, Site]:
    """Seat (the town a province is named after, else its largest) id -> its province."""
    provinces = gazetteer.derived(_provinces)
    best: dict[tuple[str, str], tuple[tuple[bool, int], Site]] = {}
    for s in gazetteer.sites.values():
        key = (s.country, s.admin1)
        if s.kind in POPULATED and key in provinces:
            rank = _seat_rank(s, provinces[key])
            if key not in best or rank > best[key][0]:
                best[key] = (rank, s)
    return {seat.site_id: provinces[key] for key, (_, seat) in best.items()}


def province_named_after(gazetteer, town: Site) -> Site | None:
    """'province de Hassaké': the province whose seat (the town it is named after, else its
    largest) is `town`."""
    return gazetteer.derived(province_seats).get(town.site_id)


def _named_seats(gazetteer) -> dict[str, Site]:
    """Province id -> its seat, for the provinces named after their seat."""
    sites = gazetteer.sites
    return {
        province.site_id: sites[seat_id]
        for seat_id, province in gazetteer.derived(province_seats).items()
        if _seat_rank(sites[seat_id], province)[0]
    }


def seat_named_in(gazetteer, province: Site) -> Site | None:
    """"the provincial capital" of the Idlib Governorate: the town the province is named after."""
    return gazetteer.derived(_named_seats).get(province.site_id)


# The quarters of the compass as German names a part of a place: "im Norden", "am Südwesten".
GERMAN_QUARTERS = r"Norden|Süden|Osten|Westen|Nordosten|Nordwesten|Südosten|Südwesten"
# "southern Idlib", "dans le nord de Hama", "на юге Идлиба", "im Süden Idlibs": a part of the
# province a town gives its name to. Not "north of Hama" (a bearing from the town), and not
# the two cities whose own parts are news ("eastern Aleppo", "southern Damascus").
PART_OF_PROVINCE_BEFORE = re.compile(
    r"(?:\b(?:northern|southern|eastern|western|north-?western|north-?eastern|south-?western|"
    r"south-?eastern|central)\s+"
    r"|\bthe\s+(?:north|south|east|west|north-?west|north-?east|south-?west|south-?east)\s+of\s+"
    r"|\b(?:el|le|la|o|il|nel|no)\s+(?:nord|sud|est|ouest|norte|sur|sul|leste|"
    r"oeste|centro|centre|suroeste|sudoeste|noroeste|sureste|sudeste|noreste|nordeste|"
    r"nordovest|sudovest)(?:-(?:ouest|est|oeste|este|ovest))?\s+(?:de\s+|d['’]|da\s+|do\s+|"
    r"di\s+|del\s+)"
    r"|\bim\s+(?:" + GERMAN_QUARTERS + r")\s+(?:von\s+)?"
    r"|(?:^|(?<=\s))на\s+(?:севере|юге|востоке|западе|северо-западе|северо-востоке|юго-западе|"
    r"юго-востоке)\s+"
    r"|(?:^|(?<=\s))в\s+(?:северн|южн|восточн|западн|северо-западн|северо-восточн|юго-западн|"
    r"юго-восточн|центральн)ой\s+част[иь]\s+)\Z",
    re.IGNORECASE,
)
CITY_OF_ITS_OWN_PARTS = 1_000_000  # people: Aleppo's and Damascus's parts are the city's


def part_of_province(body: str, lead: int, site: Site, gazetteer) -> tuple[Site, int] | None:
    """The province and the widened start when a direction word before a town (whose words
    before end at `lead`) names a part of the province the town is the seat of."""
    if site.kind not in POPULATED or site.population >= CITY_OF_ITS_OWN_PARTS:
        return None
    window = body[max(0, lead - 30) : lead]
    part = PART_OF_PROVINCE_BEFORE.search(window)
    province = part and province_named_after(gazetteer, site)
    if not province:
        return None
    return province, lead - (len(window) - part.start())


# Millions of people live in a province, not in its seat: "Idlib, home to some three million
# people", "tres millones de personas viven en Idlib", "проживают около 3 млн человек".
MILLIONS = re.compile(
    r"\b(?:million|millions|millones|millón|milioni|milhões|Millionen|млн|миллион\w*)\b"
    r"|(?:^|\s)(?:ملايين|مليون|ملیون|میلیون)(?:\s|$)",
    re.IGNORECASE,
)
# ... and that they live there: "home to", "viven", "проживают", "يعيش", "population".
LIVING = re.compile(
    r"\b(?:home\s+to|live|lives|living|inhabitants|residents|population|people\s+in|viven|vive|"
    r"habitantes|vivent|habitants|leben|lebt|Einwohner|vivono|abitanti|vivem|moradores|"
    r"проживают|проживает|живут|живёт|жител\w*|населени\w*)\b"
    r"|(?:^|\s)(?:يعيش|يعيشون|يقطن|يقطنها|سكان|زندگی|جمعیت)",
    re.IGNORECASE,
)
MILLIONS_NEAR_CHARS = 60


def province_of_millions(body: str, start: int, end: int, site: Site, gazetteer, sentence
                          ) -> Site | None:
    """The province named after a town of less than a million when millions are said to live
    there, within the sentence and close to the name."""
    if site.kind not in POPULATED or site.population >= CITY_OF_ITS_OWN_PARTS:
        return None
    lo = max(sentence.start, start - MILLIONS_NEAR_CHARS)
    hi = min(sentence.end, end + MILLIONS_NEAR_CHARS)
    if not MILLIONS.search(body, lo, hi) or not LIVING.search(body, lo, hi):
        return None
    return province_named_after(gazetteer, site)


# "Şanlıurfa'nın Suruç ilçesinde", "Hatay'ın Reyhanlı ilçesi": the genitive before a district
# (ilçe) names the province it lies in, as Turkish writes a district.
# Also a list of districts: "Şanlıurfa'nın Akçakale ve Ceylanpınar ilçeleri".
DISTRICT_OF_AFTER = re.compile(r"[’']n?[ıiuü]n\s+" + TR_NAMES + r"\s+ilçe")
APOSTROPHE = re.compile(r"[’']")


def province_of_district(body: str, start: int, end: int, site: Site, gazetteer) -> Site | None:
    """The province a Turkish genitive names before a district ("Şanlıurfa'nın Suruç ilçesi")."""
    if site.kind not in POPULATED:
        return None
    suffix = APOSTROPHE.search(body, start, end)  # the mention may hold the suffix
    if not DISTRICT_OF_AFTER.match(body, suffix.start() if suffix else end):
        return None
    return province_named_after(gazetteer, site)
