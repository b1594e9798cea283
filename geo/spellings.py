"""Generated spellings, stored: `geo/data/spellings.csv` keeps what `geo.translit` derives from
each site, so that loading the gazetteer reads them instead of deriving them again.

Each row holds a site id, a key of what the spellings were derived from (the site's names, kind
and country) and the spellings, in order. A site whose key no longer matches (or that is missing,
such as a test's own site) gets its spellings derived afresh, so a stale file is slower, never
wrong. `python -m geo.build_gazetteer` rewrites the file.
"""

from __future__ import annotations

import csv
import hashlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from geo.translit import release_word_lists, site_spellings
from reportmap.model import Site

SPELLINGS_PATH = Path(__file__).resolve().parent / "data" / "spellings.csv"
COLUMNS = ("site_id", "key", "spellings")


def site_key(site: Site) -> str:
    """What a site's spellings are derived from, hashed: names, kind and country."""
    text = "\x1f".join((site.name, *site.aliases, site.kind, site.country))
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def read_stored(path: Path = SPELLINGS_PATH) -> dict[str, tuple[str, list[str]]]:
    """site_id -> (key, spellings); empty when the file is missing."""
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {
            row["site_id"]: (row["key"], [s for s in row["spellings"].split("|") if s])
            for row in csv.DictReader(handle)
        }


def write_stored(sites: Iterable[Site], path: Path = SPELLINGS_PATH) -> int:
    """Derive and store every site's spellings (atomically); the number of spellings."""
    tmp = path.with_suffix(".tmp")
    count = 0
    try:
        with tmp.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(COLUMNS)
            for site in sites:
                found = site_spellings(site)
                count += len(found)
                writer.writerow((site.site_id, site_key(site), "|".join(found)))
    finally:
        release_word_lists()
    os.replace(tmp, path)
    return count


def generated_spellings(
    sites: Iterable[Site], path: Path = SPELLINGS_PATH
) -> Iterator[tuple[str, str]]:
    """(site_id, spelling) for every site: stored ones where still valid, else derived."""
    stored = read_stored(path)
    try:
        for site in sites:
            entry = stored.get(site.site_id)
            found = entry[1] if entry and entry[0] == site_key(site) else site_spellings(site)
            for spelling in found:
                yield site.site_id, spelling
    finally:
        release_word_lists()
