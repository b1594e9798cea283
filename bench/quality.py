"""Score the extraction against labelled reports: sites, spans, dates, roles, claimants, speed.

    .venv/bin/python bench/quality.py                  # tests/data/labelled + sample labels
    .venv/bin/python bench/quality.py DIR [DIR ...]    # any folders of foo.md + foo.labels.yaml
    .venv/bin/python bench/quality.py --json           # machine-readable

Exit status is non-zero only on errors (bad labels, missing reports, a crashing extractor),
never on low scores. Metric definitions: bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.labels import (  # noqa: E402
    LabelError,
    MentionLabel,
    ReportLabels,
    SiteResolver,
    claimant_ok,
    date_ok,
    find_label_files,
    load_labels,
    overlaps,
    report_path_for,
)

DEFAULT_DIRS = (ROOT / "tests" / "data" / "labelled", ROOT / "tests" / "data" / "sample_labels")
# Where the reports of label files kept apart from their report (the sample labels) are found.
REPORT_DIRS = (ROOT / "reportmap" / "sample", Path("/work/shared/corpus"))

Extractor = Callable[[Any, Any], Sequence[Any]]


class BenchError(RuntimeError):
    """A problem that makes the benchmark itself fail (not a low score)."""


# ------------------------------------------------------------------------------ scoring


@dataclass
class Item:
    """One miss or false positive, described for an engineer."""

    report: str
    kind: str  # miss|wrong-site|false-positive|not-site|duplicate|unresolved|date|role
    surface: str
    start: int
    detail: str


@dataclass
class ReportScore:
    """Counts for one report; ratios are computed on the sums."""

    report: str
    words: int = 0
    seconds: float = 0.0
    site_tp: int = 0  # predicted (report, site) pairs that are labelled
    site_fp: int = 0
    site_hit: int = 0  # labelled (report, site) groups found
    site_gold: int = 0
    site_gold_resolvable: int = 0
    m_tp: int = 0
    m_fn: int = 0
    m_fp: int = 0
    m_unresolved: int = 0
    date_exact: int = 0
    date_pm1: int = 0
    role_ok: int = 0
    claimant_ok: int = 0
    claimant_n: int = 0
    not_site_hits: int = 0
    items: list[Item] = field(default_factory=list)


def _key(m: Any) -> str:
    return f"derived:{m.anchor_site_id}" if m.derived else str(m.site_id)


def _keys(label: MentionLabel, resolver: SiteResolver) -> frozenset[str]:
    if label.derived:
        return frozenset(f"derived:{a}" for a in resolver.anchor_ids(label))
    return resolver.site_ids(label)


def _fmt_pred(m: Any) -> str:
    anchor = f" anchor={m.anchor_site_id}" if m.derived else ""
    return (f"{m.site_id}{anchor} role={m.role} date={m.date_start}..{m.date_end} "
            f"claimant={m.claimant!r}")


def _fmt_date(d: Any) -> str:
    if isinstance(d, tuple):
        return f"{d[0]}..{d[1] or 'open'}"
    return str(d)


def _fmt_dates(label: MentionLabel) -> str:
    return " or ".join(_fmt_date(d) for d in (label.date, *label.date_also))


def _fmt_label(label: MentionLabel) -> str:
    names = "derived from " + "/".join(label.anchor or label.anchor_id) if label.derived else (
        "/".join(label.site or label.site_id))
    return f"{names} ({label.country}) role={label.role} date={_fmt_dates(label)}"


def match_mentions(labels: ReportLabels, preds: Sequence[Any], keys: Sequence[frozenset[str]]
                   ) -> tuple[dict[int, int], dict[int, int]]:
    """Labels matched to predictions by span overlap (label index -> prediction index, and back):
    an overlapping prediction of an acceptable site, required labels first, largest overlap
    first."""
    pairs = []
    for li, lab in enumerate(labels.mentions):
        for pi, m in enumerate(preds):
            if overlaps(lab.start, lab.end, m.start, m.end) and _key(m) in keys[li]:
                ov = min(lab.end, m.end) - max(lab.start, m.start)
                pairs.append((lab.optional, -ov, li, pi))
    pairs.sort()
    label_of: dict[int, int] = {}
    pred_of: dict[int, int] = {}
    for _, _, li, pi in pairs:
        if li not in pred_of and pi not in label_of:
            pred_of[li], label_of[pi] = pi, li
    return pred_of, label_of


def score_report(name: str, labels: ReportLabels, preds: Sequence[Any],
                 resolver: SiteResolver, published: Any) -> ReportScore:
    """Match one report's predicted mentions against its labels."""
    sc = ReportScore(report=name)
    keys = [_keys(lab, resolver) for lab in labels.mentions]
    required = [i for i, lab in enumerate(labels.mentions) if not lab.optional]

    # -- (report, site) pairs
    groups = {keys[i] for i in required}
    pred_keys = {_key(m) for m in preds}
    required_keys = set().union(*groups) if groups else set()
    optional_keys = set().union(*(keys[i] for i, lab in enumerate(labels.mentions)
                                  if lab.optional)) if labels.mentions else set()
    sc.site_gold = len(groups)
    sc.site_hit = sum(1 for g in groups if g & pred_keys)
    sc.site_gold_resolvable = sum(1 for g in groups if g)
    for k in pred_keys:
        if k in required_keys:
            sc.site_tp += 1
        elif k not in optional_keys:
            sc.site_fp += 1

    pred_of, label_of = match_mentions(labels, preds, keys)

    for li in required:
        lab = labels.mentions[li]
        if li in pred_of:
            m = preds[pred_of[li]]
            sc.m_tp += 1
            if date_ok(lab, m.date_start, m.date_end, published):
                sc.date_exact += 1
            else:
                sc.items.append(Item(name, "date", lab.surface, lab.start,
                                     f"got {m.date_start}..{m.date_end}, want {_fmt_dates(lab)}"))
            if date_ok(lab, m.date_start, m.date_end, published, slack_days=1):
                sc.date_pm1 += 1
            if m.role == lab.role:
                sc.role_ok += 1
            else:
                sc.items.append(Item(name, "role", lab.surface, lab.start,
                                     f"got {m.role}, want {lab.role}"))
            if lab.claimant:
                sc.claimant_n += 1
                ok = claimant_ok(lab, m.claimant)
                sc.claimant_ok += ok
                if not ok:
                    sc.items.append(Item(name, "claimant", lab.surface, lab.start,
                                         f"got {m.claimant!r}, want {lab.claimant}"))
            continue
        sc.m_fn += 1
        if not keys[li]:
            sc.m_unresolved += 1
            sc.items.append(Item(name, "unresolved", lab.surface, lab.start,
                                 f"gazetteer has no {_fmt_label(lab)}"))
            continue
        near = [preds[pi] for pi in range(len(preds)) if pi not in label_of
                and overlaps(lab.start, lab.end, preds[pi].start, preds[pi].end)]
        anchors = [m for m in near if lab.derived and not m.derived
                   and f"derived:{m.site_id}" in keys[li]]
        wrong = [m for m in near if m not in anchors]
        kind = "wrong-site" if wrong else "miss"
        detail = f"want {_fmt_label(lab)}"
        if anchors:
            detail += "; only the anchor was found, no derived position"
        if wrong:
            detail += "; got " + "; ".join(_fmt_pred(m) for m in wrong)
        sc.items.append(Item(name, kind, lab.surface, lab.start, detail))

    # -- predictions left over
    for pi, m in enumerate(preds):
        if pi in label_of:
            continue
        over = [li for li, lab in enumerate(labels.mentions)
                if overlaps(lab.start, lab.end, m.start, m.end)]
        if any(labels.mentions[li].derived and not m.derived
               and f"derived:{m.site_id}" in keys[li] for li in over):
            continue  # the anchor inside a derived phrase ("offshore of Tartus")
        if any(li in pred_of and _key(m) in keys[li] for li in over):
            kind = "duplicate"
        elif any(overlaps(ns.start, ns.end, m.start, m.end) for ns in labels.not_sites):
            kind = "not-site"
            sc.not_site_hits += 1
        elif over:
            kind = "wrong-site"
        else:
            kind = "false-positive"
        sc.m_fp += 1
        sc.items.append(Item(name, kind, m.text, m.start, _fmt_pred(m)))
    sc.items.sort(key=lambda it: it.start)
    return sc


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def summary(scores: Iterable[ReportScore]) -> dict[str, Any]:
    """Micro-averaged metrics over reports."""
    scores = list(scores)
    tot = {f: sum(getattr(s, f) for s in scores) for f in (
        "words", "seconds", "site_tp", "site_fp", "site_hit", "site_gold", "site_gold_resolvable",
        "m_tp", "m_fn", "m_fp", "m_unresolved", "date_exact", "date_pm1", "role_ok",
        "claimant_ok", "claimant_n", "not_site_hits")}
    return {
        "reports": len(scores),
        "site_precision": _ratio(tot["site_tp"], tot["site_tp"] + tot["site_fp"]),
        "site_recall": _ratio(tot["site_hit"], tot["site_gold"]),
        "site_recall_resolvable": _ratio(tot["site_hit"], tot["site_gold_resolvable"]),
        "mention_precision": _ratio(tot["m_tp"], tot["m_tp"] + tot["m_fp"]),
        "mention_recall": _ratio(tot["m_tp"], tot["m_tp"] + tot["m_fn"]),
        "mention_recall_resolvable": _ratio(tot["m_tp"],
                                            tot["m_tp"] + tot["m_fn"] - tot["m_unresolved"]),
        "date_accuracy": _ratio(tot["date_exact"], tot["m_tp"]),
        "date_accuracy_pm1": _ratio(tot["date_pm1"], tot["m_tp"]),
        "role_accuracy": _ratio(tot["role_ok"], tot["m_tp"]),
        "claimant_accuracy": _ratio(tot["claimant_ok"], tot["claimant_n"]),
        "not_site_violations": tot["not_site_hits"],
        "unresolved_labels": tot["m_unresolved"],
        "counts": tot,
    }


