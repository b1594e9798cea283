"""Turn gazetteer candidates into place mentions: disambiguation, metonymy, locators."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from geo.geodesy import distance_m
from reportmap import framing
from reportmap.common_words import is_common_word, is_major
from reportmap.demonyms import country_of_adjective
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
    PROVINCE,
    REGION_WORD,
    intl_cue_kinds,
)
from reportmap.locators import mark_locators
from reportmap.model import Site
from reportmap.other_names import is_other_name, is_part_of_name

# A place directly followed by one of these verbs is the actor, not where something happened:
# "Moscow says", "Damascus had established", "Ankara warned".
ACTOR_VERBS = (
    "say|said|warn|announc|den|claim|accus|insist|want|hope|believ|reject|respond|condemn|urg|"
    "call|told|tell|state|confirm|agre|sign|establish|decid|order|demand|threaten|vow|promis|"
    "pledg|plan|seek|sought|refus|remov|send|sent|deploy|withdr|support|back|recogni|negotiat|"
    "talk|host|invit|view|consider|expect|intend|acknowledg|admit|ask|allow|prepar|wish|fear|"
    "dismiss|welcom|pay|paid|insist|maintain|argu|suggest|stress|emphasi|deni|retaliat|"
    "launch|strik|struck|target|respond|react|oppos|propos|offer|appeal|protest|summon|"
    "comment|hail|declar|blam|prais|criticis|criticiz|veto|rebuff|slam|ignor"
)
# The same for other languages: "Damaskus erklärte", "Moscou a annoncé", "Moscú aseguró",
# "Анкара заявила". Only past or present forms of saying/deciding verbs.
ACTOR_AFTER_INTL = re.compile(
    # "Damasco e Moscou negam": two capitals as the subject
    r"^(?:\s+(?:e|et|y|und|и|ve)\s+[A-ZÀ-ÞА-ЯЁ][\w-]+)?"
    r"\s+(?:(?:hat|hatte|a|avait|ha|había|habría|aurait|later|dann|bereits|ebenfalls|auch|"
    r"aussi|également|también|ya|уже|также|тоже|ранее|затем|n['’]a|n['’]avait|pas|encore|"
    r"no|non|não|nicht|noch|не|inoltre|anche|già|poi|ainda|também|tem|teria)\s+)*"
    r"(?:erklärt|sagt|teilt|warnt|rief|ruft|kündigt|fordert|bestätigt|dementiert|verurteilt|"
    r"betont|droht|meldet|lehnt|wies|weist|bestreitet|beschuldigt|reagiert|wirft|warf|"
    r"öffnet|schloss|schließt|verlangt|spricht|sprach|"
    r"dénonc|déclar|annonc|mis\s+en\s+garde|met\s+en\s+garde|affirm|démenti|condamn|accus|"
    r"appel|averti|réagi|menac|exig|assur|rejet|ni[ée]|estim|jug|prévenu|"
    r"asegur|afirm|anunci|declar|denunci|advirti|neg[óa]|conden|acus|pidi|exigi|rechaz|amenaz|"
    r"sostien|mantien|abri[óo]|cerr[óo]|reclam|insist|refus|dijo|confirm|respond|present|"
    r"calific|consider|coment|comment|kommentiert|commentat|"
    r"habla|parle|parla|fala|"
    r"dichiar|annunci|avvert|accus|smentit|minacci|chiest|condann|respint|detto|conferm|"
    r"disse|negou|acusou|alert|pedi|"
    r"yönetimi|hükümeti|rejimi|açıkla|kınadı|reddetti|"
    r"заяв|сообщ|предупред|обвин|отверг|осуд|потребова|призва|объяви|отрица|настаива|"
    r"отказа|пригрози|выража|высказ|подчеркн|отмеча|прокомментир)\w*",
    re.IGNORECASE,
)
AUXILIARY = (
    r"(?:(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|"
    r"does|did|also|now|still|reportedly|then|already|not|never|later|earlier|again|quickly|"
    r"swiftly|officially|publicly|initially|repeatedly|strongly|immediately|long|"
    r"has\s+also|had\s+also)\s+)*"
)
ACTOR_AFTER = re.compile(
    r"^(?:'s)?\s+" + AUXILIARY + r"(?:" + ACTOR_VERBS + r")\w*\b"
    r"|^\s+(?:is|are|was|were)\s+in\s+talks\b",
    re.IGNORECASE,
)
# A capital that opens a clause and is followed by a verb is the government: "Tehran did not
# comment", "Damascus hailed the breakthrough", "Moscow later sent two warships".
CLAUSE_START = re.compile(
    r"(?:^|[.!?:;]\s*|\n\s*|,\s+(?:while|but|and|whereas)\s+|\b(?:while|but|whereas)\s+|"
    r"[\"“]\s*|(?:^|[.!?:;]\s+)[A-Z][\w-]+\s+and\s+|"
    r"\b(?:that|because|after|when|although|though|if|as|since|until)\s+)$"
)
GENERIC_VERB_AFTER = re.compile(
    r"^(?:\s+and\s+[A-Z][\w-]+)?(?:,\s+(?:which|who)\s+[^,]{3,120},)?\s+" + AUXILIARY
    + r"(?P<verb>been\s+(?!suffering|living|facing|bracing|reeling|burning|shaking|"
    r"experiencing|hosting|waiting)[a-z]+ing|[a-z]+ed|"
    r"(?:" + ACTOR_VERBS + r"|use|keep|step|send|want)\w*|sent|kept|said|"
    r"told|made|took|gave|held|put|set|led|left|sought|brought|thought|began|did|does|will|"
    r"would)\b",
)
# Verbs that say something happened at the capital, not that its government acted.
LOCATIVE_VERBS = re.compile(
    r"^(?:lies|sits|stands|looms|remains|remained|suffered|witnessed|experienced|saw|woke|"
    r"shook|shuddered|fell|came|burned|burns|flooded|trembled|lies|hosts|hosted|lost|"
    r"seems|seemed|appeared|looks|looked|recorded|"
    r"endured|faced|faces|reported|registered|counts|counted|houses|housed)$"
)
ACTOR_POSSESSIVE = re.compile(
    r"^['’]s\s+(?:decision|position|government|officials?|forces|troops|military|army|support|"
    r"allies|ally|interests?|plans?|envoy|ambassador|foreign\s+ministry|response|stance|policy|"
    r"leaders?|leadership|regime|intervention|campaign|strategy|governor|mayor)\b",
    re.IGNORECASE,
)
ACTOR_BEFORE = re.compile(
    r"\b(?:government|regime|régime|régimen|Regime|режим\w*|authorities|officials|leadership|"
    r"administration|embassy|"
    r"ministry|ministries|\w*ministerium|ministère|ministerio|министерств\w*|МИД|Kreml|"
    r"autoridades|autorités|autorità|Behörden|власти|gobierno|gouvernement|governo|Regierung|"
    r"правительств\w*|Führung|liderança|dirigeants|leadership|"
    r"relations\s+between|ties\s+between|talks\s+between|envoy\s+to|ambassador\s+to)"
    r"\s+(?:in|в|de|in\s+der|à|a|em|di|en)?\s*(?:\w+\s+and\s+)?$",
    re.IGNORECASE,
)
# A capital as the source of words: "according to Beirut", "no comment from Ankara", "selon Damas".
GOVERNMENT_SOURCE_BEFORE = re.compile(
    r"\b(?:according\s+to|comment\s+from|response\s+from|reaction\s+from|word\s+from|"
    r"statement\s+from|selon|según|segundo|secondo|laut|по\s+данным|по\s+словам)\s+$"
    r"|(?:^|\s)(?:تعليق|رد)(?:\s+(?:فوري|رسمي))*\s+(?:من\s+)?$",
    re.IGNORECASE,
)
# Arabic "قال إن دمشق لن تسمح": a capital that is the subject of reported words.
ARABIC_THAT_BEFORE = re.compile(r"(?:^|\s)[إأ]ن\s+$")
ARABIC_VERB_AFTER = re.compile(r'^\s+["«“]?(?:لن|لا|لم|قد|سوف|ست\w+|ت\w+)\s')
# "وفي تل أبيب، لم يصدر تعليق رسمي": no comment came from the capital.
ARABIC_NO_COMMENT_AFTER = re.compile(r"^[،,]?\s+(?:لم|ولم)\s+(?:يصدر|يصدر\s+أي|تعلق|يعلق)")
# A big city abroad speaks for its state as a capital does: "Tel Aviv ha confermato".
STATE_CITY_POPULATION = 400_000
# Meeting officials in a capital is an event there, not the government acting.
MEETING_BEFORE = re.compile(
    r"\b(?:met|meet|meets|meeting|visit\w*|arriv\w*|travel\w*|flew)\b", re.IGNORECASE
)
# A capital as the object of accusing, blaming or urging: "accuse Ankara of", "blame Damascus",
# "called on Ankara to", "relations with Moscow"; Arabic verb-first "وقالت دمشق", "اتهمت ... أنقرة".
ACTOR_OBJECT_BEFORE = re.compile(
    r"(?:\b(?:accus\w*|blam\w*|urg\w*|call\w*\s+on|press\w*|pressure\s+on|condemn\w*|"
    r"criticis\w*|criticiz\w*|sanction\w*|relations\s+with|ties\s+with|talks\s+with|"
    r"deal\s+with|rift\s+with|dispute\s+with|normali[sz]\w*\s+with|backed\s+by|"
    r"support\s+from|pressure\s+from|demands\s+from|orders\s+from|message\s+to|"
    r"victory\s+for|controlled\s+by|held\s+by|allies?\s+of|ally\s+of)\s+"
    r"(?:the\s+government\s+in\s+)?"
    # "principal allié de Damas", "contrôlées par Damas", "Sanktionen gegen Damaskus"
    r"|\b(?:alli[ée]e?s?\s+d[e'’]|aliad[oa]s?\s+de|alleat[oia]\s+di|"
    r"Verbündete\w*\s+(?:von\s+)?|союзни\w*|contrôlée?s?\s+par|controlad[oa]s?\s+por|"
    r"controllat[oaie]\s+da|kontrolliert\w*\s+von|sanctions\s+contre|sanciones\s+contra|"
    r"Sanktionen\s+gegen|sanzioni\s+contro|санкци\w+\s+против|vitória\s+de|victoire\s+de|"
    r"victoria\s+de|vittoria\s+di|Sieg\s+für|"
    # "nuevas medidas contra Damasco", "support for Damascus", "dichiarato da Damasco"
    r"(?:measures|medidas|mesures|Maßnahmen|misure|меры|pressure|pressions?|presión|Druck|"
    r"pressione)\s+(?:against|contra|contre|gegen|contro|против|on|sur|sobre|auf|su)|"
    r"(?:support|backing|aid)\s+for|soutien\s+(?:à|au)|apoyo\s+a|Unterstützung\s+für|"
    r"sostegno\s+a|apoio\s+a|поддержк\w*|"
    r"(?:declar|dichiar|annonc|annunci|anunci|propos|impos|demand|chiest|"
    r"exig|rechaz|respint|rejet|accept|acept|accettat)\w*\s+(?:by|da|dal|par|por|pelo|von)|"
    # "потребовала от Анкары объяснений", "exigió a Damasco", "verlangte von Ankara"
    r"(?:по)?требова\w*\s+от|требу\w*\s+от|exig\w*\s+(?:d[e'’]|à|a)|"
    # "pediu a Moscou que", "pidió a Damasco", "a demandé à Ankara", "ha chiesto a Mosca"
    r"pediu\s+a|pedi[ru]am\s+a|pidi[óo]\s+a|pidieron\s+a|demandé\s+à|chiesto\s+a|"
    r"(?:ver)?lang\w*\s+von|forder\w*\s+von)\s*"
    r"|\b(?:accus\w*|reproch\w*|soutenu\w*\s+par|appuy\w*\s+par|acus\w*|respaldad\w*\s+por|"
    r"apoyad\w*\s+por|beschuldig\w*|unterstützt\w*\s+von|обвиня\w*|обвинил\w*|"
    r"поддерживаем\w*)\s+(?:le\s+|la\s+|el\s+|a\s+)?"
    # "روسيا الداعمة لدمشق", "الفصائل الموالية لأنقرة": supporting, loyal to
    r"|(?:^|\s)(?:الداعمة|الداعم|الموالية|الموالي|الموالين|حليفة|حليف)\s+ل?$"
    r"|(?:^|\s)(?:دعما|دعم|الدعم)\s+(?:\S+\s+){0,3}ل$"
    r"|(?:^|\s)و?(?:قالت|أعلنت|حذرت|نفت|أكدت|ردت|طالبت|دعت|اتهمت|حملت|تتهم|يتهم|اتهم|تحمل|يحمل|"
    r"تعهدت|رفضت|رحبت|هددت|وافقت|نددت|"
    r"أدانت|تدين|يدين|طالبت|تطالب|يطالب)\s+(?:\S+\s+){0,3})$",
    re.IGNORECASE,
)
PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|of|from|near|at|outside|around|to|towards|into|across|over|inside)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Damascus has been quiet", "Damascus was hit": a state of the place itself.
STATE_AFTER = re.compile(
    r"^\s+(?:has|had|have)\s+(?:been(?!\s+\w+ing\b)|seen|witnessed|suffered|experienced)\b"
    r"|^\s+(?:is|was|are|were|remains|remained)\s+(?:still\s+)?(?:quiet|calm|tense|"
    r"under|home|the|a|an|one|largely|heavily|hit|shaken)\b",
    re.IGNORECASE,
)
PASSIVE_AFTER = re.compile(r"^\s+(?:is|are|was|were|has\s+been|had\s+been)\s+\w+(?:ed|en)\b", re.I)
# Before a small village name we want a geographic preposition or noun.
GEO_BEFORE = re.compile(
    r"(?:\b(?:in|near|at|from|to|outside|around|towards?|into|of|village|town|city|area|"
    r"countryside|district|between|and|or|via|through|y|e|et|ou|o|und|oder|ve|и|или|desde|"
    r"depuis|von|dal|dalla|da|do|entre|zwischen|tra|fra|между|от|до|hasta|bis|aldeas?|"
    r"entered|reached|captured|recaptured|retook|took|seized|stormed|shelled|struck|hit|"
    r"bombed|besieged|targeted|attacked|liberated|used|evacuated|surrounded|encircled|"
    r"pris|repris|reprise|conquis|bombardé|frappé|encerclé|tomaron|tomó|recuperaron|"
    r"capturaron|bombardearon|atacaron|eroberten|erobert|zurückerobert|beschossen|"
    r"bombardierten|ripreso|conquistato|bombardato|retomaram|tomaram|bombardearam|"
    r"colpito|colpita|colpiti|attaccato|visé|touché|pilonné|golpearon|golpeó|alcanzaron|"
    r"getroffen|angegriffen|atingiram|atingiu|atacaram|"
    r"взяли|заняли|освободили|обстреляли|атаковали|"
    r"bei|nahe|nach|aus|\w*stadt|\w*dorf|Ortschaft|Gemeinde|à|dans|près\s+de|vers|de|"
    r"città|cittadina|villaggio|paese|vicino\s+a|nella|nel|cidade|vila|aldeia|perto\s+de|em|"
    r"ville|village|localité|en|cerca\s+de|hacia|pueblo|ciudad|localidad|около|близ|под|у|"
    r"село|селе|города|город|деревн[яеи]|such\s+as|including|like|como|comme|wie|come|"
    r"notamment|darunter|incluidos|tra\s+cui)\s+(?:the\s+|der\s+|la\s+|le\s+|el\s+)?"
    # "in nearby Atareb", "dans la ville voisine de"
    r"(?:(?:nearby|neighbouring|neighboring|rebel-held|government-held|besieged|northern|"
    r"southern|eastern|western|vicina|vicino|voisine|voisin|vecina|vecino|benachbarten|"
    r"nahegelegenen)\s+)?"
    r"|(?:^|\s)[وف]?(?:في|قرب|من|إلى|تقع|يقع|شمال[يّ]?|جنوب[يّ]?|شرق[يّ]?|غرب[يّ]?|"
    r"مدينة|بلدة|قرية|بلدات|قرى|منطقة|حي|حيي|حيّي|أحياء|"
    r"حارة|مخيم)\s+)$",
    re.IGNORECASE,
)
DEFINITE_BEFORE = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
GEO_AFTER = re.compile(
    r"^\s+(?:village|town|area|district|countryside|neighbou?rhood|quarter|suburb)\b"
    # an apposition that says what the place is: "Al Atareb, una localidad rebelde"
    r"|^\s*,\s+(?:a|an|the|un|une|una|uma|um|ein|eine|il|lo|la|el|le)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:village|town|localidad|localité|bourgade|pueblo|aldea|Dorf|Ort|Ortschaft|Kleinstadt|"
    r"villaggio|paese|cittadina|aldeia|vila|localidade|ville|ciudad|città|Stadt|cidade)\b",
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


FOCUS_COUNTRY = "SY"


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


def _province_seats(gazetteer) -> dict[str, Site]:
    """Seat (the largest town of a province) id -> its province."""
    provinces = gazetteer.derived(_provinces)
    seats: dict[tuple[str, str], Site] = {}
    for s in gazetteer.sites.values():
        key = (s.country, s.admin1)
        if (s.kind in POPULATED and key in provinces
                and (key not in seats or s.population > seats[key].population)):
            seats[key] = s
    return {seat.site_id: provinces[key] for key, seat in seats.items()}


def _province_named_after(gazetteer, town: Site) -> Site | None:
    """'province de Hassaké': the province whose seat (its largest town) is `town`."""
    return gazetteer.derived(_province_seats).get(town.site_id)


def _facilities(gazetteer) -> list[Site]:
    return [s for s in gazetteer.sites.values() if s.kind in FACILITY]


def nearest_facility(gazetteer, town: Site, kinds: frozenset[str]) -> Site | None:
    """The facility of those kinds closest to a town, within 30 km."""
    facilities = gazetteer.derived(_facilities)
    best, best_d = None, 30_000.0
    for site in facilities:
        if site.kind not in kinds or site.country != town.country:
            continue
        d = distance_m(town.lat, town.lon, site.lat, site.lon)
        if d < best_d:
            best, best_d = site, d
    return best


# "Homs, Libya", "Hama in central Japan"; not "against the United States … in Damascus"
NEAR_COUNTRY = 80


def _countries_near(named, start: int, end: int, sentence_of) -> set[str]:
    """Countries named in the same sentence close to the name, or heading it ("LIBYA: …")."""
    sentence = sentence_of(start)
    return {
        country
        for c_start, c_end, country in named
        if sentence_of(c_start).index == sentence.index
        and (0 <= start - c_end <= NEAR_COUNTRY or 0 <= c_start - end <= NEAR_COUNTRY
             or c_start - sentence.start <= 3)
    }


def _pick(sites, cue, prior: Counter, sentence_countries: set[str]) -> Site | None:
    """Choose among homonyms: cue kind, countries named nearby, document prior, population."""
    pool = [s for s in sites if s.kind not in NOT_ON_MAP] or list(sites)
    if cue:
        cued = [s for s in pool if s.kind in cue]
        if cued:
            pool = cued
    if len(pool) == 1:
        return pool[0]

    def score(site: Site) -> tuple:
        return (
            site.country in sentence_countries,
            prior.get(site.country, 0),
            site.kind in FACILITY or site.kind in ADMIN and bool(cue),
            site.kind == "capital",
            site.country == FOCUS_COUNTRY,  # with nothing else to go on: the region it serves
            site.population,
        )

    return max(pool, key=score)


def is_actor(body: str, start: int, end: int, site: Site) -> bool:
    """Metonymy: "Moscow says", "Damascus's decision", "the government in Damascus"."""
    after = body[end : end + 160]
    before = body[max(0, start - 60) : start]
    if PASSIVE_AFTER.match(after) or STATE_AFTER.match(after):
        return False
    government = site.kind in {"capital", "country"}
    speaks_for_state = government or (
        site.kind == "city"
        and site.country != FOCUS_COUNTRY
        and site.population >= STATE_CITY_POPULATION
    )
    if speaks_for_state and (
        GOVERNMENT_SOURCE_BEFORE.search(before) or ACTOR_OBJECT_BEFORE.search(before)
    ):
        return True  # "according to Beirut", "orders from Tehran", "allié de Damas"
    if PREPOSITION_BEFORE.search(before):  # "rebels in the south of Aleppo said": not the subject
        return bool(ACTOR_BEFORE.search(body[max(0, start - 40) : start])) and not (
            MEETING_BEFORE.search(body[max(0, start - 90) : start])
        )
    if ACTOR_AFTER.match(after) or ACTOR_POSSESSIVE.match(after):
        return government or site.kind == "governorate" or site.kind in POPULATED
    if speaks_for_state and ARABIC_THAT_BEFORE.search(before) and ARABIC_VERB_AFTER.match(after):
        return True
    if speaks_for_state and (ACTOR_AFTER_INTL.match(after) or ARABIC_NO_COMMENT_AFTER.match(after)):
        return True
    if government and CLAUSE_START.search(body[max(0, start - 40) : start]):
        verb = GENERIC_VERB_AFTER.match(after)
        if verb and not LOCATIVE_VERBS.match(verb.group("verb")):
            return True
    if ACTOR_BEFORE.search(body[max(0, start - 40) : start]):
        return not MEETING_BEFORE.search(body[max(0, start - 90) : start])
    return False


# Words that put something in or at a place, in the languages reports come in.
LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:in|at|to|near|from|outside|into|around|over|on|towards?|via|through|of|across|"
    r"à|a|au|de|d|dans|vers|en|près\s+de|desde|hacia|cerca\s+de|nach|aus|bei|von|nahe|im|"
    r"в|во|из|на|под|около|до|у|над|через)\s+(?:the\s+|la\s+|le\s+|el\s+)?|\b[dl]['’])$"
    r"|(?:^|\s)(?:في|إلى|من|قرب|نحو|على)\s+$|(?:^|\s)[وف]?[بل]$"
    r"|(?:^|\s)(?:در|به|از|تا|نزدیکی|نزدیک|سوی|فرودگاه|شهر|استان)\s+$",  # Persian
    re.IGNORECASE,
)
# Turkish case endings on a name: "Ankara'da" (in), "Moskova'ya" (to), "Şam'dan" (from).
LOCATIVE_SUFFIX = re.compile(r"^['’](?:d[ae]n?|t[ae]n?|y?[ae]|n[ae])\b", re.IGNORECASE)


def is_foreign_seat(body: str, start: int, end: int, site: Site, home: str | None) -> bool:
    """A foreign capital with no word putting anything there is its government: "Moscou
    assure", "soutenus par Washington", "Ankara, qui dispose de bases"."""
    if site.kind != "capital" or home is None or site.country == home:
        return False
    before = body[max(0, start - 30) : start]
    after = body[end : end + 40]
    if LOCATIVE_BEFORE.search(before) or LOCATIVE_SUFFIX.match(after):
        return False
    return not (PASSIVE_AFTER.match(after) or STATE_AFTER.match(after))


