"""Groups of gazetteer kinds, and the cue words that point to them."""

from __future__ import annotations

import re

AIR = frozenset({"air_base", "airport"})
NAVAL = frozenset({"naval_base", "port"})
FACILITY = frozenset(
    {
        "air_base",
        "naval_base",
        "military_base",
        "airport",
        "port",
        "dam",
        "border_crossing",
        "landmark",
        "oil_field",
        "prison",
    }
)
ADMIN = frozenset({"governorate", "region", "province", "district"})
POPULATED = frozenset({"city", "town", "village", "capital"})
NOT_ON_MAP = frozenset({"country", "continent"})  # recognised, used as context, never a feature
COASTAL_CANDIDATES = POPULATED | NAVAL | AIR | FACILITY

# Cue phrase (folded, lowercase) -> the kinds it selects.
CUES: dict[str, frozenset[str]] = {
    "air base": AIR,
    "airbase": AIR,
    "air field": AIR,
    "airfield": AIR,
    "airport": AIR,
    "air force base": AIR,
    "military airport": AIR,
    "military airbase": AIR,
    "airstrip": AIR,
    "naval base": NAVAL,
    "naval facility": NAVAL,
    "naval facilities": NAVAL,
    "navy base": NAVAL,
    "naval station": NAVAL,
    "naval port": NAVAL,
    "port": NAVAL,
    "harbour": NAVAL,
    "harbor": NAVAL,
    "seaport": NAVAL,
    "base": FACILITY - {"dam", "border_crossing", "landmark", "oil_field", "prison"},
    "military base": FACILITY - {"dam", "border_crossing", "landmark", "oil_field", "prison"},
    "garrison": FACILITY - {"dam", "border_crossing", "landmark", "oil_field", "prison"},
    "province": ADMIN,
    "governorate": ADMIN,
    "countryside": ADMIN,
    "region": ADMIN,
    "city": POPULATED,
    "town": POPULATED,
    "village": POPULATED,
}
_CUE_WORDS = sorted(CUES, key=len, reverse=True)
CUE_AFTER = re.compile(
    r"(?:'s)?\s+(?:military\s+|russian\s+|syrian\s+|main\s+|strategic\s+)?("
    + "|".join(re.escape(c) for c in _CUE_WORDS)
    + r")\b",
    re.IGNORECASE,
)
CUE_BEFORE = re.compile(
    r"\b("
    + "|".join(re.escape(c) for c in _CUE_WORDS)
    + r")\s+(?:at|in|of|near|outside)\s+(?:the\s+)?(?:port\s+(?:city\s+)?of\s+)?$",
    re.IGNORECASE,
)
