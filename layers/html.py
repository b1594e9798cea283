"""The one module that builds HTML: every text from a report is escaped here.

folium does not escape popup HTML, branca may run text through Jinja, folium puts popup
HTML inside JavaScript template literals, and the canvas layer JS inserts the snippets
written here as HTML. So `escape_text` turns `& < > " '` into entities and also `{ } \\` `
and backslash into numeric entities: the result is inert for HTML, Jinja and JS template
literals alike. Nothing else in the project builds HTML from report text.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any
from urllib.parse import quote, urlsplit

_ENTITIES = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": "&#39;",
    "{": "&#123;",
    "}": "&#125;",
    "`": "&#96;",
    "\\": "&#92;",
    "$": "&#36;",
}
_TABLE = str.maketrans(
    {**_ENTITIES, **{chr(c): None for c in [*range(0, 9), 11, 12, *range(14, 32), 127]}}
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
DEFAULT_REPORT_HREF = "?report={report_id}"
# From the streamlit-folium iframe (/component/streamlit_folium.st_folium/index.html)
# this resolves to the app's root (also under server.baseUrlPath).
STREAMLIT_REPORT_HREF = "../../?report={report_id}"
_PARA_BREAK = re.compile(r"\n[ \t]*\n+")


def _blank(value: Any) -> bool:
    """True for None, NaN and empty strings."""
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def text_of(value: Any) -> str:
    """A printable string for any cell value ('' for None/NaN)."""
    if type(value) is str:
        return value
    return "" if _blank(value) else str(value)


def escape_text(value: Any) -> str:
    """Escape a text for HTML body or attribute, Jinja and JS template literals."""
    return text_of(value).translate(_TABLE)


def safe_url(url: Any) -> str | None:
    """The URL if it is an absolute http(s) URL with a host, else None."""
    return _safe_url(text_of(url))


@lru_cache(maxsize=4096)
def _safe_url(text: str) -> str | None:
    """safe_url on a string (cached: many mentions share a report URL)."""
    text = text.strip()
    if not text or _CONTROL.search(text) or any(c.isspace() for c in text):
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return text


def report_link(report_id: Any, report_href: str = DEFAULT_REPORT_HREF) -> str:
    """The app URL of the reader for one report (report_id is URL-quoted)."""
    return report_href.replace("{report_id}", quote(text_of(report_id), safe=""))


def highlight(text: Any, start: Any, end: Any, surface: Any = None) -> str:
    """Escaped text with <mark> around [start, end); parts are escaped separately.

    If the offsets do not fit the text, the first occurrence of `surface` is marked
    instead; failing that the text is returned escaped without a mark.
    """
    body = text_of(text)
    try:
        s, e = int(start), int(end)
    except (TypeError, ValueError):
        s, e = -1, -1
    word = text_of(surface)
    if not (0 <= s < e <= len(body)) or (word and body[s:e] != word):
        found = body.find(word) if word else -1
        if found < 0:
            return escape_text(body)
        s, e = found, found + len(word)
    return (
        f"{escape_text(body[:s])}<mark>{escape_text(body[s:e])}</mark>{escape_text(body[e:])}"
    )


def _date_label(record: Mapping[str, Any]) -> str:
    """'2024-05-01' or '2024-05-01 – 2024-05-03' or 'undated' (plain text)."""
    start, end = text_of(record.get("date_start")), text_of(record.get("date_end"))
    if not start and not end:
        return "undated"
    if not start or not end or start == end:
        return start or end
    return f"{start} \u2013 {end}"


def site_header_html(site: Mapping[str, Any]) -> str:
    """Popup header: site name, kind, derived/precision note."""
    name = escape_text(site.get("site")) or escape_text(site.get("site_id"))
    kind = escape_text(site.get("kind"))
    notes = []
    if site.get("derived") is True or str(site.get("derived")).lower() == "true":
        notes.append("derived position")
    precision = site.get("precision_m")
    if not _blank(precision):
        try:
            metres = float(precision)
        except (TypeError, ValueError):
            metres = float("nan")
        if not math.isnan(metres) and metres > 0:
            label = f"\u00b1{metres / 1000:.0f} km" if metres >= 1000 else f"\u00b1{metres:.0f} m"
            notes.append(label)
    note = f' <span class="rm-note">({escape_text(", ".join(notes))})</span>' if notes else ""
    kind_html = f' <span class="rm-kind">{kind}</span>' if kind else ""
    return f'<div class="rm-head"><b>{name}</b>{kind_html}{note}</div>'


def mention_html(record: Mapping[str, Any], report_href: str = DEFAULT_REPORT_HREF) -> str:
    """One mention in a popup: highlighted excerpt, outlet, dates, claimant, links.

    `record` holds Mention.to_properties keys; `start`/`end` are offsets in the body and
    `excerpt_start` the excerpt's offset (as in the mentions frame).
    """
    excerpt = text_of(record.get("excerpt"))
    offset = record.get("excerpt_start")
    try:
        base = int(offset) if not _blank(offset) else 0
        s, e = int(record.get("start")) - base, int(record.get("end")) - base
    except (TypeError, ValueError):
        s, e = -1, -1
    excerpt_html = highlight(excerpt, s, e, record.get("text"))
    source = escape_text(record.get("source"))
    title = escape_text(record.get("title"))
    basis = text_of(record.get("date_basis")) or "none"
    meta = [f"<b>{source}</b>" if source else ""]
    if title:
        meta.append(f"<i>{title}</i>")
    meta.append(f"event: {escape_text(_date_label(record))} ({escape_text(basis)})")
    date_text = escape_text(record.get("date_text"))
    if date_text:
        meta.append(f"&#8220;{date_text}&#8221;")
    claimant = escape_text(record.get("claimant"))
    if claimant:
        meta.append(f"according to {claimant}")
    links = [
        f'<a href="{escape_text(report_link(record.get("report_id"), report_href))}" '
        'target="_blank" rel="noopener">read the report</a>'
    ]
    url = safe_url(record.get("url"))
    if url:
        links.append(
            f'<a href="{escape_text(url)}" target="_blank" rel="noopener noreferrer">original</a>'
        )
    elif text_of(record.get("url")):
        links.append(f'<span class="rm-bad-url">{escape_text(record.get("url"))}</span>')
    meta_html = " &#183; ".join(m for m in meta if m)
    return (
        f'<div class="rm-m"><div class="rm-x">{excerpt_html}</div>'
        f'<div class="rm-meta">{meta_html}</div>'
        f'<div class="rm-links">{" &#183; ".join(links)}</div></div>'
    )


def more_html(n_more: int) -> str:
    """The note closing a popup that shows only part of a site's mentions."""
    return f'<div class="rm-more">{int(n_more)} more mentions: narrow the filter to see them</div>'