def _is_small(site: Site) -> bool:
    # a curated town of unknown size (population 0) was listed on purpose: no context needed
    return site.kind in ("village", "neighbourhood") or (
        site.kind == "town" and 0 < site.population < 5000
    )


# Two names in a list: ", ", " and ", "، و", " y ", " и ".
LIST_GAP = re.compile(
    r"\s*(?:,|،)?\s*(?:(?:and|or|und|oder|et|ou|y|o|e|и|или|ve|veya)\s+|و)?\Z", re.I
)


def _in_lists(body: str, candidates) -> set[int]:
    """Starts of candidates that stand in a list with another candidate."""
    listed: set[int] = set()
    for a, b in zip(candidates, candidates[1:], strict=False):
        gap = body[a.end : b.start]
        if a.key.startswith("~") or b.key.startswith("~"):
            continue  # a guessed spelling needs more than a list ("Ahmad" is no Hamidiyah)
        joined = gap.strip() and LIST_GAP.match(gap)
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
    out: list[Resolved] = []
    for cand in candidates:
        cue, start, end = _cue_for(body, cand.start, cand.end)
        countries = (  # only homonyms need the countries named near them
            _countries_near(named_countries, cand.start, cand.end, sentence_of)
            if len(cand.sites) > 1 else set()
        )
        key = cand.surface.lower()
        site = _pick(cand.sites, cue, prior, countries)
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
                and _province_named_after(gazetteer, site)
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
        if site.kind in NOT_ON_MAP:
            continue
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
        ):
            continue  # "Russia's only Mediterranean repair hub": an adjective, not the sea
        small = (
            _is_small(site)
            and site.site_id not in placed  # once placed in the report, a name stands alone
            and cand.start not in listed  # "darunter Sarmin, Ariha und Dschisr asch-Schughur"
        )
        common = is_common_word(cand.surface, language, site) and not is_major(
            site, language, cand.surface
        )
        if (
            (small or common)
            and not cue
            and not (
                GEO_BEFORE.search(body[max(0, _lead(body, start) - 20) : _lead(body, start)])
                or GEO_AFTER.match(body[end:])
                or GEO_AFTER.match(" " + cand.surface.split(" ", 1)[-1])  # "Jobar district"
            )
        ):
            continue
        if out and not cue and _quarter_of(body, out[-1], start):
            continue  # "Daraa al-Balad": a quarter of the place just named, not another town
        if cue is None:
            sense.setdefault(key, site)
        placed.add(site.site_id)
        out.append(Resolved(start, end, body[start:end], site, "event", cue))
    return mark_locators(body, out)


def _quarter_of(body: str, prev: Resolved, start: int) -> bool:
    lead = _lead(body, start)
    return lead < start and body[prev.end : lead] == " " and prev.site.kind in POPULATED
