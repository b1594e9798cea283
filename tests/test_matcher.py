"""Folding and the place-name matcher: offsets, boundaries, capitals, scripts, stop phrases."""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.fold import alias_variants, fold
from geo.gazetteer import Gazetteer
from reportmap.model import Site

ROOT = Path(__file__).resolve().parent.parent

# Odd inputs every text-handling function should survive (reused by other tests).
ZOO = [
    "",
    " ",
    "!!!…?—«»",
    "\n\n\t",
    "قالت روسيا إن قاعدة حميميم وطرطوس باقية في سوريا",
    "Т\u0306артус и Хмеймим",
    "Tar\u0323tu\u0304s and Ṭarṭūs, T\u0323art\u0323u\u0304s",
    "Hmeimim",
    "Ships left Tartus",
    "Tartus’s port and Hama's airport",
    "The Tartus-Latakia highway",
    "RUSSIA PULLS OUT OF HMEIMIM AIR BASE",
    "it remains to be seen whether hama or homs",
    "Homs and Hama",
    "T4 airbase; the t4 form",
    "Tartus naval base, Tartus",
    "Tar\u00adtus and Lat\u200bakia",
    "Tartusian Homsick xHmeimim",
    "Damascus\u00a0International\u00a0Airport",
    "emoji 🚀 Aleppo 🚀",
    "İdlib ve Şam",
]


def _ids(gaz: Gazetteer, text: str) -> list[str]:
    return [c.sites[0].site_id for c in gaz.find(text)]


# --- fold ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ZOO)
def test_fold_keeps_length(text: str) -> None:
    assert len(fold(text)) == len(text)


def test_fold_examples() -> None:
    assert fold("Ṭarṭūs") == "tartus"
    assert fold("Kobanî") == "kobani"
    assert fold("Deir ez-Zor") == "deir ez zor"
    assert fold("Ma’arrat ʿAyn ʾx `y") == "ma'arrat 'ayn 'x 'y"
    assert fold("ХМЕЙМИМ") == "хмеимим"  # Cyrillic lowercased (й folds to и on both sides)
    assert fold("حميميم") == "حميميم"
    assert fold("a,b.c;d") == "a,b.c;d"  # other punctuation unchanged
    assert fold("İdlib") == "idlib"


def test_alias_variants() -> None:
    assert {"al hasakah", "hasakah"} <= alias_variants("Al-Hasakah")
    assert {"dar'a", "dara"} <= alias_variants("Dar'a")
    assert "bab" not in alias_variants("Al Bab")  # too short to lose its article
    assert alias_variants("Deir ez-Zor") == {"deir ez zor"}
    assert alias_variants("") == set()
    # Persian spellings of Arabic names: final ة as ه, glued article, no first article
    assert {"حماه", "حماة"} <= alias_variants("حماة")
    assert "ديرالزور" in alias_variants("دير الزور")
    assert "سيده زينب" in alias_variants("السيدة زينب")


# --- matcher -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ZOO)
def test_offsets_are_exact(gaz: Gazetteer, text: str) -> None:
    previous_end = 0
    for cand in gaz.find(text):
        assert text[cand.start:cand.end] == cand.surface
        assert cand.start >= previous_end  # sorted, non-overlapping
        previous_end = cand.end
        assert cand.sites


def test_start_and_end_of_text(gaz: Gazetteer) -> None:
    assert _ids(gaz, "Hmeimim") == ["sy-hmeimim-air-base"]
    cands = gaz.find("Ships left Tartus")
    assert [(c.surface, c.end) for c in cands] == [("Tartus", 17)]


def test_possessive_and_hyphen(gaz: Gazetteer) -> None:
    assert _ids(gaz, "Tartus’s port and Hama's airport") == ["sy-tartus", "sy-hama"]
    assert _ids(gaz, "The Tartus-Latakia highway") == ["sy-tartus", "sy-latakia"]


