"""Deterministic synthetic corpus with ground truth, for quality and speed benchmarks.

    .venv/bin/python bench/synth.py --reports 1000 --seed 7 --out /tmp/synth
    .venv/bin/python bench/quality.py /tmp/synth
    .venv/bin/python bench/synth.py --reports 1000 --words 500 --out /tmp/synth500  # news length

Writes N news-style reports (``NNNNN.md``) and their labels (``NNNNN.labels.yaml``, the format of
tests/labels.py). Sites and their spellings come from the gazetteer (``load_gazetteer()``), or a
small built-in list when it cannot be loaded. Every labelled fact follows from the templates, so
the labels are exact: dates follow the conventions of bench/README.md. With ``--words N`` each
report runs to about N words (±30 %): the same labelled sentences, interleaved with context
sentences that name no place and no date (as in real news), so the labels stay exact.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz  # noqa: E402

from tests.labels import normalise_name, occurrence_at  # noqa: E402

EVENT_KINDS = {"city", "town", "village", "air_base", "airport", "naval_base", "port",
               "border_crossing", "oil_field", "dam", "military_base", "landmark", "capital"}
NEIGHBOURS = ("SY", "TR", "LB", "IQ", "JO")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
MONTH_ABBR = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
              "Nov.", "Dec.")
OUTLETS = ("Levant Wire", "Middle East Daily", "Gulf Observer", "Regional Times",
           "Bosphorus Report", "Northern Syria Monitor", "Defense Desk", "Eastern Med Monitor")
CLAIMANTS = (
    ("the Syrian Observatory for Human Rights said", ("Syrian Observatory", "SOHR")),
    ("according to the Syrian Observatory for Human Rights", ("Syrian Observatory", "SOHR")),
    ("state news agency SANA reported", ("SANA",)),
    ("activists said", ("activists",)),
    ("the White Helmets said", ("White Helmets",)),
    ("a military source told reporters", ("military source",)),
    ("residents said", ("residents",)),
    ("Maxar said satellite images showed", ("Maxar",)),
)
EVENTS = (
    "air strikes hit {s}", "shelling killed several civilians in {s}",
    "a car bomb exploded near a market in {s}", "government forces entered {s}",
    "drones struck a depot at {s}", "rebel fighters withdrew from {s}",
    "a convoy of aid trucks reached {s}", "clashes broke out on the outskirts of {s}",
    "an explosion damaged buildings in {s}", "troops reinforced positions around {s}",
)
METONYMY = (
    ("Damascus", "{m} denied the reports"), ("Ankara", "{m} warned against further escalation"),
    ("Moscow", "{m} said it was monitoring the situation"),
    ("Tehran", "{m} did not comment"), ("Washington", "{m} called for restraint"),
    ("Amman", "{m} said its border would stay closed"),
    ("Kremlin", "The {m} declined to comment"),
)
BACKGROUND = (
    "{s} has changed hands several times since {y}.",
    "In {y}, {s} was the scene of heavy fighting.",
    "Russian forces have used {s} since {y}.",
)
# Context sentences with no place, no date word and no claimant: the prose between the facts.
FILLER = (
    "The fighting has displaced thousands of families over the past years.",
    "Aid agencies have warned of shortages of fuel, bread and medicine.",
    "The casualty figures could not be independently verified.",
    "Local hospitals were struggling to treat the wounded.",
    "Electricity and water supplies were cut in several neighbourhoods.",
    "Negotiations between the warring parties have repeatedly stalled.",
    "The conflict began with protests against the government and grew into a civil war.",
    "Schools in the area remained closed as families sheltered indoors.",
    "Humanitarian workers said access to the area was limited.",
    "Prices of basic goods have risen sharply as the currency lost value.",
    "Many of those who fled are living in crowded camps with little shelter.",
    "The army has been backed by allied militias and foreign air power.",
    "Several armed groups operate in the region, some of them rivals.",
    "Rescue teams searched the rubble for survivors through the night.",
    "There was no immediate claim of responsibility for the attack.",
    "The United Nations has called for a ceasefire and for humanitarian access.",
    "Journalists have limited access to the front lines, making reports hard to confirm.",
    "Analysts said the escalation could draw in neighbouring powers.",
    "The wounded were taken to field clinics run by volunteers.",
    "Farmers said they had been unable to reach their fields because of the fighting.",
)
DIRECTIONS = ("north", "south", "east", "west", "northeast", "northwest", "southeast",
              "southwest")
# Fallback when the gazetteer cannot be loaded: (site_id, name, country, kind, spellings).
BUILTIN = (
    ("sy-aleppo", "Aleppo", "SY", "city", ("Aleppo", "Halab")),
    ("sy-homs", "Homs", "SY", "city", ("Homs", "Hims")),
    ("sy-hama", "Hama", "SY", "city", ("Hama",)),
    ("sy-idlib", "Idlib", "SY", "city", ("Idlib", "Idleb")),
    ("sy-raqqa", "Raqqa", "SY", "city", ("Raqqa", "Raqqah", "Al-Raqqah")),
    ("sy-deir-ez-zor", "Deir ez-Zor", "SY", "city", ("Deir ez-Zor", "Deir al-Zour")),
    ("sy-qamishli", "Qamishli", "SY", "city", ("Qamishli", "Qamishlo")),
    ("sy-kobane", "Kobani", "SY", "city", ("Kobani", "Kobane", "Ayn al-Arab")),
    ("sy-latakia", "Latakia", "SY", "city", ("Latakia", "Lattakia")),
    ("sy-tartus", "Tartus", "SY", "city", ("Tartus", "Tartous")),
    ("sy-daraa", "Daraa", "SY", "city", ("Daraa", "Deraa")),
    ("sy-palmyra", "Palmyra", "SY", "city", ("Palmyra", "Tadmur")),
    ("sy-hmeimim-air-base", "Hmeimim Air Base", "SY", "air_base",
     ("Hmeimim air base", "Khmeimim airbase", "Hmeymim")),
)
COASTAL = ("Latakia", "Tartus", "Jableh", "Baniyas", "Beirut", "Tripoli", "Sidon", "Tyre")
_LATIN = re.compile(r"^[A-Z][A-Za-z'\- ]{2,28}[a-z]$")
NEAR_SYRIA = (29.0, 38.5, 34.0, 45.0)  # lat min, lat max, lon min, lon max for non-Syrian sites


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return folded.replace("‘", "").replace("’", "'").replace("ʿ", "").replace("ʾ", "")


@dataclass(frozen=True)
class SynthSite:
    """A site as the generator uses it: id, name, country and plausible English spellings."""

    site_id: str
    name: str
    country: str
    kind: str
    spellings: tuple[str, ...]


@dataclass
class Draft:
    """A report being written: text so far and the labels with their offsets."""

    parts: list[str] = field(default_factory=list)
    length: int = 0
    mentions: list[dict[str, Any]] = field(default_factory=list)
    not_sites: list[dict[str, Any]] = field(default_factory=list)

    def add(self, text: str) -> int:
        """Append text; return its offset in the body."""
        at = self.length
        self.parts.append(text)
        self.length += len(text)
        return at

    def body(self) -> str:
        return "".join(self.parts)


# ------------------------------------------------------------------------------ sites


def load_sites() -> tuple[list[SynthSite], list[SynthSite]]:
    """(event sites, coastal anchor sites) from the gazetteer, else the built-in list."""
    try:
        from geo.gazetteer import load_gazetteer

        gaz = load_gazetteer()
    except Exception:  # the gazetteer is optional here: fall back to the built-in list
        sites = [SynthSite(*row) for row in BUILTIN]
        return sites, [s for s in sites if s.name in COASTAL]
    try:
        from geo.gazetteer import read_stoplist, stop_norm

        stop = read_stoplist()
    except Exception:  # no stoplist: keep every name
        stop, stop_norm = frozenset(), str.lower
    owners: dict[str, set[str]] = {}
    for sid, site in gaz.sites.items():
        for alias in (site.name, *site.aliases):
            owners.setdefault(normalise_name(alias), set()).add(sid)
    out: list[SynthSite] = []
    for sid, site in sorted(gaz.sites.items()):
        if site.country not in NEIGHBOURS or site.kind not in EVENT_KINDS:
            continue
        lat0, lat1, lon0, lon1 = NEAR_SYRIA
        if site.country != "SY" and not (lat0 <= site.lat <= lat1 and lon0 <= site.lon <= lon1):
            continue
        if len(site.name) < 4 or stop_norm(site.name) in stop:
            continue  # names that are also common words ("Hit", "Tars") need context to tell
        if len(owners.get(normalise_name(site.name), ())) != 1:
            continue  # an ambiguous canonical name makes an unfair test
        spellings = [site.name]
        if _ascii(site.name) != site.name:
            spellings.append(_ascii(site.name))
        name_key = normalise_name(site.name)
        for alias in site.aliases:
            key = normalise_name(alias)
            if (alias not in spellings and _LATIN.match(alias) and len(alias.split()) <= 3
                    and stop_norm(alias) not in stop
                    and len(owners.get(key, ())) == 1 and key[:2] == name_key[:2]
                    and fuzz.ratio(key, name_key) >= 80):
                spellings.append(alias)
        out.append(SynthSite(sid, site.name, site.country, site.kind, tuple(spellings[:5])))
    coastal = [s for s in out if s.name in COASTAL and s.kind in ("city", "capital")]
    return out, coastal


# ------------------------------------------------------------------------------ dates


def date_phrase(rng: random.Random, pub: date) -> tuple[str, date, date]:
    """A relative or explicit date expression and the inclusive interval it denotes."""
    monday = pub - timedelta(days=pub.weekday())
    choices = ["weekday", "yesterday", "explicit", "explicit", "days_ago", "last_week"]
    if pub.weekday() >= 2:
        choices.append("earlier_this_week")
    if pub.day >= 3:
        choices.append("earlier_this_month")
    if pub.weekday() <= 4:
        choices.append("last_weekend")
    kind = rng.choice(choices)
    if kind == "weekday":
        d = pub - timedelta(days=rng.randint(1, 6))
        return f"on {WEEKDAYS[d.weekday()]}", d, d
    if kind == "yesterday":
        d = pub - timedelta(days=1)
        return "yesterday", d, d
    if kind == "days_ago":
        n = rng.randint(2, 12)
        d = pub - timedelta(days=n)
        return f"{n} days ago", d, d
    if kind == "last_week":
        start = monday - timedelta(days=7)
        return "last week", start, start + timedelta(days=6)
    if kind == "earlier_this_week":
        return "earlier this week", monday, pub - timedelta(days=1)
    if kind == "earlier_this_month":
        return "earlier this month", pub.replace(day=1), pub - timedelta(days=1)
    if kind == "last_weekend":
        sat = monday - timedelta(days=2)
        return "last weekend", sat, sat + timedelta(days=1)
    d = pub - timedelta(days=rng.randint(1, 40))
    style = rng.randrange(3)
    if style == 0:
        text = f"on {MONTHS[d.month - 1]} {d.day}"
    elif style == 1:
        text = f"on {d.day} {MONTHS[d.month - 1]}"
    else:
        text = f"on {MONTH_ABBR[d.month - 1]} {d.day}"
    if d.year != pub.year:
        text += f", {d.year}"
    return text, d, d


# ------------------------------------------------------------------------------ writing


def _mention(draft: Draft, at: int, surface: str, site: SynthSite | None, role: str,
             start: date | None, end: date | None, claimant: tuple[str, ...] = (),
             anchor: SynthSite | None = None) -> None:
    entry: dict[str, Any] = {"_at": at, "surface": surface}
    if anchor is not None:
        entry.update(derived=True, anchor=anchor.name, anchor_id=anchor.site_id,
                     country=anchor.country)
    else:
        assert site is not None
        entry.update(site=site.name, site_id=site.site_id, country=site.country)
    entry.update(role=role, date=[start.isoformat(), end.isoformat()] if start and end else None)
    if claimant:
        entry["claimant"] = list(claimant)
    draft.mentions.append(entry)


def _event_sentence(rng: random.Random, draft: Draft, sites: list[SynthSite],
                    pub: date) -> None:
    site = rng.choice(sites)
    surface = rng.choice(site.spellings)
    when, start, end = date_phrase(rng, pub)
    template = rng.choice(EVENTS)
    claim_text, claim = rng.choice(CLAIMANTS)
    before, after = template.split("{s}")
    sentence_start = f"{before[0].upper()}{before[1:]}"
    if claim_text.startswith("according"):
        draft.add(sentence_start)
        at = draft.add(surface)
        draft.add(f"{after} {when}, {claim_text}. ")
    else:
        lead = claim_text[0].upper() + claim_text[1:]
        draft.add(f"{lead} that {before}")
        at = draft.add(surface)
        draft.add(f"{after} {when}. ")
    _mention(draft, at, surface, site, "event", start, end, claim)


def _locator_sentence(rng: random.Random, draft: Draft, sites: list[SynthSite],
                      pub: date) -> None:
    site, near = rng.sample(sites, 2)
    when, start, end = date_phrase(rng, pub)
    draft.add("Fighting was also reported ")
    draft.add(f"{when} in ")
    at = draft.add(s1 := rng.choice(site.spellings))
    draft.add(f", about {rng.randint(5, 60)} km {rng.choice(DIRECTIONS)} of ")
    at2 = draft.add(s2 := rng.choice(near.spellings))
    draft.add(". ")
    _mention(draft, at, s1, site, "event", start, end)
    _mention(draft, at2, s2, near, "locator", None, None)


def _derived_sentence(rng: random.Random, draft: Draft, sites: list[SynthSite],
                      coastal: list[SynthSite], pub: date) -> None:
    when, start, end = date_phrase(rng, pub)
    if coastal and rng.random() < 0.6:
        anchor = rng.choice(coastal)
        phrase = f"about {rng.randint(3, 25)} km off the coast of {rng.choice(anchor.spellings)}"
        draft.add(f"Two warships were seen {when} ")
        at = draft.add(phrase)
        draft.add(", satellite images showed. ")
        _mention(draft, at, phrase, None, "event", start, end, ("satellite images",), anchor)
        return
    anchor = rng.choice(sites)
    phrase = (f"{rng.randint(5, 60)} km {rng.choice(DIRECTIONS)} of "
              f"{rng.choice(anchor.spellings)}")
    draft.add("A checkpoint ")
    at = draft.add(phrase)
    draft.add(f" was attacked {when}, a local official said. ")
    _mention(draft, at, phrase, None, "event", start, end, ("local official",), anchor)


def _background_sentence(rng: random.Random, draft: Draft, sites: list[SynthSite],
                         pub: date) -> None:
    site = rng.choice(sites)
    surface = rng.choice(site.spellings)
    year = rng.randint(2011, pub.year - 2)
    template = rng.choice(BACKGROUND)
    before, after = template.split("{s}")
    draft.add(before.format(y=year))
    at = draft.add(surface)
    draft.add(after.format(y=year) + " ")
    if "since" in template:
        start, end = date(year, 1, 1), pub
    else:
        start, end = date(year, 1, 1), date(year, 12, 31)
    _mention(draft, at, surface, site, "background", start, end)


def _metonymy_sentence(rng: random.Random, draft: Draft) -> None:
    name, template = rng.choice(METONYMY)
    before, after = template.split("{m}")
    draft.add(before)
    at = draft.add(name)
    draft.add(after + ". ")
    draft.not_sites.append({"_at": at, "surface": name, "why": "metonymy: the government"})


def _labelled_sentence(rng: random.Random, draft: Draft, sites: list[SynthSite],
                       coastal: list[SynthSite], pub: date) -> None:
    r = rng.random()
    if r < 0.45:
        _event_sentence(rng, draft, sites, pub)
    elif r < 0.6:
        _locator_sentence(rng, draft, sites, pub)
    elif r < 0.72:
        _derived_sentence(rng, draft, sites, coastal, pub)
    elif r < 0.85:
        _background_sentence(rng, draft, sites, pub)
    else:
        _metonymy_sentence(rng, draft)


def _long_body(rng: random.Random, draft: Draft, sites: list[SynthSite],
               coastal: list[SynthSite], pub: date, words: int) -> None:
    """Paragraphs of labelled and context sentences until about `words` words (±30 %)."""
    target = rng.randint(max(1, int(words * 0.7)), max(1, int(words * 1.3)))
    while len(draft.body().split()) < target:
        if draft.length:
            draft.add("\n\n")
        for _ in range(rng.randint(2, 5)):
            if rng.random() < 0.5:
                draft.add(rng.choice(FILLER) + " ")
            else:
                _labelled_sentence(rng, draft, sites, coastal, pub)


def write_report(rng: random.Random, n: int, sites: list[SynthSite], coastal: list[SynthSite],
                 start_day: date, words: int | None = None) -> tuple[str, str]:
    """One report's markdown and label YAML (about `words` words of body when given)."""
    pub = start_day + timedelta(days=rng.randrange(365))
    draft = Draft()
    if words:
        _long_body(rng, draft, sites, coastal, pub, words)
    else:
        for p in range(rng.randint(3, 7)):
            if p:
                draft.add("\n\n")
            for _ in range(rng.randint(1, 3)):
                _labelled_sentence(rng, draft, sites, coastal, pub)
    body = draft.body().rstrip() + "\n"
    title = f"Syria report {n}: fighting and diplomacy"
    md = (f'---\ntitle: "{title}"\nsource: "{rng.choice(OUTLETS)}"\n'
          f'url: "https://example.org/synth/{n:05d}"\npublished: {pub.isoformat()}\n'
          f"language: en\n---\n{body}")
    lines = [f"# synthetic report {n}, published {pub.isoformat()} ({WEEKDAYS[pub.weekday()]})",
             "mentions:"]
    for entry in sorted(draft.mentions, key=lambda e: e["_at"]):
        at = entry.pop("_at")
        entry = {"surface": entry["surface"],
                 "occurrence": occurrence_at(body, entry["surface"], at), **entry}
        lines.append("  - " + json.dumps(entry, ensure_ascii=False))
    lines.append("not_sites:")
    for entry in sorted(draft.not_sites, key=lambda e: e["_at"]):
        at = entry.pop("_at")
        entry = {"surface": entry["surface"],
                 "occurrence": occurrence_at(body, entry["surface"], at), "why": entry["why"]}
        lines.append("  - " + json.dumps(entry, ensure_ascii=False))
    return md, "\n".join(lines) + "\n"