# ------------------------------------------------------------------------------ running


def find_report(label_path: Path) -> Path:
    """The report a label file describes: beside it, else in the bundled sample folders."""
    beside = report_path_for(label_path)
    if beside.exists():
        return beside
    for folder in REPORT_DIRS:
        cand = folder / beside.name
        if cand.exists():
            return cand
    raise BenchError(f"{label_path}: report {beside.name} not found beside it or in "
                     f"{', '.join(str(d) for d in REPORT_DIRS)}")


def collect(dirs: Sequence[Path]) -> list[Path]:
    """All label files in `dirs` (each a folder or a single .labels.yaml)."""
    files: list[Path] = []
    for d in dirs:
        if d.is_file():
            files.append(d)
        elif d.is_dir():
            files.extend(find_label_files(d))
        else:
            raise BenchError(f"{d}: no such folder")
    if not files:
        raise BenchError(f"no *.labels.yaml files in {', '.join(map(str, dirs))}")
    return files


def evaluate(label_files: Sequence[Path], extractor: Extractor | None = None,
             gazetteer: Any = None, load: Callable[[Path], Any] | None = None,
             ignore_kinds: frozenset[str] = frozenset(),
             ) -> tuple[list[ReportScore], dict[str, Any]]:
    """Load, extract (timed, single process) and score every labelled report.

    Predictions whose site kind is in `ignore_kinds` (e.g. "country") are dropped before scoring.
    """
    try:
        if gazetteer is None:
            from geo.gazetteer import load_gazetteer

            t0 = time.perf_counter()
            gazetteer = load_gazetteer()
            gaz_seconds = time.perf_counter() - t0
        else:
            gaz_seconds = 0.0
        if extractor is None:
            from reportmap.extract import extract_mentions as extractor
        if load is None:
            from reportmap.reports import load_report as load
    except ImportError as exc:
        raise BenchError(f"cannot import the pipeline: {exc}") from exc
    resolver = SiteResolver(gazetteer)
    loaded = []
    for lf in label_files:
        report = load(find_report(lf))
        loaded.append((lf, report, load_labels(lf, report.path, body=report.body)))
    scores = []
    for lf, report, labels in loaded:
        t0 = time.perf_counter()
        try:
            preds = list(extractor(report, gazetteer))
        except Exception as exc:  # report which report broke, then stop
            raise BenchError(f"{report.path}: extraction failed: {exc!r}") from exc
        seconds = time.perf_counter() - t0
        if ignore_kinds:
            preds = [m for m in preds if m.kind not in ignore_kinds]
        name = lf.name[: -len(".labels.yaml")]
        sc = score_report(name, labels, preds, resolver, report.published)
        sc.words, sc.seconds = len(report.body.split()), seconds
        scores.append(sc)
    total_words = sum(s.words for s in scores)
    total_seconds = sum(s.seconds for s in scores)
    speed = {
        "words": total_words,
        "extract_seconds": round(total_seconds, 4),
        "words_per_second": round(total_words / total_seconds, 1) if total_seconds else None,
        "gazetteer_load_seconds": round(gaz_seconds, 3),
        "cores_used": 1,
        "cores_available": os.cpu_count(),
    }
    return scores, speed


