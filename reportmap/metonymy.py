"""Metonymy: a capital or big city that stands for its government ("Moscow says", "selon Damas",
"لم يصدر أي تعليق رسمي من دمشق"), or a town whose people act ("officials in Manbij said")."""

from __future__ import annotations

import re

from reportmap.claimants_intl import RUSSIAN_THEY_SAID
from reportmap.kinds import POPULATED
from reportmap.model import Site

# The country the reports are about: its towns do not speak for a state.
FOCUS_COUNTRY = "SY"

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
    # reflexive verbs: "Damasco se comprometió", "Damas s'est engagé", "Дамаск должен"
    r"se\s+(?:comprometi|compromet|neg|opus|opone|mostr)|s['’]est\s+(?:engag|dit|oppos|montr)|"
    r"s['’]engag|s['’]oppos|si\s+è\s+(?:impegnat|dett|oppost)|si\s+impegn|"
    r"(?:в\s+течение\s+\w+\s+)?(?:должен|должна|обязан|обязался|обязалась)|"
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
    r"\b(?:that|because|after|when|although|though|if|[Ww]hether|as|since|until|which)\s+)$"
)
GENERIC_VERB_AFTER = re.compile(
    r"^(?:\s+and\s+[A-Z][\w-]+)?(?:,\s+(?:which|who)\s+[^,]{3,120},)?\s+" + AUXILIARY
    + r"(?P<verb>been\s+(?!suffering|living|facing|bracing|reeling|burning|shaking|"
    r"experiencing|hosting|waiting)[a-z]+ing|[a-z]+ed|"
    r"(?:" + ACTOR_VERBS + r"|use|keep|step|send|want|lets?\b|allow|permit)\w*|sent|kept|said|"
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
    r"^['’]s\s+(?:(?:closest|main|key|chief|staunchest|strongest|only|biggest|principal|"
    r"traditional|top|last|remaining|former|new)\s+)?(?:debts?|demands?|refusal|approval|"
    r"consent|request|invitation|offer|decision|position|government|officials?|forces|troops|military|army|support|"
    r"allies|ally|interests?|plans?|envoy|ambassador|foreign\s+ministry|response|stance|policy|"
    r"leaders?|leadership|regime|intervention|campaign|strategy|governor|mayor|conditions|"
    r"terms|red\s+lines?|objections?|concerns?|priorities|proposals?|warnings?|threats?|"
    r"insistence|reluctance|calculations?|ambitions?|reaction)\b",
    re.IGNORECASE,
)
ACTOR_BEFORE = re.compile(
    r"\b(?:government|regime|régime|régimen|Regime|режим\w*|authorities|officials|leadership|"
    r"administration|embassy|"
    r"ministry|ministries|\w*ministerium|ministère|ministerio|министерств\w*|МИД|Kreml|"
    r"autoridades|autorités|autorità|Behörden|власти|gobierno|gouvernement|governo|Regierung|"
    r"правительств\w*|Führung|liderança|dirigeants|leadership|"
    r"relations\s+between|ties\s+between|talks\s+between|envoy\s+to|ambassador\s+to|"
    r"Verhältnis\s+zwischen|Beziehungen\s+zwischen|relations\s+entre|relaciones\s+entre|"
    r"relazioni\s+tra|relações\s+entre|отношени\w*\s+между|"
    # Persian "دولت‌های دمشق و بغداد" (the governments of Damascus and Baghdad)
    r"دولت(?:\u200c?های)?|حکومت)"
    r"\s+(?:in|в|de|in\s+der|à|a|em|di|en)?\s*(?:\w+\s+(?:and|und|et|y|e|и|و)\s+)?$",
    re.IGNORECASE,
)
# What only a government has, in the Romance languages: "la deuda de Damasco", "le refus de",
# "el mayor compromiso económico de Riad", "la postura de Ankara".
GOVERNMENT_NOUN_OF_BEFORE = re.compile(
    r"\b(?:decisi[óo]n|décision|decisione|decisão|postura|posture|política|politique|politica|"
    r"deuda|dette|debito|dívida|compromiso|engagement|impegno|compromisso|respuesta|réponse|"
    r"risposta|resposta|exigencias|exigences|richieste|exigências|invitación|invitation|invito|"
    r"convite|oferta|offre|offerta|aval|feu\s+vert|luz\s+verde|via\s+libera)"
    r"(?:\s+[^\W\d]+){0,2}?\s+(?:de|d['’]|di|da|do|del)\s*$",
    re.IGNORECASE,
)
# A capital as the source of words: "according to Beirut", "no comment from Ankara", "selon Damas".
GOVERNMENT_SOURCE_BEFORE = re.compile(
    r"\b(?:according\s+to|comment\s+from|response\s+from|reaction\s+from|word\s+from|"
    r"statement\s+from|selon|según|segundo|secondo|laut|по\s+данным|по\s+словам)\s+$"
    r"|(?:^|\s)(?:تعليق|رد)(?:\s+(?:فوري|رسمي))*\s+(?:(?:من|عن)\s+)?$",
    re.IGNORECASE,
)
# The government "in" its capital, in other languages: "السلطات الجديدة في دمشق", "hieß es in
# Berlin", "verlautete aus Ankara".
GOVERNMENT_IN_BEFORE = re.compile(
    r"(?:^|\s)و?(?:ال)?(?:سلطات|حكومة|قيادة|إدارة)(?:\s+\S+)?\s+(?:في|ب)\s*$"
    r"|\b(?:hieß|heißt|hiess|heisst)\s+es\s+(?:in|aus)\s+$|\bverlautet\w*\s+(?:in|aus)\s+$"
    # "Как ожидают в Дамаске", "как заявили в Кремле": they say in the capital
    r"|(?:^|\s)(?:ожидают|считают|полагают|заявили|сообщили|надеются|уверены|подчеркнули|"
    r"отметили|рассчитывают|опасаются|напомнили|пояснили|уточнили|добавили|рассказали)\s+во?\s+"
    # "напомнили в российском посольстве в Дамаске": they said in the embassy there
    r"(?:(?:\w+\s+)?(?:посольств|министерств|представительств|штаб)\w*(?:\s+\w+)?\s+во?\s+)?$",
    re.IGNORECASE,
)
# "Ad Atene il governo ha ringraziato", "In Washington, officials said": a sentence that opens
# in the capital and goes on with its government speaking.
OPENING_IN_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:In|A|Ad|À|En|Em|Na|No|Im)\s+$")
GOVERNMENT_AFTER = re.compile(
    r"^,?\s+(?:the\s+government|officials|the\s+authorities|il\s+governo|le\s+autorità|"
    r"le\s+gouvernement|les\s+autorités|el\s+gobierno|las\s+autoridades|o\s+governo|"
    r"as\s+autoridades|die\s+Regierung|die\s+Behörden|hat\s+die\s+Regierung)\b",
    re.IGNORECASE,
)
# "В Анкаре, однако, заявили": they said in the capital (no subject named).
IMPERSONAL_IN_BEFORE = re.compile(r"(?:^|\s)(?:[Вв]о?)\s+$")
IMPERSONAL_AFTER = re.compile(
    # "В Вашингтоне и ряде европейских столиц утверждают"
    r"^(?:\s+и\s+(?:[а-яё]+\s+){0,2}[а-яё]+)?"
    r"[,\s]*(?:(?:однако|также|же|тоже|при\s+этом|в\s+свою\s+очередь|уже|ранее|неоднократно|"
    r"не\s+раз|давно|всегда)[,\s]+)*"
    # an object first: "В Москве нападение осудили", "В Вашингтоне решение Багдада восприняли"
    r"(?:[А-ЯЁа-яё]+\s+){0,3}?"
    r"(?:не\s+)?(?:" + RUSSIAN_THEY_SAID + r")\b",
)
# Arabic "قال إن دمشق لن تسمح", "وكانت دمشق قد حمّلت" (Damascus had blamed): a capital that is
# the subject of a verb, after "that" or "was"
ARABIC_SUBJECT_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:[إأ]ن|كانت|كان)\s+$")
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
    r"(?:\b(?:accus\w*|blam\w*|urg\w*|call\w*\s+on|"
    # "invited Damascus to show restraint", "ha invitato Damasco alla moderazione", "призвал
    # Дамаск"
    r"invit(?:ed|es|e|é|ait|a|ó|aron|ato|ata|ou|iert\w*)|призвал\w*|призыва\w*|esortat\w*|"
    r"exhort\w*|press\w*|pressure\s+on|condemn\w*|"
    r"criticis\w*|criticiz\w*|sanction\w*|relations\s+with|ties\s+with|talks\s+with|"
    r"deal\s+with|rift\s+with|dispute\s+with|influence\s+(?:on|over)|leverage\s+over|"
    r"Streit\s+mit|Konflikt\s+mit|Spannungen\s+mit|"
    r"Verhältnis(?:ses)?\s+(?:zu|mit)|différend\s+avec|brouille\s+avec|disputa\s+con|"
    r"tensiones\s+con|tensioni\s+con|normali[sz]\w*\s+with|backed\s+by|"
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
    r"exig|rechaz|respint|rejet|accept|acept|accettat)\w*"
    r"(?:\s+(?:aussitôt|immédiatement|\w+ment|\w+mente|\w+ly))?\s+(?:by|da|dal|par|por|pelo|von)|"
    # "le refus de Téhéran de", "the refusal of Damascus to"
    r"(?:refus|refusal|rechazo|negativa|rifiuto|recusa)\s+(?:de|d['’]|of|di|del|da)\s*|"
    # "un intervento militare contro Damasco", "war against Damascus"
    r"(?:intervento|intervention|intervención|intervenção|Intervention|Militärintervention|"
    r"интервенци\w*|war|guerra|guerre|Krieg|войн\w*)\s+(?:militar\w*\s+|military\s+|"
    r"militaire\s+|militärische\w*\s+|военн\w+\s+)?(?:contro|against|contre|contra|gegen|"
    r"против)\s+|"
    # "потребовала от Анкары объяснений", "exigió a Damasco", "verlangte von Ankara"
    r"(?:по)?требова\w*\s+от|требу\w*\s+от|exig\w*\s+(?:d[e'’]|à|a)|"
    # "pediu a Moscou que", "pidió a Damasco", "a demandé à Ankara", "ha chiesto a Mosca"
    r"pediu\s+a|pedi[ru]am\s+a|pidi[óo]\s+a|pidieron\s+a|demandé\s+à|chiesto\s+a|"
    r"(?:ver)?lang\w*\s+von|forder\w*\s+von)\s*"
    r"|\b(?:accus\w*|reproch\w*|soutenu\w*\s+par|appuy\w*\s+par|acus\w*|respaldad\w*\s+por|"
    r"apoyad\w*\s+por|apoiad\w*\s+(?:por|pel[oa])|beschuldig\w*|unterstützt\w*\s+von|"
    r"поддерживаем\w*|обвин\w*(?:\s+в\s+\w+)?)\s+"
    # "accuse au contraire Damas de"
    r"(?:(?:au\s+contraire|également|aussi|encore|de\s+nouveau|also|again|directly)\s+)?"
    r"(?:le\s+|la\s+|el\s+|a\s+)?"
    # "the deal the SDF reached with Damascus", "un accordo con Damasco"
    r"|\b(?:(?:reached|struck|signed|sealed)\s+with|(?:accordo|acuerdo|accord|acordo|intesa|"
    r"Abkommen|Einigung|Vereinbarung)\s+(?:[\w-]+\s+){0,2}?(?:con|avec|com|mit))\s+"
    # "договорились с Дамаском", "переговоры с Анкарой"
    r"|\b(?:договори\w*|переговор\w*|соглашени\w*|отношени\w*|диалог\w*|сотрудничеств\w*)"
    r"\s+с\s+"
    # "روسيا الداعمة لدمشق", "الفصائل الموالية لأنقرة": supporting, loyal to
    r"|(?:^|\s)(?:ال)?(?:داعمة|داعم|موالية|موالي|موالين|موال|حليفة|حليف|حلفاء|تابعة)\s+ل?$"
    # "передачу С-300 Дамаску", "поставки оружия Анкаре": delivered to the government
    r"|(?:^|\s)(?:передач|поставк|поставок|продаж)\w*\s+(?:[\w-]+\s+){0,2}$"
    r"|(?:^|\s)(?:ال)?مدعوم(?:ة|ين|ون)?\s+من\s+$"
    # "صحيفة مقربة من دمشق" (close to the government; "على مقربة من" is "near"); Persian
    # "تحریم‌های اتحادیه اروپا علیه دمشق" (against)
    r"|(?<!على)\s(?:ال)?مقرب(?:ة|ون|ين)?\s+من\s+$|(?:^|\s)علیه\s+$"
    r"|(?:^|\s)(?:دعما|دعم|الدعم)\s+(?:\S+\s+){0,3}ل$"
    r"|(?:^|\s)و?(?:قالت|أعلنت|حذرت|نفت|أكدت|ردت|طالبت|دعت|اتهمت|حملت|تتهم|يتهم|اتهم|تحمل|يحمل|"
    r"تعهدت|رفضت|رحبت|هددت|وافقت|نددت|تعلق|علقت|دانت|دانته|دانها|استنكرت|"
    r"أدانت|تدين|يدين|طالبت|تطالب|يطالب|تصف|وصفت|تعتبر|اعتبرت|تقول)"
    # "فيما تصفها دمشق بأنها", "التي أعلنتها دمشق": the verb carries its object
    r"(?:ها|ه|هم|هما)?\s+(?:\S+\s+){0,3})$",
    re.IGNORECASE,
)
PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|of|from|near|at|outside|around|to|towards|into|across|over|inside)\s+(?:the\s+)?"
    # the next of a list after the preposition: "farmers in Hajin and al-Shaafa say"
    r"(?:(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+))?$",
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
# The same in other languages: a capital that opens a clause ("Damas dément", "el plan que
# Damasco firmó", "Damaskus werde dies werten") and is followed by a verb, not by a copula, a
# passive, an article or a preposition ("Damas est calme", "Damaskus wurde getroffen").
INTL_CLAUSE_START = re.compile(
    r"(?:^|[.!?:;]\s*|\n\s*|[«\"“„]\s*|\b(?:que|qu['’]|dass|daß|che|weil|ob|porque|parce\s+que|"
    r"mientras|während|mentre|tandis\s+que|enquanto|alors\s+que|"
    r"mais|pero|ma|mas|aber|doch|et|y|e|und)\s+)$",
    re.IGNORECASE,
)
INTL_VERB_AFTER = re.compile(
    r"^\s+(?!(?:est|était|étaient|fut|reste|restait|demeure|es|era|fue|está|estaba|sigue|"
    r"seguía|è|fu|resta|rimane|é|foi|estava|continua|ist|war|bleibt|blieb|liegt|lag|wurde|"
    r"wird|werden|a\s+été|avait\s+été|ha\s+sido|había\s+sido|è\s+stat[oa]|tem\s+sido|"
    r"de|du|des|del|della|di|da|do|dos|der|die|das|den|dem|la|le|les|el|los|las|il|lo|"
    r"o|os|as|un|une|uno|una|um|uma|ein|eine|et|y|e|und|en|à|au|aux|a|al|in|im|am|an|auf|"
    r"con|avec|mit|com|sur|sobre|su|para|pour|per|für|par|por|sous|bajo|unter|entre|"
    r"zwischen|tra|fra|como|comme|come|wie|qui|que|che|wo|où|donde|onde|dove|se|si|sich|"
    r"sí|ya|déjà|schon|já|già)\b)"
    r"(?:n['’]|ne\s+|no\s+|non\s+|não\s+|nicht\s+)?[a-zàâçéèêëîïôûùüÿñæœßäöáíóúãõì]{2,}\b"
)
# An English participle after the name ("Damascus hailed"): English has its own rule below.
ENGLISH_PARTICIPLE_AFTER = re.compile(r"^\s+(?:[a-z]+ing|[a-z]+ed)\b")
# What a city lives through: "Damasco amaneció con cortes", "Damas a connu", "Damaskus erlebte".
INTL_LOCATIVE_AFTER = re.compile(
    r"^\s+(?:a\s+|ha\s+|hat\s+|avait\s+|había\s+|aveva\s+)?(?:amaneci|viv[eií]|sufr|"
    r"registr|se\s+despert|s['’]est\s+réveill|connaît|connu|subi|vécu|vit\b|se\s+réveill|"
    r"erlebt|erwacht|litt|verzeichne|si\s+è\s+svegliat|vissut|subìt|acord|sofr|"
    r"compt|cuenta|conta|zählt|accueill|acog|ospit|beherbergt|abrig|se\s+encuentra|"
    r"se\s+trouve|si\s+trova|befindet|situ|sitú|liegt|giace|yace|ha\s+sido|a\s+été|wurde)",
    re.IGNORECASE,
)

