"""Stored generated spellings (geo/spellings.py): up to date, and never trusted when stale."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from geo.gazetteer import DEFAULT_PATH, load_gazetteer, read_sites
from geo.spellings import (
    SPELLINGS_PATH,
    generated_spellings,
    read_stored,
    site_key,
    write_stored,
)
from geo.templates import arabic_countryside, expand, expand_in, persian_forms, template_bases
from geo.translit import persian_spellings, ru_case_forms, site_spellings, spellings
from reportmap.model import Site


def _site(site_id: str, name: str) -> Site:
    return Site(site_id, name, "town", 36.0, 37.0, "SY", "test", aliases=(name,))


def test_stored_spellings_are_what_the_rules_make_now() -> None:
    """`python -m geo.build_gazetteer` was run after the last change to the rules or the data."""
    stored = read_stored()
    sites = read_sites(DEFAULT_PATH)
    assert set(stored) == set(sites)
    stale = [s.site_id for s in sites.values()
             if stored[s.site_id] != (site_key(s), site_spellings(s))]
    assert not stale, f"rebuild {SPELLINGS_PATH.name}: {stale[:5]}"


def test_a_stale_or_missing_entry_is_derived_afresh(tmp_path: Path) -> None:
    jarabulus = _site("sy-j", "Jarabulus")
    path = tmp_path / "spellings.csv"
    write_stored([jarabulus], path)
    fresh = list(generated_spellings([jarabulus], path))
    assert ("sy-j", "Dscharabulus") in fresh
    renamed = replace(jarabulus, name="Qusayr", aliases=("Qusayr",))
    assert site_key(renamed) != site_key(jarabulus)
    again = [s for _, s in generated_spellings([renamed], path)]
    assert again == site_spellings(renamed) and "Dscharabulus" not in again
    assert list(generated_spellings([jarabulus], tmp_path / "none.csv")) == fresh


def test_a_late_classical_alias_is_spelt_in_german_too() -> None:
    """Past the first aliases only Russian is spelt, except German from a scholarly alias that
    keeps the diphthongs ("Dayr az-Zawr" -> "Deir as-Saur")."""
    first = ("Deir ez-Zor", "Deir al-Zour", "Deir el-Zor", "Deir Ezzor")
    site = Site("sy-d", "Deir ez-Zor", "city", 35.3, 40.1, "SY", "test",
                aliases=(*first, "Dayr az-Zawr", "Dair Zaur"))
    spelt = site_spellings(site)
    assert "Deir as-Saur" in spelt
    assert "Deir Saur" not in spelt  # "Dair Zaur" is neither early nor scholarly
    assert "Дейр эз-Заур" in spelt


def test_spanish_keeps_and_drops_the_final_h() -> None:
    """Spanish papers write "Ain al Fiyeh" as well as "Yable": both are made."""
    assert spellings("Ain al-Fijeh", "es") == ["Ain al Fiyeh", "Ain al Fiye"]
    assert "Yableh" in spellings("Jableh", "es")
    assert spellings("Ain al-Fijah", "es") == ["Ain al Fiya"]  # "-ah" stays "-a"


def test_short_russian_names_get_their_case_forms() -> None:
    """A four-letter name keeps its vowel in the matcher: its case forms are spelt out, common
    words left out ("Дары", gifts)."""
    assert ru_case_forms("Хама") == ["Хамы", "Хаме", "Хаму", "Хамой"]
    assert ru_case_forms("провинции Хама")[0] == "провинции Хамы"
    assert ru_case_forms("Айн-Исса")[0] == "Айн-Иссы"
    assert "Дары" not in ru_case_forms("Дара")
    assert ru_case_forms("Ракка") == []  # five letters: the matcher's stem does it
    assert ru_case_forms("Туркменская гора") == []  # not a name
    hama = Site("sy-h", "Hama", "city", 35.1, 36.8, "SY", "test", aliases=("Хама", "Хаме"))
    spelt = site_spellings(hama)
    assert "Хамы" in spelt and "Хамой" in spelt and "Хаме" not in spelt


def test_persian_head_nouns_of_facility_names() -> None:
    assert persian_forms("مشفى المجتهد") == ["بیمارستان المجتهد"]
    assert persian_forms("سجن صيدنايا") == ["زندان صيدنايا"]
    assert persian_forms("منطقة السيدة زينب") == []  # "area of" is no name's head
    assert persian_forms("Hmeimim") == []


def test_german_keeps_or_turns_the_diphthong_ai() -> None:
    assert spellings("Bani Zaid", "de") == ["Bani Seid", "Bani Said"]
    assert "Saidnaja" in spellings("Saidnaya", "de")
    assert not any("Ein" in s for s in spellings("Ain Issa", "de"))  # an initial "Ai" stays


def test_generated_spellings_take_their_languages_templates() -> None:
    assert expand_in("air_base", "Menağ", "tr")[-2:] == ["Menağ Havaalanı", "Menağ havaalanı"]
    german = expand_in("air_base", "Menağ", "de")
    assert german and all("Üssü" not in a and "havaalan" not in a.lower() for a in german)
    assert expand_in("air_base", "Менаг", "ru")[0] == "авиабаза Менаг"
    assert expand_in("village", "Menağ", "tr") == []
    gaz = load_gazetteer(DEFAULT_PATH)
    assert [s.site_id for s in gaz.lookup("Menağ Askeri Havaalanı")] == ["sy-menagh-air-base"]


def test_persian_spellings_of_the_feminine_ending() -> None:
    assert persian_spellings("النبطية") == ["النبطيه", "نبطيه"]
    assert persian_spellings("تل رفعت") == []
    assert persian_spellings("الرقة") == ["الرقه"]  # "رقه" is too short to stand alone
    gaz = load_gazetteer(DEFAULT_PATH)
    assert [c.sites[0].site_id for c in gaz.find("بیمارستان‌های صور و نبطیه")][-1] == (
        "lb-nabatiye-et-tahta")


def test_countryside_of_governorates_and_towns() -> None:
    forms = arabic_countryside("اللاذقية")
    assert forms[0] == "ريف اللاذقية" and "الريف الشمالي للاذقية" in forms
    assert "الريف الجنوبي لإدلب" in arabic_countryside("إدلب")
    gaz = load_gazetteer(DEFAULT_PATH)
    for text, site_id in (("الريف الشمالي الشرقي لحلب", "sy-gov-aleppo"),
                          ("في الريف الجنوبي لإدلب", "sy-gov-idlib"),
                          ("ريف جبلة", "sy-jableh"),  # a town's countryside is the town
                          ("ريف حلب", "sy-gov-aleppo")):  # the governorate wins over its seat
        found = gaz.find(text)
        assert len(found) == 1 and found[0].sites[0].site_id == site_id, (text, found)


def test_facilities_are_spelt_from_the_bases_of_their_names() -> None:
    """An air base, camp or prison written out in full ("Ain Issa camp") is spelt in every
    language from the name inside it; the most specific template gives that name."""
    assert template_bases("air_base", "Abu Duhur Air Force Base")[0] == "Abu Duhur"
    assert template_bases("governorate", "gouvernorat de Damas") == []
    assert template_bases("camp", "Roj camp") == ["Roj"]
    gaz = load_gazetteer(DEFAULT_PATH)
    for text, site_id in (("aéroport militaire d'Abou Douhour", "sy-abu-al-duhur-air-base"),
                          ("campo profughi di Ain Issa", "sy-ain-issa-camp"),
                          ("Gefängnis von Saidnaja", "sy-sednaya-prison"),
                          ("Tabka Barajı", "sy-tabqa-dam")):
        assert [s.site_id for s in gaz.lookup(text)] == [site_id], text
    assert not any("askeri" in s for s in site_spellings(gaz.get("sy-abu-al-duhur-air-base"))
                   if "Luftwaffen" in s)


def test_spanish_writes_a_w_after_a_vowel_as_u() -> None:
    assert "Jabal al-Zauiya" in spellings("Jabal al-Zawiya", "es")
    assert "Suwaida" in spellings("Suwayda", "es")  # "uw" keeps its w-less spelling
    assert not any("Suuai" in s for s in spellings("Suwayda", "es"))


def test_helicopter_bases_and_border_posts_are_templates() -> None:
    """"the X helicopter base" names the air base, "the X border post" the crossing."""
    from geo.templates import expand
    assert "Marj al-Sultan helicopter base" in expand("air_base", "Marj al-Sultan")
    assert "вертолётная база Марж" in expand("air_base", "Марж")
    assert "Rabia border post" in expand("border_crossing", "Rabia")


def test_russian_ain_and_aw_before_a_consonant() -> None:
    # "Ain" opening a name is written "Айн" and "Эйн"; "aw" before a consonant "ау" and "ав"
    russian = spellings("Ain al-Hawr", "ru")
    assert "Айн эль-Хаур" in russian and "Эйн эль-Хавр" in russian
    assert "Эйн Исса" in spellings("Ain Issa", "ru")
    assert not any(s.startswith("Эйн") for s in spellings("Ras al-Ain", "ru"))
    assert spellings("Dawwar", "ru") == ["Даувар"]  # "ав" only before a consonant other than в


def test_zero_width_non_joiner_in_persian_names() -> None:
    from geo.fold import alias_variants

    # the matcher skips the ZWNJ of "نجف‌آباد": an alias written with a space or with the mark
    # gets the glued key; an alias never keeps the mark
    assert "نجفاباد" in alias_variants("نجف آباد")
    assert alias_variants("نجف\u200cآباد") == alias_variants("نجف آباد")
    assert not any("\u200c" in v for v in alias_variants("فرودگاه بین\u200cالمللی دمشق"))
    gazetteer = load_gazetteer(DEFAULT_PATH)
    for text in ("نجف‌آباد", "نجف آباد", "نجفآباد"):
        found = gazetteer.find(f"در {text} دفن شد")
        assert [c.surface for c in found] == [text], text
        assert found[0].sites[0].site_id == "ir-najafabad"


def test_russian_th_is_also_t() -> None:
    """Russian papers write the "th" of English copy as "т" as well as "с": Athriya."""
    assert {"Асрия", "Атрия"} <= set(spellings("Athriya", "ru"))
    assert "эт-Таура" in spellings("ath-Thawra", "ru")
    assert not any("т" in s.lower() for s in spellings("Salma", "ru"))


def test_checkpoint_templates_of_crossings() -> None:
    """Crossings take the checkpoint phrasings, each language its own: "Kontrollpunkt Kalandia",
    "cruce de Rafah"; the Arabic "حاجز" is left to the rows (Syria's army checkpoints)."""
    assert "Kontrollpunkt Kalandia" in expand_in("border_crossing", "Kalandia", "de")
    assert "cruce de Rafah" in expand_in("border_crossing", "Rafah", "es")
    assert "Qalandia checkpoint" in expand("border_crossing", "Qalandia")
    assert "Erez kontrol noktası" in expand_in("border_crossing", "Erez", "tr")
    assert not any(a.startswith("حاجز") for a in expand("border_crossing", "نصيب"))
    assert template_bases("border_crossing", "Qalandia checkpoint") == ["Qalandia"]


def test_russian_y_after_a_consonant_is_also_soft_sign_or_i() -> None:
    """"Masyaf" is "Масяф", "Масьяф" and "Масиаф" in Russian papers; "Ayyash" keeps its "й"."""
    assert spellings("Masyaf", "ru") == ["Масяф", "Масьяф", "Масиаф"]
    assert "Карьятейн" in spellings("Qaryatayn", "ru")
    assert not any("ья" in s or "иа" in s for s in spellings("Ayyash", "ru"))


def test_geonames_scholarly_names_are_spelt_from_their_plain_form() -> None:
    """A GeoNames name in scholarly letters ("Maşyāf") is a source once plain: the gazetteer
    keeps no "Masyaf" beside it, as both fold to one key."""
    site = Site("sy-m", "Maşyāf", "town", 35.07, 36.34, "SY", "Hama", aliases=("Maşyāf",))
    found = site_spellings(site)
    assert "Масиаф" in found and "Masiaf" not in found  # Latin forms are other languages'
    assert "Masjaf" in found  # German


def test_crossing_templates_of_customs_gates_and_iraqi_ports_of_entry() -> None:
    forms = expand("border_crossing", "Pazarkule")
    assert {"Pazarkule Gümrük Kapısı", "Pazarkule Border Gate", "cruce fronterizo de Pazarkule",
            "passage frontalier de Pazarkule"} <= set(forms)
    assert "منفذ ربيعة" in expand("border_crossing", "ربيعة")
    assert "пограничного перехода Пазаркуле" in expand("border_crossing", "Пазаркуле")
    turkish = expand_in("border_crossing", "Pazarkule", "tr")
    assert "Pazarkule Gümrük Kapısı" in turkish and "cruce fronterizo de Pazarkule" not in turkish
    assert "cruce fronterizo de Pazarkule" in expand_in("border_crossing", "Pazarkule", "es")


def test_short_russian_names_abroad_get_their_case_forms() -> None:
    """"в Вене", "в Дохе": a place abroad gets the case forms of its short Russian names, spelt
    as Russian does after a velar or hushing consonant ("Риги", "Ницей")."""
    from geo.translit import foreign_case_forms

    vienna = Site("at-v", "Vienna", "capital", 48.2, 16.4, "AT", "test", aliases=("Вена", "Wien"))
    assert foreign_case_forms(vienna) == ["Вены", "Вене", "Вену", "Веной"]
    assert site_spellings(vienna) == foreign_case_forms(vienna)
    rare = lambda word: False  # noqa: E731 - no word is common here
    assert ru_case_forms("Рига", rare)[0] == "Риги" and ru_case_forms("Ница", rare)[-1] == "Ницей"
    sea = Site("sea-x", "Sea", "sea_area", 35.0, 20.0, "", "", aliases=("Мора",))
    assert foreign_case_forms(sea) == []


def test_persian_head_nouns_of_quarters_and_shrines() -> None:
    assert persian_forms("حي صلاح الدين") == ["محله صلاح الدين"]
    assert persian_forms("مقام النبي شعيب") == ["زیارتگاه النبي شعيب"]


def test_persian_head_noun_of_refineries() -> None:
    assert persian_forms("مصفاة بانياس") == ["پالایشگاه بانياس"]
    gaz = load_gazetteer()
    assert [s.site_id for s in gaz.lookup("پالایشگاه بانیاس")] == ["sy-baniyas-refinery"]


def test_russian_instrumental_of_divisions() -> None:
    """"граничит с провинцией Идлиб": the instrumental of the division's head noun, from the
    governorate templates and for the rows that write their phrasings out."""
    from geo.templates import expand, russian_instrumental

    assert "провинцией Идлиб" in expand("governorate", "Идлиб")
    assert "мухафазой Идлиб" in expand("governorate", "Идлиб")
    assert russian_instrumental("провинции Анбар") == "провинцией Анбар"
    assert russian_instrumental("мухафаза Эль-Анбар") == "мухафазой Эль-Анбар"
    assert russian_instrumental("провинция") is None
    assert russian_instrumental("Анбар") is None


def test_russian_adjective_noun_names_decline() -> None:
    """Both words of a Russian region's name take the case: "в Оренбургской области", "на
    Синайском полуострове"; a foreign noun in two vowels keeps its form ("Западной Бекаа")."""
    from geo.templates import russian_phrase_cases

    assert russian_phrase_cases("Оренбургская область") == [
        "Оренбургской области", "Оренбургскую область", "Оренбургской областью"]
    assert "Краснодарском крае" in russian_phrase_cases("Краснодарский край")
    assert "Краснодарским краем" in russian_phrase_cases("Краснодарский край")
    assert "Северной Осетии" in russian_phrase_cases("Северная Осетия")
    assert "Синайском полуострове" in russian_phrase_cases("Синайский полуостров")
    assert russian_phrase_cases("Западная Бекаа") == ["Западной Бекаа", "Западную Бекаа"]
    assert russian_phrase_cases("Голанские высоты") == []  # plural: written out by hand
    assert russian_phrase_cases("Тель-Авив") == []
    assert russian_phrase_cases("провинция Идлиб") == []
