"""Names that are not the place they contain: an official's title, a person, a ship, an outlet,
a road named after its ends, an organisation ("the Moscow Times"), an acronym ("SANA")."""

from __future__ import annotations

import re

from geo.fold import fold
from reportmap.metonymy import FOCUS_COUNTRY
from reportmap.model import Site
from reportmap.roads import ROAD_AFTER_WORDS, names_road

# An outlet named after a place: "la chaîne iranienne Al-Alam", "شبكة السويداء 24", "قناة
# العالم", "the Al-Mayadeen channel" (not "the channel in Damascus": only adjectives may stand
# between).
_OUTLET_WORDS = (
    r"channel|television|TV|newspaper|daily|radio|broadcaster|"
    r"chaîne|télévision|journal|quotidien|agence|cadena|canal|televisión|emisora|diario|"
    r"periódico|agencia|canale|emittente|quotidiano|giornale|agenzia|emissora|jornal|agência|"
    r"Sender|Fernsehsender|Zeitung|Tageszeitung|Agentur|Nachrichtenagentur|"
    r"телеканал\w*|канал\w*|газет\w*|агентств\w*|радио"
)
# "iranienne", "Lebanese", "catarí", "state", "государственный": what a channel is
_OUTLET_ADJECTIVE = (
    r"(?:[a-zà-ÿ-]+(?:ian|ien|ienne|iens|ese|aise|ais|ano|ana|ani|ane|ean|ish|isch\w*|ic|ique|"
    r"ico|ica|í|i)|state|pan-arab|arab|arabe|árabe|araba|official|officielle|oficial|ufficiale|"
    r"public|publique|pública|pubblica|satellite|staatlich\w*|государственн\w*|"
    r"[а-яё]+(?:ий|ый|ой|ая|ое|ого|ом))"
)
OUTLET_BEFORE = re.compile(
    r"(?:^|[^\w])(?:" + _OUTLET_WORDS + r")(?:\s+(?-i:" + _OUTLET_ADJECTIVE + r")){0,2}\s+$"
    r"|(?:^|\s)(?:شبكة|وكالة|قناة|القناة|إذاعة|صحيفة|جريدة|تلفزيون|راديو|شبکه|خبرگزاری|روزنامه|"
    r"تلویزیون)\s+$",
    re.IGNORECASE,
)
OUTLET_AFTER = re.compile(r"^[\s-](?:TV|channel|television|newspaper|daily)\b", re.IGNORECASE)
# A group, outlet or page named in quotes: 'فصائل "فتح حلب"', 'شبكة "السويداء 24"', 'the
# "Free Idlib" group', 'la brigade « Liwa Homs »': the quoted name is not the place.
QUOTED_NAME_BEFORE = re.compile(
    r"(?:(?:^|\s)[وف]?(?:فصائل|فصيل|جيش|حركة|تجمع|لواء|ألوية|كتائب|كتيبة|عمليات|شبكة|وكالة|قناة|"
    r"إذاعة|صحيفة|تنسيقية|صفحة|مجموعة|جماعة|هيئة|جبهة)"
    r"|\b(?:group|brigade|faction|coalition|network|page|channel|outlet|groupe|réseau|"
    r"grupo|brigada|red|coalición|Gruppe|Netzwerk|Bündnis|gruppo|brigata|"
    r"rete|coalizione|rede|группировк\w*|бригад\w*|коалици\w*|сет\w*|канал\w*|grubu\w*|"
    r"tugayı\w*|ağı\w*))\s*[\"«“„]\s*(?:[^\s\"«»“”„]+\s+){0,3}$",
    re.IGNORECASE,
)
# The rest of a short quoted name, up to its closing quote.
_TO_QUOTE_END = r"^[^\"«»“”„\n.]{0,25}[\"»”“]"
QUOTE_CLOSES = re.compile(_TO_QUOTE_END)
# 'the "Free Homs" group', 'die „Liwa Aleppo“-Brigade': the noun after the quote.
QUOTE_OPENS = re.compile(r"[\"«“„]\s*(?:[^\s\"«»“”„]+\s+){0,3}$")
QUOTED_NAME_AFTER = re.compile(
    _TO_QUOTE_END + r"\s*-?\s*(?:group|brigade|faction|coalition|network|"
    r"channel|Gruppe|Miliz|группировк\w*|бригад\w*)",
    re.IGNORECASE,
)
# An official's title: "the governor of Homs province", "the governor's office in Sanliurfa",
# "the head of antiquities in Damascus"; a person: "President Vladimir Putin", "envoy Kenji Hama".
TITLE_BEFORE = re.compile(
    r"\b(?:governor|mayor|head|chief|director|prefect|bishop|archbishop|mufti)"
    r"(?:['’]s\s+office)?\s+(?:of|in)\s+(?:[a-z]+\s+){0,2}(?:in\s+)?(?:the\s+)?$"
    r"|\b(?:President|Prime\s+Minister|Minister|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Gen\.?|General|"
    r"envoy|King|Prince|Princess|Queen|Sheikh|Pope|Senator|Sen\.|Rep\.|spokesman|"
    r"spokeswoman|Colonel|Col\.|Lt\.|Major|Captain|Capt\.)\s+(?:[A-Z][\w-]+\s+)?$"
    # "der Kommandeur des Militärrats von Aleppo", "le gouverneur de Homs", "il sindaco di"
    r"|\b(?:Kommandeur|Gouverneur|Bürgermeister|Befehlshaber|commandant|gouverneur|maire|"
    r"comandante|gobernador|alcalde|governatore|sindaco|governador|prefeito|командир\w*|"
    r"губернатор\w*|мэр\w*)\s+(?:[\w'’-]+\s+){0,3}?(?:of|des|der|de|du|del|della|di|da|do|"
    r"von|à|in|в)\s+(?:la\s+|l['’]|the\s+)?$"
)
# Talks named after their venue: "as negociações de Genebra", "les pourparlers d'Astana", "the
# Geneva talks" (English puts the name first: `NAME_CONTINUATIONS`).
NAMED_TALKS_BEFORE = re.compile(
    r"\b(?:negociações|negociaciones|négociations|pourparlers|conversaciones|negoziati|"
    r"colloqui|processo|proceso|processus|communiqué|comunicado|comunicato|formato|format|"
    # "los acuerdos de Astaná", "les accords de Sotchi", "gli accordi di Astana"
    r"acuerdos?|accords?|accordi|acordos?|memorando|mémorandum|memorandum)"
    r"\s+(?:de|di|d['’]|da|do)\s*$",
    re.IGNORECASE,
)
# An ambassador's post is a capital: "den syrischen Botschafter in Amman", "the ambassador to
# Ankara", "سفير سوريا لدى عمان" (but "l'ambassadeur des États-Unis à Hama" was there).
AMBASSADOR_BEFORE = re.compile(
    r"\b(?:ambassador|Botschafter|ambassadeur|embajador|ambasciatore|embaixador|"
    r"посол|посл(?:а|у|ом|е|ы|ов|ам|ами|ах)\b)"  # not "последние": "в последние дни в Дамаске"
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:in|to|en|em|a|au|à|в|bei)\s+$"
    r"|\b(?:chargé\s+d['’]affaires|Geschäftsträger|encargad[oa]\s+de\s+negocios|"
    r"incaricat[oa]\s+d['’]affari|encarregad[oa]\s+de\s+negócios|поверенн\w+\s+в\s+делах)"
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:in|to|en|em|a|au|à|в|bei)\s+$"
    r"|(?:^|\s)(?:سفير|سفيرة|سفراء|القائم\s+بالأعمال)\s+(?:\S+\s+)?(?:لدى|في)\s+$"
    # Persian: "سفیر خود در تهران", "کاردار ایران در بغداد"
    r"|(?:^|\s)(?:سفیر|سفرای|کاردار)\s+(?:\S+\s+){0,2}?در\s+$",
    re.IGNORECASE,
)
# A weapon's model named after a town: "Panzerabwehrraketen vom Typ Milan", "de type SA-5".
MODEL_BEFORE = re.compile(
    r"\b(?:vom\s+Typ|des\s+Typs|of\s+the\s+type|du\s+type|de\s+type|del\s+tipo|de\s+tipo|"
    r"di\s+tipo|do\s+tipo|типа)\s+[\"«„“']?\s*$",
    re.IGNORECASE,
)
# A ship named after a city: "the submarine Rostov-on-Don", "подводная лодка «Краснодар»",
# "la frégate « Alep »", "الفرقاطة دمشق".
VESSEL_BEFORE = re.compile(
    r"(?:\b(?:ship|vessel|tanker|freighter|frigate|destroyer|cruiser|corvette|submarine|carrier|"
    r"boat|ferry|USS|HMS|MV|MT|TCG|navire|frégate|sous-marin|cargo|pétrolier|Schiff|Fregatte|"
    r"U-Boot|Zerstörer|Tanker|Frachter|buque|barco|fragata|submarino|petrolero|carguero|nave|"
    r"fregata|sottomarino|petroliera|navio|petroleiro|pattugliatore|patrouilleur|patrullero|"
    r"cutter|Patrouillenboot|корабл\w*|фрегат\w*|лодк\w*|подлодк\w*|"
    r"крейсер\w*|эсмин\w*|танкер\w*|судн[оау]|сухогруз\w*|"
    r"БДК)|(?:^|\s)(?:السفينة|الفرقاطة|الغواصة|المدمرة|الناقلة|ناقلة\s+النفط|ناو|ناوچه|"
    r"زیردریایی|کشتی|نفتکش))\s+[\"«„“']?\s*$",
    re.IGNORECASE,
)
# A ship, a numbered outlet or a road: "the cargo ship Sparta IV", "Deir Ezzor 24",
# "the Baghdad–Damascus highway".
NAME_AFTER = re.compile(
    r"^(?:\s+(?:I{1,3}|IV|VI{0,3}|IX|X)\b|\s+\d+\s+(?:news|network|channel|tv|agency|radio|"
    r"media)\b|-(?:based|backed|aligned|allied|supported|friendly)\b|\s+(?:group|brigade|battalion|movement|front|faction|militia|pepper|"
    r"soap|pine)\b|\s*[–-]\s*\w+(?:\s\w+)?\s+(?:" + ROAD_AFTER_WORDS + r")|"
    r"\s+(?:highway|motorway|expressway)\b)",
)
CAPITALISED_NEXT = re.compile(r"^\s+([A-Z][\w-]*)")
NAME_CONTINUATIONS = {
    "media",
    "council",
    "committee",
    "network",
    "office",
    "is",
    "are",
    "was",
    "were",
    "times",
    "post",
    "independent",
    "university",
    "club",
    "fc",
    "news",
    "herald",
    "tribune",
    "agency",
    "radio",
    "tv",
    "institute",
    "center",
    "centre",
    "group",
    "declaration",
    "deklarasyonu",  # "Şam Deklarasyonu"
    "bildirgesi",
    "format",
    "process",
    "talks",
    "accords",
    "accord",
    "protocol",
    "agreement",
    "conference",
    "summit",
    "pepper",
    "soap",
    "prize",
    "museum",
    "journal",
    "review",
    "gazette",
    "daily",
    "bureau",
    "courier",
    "observer",
    "monitor",
    "chronicle",
    "telegraph",
    "express",
    "dispatch",
    "newswire",
    "wire",
    "voice",
    "today",
}
# A Russian surname right after the match: the match is a given name ("Владимира Путина").
SURNAME_AFTER = re.compile(
    r"^\s+[А-ЯЁ][а-яё]+(?:ин|ина|ину|ым|ов|ова|ову|овым|ев|ева|еву|евым|ёв|ёва|ский|ского|"
    r"скому|ским|ская|ской|цкий|цкого)\b"
)
# Towns named like people, read as the person before a surname: "Vladimir Putin", "Wladimir
# Putin", "Sofia Coppola".
GIVEN_NAME_PLACES = frozenset({
    "vladimir", "wladimir", "sofia", "victoria", "florence", "alexandria", "regina", "adelaide",
    "augusta", "charlotte", "lincoln", "jackson", "austin", "eugene", "marion", "salem", "jamil",
})
# The same in Arabic script, before any word: "ولادیمیر پوتین", "فلاديمير بوتين".
GIVEN_NAME_PLACES_ARABIC = frozenset({"ولادیمیر", "ولاديمير", "فلاديمير", "فلادیمیر"})
_WORD_AFTER_ARABIC = re.compile(r"^\s+[\u0600-\u06ff]{3,}")
_SURNAME_LATIN = re.compile(r"^\s+[A-ZÀ-Þ][a-zà-ÿ'’-]+")
# An Arabic family name right after a village's name: the village's name is a given name
# ("Atil al-Nujaifi", "Salim bin Hamad"); places named "X al-Y" are matched whole.
NASAB_AFTER = re.compile(r"^\s+(?:al|el|bin|ibn|ben)[\s-][A-ZÀ-Þ][a-zà-ÿ'’-]+")
# A person's noun before a given name and its surname: "la activista Suhair Atasi", "the
# activist Razan Zaitouneh", "le journaliste Samir Kassir".
PERSON_NOUN_BEFORE = re.compile(
    r"\b(?:activist|journalist|writer|poet|philosopher|lawyer|dissident|blogger|doctor|"
    r"activista|periodista|escritor|escritora|poeta|filósofo|abogado|abogada|disidente|"
    r"activiste|militante?|journaliste|écrivain|poète|philosophe|avocate?|dissidente?|"
    r"Aktivist(?:in)?|Journalist(?:in)?|Schriftsteller(?:in)?|Dichter(?:in)?|Anwalt|Anwältin|"
    r"attivista|giornalista|scrittore|scrittrice|filosofo|avvocato|"
    r"ativista|jornalista|advogad[oa]|"
    r"активист\w*|журналист\w*|писател\w*|поэт\w*|адвокат\w*|правозащитни\w*)\s+$",
    re.IGNORECASE,
)

