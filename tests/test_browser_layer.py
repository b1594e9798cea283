"""The map in a real Chromium, offline: it starts, draws sites, popups are inert, filters work.

Needs Debian's /usr/bin/chromium (skipped without it). Every non-localhost request is
blocked. Screenshots go to tests/artifacts/ (git-ignored).
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
import time
from pathlib import Path

import pytest

from layers.dataset import filter_payload, publish_dataset
from layers.filters import filter_mentions, prepare_mentions
from layers.mapview import build_map, filter_element, js_literal
from layers.synthetic import EVALUATED, EVIL_SITE, ZOO, fixture_mentions, synthetic_mentions
from tests.chromium import ARGS, CHROMIUM

ARTIFACTS = Path(__file__).parent / "artifacts"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs /usr/bin/chromium"),
]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # noqa: D102 - silence the test server
        pass


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("site")
    handler = functools.partial(_Quiet, directory=str(root))
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield root, f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


def open_map(browser, url):
    """A page with only 127.0.0.1 reachable; returns (page, blocked, dialogs, errors)."""
    page = browser.new_page(viewport={"width": 1000, "height": 700})
    blocked, dialogs, errors = [], [], []

    def route(r):
        if r.request.url.startswith("http://127.0.0.1:"):
            r.continue_()
        else:
            blocked.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url)
    page.wait_for_function(
        "window.ReportMap && ReportMap.stats() && ReportMap.stats().ready"
        " && ReportMap.stats().basemapLoaded === 2",
        timeout=20_000,
    )
    return page, blocked, dialogs, errors


def write_page(root: Path, name: str, frame, filter_: dict | None = None):
    dataset = publish_dataset(frame, root)
    m = build_map(dataset, base_url="/")
    if filter_ is not None:
        m.add_child(filter_element(filter_, dataset))
    (root / name).write_text(m.get_root().render(), encoding="utf-8")
    return dataset


def stats(page):
    return page.evaluate("ReportMap.stats()")


def expected_counts(frame, filter_):
    got = filter_mentions(prepare_mentions(frame), **filter_)
    return got["site_id"].nunique(), len(got)


def test_offline_map_draws_sites_and_inert_popup(browser, server):
    root, base = server
    frame = fixture_mentions()
    dataset = write_page(root, "fixture.html", frame)
    page, blocked, dialogs, errors = open_map(browser, f"{base}/fixture.html")
    s = stats(page)
    assert s["errors"] == [] and errors == []
    assert s["visibleSites"] == dataset.n_sites and s["visibleMentions"] == len(frame)
    assert page.locator("canvas").count() >= 2  # basemap + sites
    assert all(not u.startswith("http://127.0.0.1") for u in blocked)

    tartus = dataset.site_ids.index("s-tartus")
    point = page.evaluate(f"ReportMap.sitePoint({tartus})")
    page.mouse.click(point["x"], point["y"])
    popup = page.locator(".leaflet-popup-content .rm-pop")
    popup.wait_for(timeout=5_000)
    text = popup.inner_text()
    for literal in (ZOO[0], ZOO[1], ZOO[2], ZOO[4], ZOO[5]):
        assert literal.replace("\\n", "") in text.replace("\n", " ")
    assert popup.locator("img, script, svg").count() == 0
    assert popup.locator("mark").count() == 2
    hrefs = popup.locator("a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert "../../?report=r2" in hrefs and "https://a.example/1" in hrefs
    assert not any(h.lower().startswith(("javascript:", "data:")) for h in hrefs)
    assert not EVALUATED.search(text) and "Outlet B 42" not in text
    page.wait_for_timeout(400)  # popup fade-in
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "browser_layer_popup.png"))

    evil = dataset.site_ids.index("s-evil")
    page.evaluate(f"ReportMap.openSite({evil})")
    page.wait_for_function("ReportMap.stats().popupsOpened >= 2")
    popup_text = page.locator(".leaflet-popup-content .rm-pop").inner_text()
    assert EVIL_SITE in popup_text
    assert page.locator(".leaflet-popup-content svg").count() == 0
    assert dialogs == []
    page.close()


FILTERS = [
    {},
    {"include_undated": True},
    {"date_range": ("2024-03-01", "2024-04-30")},
    {"date_range": ("2024-02-01", "2024-02-28")},
    {"date_range": ("2024-04-10", "2024-05-31"), "date_field": "published"},
    {"sources": ["Outlet C"], "include_undated": True},
    {"kinds": ["port", "derived"]},
    {"roles": ["locator"], "include_undated": True},
    {"sites": ["s-homs"]},
    {"sources": []},
]


def test_filter_changes_visible_markers_like_python(browser, server):
    root, base = server
    frame = fixture_mentions()
    dataset = write_page(root, "fixture2.html", frame)
    page, _, dialogs, errors = open_map(browser, f"{base}/fixture2.html")
    seen = set()
    for filter_ in FILTERS:
        page.evaluate(f"ReportMap.setFilter({js_literal(filter_payload(filter_, dataset))})")
        s = stats(page)
        assert (s["visibleSites"], s["visibleMentions"]) == expected_counts(frame, filter_), filter_
        seen.add(s["visibleSites"])
    assert len(seen) >= 4 and errors == [] and dialogs == []
    page.close()


def test_filter_element_in_page_and_synthetic_parity(browser, server):
    root, base = server
    frame = synthetic_mentions(3_000, n_sites=150, seed=11)
    filter_ = {"date_range": ("2021-01-01", "2021-12-31"), "sources": ["Outlet 1", "Outlet 2"]}
    write_page(root, "synthetic.html", frame, filter_)
    page, _, _, errors = open_map(browser, f"{base}/synthetic.html")
    s = stats(page)
    assert (s["visibleSites"], s["visibleMentions"]) == expected_counts(frame, filter_)
    assert errors == []
    page.wait_for_timeout(300)
    page.screenshot(path=str(ARTIFACTS / "browser_layer_synthetic.png"))
    page.close()


@pytest.mark.skipif(not os.environ.get("REPORTMAP_BENCH"), reason="set REPORTMAP_BENCH=1")
def test_scale_100k_repaint(browser, server):
    root, base = server
    frame = synthetic_mentions(100_000)
    dataset = write_page(root, "big.html", frame)
    t = time.perf_counter()
    page, _, _, _ = open_map(browser, f"{base}/big.html")
    load = time.perf_counter() - t
    times = []
    for year in (2020, 2021, 2022, 2023):
        payload = filter_payload({"date_range": (f"{year}-01-01", f"{year}-03-31")}, dataset)
        t = time.perf_counter()
        page.evaluate(f"ReportMap.setFilter({js_literal(payload)})")
        page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        times.append(time.perf_counter() - t)
    print(f"100k: load {load:.2f}s, repaint {[round(x * 1000) for x in times]} ms, "
          f"dataset {dataset.dataset_bytes} B")
    assert load < 3.0 and max(times) < 0.5
    page.close()


def test_simple_path_offline_with_popup(browser, server):
    from layers.mapview import simple_map

    root, base = server
    frame = filter_mentions(fixture_mentions(), sources=["Outlet B " + ZOO[2], "Outlet A"])
    m = simple_map(frame, root, base_url="/")
    (root / "simple.html").write_text(m.get_root().render(), encoding="utf-8")
    page, _, dialogs, errors = open_map(browser, f"{base}/simple.html")
    row = frame.iloc[0]
    point = page.evaluate(
        """([lat, lon]) => {
            const m = window[Object.keys(window).find(k => /^map_[0-9a-f]+$/.test(k))];
            const p = m.latLngToContainerPoint([lat, lon]);
            const box = m.getContainer().getBoundingClientRect();
            return {x: box.left + p.x, y: box.top + p.y};
        }""",
        [float(row["lat"]), float(row["lon"])],
    )
    page.mouse.click(point["x"], point["y"])
    popup = page.locator(".leaflet-popup-content .rm-pop")
    popup.wait_for(timeout=5_000)
    assert popup.locator("img, script, svg").count() == 0
    assert errors == [] and dialogs == []
    page.close()
