"""Fixtures shared by the test files."""

from __future__ import annotations

import pytest

from geo.gazetteer import Gazetteer, load_gazetteer


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    """The bundled gazetteer, loaded once for the whole run (tests only read it)."""
    return load_gazetteer()
