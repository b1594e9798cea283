"""Extraction and ingest speed on a synthetic corpus (issue #4), against the targets.

    .venv/bin/python bench/ingest_speed.py                       # 10,000 reports of ~500 words
    .venv/bin/python bench/ingest_speed.py --reports 1000 --json /tmp/ingest.json

Measures, in one run: extraction words/s in one process (the gazetteer loaded beforehand, its
load time apart); `reportmap ingest DIR --store X.gpkg` end to end as a subprocess with one process
(the baseline) and with every core: wall time, peak memory, reports/s, mentions stored, store
size; a second ingest of the same folder (must store nothing); 100 more reports into the existing
store. The corpus is generated once per (seed, reports, words) and kept in the work folder.
Exit status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TARGET_WORDS_PER_S = 2_000  # extraction, per core
TARGET_SECONDS = 300.0  # ingest of 10,000 reports
TARGET_RSS_MB = 2_048.0  # peak memory of the ingest, every process together
MORE = 100  # reports added to an existing store
SUMMARY = re.compile(
    r"(\d+) reports read, (\d+) new .*?(\d+) already stored, (\d+) mentions stored", re.DOTALL
)


@dataclass
class IngestRun:
    """One `reportmap ingest` subprocess."""

    label: str
    jobs: int
    reports: int
    seconds: float
    peak_tree_mb: float  # sum of RSS over the process and its workers, sampled
    peak_process_mb: float  # largest single process (getrusage of the waited child)
    new: int
    unchanged: int
    mentions_new: int
    mentions_stored: int
    store_mb: float
    exit_code: int
    load_average: float  # 1-minute load average of the machine at the end (other work competes)

    @property
    def reports_per_s(self) -> float:
        return self.reports / self.seconds if self.seconds else 0.0


# ------------------------------------------------------------------------------ corpus


def corpus(work: Path, n: int, words: int, seed: int) -> tuple[Path, Path]:
    """(folder of n reports, folder of MORE further reports), generated once and cached."""
    base = work / f"synth-s{seed}-n{n}-w{words}"
    main_dir, more_dir, done = base / "reports", base / "more", base / ".complete"
    if done.exists():
        return main_dir, more_dir
    shutil.rmtree(base, ignore_errors=True)
    sys.path.insert(0, str(ROOT / "bench"))
    import synth

    sites, coastal = synth.load_sites()
    rng = synth.random.Random(seed)
    main_dir.mkdir(parents=True)
    more_dir.mkdir()
    t0 = time.perf_counter()
    for i in range(n + MORE):
        md, _ = synth.write_report(rng, i, sites, coastal, date(2024, 1, 1), words)
        folder = main_dir if i < n else more_dir
        (folder / f"{i:05d}.md").write_text(md, encoding="utf-8")
    done.write_text(f"{time.perf_counter() - t0:.1f} s\n")
    return main_dir, more_dir


# ------------------------------------------------------------------------------ measures


def extraction_speed(folder: Path, sample: int) -> dict:
    """`_extraction_speed` in a fresh process, so that nothing is loaded beforehand."""
    out = subprocess.run([sys.executable, __file__, "--extract-only", str(folder),
                          "--extract-sample", str(sample)], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out)


def _extraction_speed(folder: Path, sample: int) -> dict:
    """Words/s of extract_mentions in this process over the first `sample` reports."""
    from geo.gazetteer import load_gazetteer
    from reportmap.extract import extract_mentions
    from reportmap.reports import iter_report_paths, load_report

    t0 = time.perf_counter()
    gazetteer = load_gazetteer()
    gaz_s = time.perf_counter() - t0
    paths = list(iter_report_paths([folder]))[:sample]
    reports = [load_report(p) for p in paths]
    words = sum(len(r.body.split()) for r in reports)
    extract_mentions(reports[0], gazetteer)  # first call: lazy tables (land polygons, locales)
    t0 = time.perf_counter()
    mentions = sum(len(extract_mentions(r, gazetteer)) for r in reports)
    seconds = time.perf_counter() - t0
    return {"reports": len(reports), "words": words, "mentions": mentions,
            "seconds": round(seconds, 2), "words_per_s": round(words / seconds, 1),
            "gazetteer_load_s": round(gaz_s, 3)}


def _tree_rss_kb(root: int) -> int:
    """Sum of VmRSS over `root` and its descendants (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2:].split()[1])
        children.setdefault(ppid, []).append(int(entry))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, ()))
        try:
            with open(f"/proc/{pid}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
        except OSError:
            continue
    return total


def ingest(label: str, folder: Path, store: Path, jobs: int, log: Path) -> IngestRun:
    """Run `reportmap ingest` as a subprocess; time it and sample its memory."""
    cmd = [sys.executable, "-m", "reportmap.cli", "ingest", str(folder), "--store", str(store),
           "--quiet", "--jobs", str(jobs)]
    before = _count(store)
    peak = [0]
    with open(log, "w") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err)
        stop = threading.Event()

        def sample() -> None:
            while not stop.wait(0.05):
                peak[0] = max(peak[0], _tree_rss_kb(proc.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - t0
        stop.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
    text = log.read_text()
    match = SUMMARY.search(text)
    if not match:
        raise SystemExit(f"error: {label}: no ingest summary in {log}:\n{text[-2000:]}")
    read, new, unchanged, mentions = map(int, match.groups())
    stored = _count(store)
    if stored - before != mentions:
        raise SystemExit(f"error: {label}: reported {mentions} mentions, stored {stored - before}")
    return IngestRun(label, jobs, read, seconds, peak[0] / 1024, usage.ru_maxrss / 1024, new,
                     unchanged, mentions, stored, store.stat().st_size / 2**20, proc.returncode,
                     os.getloadavg()[0])


def _count(store: Path) -> int:
    if not store.exists():
        return 0
    with sqlite3.connect(store) as db:
        return db.execute("SELECT COUNT(*) FROM mentions").fetchone()[0]


# ------------------------------------------------------------------------------ output


def table(runs: list[IngestRun]) -> str:
    head = ("run", "jobs", "reports", "wall s", "reports/s", "new", "already", "mentions +",
            "mentions", "store MB", "peak MB (all)", "peak MB (1 proc)", "load")
    rows = [(r.label, str(r.jobs), f"{r.reports:,}", f"{r.seconds:.1f}", f"{r.reports_per_s:.1f}",
             f"{r.new:,}", f"{r.unchanged:,}", f"{r.mentions_new:,}", f"{r.mentions_stored:,}",
             f"{r.store_mb:.1f}", f"{r.peak_tree_mb:.0f}", f"{r.peak_process_mb:.0f}",
             f"{r.load_average:.1f}")
            for r in runs]
    return _markdown(head, rows)


def _markdown(head: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(head)]
    def line(cells: tuple[str, ...]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    sep = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(head), sep, *(line(r) for r in rows)])


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    from reportmap.pool import default_jobs

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=10_000)
    ap.add_argument("--words", type=int, default=500, help="words a report, about (default 500)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--jobs", type=int, default=default_jobs(), help="default: every core")
    ap.add_argument("--extract-sample", type=int, default=1000, metavar="N",
                    help="reports timed for the single-process extraction (default 1000)")
    ap.add_argument("--no-baseline", action="store_true", help="skip the one-process ingest")
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "reportmap-bench")
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    ap.add_argument("--keep", action="store_true", help="keep the stores written (default: delete)")
    ap.add_argument("--extract-only", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.extract_only:
        print(json.dumps(_extraction_speed(args.extract_only, args.extract_sample)))
        return 0

    main_dir, more_dir = corpus(args.work, args.reports, args.words, args.seed)
    run_dir = Path(tempfile.mkdtemp(prefix="ingest-", dir=args.work))
    print(f"corpus: {main_dir} ({args.reports:,} reports, ~{args.words} words) + {more_dir}; "
          f"cores {default_jobs()}, load average {os.getloadavg()[0]:.1f} at start")

    ext = extraction_speed(main_dir, args.extract_sample)
    print(f"extraction, one process: {ext['words']:,} words of {ext['reports']:,} reports in "
          f"{ext['seconds']} s = {ext['words_per_s']:,.0f} words/s "
          f"({ext['mentions']:,} mentions); gazetteer load {ext['gazetteer_load_s']} s")

    runs: list[IngestRun] = []
    if not args.no_baseline:
        runs.append(ingest("ingest (baseline, 1 process)", main_dir, run_dir / "one.gpkg", 1,
                           run_dir / "one.log"))
        print(table(runs[-1:]), flush=True)
    store = run_dir / "all.gpkg"
    runs.append(ingest(f"ingest ({args.jobs} processes)", main_dir, store, args.jobs,
                       run_dir / "all.log"))
    runs.append(ingest("same folder again", main_dir, store, args.jobs, run_dir / "again.log"))
    runs.append(ingest(f"{MORE} more reports", more_dir, store, args.jobs, run_dir / "more.log"))
    print()
    print(table(runs))
    print()

    full = runs[-3]
    checks = [
        ("extraction words/s per core", ext["words_per_s"] >= TARGET_WORDS_PER_S,
         f"{ext['words_per_s']:,.0f} ≥ {TARGET_WORDS_PER_S:,}"),
        (f"ingest of {full.reports:,} reports", full.seconds < TARGET_SECONDS * full.reports / 1e4,
         f"{full.seconds:.1f} s < {TARGET_SECONDS * full.reports / 1e4:.0f} s"
         + ("" if full.reports == 10_000 else " (target scaled to the corpus)")),
        ("peak memory of the ingest", full.peak_tree_mb < TARGET_RSS_MB,
         f"{full.peak_tree_mb:.0f} MB < {TARGET_RSS_MB:.0f} MB"),
        ("second ingest stores nothing", runs[-2].new == 0 and runs[-2].mentions_new == 0,
         f"{runs[-2].new} new reports, {runs[-2].mentions_new} new mentions"),
        ("every file ingested", all(r.exit_code == 0 for r in runs),
         ", ".join(str(r.exit_code) for r in runs)),
    ]
    if not args.no_baseline:
        base = runs[0]
        ratio = base.seconds / full.seconds
        same = base.mentions_stored == full.mentions_stored
        print(f"ratio: {args.jobs} processes are {ratio:.2f}× as fast as 1 process "
              f"({base.seconds:.1f} s → {full.seconds:.1f} s)")
        checks.append(("1 process and all cores store the same mentions", same,
                       f"{base.mentions_stored:,} vs {full.mentions_stored:,}"))
    for name, ok, detail in checks:
        print(f"{'PASS' if ok else 'FAIL'}  {name}: {detail}")
    print(f"load average at the end {os.getloadavg()[0]:.1f}"
          + (f"; stores kept in {run_dir}" if args.keep else ""))
    if not args.keep:
        shutil.rmtree(run_dir, ignore_errors=True)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({
            "reports": args.reports, "words": args.words, "seed": args.seed, "jobs": args.jobs,
            "extraction": ext,
            "ingest": [{**asdict(r), "reports_per_s": round(r.reports_per_s, 1)} for r in runs],
            "checks": [{"check": n, "pass": ok, "detail": d} for n, ok, d in checks],
            "max_rss_self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        }, indent=2) + "\n")
    return 0 if all(ok for _, ok, _ in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