# A capital as the subject of a clause in the languages whose verbs the lists above do not
# spell: "что Москва не допустит", "Дамаск назвал", "دمشق تقول", "تهران «اجازه نمی‌دهد»", and
# the French perfect ("Damas a signé", "Paris a convoqué"), whose "a" reads as a preposition.
NON_LATIN_CLAUSE_START = re.compile(
    r"(?:^|[.!?؟:;«»\"“„]\s*|\n\s*|(?:^|\s)(?:что|чтобы|и|а|но|как|когда|если|хотя|поскольку|"
    r"ведь|однако|کە|که|و|اما|ولی|ولكن|لكن|إن|أن|ان)\s+|(?<![A-ZА-ЯЁ][\w-])[,،]\s+)$"
)
# A verb in Cyrillic after the name: any lower-case word but a preposition, conjunction or particle.
CYRILLIC_VERB_AFTER = re.compile(
    r"^\s+(?:(?:в\s+свою\s+очередь|также|тоже|уже|ранее|же|не)\s+)*"
    r"(?!(?:в|во|на|и|с|со|из|по|к|ко|у|о|об|от|за|под|над|для|до|при|без|через|или|а|но|—|"
    r"был|была|было|были|стал|стала|является|остается|остаётся|находится|расположен\w*|"
    r"подверг\w*|пострада\w*|оказал\w*|пережил\w*)\b)[а-яё]{3,}",
)
# An Arabic-script verb or particle after the name; not a preposition, conjunction or adjective.
ARABIC_SCRIPT_VERB_AFTER = re.compile(
    r"^\s+[«\"“]?(?!(?:في|من|إلى|الى|على|عن|مع|بين|و|أو|التي|الذي|در|به|از|با|را|تا|برای|"
    r"بود|است|شد|هست)(?:\s|$))(?!ال)[\u0600-\u06FF\u200c]{2,}"
)
# "что Дамаск, сближаясь с Вашингтоном, сохраняет": an aside about the capital that acts.
CYRILLIC_ASIDE_AFTER = re.compile(r"^\s*,\s+(?!(?:где|куда|откуда|столица|город)\b)[а-яё]{3,}")
FRENCH_PERFECT_AFTER = re.compile(
    r"^\s+(?:a|avait)\s+(?:\w+\s+)?[a-zàâçéèêëîïôûùüÿ]{2,}(?:é|i|u|t|s)\b"
)
# "Ankara, qui …", "Moscou, principal allié de Damas, a …": a capital opening its sentence that
# is then described by an aside is what the sentence is about: its government.
APPOSITION_AFTER = re.compile(
    r"^\s*,\s+(?!(?:la|the|el|die|capitale|capital|Hauptstadt|столица|where|où|donde|wo|dove|"
    r"onde|a\s+city|une\s+ville|una\s+ciudad|eine\s+Stadt)\b)"
)
# "Damasco, que tem sido relativamente poupada": an aside that says what befell the place.
PASSIVE_IN_ASIDE = re.compile(r"^\s*,[^,.]{0,60}\b(?:sido|été|stata|been|worden|была|был)\b")
SENTENCE_START = re.compile(r"(?:^|[.!?؟]\s+|\n\s*)$")
LIST_BEFORE = re.compile(
    r"(?:\b(?:between|entre|zwischen|tra|fra|между|بين|میان)\b[^.,;]{0,40}|"
    r"[A-ZÀ-ÞА-ЯЁ\u0600-\u06FF][\w-]*(?:\s*,|\s+(?:and|et|y|und|e|и|ve|or|ou|o|oder|или)))\s*$"
)


