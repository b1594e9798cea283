"""The whole app in a real Chromium: `streamlit run` on 127.0.0.1, offline, on the sample.

Waits for the map, counts the site markers, clicks Hmeimim and reads its popup, moves the date
slider and sees the markers change. Timings are printed (pytest -s) and a screenshot is kept in
tests/artifacts/.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from layers.dataset import publish_dataset
from reportmap.app_data import load_sample
from tests.chromium import ARGS, CHROMIUM

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = Path(__file__).parent / "artifacts"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not Path(CHROMIUM).exists() and not os.environ.get("CI"),
        reason="needs /usr/bin/chromium (make test installs it)",
    ),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    port = _free_port()
    log = (tmp_path_factory.mktemp("streamlit") / "server.log").open("w+b")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(ROOT / "streamlit_app.py"),
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--server.headless",
            "true",
            "--browser.gatherUsageStats",
            "false",
        ],
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).status == 200:
                break
        except OSError:
            time.sleep(0.3)
    else:
        proc.kill()
        log.seek(0)
        pytest.fail("streamlit did not start: " + log.read().decode(errors="replace"))
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def page(app_url):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.route(
            "**/*", lambda r: r.continue_() if r.request.url.startswith(app_url) else r.abort()
        )
        yield page
        browser.close()


def _map_frame(page):
    iframe = page.locator("iframe[src*='folium']").first
    if not iframe.count():
        return None
    return iframe.element_handle().content_frame()


def _stats(frame) -> dict:
    return frame.evaluate("ReportMap.stats()")


def test_sample_map_in_chromium(page, app_url, tmp_path):
    site_ids = publish_dataset(load_sample().mentions, tmp_path).site_ids
    t0 = time.perf_counter()
    page.goto(app_url)
    page.wait_for_function(
        "() => [...document.querySelectorAll('iframe')].some(f => f.src.includes('folium'))",
        timeout=60_000,
    )
    deadline = time.time() + 60
    frame = None
    while time.time() < deadline:
        frame = _map_frame(page)
        if frame and frame.evaluate("window.ReportMap ? ReportMap.stats().ready : false"):
            break
        time.sleep(0.1)
    assert frame is not None, f"no map frame among {[f.url for f in page.frames]}"
    frame.wait_for_function("ReportMap.stats().ready && ReportMap.stats().visibleSites > 0")
    first_map_s = time.perf_counter() - t0
    before = _stats(frame)
    wanted = {
        "sy-hmeimim-air-base",
        "sy-tartus-naval-base",
        "offshore:sy-tartus",
        "sy-manbij",
        "sy-kobane",
    }
    assert wanted <= set(site_ids)
    assert before["visibleSites"] >= 5

    # click Hmeimim's marker and read the popup
    hmeimim = site_ids.index("sy-hmeimim-air-base")
    point = frame.evaluate(f"ReportMap.sitePoint({hmeimim})")
    box = page.locator("iframe[src*='folium']").first.bounding_box()
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    popup = frame.locator(".leaflet-popup-content")
    popup.wait_for(timeout=10_000)
    frame.wait_for_function(
        "document.querySelector('.leaflet-popup-content').innerText.includes('An-124')",
        timeout=10_000,
    )
    assert "Hmeimim" in popup.inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "app-sample.png"), full_page=False)

    # move the slider's start thumb to the end: one day left, fewer markers
    thumb = page.get_by_role("slider").first
    thumb.focus()
    t1 = time.perf_counter()
    thumb.press("End")
    frame.wait_for_function(
        f"ReportMap.stats().visibleSites !== {before['visibleSites']}", timeout=20_000
    )
    move_s = time.perf_counter() - t1
    after = _stats(frame)
    assert 0 < after["visibleSites"] < before["visibleSites"]
    page.screenshot(path=str(ARTIFACTS / "app-one-day.png"), full_page=False)
    print(
        f"\nfirst map: {first_map_s:.2f} s; slider move to repaint: {move_s:.2f} s; "
        f"sites {before['visibleSites']} -> {after['visibleSites']}"
    )
