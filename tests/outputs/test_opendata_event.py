"""The rules of the standard's rows that no field holds as it is: the pattern of an event's days and the
split address (所在地_), which splits only an address in the site's own municipality."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from conftest import ROOT
from tsunagu.model.models import Event, Site
from tsunagu.outputs.opendata_event import AddressParts, address_parts, event_pattern

SITE = Site.model_validate(yaml.safe_load((ROOT / "data/site.yml").read_text("utf-8")))
EVENT = {"kind": "lecture", "title": {"ja": "講座"}, "title_kana": "コウザ", "description": {"ja": "説明"},
         "start_date": dt.date(2026, 12, 5), "venue": "hall", "updated": dt.date(2026, 11, 1)}


@pytest.mark.parametrize("end, pattern", [(None, "単日"), (dt.date(2026, 12, 5), "単日"), (dt.date(2026, 12, 7), "期間")])
def test_event_pattern_says_one_day_or_a_period(end, pattern):
    assert event_pattern(Event.model_validate({**EVENT, "end_date": end})) == pattern


@pytest.mark.parametrize("address, parts", [
    ("朝霧野市本町4丁目8番2号", AddressParts("東京都", "朝霧野市", "本町4丁目", "8番2号")),
    ("東京都朝霧野市本町4丁目8番2号", AddressParts("東京都", "朝霧野市", "本町4丁目", "8番2号")),
    ("朝霧野市川霧町5丁目地内", AddressParts("東京都", "朝霧野市", "川霧町5丁目", "地内")),
    ("朝霧野市山手2-3-1", AddressParts("東京都", "朝霧野市", "山手", "2-3-1")),
    ("朝霧野市高嶺二丁目1番10号", AddressParts("東京都", "朝霧野市", "高嶺二丁目", "1番10号")),
    ("八王子市元本郷町3丁目24番1号", AddressParts()),
    ("神奈川県朝霧野市本町1番", AddressParts()),
])
def test_an_address_is_split_only_within_the_sites_municipality(address, parts):
    assert address_parts(address, SITE, "朝霧野市") == parts
