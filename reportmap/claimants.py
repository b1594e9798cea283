"""Who says so: the attribution of a sentence ("Maxar said", "according to the Washington Post")."""

from __future__ import annotations

import re

from reportmap.text import SentenceIndex

NAME = (
    r"[A-Z][\w&.’'-]*(?:\s+(?:(?:of|for|and|the|de|du|al|el|bin|van|von)\s+)?[A-Z0-9][\w&.’'-]*)*"
)
VERBS = (
    r"said|says|say|told|tells|tell|reported|reports|report|claimed|claims|claim|wrote|writes|"
    r"added|adds|noted|believe|warn|estimate|"
    r"stated|announced|confirmed|estimated|estimates|tweeted|posted|alleged|insisted|"
    r"warned|explained|observed|points\s+out|pointed\s+out|believes|assessed|assesses|"
    r"documented|documents|recorded|verified"
)
_ADVERB = r"(?:(?:initially|later|also|earlier|previously|first)\s+)?"
ACCORDING = re.compile(r"\baccording\s+to\s+(?:the\s+|a\s+|an\s+)?(?P<who>" + NAME + r")")
SUBJECT_VERB = re.compile(
    r"(?P<who>" + NAME + r")(?:,\s+(?:a|an|the)\s+[^,]{3,120},)?\s+(?:has\s+|had\s+)?"
    + _ADVERB + r"(?:" + VERBS + r")\b"
)
# Unnamed sources: "US officials said", "activists said", "the health ministry said",
# "state television said", "the foreign ministry in Tokyo said".
SOURCE_NOUNS = (
    r"officials?|activists?|residents?|witnesses|sources|media|television|tv|radio|ministry|"
    r"army|military|coalition|commanders?|police|medics|rescuers|monitor|observatory|governor|"
    r"spokes(?:man|woman|person)|authorities|agency|news\s+agency|network|officers?|diplomats?|"
    r"analysts|doctors?|medics?|nurses?|volunteers|civil\s+defen[cs]e|group|command"
)
SOURCE_PHRASE = (
    r"(?:[A-Z][\w.-]*\s+){0,3}(?:(?:local|state|health|foreign|defen[cs]e|interior|transport|"
    r"rebel|security|military|government|opposition|senior|western|civil|monitoring|war)\s+){0,2}"
    r"(?i:" + SOURCE_NOUNS + r")"
)
SOURCE_SUBJECT = re.compile(
    r"(?P<who>" + SOURCE_PHRASE + r"(?:\s+(?:in|of)\s+[A-Z][\w-]+"
    r"|(?:\s+(?:at|in)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?[\w-]+){1,2})?)"
    r"(?:\s+and\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?"  # "a monitoring group and the militants"
    r"\s+(?:has\s+|had\s+)?" + _ADVERB + r"(?:" + VERBS + r")\b"
)
ACCORDING_SOURCE = re.compile(
    r"\baccording\s+to\s+(?:the\s+)?(?P<who>" + SOURCE_PHRASE + r")(?:['’]s)?\b"
)
# Other languages: "selon l'OSDH", "laut der UN", "по данным Maxar", "بحسب المرصد",
# ", meldete das Gesundheitsministerium", ", a précisé le ministère des Transports", "وقال المرصد".
# Words between "selon"/"laut" and the source's own noun: an indefinite article ("selon un
# responsable"), a weekday ("a annoncé samedi le ministère"), a seat ("der in London ansässigen").
_INTL_SKIP = (
    r"(?:(?:un|une|uno|una|um|uma|ein|eine|einem|einer|eines)\s+)?"
    r"(?:in\s+\S+\s+ansässigen?\s+)?"
)
_WEEKDAYS_INTL = (
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|"
    "viernes|sábado|domingo|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|"
    "lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica"
)
INTL_ACCORDING = re.compile(
    r"(?:\b[Ss]elon|\b[Ss]egún|"
    r"(?<!\bum\s)(?<!\bo\s)(?<!\bpelo\s)(?<!\bno\s)(?<!\bdo\s)(?<!\bao\s)(?<!\bel\s)(?<!\bun\s)"
    r"(?<!\bdel\s)(?<!\bal\s)(?<!\bUm\s)(?<!\bO\s)(?<!\bEl\s)(?<!\bUn\s)\b[Ss]egundo|\b[Ss]econdo|\b[Dd]e\s+acordo\s+com|\b[Ss]tando\s+a|"
    r"\b[Ll]aut|\b[Nn]ach\s+Angaben|\b[Dd]['’]après|"
    r"\b[Пп]о\s+(?:данным|словам|информации|оценке|оценкам|сведениям|утверждению)|"
    r"\b[Кк]ак\s+(?:сообщает|сообщил\w*|заявил\w*|сообщают)(?:\s+(?:в|во)(?=\s+[А-ЯЁ]))?)"
    r"\s+(?:(?:informó|dijo|indicó|señaló|afirmó|precisó|explicó|informaron|dijeron|"
    r"indicaron|informou|disse)\s+)?"  # "según informó el Observatorio"
    r"(?:l['’]|(?:le|la|les|el|los|las|der|des|dem|den|o|a|os|as|il|lo|gli|i|компании|агентства)"
    r"\s+)?" + _INTL_SKIP +
    r"(?P<who>[\w'’-]+(?:\s+(?:des|du|de|de\s+la|del|der|da|do|della|dei)\s+[\w'’-]+"
    r"|\s+d['’][A-ZÀ-Ö][\w-]+|\s+[A-ZÀ-ÖА-Я][\w-]+){0,3})"
)
INTL_VERB_SUBJECT = re.compile(
    r"[,»”\"]\s*(?:[—–-]\s*)?(?:meldete|meldeten|teilte|teilten|sagte|sagten|erklärte|erklärten|"
    r"berichtete|berichteten|bestätigte|bestätigten|"
    r"a\s+(?:précisé|annoncé|indiqué|déclaré|affirmé|ajouté|rapporté|souligné|assuré|expliqué)|"
    r"ont\s+(?:précisé|annoncé|indiqué|rapporté|affirmé|déclaré|assuré|souligné|ajouté)|"
    r"afirmó|informó|señaló|dijo|indicó|anunció|informaron|afirmaron|dijeron|señalaron|"
    r"alertó|aseguró|denunció|advirtió|aseguraron|denunciaron|advirtieron|"
    r"indicaron|relataron|сообщил\w*|заявил\w*|уточнил\w*|добавил\w*|пояснил\w*|"
    r"сообщают|заявляют|утверждают|передают|пишут|"
    r"informou|afirmou|disse|declarou|anunciou|relatou|"
    r"ha\s+(?:riferito|detto|dichiarato|annunciato|reso\s+noto)|riferisce|riferiscono)\s+"
    # "сообщили в четверг в МИД РФ": the ministry, not "в"
    r"(?:(?:в|во)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\s+)?"
    r"(?:(?:в|во)\s+(?=[А-ЯЁ]))?"
    r"(?:(?:hoy|ayer|hoje|ontem|oggi|ieri|aujourd['’]hui|hier|heute|gestern)\s+)?"
    # "a indiqué vendredi la mission.": a weekday, then a source that ends the sentence
    r"(?P<weekday>(?:(?:el|le|am)\s+)?(?:" + _WEEKDAYS_INTL + r")(?:\s+(?:soir|matin))?\s+)?"
    r"(?:l['’]|(?:die|der|das|le|la|les|des|el|los|las|o|a|os|as|il|lo|gli)\s+)?" + _INTL_SKIP +
    r"(?!(?:en|a|de|à|dans|sur|in|por|para|con|ante|tras|durante|que|qu|di|da|em|no|na|hoy|"
    r"ayer|hoje|ontem|oggi|ieri|hier|heute|gestern)\s)"
    r"(?P<who>[\w'’-]+(?:\s+(?:des|du|de|de\s+la|del|der)\s+[\w'’-]+|\s+d['’][A-ZÀ-Ö][\w-]+"
    r"|\s+[A-ZÀ-ÖА-ЯЁ][\w-]+|\s+«[^»]{1,40}»){0,3})"
)
SOURCE_ENDS = re.compile(r"[^,;:.]{0,30}(?:[.;]|\s*$)")
# "говорится в заявлении ведомства" (says the ministry's statement)
RUSSIAN_STATEMENT = re.compile(
    r"(?:говорится|сообщается|отмечается|указывается)\s+в\s+(?:заявлении|сообщении|"
    r"пресс-релизе|докладе|отчёте|отчете|коммюнике|материале)\s+"
    r"(?P<who>[\w-]+(?:\s+(?:[А-ЯЁ][\w-]*|«[^»]{1,40}»)){0,3})"
)
# Time words are no source: "أعلنت السبت الماضي" (announced last Saturday).
_AR_TIME = (
    r"(?:السبت|الأحد|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|اليوم|أمس|الليلة|الأسبوع|الشهر|"
    r"العام|الماضي|صباح|مساء|فجر|ليل|في|من|على|عن|خلال)(?:\s|$)"
)
ARABIC_SOURCE = re.compile(
    # "وفق ما أفادت به وسائل إعلام موالية": according to what … reported
    r"(?:(?:بحسب|وفق|حسب|وفقا\s+ل)\s*ما\s+(?:أفاد|أفادت|ذكر|ذكرت|أعلن|أعلنت|نقل|نقلت|"
    r"أورد|أوردت|قال|قالت)(?:\s+به)?|"
    r"بحسب|وفقا\s+ل|وفق|نقلا\s+عن|حسب|و?قال|و?قالت|و?أعلن|و?أعلنت|و?ذكر|و?ذكرت|و?أفاد|و?أفادت|"
    r"و?أوضح|"
    r"و?أوضحت|و?نقلت|و?نقل|و?أكد|و?أكدت|و?أضاف|و?أضافت|و?صرح|و?صرحت|و?اتهم|و?اتهمت|"
    r"و?تحدث|و?تحدثت|و?أشار|و?أشارت|و?كشف|و?كشفت|و?نشر|و?نشرت|و?بث|و?بثت)\s+«?"
    r"(?!" + _AR_TIME + r")"
    r"(?P<who>(?<=«)[^\s«»،.][^«»\n]{1,38}(?=»)"  # a source in quotes: "بحسب «سانا»"
    r"|ال[^\s،.]+(?:\s+ال[^\s،.]+)?"
    r"|(?:مراسل|مدير|مصدر|مصادر|شبكة|وكالة|وزارة|ناشطون|"
    r"وسائل|تقارير|صحيفة|صحف|"
    r"ناشطو|ناشطين|ناشطي|سكان|أهالي|شهود|مسؤول|مسؤولون|مسؤولين|وزير|وزيرة|رئيس|متحدث|ناطق|"
    r"سفير|مندوب|قائد|محافظ)(?:\s+(?![إأ]ن(?:ه|ها|هم)?(?:\s|$)|" + _AR_TIME + r")[^\s،.]+){0,2})"
)
# "وقالت منسقة الشؤون الإنسانية في الأمم المتحدة فاليري آموس إن", "وكانت وزارة الصحة قد أعلنت":
# the whole subject between the verb and "that", or between "كان" and "قد".
ARABIC_SAID_THAT = re.compile(
    r"(?:(?<=\s)|^)(?:و?قال|و?قالت|و?أكد|و?أكدت|و?أوضح|و?أوضحت|و?أضاف|و?أضافت|و?ذكر|و?ذكرت|"
    r"و?أعلن|و?أعلنت|و?أفاد|و?أفادت|و?أعرب|و?أعربت|و?يقول|و?تقول|و?يرى|و?ترى|و?يؤكد|و?تؤكد|"
    r"و?يشير|و?تشير)\s+(?!" + _AR_TIME + r"|(?:عادة|دائما|دائماً|أيضا|أيضاً|كذلك)(?:\s|$))"
    r"(?P<who>[^\s،.«»]+(?:\s+[^\s،.«»]+){0,7}?)\s+(?:إن|أن|بأن|عن)(?:\s|$)"
)
ARABIC_HAD_SAID = re.compile(
    r"(?:(?<=\s)|^)و?(?:كان|كانت)\s+(?P<who>[^\s،.«»]+(?:\s+[^\s،.«»]+){0,4}?)\s+قد\s+"
    r"(?:أعلن|أعلنت|قال|قالت|ذكر|ذكرت|أكد|أكدت|أفاد|أفادت|حذر|حذرت)"
)
# Turkish puts the verb last: "Suriye İnsan Hakları Gözlemevi, ... bildirdi."
TURKISH_SOURCE = re.compile(
    # (an apostrophe only opens a case ending: "Paris'te", in Paris); "Muhalif aktivistler,";
    # after a leading place ("Suriye'de ise SDG'ye yakın kaynaklar,": sources close to the SDF)
    r"^\W*(?:[A-ZÇĞİÖŞÜ][\w-]*['’][dt][ae]\s+(?:ise\s+)?)?"
    r"(?P<who>[A-ZÇĞİÖŞÜ][\w-]*(?:['’][a-zçğıöşü]+)?(?:\s+[a-zçğıöşü][\w-]*){1,2}(?=,)"
    r"|[A-ZÇĞİÖŞÜ][\w-]*(?:\s+(?:el-|al-)?[A-ZÇĞİÖŞÜ][\w-]*){0,4})"
    # a case ending other than the genitive is no subject: "Paris'te yaşayan …" (living in Paris)
    r"(?:['’](?![dt][ae]n?\b|y?[ae]\b)[a-zçğıöşü]+)?"
    r"(?:,|\s)[^.]*\b(?:söyle|bildir|açıkla|duyur|belirt|kayded|kaydet|ifade\s+e[dt]|"
    r"iddia\s+e[dt]|aktar|ileri\s+sür)(?:[dt][iıuü]|[iıuü]?yor|m[iıuü]şt[iıuü])\b"
)
# Persian: "به گزارش خبرگزاری …", "به نقل از …", "بر اساس اعلام سپاه".
PERSIAN_SOURCE = re.compile(
    r"(?:به\s+گزارش|به\s+نقل\s+از|بر\s+اساس\s+اعلام|طبق\s+اعلام|به\s+گفته)\s+"
    r"(?P<who>[^\s،.]+(?:\s+[^\s،.]+)?)"
)
# The source before its verb, in languages that capitalise names (and German all nouns):
# "Anwohner berichteten", "Ministerpräsident Benjamin Netanjahu verlangte", "l'OSDH a indiqué",
# "wie die Syrische Beobachtungsstelle für Menschenrechte berichtete".
# a capitalised word; a dot inside ("U.S") or before a lower-case word, not a sentence's end
_CAP = r"[A-ZÀ-ÖØ-ÞА-ЯЁ](?:[\w’'-]|\.(?=[\w-]))*(?:\.(?=\s+[a-zа-яё]))?"
_INTL_VERB_AFTER = (
    r"berichtete|berichteten|sagte|sagten|erklärte|erklärten|meldete|meldeten|teilte|teilten|"
    r"verlangte|forderte|mitteilte|mitteilten|bestätigte|bestätigten|"
    r"a\s+(?:déclaré|affirmé|annoncé|indiqué|précisé|rapporté|assuré)|affirme|déclare|indique|"
    r"dijo|afirmó|informó|aseguró|denunció|indicó|señaló|dijeron|afirmaron|informaron|"
    r"aseguraron|denunciaron|señalaron|informó\s+de|"
    r"ont\s+(?:déclaré|affirmé|annoncé|indiqué|précisé|rapporté|assuré|raconté)|affirment|"
    r"ha\s+(?:detto|dichiarato|affermato|riferito|annunciato)|"
    r"disse|afirmou|informou|declarou|anunciou|disseram|afirmam|afirmaram|informaram|"
    r"declararam|relataram|denunciaram|hanno\s+(?:detto|dichiarato|riferito|denunciato)|"
    r"заявил\w*|сообщил\w*|отметил\w*|подчеркнул\w*|утверждает|утверждают|уточнил\w*|"
    r"добавил\w*|пояснил\w*|подтвердил\w*|relataron|relatou|"
    r"asegura|afirma|afirman|sostiene|denuncia|assure|estime|rapporte|précise|"
    r"afferma|garante|sagt|meldet|"
    r"(?:hat|hatte|haben|hatten)\s+(?:[\w-]+\s+){0,4}?(?:erklärt|mitgeteilt|berichtet|gesagt|"
    r"gemeldet|bestätigt|angekündigt)"
)
_NATIONALITY_ADJ = (
    r"(?:sir[io]a?|syrien(?:ne)?|sírio|siriano|turc[oa]?|turque|russ[oea]|rus[oa]|russe|"
    r"israel[ií]|israélien(?:ne)?|israelense|israeliano|iran[ií]|iranien(?:ne)?|iraniano|"
    r"estadounidense|américain(?:e)?|americano|norte-americano|britannique|británico|"
    r"britânico|britannico|jordan[oa]|jordanien(?:ne)?|libanés|libanais(?:e)?|libanês)"
)
# Unnamed sources before their verb: "Сирийские источники и оппозиционные активисты сообщили",
# "des habitants ont raconté", "fuentes locales dijeron", "attivisti hanno riferito".
_INTL_SOURCE_NOUN = (
    r"источники|активисты|очевидцы|жители|правозащитники|военные|власти|"
    r"sources|militants|habitants|témoins|secouristes|médecins|"
    r"fuentes|activistas|testigos|vecinos|residentes|médicos|rescatistas|"
    r"fontes|ativistas|testemunhas|moradores|fonti|attivisti|testimoni|residenti|abitanti|"
    # "O ministério afirmou", "l'armée a indiqué", "la agencia informó"
    r"ministério|ministerio|ministère|ministero|министерство|governo|gobierno|gouvernement|"
    r"exército|ejército|armée|esercito|армия|agência|agencia|agence|agenzia|агентство"
)
INTL_SOURCE_SUBJECT = re.compile(
    r"(?P<who>(?:(?:des|les|las|los|os|as|gli|i|le)\s+)?(?:[\w-]+\s+)?(?:" + _INTL_SOURCE_NOUN
    + r")(?:\s+[\w-]+){0,3}?(?:\s+(?:и|et|y|e)\s+(?:[\w-]+\s+)?[\w-]+)?)\s+(?:"
    + _INTL_VERB_AFTER + r")\b",
    re.IGNORECASE,
)
# "SANA, por su parte, afirmó", "Армия обороны Израиля в свою очередь заявила"
_ASIDE = (
    r"(?:,?\s+(?:por\s+su\s+parte|de\s+su\s+lado|pour\s+sa\s+part|de\s+son\s+côté|"
    r"por\s+sua\s+vez|dal\s+canto\s+suo|da\s+parte\s+sua|seinerseits|ihrerseits|"
    r"в\s+свою\s+очередь|также|также\s+уже),?"
    r"|,\s+\w+(?:я|в|вшись)\s+[^,]{0,50},)?"  # "Шойгу, отвечая на вопрос журналистов,"
)
INTL_SUBJECT_VERB = re.compile(
    r"(?:^|(?<=[\s,;:(«\"]))(?:(?:die|der|das|le|la|les|l['’]|el|los|las|il|lo|gli|o|os)\s*)?"
    r"(?P<who>" + _CAP + r"(?:\s+(?:für|de|du|des|del|di|da|do|al|el|der)?\s*" + _CAP
    + r"){0,4}(?:\s+" + _NATIONALITY_ADJ + r")?)" + _ASIDE + r"\s+(?:" + _INTL_VERB_AFTER + r")\b"
)
# German puts the verb second: "Am Donnerstag erklärte das Verteidigungsministerium in Moskau".
GERMAN_INVERTED = re.compile(
    r"(?:^|(?<=[.;:]\s))(?:Am|Im|Seit|Nach|Später|Zuvor|Zudem|Dabei|Dazu|Gestern|Heute|"
    r"Inzwischen|Außerdem|Unterdessen)\b[^,.;]{0,30}?\s(?:erklärten?|teilten?|sagten?|"
    r"berichteten?|meldeten?|bestätigten?|betonten?|warnten?)\s+(?:das|der|die|ein|eine)\s+"
    r"(?P<who>[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?)"
)
# German puts the verb last after "obwohl", "weil", "wie": "obwohl die Syrische
# Beobachtungsstelle für Menschenrechte immer wieder Beschuss in der Ebene von Al-Ghab meldet".
GERMAN_VERB_LAST = re.compile(
    r"\b(?:obwohl|weil|da|dass|wie|nachdem|während|wobei)\s+(?:die|der|das)\s+"
    r"(?P<who>[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?(?:\s+für\s+[A-ZÄÖÜ][\w-]+)?)"
    r"(?:\s[^.;]*?)?\s"
    r"(?:meldet|meldete|berichtet|berichtete|mitteilt|mitteilte|erklärt|erklärte|sagt|sagte|"
    r"angibt|angab|bestätigt|bestätigte)\b"
)
# "Am Donnerstag": a time, not a source, before a verb
_PREPOSITION_FIRST = re.compile(r"^(?:Am|Im|In|Seit|Nach|Bei|Vor|Laut|Mit|Zum|Zur)\s")
PLACE_OF_SOURCE = re.compile(
    r"\b(?:in|at|from|à|en|aus|nach|в|во|из|с|mit\s+Sitz\s+in)\s+$", re.IGNORECASE
)
VERB_SUBJECT = re.compile(r"[,”\"]\s*(?:" + VERBS + r")\s+(?:the\s+)?(?P<who>" + NAME + r")")
BY_SOURCE = re.compile(
    r"\b(?:images?|imagery|photos?|photographs?|videos?|footage|pictures?|data)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:taken|released|published|provided|captured|obtained|shared|"
    r"collected|analy[sz]ed)\s+(?:[\w,-]+\s+){0,5}?by\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}"
    r"(?P<who>" + NAME + r")"
)
PHOTO_CREDIT = re.compile(
    r"\((?:photo|image|picture|video|satellite\s+image)\s+credit:\s*(?P<who>[^/)]+?)\s*(?:/|\))",
    re.IGNORECASE,
)
CORRESPONDENT = re.compile(
    r"\b(?:a|the)\s+(?P<role>correspondent|reporter|journalist|analyst|spokesman|spokeswoman|"
    r"spokesperson)\s+(?:for|with|at|of)\s+(?:the\s+)?(?P<who>" + NAME + r")"
)
# A pronoun source ("selon lui", "secondo cui", "по его словам") is the source named before it.
PRONOUNS = {"he", "she", "they", "lui", "elle", "eux", "elles", "cui", "lei", "loro", "él",
            "ella", "ellos", "ele", "ela", "eles", "ihm", "ihr", "ihnen", "ему", "нему", "ней",
            "них", "его", "её", "их", "es", "er", "sie", "il", "ils", "lo", "la", "он", "она",
            "они"}
