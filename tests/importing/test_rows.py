"""One row read into a draft: formulas refused, the export's formula guard undone, texts per language."""

from __future__ import annotations

import datetime as dt

from tsunagu.importing.cells import Cells
from tsunagu.importing.files import Row
from tsunagu.importing.rows import Column, Finding, nested, read_row

CELLS = Cells(dt.date(2026, 11, 23))
COLUMNS = [(0, Column("イベント名", "title", "text", localized=True)), (1, Column("イベント名_英語", "title", "text", "en", localized=True)),
           (2, Column("説明", "description", "lines", localized=True)), (3, Column("申込URL", "registration.url", "url"))]


def test_a_row_becomes_nested_fields_with_texts_per_language():
    draft = read_row(Row(5, ("盆踊り", "Bon Dance", "'-- 夏の夜 --", "https://example.jp")), COLUMNS, CELLS, "ja", {})
    assert draft.findings == []
    assert nested(draft.values) == {"title": {"ja": "盆踊り", "en": "Bon Dance"}, "description": {"ja": "-- 夏の夜 --"},
                                    "registration": {"url": "https://example.jp"}}


def test_a_formula_is_refused_and_a_short_row_is_empty_at_its_end():
    draft = read_row(Row(7, ('=HYPERLINK("https://example.jp","x")',)), COLUMNS, CELLS, "ja", {})
    assert draft.findings == [Finding(7, "イベント名", '"=HYPERLINK("https://example.jp","x")" is a formula, not a value: '
                                                   "paste the value instead (in Excel: Paste Special → Values)")]
    assert draft.values == {}