def test_never_inside_a_word(gaz: Gazetteer) -> None:
    assert gaz.find("Tartusian Homsick xHmeimim") == []


def test_capitals(gaz: Gazetteer) -> None:
    assert gaz.find("it remains to be seen whether hama or homs") == []
    assert _ids(gaz, "RUSSIA PULLS OUT OF HMEIMIM AIR BASE")[-1] == "sy-hmeimim-air-base"
    homs, hama = gaz.find("Homs and Hama")
    assert homs.surface == "Homs" and hama.surface == "Hama"
    assert "LY" in {s.country for s in homs.sites}  # homonym kept: Al Khums, Libya
    assert homs.sites[0].country == "SY"


def test_a_name_may_open_with_a_common_noun_in_lower_case(gaz: Gazetteer) -> None:
    assert "sy-krak-des-chevaliers" in _ids(gaz, "Le krak des Chevaliers a été bombardé.")
    assert _ids(gaz, "le krak des chevaliers") == []  # its last name word still needs a capital


def test_all_caps_alias(gaz: Gazetteer) -> None:
    cands = gaz.find("T4 airbase; the t4 form")
    assert [c.surface for c in cands] == ["T4 airbase"]
    assert cands[0].sites[0].site_id == "sy-t4-air-base"


def test_longest_match_wins(gaz: Gazetteer) -> None:
    cands = gaz.find("Tartus naval base, Tartus")
    assert [(c.surface, c.sites[0].site_id) for c in cands] == [
        ("Tartus naval base", "sy-tartus-naval-base"), ("Tartus", "sy-tartus")]
    assert _ids(gaz, "the naval base at Tartus") == ["sy-tartus-naval-base"]
    assert _ids(gaz, "coastal Latakia province") == ["sy-gov-latakia"]


def test_diacritics_and_invisible_characters(gaz: Gazetteer) -> None:
    text = "T\u0323art\u0323u\u0304s and Tar\u00adtus"
    cands = gaz.find(text)
    assert [c.sites[0].site_id for c in cands] == ["sy-tartus", "sy-tartus"]
    assert cands[0].surface == "T\u0323art\u0323u\u0304s"
    assert _ids(gaz, "Damascus\u00a0International\u00a0Airport") == ["sy-damascus-airport"]


def test_arabic_with_proclitics(gaz: Gazetteer) -> None:
    text = "قالت روسيا إن قاعدة حميميم وطرطوس باقية في سوريا"
    cands = gaz.find(text)
    ids = [c.sites[0].site_id for c in cands]
    assert ids == ["ru-russia", "sy-hmeimim-air-base", "sy-tartus", "sy-syria"]
    assert cands[2].surface == "طرطوس"  # the proclitic و is not part of the name


def test_persian_spellings(gaz: Gazetteer) -> None:
    text = "حمله موشکی به منطقه سیده زینب در جنوب دمشق و فرودگاه دیرالزور"
    ids = [c.sites[0].site_id for c in gaz.find(text)]
    assert ids[:2] == ["sy-sayyida-zeinab", "sy-damascus"]
    assert "مدينة" not in {c.surface for c in gaz.find("في مدينة حلب")}  # not Medina
    # Persian drops the article of a one-word Arabic name, unless the rest is a word
    found = {c.surface: c.sites[0].site_id for c in gaz.find("از فراز جولان اشغالی و در بوکمال")}
    assert found == {"جولان": "sy-golan-heights", "بوکمال": "sy-abu-kamal"}
    assert gaz.find("رجل قصير") == []  # "short", not al-Qusayr


def test_russian_case_endings(gaz: Gazetteer) -> None:
    text = "Военные покидают авиабазу Хмеймим и базу в Тартусе, сообщают из Москвы и Сирии."
    ids = _ids(gaz, text)
    assert ids == ["sy-hmeimim-air-base", "sy-tartus-naval-base", "ru-moscow", "sy-syria"]
    assert gaz.find("Тартусский") == []  # not a case ending
    # the instrumental after a replaced last vowel: folding reads "ей", "ой" as "еи", "ои"
    assert _ids(gaz, "граничит с Латакией и Москвой") == ["sy-latakia", "ru-moscow"]
    # a name ending in a consonant has no singular case in "-и": "Багдади" is a surname
    assert _ids(gaz, "Лидер ИГ аль-Багдади бежал из Ракки") == ["sy-raqqa"]