PRONOUN = "\0"  # placeholder for "the source named before"
NOT_NAMES = {
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "this",
    "that",
    "the",
    "these",
    "those",
    "images",
    "imagery",
    "satellite",
    "reports",
    "report",
    "analysts",
    "officials",
    "sources",
    "there",
    "who",
    "which",
    "one",
    "some",
    "many",
    "most",
    "also",
    "but",
    "and",
    "in",
    "on",
    "a",
    "an",
    "his",
    "her",
    "its",
    "their",
    "our",
    "photo",
    "video",
    # other languages: possessives and demonstratives ("ihren", "questo", "это"), weekdays
    "ihren", "seinen", "seiner", "qui", "que", "ce", "cela", "ceci", "esto", "eso", "isso",
    "questo", "dies", "это", "ces", "estos", "diese", "dieser", *_WEEKDAYS_INTL.lower().split("|"),
    "как", "так", "об", "comme", "como", "wie", "come",  # "Как сообщили в Минобороны": as
} | PRONOUNS
TITLES = {
    "russian",
    "syrian",
    "turkish",
    "israeli",
    "iranian",
    "american",
    "u.s.",
    "us",
    "british",
    "french",
    "deputy",
    "foreign",
    "defense",
    "defence",
    "prime",
    "minister",
    "president",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "secretary",
    "general",
    "gen.",
    "commander",
    "ambassador",
    "senior",
    "chief",
    "director",
    "head",
    "mr",
    "mr.",
    "mrs",
    "ms",
    "dr",
    "dr.",
    "state",
    "military",
    "interior",
    "envoy",
    "special",
    "vice",
    "lt.",
    "col.",
    "maj.",
    "colonel",
    "major",
    "lieutenant",
    "admiral",
    "former",
    "acting",
}
NATIONALITIES = {"russian", "syrian", "turkish", "israeli", "iranian", "american", "british",
                 "french", "u.s.", "us"}
