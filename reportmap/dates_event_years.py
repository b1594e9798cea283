"""The year that names an event: "the 1982 crackdown in Hama", "la guerre de 1967", "la masacre
de 1982", "il massacro del 1982", "восстания 1982 года" — a year with no preposition before it,
read only next to a word for an event so that counts ("plus de 2000 personnes") stay counts."""

from __future__ import annotations

import re
from datetime import date

from reportmap.dates_base import TimeExpr, make

_YEAR = r"(?P<y>(?:19|20)\d\d)(?![\d.,]\d)"
# Words for an event or an act that a year names.
_EVENTS = {
    "en": r"war|wars|uprising|revolution|revolt|crackdown|massacres?|attacks?|offensive|"
          r"elections?|coup|earthquake|invasion|protests?|"
          r"referendum|campaign|bombings?|siege|conflict|crisis|summit|conference|talks|"
          r"battle|operation|raids?|killings?|intervention|occupation|annexation|withdrawal|"
          r"exodus|famine|floods?|fire|explosion|blast|attempts?|strikes?|airstrikes?|assault|"
          r"ceasefire|truce|deal|agreement|accord|visit|ambush|kidnapping|abduction|rescue|"
          r"evacuation|deployment|incident|clashes|fighting|capture|fall|shelling",
    "fr": r"guerre|soulèvement|révolution|révolte|répression|massacres?|attaques?|attentats?|"
          r"offensive|élections?|coup\s+d['’]État|séisme|invasion|"
          r"manifestations?|référendum|campagne|siège|conflit|crise|sommet|conférence|"
          r"bataille|opération|intervention|occupation|annexion|retrait|explosion|raids?|"
          r"frappes?|tentative|accord|trêve|cessez-le-feu|visite|enlèvement|évacuation|"
          r"déploiement|incident|combats|prise|chute|bombardements?|embuscade",
    "es": r"guerra|levantamiento|revolución|revuelta|represión|masacres?|matanza|ataques?|"
          r"atentados?|ofensiva|elecciones|golpe|terremoto|"
          r"invasión|protestas|referéndum|campaña|asedio|conflicto|crisis|cumbre|"
          r"conferencia|batalla|operación|intervención|ocupación|anexión|retirada|explosión|"
          r"incursión|redada|bombardeos?|intento|acuerdo|tregua|alto\s+el\s+fuego|visita|"
          r"secuestro|evacuación|despliegue|incidente|combates|toma|caída|emboscada",
    "pt": r"guerra|levante|revolução|revolta|repressão|massacres?|ataques?|atentados?|ofensiva|"
          r"eleições|golpe|terremoto|sismo|invasão|protestos|"
          r"referendo|campanha|cerco|conflito|crise|cúpula|conferência|batalha|operação|"
          r"intervenção|ocupação|anexação|retirada|explosão|incursão|bombardeios?|tentativa|"
          r"acordo|trégua|cessar-fogo|visita|sequestro|evacuação|incidente|combates|tomada|"
          r"queda|emboscada",
    "it": r"guerra|rivolta|rivoluzione|repressione|massacr[oi]|strage|attacch?[oi]|attentat[oi]|"
          r"offensiva|elezioni|golpe|terremoto|sisma|"
          r"invasione|proteste|referendum|campagna|assedio|conflitto|crisi|vertice|"
          r"conferenza|battaglia|operazione|intervento|occupazione|annessione|ritiro|esplosione|"
          r"raid|incursione|bombardament[oi]|tentativo|accordo|tregua|cessate\s+il\s+fuoco|"
          r"visita|rapimento|sequestro|evacuazione|incidente|combattimenti|presa|caduta|imboscata",
    "de": r"krieg\w*|aufstand\w*|aufstände|revolution|revolte|massaker|anschl[aä]g\w*|"
          r"angriff\w*|offensive|wahl\w*|putsch\w*|erdbeben\w*|invasion|protest\w*|"
          r"referendum\w*|kampagne|belagerung|konflikt\w*|krise|gipfel\w*|konferenz|schlacht|"
          r"operation|intervention|besatzung|annexion|abzug\w*|explosion|razzia|"
          r"luftangriff\w*|waffenstillstand\w*|abkommen\w*|besuch\w*|entführung|evakuierung|"
          r"kämpfe\w*|einnahme|sturz\w*|pogrom\w*|ausschreitungen|unruhen|krawall\w*|"
          r"flüchtlingskrise|bombardierung\w*|vertreibung\w*",
}
# "de"/"del" before the year in Romance languages; the event word may be followed by a few words
# ("la guerre des Six Jours de 1967").
_ROMANCE_PREP = {"fr": r"de", "es": r"de|del", "pt": r"de", "it": r"del"}
_PATTERNS: dict[str, re.Pattern] = {
    "en": re.compile(
        rf"(?<!\w)(?i:the|a|an|its|their|his|her|this|that)\s+{_YEAR}(?:['’]s)?\s+"
        rf"(?=(?:[\w-]+\s+){{0,2}}(?i:{_EVENTS['en']})\b)"
    ),
    "ru": re.compile(rf"(?<![\d.,/-]){_YEAR}\s+(?:года|г\.)(?!\w)"),
}
_PATTERNS |= {
    lang: re.compile(
        rf"(?i:\b(?:{_EVENTS[lang]}))\b[^\d,.;:()]{{0,30}}?\s(?i:{prep})\s+{_YEAR}(?!\s*%)",
    )
    for lang, prep in _ROMANCE_PREP.items()
}
# German puts the year after the event and its place, with or without "von": "die Krawalle von
# Rostock-Lichtenhagen 1992", "der Krieg von 1967", "den Aufstand 2011".
_PATTERNS["de"] = re.compile(
    rf"(?i:\b(?:{_EVENTS['de']}))\b[^\d,.;:()]{{0,40}}?\s(?:(?i:von|vom|aus\s+dem|im\s+Jahre?)\s+)?"
    rf"{_YEAR}(?!\s*%)(?!\s+(?i:Menschen|Personen|Tote|Soldaten|Kämpfer|Flüchtlinge))"
)
# Russian prepositions before "N года" are read by the general year rule ("с 2015 года").
_RUSSIAN_PREP_BEFORE = re.compile(r"(?:^|\s)(?:в|во|с|со|до|к|от|после|между|и|по)\s+\Z",
                                  re.IGNORECASE)


def find_event_years(text: str, published: date, language: str) -> list[TimeExpr]:
    """Years that name an event, as candidate expressions of a whole year, never after the news."""
    pattern = _PATTERNS.get(language)
    if pattern is None:
        return []
    out: list[TimeExpr] = []
    for m in pattern.finditer(text):
        year = int(m.group("y"))
        if year > published.year:
            continue
        if language == "ru" and _RUSSIAN_PREP_BEFORE.search(text, max(0, m.start() - 10),
                                                            m.start()):
            continue
        start = m.start("y")
        end = m.end() if language == "ru" else m.end("y")
        last = min(date(year, 12, 31), published)
        out.append(make(text, start, end, date(year, 1, 1), last, "explicit", "year", published))
    return out
