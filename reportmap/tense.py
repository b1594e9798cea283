"""Whether a sentence tells the past or the present: which date an undated sentence takes.

An undated sentence in past tense continues the story of the sentences before it ("Rebels
took Hama on Thursday. They freed prisoners."); one in the present tells how things stand on
the day of the news ("Nubl and Sahraa are now surrounded", "Mafraq's services are at their
limit"). Only languages whose past tense shows in its words are read (Turkish by its final
verb); for the others (Arabic, Persian) `tells_past` answers None and the caller keeps its
default.
"""

from __future__ import annotations

import re

# "Meanwhile", "now", "currently": the day of the news whatever the tense.
NOW = re.compile(
    r"\b(?:meanwhile|now|currently|at\s+present|as\s+of\s+today|"
    r"maintenant|actuellement|désormais|pendant\s+ce\s+temps|"
    r"nun|jetzt|derzeit|mittlerweile|unterdessen|inzwischen|"
    r"ahora|actualmente|mientras\s+tanto|"
    r"ora|adesso|attualmente|intanto|"
    r"agora|atualmente|enquanto\s+isso|"
    r"сейчас|теперь|в\s+настоящее\s+время|тем\s+временем|"
    r"şu\s+anda|şimdi)\b|\bmientras(?=,)"
    r"|(?:^|\s)(?:الآن|حاليا|حالياً|في\s+الأثناء|في\s+غضون\s+ذلك|"
    r"اکنون|هم‌اکنون|هم\s+اکنون|در\s+حال\s+حاضر)(?:\s|$)",
    re.IGNORECASE,
)
# "until now", "hasta ahora": a state up to the report in an aside ("Al Shuhail, hasta ahora un
# bastión del Frente al Nusra"), not a sentence told in the present
UNTIL_WORDS = r"until|till|up\s+to|hasta|jusqu['’]à|bis|fino\s+ad?|até"
UNTIL_NOW = re.compile(
    r"\b(?:" + UNTIL_WORDS + r")\s+"
    r"(?:now|ahora|maintenant|jetzt|ora|adesso|agora)\b",
    re.IGNORECASE,
)
# A past tense in the words of each language. Participles after "is/are/be" are passives
# of the present ("are stationed", "is run by").
PAST = {
    "en": re.compile(
        r"\b(?:was|were|had|did|said|told|took|fled|came|went|began|fell|left|saw|made|got|"
        r"ran|struck|shot|held|led|sent|brought|fought|won|lost|hit|met|became|broke|built|"
        r"bought|caught|chose|dug|drew|drove|fed|felt|found|flew|froze|gave|grew|heard|hid|"
        r"kept|knew|laid|meant|paid|rode|rose|sought|sold|shook|sank|sat|slept|spoke|spent|"
        r"stood|stole|swore|swept|taught|tore|thought|threw|understood|woke|wore|withdrew|"
        r"wrote|overran|overtook|retook|blew|arose|forbade|used)\b(?!\s+by\b)"
        r"|(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)"
        # "600,000 registered refugees", "the armed groups": a participle before its noun
        r"(?<!\b[Tt]he\s)(?<!\b[Aa]\s)(?<!\b[Aa]n\s)(?<!\b[Ii]ts\s)(?<!\b[Tt]heir\s)(?<!\d\s)"
        # "a million registered refugees", "hundreds of wounded", "other armed groups"
        r"(?<!\bmillion\s)(?<!\bmillions\s)(?<!\bthousand\s)(?<!\bthousands\s)"
        r"(?<!\bhundred\s)(?<!\bhundreds\s)(?<!\bof\s)(?<!\bmany\s)(?<!\bseveral\s)"
        r"(?<!\bsome\s)(?<!\bother\s)"
        # "the pocket held by Faylaq al-Rahman": a participle after its noun
        r"\b[a-z]{3,}ed\b(?!\s+by\b)"
    ),
    "fr": re.compile(
        r"\b(?:a|ont|avait|avaient|eut|fut|furent|était|étaient|est|sont)\s+(?:\w+\s+){0,3}?"
        r"\w{2,}(?:é|és|ée|ées|i|is|ie|it|u|us|ert|erts)\b"
        r"|\b\w{2,}(?:ait|aient|èrent)\b",
        re.IGNORECASE,
    ),
    "es": re.compile(
        r"\b\w{2,}(?:ó|aron|ieron|ía|ían|aba|aban)\b"
        r"|\b(?:hubo|fue|fueron|hizo|hicieron|dijo|dijeron|tuvo|tuvieron|estuvo|estuvieron|"
        r"puso|pusieron|vino|vinieron|trajo|trajeron)\b"
        r"|\b(?:ha|han|había|habían)\s+\w{2,}(?:ado|ido|to|cho)\b",
        re.IGNORECASE,
    ),
    "pt": re.compile(
        r"\b\w{2,}(?:ou|aram|eram|iram|íram|ava|avam|iam)\b"
        r"|\b(?:foi|foram|era|eram|fez|fizeram|disse|disseram|houve|teve|tiveram|esteve|"
        r"estiveram|veio|vieram|deu|deram|pôs|puseram|trouxe|trouxeram)\b",
        re.IGNORECASE,
    ),
    "it": re.compile(
        r"\b(?:ha|hanno|aveva|avevano|è|sono|era|erano|fu|furono|sia|siano|fosse|fossero)\s+"
        r"(?:\w+\s+)?\w{2,}(?:ato|ati|ata|ate|ito|iti|ita|ite|uto|uti|uta|ute)\b"
        # irregular participles after an auxiliary: "ha aperto", "hanno distrutto", "è morto"
        r"|\b(?:ha|hanno|aveva|avevano|è|sono|era|erano)\s+(?:già\s+)?\w*(?:apert|chius|pres|"
        r"uccis|distrutt|mort|fatt|scritt|mess|rimast|success|esplos|diffus|pers|spent|sces|"
        r"arres|respint|vint|giunt|espuls|condott|decis|sospes|acces|offert|copert|tolt)[oaie]\b"
        r"|\b\w{2,}(?:ò|arono|irono|erono|eva|evano)\b",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"\b(?:war|waren|hatte|hatten|wurde|wurden|gab|kam|kamen|ging|gingen|nahm|nahmen|"
        r"floh|flohen|sagte|sagten|hieß|begann|begannen|starben|griffen|schnitten|zogen|"
        r"erklärte|erklärten|teilte|teilten|meldete|meldeten|berichtete|berichteten|"
        r"erreichte|erreichten|eroberte|eroberten|töteten|übernahmen|übernahm|"
        r"traf|trafen|fiel|fielen|flog|flogen|schoss|schossen|starb|stieg|stiegen|lag|lagen|"
        r"stand|standen|rief|riefen|fand|fanden|brachte|brachten|zog|fuhr|fuhren|hielt|hielten|"
        r"ließ|ließen|schlug|schlugen|sprach|sprachen|trat|traten|blieb|blieben|gelang|"
        r"gewann|warf|warfen|brach|brachen|drangen|drang|verließ|verließen|erlag|erlagen)\b"
        # weak verbs: "bombardierte", "meldeten", "tötete" (not the participle "getöteten")
        r"|\b(?!ge)[a-zäöü]\w*(?:ierte|ierten|tete|teten|dete|deten)\b"
        r"|\b(?:hat|haben)\b[^.;]*\bge\w+(?:t|en)\b"
        # "haben … verlassen", "hat sich … erhöht": participles without "ge"
        r"|\b(?:hat|haben)\b[^.;]*\b(?<!zu\s)(?-i:(?:ver|be|er|zer|ent)[a-zäöüß]+(?:t|en))\b"
        # a perfect or passive with "sein": "sind … geflohen", "ist … getroffen worden"
        r"|\b(?:ist|sind)\b[^.;]*\b(?:worden|gestorben|geflohen|geflüchtet|gekommen|gegangen|"
        r"gefallen|gestiegen|gezogen|gelangt|geraten|eingerückt|eingedrungen|vorgerückt|"
        r"abgezogen|angekommen|eingetroffen|eingeschlagen)\b"
        # weak verbs in lower case (nouns are capitalised): "rückten … ein", "führte"
        r"|\b(?-i:(?!ge)[a-zäöü]\w*(?:ckte|ckten|gte|gten|hrte|hrten))\b"
        # reported speech in the subjunctive: "seien Bomben eingeschlagen", "habe … angegriffen"
        r"|\b(?:sei|seien|habe)\b[^.;]*\b\w*ge\w+(?:t|en)\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"\b\w{2,}(?:ал|ала|али|ало|ил|ила|или|ило|ел|ела|ели|ело|ял|яла|яли|ял)(?:ся|сь)?\b"
        # "был", "были", "шли", "прошли": the past of "to be" and "to go"
        r"|\b\w*(?:ыл|ыла|ыли|ыло|шли|шла|шло|шёл|шел)(?:ся|сь)?\b",
        re.IGNORECASE,
    ),
}


