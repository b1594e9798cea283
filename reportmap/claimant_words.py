"""The words of attribution, by language: verbs of saying and the nouns of those who say.

`claimants` and `claimants_intl` build their patterns from these lists; a new verb or source
noun of a language goes here.
"""

from __future__ import annotations

WEEKDAYS_INTL = (
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|"
    "viernes|sábado|domingo|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|"
    "lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica"
)

# English verbs of saying (and of claiming, accusing, denying): "said", "has warned".
VERBS = (
    r"said|says|say|told|tells|tell|reported|reports|report|claimed|claims|claim|wrote|writes|"
    r"added|adds|noted|believe|warn|estimate|"
    r"stated|announced|confirmed|estimated|estimates|tweeted|posted|alleged|insisted|"
    r"warned|explained|observed|points\s+out|pointed\s+out|believes|assessed|assesses|"
    r"documented|documents|recorded|verified|counted|"
    # accusing, denying, promising, demanding, describing: claims all the same
    r"described|describes|accused|accuses|blamed|blames|denied|denies|promised|promises|vowed|"
    r"vows|demanded|demands|urged|urges|acknowledged|admitted|asserted|argued|argues|revealed|"
    r"stressed|emphasi[sz]ed|called\s+for|calls\s+for|quoted|quotes|"
    r"threatened|threatens|announces|confirms|states|warns|concluded|concludes|indicated|"
    r"recounted|recalled|testified|complained|reiterated|maintained|maintains|predicted"
)

# Unnamed sources: "US officials said", "activists said", "the health ministry said",
# "state television said", "the foreign ministry in Tokyo said".
SOURCE_NOUNS = (
    r"officials?|activists?|residents?|witnesses|sources?|media|television|tv|radio|ministry|"
    r"army|military|coalition|commanders?|police|medics|rescuers|monitor|observatory|governor|"
    r"spokes(?:man|woman|person)|authorities|agency|news\s+agency|network|officers?|diplomats?|"
    r"analysts|doctors?|medics?|nurses?|volunteers|civil\s+defen[cs]e|groups?|command|"
    # those who fight, negotiate or watch: "Rebel negotiators said", "Government troops announced"
    r"negotiators?|rebels|fighters|troops|forces|insurgents|militants|monitors|observers|"
    r"investigators|inspectors|experts|researchers|journalists|reporters|correspondents|"
    r"lawyers|mediators|leaders|figures|representatives|survivors|relatives|partners|"
    # those who work there: "according to staff at both sites", "aid workers said"
    r"staff|staffers|workers|employees|personnel|eyewitnesses|locals|engineers|technicians|"
    # those who live through it: "farmers in Hajin say", "the mayor said", "militias said"
    r"farmers|villagers|families|parents|teachers|refugees|traders|shopkeepers|mayor|"
    r"municipality|council|militias?|"
    # those who speak for a group or a body: "Rebel factions said", "his family said"
    r"factions|family|organi[sz]ations?|agencies|charit(?:y|ies)|campaigners|teams|crews|"
    r"paramedics|soldiers|prosecutors?|envoys?|embassy|government"
)

# A pronoun source ("selon lui", "secondo cui", "по его словам") is the source named before it.
PRONOUNS = {"he", "she", "they", "lui", "elle", "eux", "elles", "cui", "lei", "loro", "él",
            "ella", "ellos", "ele", "ela", "eles", "ihm", "ihr", "ihnen", "ему", "нему", "ней",
            "них", "его", "её", "их", "es", "er", "sie", "il", "ils", "lo", "la", "он", "она",
            "они", "وی", "او", "ihren", "seinen", "him", "her", "them", "ее"}

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
    "questo", "dies", "das", "это", "ces", "estos", "diese", "dieser",
    *WEEKDAYS_INTL.lower().split("|"),
    "как", "так", "об", "comme", "como", "wie", "come",  # "Как сообщили в Минобороны": as
    "там", "здесь", "тут", "теперь", "сейчас",  # "Там напомнили": there, not a source
    # "troops have held since December say": a month is no source
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
} | PRONOUNS