# The same nouns in Arabic: "الناشطة سميرة الخليل" (the activist Samira al-Khalil).
ARABIC_PERSON_NOUN = (
    r"(?:^|\s)[وف]?(?:ال)?(?:ناشط|ناشطة|صحفي|صحفية|صحافي|صحافية|محامي|محامية|كاتب|كاتبة|شاعر|"
    r"شاعرة|معارض|معارضة|طبيب|طبيبة|باحث|باحثة|مخرج|فنان|فنانة|دكتور|مهندس|معتقل|معتقلة|"
    r"سيد|سيدة)"
)
_ARABIC_NOT_GIVEN = frozenset({
    "في", "من", "إلى", "الى", "على", "عن", "مع", "قرب", "نحو", "داخل", "خارج", "حول", "بين", "عند",
    "مدينة", "بلدة", "قرية", "حي", "ريف", "محافظة", "منطقة", "مخيم", "ابن", "ابنة", "أهالي", "بن",
})
_PERSON_NOUN_END = re.compile(
    r"(?:" + PERSON_NOUN_BEFORE.pattern.removesuffix(r"\s+$") + "|" + ARABIC_PERSON_NOUN
    + r")\s+$", re.IGNORECASE,
)
_WORD_BEFORE = re.compile(r"(?:^|\s)([^\W\d_][\w'’-]*)\s+$")