@pytest.mark.parametrize("text, expected", [
    ("Les navires ont quitté la base navale de Tartous, près de Lattaquié.",
     ["sy-tartus-naval-base", "sy-latakia"]),
    ("Russland zieht Truppen vom Luftwaffenstützpunkt Hmeimim ab", ["ru-russia",
                                                                     "sy-hmeimim-air-base"]),
    ("Rusya, Hmeymim Hava Üssü'nden çekiliyor; Şam ve Lazkiye",
     ["ru-russia", "sy-hmeimim-air-base", "sy-damascus", "sy-latakia"]),
    ("Rusia retira tropas de la base aérea de Hmeimim y de Alepo",
     ["ru-russia", "sy-hmeimim-air-base", "sy-aleppo"]),
])
def test_other_languages(gaz: Gazetteer, text: str, expected: list[str]) -> None:
    assert _ids(gaz, text) == expected


def test_stop_phrases_hide_places(gaz: Gazetteer) -> None:
    assert _ids(gaz, "according to the Washington Post") == []
    assert _ids(gaz, "Hayat Tahrir al-Sham took Damascus") == ["sy-damascus"]
    assert _ids(gaz, "said Dara Massicot") == []
    assert _ids(gaz, "Sam said") == []
    assert _ids(gaz, "The Duma voted") == []
    assert _ids(gaz, "aprobado por la Duma rusa") == []  # the parliament ...
    assert _ids(gaz, "procedían de la vecina Duma") == ["sy-douma"]  # ... and the town


def test_small_gazetteer_and_lookup() -> None:
    site = Site("xx-a", "Alpha Town", "town", 1.0, 2.0, "XX", "test:1", ("Alfa",))
    gaz = Gazetteer({"xx-a": site})
    assert [c.sites for c in gaz.find("From Alfa to Alpha Town.")] == [(site,), (site,)]
    assert gaz.lookup("alpha town") == (site,)
    assert gaz.lookup("nowhere") == ()
    assert Gazetteer({}).find("Alpha") == []


SAMPLE_DIRS = [ROOT / "reportmap" / "sample", ROOT.parent / "shared" / "corpus"]


def _sample(name: str) -> str:
    for folder in SAMPLE_DIRS:
        path = folder / name
        if path.exists():
            return path.read_text(encoding="utf-8").split("---", 2)[2]
    pytest.skip(f"sample report {name} not found")


@pytest.mark.parametrize("name, expected", [
    ("000_43404a03d09cc50b.md", {"sy-hmeimim-air-base", "sy-tartus-naval-base", "sy-latakia",
                                 "sy-damascus", "sy-manbij", "sy-kobane",
                                 "sea-eastern-mediterranean", "ru-moscow"}),
    ("001_ba4b12fb54ecd706.md", {"sy-hmeimim-air-base", "sy-tartus-naval-base", "sy-tartus"}),
    ("004_4781dff7e92f0a0a.md", {"sy-hmeimim-air-base", "sy-tartus-naval-base", "sy-tartus",
                                 "sy-latakia", "sy-gov-latakia", "dz-algeria"}),
])
def test_sample_reports(gaz: Gazetteer, name: str, expected: set[str]) -> None:
    body = _sample(name)
    cands = gaz.find(body)
    found = {c.sites[0].site_id for c in cands}
    assert expected <= found
    assert all(body[c.start:c.end] == c.surface for c in cands)
    # Outlets named after places are not places.
    assert not any(c.surface in {"Washington", "Jerusalem", "Kyiv"} for c in cands)
