"""Label loading and validation, occurrence matching, site resolution, the scorer."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import quality  # noqa: E402
from tests.labels import (  # noqa: E402
    FUTURE,
    LabelError,
    SiteResolver,
    date_matches,
    find_label_files,
    load_labels,
    locate,
    normalise_name,
    occurrence_at,
    occurrences,
)

REPORT = """---
title: "Test"
source: "Test Wire"
published: 2024-12-13
language: en
---
Maxar images show planes at the Hmeimim air base on Friday. Moscow says nothing.
Ships left Tartus 10 days ago to operate 13 km off the coast. Hmeimim is near Latakia.
"""

LABELS = """
mentions:
  - {surface: "Hmeimim air base", occurrence: 1, site: "Hmeimim Air Base", country: SY,
     role: event, date: [2024-12-13, 2024-12-13], claimant: Maxar}
  - {surface: "Tartus", occurrence: 1, site: ["Tartus naval base", "Tartus"], country: SY,
     role: event, date: [2024-12-03, 2024-12-03]}
  - {surface: "13 km off the coast", occurrence: 1, derived: true, anchor: "Tartus",
     country: SY, role: event, date: [2024-12-03, null]}
  - {surface: "Hmeimim", occurrence: 2, site: "Hmeimim Air Base", country: SY,
     role: background, date: null}
  - {surface: "Latakia", occurrence: 1, site: "Latakia", country: SY, role: locator, date: null,
     optional: true}
not_sites:
  - {surface: "Moscow", occurrence: 1, why: "the government"}
