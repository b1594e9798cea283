"""Load reports: Markdown or text with YAML front matter, or plain text with metadata given."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path

import yaml

from reportmap.errors import ReportError
from reportmap.model import Report

REPORT_SUFFIXES = (".md", ".markdown", ".txt", ".text")
SKIPPED_IN_FOLDERS = re.compile(r"^(readme|expected|license|changelog)\b", re.IGNORECASE)
FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z]{2,4})?$")


class _TextDatesLoader(yaml.SafeLoader):
    """SafeLoader that leaves dates as text, so an impossible date gets our own message."""


_TextDatesLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def report_id_of(data: bytes) -> str:
    """The content hash that identifies a report version: sha256, first 16 hex digits."""
    return hashlib.sha256(data).hexdigest()[:16]


def iter_report_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Expand files and folders (recursively) into report files, in a stable order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if (
                    child.is_file()
                    and child.suffix.lower() in REPORT_SUFFIXES
                    and not SKIPPED_IN_FOLDERS.match(child.name)
                    and not child.name.endswith(".labels.yaml")
                ):
                    yield child
        else:
            yield path


def decode_report_bytes(path: str, data: bytes) -> str:
    """Decode UTF-8 text, refusing empty, binary and undecodable files with a clear message."""
    if not data.strip():
        raise ReportError(path, "the file is empty")
    if b"\x00" in data[:8192]:
        raise ReportError(path, "this looks like a binary file (it contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex()
        raise ReportError(
            path,
            f"not UTF-8 text: byte 0x{bad} at offset {exc.start} cannot be decoded",
            hint="save the file as UTF-8",
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_published(path: str, value: object) -> date:
    """A publication date from front matter or the command line; impossible dates are refused."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if value is None or str(value).strip() == "":
        raise ReportError(
            path,
            "missing 'published' date",
            hint="add 'published: YYYY-MM-DD' to the front matter or pass --published",
        )
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10]) if len(text) >= 10 else date.fromisoformat(text)
    except ValueError:
        raise ReportError(
            path,
            f"impossible 'published' date {text!r}",
            hint="use an ISO date such as 2024-12-13",
        ) from None


def split_front_matter(path: str, text: str) -> tuple[dict, str]:
    """Split YAML front matter from the body; no front matter gives an empty mapping."""
    match = FRONT_MATTER.match(text)
    if not match:
        if text.lstrip("\ufeff").startswith("---"):
            raise ReportError(path, "front matter is opened with '---' but never closed")
        return {}, text
    try:
        meta = yaml.load(match.group(1), Loader=_TextDatesLoader) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ReportError(path, f"bad front matter{where}: {problem}") from None
    if not isinstance(meta, dict):
        raise ReportError(
            path, f"front matter must be a mapping of keys, got {type(meta).__name__}"
        )
    return meta, text[match.end() :]


def _optional_text(path: str, meta: dict, key: str) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if isinstance(value, (dict, list)):
        raise ReportError(path, f"front matter '{key}' must be text, got {value!r}")
    text = str(value).strip()
    return text or None


def parse_report(path: str, data: bytes, defaults: dict | None = None) -> Report:
    """Build a Report from a file's bytes; `defaults` fill metadata the file does not give."""
    text = decode_report_bytes(path, data)
    meta, body = split_front_matter(path, text)
    meta = {**(defaults or {}), **{k: v for k, v in meta.items() if v is not None}}
    if not body.strip():
        raise ReportError(path, "the report has no body text after its front matter")
    source = _optional_text(path, meta, "source")
    if not source:
        raise ReportError(
            path,
            "missing 'source' (the outlet)",
            hint="add 'source: ...' to the front matter or pass --source",
        )
    language = (_optional_text(path, meta, "language") or "en").lower()
    if not LANGUAGE.match(language):
        raise ReportError(path, f"'language' must be an ISO 639-1 code, got {language!r}")
    return Report(
        report_id=report_id_of(data),
        path=path,
        source=source,
        published=parse_published(path, meta.get("published")),
        body=body,
        title=_optional_text(path, meta, "title"),
        url=_optional_text(path, meta, "url"),
        language=language,
        published_estimated=bool(meta.get("published_estimated", False)),
    )


def load_report(path: str | Path, defaults: dict | None = None) -> Report:
    """Read one report file; raises ReportError naming the file and the problem."""
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise ReportError(name, "no such file") from None
    except IsADirectoryError:
        raise ReportError(name, "is a folder, not a file") from None
    except OSError as exc:
        raise ReportError(name, f"cannot be read ({exc.strerror})") from None
    return parse_report(name, data, defaults)