IMAGERY_REFERENCE = re.compile(
    r"^\W*(?:The|These|Those|Such|Its)\s+(?:new\s+|satellite\s+|latest\s+)?"
    r"(?:images?|imagery|photos?|photographs?|pictures?|videos?|footage)\b"
)
PRONOUN_START = re.compile(r"^[\"“]?\s*(?:It|He|She|They)\s+(?:" + VERBS + r")\b")


# "сообщил начальник Главного оперативного управления … генерал-полковник Сергей Рудской.":
# the person a Russian title leads to, named at the end of the sentence.
_RUSSIAN_TITLE = re.compile(r"(?:начальник|глава|руководитель|командующий|представитель|"
                            r"директор|министр|замминистра|заместитель|председатель)\b")
_RUSSIAN_PERSON_END = re.compile(
    r"[^,.;:«»]{0,120}?\s(?P<name>[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+)\s*\.?\s*$"
)


def _person_after_title(text: str, match: re.Match) -> str:
    """The name after a Russian title subject, as words to add to it ('' when none)."""
    if not _RUSSIAN_TITLE.match(match.group("who")):
        return ""
    person = _RUSSIAN_PERSON_END.match(text, match.end("who"))
    return " " + person.group("name") if person else ""


def clean_name(raw: str) -> str | None:
    """Trim titles and possessives: 'Russian Deputy Foreign Minister Mikhail Bogdanov' -> name."""
    words = raw.strip().rstrip(".,").split()
    while words and re.search(r"['’]s$", words[0]):
        words.pop(0)
    while len(words) > 1 and words[0].lower() in TITLES and (
        words[0].lower() not in NATIONALITIES or words[1].lower() in TITLES
    ):
        words.pop(0)  # "Syrian Observatory" keeps its adjective, "Russian Deputy ..." loses it
    if len(words) > 2 and words[0].lower() == "the":
        words.pop(0)
    name = " ".join(words)
    if len(words) == 1 and words[0].lower() in TITLES:
        return None
    if not name or name.lower() in NOT_NAMES or len(name) < 2:
        return None
    return name


