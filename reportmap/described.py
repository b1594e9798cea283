"""A place the sentence describes instead of telling news of: "Homs is the third largest city",
"Idlib, donde viven tres millones de personas, es el último gran bastión de la oposición"."""

from __future__ import annotations

import re

# A place named back by its noun: "The crossing", "La ville", "Die Stadt".
_PLACE_NOUN = (
    r"(?:town|city|village|camp|crossing|dam|base|air\s+base|airport|port|road|highway|prison|"
    r"district|province|region|area|valley|site|plant|field|ville|localité|route|barrage|"
    r"région|ciudad|localidad|carretera|presa|cárcel|Stadt|Ortschaft|Straße|Grenzübergang|"
    r"Lager|Staudamm|Gefängnis|città|cittadina|strada|diga|carcere|cidade|estrada|barragem|"
    r"prisão)\b"
)
# The sentence opens with a name (maybe "the city of …") or a place named back, an aside
# between commas, then a copula and what the place is: an article, "one of", "home to"…
_NAME = (
    r"^\W*(?:(?:(?:The|La|Le|Les|El|Los|Las|Die|Der|Das|Il|Lo|A|O|L['’])\s*)?"
    r"[A-ZÀ-ÞА-ЯЁ][\w'’-]*(?:[\s-](?:al|el|ad|as|ash|ar|[A-ZÀ-ÞА-ЯЁ][\w'’-]*)){0,3}"
    # "The crossing is the main land route", "La ville est…": a place it refers back to
    r"|(?:The|La|Le|El|Die|Der|Das|Il|Lo|A|O|L['’])\s*" + _PLACE_NOUN + r")"
    r"(?:\s*,[^.;]{0,150}?,)?\s+"
)
_WHAT = (
    r"(?:the|a|an|one\s+of|home\s+to|among|part\s+of|known|famous|considered|regarded|seen\s+as|"
    r"la|le|les|l['’]|un|une|l['’]une|l['’]un|connue?|considérée?|"
    r"el|los|las|uno|una|conocid[oa]|considerad[oa]|"
    r"die|der|das|ein|eine|einer|bekannt|"
    r"il|lo|gli|considerat[oa]|conosciut[oa]|"
    r"o|os|as|um|uma|conhecid[oa])\b"
    # "Homs was the scene of clashes", "Alep est la cible de frappes": news told as a state
    r"(?!\s+(?:\w+\s+)?(?:scene|site|target|focus|epicent\w*|theatre|théâtre|cible|scène|"
    r"escenario|blanco|objetivo|Schauplatz|Ziel|teatro|bersaglio|obiettivo|palco|alvo|"
    r"latest|last\s+to|first\s+to|dernière?\s+à|première?\s+à|último\s+en|primer[oa]?\s+en)\b)"
)
DESCRIBED = re.compile(
    _NAME + r"(?:"
    r"(?:is|was|remains|remained|has\s+long\s+been|had\s+long\s+been|is\s+still|was\s+once|"
    r"est|était|fut|reste|restait|demeure|"
    r"es|era|fue|sigue\s+siendo|"
    r"è|resta|rimane|"
    r"é|continua\s+a\s+ser)\s+(?:(?:now|still|also|today|toujours|aussi|également|todavía|"
    r"también|ainda|também|ancora|anche|ormai|désormais)\s+)?" + _WHAT +
    # German puts adverbials between the copula and what the place is
    r"|(?:ist|war|bleibt|blieb|gilt\s+als|galt\s+als)\s+(?:[^\s,.;]+\s+){0,8}?"
    r"(?:die|der|das|eine?|einer|bekannt|berühmt)\b"
    r"|(?:является|являлся|являлась|являлось|остаётся|остается|был|была|было)\s+"
    r"[«\"“]?(?:одн\w+\s+из|[а-яё]+(?:ым|им|ой|ей|ом|ем)\b)"
    # what the place does, always: "The town faces al-Qaim", "The dam holds back Lake Assad",
    # "The camp is run by the SDF", "La route relie Alep à Lattaquié"
    r"|(?:faces|links|connects|overlooks|borders|adjoins|straddles|dominates|holds\s+back|"
    r"supplies|feeds|is\s+run\s+by|is\s+(?:located|situated)|relie|surplombe|domine|borde|"
    r"fait\s+face\s+à|conecta|bordea|verbindet|überblickt|grenzt\s+an|collega|"
    r"confina\s+con|liga|faz\s+fronteira|связывает|соединяет|граничит|возвышается)\b"
    r")"
)
# Where people live, a standing fact: "Syria's Christians live mainly in Damascus"; Russian
# "значительная часть живет в Дамаске" (the present tense says it).
WHERE_PEOPLE_LIVE = re.compile(
    r"\b(?:живут|живёт|живет|проживают|проживает)\s+(?:(?:в\s+основном|преимущественно|"
    r"также)\s+)?(?:в|во)\s"
    r"|\b(?:live|lives|vivent|vit|viven|vive|leben|lebt|vivono|vivem|живут|живёт)\s+"
    r"(?:mainly|mostly|largely|chiefly|primarily|principalement|surtout|majoritairement|"
    r"principalmente|mayoritariamente|sobre\s+todo|vor\s+allem|überwiegend|hauptsächlich|"
    r"soprattutto|sobretudo|в\s+основном|преимущественно)\b"
    # "Mehr als 150.000 Flüchtlinge leben in türkischen Lagern", "проживают около 3 млн человек",
    # "Hatay'daki kamplarda on binlerce Suriyeli yaşıyor", "يعيش كثير منهم في مخيمات"
    r"|\b(?:live|reside|leben|lebt|wohnen|vivent|viven|vivono|vivem)\s+(?:(?:now|today|heute|"
    r"jetzt|noch|still)\s+)?(?:in|à|en|a|em|im|nel|nella|nei)\b"
    r"|\b(?:проживают|проживает|живут)\s+(?:около|более|свыше|порядка|примерно|\d)"
    r"|\b(?:yaşıyor|yaşıyorlar|yaşamaktadır|yaşamaktalar)\b"
    r"|(?:^|\s)[وف]?(?:يعيش|يقيم|تعيش|تقيم|يعيشون|يقيمون)\s+(?:كثير|معظم|أغلب|نحو|حوالي|أكثر|"
    r"قرابة|مئات|آلاف|عشرات|في\s)"
    r"|زندگی\s*\u200c?\s*می\s*\u200c?\s*(?:کنند|کند|کرد|کردند)",
    re.IGNORECASE,
)


def describes_a_place(sentence: str) -> bool:
    """Whether the sentence describes the place it opens with, or where people live."""
    return bool(DESCRIBED.search(sentence) or WHERE_PEOPLE_LIVE.search(sentence))