# "Images show detainees leaving the prison": evidence in the present of an earlier event.
SHOWS = re.compile(
    r"\b(?:shows?|showing|montrent|montre|zeigen|zeigt|muestran|muestra|mostram|mostra|"
    r"mostrano|показывают|показывает)\b|(?:^|\s)(?:تظهر|يظهر)\s",
    re.IGNORECASE,
)


# "are being dismantled", "están evacuando": a scene seen at the time the story is told.
PROGRESSIVE = re.compile(
    r"\b(?:is|are|am)\s+(?:being\s+|still\s+)?\w+ing\b|\ben\s+train\s+d[e'’]"
    r"|\b(?:está|están|estão|sta|stanno|stava|stavano)\s+(?:a\s+)?"
    r"\w+(?:ando|iendo|endo|indo|ar|er|ir)\b",
    re.IGNORECASE,
)
QUOTES = "\"“”«»„"


# Turkish puts its verb last and shows its tense in the verb's ending: "…hastanelerde sürüyor"
# (goes on: the present), "…Cerablus'a girdi", "…ele geçirilmişti", "…getiriyordu" (past).
# Only the sentence's last word is read, and it must be lower case.
TURKISH_LAST_WORD = re.compile(r"(\w+)[\W]*$")
TURKISH_PRESENT = re.compile(
    r"(?:yor|yorlar|yoruz|makta|mekte|maktadır|mektedir|maktalar|mekteler)$"
)
TURKISH_PAST = re.compile(
    # "-dı" after a vowel or voiced consonant, "-tı" after a voiceless one: not "hükümeti"
    r"(?:(?:(?<![çfhkpsşt])d|(?<=[çfhkpsşt])t)[ıiuü](?:m|n|k|nız|niz|nuz|nüz|lar|ler)?"
    r"|[mn][ıiuü]ş(?:[dt][ıiuü]r|[dt][ıiuü])?"
    r"(?:lar|ler)?|yordu|yordular)$"
)


