"""`reportmap` command line: extract, ingest, export."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from reportmap.errors import ReportmapError
from reportmap.reports import iter_report_paths

DEFAULT_STORE = "reportmap.gpkg"
EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


def _metadata_defaults(args: argparse.Namespace) -> dict:
    keys = ("source", "published", "title", "url", "language")
    return {k: getattr(args, k) for k in keys if getattr(args, k, None)}


def _add_metadata_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("metadata for files without front matter")
    group.add_argument("--source", help="the outlet, e.g. 'Reuters'")
    group.add_argument("--published", help="publication date, YYYY-MM-DD")
    group.add_argument("--title")
    group.add_argument("--url")
    group.add_argument("--language", help="ISO 639-1 code (default en)")


def feature_collection(extracted) -> dict:
    """RFC 7946 FeatureCollection, one Point feature per mention (longitude first)."""
    features = []
    for report, mentions in extracted:
        for m in mentions:
            features.append(
                {
                    "type": "Feature",
                    "geometry": {
                        "type": "Point",
                        "coordinates": [round(m.lon, 6), round(m.lat, 6)],
                    },
                    "properties": m.to_properties(report),
                }
            )
    return {"type": "FeatureCollection", "features": features}


def _report_refused(refused: list[tuple[str, str]]) -> None:
    for path, problem in refused:
        print(f"reportmap: refused {path}: {problem}", file=sys.stderr)


def cmd_extract(args: argparse.Namespace) -> int:
    from geo.gazetteer import load_gazetteer
    from reportmap.store import extract_reports

    extracted, refused = extract_reports(args.files, load_gazetteer(), _metadata_defaults(args))
    json.dump(
        feature_collection(extracted),
        sys.stdout,
        ensure_ascii=False,
        indent=2 if args.pretty else None,
    )
    sys.stdout.write("\n")
    _report_refused(refused)
    return EXIT_REFUSED if refused else EXIT_OK


def cmd_ingest(args: argparse.Namespace) -> int:
    import time

    from rich.console import Console
    from rich.progress import Progress

    from geo.gazetteer import load_gazetteer
    from reportmap.pool import default_jobs
    from reportmap.store import Store

    console = Console(stderr=True)
    files = list(iter_report_paths(args.paths))
    gazetteer = load_gazetteer()
    jobs = args.jobs or default_jobs()
    # No refresh thread: worker processes are forked while the bar runs.
    with Progress(console=console, transient=True, disable=args.quiet,
                  auto_refresh=False) as progress:
        task = progress.add_task("reading reports", total=len(files))
        shown = [0.0]

        def advance(_: str) -> None:
            progress.advance(task)
            now = time.monotonic()
            if now - shown[0] > 0.1:
                shown[0] = now
                progress.refresh()

        summary = Store(args.store).ingest_paths(
            files, gazetteer, _metadata_defaults(args), on_file=advance, jobs=jobs
        )
    refused = summary.refused
    console.print(
        f"{args.store}: {summary.read} reports read, {summary.new} new "
        f"({summary.new_versions} new versions of stored reports), {summary.unchanged} already "
        f"stored, {summary.mentions} mentions stored, {len(refused)} files refused"
    )
    _report_refused(refused)
    return EXIT_REFUSED if refused else EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from reportmap.store import Store

    store = Store(args.store)
    if not store.exists():
        raise ReportmapError(
            f"{args.store}: no such store",
            hint="create it with 'reportmap ingest PATH... --store FILE'",
        )
    reports, mentions = store.read_current()
    provenance = reports.set_index("report_id")[["path", "ingested_at", "extractor"]]
    table = mentions.join(provenance, on="report_id")
    if args.format == "csv":
        text = table.drop(columns="geometry").to_csv(index=False)
    else:
        text = table.to_json(drop_id=True, ensure_ascii=False) + "\n"
    if args.output in (None, "-"):
        sys.stdout.write(text)
    else:
        atomic_write_text(Path(args.output), text)
    return EXIT_OK


def atomic_write_text(path: Path, text: str) -> None:
    """Write a file so that readers see the old or the new content, never half of it."""
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a positive number of processes, got {text!r}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="reportmap", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="print the mentions of report files as GeoJSON")
    p.add_argument("files", nargs="+", help="report files or folders")
    p.add_argument("--pretty", action="store_true", help="indent the JSON")
    _add_metadata_options(p)
    p.set_defaults(func=cmd_extract)
    p = sub.add_parser("ingest", help="extract reports into a GeoPackage store")
    p.add_argument("paths", nargs="+", help="report files or folders")
    p.add_argument("--store", default=DEFAULT_STORE, help=f"GeoPackage (default {DEFAULT_STORE})")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--jobs", "-j", type=_positive_int, default=0, metavar="N",
                   help="extract in N processes (default: every core available)")
    _add_metadata_options(p)
    p.set_defaults(func=cmd_ingest)
    p = sub.add_parser("export", help="write the stored mentions as GeoJSON or CSV")
    p.add_argument("--store", default=DEFAULT_STORE)
    p.add_argument("--format", choices=["geojson", "csv"], default="geojson")
    p.add_argument("-o", "--output", help="file to write (default: standard output)")
    p.set_defaults(func=cmd_export)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except ReportmapError as exc:
        print(f"reportmap: error: {exc}", file=sys.stderr)
        if exc.hint:
            print(f"hint: {exc.hint}", file=sys.stderr)
        return EXIT_REFUSED
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