def _capital_subject(before: str, after: str) -> bool:
    """A capital that opens its clause and is followed by a verb: its government acts."""
    if LIST_BEFORE.search(before) or INTL_LOCATIVE_AFTER.match(after):
        return False
    if NON_LATIN_CLAUSE_START.search(before) and (
        CYRILLIC_VERB_AFTER.match(after) or ARABIC_SCRIPT_VERB_AFTER.match(after)
        or CYRILLIC_ASIDE_AFTER.match(after)
    ):
        return True
    if INTL_CLAUSE_START.search(before) and FRENCH_PERFECT_AFTER.match(after):
        return True
    return bool(SENTENCE_START.search(before) and APPOSITION_AFTER.match(after)
                and not PASSIVE_IN_ASIDE.match(after))


# "in cambio Damasco avrebbe rilasciato", "Damas aurait livré": what a place would have done is
# what its government did (not "aurait été touchée").
CONDITIONAL_AFTER = re.compile(
    r"^\s+(?:avrebbe|avrebbero|aurait|auraient|habría|habrían|hätte|hätten|teria|teriam)\s+"
    r"(?!été|stat[oaie]|sido|sein|gewesen)[a-zà-ÿ]{3,}"
)
# "وقالت محافظة حمص إنها": a saying verb right before a governorate makes it the speaker.
ARABIC_SAID_BEFORE = re.compile(
    r"(?:^|\s)و?(?:قالت|أعلنت|أكدت|نفت|ذكرت|أفادت|أوضحت|دعت|طالبت|حذرت)\s+$"
)
# Arabic short vowels and shadda, which some writers put on verbs: "تعلّق", "دانَت".
_TASHKEEL = dict.fromkeys(range(0x064B, 0x0653)) | {0x0670: None}