"""


@dataclass(frozen=True)
class FakeSite:
    site_id: str
    name: str
    country: str
    aliases: tuple[str, ...] = ()
    kind: str = "city"


class FakeGazetteer:
    """Just enough of geo.gazetteer.Gazetteer for the resolver."""

    def __init__(self) -> None:
        self.sites = {s.site_id: s for s in (
            FakeSite("hmeimim", "Hmeimim Air Base", "SY", ("Khmeimim",), "air_base"),
            FakeSite("tartus", "Tartus", "SY", ("Tartous",)),
            FakeSite("tartus-base", "Tartus naval base", "SY", (), "naval_base"),
            FakeSite("latakia", "Latakia", "SY", ("Lattakia",)),
            FakeSite("moscow", "Moscow", "RU"),
            FakeSite("homs-ly", "Khoms", "LY", ("Homs",)),
            FakeSite("homs", "Homs", "SY"),
        )}

    def find(self, text: str) -> list:
        return []


@dataclass
class FakeReport:
    path: str
    body: str
    published: date
    report_id: str = "r"


@dataclass
class M:
    """A minimal predicted mention."""

    site_id: str
    text: str
    start: int
    end: int
    role: str = "event"
    date_start: date | None = None
    date_end: date | None = None
    derived: bool = False
    anchor_site_id: str | None = None
    claimant: str | None = None
    kind: str = "city"


@pytest.fixture
def labelled(tmp_path: Path) -> tuple[Path, Path]:
    rep = tmp_path / "r1.md"
    rep.write_text(REPORT, encoding="utf-8")
    lab = tmp_path / "r1.labels.yaml"
    lab.write_text(LABELS, encoding="utf-8")
    return rep, lab


def test_occurrences_respect_word_boundaries() -> None:
    body = "Hamas fighters in Hama; Hama's mayor; al-Hama."
    assert occurrences(body, "Hama") == [18, 24, 41]
    assert locate(body, "Hama", 2) == (24, 28)
    assert locate(body, "Hama", 4) is None
    assert occurrence_at(body, "Hama", 41) == 3


def test_normalise_name() -> None:
    assert normalise_name("Deir ez-Zor") == normalise_name("deir ez zor")
    assert normalise_name("Akçakale") == "akcakale"


def test_load_labels_locates_spans(labelled: tuple[Path, Path]) -> None:
    rep, lab = labelled
    rl = load_labels(lab)
    assert rl.report_path == rep and rl.published == date(2024, 12, 13)
    first, _, derived, second_hmeimim, opt = rl.mentions
    assert rl.body[first.start:first.end] == "Hmeimim air base"
    assert second_hmeimim.start > first.start and rl.body[second_hmeimim.start:][:8] == "Hmeimim "
    assert derived.derived and derived.anchor == ("Tartus",) and derived.date[1] is None
    assert opt.optional and rl.not_sites[0].surface == "Moscow"


@pytest.mark.parametrize(("bad", "message"), [
    ('{surface: "Nowhere", occurrence: 1, site: X, country: SY, role: event, date: null}',
     "not in body"),
    ('{surface: "Tartus", occurrence: 2, site: X, country: SY, role: event, date: null}',
     "occurrence 2"),
    ('{surface: "Tartus", site: X, country: SY, role: hero, date: null}', "role"),
    ('{surface: "Tartus", site: X, country: Syria, role: event, date: null}', "country"),
    ('{surface: "Tartus", site: X, country: SY, role: event}', "'date' is required"),
    ('{surface: "Tartus", site: X, country: SY, role: event, date: [2024-12-05, 2024-12-01]}',
     "ends before"),
    ('{surface: "Tartus", derived: true, country: SY, role: event, date: null}', "anchor"),
    ('{surface: "Tartus", country: SY, role: event, date: null}', "needs a 'site'"),
    ('{surface: "Tartus", site: X, country: SY, role: event, date: null, colour: red}',
     "unknown keys"),
])
def test_bad_labels_name_file_and_value(tmp_path: Path, bad: str, message: str) -> None:
    (tmp_path / "r.md").write_text(REPORT, encoding="utf-8")
    lab = tmp_path / "r.labels.yaml"
    lab.write_text(f"mentions:\n  - {bad}\n", encoding="utf-8")
    with pytest.raises(LabelError, match=message) as err:
        load_labels(lab)
    assert "r.labels.yaml" in str(err.value)


def test_mentions_must_be_in_text_order(tmp_path: Path) -> None:
    (tmp_path / "r.md").write_text(REPORT, encoding="utf-8")
    lab = tmp_path / "r.labels.yaml"
    lab.write_text(
        "mentions:\n"
        "  - {surface: Tartus, site: T, country: SY, role: event, date: null}\n"
        "  - {surface: Hmeimim air base, site: H, country: SY, role: event, date: null}\n",
        encoding="utf-8")
    with pytest.raises(LabelError, match="text order"):
        load_labels(lab)


def test_date_matching_rules() -> None:
    d = date
    pub = d(2024, 12, 13)
    assert date_matches(None, None, None, pub)
    assert not date_matches(None, pub, pub, pub)
    assert date_matches((d(2024, 12, 9), d(2024, 12, 12)), d(2024, 12, 9), d(2024, 12, 12), pub)
    assert not date_matches((d(2024, 12, 9), d(2024, 12, 12)), d(2024, 12, 9), d(2024, 12, 13),
                            pub)
    assert date_matches((d(2024, 12, 9), d(2024, 12, 12)), d(2024, 12, 10), d(2024, 12, 13), pub,
                        slack_days=1)
    open_from = (d(2024, 12, 4), None)
    assert date_matches(open_from, d(2024, 12, 4), None, pub)
    assert date_matches(open_from, d(2024, 12, 4), pub, pub)
    assert not date_matches(open_from, d(2024, 12, 5), None, pub)
    assert date_matches(FUTURE, None, None, pub) and date_matches(FUTURE, pub, None, pub)
    assert not date_matches(FUTURE, d(2024, 12, 1), d(2024, 12, 1), pub)


def test_resolver_uses_country_and_prefers_names() -> None:
    r = SiteResolver(FakeGazetteer())
    assert r.resolve_one("Homs", "SY") == {"homs"}
    assert r.resolve_one("Homs", "LY") == {"homs-ly"}
    assert r.resolve_one("Khmeimim", "SY") == {"hmeimim"}
    assert r.resolve_one("Lattakia", "SY", kind="air_base") == frozenset()
    assert r.resolve_one("Atlantis", "SY") == frozenset()


def _preds(body: str) -> list[M]:
    def at(text: str, n: int = 1) -> tuple[int, int]:
        span = locate(body, text, n)
        assert span is not None
        return span

    s1, e1 = at("Hmeimim air base")
    s2, e2 = at("Tartus")
    s3, e3 = at("13 km off the coast")
    s4, e4 = at("Moscow")
    s5, e5 = at("Latakia")
    friday = date(2024, 12, 13)
    return [
        M("hmeimim", "Hmeimim air base", s1, e1, date_start=friday, date_end=friday,
          claimant="Maxar"),
        M("tartus", "Tartus", s2, e2, date_start=date(2024, 12, 4), date_end=date(2024, 12, 4)),
        M("offshore:tartus", "13 km off the coast", s3, e3, derived=True, anchor_site_id="tartus",
          date_start=date(2024, 12, 3)),
        M("moscow", "Moscow", s4, e4),  # metonymy: a false positive
        M("latakia", "Latakia", s5, e5, role="locator"),  # optional label: ignored
    ]


def test_scorer_on_fake_extractor(labelled: tuple[Path, Path]) -> None:
    _, lab = labelled
    preds_seen = []

    def extractor(report: FakeReport, gazetteer: FakeGazetteer) -> list[M]:
        preds_seen.append(report.path)
        return _preds(report.body)

    def load(path: Path) -> FakeReport:
        from tests.labels import split_front_matter

        meta, body = split_front_matter(path.read_text(encoding="utf-8"))
        return FakeReport(str(path), body, meta["published"])

    scores, speed = quality.evaluate([lab], extractor, FakeGazetteer(), load)
    assert len(preds_seen) == 1 and speed["cores_used"] == 1 and speed["words"] > 20
    s = scores[0]
    # labelled: hmeimim, tartus, derived:tartus, hmeimim(bg) -> 3 (report, site) groups
    assert (s.site_gold, s.site_hit) == (3, 3)  # the two hmeimim labels are one group
    assert s.site_fp == 1  # moscow
    assert (s.m_tp, s.m_fn, s.m_fp) == (3, 1, 1)  # 2nd "Hmeimim" missed; Moscow false
    assert s.not_site_hits == 1
    assert s.date_exact == 2 and s.date_pm1 == 3  # Tartus is a day late
    assert s.role_ok == 3 and (s.claimant_ok, s.claimant_n) == (1, 1)
    kinds = sorted(i.kind for i in s.items)
    assert kinds == ["date", "miss", "not-site"]
    overall = quality.summary(scores)
    assert overall["mention_recall"] == pytest.approx(3 / 4)
    assert overall["site_precision"] == pytest.approx(3 / 4)  # hmeimim, tartus, derived / +moscow


def test_wrong_site_counts_as_miss_and_false_positive(labelled: tuple[Path, Path]) -> None:
    _, lab = labelled
    rl = load_labels(lab)
    s, e = locate(rl.body, "Tartus", 1) or (0, 0)
    preds = [M("homs", "Tartus", s, e)]
    sc = quality.score_report("r1", rl, preds, SiteResolver(FakeGazetteer()), rl.published)
    assert sc.m_tp == 0 and sc.m_fp == 1
    assert {i.kind for i in sc.items} == {"wrong-site", "miss"}


def test_repository_labels_are_valid() -> None:
    files = quality.collect(list(quality.DEFAULT_DIRS))
    assert len(files) >= 20
    for f in files:
        rl = load_labels(f, quality.find_report(f))
        assert rl.mentions, f


def test_cli_reports_errors_without_traceback(tmp_path: Path, capsys: pytest.CaptureFixture
                                              ) -> None:
    assert quality.main([str(tmp_path / "missing")]) == 2
    assert "no such folder" in capsys.readouterr().err
    assert find_label_files(tmp_path) == []


@pytest.mark.parametrize(("folder", "count"), [("heldout", 16), ("heldout2", 18), ("heldout3", 18),
                                              ("heldout4", 18), ("heldout5", 18),
                                              ("heldout6", 18), ("heldout7", 18),
                                              ("heldout8", 18), ("heldout9", 18),
                                              ("heldout10", 18), ("heldout11", 18),
                                              ("heldout12", 18), ("heldout13", 18),
                                              ("heldout14", 18), ("heldout15", 18),
                                              ("heldout16", 18),
                                              ("heldout17", 18),
                                              ("heldout18", 18),
                                              ("heldout19", 18),
                                              ("heldout20", 18),
                                              ("heldout21", 18),
                                              ("heldout22", 18),
                                              ("heldout23", 18),
                                              ("heldout24", 18),
                                              ("heldout25", 18),
                                              ("heldout26", 18),
                                              ("heldout27", 18),
                                              ("heldout28", 18),
                                              ("heldout29", 18),
                                              ("heldout30", 18),
                                              ("heldout31", 18),
                                              ("heldout32", 18),
                                              ("heldout33", 18),
                                              ("heldout34", 18),
                                              ("heldout35", 18),
                                              ("heldout36", 18),
                                              ("heldout37", 18),
                                              ("heldout38", 18),
                                              ("heldout39", 18),
                                              ("heldout40", 18),
                                              ("heldout41", 18),
                                              ("heldout42", 18),
                                              ("heldout43", 18),
                                              ("heldout44", 18),
                                              ("heldout45", 18),
                                              ("heldout46", 18),
                                              ("heldout47", 18),
                                              ("heldout48", 18),
                                              ("heldout49", 18),
                                              ("heldout50", 18)])
def test_heldout_labels_are_valid(folder: str, count: int) -> None:
    """The held-out sets (labelled blind, kept out of development) load and validate."""
    files = find_label_files(ROOT / "tests" / "data" / folder)
    assert len(files) == count
    for f in files:
        assert load_labels(f).mentions, f
