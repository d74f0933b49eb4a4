"""A copy of the minimal fixture site whose records hold hostile text, built once per session.

The text mixes quotes, commas, a line break, a closing script tag, an HTML comment and a
spreadsheet formula; other fields start with formula characters. Every output must keep it inert.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from conftest import FIXTURES, ROOT, build

HOSTILE = "He said \"hi\", then\nleft </script><!-- =cmd|' /C calc'!A0"
HOSTILE_ONE_LINE = "He said \"hi\", then left </script><!-- =cmd|' /C calc'!A0"
PRIVATE_PHONE, PRIVATE_EMAIL = "090-1111-2222", "secret@example.jp"

RECORDS = {
    "events/hostile.yml": {
        "kind": "lecture", "title": {"ja": HOSTILE, "en": HOSTILE}, "title_kana": "テスト",
        "description": {"ja": HOSTILE, "en": HOSTILE}, "start_date": "2026-12-10", "start_time": "10:00",
        "end_time": "12:00", "venue": "hall", "organizers": ["hostile"], "fee": 500,
        "fee_note": {"ja": "=1+1"}, "registration": {"required": True, "method": {"ja": "@SUM(A1)"}},
        "status": "cancelled", "contact": {"name": {"ja": "+担当"}, "phone": "042-000-0001", "extension": "=1"},
        "audience": {"ja": "-市民"}, "updated": "2026-11-01",
    },
    "venues/hostile.yml": {
        "name": {"ja": HOSTILE}, "address": {"ja": "=HYPERLINK(\"x\")"}, "building": {"ja": "-2階"}, "lat": 35.6,
        "lon": 139.4, "open_days": {"ja": "@毎日"}, "hours_note": {"ja": "+祝日"}, "updated": "2026-10-01",
    },
    "groups/hostile.yml": {
        "kind": "neighborhood_association", "name": {"ja": HOSTILE}, "name_kana": "テスト",
        "summary": {"ja": "-2+3"}, "description": {"ja": HOSTILE}, "areas": ["kita"],
        "contact": {"name": {"ja": "+会長"}, "phone": PRIVATE_PHONE, "email": PRIVATE_EMAIL},
        "updated": "2026-10-01",
    },
    "glossary/hostile.yml": {
        "term": {"ja": HOSTILE}, "reading": "てすと", "definition": {"ja": HOSTILE}, "updated": "2026-10-01",
    },
    "indicators/hostile.yml": {
        "name": {"ja": HOSTILE, "en": HOSTILE}, "goal": "hitozukuri", "unit": {"ja": "+人"},
        "baseline": {"value": -3, "fiscal_year": 2023}, "target": {"value": 10, "fiscal_year": 2027},
        "actuals": [{"fiscal_year": 2024, "value": -1.5}], "source": {"text": {"ja": "=1+1"}}, "updated": "2026-10-01",
    },
    "support/hostile.yml": {
        "kind": "subsidy", "title": {"ja": HOSTILE, "en": HOSTILE}, "provider": {"ja": "=HYPERLINK(\"x\")"},
        "summary": {"ja": "-2+3"}, "applicants": ["npo"], "covers": {"ja": HOSTILE},
        "amount": {"max_yen": 1000, "rate": "1/2", "note": {"ja": "=1+1"}},
        "application": {"opens": "2026-11-01", "closes": "2026-12-10", "method": {"ja": "@SUM(A1)"},
                        "documents": [{"ja": "-申請書"}]},
        "contact": {"name": {"ja": "+担当"}, "phone": "042-000-0000"}, "fiscal_year": 2026, "updated": "2026-10-01",
    },
}


def hostile_site(base: Path) -> Path:
    """Build the hostile site below ``base`` (once) and return its built folder."""
    site = base / "site"
    if (site / "index.html").exists():
        return site
    source = base / "source"
    shutil.copytree(FIXTURES / "minimal", source)
    config = source / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("../../../", f"{ROOT.as_posix()}/"), "utf-8")
    for path, record in RECORDS.items():
        (source / "data" / path).parent.mkdir(exist_ok=True)
        (source / "data" / path).write_text(yaml.safe_dump(record, allow_unicode=True), "utf-8")
    result = build(config, site)
    assert result.returncode == 0, result.stderr
    return site