def is_family_name(body: str, start: int, end: int) -> bool:
    """A place name after a given name that a person's noun introduces somewhere in the report:
    "the activist Samira al-Khalil … Samira al-Khalil", "الناشطة سميرة الخليل … أما سميرة الخليل"
    (al-Khalil is also Hebron)."""
    given = _WORD_BEFORE.search(body, max(0, start - 25), start)
    if given is None or given.group(1)[0].islower() or given.group(1) in _ARABIC_NOT_GIVEN:
        return False  # "the doctor in Homs", "الطبيب في حمص": no given name
    phrase = given.group(1) + " " + body[start:end]
    at = body.find(phrase)
    while at >= 0:
        after = at + len(phrase)
        whole = after >= len(body) or not body[after].isalnum()
        if whole and _PERSON_NOUN_END.search(body, max(0, at - 40), at):
            return True
        at = body.find(phrase, at + 1)
    return False


def is_other_name(body: str, start: int, end: int, site: Site, cue=None) -> bool:
    """An official's title, a person, a ship, an outlet, a group, a road: not the place."""
    before = body[max(0, start - 60) : start]
    after = body[end : end + 60]
    if TITLE_BEFORE.search(before) or VESSEL_BEFORE.search(before) or MODEL_BEFORE.search(before):
        return True
    if site.kind == "capital" and AMBASSADOR_BEFORE.search(before):
        return True
    if site.country != FOCUS_COUNTRY and NAMED_TALKS_BEFORE.search(before):
        return True
    if OUTLET_BEFORE.search(before) or OUTLET_AFTER.match(after):
        return True
    if QUOTED_NAME_BEFORE.search(before) and QUOTE_CLOSES.match(after):
        return True
    if QUOTE_OPENS.search(before) and QUOTED_NAME_AFTER.match(after):
        return True
    if not cue and NAME_AFTER.match(after):
        return True
    if names_road(body[max(0, start - 120) : start], after):
        return True
    if SURNAME_AFTER.match(after):
        return True  # "Владимира Путина": a given name before a surname
    if body[start:end] in GIVEN_NAME_PLACES_ARABIC and _WORD_AFTER_ARABIC.match(after):
        return True
    if site.kind == "village" and NASAB_AFTER.match(after):
        return True
    if _SURNAME_LATIN.match(after) and (
        fold(body[start:end]) in GIVEN_NAME_PLACES or PERSON_NOUN_BEFORE.search(before)
    ):
        return True
    if is_family_name(body, start, end):
        return True
    return is_acronym(body, start, end, site)