def attributions(text: str) -> list[tuple[int, str]]:
    """Every attribution in a sentence: (offset in the sentence, who)."""
    found: dict[int, str] = {}
    verb_last_ends: set[int] = set()  # verbs a German subordinate clause already attributed
    patterns = (VERB_SUBJECT, ACCORDING, BY_SOURCE, SOURCE_SUBJECT, SUBJECT_VERB, CORRESPONDENT,
                PHOTO_CREDIT, INTL_ACCORDING, INTL_VERB_SUBJECT, ARABIC_SAID_THAT, ARABIC_SOURCE,
                ACCORDING_SOURCE, TURKISH_SOURCE, PERSIAN_SOURCE, GERMAN_VERB_LAST,
                INTL_SUBJECT_VERB,
                INTL_SOURCE_SUBJECT, ARABIC_HAD_SAID, RUSSIAN_STATEMENT, GERMAN_INVERTED)
    for pattern in patterns:
        for match in pattern.finditer(text):
            raw = match.group("who")
            if pattern is INTL_VERB_SUBJECT:
                if match.group("weekday") and not SOURCE_ENDS.match(text, match.end()):
                    continue  # "ont annoncé samedi la chute du dernier réduit": no source
                raw += _person_after_title(text, match)
            if pattern in (SUBJECT_VERB, INTL_SUBJECT_VERB) and PLACE_OF_SOURCE.search(
                text, 0, match.start("who")
            ):
                continue  # "Witnesses in Baniyas said": the place is where the source is
            if pattern is INTL_SUBJECT_VERB and (
                _PREPOSITION_FIRST.match(raw) or match.end() in verb_last_ends
            ):
                continue
            if pattern is GERMAN_VERB_LAST:
                verb_last_ends.add(match.end())
            if pattern not in (VERB_SUBJECT, ACCORDING, BY_SOURCE, SUBJECT_VERB, CORRESPONDENT,
                               PHOTO_CREDIT):
                name = re.sub(r"^(?:the|a|an)\s+", "", raw.strip(), flags=re.I) or None
                if name and name.lower() in PRONOUNS:
                    name = PRONOUN
                elif name and name.lower() in NOT_NAMES and pattern is not SOURCE_SUBJECT:
                    name = None  # "Analysts say", "Officials said": a source all the same
            else:
                name = clean_name(raw)
            if name and pattern is PHOTO_CREDIT and name.isupper():
                name = name.title()
            if name and any(abs(pos - match.start("who")) < 25 and name in other
                            for pos, other in found.items()):
                continue
            if name and not any(abs(pos - match.start("who")) < 3 for pos in found):
                if pattern is CORRESPONDENT:
                    name = f"{name} {match.group('role')}"
                found[match.start("who")] = name
    return sorted(found.items())