def is_actor(body: str, start: int, end: int, site: Site) -> bool:
    """Metonymy: "Moscow says", "Damascus's decision", "the government in Damascus"."""
    after = body[end : end + 160]
    before = body[max(0, start - 60) : start].translate(_TASHKEEL)
    if site.kind == "governorate" and ARABIC_SAID_BEFORE.search(before):
        return True
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
        or (government and GOVERNMENT_NOUN_OF_BEFORE.search(before))
    ):
        return True  # "according to Beirut", "orders from Tehran", "allié de Damas"
    if speaks_for_state and (
        GOVERNMENT_IN_BEFORE.search(before)
        or (IMPERSONAL_IN_BEFORE.search(before) and IMPERSONAL_AFTER.match(after))
        or (government and OPENING_IN_BEFORE.search(before) and GOVERNMENT_AFTER.match(after))
    ):
        return True
    if PREPOSITION_BEFORE.search(before):  # "rebels in the south of Aleppo said": not the subject
        return bool(ACTOR_BEFORE.search(body[max(0, start - 40) : start])) and not (
            MEETING_BEFORE.search(body[max(0, start - 90) : start])
        )
    if ACTOR_AFTER.match(after) or ACTOR_POSSESSIVE.match(after):
        return government or site.kind == "governorate" or site.kind in POPULATED
    if speaks_for_state and ARABIC_SUBJECT_BEFORE.search(before) and ARABIC_VERB_AFTER.match(after):
        return True
    if speaks_for_state and (ACTOR_AFTER_INTL.match(after) or ARABIC_NO_COMMENT_AFTER.match(after)
                             or CONDITIONAL_AFTER.match(after)):
        return True
    if (
        site.kind == "capital"
        and INTL_CLAUSE_START.search(body[max(0, start - 40) : start])
        and INTL_VERB_AFTER.match(after)
        and not ENGLISH_PARTICIPLE_AFTER.match(after)
        and not INTL_LOCATIVE_AFTER.match(after)
        and not LOCATIVE_VERBS.match((after.split(maxsplit=1) or [""])[0])
    ):
        return True
    if site.kind == "capital" and _capital_subject(before, after):
        return True
    if government and CLAUSE_START.search(body[max(0, start - 40) : start]):
        verb = GENERIC_VERB_AFTER.match(after)
        if verb and not LOCATIVE_VERBS.match(verb.group("verb")):
            return True
    if ACTOR_BEFORE.search(body[max(0, start - 40) : start]):
        return not MEETING_BEFORE.search(body[max(0, start - 90) : start])
    return False
