"""Exceptions raised by reportmap; each names the file and the offending value."""

from __future__ import annotations


class ReportmapError(Exception):
    """Base class: a problem the user can fix, reported without a traceback."""

    hint: str = ""

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        if hint:
            self.hint = hint


class ReportError(ReportmapError):
    """A report file that cannot be read: bad bytes, bad front matter, bad metadata."""

    def __init__(self, path: str, problem: str, *, hint: str = "") -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}", hint=hint)


class StoreError(ReportmapError):
    """The store cannot be opened or written."""


class GazetteerError(ReportmapError):
    """The gazetteer data is missing or malformed."""