def site_popup_html(
    site: Mapping[str, Any],
    mentions: Iterable[Mapping[str, Any]],
    report_href: str = DEFAULT_REPORT_HREF,
    limit: int = 25,
) -> str:
    """The whole popup of a site: header and up to `limit` mentions."""
    records = list(mentions)
    parts = [site_header_html(site)]
    parts.extend(mention_html(r, report_href) for r in records[:limit])
    if len(records) > limit:
        parts.append(more_html(len(records) - limit))
    return f'<div class="rm-pop">{"".join(parts)}</div>'


def site_label_html(site: Mapping[str, Any]) -> str:
    """Short escaped label (tooltip) of a site: its name."""
    return escape_text(site.get("site")) or escape_text(site.get("site_id"))


def legend_html(kinds: Iterable[str], colors: Iterable[str]) -> str:
    """The kind → colour legend box."""
    rows = "".join(
        f'<div><span class="rm-dot" style="background:{escape_text(c)}"></span>'
        f"{escape_text(k)}</div>"
        for k, c in zip(kinds, colors, strict=True)
    )
    return f'<div class="rm-legend">{rows}</div>'


def _spans(body: str, mentions: Iterable[Mapping[str, Any]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping, in-range (start, end) spans of mentions."""
    spans = []
    for record in mentions:
        try:
            s, e = int(record.get("start")), int(record.get("end"))
        except (TypeError, ValueError):
            continue
        if 0 <= s < e <= len(body) and not _PARA_BREAK.search(body[s:e]):
            spans.append((s, e))
    kept: list[tuple[int, int]] = []
    for s, e in sorted(set(spans)):
        if kept and s < kept[-1][1]:
            continue
        kept.append((s, e))
    return kept


def _paragraphs(html_text: str) -> str:
    """Wrap escaped text in <p> per blank-line paragraph, <br> for single newlines."""
    paras = _PARA_BREAK.split(html_text.replace("\r\n", "\n").strip("\n"))
    return "".join(f"<p>{p.strip(chr(10)).replace(chr(10), '<br>')}</p>" for p in paras if p)


def report_html(body: Any, mentions: Iterable[Mapping[str, Any]] = ()) -> str:
    """The whole report body escaped, mentions marked, paragraphs kept."""
    text = text_of(body)
    out, pos = [], 0
    for s, e in _spans(text, mentions):
        out.append(escape_text(text[pos:s]))
        out.append(f"<mark>{escape_text(text[s:e])}</mark>")
        pos = e
    out.append(escape_text(text[pos:]))
    return f'<div class="rm-report">{_paragraphs("".join(out))}</div>'
