"""Roads named by their ends are about the road, not an event at either town (bench/README.md
conventions): "the highway between Hama and Aleppo", "l'autoroute Damas-Alep", and what runs
along a road or a line ("traffic between Kobani and Qamishli", "Nachschub zwischen Rakka und
Mossul")."""

from __future__ import annotations

import pytest

from tests.extracting import site_ids


@pytest.mark.parametrize(
    ("body", "language", "gone"),
    [
        # a road or a pipeline named after its ends
        ("Коридор пройдёт вдоль трассы М4, соединяющей Алеппо и Латакию.", "ru", "sy-latakia"),
        ("The gains close the routes between rebel-held parts of Homs province and Lebanon.",
         "en", "sy-gov-homs"),
        ("Le trafic a repris sur l'autoroute Damas-Alep près de Rastan.", "fr", "sy-aleppo"),
        ("Движение по трассе Дамаск — Алеппо возобновилось у Растана.", "ru", "sy-damascus"),
        ("Kilis-Halep boru hattında akış bugün başladı.", "tr", "sy-aleppo"),
        ("Kilis-Halep boru hattında akış bugün başladı.", "tr", "tr-kilis"),
        # the ends of a road: the road, not the towns
        ("Government forces reopened the road linking Aleppo to Hama on Monday.", "en",
         "sy-hama"),
        ("Les rebelles utilisent la route reliant Azaz à Alep pour acheminer des renforts.", "fr",
         "sy-azaz"),
        ("Los choques estallaron en la carretera entre Damasco y Sueida.", "es", "sy-suwayda"),
        ("Sie schnitten die Schnellstraße M5 zwischen Aleppo und Damaskus ab.", "de",
         "sy-aleppo"),
        ("Konvoy, Halep'i Şam'a bağlayan M5 kara yolu üzerinde vuruldu.", "tr", "sy-damascus"),
        # a road that links (verb), the M highways, "con", the glued Arabic "ب", Turkish "ile"
        ("The M4 links Aleppo to the Iraqi border.", "en", "sy-aleppo"),
        ("La autopista que une Beirut con el sur del país estuvo cortada.", "es", "lb-beirut"),
        ("وتقع حمص على الطريق الذي يربط دمشق بالساحل.", "ar", "sy-damascus"),
        ("Muhalifler, Azez ile Halep kırsalı arasındaki yolların kesildiğini söyledi.", "tr",
         "sy-azaz"),
        # what runs along a road or a line, and words between the link and an end
        ("The M4 carries most of the SDF's traffic between Kobani and Qamishli.", "en",
         "sy-kobane"),
        ("The M4 carries most of the SDF's traffic between Kobani and Qamishli.", "en",
         "sy-qamishli"),
        ("IS would hold a long stretch of the border between Jarablus and Tal Abyad.", "en",
         "sy-jarabulus"),
        ("The capture cuts one of the last routes IS used between its stronghold of Raqqa and "
         "the countryside around Aleppo.", "en", "sy-aleppo"),
        ("The gains give IS a stretch of desert from Anbar province to the eastern approaches "
         "of Homs.", "en", "sy-homs"),
        ("Über die Straße lief ein Teil des Nachschubs des IS zwischen Rakka und der irakischen "
         "Stadt Mossul.", "de", "iq-mosul"),
        ("Военные усилили охрану колонн на участке между Арихой и Джиср-эш-Шугуром.", "ru",
         "sy-jisr-al-shughur"),
        ("وتسعى المعركة إلى قطع خطوط الإمداد بين ريف درعا وريف القنيطرة.", "ar", "sy-gov-daraa"),
        ("وتعدّ المدينة حلقة وصل أساسية بين العاصمة ومحافظتي اللاذقية وطرطوس.", "ar",
         "sy-gov-latakia"),
        # a road's name: its ends joined by a spaced dash, the Arabic "international road"
        ("Стороны восстановят сообщение по трассам Алеппо – Латакия.", "ru", "sy-latakia"),
        ("ولا تزال القوات تحتفظ بالطريق الدولي دمشق - درعا الذي يمر بالصنمين.", "ar",
         "sy-daraa"),
        # Turkish: the district word before "ile", a border line between two towns
        ("Yıldırım, Azez ilçesi ile Cerablus arasındaki 91 kilometrelik sınır hattının "
         "temizlendiğini açıkladı.", "tr", "sy-azaz"),
        ("Yıldırım, Azez ilçesi ile Cerablus arasındaki 91 kilometrelik sınır hattının "
         "temizlendiğini açıkladı.", "tr", "sy-jarabulus"),
    ],
)
def test_ends_of_a_road_are_not_sites(gaz, body, language, gone) -> None:
    assert gone not in site_ids(gaz, body, language)


@pytest.mark.parametrize(
    ("body", "language", "kept"),
    [
        ("Clashes erupted between the army and rebels in Homs and Hama.", "en", "sy-homs"),
        ("Protests spread from Daraa to Homs within weeks.", "en", "sy-daraa"),
        ("Ships en route to Tartus were seen off Cyprus.", "en", "sy-tartus"),
        # one end is no road's name: "on the road to X" stays a place (labels disagree on it)
        ("The convoy left Damascus on the road to Homs.", "en", "sy-homs"),
        ("Rebels shelled Aleppo and Homs on Monday; the road was cut.", "en", "sy-aleppo"),
    ],
)
def test_places_beside_roads_stay(gaz, body, language, kept) -> None:
    assert kept in site_ids(gaz, body, language)