def _turkish_tense(sentence: str) -> bool | None:
    """Past (True), present (False) or unknown (None) from a Turkish sentence's final verb."""
    last = TURKISH_LAST_WORD.search(sentence)
    if last is None or not last.group(1).islower():
        return None
    word = last.group(1)
    if TURKISH_PRESENT.search(word):
        return False
    return True if TURKISH_PAST.search(word) else None


# Arabic puts its verb first: a sentence that opens on a verb of the present ("ويقول أهالي",
# "وتعمل مصفاة", "ولا تزال الحقول") tells how things stand. Other openings are not read.
ARABIC_PRESENT_OPENING = re.compile(
    r"^[وف]?(?:لا\s+(?:يزال|تزال|يزالون)|ما\s+(?:زال|زالت|زالوا)|(?:ي|ت)(?:قول|قولون|عيش|عيشون|"
    r"عمل|عملون|واصل|واصلون|ستمر|سيطر|سيطرون|ضم|شهد|عاني|عانون|وجد|قع|بقى|حتفظ|ستضيف|قيم|"
    r"قيمون|تواجد|نتشر|ملك|متلك|خضع|حاول|حاولون|طالب|طالبون|خشى|خشون|عتقد|عتقدون|رى|رون|"
    r"سعى|سعون|نتظر|نتظرون|حتاج|حتاجون|متد|ربط|فصل))\s"
)


