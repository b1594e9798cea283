"""The antecedent of a reference: the compatible places named in the sentences before it ("the
town", "la province", "المدينة"), and the province behind a town."""

from __future__ import annotations

from collections import Counter

from reportmap.kinds import ADMIN, POPULATED, PROVINCE
from reportmap.model import Site
from reportmap.provinces import province_holding, province_named_after, seat_named_in
from reportmap.reference_words import CAPITAL
from reportmap.resolve import Resolved

SENTENCE_WINDOW = 5


def province_of_latest_town(previous, here: int, sentence_of, gazetteer) -> Site | None:
    """"Daraa province … In Sweida city, … left the province": a town of another province named
    earlier in the sentence, after the last province named, puts the reference in its own."""
    towns = window(previous, here, POPULATED, sentence_of, width=0)  # in the same sentence
    provinces = window(previous, here, PROVINCE, sentence_of)
    if not towns or not provinces or provinces[0].start > towns[0].start:
        return None
    town = towns[0].site
    if not town.admin1 or provinces[0].site.admin1 == town.admin1:
        return None
    if any(t.site.admin1 != town.admin1 for t in towns):
        return None  # "links Latakia to Aleppo through the south of the province": no one town
    return province_holding(gazetteer, town)


def province_beside_a_list(previous, here: int, sentence_of, gazetteer) -> Site | None:
    """"Зона деэскалации в Идлибе, охватывающая также часть провинций Хама, Латакия и Алеппо …
    в провинцию": when the last provinces named come as a list, the province is that of the one
    town named before the list in its sentence, not one of the list."""
    provinces = window(previous, here, PROVINCE, sentence_of, width=1)
    if not provinces:
        return None
    sentence = sentence_of.at(provinces[0].start).index
    listed = {m.site.site_id for m in provinces if sentence_of.at(m.start).index == sentence}
    if len(listed) < 2:
        return None
    first = min(m.start for m in provinces if sentence_of.at(m.start).index == sentence)
    towns = {m.site.site_id: m.site for m, _ in previous
             if m.site.kind in POPULATED and m.start < first
             and sentence_of.at(m.start).index == sentence}
    if len(towns) != 1:
        return None
    province = province_named_after(gazetteer, next(iter(towns.values())))
    return province if province is not None and province.site_id not in listed else None


def seat_of_province_named(previous, here: int, sentence_of, gazetteer) -> Site | None:
    """"Rural Idlib is held by rebels, the army holds the provincial capital": the city that
    names the province named in this sentence or the one before."""
    provinces = window(previous, here, PROVINCE, sentence_of, width=1, locators=True)
    return seat_named_in(gazetteer, provinces[0].site) if provinces else None


def _admin_by_first_words(gazetteer) -> dict[tuple[str, str], Site]:
    """(country, the lower-case words a division's name starts with) -> the first division so
    named: "idlib" -> the Idlib Governorate."""
    found: dict[tuple[str, str], Site] = {}
    for site in gazetteer.sites.values():
        if site.kind in ADMIN:
            name = site.name.lower()
            for i, char in enumerate(name):
                if char == " ":
                    found.setdefault((site.country, name[:i]), site)
    return found


def province_of(gazetteer, town: Site) -> Site | None:
    """'Idlib' then 'the province': the governorate named after the town."""
    return gazetteer.derived(_admin_by_first_words).get((town.country, town.name.lower()))


def window(previous: list[tuple[Resolved, bool]], sentence: int, kinds, sentence_of,
           width: int = SENTENCE_WINDOW, locators: bool = False) -> list[Resolved]:
    """Compatible mentions (not locators, unless asked) of the last few sentences, the most
    recent first."""
    found = []
    for m, _ in reversed(previous):
        if sentence - sentence_of.at(m.start).index > width:
            break
        if m.site.kind in kinds and (locators or m.role != "locator"):
            found.append(m)
    return found


def topic(previous: list[tuple[Resolved, bool]], found: list[Resolved], sentence: int,
          sentence_of, locating: bool, country: str | None = None) -> Site | None:
    """Of the sites in the window, the one the report has named most (on a tie, one in the
    report's own country, then the first), unless the reference comes right after another
    site in its own sentence: "la ciudad" after a place named in passing is the story's own
    city; "المدينة" after Paris and Hasakah, named once each in a Syrian story, is Hasakah."""
    if not found or (not locating and sentence_of.at(found[0].start).index == sentence):
        return None
    in_window = {m.site.site_id for m in found}
    counts: Counter = Counter()
    first: dict[str, int] = {}
    for m, is_ref in previous:
        if m.site.site_id in in_window and not is_ref:
            counts[m.site.site_id] += 1
            first.setdefault(m.site.site_id, m.start)
    if not counts:
        return None
    abroad = {m.site.site_id: m.site.country != country for m in found} if country else {}
    best = min(counts, key=lambda site_id: (-counts[site_id], abroad.get(site_id, False),
                                            first[site_id]))
    return next(m.site for m in found if m.site.site_id == best)


def antecedent(previous: list[tuple[Resolved, bool]], sentence: int, kinds, sentence_of):
    """The one compatible site named most recently within a few sentences, else None."""
    if kinds is None:  # "Nearby": the single site of the previous sentence (or this one)
        for target in (sentence, sentence - 1):
            sites = {
                m.site.site_id: m.site
                for m, _ in previous
                if sentence_of.at(m.start).index == target and m.role != "locator"
            }
            if len(sites) == 1:
                return next(iter(sites.values()))
            if sites:
                return None
        return None
    found = window(previous, sentence, kinds, sentence_of)
    if not found:
        return None
    recent = found[0]
    same_sentence = {
        o.site.site_id
        for o, _ in previous
        if sentence_of.at(o.start).index == sentence_of.at(recent.start).index
        and o.site.kind in kinds
        # a capital that locates counts too: "no centro de Damasco … Moscovo" are two
        and (o.role != "locator" or kinds == CAPITAL)
    }
    return recent.site if len(same_sentence) == 1 else None