# Verbs of saying after their subject, in French, Spanish, Portuguese, Italian, German and
# Russian: "a indiqué", "afirmaron", "ha detto", "erklärte", "заявил".
INTL_VERBS_AFTER = (
    r"berichtete|berichteten|sagte|sagten|erklärte|erklärten|meldete|meldeten|teilte|teilten|"
    r"verlangte|forderte|mitteilte|mitteilten|bestätigte|bestätigten|"
    r"affirme|déclare|indique|"
    r"(?:a|ont|avait|avaient)\s+(?:aussi\s+|également\s+|déjà\s+)?fait\s+état|"
    r"adelantó|adelantaron|"
    r"dijo|afirmó|informó|aseguró|denunció|indicó|señaló|dijeron|afirmaron|informaron|"
    r"cifró|cifraron|chiffre|chiffrent|(?:a|ont)\s+chiffré|"
    r"aseguraron|denunciaron|señalaron|informó\s+de|"
    r"affirment|"
    r"(?:ha|hanno|aveva|avevano)\s+(?:detto|dichiarato|affermato|riferito|annunciato)|"
    r"disse|afirmou|informou|declarou|anunciou|anunciaram|disseram|afirmam|afirmaram|informaram|"
    r"declararam|relataram|denunciaram|"
    r"заявил\w*|сообщил\w*|отметил\w*|подчеркнул\w*|утверждает|утверждают|уточнил\w*|"
    r"обвинил\w*|обвинял\w*|обвиняет|обвиняют|заявлял\w*|утверждал\w*|"
    r"добавил\w*|пояснил\w*|подтвердил\w*|сказал\w*|relataron|relatou|precisó|precisaron|"
    r"asegura|afirma|afirman|sostiene|denuncia|assure|estime|rapporte|précise|"
    r"afferma|garante|sagt|meldet|"
    r"(?:hat|hatte|haben|hatten)\s+(?:[\w-]+\s+){0,4}?(?:erklärt|mitgeteilt|berichtet|gesagt|"
    r"gemeldet|bestätigt|angekündigt)|"
    # accusing, denying, promising, demanding, describing: claims all the same
    r"versprach|versprachen|warnte|warnten|forderten|beschuldigte|beschuldigten|warf|warfen|"
    r"werfen|wirft|bestritt|bestritten|dementierte|betonte|betonten|schrieb|schrieben|"
    r"(?:a|ont|avait|avaient)\s+(?:aussi\s+|également\s+|déjà\s+|pour\s+sa\s+part\s+|"
    r"de\s+son\s+côté\s+)?(?:réclamé|promis|dénoncé|attribué|"
    r"accusé|démenti|averti|mis\s+en\s+garde|revendiqué|confirmé|estimé|souligné|expliqué|"
    r"décrit|qualifié|conclu|exigé|appelé|reconnu|nié|fait\s+savoir|signalé|raconté|déclaré|"
    r"affirmé|annoncé|indiqué|précisé|rapporté|assuré)|"
    r"dénonce|dénoncent|accuse|accusent|réclame|réclament|exigent|dément|démentent|"
    r"anunció|anunciaron|prometió|prometieron|acusó|acusaron|acusa|acusan|advirtió|"
    r"advierten|advierte|exigió|exige|exigen|pidió|pide|piden|negó|niega|niegan|confirmó|"
    r"reconoció|calificó|describió|explicó|sostuvo|destacó|subrayó|insistió|estimó|calculan|"
    r"calcula|relató|contó|calculó|calcularon|"
    r"prometeu|prometeram|garantiu|denunciou|acusou|acusaram|alertou|advertiu|exigiu|pediu|"
    r"negou|confirmou|reconheceu|explicou|sublinhou|destacou|contou|constatou|"
    r"(?:ha|hanno|aveva|avevano)\s+(?:denunciato|accusato|promesso|avvertito|chiesto|negato|"
    r"confermato|sottolineato|spiegato|segnalato|precisato|raccontato|assicurato|sostenuto)|"
    r"accusa|accusano|sostengono|spiega|segnala|conferma|"
    r"пообещал\w*|потребовал\w*|предупредил\w*|опроверг\w*|"
    r"отрицает|отрицают|признал\w*|указал\w*|констатировал\w*|сообщает|сообщают|полагают|"
    r"полагает|считают|считает|сообщал\w*|ritengono|ritiene|estiment|estiman|consideran|consideram|"
    # saying in the compound past and believing: "a dit", "ha dicho", "creen", "объявил"
    r"(?:a|ont|avait|avaient)\s+(?:aussi\s+|également\s+|déjà\s+)?(?:dit|témoigné|ajouté|"
    r"alerté|menacé)|disent|racontent|"
    r"(?:ha|han|había|habían)\s+(?:dicho|afirmado|asegurado|denunciado|informado|anunciado|"
    r"confirmado|señalado|indicado|explicado|advertido|alertado|acusado|reconocido|negado)|"
    r"creen|cree|dicen|aseguran|señalan|indican|denuncian|advirtieron|explicaron|"
    r"contaron|atribuyó|atribuyeron|alertó|alertaron|amenazó|amenaza|"
    r"(?:tem|têm|tinha|tinham)\s+(?:dito|afirmado|denunciado|anunciado|informado)|"
    r"dizem|diz|acreditam|acredita|alertam|alertaram|denunciam|garantem|"
    r"dicono|affermano|denunciano|"
    r"объявил\w*|напомнил\w*|отмечают|отмечает|рассказал\w*|"
    r"kündigten?(?=[^.;]*\san[.,;])|gaben\s+an|gab\s+an"
)