def tells_past(sentence: str, language: str) -> bool | None:
    """Whether the sentence is told in a past tense; None where it cannot be read.

    Quoted words take the day they were said; a scene in the progressive, the day it was seen.
    """
    if NOW.search(UNTIL_NOW.sub(" ", sentence)):
        return False
    text = sentence.strip()
    quotes = sum(text.count(q) for q in QUOTES)
    if not text or text[0] in QUOTES or quotes % 2:
        return None  # a quotation, or part of one that runs over several sentences
    if SHOWS.search(sentence) or PROGRESSIVE.search(sentence):
        return None
    if language == "tr":
        return _turkish_tense(text)
    if language == "ar":
        return False if ARABIC_PRESENT_OPENING.match(text) else None
    past = PAST.get(language)
    if past is None:
        return None
    return bool(past.search(sentence))


# A past before the story's past ("had taken", "hatte … begonnen", "avait pris", "كانت … قد
# سيطرت", "almıştı"): what happened before the news, told as background. English "had" is
# mostly reported speech ("said they had captured"), so only the other languages are read.
PLUPERFECT = {
    "de": re.compile(
        r"\b(?:hatte|hatten|war|waren)\b[^.;]*"
        r"\b(?:(?:ge|be|er|ver|zer|ent)\w+(?:t|en)|worden|\w+iert)\b"
    ),
    "fr": re.compile(
        r"\b(?:avait|avaient)\s+(?:\w+\s+)?\w+(?:é|és|ée|ées|i|is|it|u|us|ert)\b"
        # "était" with a verb of motion or change; "était encerclée" is a state
        r"|\b(?:était|étaient)\s+(?:[\w'’]+\s+){0,2}(?:entr|arriv|part|tomb|mort|n|venu|revenu|"
        r"retourn|rest|pass|sort|mont|descend|devenu)(?:é|i|u|t)?e?s?\b"
    ),
    "es": re.compile(r"\b(?:había|habían)\s+\w+(?:ado|ido|to|cho)\b"),
    "pt": re.compile(r"\b(?:tinha|tinham|havia|haviam)\s+\w+(?:ado|ido|to)\b"),
    "it": re.compile(
        r"\b(?:aveva|avevano|era|erano)\s+(?:\w+\s+)?\w+(?:ato|ati|ata|ate|ito|iti|ita|ite|uto|uti)\b"
    ),
    "ar": re.compile(r"(?:^|\s)و?(?:كان|كانت|كانوا)\s+(?:\S+\s+){0,6}?قد\s"),
    "tr": re.compile(r"\w(?:mıştı|mişti|muştu|müştü)\w*"),
}


