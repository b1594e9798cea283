"""Debian Chromium for the browser tests and benchmarks: one path, one set of flags.

Never a downloaded browser: Playwright drives `/usr/bin/chromium` (`apt-get install chromium`).
"""

from __future__ import annotations

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


def launch(playwright):
    """A headless Chromium from the system package."""
    return playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