# Unnamed sources before their verb: "Сирийские источники и оппозиционные активисты сообщили",
# "des habitants ont raconté", "fuentes locales dijeron", "attivisti hanno riferito".
INTL_SOURCE_NOUNS = (
    r"источники|источник|активисты|очевидцы|жители|правозащитники|военные|власти|эксперт|эксперты|"
    r"аналитик|аналитики|experts?|Experten?|espert[oi]|expert[oa]s?|analystes?|analistas?|"
    r"analist[ia]|"
    r"sources|militants|habitants|témoins|secouristes|médecins|"
    r"fuentes|activistas|testigos|vecinos|residentes|médicos|rescatistas|"
    r"fontes|ativistas|testemunhas|moradores|fonti|attivisti|testimoni|residenti|abitanti|"
    # "O ministério afirmou", "l'armée a indiqué", "la agencia informó"
    r"ministério|ministerio|ministère|ministero|министерство|governo|gobierno|gouvernement|"
    r"exército|ejército|armée|esercito|армия|agência|agencia|agence|agenzia|агентство|"
    r"médias|medios|mídia|media|televisión|télévision|televisão|televisione|телевидение|"
    r"grupos|groupes|gruppi|organizaciones|organisations|organizações|organizzazioni|ONG|"
    # "le forze turche … hanno annunciato", "a coligação anunciou"
    r"forze|forces|fuerzas|forças|силы|coligação|coalición|coalition|coalizione|коалиция|"
    # one who speaks for a state: "L'ambassadeur syrien à Moscou a pour sa part attribué"
    r"ambassadeur|embajador|ambasciatore|embaixador|Botschafter|посол|porte-parole|portavoz|"
    r"portavoce|porta-voz|Sprecher|ministre|ministro|Minister|министр|"
    # the authorities, rescuers, fighters, watchers and the opposition of each language
    r"autorités|autoridades|autorità|socorristas|soccorritori|observateurs|observadores|"
    r"osservatori|наблюдатели|combattants|combatientes|combatentes|combattenti|rebelles|"
    r"rebeldes|ribelli|opposition|oposición|oposição|opposizione|оппозиция|enquêteurs|"
    r"investigadores|investigatori|diplomates|diplomáticos|diplomatas|diplomatici|дипломаты|"
    r"responsables?|militaires|militares|militari|journalistes|periodistas|jornalistas|"
    r"giornalisti|журналисты|familiares|proches|parenti|survivants?|sobrevivientes|"
    r"sobreviventes|sopravvissuti|Staatsmedien|Aktivisten|Anwohner|Augenzeugen|Behörden"
)

# "в Министерстве обороны РФ заявили": they said in the ministry (no subject named).
# The verbs of "they said" with no subject (also read by metonymy: "В Анкаре заявили").
RUSSIAN_THEY_SAID = (
    r"заявили|сообщили|считают|отметили|подчеркнули|утверждают|опровергли|отвергли|пригрозили|"
    r"предупредили|выразили|выражали|назвали|настаивают|опасаются|отреагировали|потребовали|"
    r"признали|уверены|полагают|решили|пояснили|уточнили|называли|называют|заявляли|утверждали|"
    r"отмечали|считали|обвиняли|обвиняют|осуждали|осуждают|критиковали|критикуют|осудили|"
    r"приветствовали|раскритиковали|не\s+исключили|не\s+исключают|допустили|допускают|"
    r"рассказали|подтвердили|сообщают|информировали|объяснили|объясняли|восприняли|"
    r"воспринимают|подтверждали|подтверждают|комментировали|комментируют|прокомментировали|"
    r"ответили|отвечают|заверили|заверяют|возразили|одобрили|поддержали|отказались"
)
