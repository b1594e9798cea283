"""Who says so in languages other than English: the patterns of `claimants` for French, Spanish,
Portuguese, Italian, German, Russian, Arabic, Turkish and Persian word orders."""

from __future__ import annotations

import re

from reportmap.claimant_words import (
    INTL_SOURCE_NOUNS,
    INTL_VERBS_AFTER,
    RUSSIAN_THEY_SAID,
    WEEKDAYS_INTL,
)

# Other languages: "selon l'OSDH", "laut der UN", "по данным Maxar", "بحسب المرصد",
# ", meldete das Gesundheitsministerium", ", a précisé le ministère des Transports", "وقال المرصد".
# Words between "selon"/"laut" and the source's own noun: an indefinite article ("selon un
# responsable"), a weekday ("a annoncé samedi le ministère"), a seat ("der in London ansässigen").
_INTL_SKIP = (
    r"(?:(?:un|une|uno|una|um|uma|ein|eine|einem|einer|eines)\s+)?"
    # "acrescentou a mesma fonte", "a précisé la même source": the source named before
    r"(?:(?:mesm[ao]s?|même|mism[ao]s?|stess[aoi]|stesse)\s+)?"
    # a quantifier: "selon plusieurs médias turcs", "laut mehreren Zeugen"
    r"(?:(?:plusieurs|quelques|certain[e]?s|de\s+nombreu(?:x|ses)|varios|varias|algun[oa]s|"
    r"mehrere[nr]?|einige[nr]?|alcun[ie]|diversi|diverse|vári[oa]s|algun[sm]|algumas|"
    r"divers[oa]s|нескольких|несколько|ряда)\s+)?"
    r"(?:in\s+\S+\s+ansässigen?\s+)?"
)
# Words that end a source's name: "sagte Erdogan am Donnerstag vor Journalisten"
_NOT_ADJECTIVE = (
    r"(?:am|an|auf|aus|bei|mit|nach|von|vor|zu|zum|zur|in|im|en|a|à|au|aux|de|con|por|para|per|"
    r"da|di|su|sur|dans|pour|par|em|no|na|ao|el|la|le|les|los|las|il|lo|und|et|y|e)\b"
)
INTL_ACCORDING = re.compile(
    r"(?:\b[Ss]elon|\b[Ss]egún|"
    r"(?<!\bum\s)(?<!\bo\s)(?<!\bpelo\s)(?<!\bno\s)(?<!\bdo\s)(?<!\bao\s)(?<!\bel\s)(?<!\bun\s)"
    r"(?<!\bdel\s)(?<!\bal\s)(?<!\bUm\s)(?<!\bO\s)(?<!\bEl\s)(?<!\bUn\s)\b[Ss]egundo|"
    # the Italian ordinal: "Nel secondo giorno della visita", "il secondo attacco"
    r"(?<!\b[Nn]el\s)(?<!\b[Ii]l\s)(?<!\b[Aa]l\s)(?<!\b[Dd]el\s)(?<!\b[Dd]al\s)(?<!\b[Ss]ul\s)"
    r"(?<!\b[Uu]n\s)\b[Ss]econdo|\b[Dd]e\s+acordo\s+com|\b[Ss]tando\s+a|"
    r"\b[Ll]aut(?:\s+Angaben\s+(?:von|vo[nm]|des|der))?|\b[Nn]ach\s+Angaben(?:\s+(?:von|vom)(?=\s))?|\b[Nn]ach(?=\s+(?!eigenen|ihren|seinen)[a-zäöü]\w+en\s+Angaben)|\b[Dd]['’]après|"
    r"\b[Пп]о\s+(?:данным|словам|информации|оценке|оценкам|сведениям|утверждению|сообщению|"
    r"сообщениям|подсч[её]там|версии)|"
    r"\b[Кк]ак\s+(?:сообщает|сообщил\w*|заявил\w*|сообщают)(?:\s+(?:в|во)(?=\s+[А-ЯЁ]))?)"
    r"\s+(?:(?:informó|dijo|indicó|señaló|afirmó|precisó|explicó|informaron|dijeron|"
    r"indicaron|informou|disse)\s+)?"  # "según informó el Observatorio"
    r"(?:l['’]|(?:le|la|les|el|los|las|der|des|dem|den|o|a|os|as|il|lo|gli|i|компании|агентства)"
    r"\s+)?" + _INTL_SKIP +
    r"(?P<who>[\w'’-]+(?:\s+(?:des|du|de|de\s+la|del|der|da|do|della|dei)\s+[\w'’-]+"
    r"|\s+d['’][A-ZÀ-Ö][\w-]+|\s+[A-ZÀ-ÖА-Я][\w-]+"
    # "selon l'agence officielle Sana", "по данным государственного агентства САНА"
    r"|(?:(?<=agence)|(?<=agencia)|(?<=agência)|(?<=agenzia)|\s+агентства)"
    r"(?:\s+(?!" + _NOT_ADJECTIVE + r")[a-zà-öø-ÿа-яё]+){0,3}\s+[A-ZÀ-ÖА-ЯЁ][\w-]+){0,3})"
)
_RU_WEEKDAY = r"(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
# "сообщил журналистам начальник …": whom it was told to, before the source
_RUSSIAN_TOLD_TO = r"(?:журналистам|репортерам|репортёрам|корреспондентам|прессе)"
INTL_VERB_SUBJECT = re.compile(
    # "Lo riferisce l'Osservatorio", "Lo hanno reso noto le Fds": what the sentence before told
    r"(?:[,»”\"]\s*(?:[—–-]\s*)?|^\s*Lo\s+)(?:meldete|meldeten|teilte|teilten|sagte|sagten|erklärte|erklärten|"
    r"berichtete|berichteten|bestätigte|bestätigten|"
    r"(?:a|ont)\s+(?:précisé|annoncé|indiqué|déclaré|affirmé|ajouté|rapporté|souligné|assuré|"
    r"expliqué|confirmé|estimé|averti|dénoncé|raconté|témoigné|dit|fait\s+savoir)|"
    r"afirmó|informó|señaló|dijo|indicó|anunció|informaron|afirmaron|dijeron|señalaron|"
    r"precisó|explicó|añadió|agregó|confirmó|detalló|precisaron|explicaron|confirmaron|"
    r"alertó|aseguró|denunció|advirtió|aseguraron|denunciaron|advirtieron|"
    r"indicaron|relataron|сообщил\w*|заявил\w*|уточнил\w*|добавил\w*|пояснил\w*|сообщал\w*|"
    r"заявлял\w*|"
    r"сообщают|заявляют|утверждают|передают|пишут|"
    r"informou|afirmou|disse|declarou|anunciou|relatou|constatou|explicou|acrescentou|"
    r"(?:ha|(?<=Lo\s)hanno|(?P<after_comma>hanno))\s+(?:riferito|detto|dichiarato|annunciato|"
    r"reso\s+noto|confermato|precisato|spiegato|aggiunto|sottolineato|affermato|comunicato)|"
    r"riferisce|riferiscono|rende\s+noto|rendono\s+noto|annuncia|conferma)\s+"
    # "сообщили в четверг в МИД РФ": the ministry, not "в"
    r"(?:(?:в|во)\s+" + _RU_WEEKDAY + r"\s+)?"
    r"(?:(?:в|во)\s+(?=[А-ЯЁ]))?"
    r"(?:(?:hoy|ayer|hoje|ontem|oggi|ieri|aujourd['’]hui|hier|heute|gestern)\s+)?"
    # "dijo por teléfono a AIN un residente", "a déclaré à l'AFP un habitant"
    r"(?:(?:por\s+teléfono|por\s+telefone|au\s+téléphone|par\s+téléphone|per\s+telefono|"
    r"telefonisch|по\s+телефону|" + _RUSSIAN_TOLD_TO
    + r"|(?:a|à|al|ao|alla)\s+(?:l['’])?[A-Z][\w-]*)\s+){0,2}"
    # "a annoncé dans la soirée l'agence officielle Sana"
    r"(?:(?:dans\s+la\s+(?:soirée|matinée|nuit|journée)|en\s+(?:fin|début)\s+de\s+"
    r"(?:journée|soirée|matinée)|por\s+la\s+(?:noche|mañana|tarde))\s+)?"
    # "a indiqué vendredi la mission.": a weekday, then a source that ends the sentence
    # "anunció este miércoles", "ha detto questo lunedì", "informou nesta terça-feira"
    r"(?P<weekday>(?:(?:el|le|am|este|esta|ce|questo|nesta|neste)\s+)?(?:" + WEEKDAYS_INTL
    + r")(?:\s+(?:soir|matin))?\s+)?"
    r"(?:l['’]|(?:die|der|das|le|la|les|des|el|los|las|o|a|os|as|il|lo|gli)\s+)?" + _INTL_SKIP +
    r"(?!(?:en|a|de|à|dans|sur|in|por|para|con|ante|tras|durante|que|qu|che|di|da|em|no|na|hoy|"
    r"ayer|hoje|ontem|oggi|ieri|hier|heute|gestern|este|esta|ese|esa|nesta|neste|questo|"
    r"questa|ce|cette|cet|о|об|обо|что|как|из|от|для|за|при|по|на|к)\s)"
    r"(?P<who>[\w'’-]+(?:\s+(?:des|du|de|de\s+la|del|der)\s+[\w'’-]+|\s+d['’][A-ZÀ-Ö][\w-]+"
    r"|\s+[A-ZÀ-ÖА-ЯЁ][\w-]+|\s+«[^»]{1,40}»"
    # "informó la agencia oficial saudí SPA": adjectives, then the name
    r"|(?:\s+(?!" + _NOT_ADJECTIVE + r")[a-zà-öø-ÿ]+){1,3}\s+(?-i:[A-ZÀ-Ö][\w-]+)){0,3})"
)
# The source ends its sentence, perhaps with a name in apposition: "a affirmé lundi le ministre
# turc des Affaires étrangères, Mevlüt Çavuşoğlu."
SOURCE_ENDS = re.compile(
    r"[^,;:.]{0,30}(?:,\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]*"
    r"(?:\s+(?:(?:al|el|ad|as|bin|ibn|de|da|di|du|von|van)\s+)?[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]*){0,3})?"
    r"(?:[.;]|\s*$)"
)
# The French wire's "a-t-on appris auprès de militants", "a-t-on appris de source sécuritaire".
FRENCH_LEARNED = re.compile(
    r"\b(?:a-t-on\s+appris|apprend-on)\s+(?:auprès\s+(?:de\s+|d['’]|du\s+|des\s+)"
    r"(?:la\s+|l['’])?|de\s+(?=sources?\b))"
    r"(?P<who>[\w'’-]+(?:\s+(?:[A-ZÀ-Ö][\w'’-]*|de\s+[A-ZÀ-Ö][\w'’-]*|sécuritaires?|militaires?|"
    r"officielles?|diplomatiques?|proches?|locales?|médicales?)){0,3})"
)
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
# The titles a source may hold: "رئيس الوزراء", "وزير الخارجية", "محافظ حلب".
_AR_TITLES = r"رئيس|وزير|وزيرة|سفير|مندوب|قائد|محافظ|متحدث|ناطق|مدير"
ARABIC_SOURCE = re.compile(
    # "وفق ما أفادت به وسائل إعلام موالية": according to what … reported
    r"(?:(?:بحسب|وفق|حسب|وفقا\s+ل)\s*ما\s+(?:أفاد|أفادت|ذكر|ذكرت|أعلن|أعلنت|نقل|نقلت|"
    r"أورد|أوردت|قال|قالت)(?:\s+به)?|"
    r"بحسب|وفقا\s+ل|وفق|نقلا\s+عن|حسب|و?قال|و?قالت|و?أعلن|و?أعلنت|و?ذكر|و?ذكرت|و?أفاد|و?أفادت|"
    r"و?أوضح|"
    r"و?أوضحت|و?نقلت|و?نقل|و?أكد|و?أكدت|و?أضاف|و?أضافت|و?صرح|و?صرحت|و?اتهم|و?اتهمت|"
    r"و?تحدث|و?تحدثت|و?أشار|و?أشارت|و?كشف|و?كشفت|و?نشر|و?نشرت|و?بث|و?بثت|و?تداول|و?تداولت|"
    r"و?عرض|و?عرضت|"
    # warning, denying, demanding, calling for: claims all the same
    r"و?حذّ?ر|و?حذّ?رت|و?نفى|و?نفت|وطالب|و?طالبت|و?دعا|و?دعت|و?هدّ?د|و?هدّ?دت)\s+«?"
    # "نقلت الجرحى إلى مشاف": carried the wounded, not reported
    r"(?!" + _AR_TIME + r"|(?:الجرحى|المصابين|المصابون|الجثث|القتلى|المرضى)(?:\s|$))"
    r"(?P<who>(?<=«)[^\s«»،.][^«»\n]{1,38}(?=»)"  # a source in quotes: "بحسب «سانا»"
    r"|ال[^\s،.]+(?:\s+ال[^\s،.]+)?"
    r"|(?:" + _AR_TITLES + r"|مراسل|مصدر|مصادر|شبكة|وكالة|وزارة|ناشطون|"
    r"وسائل|تقارير|صحيفة|صحف|"
    r"ناشطو|ناشطين|ناشطي|سكان|أهالي|شهود|مسؤول|مسؤولون|مسؤولين|"
    r"فصائل|قوات|منظمة|منظمات|هيئة|لجنة|جماعة|حركة|مجلس|مكتب|قادة|"
    r"مقاتلون|مقاتلين|مسلحون|قناة|موقع|حساب|حسابات|"
    r"قوى|أوساط|جهات|أطباء|متطوعون|دبلوماسيون|محللون|خبراء|مراقبون|معارضون|ذوو|أقارب|"
    r"لجان|هيئات|جمعيات|نشطاء|مسعفون|مسعفين)"
    r"(?:\s+(?![إأ]ن(?:ه|ها|هم)?(?:\s|$)|" + _AR_TIME + r")[^\s،.]+){0,2}"
    r"(?:\s+[\"«][^\"«»\n]{2,30}[\"»])?)"  # 'وكالة الأنباء الرسمية "سانا"'
)
# A title, then the rest of its holder's words up to the comma: "رئيس الوزراء العراقي حيدر
# العبادي، اليوم الخميس"
ARABIC_TITLE = re.compile(r"(?:" + _AR_TITLES + r")\s")
ARABIC_TITLE_NAME = re.compile(
    r"(?:\s+(?!" + _AR_TIME + r"|(?:إن|أن|بأن)(?:\s|$))[^\s،.«»:]+){1,8}?"
    r"(?=،|\.|\s+(?:إن|أن|بأن)\s)"
)
# "مقاطع مصورة بثتها قناة الجزيرة", "صور بثها ناشطون": pictures and videos and who put them out.
ARABIC_BY_SOURCE = re.compile(
    r"(?:صور|صوراً|مقاطع|مقطع|تسجيلات|تسجيل|فيديو|لقطات|شريط)(?:\s+[^\s،.]+){0,2}?\s+"
    r"(?:بثها|بثتها|نشرها|نشرتها|تداولها|تناقلها)\s+"
    r"(?P<who>(?:(?:قناة|وكالة|شبكة|موقع|صحيفة|منظمة|حساب|حسابات|وسائل)\s+)?[^\s،.«»]+)"
)
# "وقالت منسقة الشؤون الإنسانية في الأمم المتحدة فاليري آموس إن", "وكانت وزارة الصحة قد أعلنت":
# the whole subject between the verb and "that", or between "كان" and "قد".
ARABIC_SAID_THAT = re.compile(
    r"(?:(?<=\s)|^)(?:و?قال|و?قالت|و?أكد|و?أكدت|و?أوضح|و?أوضحت|و?أضاف|و?أضافت|و?ذكر|و?ذكرت|"
    r"و?أعلن|و?أعلنت|و?أفاد|و?أفادت|و?أعرب|و?أعربت|و?يقول|و?تقول|و?يرى|و?ترى|و?يؤكد|و?تؤكد|"
    r"و?يشير|و?تشير|و?حذّ?ر|و?حذّ?رت)\s+"
    r"(?!" + _AR_TIME + r"|(?:عادة|دائما|دائماً|أيضا|أيضاً|كذلك)(?:\s|$))"
    # a name in quotes inside the subject: "غرفة عمليات «ردع العدوان»"
    r"(?P<who>[^\s،.«»]+(?:\s+(?:[^\s،.«»]+|«[^«»\n]{1,40}»)){0,7}?)"
    # "أحد عناصر الدفاع المدني في ريف إدلب لوكالة المشرق إن": where the speaker is, to whom
    r"(?:\s+(?:في\s+(?:ريف|مدينة|بلدة|محافظة|حي|منطقة|قرية|مخيم)|"
    r"ل(?:وكالة|صحيفة|قناة|موقع|شبكة|وكالات|وسائل)|لـ)\s+[^،.«»]{1,40}?)?"
    # "في مؤتمر صحافي عقب الاجتماع إن": where and when the speaker said it
    r"(?:\s+(?:في\s+(?:مؤتمر|بيان|تصريح|تصريحات|حديث|مقابلة|كلمة|اتصال|لقاء)|خلال|عقب|أمام)"
    r"\s+[^،.«»]{1,50}?)?"
    r"\s+(?:إن|أن|بأن|عن|من\s+أن)(?:\s|$)"
)
_AR_NOT_SUBJECT = (
    r"(?!(?:لكن|ولكن|و?قال|و?قالت|و?قالوا|إن|أن|إنهم|أنهم|كما|ثم|وقد|قد|الذين|التي|الذي)\s)"
)
# "لكن ناشطين قالوا إن": a plural subject before its verb of saying, opening a clause.
ARABIC_SUBJECT_SAID = re.compile(
    r"(?:^|،\s*|(?:^|\s)(?:لكن|ولكن|بينما|فيما)\s+|(?<=\s)و)"
    r"(?P<who>" + _AR_NOT_SUBJECT + r"[^\s،.«»]{3,}(?:\s+" + _AR_NOT_SUBJECT
    + r"[^\s،.«»]+){0,3}?)\s+(?:قالوا|أكدوا|أفادوا|ذكروا|أشاروا|أضافوا|أوضحوا|يقولون|"
    r"يؤكدون)\s+(?:إن|أن|بأن)(?:\s|$)"
)
ARABIC_HAD_SAID = re.compile(
    r"(?:(?<=\s)|^)و?(?:كان|كانت)\s+(?P<who>[^\s،.«»]+(?:\s+[^\s،.«»]+){0,4}?)\s+قد\s+"
    r"(?:أعلن|أعلنت|قال|قالت|ذكر|ذكرت|أكد|أكدت|أفاد|أفادت|حذّ?ر|حذّ?رت|طالب|طالبت|هدّ?د|"
    r"هدّ?دت|نفى|نفت|اتهم|اتهمت|دعا|دعت)"
)
# Turkish puts the verb last: "Suriye İnsan Hakları Gözlemevi, ... bildirdi."
TURKISH_SOURCE = re.compile(
    # (an apostrophe only opens a case ending: "Paris'te", in Paris); "Muhalif aktivistler,";
    # after a leading place ("Suriye'de ise SDG'ye yakın kaynaklar,": sources close to the SDF)
    r"^\W*(?:[A-ZÇĞİÖŞÜ][\w-]*['’][dt][ae]\s+(?:ise\s+)?)?"
    r"(?:(?:Ancak|Ama|Fakat|Ayrıca|Öte\s+yandan|Bu\s+arada)\s+)?"  # however, also
    r"(?:[A-ZÇĞİÖŞÜ][\w-]*\s+merkezli\s+)?"  # "İngiltere merkezli" (based in Britain)
    # "Azez'de konuşan bir yerel yetkili," (a local official speaking in Azaz)
    # "Suriye'nin resmi haber ajansı SANA,": a country's agency, then its name
    r"(?P<who>[A-ZÇĞİÖŞÜ][\w-]*['’]n[ıiuü]n\s+(?:[\wçğıöşü]+\s+){0,3}(?:ajansı|[Bb]akanlığı|"
    r"televizyonu|ordusu)(?:\s+[A-ZÇĞİÖŞÜ][\w-]*){0,3}(?=[,\s])"
    r"|[A-ZÇĞİÖŞÜ][\w-]*(?:['’][a-zçğıöşü]+)?(?:\s+[a-zçğıöşü][\w-]*){1,4}(?=,)"
    r"|[A-ZÇĞİÖŞÜ][\w-]*\s+[a-zçğıöşü]+l[ae]r[ıi]?(?=\s)"  # "Muhalif gruplar" (rebel groups)
    r"|[A-ZÇĞİÖŞÜ][\w-]*(?:\s+(?:el-|al-)?[A-ZÇĞİÖŞÜ][\w-]*){0,4})"
    # a case ending other than the genitive is no subject: "Paris'te yaşayan …" (living in Paris)
    r"(?:['’](?![dt][ae]n?\b|y?[ae]\b)[a-zçğıöşü]+)?"
    r"(?:,|\s)[^.]*\b(?:söyle|bildir|açıkla|duyur|belirt|kayded|kaydet|ifade\s+e[dt]|"
    r"iddia\s+e[dt]|aktar|ileri\s+sür|öne\s+sür)(?:[dt][iıuü]|[iıuü]?yor|m[iıuü]şt[iıuü])\b"
)
# Turkish "göre" (according to): "Yerel kaynaklara göre", "Genelkurmay Başkanlığı'nın
# açıklamasına göre", "Güvenlik kaynaklarından edinilen bilgiye göre", "SANA'ya göre".
_TR_CAP_WORD = r"[A-ZÇĞİÖŞÜ][\w.’'-]*\s+"
TURKISH_ACCORDING = re.compile(
    # (not "…'nden yapılan açıklamaya göre": TURKISH_STATEMENT names who made it)
    r"(?:^|(?<=[\s,;(]))(?<!yapılan\s)(?<!yazılı\s)(?!(?:Edinilen|Alınan|Elde)\s)"
    r"(?P<who>(?:" + _TR_CAP_WORD + r"){0,4}"
    r"(?:[\wçğıöşü]*['’]?[dt][ae]n\s+(?:edinilen|alınan|gelen)\s+bilgi\w*"
    r"|[\wçğıöşü-]*(?:kaynak|açıklama|veri|rapor|iddia|beyan|tespit|haber)\w*"
    r"|[A-ZÇĞİÖŞÜ][\w.-]*['’](?:y?[ae]|n[ae])))\s+göre\b"
)
# "Genelkurmay Başkanlığından bugün yapılan açıklamada" (in the statement the General Staff
# made today), "THY'den yapılan açıklamada".
TURKISH_STATEMENT = re.compile(
    r"(?:^|(?<=[\s,;(]))(?P<who>(?:" + _TR_CAP_WORD + r"){0,3}[A-ZÇĞİÖŞÜ][\w.-]*?)['’]?n?[dt][ae]n"
    r"\s+(?:[\wçğıöşü]+\s+){0,3}?yapılan\s+(?:yazılı\s+)?açıklama(?:da|ya\s+göre)\b"
)
# Persian: "به گزارش خبرگزاری …", "به نقل از …", "بر اساس اعلام سپاه".
PERSIAN_SOURCE = re.compile(
    r"(?:به\s+گزارش|به\s+نقل\s+از|بر\s+اساس\s+اعلام|طبق\s+اعلام|به\s+گفته|"
    r"(?:بر\s+اساس|طبق)(?=\s+گزارش))\s+"
    # "به گفته او" (according to him): the pronoun alone, not the words after it
    r"(?P<who>(?:او|وی)(?=[\s،.])|[^\s،.]+(?:\s+[^\s،.]+)?)"
)
# Words that open a Persian sentence without being its subject (prepositions, pronouns, "and").
_FA_NOT_SUBJECT = r"(?!(?:در|به|از|با|برای|این|آن|وی|او|همچنین|اما|ولی|و|که|پس|طی|بر|تا)\s)"
# A sentence opens with its subject, maybe after a dateline:
# "تهران - خبرگزاری پارس‌نگار: سپاه … اعلام کرد"
_FA_START = r"^\W*(?:[^\s:،.]+(?:\s+[^\s:،.]+)?\s+[-–—]\s+[^:.\n]{2,40}:\s*)?"
# Persian puts the verb last: "عراقچی پیش از ترک دمشق در جمع خبرنگاران گفت:" (a name opening
# the sentence, the verb of saying before a colon or "که").
# A title before the name is not the subject: "سردار قاسم سلیمانی … اعلام کرد".
_FA_TITLE = (
    r"(?:(?:سردار|سرلشکر|سرتیپ|سرهنگ|ژنرال|دکتر|آیت[\u200c\s]?الله|حجت[\u200c\s]?الاسلام|سید)\s+)?"
)
PERSIAN_SUBJECT_SAID = re.compile(
    _FA_START + _FA_NOT_SUBJECT + _FA_TITLE
    + r"(?P<who>[^\s،.:«»\d]{3,})\s+[^.:«»]{0,200}?\s(?:گفت|افزود|اعلام\s+کرد|تأکید\s+کرد|"
    r"تاکید\s+کرد|اظهار\s+داشت|گفتند|افزودند|اعلام\s+کردند)(?:\s*:|\s+که\s|\s*[.!]?\s*$)"
)
# "جمعیت هلال احمر نیز اعلام کرد یک تیم …": a short subject right before its verb of saying;
# "در بیانیه‌ای" (in a statement) between them is not part of it.
_FA_IN_STATEMENT = r"در\s+(?:بیانیه|گفتگو|مصاحبه|نشست|پیام)"
PERSIAN_SUBJECT_ANNOUNCED = re.compile(
    _FA_START + _FA_NOT_SUBJECT
    + r"(?P<who>[^\s،.:«»\d]{3,}(?:\s+(?!" + _FA_IN_STATEMENT + r")[^\s،.:«»\d]+){0,5}?)\s+"
    r"(?:" + _FA_IN_STATEMENT + r"\S*\s+)?(?:نیز\s+|همچنین\s+)?"
    r"(?:اعلام\s+کرد|گفت|افزود|اعلام\s+کردند|گفتند|گفته\u200c?\s?اند|می\u200c?\s?گوید|"
    r"می\u200c?\s?گویند)\s"
)
# "رسانه‌های نزدیک به حزب‌الله نیز از برگزاری مراسمی … خبر دادند": X reported (news of) Y.
PERSIAN_SUBJECT_REPORTED = re.compile(
    _FA_START + _FA_NOT_SUBJECT
    + r"(?P<who>[^\s،.:«»\d]{3,}(?:\s+(?!از\s|نیز\s)[^\s،.:«»\d]+){0,5}?"
    r"(?:\s*،\s*[^\s،.:«»\d]+(?:\s+[^\s،.:«»\d]+){0,2}\s*،)?)"  # "خبرگزاری رسمی سوریه، سانا،"
    r"\s+(?:نیز\s+|همچنین\s+)?"
    r"از\s+[^.:]{3,200}?\s+خبر\s+(?:داد|دادند|داده\u200c?\s?اند)(?:\W|$)"
)
# "وی همچنین تأکید کرد": he (the source named before) said
PERSIAN_PRONOUN = re.compile(
    r"(?:^|(?<=\s))(?P<who>وی|او)\s+(?:همچنین\s+|نیز\s+|در\s+ادامه\s+)?"
    r"(?:گفت|افزود|تأکید\s+کرد|تاکید\s+کرد|اعلام\s+کرد|اظهار\s+داشت|خاطرنشان\s+کرد)"
)
# The source before its verb, in languages that capitalise names (and German all nouns):
# "Anwohner berichteten", "Ministerpräsident Benjamin Netanjahu verlangte", "l'OSDH a indiqué",
# "wie die Syrische Beobachtungsstelle für Menschenrechte berichtete".
# a capitalised word; a dot inside ("U.S") or before a lower-case word, not a sentence's end
_CAP = r"[A-ZÀ-ÖØ-ÞА-ЯЁ](?:[\w’'-]|\.(?=[\w-]))*(?:\.(?=\s+[a-zа-яё]))?"
_NATIONALITY_ADJ = (
    r"(?:sir[io]a?|syrien(?:ne)?|sírio|siriano|turc[oa]?|turque|russ[oea]|rus[oa]|russe|"
    r"israel[ií]|israélien(?:ne)?|israelense|israeliano|iran[ií]|iranien(?:ne)?|iraniano|"
    r"estadounidense|américain(?:e)?|americano|norte-americano|britannique|británico|"
    r"britânico|britannico|jordan[oa]|jordanien(?:ne)?|libanés|libanais(?:e)?|libanês)"
)
# "Observatoire syrien des droits de l'Homme", "Observatório Sírio dos Direitos Humanos"
_HUMAN_RIGHTS = (
    r"(?:\s+(?:des|de|dos|de\s+los|para\s+los|pour\s+les|per\s+i|dei|für)\s+"
    r"(?i:droits\s+de\s+l['’]\s?homme|derechos\s+humanos|direitos\s+humanos|diritti\s+umani|"
    r"menschenrechte))"
)
# "SANA, por su parte, afirmó", "Армия обороны Израиля в свою очередь заявила"
_ASIDE = (
    r"(?:,?\s+(?:por\s+su\s+parte|de\s+su\s+lado|pour\s+sa\s+part|de\s+son\s+côté|"
    r"por\s+sua\s+vez|dal\s+canto\s+suo|da\s+parte\s+sua|seinerseits|ihrerseits|"
    r"в\s+свою\s+очередь|также|также\s+уже|однако|впрочем|cependant|toutefois|sin\s+embargo|"
    r"no\s+entanto|tuttavia|però|jedoch|allerdings),?"
    # a seat: "El Observatorio Sirio de Derechos Humanos, con sede en el Reino Unido, informó"
    r"|,\s+(?:con\s+sede\s+en|com\s+sede\s+em|con\s+sede\s+a|basée?\s+à|mit\s+Sitz\s+in|"
    r"со\s+штаб-квартирой\s+в)\s+[^,]{1,80},"
    # "Шойгу, отвечая на вопрос журналистов,", "Эксперт, попросивший не называть его имени,"
    r"|,\s+\w+(?:я|в|вшись|вший|вшая|вшие)\s+[^,]{0,50},)?"
)
# An acronym after a name, then maybe a description of it: "Les Forces démocratiques syriennes
# (FDS), une alliance arabo-kurde soutenue par Washington, ont annoncé", "As FDS, aliança …,".
_ACRONYM_ASIDE = (
    r"(?:\s*\([A-ZÀ-ÖА-ЯЁ]{2,8}\)(?:,\s+(?-i:[a-zà-ÿа-яё])[^,;.()]{2,100},)?)?"
)
INTL_SOURCE_NOUN = re.compile(r"(?:" + INTL_SOURCE_NOUNS + r")\b", re.IGNORECASE)
INTL_SOURCE_SUBJECT = re.compile(
    r"(?P<who>(?:(?:des|les|las|los|os|as|gli|i|le)\s+)?(?:[\w-]+\s+)?(?:" + INTL_SOURCE_NOUNS
    + r")(?:\s+[\w'’-]+){0,4}?(?:\s+(?:и|et|y|e)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?)"
    + _ACRONYM_ASIDE + _ASIDE
    + r"\s+(?:"
    + INTL_VERBS_AFTER + r")\b",
    re.IGNORECASE,
)
INTL_SUBJECT_VERB = re.compile(
    r"(?:^|(?<=[\s,;:(«\"]))(?:(?:die|der|das|le|la|les|l['’]|el|los|las|il|lo|gli|o|os)\s*)?"
    # not a place where the speakers are: "Testimoni a Kisweh hanno riferito"
    r"(?<!\s[aà]\s)(?<!\sin\s)(?<!\sen\s)(?<!\sem\s)(?<!\sau\s)(?<!\sв\s)"
    # nor a place of a longer subject: "un habitant … dans le quartier de Chaar a dit"
    r"(?<!\sde\s)(?<!\sdu\s)(?<!\sdel\s)(?<!\sd['’])(?<!\sdi\s)(?<!\sdo\s)(?<!\sda\s)"
    r"(?<!\sdella\s)(?<!\sdes\s)"
    # a name in quotes: "«Сирийская обсерватория по правам человека» сообщила"
    r"(?!Sitz\s)(?P<who>«[^«»\n]{3,60}»|" + _CAP + r"(?:\s+(?:für|de|du|des|del|di|da|do|al|el|"
    r"der|in)?\s*" + _CAP + r"){0,4}(?:\s+" + _NATIONALITY_ADJ + r")?" + _HUMAN_RIGHTS + r"?)"
    + _ACRONYM_ASIDE  # "L'Observatoire … (OSDH) a fait état"
    + _ASIDE + r"\s+(?:" + INTL_VERBS_AFTER + r")\b"
)
# "El presidente turco, Recep Tayyip Erdogan, anunció": a name in apposition, then its verb.
INTL_APPOSED_SUBJECT_VERB = re.compile(
    # "Abou Mohammed al-Jolani": an Arabic name's lower-case article
    r",\s+(?P<who>" + _CAP + r"(?:\s+(?:(?:al|el|ad|as|an|ar|at|az|ash|bin|ben|ibn)-)?"
    + _CAP + r"){0,3}),\s+(?:" + INTL_VERBS_AFTER + r")\b"
)
# German puts the verb second: "Am Donnerstag erklärte das Verteidigungsministerium in Moskau".
GERMAN_INVERTED = re.compile(
    r"(?:^|(?<=[.;:]\s))(?:Am|Im|Seit|Nach|Später|Zuvor|Zudem|Dabei|Dazu|Gestern|Heute|Das|Dies|"
    r"Inzwischen|Außerdem|Unterdessen)\b[^,.;]{0,30}?\s(?:erklärten?|teilten?|sagten?|"
    r"berichteten?|meldeten?|bestätigten?|betonten?|warnten?)\s+(?:das|der|die|ein|eine)\s+"
    r"(?:[a-zäöü][\w-]*\s+)?"  # "das türkische Verteidigungsministerium"
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
# "zerstörte die Luftwaffe nach eigenen Angaben": by its own account, the subject's.
GERMAN_OWN_ACCOUNT = re.compile(
    r"(?:^|(?<=\s))(?:(?:die|der|das)\s+)?(?P<who>[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?)\s+"
    r"(?:[a-zäöü][\w-]*\s+){0,2}?nach\s+eigenen\s+Angaben\b"
)
# "nach UN-Angaben", "laut Polizeiangaben", "nach Medienberichten": the source glued to
# "Angaben" (data, statements) or "Berichten" (reports).
GERMAN_COMPOUND_ACCORDING = re.compile(
    r"\b(?:[Nn]ach|[Ll]aut)\s+(?P<who>[A-ZÄÖÜ][\wäöüß]*?)-?(?:[Aa]ngaben|[Ss]chätzungen|"
    r"[Ii]nformationen|[Bb]erichten)\b"
)
# "nach ihren Angaben", "laut ihm", "Ihm zufolge", "according to him", "по его словам": by the
# account of the source named before.
PRONOUN_ACCOUNT = re.compile(
    r"\b(?:[Nn]ach\s+(?=(?:ihren|seinen)\s+(?:Angaben|Informationen|Worten)\b)|"
    r"[Ll]aut\s+(?=(?:ihnen|ihm)\b)|"
    r"(?=(?:[Ii]hm|[Ii]hr|[Ii]hnen)\s+zufolge\b)|"
    r"[Aa]ccording\sto\s(?=(?:him|her|them)\b)|"
    r"[Пп]о\s(?=(?:его|её|ее|их)\s+(?:словам|данным|мнению|оценке|оценкам|сведениям)\b))"
    r"(?P<who>\w+)"
)
# "Об этом сообщил министр обороны Сергей Шойгу": the source of what the sentence before told.
RUSSIAN_THIS_SAID = re.compile(
    r"\b[Оо]б\s+этом\s+(?:(?:в|во)\s+" + _RU_WEEKDAY + r"\s+|\w+\s+)?"
    r"(?:сообщил\w*|заявил\w*|рассказал\w*|объявил\w*|сообщает|сообщают|заявляет)\s+"
    r"(?:(?:в|во)\s+" + _RU_WEEKDAY + r"\s+)?(?:" + _RUSSIAN_TOLD_TO + r"\s+)?(?:в\s+)?"
    r"(?P<who>(?:(?!(?:в|во|на|с|со|по|у)\s)[а-яё-]+\s+){0,3}?[А-ЯЁA-Z][\w-]+"
    r"(?:(?:\s+[а-яё-]+)?\s+[А-ЯЁA-Z][\w-]+){0,2})"
)
RUSSIAN_IMPERSONAL = re.compile(
    # the place or body: "Вашингтоне и Брюсселе", "Министерстве обороны РФ"; then maybe the
    # object before the verb ("В Вашингтоне эти обвинения отвергли")
    # "в" opening the clause, not after a subject ("Представители армии в Тель-Авиве заявили")
    r"(?:^\W*|[,;:—–(]\s*|(?:^|\s)(?:[Тт]огда|[Рр]анее|[Пп]озже|[Зз]атем|[Оо]днако|[Тт]акже|"
    r"[Нн]о|[Аа]|[Ии])\s+)[Вв]о?\s+(?P<who>[А-ЯЁ][\w-]*(?:\s+(?:и\s+)?[А-ЯЁ][\w-]*|\s+(?:обороны|"
    r"(?:иностранных|внутренних)\s+дел|безопасности)){0,3})(?:\s+[а-яё]+){0,3}?\s+"
    r"(?:также\s+)?(?:" + RUSSIAN_THEY_SAID + r")\b"
)
# "Am Donnerstag": a time, not a source, before a verb
PREPOSITION_FIRST = re.compile(r"^(?:Am|Im|In|Seit|Nach|Bei|Vor|Laut|Mit|Zum|Zur)\s")

# "сообщил начальник Главного оперативного управления … генерал-полковник Сергей Рудской.":
# the person a Russian title leads to, named at the end of the sentence.
_RUSSIAN_TITLE = re.compile(r"(?:начальник|глава|руководитель|командующий|представитель|"
                            r"директор|министр|замминистра|заместитель|председатель|"
                            r"пресс-секретарь|советник|помощник|посол|спикер)\b")
# "сообщило сирийское государственное телевидение", "заявил официальный представитель …": an
# adjective subject goes on to its noun.
_RUSSIAN_ADJECTIVE = re.compile(r"[а-яё-]+(?:ый|ий|ой|ое|ее|ая|яя|ые|ие)")
_RUSSIAN_NOUN_AFTER = re.compile(r"(?:\s+[а-яё-]+(?:ый|ий|ой|ое|ее|ая|яя|ые|ие))*\s+[а-яё-]+")
# a first name and a surname closing the words: "министр обороны Сергей Шойгу"
RUSSIAN_PERSON = re.compile(r"[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+$")
_RUSSIAN_PERSON_END = re.compile(
    r"[^,.;:«»]{0,120}?\s(?P<name>[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+)\s*\.?\s*$"
)
# "заявил министр обороны Сергей Шойгу на совещании у президента Владимира Путина": a name
# after a preposition and its noun is someone else; the speaker is the name before it.
_RUSSIAN_PERSON_AFTER_PREPOSITION = re.compile(
    r"[^,.;:«»]{0,80}?\s(?P<name>[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+)\s+(?:на|у|в|во|при|с|со|от|для|"
    r"после|перед)\s[^,.;:«»]{0,80}?[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+\s*\.?\s*$"
)


def person_after_title(text: str, match: re.Match) -> str:
    """The noun after a Russian adjective subject and the name after a title, as words to add
    to it ('' when none)."""
    who, end, noun = match.group("who"), match.end("who"), ""
    if _RUSSIAN_ADJECTIVE.fullmatch(who):
        tail = _RUSSIAN_NOUN_AFTER.match(text, end)
        if tail:
            noun, end = tail.group(), tail.end()
    if not _RUSSIAN_TITLE.search(who + noun):
        return noun
    person = _RUSSIAN_PERSON_AFTER_PREPOSITION.match(text, end) or (
        _RUSSIAN_PERSON_END.match(text, end)
    )
    return noun + (" " + person.group("name") if person else "")
