"""Where a person was born or comes from is background without a date."""

from __future__ import annotations

from datetime import date

import pytest

from reportmap.extract import extract_mentions
from reportmap.model import Report
from reportmap.origins import is_origin


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The cleric, who was born in Aleppo, was killed on Thursday.", "Aleppo"),
        ("He hails from the town of Rastan.", "Rastan"),
        ("Al-Bouti came to Damascus as a child.", "Damascus"),
        ("Le ministre, originaire de Homs, a démissionné.", "Homs"),
        ("Der Kommandeur stammt aus Manbidsch.", "Manbidsch"),
        ("El jefe rebelde, nacido en Idlib, murió ayer.", "Idlib"),
        ("Командир родом из Хомса.", "Хомса"),
        ("وهو يتحدر من محافظة دير الزور في شرق البلاد.", "محافظة دير الزور"),
    ],
)
def test_origin_phrases(text: str, place: str) -> None:
    start = text.index(place)
    assert is_origin(text, start, start + len(place))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rebels came from Idlib on Friday and took Saraqeb.", "Idlib"),
        ("Fighting broke out in Aleppo on Thursday.", "Aleppo"),
    ],
)
def test_not_origin(text: str, place: str) -> None:
    start = text.index(place)
    assert not is_origin(text, start, start + len(place))


def test_a_birthplace_is_background_and_undated(gaz) -> None:
    body = "A bomb killed the preacher in Damascus on Thursday. He was born in Aleppo in 1929."
    report = Report("o" * 16, "o.md", "t", date(2013, 3, 22), body, language="en")
    found = {m.text: m for m in extract_mentions(report, gaz)}
    assert found["Damascus"].role == "event"
    assert found["Aleppo"].role == "background" and found["Aleppo"].date_start is None
