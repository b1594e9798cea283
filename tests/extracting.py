"""Extraction of a made-up report body, shared by the rule tests."""

from __future__ import annotations

from datetime import date

from geo.gazetteer import Gazetteer
from reportmap.extract import extract_mentions
from reportmap.model import Mention, Report

PUBLISHED = date(2024, 3, 15)  # a Friday


def extract(gaz: Gazetteer, body: str, language: str = "en",
            published: date = PUBLISHED) -> list[Mention]:
    """The mentions extracted from `body`, as a report of `language` out on `published`."""
    return extract_mentions(Report("t" * 16, "t.md", "test", published, body, language=language),
                            gaz)


def site_ids(gaz: Gazetteer, body: str, language: str = "en",
             published: date = PUBLISHED) -> list[str]:
    """The site id of each mention extracted from `body`, in order."""
    return [m.site_id for m in extract(gaz, body, language, published)]