def _named_before(last_by_paragraph: dict[int, str], paragraph: int, back: int) -> str | None:
    """The source named last in this paragraph, else in one of the `back` paragraphs before."""
    for p in range(paragraph, paragraph - back - 1, -1):
        if last_by_paragraph.get(p):
            return last_by_paragraph[p]
    return None


class Claimants:
    """Attribution of every sentence, with quotes and 'It added' carried over."""

    def __init__(self, body: str, index: SentenceIndex) -> None:
        self.index = index
        self.by_sentence: dict[int, list[tuple[int, str]]] = {}
        last_by_paragraph: dict[int, str] = {}
        for sentence in index.sentences:
            text = body[sentence.start : sentence.end]
            earlier = _named_before(last_by_paragraph, sentence.paragraph, back=1)
            found = [
                (sentence.start + pos, earlier if who == PRONOUN else who)
                for pos, who in attributions(text)
                if who != PRONOUN or earlier
            ]
            if not found and (
                PRONOUN_START.search(text)
                or text.lstrip()[:1] in '"“'
                or IMAGERY_REFERENCE.search(text)
            ):
                who = _named_before(last_by_paragraph, sentence.paragraph, back=2)
                if who:
                    found = [(sentence.start, who)]
            self.by_sentence[sentence.index] = found
            if found:
                last_by_paragraph[sentence.paragraph] = found[-1][1]
        # A quote's speaker is often named at the end of its paragraph: carry it back; and a
        # source's account ("the Post points out that ...") goes on to the paragraph's end.
        sentences = index.sentences
        for i in range(1, len(sentences)):
            if not self.by_sentence[i] and sentences[i - 1].paragraph == sentences[i].paragraph:
                self.by_sentence[i] = [
                    (sentences[i].start, who) for _, who in self.by_sentence[i - 1][-1:]
                ]
        for i in range(len(sentences) - 2, -1, -1):
            credit = PHOTO_CREDIT.match(body, sentences[i + 1].start)
            if not self.by_sentence[i] and (
                sentences[i + 1].paragraph == sentences[i].paragraph or credit
            ):
                self.by_sentence[i] = [
                    (sentences[i].end, who) for _, who in self.by_sentence[i + 1][:1]
                ]

    def for_span(self, sentence: int, offset: int) -> str | None:
        """The attribution nearest before the mention in its sentence, else the first after."""
        found = self.by_sentence.get(sentence) or []
        before = [who for pos, who in found if pos <= offset]
        if before:
            return before[-1]
        return found[0][1] if found else None