# ------------------------------------------------------------------------------ output


def _pct(x: float | None, digits: int = 1) -> str:
    return "—" if x is None else f"{100 * x:.{digits}f}"


def print_rich(scores: list[ReportScore], overall: dict[str, Any], speed: dict[str, Any],
               max_items: int) -> None:
    """Tables for humans: per report, overall, then what to fix."""
    from rich.console import Console
    from rich.table import Table

    con = Console()
    if not con.is_terminal:
        con = Console(width=150)
    cols = ("report", "words", "site P", "site R", "ment P", "ment R", "date=", "date±1",
            "role", "claim", "FP", "not-site", "unres")
    if len(scores) <= 200:
        table = Table(title="Per report (%)", show_lines=False)
        for c in cols:
            table.add_column(c, justify="left" if c == "report" else "right")
        for s in scores:
            o = summary([s])
            table.add_row(s.report[:40], str(s.words), _pct(o["site_precision"]),
                          _pct(o["site_recall"]), _pct(o["mention_precision"]),
                          _pct(o["mention_recall"]), _pct(o["date_accuracy"]),
                          _pct(o["date_accuracy_pm1"]), _pct(o["role_accuracy"]),
                          _pct(o["claimant_accuracy"]), str(s.m_fp), str(s.not_site_hits),
                          str(s.m_unresolved))
        con.print(table)
    t = Table(title=f"Overall ({overall['reports']} reports)")
    t.add_column("metric")
    t.add_column("value", justify="right")
    c = overall["counts"]
    rows = [
        ("site precision (report, site) pairs", _pct(overall["site_precision"]),
         f"{c['site_tp']}/{c['site_tp'] + c['site_fp']}"),
        ("site recall (report, site) pairs", _pct(overall["site_recall"]),
         f"{c['site_hit']}/{c['site_gold']}"),
        ("  … over sites the gazetteer has", _pct(overall["site_recall_resolvable"]),
         f"{c['site_hit']}/{c['site_gold_resolvable']}"),
        ("mention precision (span overlap)", _pct(overall["mention_precision"]),
         f"{c['m_tp']}/{c['m_tp'] + c['m_fp']}"),
        ("mention recall (span overlap)", _pct(overall["mention_recall"]),
         f"{c['m_tp']}/{c['m_tp'] + c['m_fn']}"),
        ("  … over sites the gazetteer has", _pct(overall["mention_recall_resolvable"]), ""),
        ("date exact (matched mentions)", _pct(overall["date_accuracy"]),
         f"{c['date_exact']}/{c['m_tp']}"),
        ("date within ±1 day", _pct(overall["date_accuracy_pm1"]), f"{c['date_pm1']}/{c['m_tp']}"),
        ("role accuracy", _pct(overall["role_accuracy"]), f"{c['role_ok']}/{c['m_tp']}"),
        ("claimant accuracy", _pct(overall["claimant_accuracy"]),
         f"{c['claimant_ok']}/{c['claimant_n']}"),
        ("not-site violations", str(overall["not_site_violations"]), ""),
        ("labels the gazetteer lacks", str(overall["unresolved_labels"]), ""),
        ("words/s (extraction only)", str(speed["words_per_second"]),
         f"{speed['words']} words in {speed['extract_seconds']} s"),
        ("cores used / available", f"{speed['cores_used']} / {speed['cores_available']}", ""),
        ("gazetteer load", f"{speed['gazetteer_load_seconds']} s", ""),
    ]
    t.add_column("count", justify="right")
    for r in rows:
        t.add_row(*r)
    con.print(t)
    items = [it for s in scores for it in s.items]
    if not items:
        return
    con.print(f"[bold]What to fix[/bold] ({len(items)} items; kinds: "
              + ", ".join(f"{k}={n}" for k, n in Counter(i.kind for i in items).most_common())
              + ")")
    if len(items) > max_items:
        common = Counter((i.kind, i.surface) for i in items).most_common(30)
        con.print("most frequent: " + "; ".join(f"{k} {s!r}×{n}" for (k, s), n in common))
    for it in items[:max_items]:
        con.print(f"  {it.report} [{it.kind}] {it.surface!r}@{it.start}: {it.detail}",
                  markup=False, highlight=False)
    if len(items) > max_items:
        con.print(f"  … {len(items) - max_items} more (use --max-items or --json)")


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="*", type=Path,
                    help="folders of foo.md + foo.labels.yaml (default: the repo's labelled sets)")
    ap.add_argument("--json", action="store_true", help="print JSON instead of tables")
    ap.add_argument("--max-items", type=int, default=300, help="misses/FPs to list (default 300)")
    ap.add_argument("--ignore-kind", action="append", default=[], metavar="KIND",
                    help="drop predicted mentions of this site kind (e.g. country); repeatable")
    args = ap.parse_args(argv)
    try:
        files = collect(args.dirs or [d for d in DEFAULT_DIRS if d.exists()])
        scores, speed = evaluate(files, ignore_kinds=frozenset(args.ignore_kind))
    except (BenchError, LabelError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    overall = summary(scores)
    if args.json:
        out = {
            "overall": overall,
            "speed": speed,
            "reports": [{k: v for k, v in asdict(s).items() if k != "items"}
                        | {"summary": {k: v for k, v in summary([s]).items() if k != "counts"},
                           "items": [asdict(i) for i in s.items]} for s in scores],
        }
        print(json.dumps(out, indent=1, default=str))
    else:
        print_rich(scores, overall, speed, args.max_items)
    return 0


if __name__ == "__main__":
    sys.exit(main())