_LOWER_WORD_BEFORE = re.compile(r"(?<![^\W\d_])[^\W\d_]*[a-zà-öø-ÿ]\s$")


def is_acronym(body: str, start: int, end: int, site: Site) -> bool:
    """'SANA' (the news agency) is not Sanaa: an all-caps word in mixed-case text."""
    surface = body[start:end]
    if len(surface) < 3 or not surface.isalpha() or not surface.isupper():
        return False
    if surface in site.aliases or surface == site.name:
        return False
    if start == 0 or body[start - 1] == "\n":
        return False  # a dateline: "HOMS, Syria"
    if body[end : end + 1] in {",", ":"} and not _LOWER_WORD_BEFORE.search(
        body, max(0, start - 80), start
    ):
        return False  # "Par Jean Dupont, HOMS, 3 déc.": a dateline; not "acrescentou a SANA,"
    around = body[max(0, start - 40) : end + 40]
    return any(c.islower() for c in around)


def is_part_of_name(body: str, end: int, cue: frozenset[str] | None) -> bool:
    """'the Moscow Times', 'Aleppo University': the place is part of an organisation's name."""
    if cue:
        return False
    nxt = CAPITALISED_NEXT.match(body[end : end + 40])
    return bool(nxt) and nxt.group(1).lower() in NAME_CONTINUATIONS
