"""The words that tell when: cue patterns the timeline reads (reportmap.timing)."""

from __future__ import annotations

import re

from reportmap.dates_base import ROMANCE_FUTURE, TR_ABLATIVE, TR_SINCE_AFTER
from reportmap.locator_words import LOCATION_STATE
from reportmap.tense import UNTIL_WORDS
from reportmap.text import first_comma, last_comma

# "following the overthrow of Assad last weekend": the date belongs to another event.
ANCHOR_PHRASE = re.compile(
    r"\b(?:following|after|before|amid|ahead\s+of|prior\s+to|in\s+the\s+wake\s+of|since|"
    r"in\s+(?:response|retaliation|reprisal)\s+(?:to|for))\s+"
    r"(?:the|a|an|his|her|its|their|[A-Z][\w-]*['’]s)\s+[^,;.]*"
    # a name in apposition: "following its capture of the provincial capital, Idleb, last month"
    r"(?:,\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?:al-)?(?-i:[A-Z])[\w'’-]*){0,2},\s+[^,;.]*)?$"
    r"|\b(?:après|avant|suite\s+à|à\s+la\s+suite\s+d[eu'’]|infolge|tras|después\s+de|"
    r"antes\s+de|a\s+raíz\s+de|dopo|prima\s+di|in\s+seguito\s+a|após|depois\s+d[eoa]s?|"
    r"antes\s+d[oa]s?|после|перед|вслед\s+за|en\s+(?:réponse|représailles)\s+à|"
    r"als\s+(?:Reaktion|Antwort|Vergeltung)\s+auf|en\s+(?:respuesta|represalia)\s+(?:a|por)|"
    r"in\s+(?:risposta|rappresaglia)\s+(?:a|per)|em\s+(?:resposta|retaliação)\s+(?:a|à|ao)|"
    r"в\s+ответ\s+на)\s+(?:l['’]|le|la|les|el|los|las|il|lo|gli|o|os|"
    r"as|une?|una?|der|die|das|dem|den|des|sa|son|ses|su|sus)?\s*[^\W\d][^,;.]*$"
    r"|(?:^|\s)(?:بعد|عقب|إثر|قبل|ردا\s+على|رداً\s+على|ردًا\s+على)\s+(?!ظهر|الظهر|منتصف)"
    r"[^\s\d،,.][^،,;.]*$"
    # Persian: "پس از", "پیش از", "در پاسخ به" (in response to)
    r"|(?:^|\s)(?:پس\s+از|پیش\s+از|قبل\s+از|در\s+پاسخ\s+به|در\s+تلافی)\s+[^\s\d،,.][^،,;.]*$",
    re.IGNORECASE,
)
# The "after …" phrase runs on past its date until a comma: "dopo il raid che ieri ha raso al
# suolo la sezione consolare … a Damasco, uccidendo …".
PHRASE_END = re.compile(r"[,;:،؛]|\s[–—-]\s")
# ", built during the Soviet era,": the date of a side remark about the place, not of the news.
PARTICIPLE_ASIDE = re.compile(
    r",\s*(?:first\s+|originally\s+)?(?:built|constructed|founded|established|opened|created|"
    r"completed|set\s+up|leased|acquired|captured|seized|expanded)\s+(?:in|during|under|since|"
    r"back\s+in)?\s*(?:the\s+)?$"
    # what was said of the subject, in an aside: "La trêve, annoncée mardi soir par …, est
    # entrée en vigueur", "The truce, announced on Tuesday, took effect"
    r"|,\s*(?:announced|agreed|signed|brokered|declared|annoncée?s?|conclue?s?|signée?s?|"
    r"négociée?s?|proclamée?s?|anunciad[oa]s?|firmad[oa]s?|acordad[oa]s?|pactad[oa]s?|"
    r"annunciat[oaie]|firmat[oaie]|assinad[oa]s?)\s+(?:on|in|le|el|il|em|no)?\s*$",
    re.IGNORECASE,
)
# Russian participle before the date: "бомбардировщика, сбитого во вторник": the noun's aside.
RUSSIAN_PARTICIPLE_ASIDE = re.compile(
    r"(?<![\w-])(?!(?:этого|того|всего|самого)\s)[а-яё]{2,}(?:нн|[иыу]т|вш)"
    r"(?:ого|ой|ых|ому|ым|ую|ее|ие|ей)\s+(?:во?\s+|на\s+)?$",
    re.IGNORECASE,
)
SINCE = re.compile(
    r"\b(?:since|depuis|desde|seit|dal|с|со)\s+(?:our\s+|the\s+|its\s+|their\s+|his\s+|her\s+|"
    r"le\s+|la\s+|l['’]|el\s+|o\s+|a\s+|dem\s+|der\s+)?$|(?:^|\s)و?منذ\s+(?:يوم\s+|عام\s+|العام\s+|سنة\s+)?$",
    re.IGNORECASE,
)
# Standing facts told without a date: background, not news of the day.
BACKGROUND = re.compile(
    r"\b(?:has|have|had)\s+(?:long\s+|also\s+|previously\s+|for\s+years\s+)?"
    r"(?:been\s+)?(?:used|had|maintained|operated|hosted|served|relied|housed|leased|kept)\b"
    r"|\b(?:has|have)\s+an?\s+(?:estimated\s+)?\d|\bis\s+home\s+to\b|\bserves\s+as\b"
    # what has long been so: "Ankara has long demanded that …", "Amman has long feared"
    r"|\b(?:has|have|had)\s+long\s+(?:\w+ed|been|sought|held)\b"
    r"|\b(?:is|are)\s+used\s+(?:to|for|by)\b|\bbuilt\s+(?:in|during)\b"
    r"|\b(?:lies|sits|stands)\s+(?:about\s+|some\s+|roughly\s+|just\s+)?(?:\d+|in|on|near|at|"
    r"between|next|outside|close|along|astride|(?:north|south|east|west)\w*|a\s+few)\b"
    r"|\bstill\s+(?:holds?|controls?|occupies|occupy)\b"
    # what happened again and again, undated: a pattern, not the news
    r"|\b(?:repeatedly|time\s+and\s+again|à\s+(?:plusieurs|maintes|de\s+nombreuses)\s+reprises|"
    r"en\s+(?:varias|repetidas|reiteradas)\s+ocasiones|reiteradamente|ripetutamente|"
    r"più\s+volte|repetidamente|várias\s+vezes|неоднократно|многократно|defalarca|"
    r"birçok\s+kez)\b|(?:^|\s)(?:مراراً|مرارا|بارها)(?!\w)"
    # what happens every year: "Jedes Jahr reisen Zehntausende Pilger zum Schrein"
    r"|\b(?:every\s+year|each\s+year|jedes\s+Jahr|jährlich|chaque\s+année|tous\s+les\s+ans|"
    r"cada\s+año|todos\s+los\s+años|ogni\s+anno|tutti\s+gli\s+anni|todos\s+os\s+anos|"
    r"cada\s+ano|каждый\s+год|ежегодно|her\s+yıl)\b|(?:^|\s)(?:كل\s+عام|كل\s+سنة|سنويا|"
    r"سنوياً|هر\s+سال)(?!\w)"
    r"|\b(?:controls|retains|hosts|houses|maintains|uses|keeps|operates)\s+(?:a|an|the|its|their|"
    r"most|much|some|several|dozens|\d+)\b"
    # how many a camp or a town holds: "accueille quelque 55.000 personnes", "alberga a más de"
    r"|\b(?:accueille|accueillent|abrite|abritent|héberge|alberga|albergan|acoge|acogen|"
    r"beherbergt|ospita|ospitano|abriga|abrigam|holds|houses|shelters)\s+(?:a\s+)?"
    r"(?:quelque|environ|plus\s+de|près\s+de|unos|unas|más\s+de|cerca\s+de|rund|etwa|über|"
    r"mehr\s+als|circa|oltre|mais\s+de|about|some|around|nearly|more\s+than|over)?\s*\d"
    # what a region is made of: "Der Kanton umfasst weite Teile der Provinz Hasaka"
    r"|\b(?:umfasst|umfassen|comprises|comprend|comprennent|abarca|abarcan|comprende|"
    r"comprendono|abrange|abrangem|охватывает|включает\s+в\s+себя)\b"
    r"|\b(?:has|have)\s+(?:\w+\s+)?(?:\w+ed|taken|seen|grown|become|fallen|been)\b[^.;]*\bsince\s+"
    r"(?:the|then|its|their)\b"
    r"|" + LOCATION_STATE +
    r"|\d+\s+kilometre\s+(?:uzaklıkta|mesafede)|(?:^|\s)و?(?:تقع|يقع|يقطن|يقطنها|يسكن|يسكنها)\s"
    r"|\b(?:contrôle|contrôlent|controla|controlan|kontrolliert|kontrollieren|контролирует|"
    r"контролируют)\b|(?:^|\s)[وف]?(?:تسيطر|يسيطر|تحتفظ|يحتفظ)\s"
    # what a place has or who runs it: "Russia has the Hmeimim air base", "administram"
    r"|\b(?:dispose|disposent|dispone|disponen|dispõe|dispõem|verfügt|verfügen|possède|"
    r"possiede|располагает|располагают|administra|administram|administre|administrent|"
    r"verwaltet|verwalten|administers|administer)\b"
    r"|\b(?:is|are|was|were)\s+(?:\w+\s+)?(?:stationed|based|headquartered)\b"
    r"|\b(?:базируется|базируются|базировался|базировались|дислоцирован\w*|stationiert|"
    r"stationné\w*|estacionad[oa]s?|stazionat[oi]|estacionad[oa]s?)\b"
    r"|\b(?:bulunuyor|bulunmaktadır|yer\s+alıyor|yer\s+almaktadır)\b"
    # Persian: "… قرار دارد" (lies), "واقع شده است" (is located), "حضور دارند" (are present)
    r"|(?:^|\s)(?:قرار\s+(?:دارد|دارند)|واقع\s+(?:شده\s+)?(?:است|اند)|حضور\s+(?:دارد|دارند)|"
    r"مستقر\s+(?:است|هستند|اند))(?!\w)",
    re.IGNORECASE,
)
# A day counted back from the report's own: "ten days ago", "il y a dix jours", "vor zehn Tagen",
# "десять дней назад" (told in the frame of the news).
COUNTED_BACK = re.compile(
    r"\bago\b|\bil\s+y\s+a\b|\bhace\b|\bvor\s+\w+\s+(?:Tag|Woche)|\bfa\b|\bhá\b|назад|"
    r"önce|پیش|قبل\s+\S+\s+(?:أيام|يوم|أسبوع)|منذ\s+\S+\s+(?:أيام|يوم|أسبوع)",
    re.IGNORECASE,
)
# What a place has, holds or hosts, in a present tense ("Russland betreibt einen Stützpunkt",
# "The YPG has several thousand fighters in the Afrin enclave", "prestano servizio nella
# base di Shama"): read only in main clauses (`without_relative_clauses`) of sentences with no
# past verb, after the lede.
STANDING = re.compile(
    # "to keep fighting", "have yet to be surveyed": an infinitive or a modal, no possession
    r"(?<!\bto\s)\b(?:(?:has|have)(?!\s+(?:yet\s+)?to\b)|hat|haben|ha|hanno|tem|têm|"
    r"hosts?|houses?|operates?|maintains?|keeps?|lies|sits|employs?|lives|live|"
    r"(?:is|are)\s+home\s+to|betreibt|betreiben|unterhält|unterhalten|beherbergt|"
    r"liegt|leben|lebt|abrite|accueille|exploite|maintient|compte|vit|vivent|se\s+trouve|"
    r"tiene|tienen|alberga|acoge|mantiene|cuenta\s+con|viven|vive|se\s+encuentra|"
    r"ospita|gestisce|vivono|si\s+trova|prestano\s+servizio|abriga|acolhe|mantém|"
    r"conta\s+com|vivem|имеет|располагает|проживает|проживают|находится|находятся|"
    r"насчитывает|relies\s+on|rely\s+on|depends\s+on|depend\s+on|dépend\s+de|dépendent\s+de|"
    r"depende\s+de|dependen\s+de|dipende\s+da|dipendono\s+da|hängt\s+von|hängen\s+von|"
    r"зависит\s+от|зависят\s+от)\b"
    r"|(?:^|\s)[وف]?(?:يضم|تضم|يستضيف|تستضيف|يعيش|تعيش|يقيم|تقيم|يعتمد|تعتمد)\s",
    re.IGNORECASE,
)
_RELATIVE_CLAUSE = re.compile(
    r"[,،]\s+(?:[\w'’-]+\s+){0,4}?(?:which|who|whose|where|qui|que|où|dont|donde|cuy[oa]s?|"
    r"che|dove|cui|onde|wo|der|die|das|dem|den|denen|deren|котор\w+|где|الذي|التي|الذين|"
    # "la maggior parte dei quali", "la mayoría de los cuales", "dont la plupart"
    r"quali|quale|cuales|cual|quais|lesquels|lesquelles)\b"
    r"[^,;،]*",
    re.IGNORECASE,
)


