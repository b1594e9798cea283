"""layers/html.py: every report text comes out as literal, inert text."""

from __future__ import annotations

import html as std_html
import re

import pytest

from layers import html as H
from layers.mapview import simple_map
from layers.sites import site_features
from layers.synthetic import BAD_URLS, EVALUATED, ZOO, fixture_mentions

FIELDS = ["excerpt", "title", "source", "claimant", "date_text", "site", "kind"]
RAW_DANGER = ["<img", "<script", "<svg", "{{", "{%", "`", "\\"]


def record(**kw):
    base = {
        "report_id": "r1", "source": "Outlet", "title": "T", "url": "https://x.example/a",
        "text": "Homs", "excerpt": "Fighting in Homs today.", "start": 112, "end": 116,
        "excerpt_start": 100, "date_start": "2024-01-02", "date_end": "2024-01-02",
        "date_text": "on Tuesday", "date_basis": "explicit", "claimant": "the army",
        "site": "Homs", "kind": "city",
    }
    base.update(kw)
    return base


def assert_inert(fragment: str, literal: str) -> None:
    """fragment holds `literal` only in escaped form and no raw dangerous markup."""
    for bad in RAW_DANGER:
        if bad in literal:
            assert bad not in fragment, f"raw {bad!r} in {fragment!r}"
    assert not EVALUATED.search(fragment) and ">42<" not in fragment


@pytest.mark.parametrize("text", ZOO)
def test_escape_text_roundtrips_and_is_inert(text):
    escaped = H.escape_text(text)
    assert std_html.unescape(escaped) == text
    assert not set(escaped) & set("<>\"'{}`\\$")


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("text", ZOO)
def test_popup_escapes_every_field(field, text):
    rec = record(**{field: text})
    if field == "excerpt":
        rec.update(excerpt=f"{text} Homs {text}", start=100 + len(text) + 1,
                   end=100 + len(text) + 5)
    popup = H.site_popup_html(rec, [rec])
    assert_inert(popup, text)
    assert H.escape_text(text) in popup
    assert popup.count("<mark>") == 1


def test_mark_wraps_exact_span_and_parts_escaped():
    rec = record(excerpt="<b>Homs</b> & Homs", start=100 + 14, end=100 + 18, text="Homs")
    out = H.mention_html(rec)
    assert "&lt;b&gt;Homs&lt;/b&gt; &amp; <mark>Homs</mark>" in out


def test_mark_falls_back_to_surface_when_offsets_wrong():
    assert H.highlight("in Homs now", 0, 2, "Homs") == "in <mark>Homs</mark> now"
    assert H.highlight("nothing here", 50, 60, "Homs") == "nothing here"


@pytest.mark.parametrize("url", BAD_URLS + ["//evil.example/x", "http:/nohost", "ftp://x/y"])
def test_unsafe_url_gets_no_link(url):
    out = H.mention_html(record(url=url))
    hrefs = re.findall(r'href="([^"]*)"', out)
    assert hrefs == [H.escape_text(H.report_link("r1"))]
    assert "javascript:" not in "".join(hrefs).lower()


def test_safe_url_link_and_report_link():
    out = H.mention_html(record(url="https://x.example/a?b=1&c=2", report_id="a b/c"),
                         report_href="../../?report={report_id}")
    assert 'href="https://x.example/a?b=1&amp;c=2"' in out
    assert 'href="../../?report=a%20b%2Fc"' in out
    assert H.safe_url(" https://ok.example/ ") == "https://ok.example/"
    assert H.safe_url("java\nscript:alert(1)") is None


def test_report_html_keeps_paragraphs_and_marks():
    body = "First <p> {{ 6*7 }} in Homs.\n\nSecond line\nwith Tartus."
    mentions = [{"start": body.index("Homs"), "end": body.index("Homs") + 4},
                {"start": body.index("Tartus"), "end": body.index("Tartus") + 6},
                {"start": 0, "end": 9999}]
    out = H.report_html(body, mentions)
    assert out.count("<p>") == 2 and "<br>" in out
    assert "<mark>Homs</mark>" in out and "<mark>Tartus</mark>" in out
    assert "&lt;p&gt; &#123;&#123; 6*7 &#125;&#125;" in out


def test_folium_rendered_simple_map_is_inert(tmp_path):
    frame = fixture_mentions()
    page = simple_map(frame, tmp_path, base_url="/").get_root().render()
    assert not EVALUATED.search(page) and "Outlet B 42" not in page
    for bad in ("<img", "<svg", "</script><script>alert"):
        assert bad not in page
    assert "javascript:alert" not in re.sub(r"rm-bad-url[^<]*", "", page)
    assert "https://" not in page.split("<script")[0]  # no CDN links in the head


def test_site_features_feed_popups():
    fc = site_features(fixture_mentions())
    for feature in fc["features"]:
        props = feature["properties"]
        popup = H.site_popup_html(props, props["mentions"])
        assert popup.count('class="rm-m"') == props["n_mentions"]
        for text in ZOO:
            assert_inert(popup, text)
