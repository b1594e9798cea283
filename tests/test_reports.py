"""Loading reports: front matter, metadata from the command line, and a zoo of bad files."""

from __future__ import annotations

from datetime import date

import pytest

from reportmap.errors import ReportError
from reportmap.reports import iter_report_paths, load_report, parse_report

GOOD = b"---\nsource: Reuters\npublished: 2024-12-13\ntitle: T\nlanguage: en\n---\nTartus port.\n"

# (name, bytes, words the error message must contain)
BAD_FILES = [
    ("empty", b"", "empty"),
    ("blank", b"  \n\n ", "empty"),
    ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
    ("latin1", "---\nsource: X\npublished: 2024-12-13\n---\nCaf\xe9".encode("latin-1"), "UTF-8"),
    ("unclosed", b"---\nsource: X\npublished: 2024-12-13\nbody", "never closed"),
    ("bad yaml", b"---\nsource: [unclosed\npublished: 2024-12-13\n---\nbody\n", "bad front matter"),
    ("list fm", b"---\n- a\n- b\n---\nbody\n", "mapping"),
    ("no published", b"---\nsource: X\n---\nbody\n", "published"),
    ("impossible date", b"---\nsource: X\npublished: 2024-02-30\n---\nbody\n", "2024-02-30"),
    ("garbage date", b"---\nsource: X\npublished: yesterday\n---\nbody\n", "yesterday"),
    ("no source", b"---\npublished: 2024-12-13\n---\nbody\n", "source"),
    ("no body", b"---\nsource: X\npublished: 2024-12-13\n---\n\n", "no body"),
    ("bad language", b"---\nsource: X\npublished: 2024-12-13\nlanguage: English\n---\nb\n", "ISO"),
    ("plain text", b"Just some text about Aleppo.", "source"),
]


@pytest.mark.parametrize("name,data,words", BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_files_name_the_file_and_the_problem(name, data, words, tmp_path):
    path = tmp_path / "report.md"
    path.write_bytes(data)
    with pytest.raises(ReportError) as info:
        load_report(path)
    assert str(path) in str(info.value)
    assert words.lower() in str(info.value).lower()


def test_front_matter_is_read():
    report = parse_report("a.md", GOOD)
    assert report.source == "Reuters"
    assert report.published == date(2024, 12, 13)
    assert report.title == "T"
    assert report.body == "Tartus port.\n"
    assert len(report.report_id) == 16


def test_same_bytes_same_id_and_edit_changes_it():
    assert parse_report("a.md", GOOD).report_id == parse_report("b.md", GOOD).report_id
    assert parse_report("a.md", GOOD).report_id != parse_report("a.md", GOOD + b" ").report_id


def test_plain_text_with_metadata_from_the_command_line():
    report = parse_report(
        "a.txt", b"Strikes hit Idlib.", {"source": "AFP", "published": "2024-01-02"}
    )
    assert report.source == "AFP" and report.published == date(2024, 1, 2)
    assert report.body == "Strikes hit Idlib."


def test_crlf_and_bom_are_normalised():
    data = b"\xef\xbb\xbf---\r\nsource: X\r\npublished: 2024-12-13\r\n---\r\nLine one.\r\nTwo.\r\n"
    assert parse_report("a.md", data).body == "Line one.\nTwo.\n"


def test_missing_file():
    with pytest.raises(ReportError, match="no such file"):
        load_report("/nonexistent/report.md")


def test_folders_expand_to_reports_and_skip_readmes(tmp_path):
    (tmp_path / "README.md").write_text("about")
    (tmp_path / "a.md").write_bytes(GOOD)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_bytes(GOOD)
    (tmp_path / "a.labels.yaml").write_text("x")
    names = [p.name for p in iter_report_paths([tmp_path])]
    assert names == ["a.md", "b.txt"]