def without_relative_clauses(text: str) -> str:
    """The sentence without its comma-bounded relative clauses ("…, in dem 60 000 Menschen
    leben, …"): what they say describes a place, not the main clause."""
    return _RELATIVE_CLAUSE.sub(",", text)


# "For years", "before the war", "since the start of the conflict" opening a sentence: a
# standing state ("Hasaka ist seit Jahren geteilt", "Avant la guerre, Yabroud comptait").
STATE_LEAD = re.compile(
    r"\b(?:for\s+years|seit\s+Jahren|depuis\s+des\s+années|desde\s+hace\s+años|"
    r"da\s+anni|há\s+anos|годами|уже\s+много\s+лет|yıllardır)\b|(?:^|\s)منذ\s+سنوات"
    r"|\b(?:before\s+the\s+(?:civil\s+)?war|vor\s+dem\s+(?:Bürger)?krieg|avant\s+la\s+guerre|"
    r"antes\s+de\s+la\s+guerra|prima\s+della\s+guerra|antes\s+da\s+guerra|до\s+войны|"
    r"savaştan\s+önce)\b|(?:^|\s)قبل\s+الحرب"
    r"|\b(?:since\s+the\s+(?:start|beginning|outbreak)\s+of\s+the\s+(?:war|conflict|uprising)|"
    r"depuis\s+le\s+début\s+d[eu]\s+(?:la\s+guerre|conflit|soulèvement)|"
    r"seit\s+Beginn\s+des\s+(?:Krieges|Konflikts|Bürgerkrieges|Aufstands)|"
    r"desde\s+el\s+(?:inicio|comienzo)\s+de\s+la\s+guerra|"
    r"desde\s+o\s+início\s+da\s+guerra|dall['’]inizio\s+della\s+guerra|"
    r"с\s+начала\s+(?:войны|конфликта))"
    # "Ранее Ту-22М3 летали …": the Russian agencies' "previously", with no date of its own
    r"|^\W*Ранее\b",
    re.IGNORECASE,
)
STATE_LEAD_CHARS = 40
# "the longest strike until today", "تا امروز", "до сегодняшнего дня": a record's end, not a day
# of the news.
UNTIL_TODAY = re.compile(
    r"(?:\b(?:" + UNTIL_WORDS + r"|to|до|по)|(?:^|\s)(?:حتى|تا))"
    r"\s+(?:today|aujourd['’]hui|heute|hoy|oggi|hoje|сегодня\w*|اليوم|امروز|bugün\w*)"
    r"(?:\s+(?:день|дня))?$",
    re.IGNORECASE,
)
# "the first attendance since 2010": a record's reference point, not the time of the news.
SUPERLATIVE_SINCE = re.compile(
    r"\b(?:first|last|only|largest|biggest|worst|deadliest|heaviest|highest|lowest)\b"
    r"[^,;.]{0,40}\bsince\b[^,;.]*$"
    r"|\b(?:pour\s+la\s+première\s+fois\s+depuis|por\s+primera\s+vez\s+desde|"
    r"pela\s+primeira\s+vez\s+desde|per\s+la\s+prima\s+volta\s+da|zum\s+ersten\s+Mal\s+seit|"
    r"erstmals\s+seit|впервые\s+(?:с|со|за)|لأول\s+مرة\s+منذ)\b[^,;.]*$"
    # "les combats les plus violents depuis 2012", "die heftigsten Gefechte seit", "أعنف … منذ"
    r"|\b(?:plus|pire|pires|más|peor|peores|più|peggiore|mais|pior|самы\w+|крупнейш\w+|"
    r"\w+sten)\b[^,;.]{0,40}\s(?:depuis|desde|dal|dalla|da|seit|с|со)\s[^,;.]*$"
    r"|(?:^|\s)(?:أعنف|أكبر|أسوأ|أشد|أول|أعلى|أكثر)\s[^،,;.]{0,60}\sمنذ\s[^،,;.]*$",
    re.IGNORECASE,
)
# "for the second time this month", "por segunda vez en este mes": a count, not the date.
NTH_TIME = re.compile(
    r"\b(?:for\s+the\s+(?:second|third|fourth|fifth|\w+th)\s+time|"
    r"por\s+(?:segunda|tercera|cuarta|quinta)\s+vez|pela\s+(?:segunda|terceira|quarta)\s+vez|"
    r"pour\s+la\s+(?:deuxième|seconde|troisième|quatrième)\s+fois|"
    r"zum\s+(?:zweiten|dritten|vierten)\s+Mal|per\s+la\s+(?:seconda|terza|quarta)\s+volta|"
    r"во\s+(?:второй|третий|четв[её]ртый)\s+раз)\s+[^,;.]{0,25}$"
    r"|(?:^|\s)(?:للمرة\s+(?:الثانية|الثالثة|الرابعة)|برای\s+(?:دومین|سومین)\s+بار)\s[^،,;.]{0,25}$",
    re.IGNORECASE,
)
# ", where refugees have lived since 2014": a relative clause about the place before it.
_WHERE_WORDS = (
    r"where|whence|from\s+where|où|d['’]où|donde|de\s+donde|wo|von\s+wo|onde|de\s+onde|dove|"
    r"da\s+dove|где|откуда|حيث"
)
# An apposition noun before the relative word: "Idlib, cidade de onde partiu".
_APPOSED_NOUN = (
    r"(?:(?:an?\s+|the\s+|la\s+|une?\s+|una\s+|eine\s+)?"
    r"(?:city|town|area|region|zone|ville|région|ciudad|zona|región|cidade|região|città|Stadt|"
    r"Gegend|Region|город|район)\s+)?"
)
# "…, which the army took", "Idlib, cidade de onde partiu, a 27 de novembro de 2024, a ofensiva":
# an aside that opens with a day may go on past a comma.
RELATIVE = re.compile(
    r"[,،]\s+" + _APPOSED_NOUN
    + r"(?:" + _WHERE_WORDS + r"|which|who|whom|whose|when|котор\w+|"
    r"الذي|التي|الذين|اللذين|اللتين)\b"
    r"[^,;،]*"
    r"(?:,\s*(?:a|à|le|el|on|am|il|em|в|no)\s+\d[^,;]*)?",
    re.IGNORECASE,
)
# A locative relative clause tells what happened there once: "Hama, where … in 1982".
WHERE = re.compile(r"[,،]\s+" + _APPOSED_NOUN + r"(?:" + _WHERE_WORDS + r")\b", re.IGNORECASE)
_SINCE_WORDS = r"(?:since|depuis|desde|seit|dal|с|со|منذ)"
SINCE_WORD = re.compile(r"(?:" + _SINCE_WORDS + r"|da|уже|há)\b", re.IGNORECASE)
# Turkish says "since" with a suffix: "2016'dan (bu yana)", "haftalardır" (for weeks).
TURKISH_SINCE = re.compile(
    r"\d{4}['’]" + TR_ABLATIVE + r"$|\w(?:lardır|lerdir)$|" + TR_ABLATIVE + r"\s+" + TR_SINCE_AFTER
    + "$"
)
# ", closed since 2015,", ", fermé depuis 2012": a participle aside about the place before it.
SINCE_ASIDE = re.compile(
    r",\s+(?:[\w-]+\s+){1,2}" + _SINCE_WORDS + r"\s+[^,;]*", re.IGNORECASE
)
# ", a Lebanese militant freed from an Israeli jail in 2008,", ", reopened in 2018,": an aside
# about a noun, opened by an article or a participle; an old date in it tells about that noun,
# not about a place outside it.
# A relative clause after a comma: "старую часть города, где в 2011 году начались протесты,
# и пункт «Насиб»".
_RELATIVE_OPEN = r"[,،]\s+(?:" + _WHERE_WORDS + r"|which|who|whose|котор\w+|الذي|التي)\s"
RELATIVE_OPEN = re.compile(_RELATIVE_OPEN, re.IGNORECASE)
# A clause of time that carries a relative clause on past its comma: ", shortly after".
TIME_LINK_AFTER = re.compile(
    r"\s*(?:вскоре|сразу|незадолго|когда|после|до\s+того|shortly|soon|just|when|after|before|"
    r"peu|juste|quand|après|avant|poco|justo|cuando|después|antes|kurz|als|nachdem|bevor|"
    r"subito|quando|dopo|prima|pouco|logo|depois|عندما|بعد|قبل|حين)\b",
    re.IGNORECASE,
)
ASIDE_OPEN = re.compile(
    _RELATIVE_OPEN
    + r"|[,،]\s+(?:(?:a|an|the|un|une|una|uno|ein|eine|einer|einem)\s"
    r"|[a-z]{3,}(?:ed|en)\s|[a-zàâçéèêëîïôûù]{3,}(?:é|ée|és|ées|ado|ada|ados|adas|ido|ida|idos|"
    r"idas|ato|ata|ati|ate|ito|ita)\s)",
    re.IGNORECASE,
)
ASIDE_CLOSE = re.compile(r"[,،;]")
# A noun after a comma, with its words, and no verb: "berceau du soulèvement de 2011",
# "cuna de la revuelta de 2011", "cradle of the 2011 uprising" (not "in 2016", "le 4 mai").
APPOSITION = re.compile(
    r"\s*(?!(?:in|on|at|since|during|after|before|en|le|la|les|dans|depuis|après|avant|im|am|"
    r"seit|nach|vor|el|los|las|desde|tras|il|nel|dal|dopo|в|во|с|после|до|на)\b)"
    r"[^\W\d_][^,،;]{0,80}\Z",
    re.IGNORECASE,
)
# A sentence opening with where it happens, up to its comma: "In the border town of Arsal".
LEADING_PLACE = re.compile(
    r"\W*(?:in|at|near|inside|outside|dans|à|près\s+d[eu']|en|im|in\s+der|bei|cerca\s+de|"
    r"nel|nella|a|в|во|на|под)\s[^,،;]*\Z",
    re.IGNORECASE,
)
# "have been fighting ... since June": an ongoing action is news, a standing state is not.
PROGRESSIVE = re.compile(r"\b(?:has|have|had)\s+been\s+\w+ing\b", re.IGNORECASE)
# What is to come or only planned: "will", "is expected to", "plans to", "va", "wird", "будет".
FUTURE = re.compile(
    r"\b(?:will|shall|would|won['’]t)\s+(?:not\s+|now\s+|soon\s+|likely\s+|probably\s+|"
    r"also\s+|still\s+)*(?!have\b|be\s+\w+ed\b)\w+"
    r"|\b(?:expected|expects|expect|plans?|planning|planned|set|due|likely|ready|intends?|aims?|"
    r"threaten(?:s|ed)?|vow(?:s|ed)?|pledg(?:es|ed)|promis(?:es|ed)|going|preparing|prepared)\s+"
    r"(?:\w+\s+){0,5}?to\s+(?!the\b|a\b|an\b|its\b|their\b)\w+"
    r"|\bthe\s+future\s+of\b"
    # "YPG fighters are also to leave Manbij"
    r"|\b(?:is|are)\s+(?:also\s+|now\s+|still\s+)?to\s+(?!the\b|a\b|an\b|blame\b|be\s+found\b)\w+"
    r"|\b(?:va|vont|devrait|devraient|prévoit|prévoient|compte|comptent)\s+\w+er\b"
    r"|\b(?:va|van)\s+a\s+\w+r\b|\b(?:prevé|prevén|planea|planean)\b"
    r"|\b(?:wird|werden|werde|soll|sollen)\b[^.;]*\b\w+en\b"
    r"|\b(?:будет|будут|планирует|планируют|собирается|собираются|намерен[аы]?)\b"
    r"|\b(?:vai|vão|irá|irão|deverá|deverão)\s+\w+r\b|\bpromis\s+d[e'’]|\bprometi\w*\s+que\b"
    r"|" + ROMANCE_FUTURE + r"|(?:سوف|من\s+المتوقع|تعتزم|يعتزم|تخطط|يخطط|تريد\s+أن|يريد\s+أن|"
    r"على\s+أن|من\s+المقرر|المقرر\s+أن|[يت]هدف\s+(?:\S+\s+){0,4}?إلى)"
    # Turkish future participles: "olacağını", "başlayacak", "gidecekler"
    r"|\b[a-zçğıöşü]{2,}(?:y?a[cç]a[kğ]|y?e[cç]e[kğ])[a-zçğıöşü]{0,6}\b",
    re.IGNORECASE,
)
# Words that only lead to a date: "on the morning of", "en la madrugada del", "in der Nacht zum".
TIME_LEAD = re.compile(
    r"[\s,]*(?:(?:on|in|at|during|early|late|the|of|en|la|el|del|de|le|la|dans|du|au|am|im|"
    r"in\s+der|zum|vom|в|во|на|ночь|утром|في|morning|night|evening|afternoon|early\s+hours|"
    r"madrugada|noche|mañana|tarde|matin|nuit|soir|après-midi|Nacht|Morgen|Abend)\s*)*",
    re.IGNORECASE,
)
CONJUNCTION = re.compile(r"(?:^|\s)(?:and|y|e|et|und|и|و|or|o|ou|oder)\s|[,;]")
CONJUNCT_PENALTY = 40
_AND = r"(?:and|y|e|et|und|и|а|ed)"
# A comma and a conjunction after a place: the date that follows belongs to the next conjunct.
LATER_CONJUNCT = re.compile(r"[,،]\s*(?:" + _AND + r"\s|و)")
# A place opening a new conjunct: ", and in ", ", y en la ciudad de ".
NEW_CONJUNCT = re.compile(
    r"[,;،]\s*(?:" + _AND + r"|و)\s+(?:[^\W\d]+\s+){0,4}\Z", re.IGNORECASE
)
# "Le pilonnage de Homs rappelle le siège de Hama en 1982": the date is the recalled event's,
# not the place's before the verb.
RECALLS = re.compile(
    r"\b(?:recalls?|recalled|recalling|reminiscent\s+of|reminds?|evok\w+|echo(?:es|ed)?|"
    r"rappel\w*|évoqu\w*|erinner\w*|recuerd\w*|evoc\w*|ricord\w*|lembr\w*|напомина\w*)\b"
    r"|(?:^|\s)(?:يذكر|تذكر|يعيد\s+إلى\s+الأذهان)\s",
    re.IGNORECASE,
)
# "…, where the group has hidden since 2019", "…, que entró en vigor el sábado": a relative
# clause after the span tells about another noun: its date yields to one of the sentence.
RELATIVE_WORD = re.compile(
    r"\b(?:which|who|where|qui|où|dont|donde|cuando|dove|cui|onde|который\w*|где|когда|"
    r"que|che)\b|,\s*(?:der|die|das|dem|den|deren|dessen|wo)\b|(?:^|\s)(?:الذي|التي|الذين|حيث)\s",
    re.IGNORECASE,
)
RELATIVE_PENALTY = 100
# "Troops have since pushed into Hadar": from the date told before up to the news.
SINCE_THEN = re.compile(
    r"\b(?:has|have|had)\s+since\b|\bsince\s+then\b|\bdepuis\s+(?:lors|,)|\bseitdem\b|"
    r"\bdesde\s+entonces\b|\bda\s+allora\b|\bdesde\s+então\b|\bс\s+тех\s+пор\b|"
    r"منذ\s+ذلك\s+(?:الحين|الوقت)",
    re.IGNORECASE,
)
# A time that points back to the one just told: "at the time", "тогда же", "à l'époque".
SAME_TIME = re.compile(
    r"\b(?:at\s+the\s+(?:same\s+)?time|at\s+that\s+time|in\s+the\s+same\s+(?:month|year|week)|"
    r"à\s+l['’]époque|à\s+cette\s+époque|au\s+même\s+moment|la\s+même\s+année|le\s+même\s+mois|"
    r"damals|zur\s+gleichen\s+Zeit|zur\s+selben\s+Zeit|im\s+selben\s+(?:Jahr|Monat)|"
    r"en\s+aquel\s+momento|en\s+esa\s+época|por\s+aquel\s+entonces|ese\s+mismo\s+(?:año|mes)|"
    r"en\s+ese\s+momento|al\s+mismo\s+tiempo|"
    r"all['’]epoca|in\s+quel\s+periodo|quello\s+stesso\s+(?:anno|mese)|allo\s+stesso\s+tempo|"
    r"nello\s+stesso\s+momento|naquela\s+época|naquele\s+momento|ao\s+mesmo\s+tempo|"
    r"тогда\s+же|в\s+то\s+же\s+время|в\s+том\s+же\s+(?:году|месяце)|"
    r"aynı\s+(?:yıl|ay|saatlerde)|o\s+dönemde|o\s+sırada)\b"
    r"|(?<!\S)و?(?:في\s+ذلك\s+(?:الوقت|الحين)|آنذاك|حينها|وقتها|حينذاك|في\s+العام\s+نفسه|"
    r"في\s+(?:الوقت|التوقيت)\s+(?:نفسه|ذاته)|در\s+آن\s+زمان)(?:\s|$|[،,.])",
    re.IGNORECASE,
)
# The years of a war, told as one stretch of time: "during the war", "pendant la guerre".
WAR_YEARS = re.compile(
    r"\b(?:during|throughout)\s+(?:the|a|Syria['’]s)\s+(?:(?:\d+|[a-z]+)-year(?:-long)?\s+)?"
    r"(?:civil\s+)?war\b|\b(?:pendant|durant)\s+(?:la|les\s+années\s+de)\s+guerre\b|"
    r"\bdurante\s+(?:la|los\s+años\s+de)\s+guerra\b|\bdurante\s+(?:a|os\s+anos\s+de)\s+guerra\b|"
    r"\bdurante\s+(?:la|gli\s+anni\s+della)\s+guerra\b|\bwährend\s+des\s+(?:\w+\s+)?Krieges\b|"
    r"\bim\s+(?:\w+\s+)?Krieg\b|\bво\s+время\s+(?:\w+\s+)?войны\b|\bза\s+годы\s+войны\b|"
    r"\bsavaş\s+(?:sırasında|boyunca)\b|(?:^|\s)(?:خلال|طوال|إبان|أثناء)\s+(?:سنوات\s+)?"
    r"(?:ال)?حرب(?:\s|$|[،,.])|(?:^|\s)(?:در\s+طول|در\s+جریان|در\s+سال‌های)\s+جنگ(?:\s|$|[،,.])",
    re.IGNORECASE,
)
# "in recent years", "ces dernières années", "در سال‌های گذشته": years gone by, told with no date
PAST_YEARS = re.compile(
    r"\b(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last)\s+(?:few\s+|several\s+)?years\b|"
    r"\b(?:ces|au\s+cours\s+des|depuis\s+quelques)\s+(?:dernières\s+)?années\b|"
    r"\ben\s+(?:los\s+)?(?:últimos|pasados)\s+años\b|\ben\s+años\s+recientes\b|"
    r"\bnegli\s+ultimi\s+anni\b|\bnos\s+últimos\s+anos\b|"
    r"\bin\s+den\s+(?:letzten|vergangenen)\s+Jahren\b|"
    r"(?:^|\s)(?:в|за)\s+(?:последние|прошлые|минувшие)\s+годы\b|"
    r"\bson\s+yıllarda\b|\bgeçmiş\s+yıllarda\b|"
    r"(?:^|\s)(?:في|خلال)\s+السنوات\s+(?:الماضية|الأخيرة)|"
    r"(?:^|\s)در\s+سال‌های\s+(?:گذشته|اخیر)",
    re.IGNORECASE,
)
# "The attack comes a week after the storming of Hama", "ويأتي ذلك بعد أيام من سيطرة التنظيم على
# الفرقة 17", "Cette destruction intervient une semaine après celle du temple": the news set after
# an earlier event; the places of that event, named after the link, are its background.
COMES_AFTER = re.compile(
    r"\b(?:comes?|came|coming)\s+(?:(?:just|only|barely|less\s+than|more\s+than|about|nearly|"
    r"almost|a|an|one|two|three|four|five|six|several|few|\d+)\s+){0,4}"
    r"(?:(?:days?|weeks?|months?|hours?|years?)\s+)?(?:after|before)\b"
    r"|(?<!\w)[وف]?(?:يأتي|تأتي|جاء|جاءت)\s+(?:\S+\s+){0,4}?(?:بعد|قبل|إثر)\s"
    r"|\b(?:intervient|survient|est\s+intervenue?)\s+(?:\S+\s+){0,4}?(?:après|avant)\b"
    r"|\b(?:se\s+produce|se\s+produjo|llega|llegó)\s+(?:\S+\s+){0,4}?(?:después|tras|antes)\b"
    r"|\b(?:arriva|giunge|è\s+arrivat[oa])\s+(?:\S+\s+){0,4}?(?:dopo|prima)\b"
    # German "nach" is also "to" ("kam nach Moskau"): only after a span of time
    r"|\b(?:kommt|kam|erfolgt|erfolgte)\s+(?:\S+\s+){0,3}?(?:Tage?n?|Wochen?|Monate?n?|"
    r"Stunden?|kurz)\s+nach\b"
    r"|\b(?:ocorre|ocorreu|acontece|aconteceu|surge|chega)\s+(?:\S+\s+){0,4}?"
    r"(?:depois|após|antes)\b"
    r"|\b(?:произошл[оаи]|произош[её]л|последовал[аои]?|состоял(?:ся|ась|ось|ись))\s+"
    r"(?:\S+\s+){0,4}?(?:после|спустя)\b",
    re.IGNORECASE,
)
# Turkish says it last: "Harekât, … Gaziantep'te … saldırısının ardından geldi".
COMES_AFTER_LAST = re.compile(r"\b(?:sonra|ardından)\s+(?:geldi|gerçekleşti)\b")


_DASH = re.compile(r"\s[-–—]\s")


def in_dashes(before: str, after: str) -> bool:
    """A date between two dashes is an aside: "zum Gedenken an die Nakba - die Vertreibung der
    Palästinenser 1948 - den Grenzzaun durchbrochen"."""
    return len(_DASH.findall(before)) % 2 == 1 and bool(_DASH.search(after))


def future_between(body: str, start: int, end: int) -> bool:
    """A word of the future between a date and a span, not inside a comma-closed aside between
    them ("Since last October, when Trump said troops would stay, patrols have returned")."""
    first, last = first_comma(body, start, end), last_comma(body, start, end)
    if first < 0 or first == last:
        return bool(FUTURE.search(body, start, end))
    return bool(FUTURE.search(body, start, first) or FUTURE.search(body, last, end))


# ", and" opening a clause with a time of its own, right before the date: ", et fin mai",
# ", and on Tuesday", ", y el lunes", ", und am Montag", ", и в среду"
AND_THEN_DATE = re.compile(
    r"[,،]\s+(?:and|et|y|e|und|и)\s+(?:(?:on|in|at|early|late|le|la|el|am|im|в|во|à|a|en|il|"
    r"nel|no|na)\s+)?$",
    re.IGNORECASE,
)
