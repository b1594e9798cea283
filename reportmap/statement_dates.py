"""Dates of a statement, not of what it tells: "killed on Monday, activists said on Tuesday"."""

from __future__ import annotations

import re

# A saying verb right before the date: "said on Saturday", "ont affirmé mardi", "aseguró hoy",
# "sagte am Montag", "заявил в понедельник". Its date is when the claim was made; a date of the
# same sentence told elsewhere is the event's.
SAID_BEFORE = re.compile(
    r"\b(?:said|says|announced|stated|reported|added|claimed|confirmed|told\s+(?:\w+\s+){0,2}"
    r"|a\s+(?:affirmé|déclaré|indiqué|annoncé|précisé|rapporté|confirmé)"
    r"|ont\s+(?:affirmé|déclaré|indiqué|annoncé|précisé|rapporté|confirmé)"
    r"|aseguró|afirmó|dijo|alertó|informó|anunció|declaró|señaló|denunció|confirmó"
    r"|aseguraron|afirmaron|dijeron|informaron|anunciaron|denunciaron"
    r"|sagte|sagten|erklärte|erklärten|berichtete|berichteten|meldete|meldeten|teilte|teilten"
    r"|ha\s+(?:detto|dichiarato|affermato|annunciato|riferito)|hanno\s+(?:detto|dichiarato|"
    r"affermato|annunciato|riferito)|disse|disseram|afirmou|declarou|informou|anunciou"
    r"|заявил[аи]?|сообщил[аи]?|сказал[аи]?|объявил[аи]?)"
    r"\s+(?:on\s+|am\s+|в\s+|во\s+|le\s+|el\s+|este\s+|esta\s+|nella\s+giornata\s+di\s+)?$",
    re.IGNORECASE,
)
SAID_WINDOW = 40


def is_statement_date(body: str, lo: int, start: int) -> bool:
    """Whether the date at `start` follows a saying verb (text from `lo`, the sentence start)."""
    return bool(SAID_BEFORE.search(body, max(lo, start - SAID_WINDOW), start))