def generate(n_reports: int, seed: int, out: Path, start_day: date = date(2024, 1, 1),
             words: int | None = None) -> int:
    """Write the corpus (about `words` words a report when given); return the words written."""
    sites, coastal = load_sites()
    if len(sites) < 2:
        raise SystemExit("error: fewer than two usable sites for the synthetic corpus")
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    total = 0
    for n in range(n_reports):
        md, labels = write_report(rng, n, sites, coastal, start_day, words)
        (out / f"{n:05d}.md").write_text(md, encoding="utf-8")
        (out / f"{n:05d}.labels.yaml").write_text(labels, encoding="utf-8")
        total += len(md.split("---\n", 2)[-1].split())
    return total


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description="Write a seeded synthetic corpus with labels.")
    ap.add_argument("--reports", type=int, default=100)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--words", type=int, default=None, metavar="N",
                    help="about N words a report (±30 %%), e.g. 500 for news; default: the short "
                         "reports of earlier versions (~130 words)")
    args = ap.parse_args(argv)
    if args.words is not None and args.words < 1:
        ap.error("--words must be a positive number")
    t0 = time.perf_counter()
    words = generate(args.reports, args.seed, args.out, words=args.words)
    print(f"wrote {args.reports} reports ({words} words) to {args.out} "
          f"in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