# Reported speech moves the news into the pluperfect: "Sana a affirmé que trois civils avaient
# été blessés", "dijo que había muerto", "قال إن القوات كانت قد دخلت": still the news.
REPORTED_THAT = {
    "fr": re.compile(
        r"\b(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:affirmé|indiqué|déclaré|annoncé|précisé|"
        r"assuré|ajouté|expliqué|dit|rapporté|souligné|confirmé|estimé|raconté)\s+"
        r"(?:[^.;]*?\s)?qu[e'’]"
    ),
    "es": re.compile(r"\b(?:dijo|dijeron|afirmó|afirmaron|informó|informaron|aseguró|indicó|"
                     r"señaló|explicó|añadió|anunció|declaró|confirmó|denunció)\s+"
                     r"(?:[^.;]*?\s)?que\b"),
    "it": re.compile(r"\b(?:ha|hanno)\s+(?:detto|dichiarato|affermato|riferito|annunciato|"
                     r"spiegato|precisato|aggiunto|confermato|denunciato)\s+(?:[^.;]*?\s)?che\b"),
    "pt": re.compile(r"\b(?:disse|disseram|afirmou|afirmaram|informou|informaram|declarou|"
                     r"anunciou|explicou|acrescentou|confirmou|relatou)\s+(?:[^.;]*?\s)?que\b"),
    "ar": re.compile(r"(?:^|\s)و?(?:قال|قالت|قالوا|أعلن|أعلنت|أفاد|أفادت|ذكر|ذكرت|أكد|أكدت|"
                     r"أوضح|أوضحت|أضاف|أضافت)\s+(?:\S+\s+){0,4}?[إأ]ن(?:ه|ها|هم)?\s"),
}


# An undated, repeated past: "Russian jets have in the past struck", "في حالات سابقة".
INDEFINITE_PAST = re.compile(
    r"\b(?:in\s+the\s+past|on\s+(?:previous|earlier|past)\s+occasions|par\s+le\s+passé|"
    r"dans\s+le\s+passé|à\s+plusieurs\s+reprises\s+par\s+le\s+passé|en\s+el\s+pasado|"
    r"en\s+ocasiones\s+anteriores|no\s+passado|em\s+ocasiões\s+anteriores|in\s+passato|"
    r"in\s+der\s+Vergangenheit|в\s+прошлом)\b"
    # not a span counted back: "in the past two weeks", "в прошлом году", "el pasado mes"
    r"(?!\s+(?:[\w-]+\s+){0,2}?(?:days?|weeks?|months?|years?|hours?|decades?|году|месяце|"
    r"неделе|веке|mes|año|semana|mois|année|semaine|mês|ano|semana)\b)"
    r"|(?:^|\s)(?:في\s+حالات\s+سابقة|في\s+مرات\s+سابقة|في\s+السابق|در\s+گذشته)(?:\s|$|،)"
    r"|\bgeçmişte\b",
    re.IGNORECASE,
)


def tells_earlier_past(text: str, language: str, lead: str = "") -> bool:
    """Whether a clause is told in the pluperfect, or as an undated repeated past ("in the
    past"): an earlier event, background to the news. `lead` is the sentence before the
    clause; a pluperfect reported after "said that" is not."""
    if INDEFINITE_PAST.search(text):
        return True
    pattern = PLUPERFECT.get(language)
    found = pattern.search(text) if pattern else None
    if found is None:
        return False
    reported = REPORTED_THAT.get(language)
    return not (reported and reported.search(lead + text[: found.start()]))


# A sentence that opens with a pronoun for what the sentence before told goes on with its story
# ("Russia intervened in September 2015. Its aircraft fought for Aleppo"; "It destroyed the
# monastery at the time"; "Sie wurden in die Abteilung 251 gebracht").
GOES_ON = re.compile(
    r"^\W*(?:it|its|they|their|he|his|she|her|at\s+the\s+time|"
    r"il|elle|ils|elles|son|sa|ses|leur|leurs|"
    r"er|sie|es|sein|seine|seinen|seiner|ihr|ihre|ihren|ihrer|damals|"
    r"él|ella|ellos|ellas|su|sus|entonces|"
    r"esso|essa|essi|il\s+suo|la\s+sua|i\s+suoi|le\s+sue|allora|"
    r"ele|ela|eles|elas|seu|sua|seus|suas|"
    r"он|она|оно|они|его|ее|её|их|тогда)\b",
    re.IGNORECASE,
)


def goes_on(sentence: str) -> bool:
    """Whether a sentence opens with a pronoun that carries on the story of the one before."""
    return GOES_ON.search(sentence) is not None
