"""Chromium side of the app benchmark: load a Streamlit map page, move its slider, measure.

One `Visit` is one browser context (empty cache) on one app URL. It counts the bytes of every
HTTP response (CDP Network.loadingFinished) and websocket frame (Playwright page.on("websocket")),
times the server's reruns on the wire (the rerun_script BackMsg sent → the script_finished
ForwardMsg received), reads the JS heap (CDP Performance.getMetrics JSHeapUsedSize after a
forced GC) and waits for the map in the st_folium iframe to show an expected count.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

SMALL = 4096  # frames parsed as protobuf (control messages are tiny; data frames are not)
TWO_FRAMES = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"


class Timeout(Exception):
    """The page did not reach the expected state in time."""


@dataclass
class Wire:
    """Byte and rerun counters fed by the page's events."""

    http_bytes: int = 0
    ws_in: int = 0
    ws_out: int = 0
    reruns_sent: list[float] = field(default_factory=list)
    finished: list[float] = field(default_factory=list)

    def on_frame_received(self, payload) -> None:
        data = payload.encode() if isinstance(payload, str) else payload
        self.ws_in += len(data)
        if len(data) < SMALL:
            msg = ForwardMsg()
            try:
                msg.ParseFromString(data)
            except Exception:  # noqa: BLE001 - not a ForwardMsg: only counted
                return
            if msg.WhichOneof("type") == "script_finished":
                self.finished.append(time.perf_counter())

    def on_frame_sent(self, payload) -> None:
        data = payload.encode() if isinstance(payload, str) else payload
        self.ws_out += len(data)
        msg = BackMsg()
        try:
            msg.ParseFromString(data)
        except Exception:  # noqa: BLE001
            return
        if msg.WhichOneof("type") == "rerun_script":
            self.reruns_sent.append(time.perf_counter())

    def total(self) -> int:
        return self.http_bytes + self.ws_in + self.ws_out


class Visit:
    """One page on one app, in a fresh context; only 127.0.0.1 is reachable."""

    def __init__(self, browser, url: str, map_js: str):
        self.context = browser.new_context(viewport={"width": 1400, "height": 1000})
        self.page = self.context.new_page()
        self.url = url
        self.map_js = map_js  # JS expression true in the map frame when the count is shown
        self.wire = Wire()
        self.blocked: list[str] = []
        self.errors: list[str] = []
        self.page.route("**/*", self._route)
        self.page.on("websocket", self._websocket)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.cdp = self.context.new_cdp_session(self.page)
        self.cdp.send("Network.enable")
        self.cdp.send("Performance.enable")
        self.cdp.on("Network.loadingFinished", self._loaded)

    def _route(self, route) -> None:
        if route.request.url.startswith("http://127.0.0.1:"):
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def _websocket(self, ws) -> None:
        ws.on("framereceived", self.wire.on_frame_received)
        ws.on("framesent", self.wire.on_frame_sent)

    def _loaded(self, event: dict) -> None:
        self.wire.http_bytes += int(event.get("encodedDataLength", 0))

    def close(self) -> None:
        self.context.close()

    def map_frame(self):
        """The st_folium iframe's frame, or None while it is not there."""
        for frame in self.page.frames:
            if "streamlit_folium" in frame.url:
                return frame
        return None

    def wait_map(self, expected: int, deadline: float, extra: str = "true") -> float:
        """Wait until the map shows `expected` (and `extra`) two frames later; perf_counter."""
        while True:
            left = deadline - time.perf_counter()
            if left <= 0:
                raise Timeout(f"map did not show {expected} on {self.url}")
            frame = self.map_frame()
            if frame is None:
                self.page.wait_for_timeout(50)
                continue
            try:
                frame.wait_for_function(
                    f"(() => {{ try {{ return ({self.map_js}) === {int(expected)} && ({extra}); }}"
                    " catch (e) { return false; } })()",
                    timeout=max(1, left * 1000),
                )
                frame.evaluate(TWO_FRAMES)
                return time.perf_counter()
            except Exception as exc:  # noqa: BLE001 - frame detached or timed out: retry
                timed_out = "Timeout" in type(exc).__name__ or "Timeout" in str(exc)[:200]
                if timed_out and time.perf_counter() >= deadline:
                    raise Timeout(f"map did not show {expected} on {self.url}") from None
                self.page.wait_for_timeout(50)

    def load(self, expected: int, timeout: float) -> tuple[float, int]:
        """Navigate and wait for the map: (seconds, bytes received by then)."""
        t0 = time.perf_counter()
        self.page.goto(self.url, wait_until="commit", timeout=timeout * 1000)
        painted = self.wait_map(expected, t0 + timeout)
        return painted - t0, self.wire.http_bytes + self.wire.ws_in

    def wait_finished(self, count: int, deadline: float) -> float:
        """Wait until `count` script_finished messages arrived; the time of the last."""
        while len(self.wire.finished) < count:
            if time.perf_counter() > deadline:
                raise Timeout(f"the rerun did not finish on {self.url}")
            self.page.wait_for_timeout(10)
        return self.wire.finished[count - 1]

    def heap_mb(self) -> float:
        """JS heap used after a forced GC, MB (page and its same-origin iframes)."""
        self.cdp.send("HeapProfiler.collectGarbage")
        metrics = self.cdp.send("Performance.getMetrics")["metrics"]
        used = next(m["value"] for m in metrics if m["name"] == "JSHeapUsedSize")
        return used / 1e6

    def slider_values(self) -> list[str]:
        """The date slider thumbs' values as shown (aria-valuetext)."""
        thumbs = self.page.get_by_role("slider")
        return [thumbs.nth(i).get_attribute("aria-valuetext") or "" for i in range(thumbs.count())]

    def press_and_settle(self, thumb: int, key: str, timeout: float) -> None:
        """Press a key on a thumb and wait for the rerun it causes to finish."""
        finished = len(self.wire.finished)
        self.page.get_by_role("slider").nth(thumb).press(key)
        self.wait_finished(finished + 1, time.perf_counter() + timeout)
        self.page.wait_for_timeout(300)

    def move(self, thumb: int, key: str, expected: int, timeout: float, extra: str = "true"):
        """Press `key` on a slider thumb; (repaint s, server rerun s, bytes over the websocket)."""
        finished = len(self.wire.finished)
        sent = len(self.wire.reruns_sent)
        before = self.wire.ws_in + self.wire.ws_out
        t0 = time.perf_counter()
        self.page.get_by_role("slider").nth(thumb).press(key)
        painted = self.wait_map(expected, t0 + timeout, extra)
        done = self.wait_finished(finished + 1, t0 + timeout)
        self.page.wait_for_timeout(150)  # trailing frames of the same rerun
        if len(self.wire.reruns_sent) <= sent:
            raise Timeout(f"no rerun was requested on {self.url}")
        server = done - self.wire.reruns_sent[sent]
        return painted - t0, server, self.wire.ws_in + self.wire.ws_out - before
