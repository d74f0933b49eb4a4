"""``tsunagu init DIR --lg-code CODE``: a new site for a real municipality or prefecture.

The city's own files come from the templates in ``site/`` (Jinja where they end in ``.j2``): its
settings, ``data/site.yml``, starting vocabularies, short pages with TODO markers, the workflows, a
Makefile and a README. Tsunagu's own theme (``ENGINE``: the hook, the template overrides, the styles and
scripts, the UI strings) comes from the Tsunagu checkout that runs the command. Nothing of the sample
city is written: its records and pages are not read.

The name and prefecture come from ``municipalities.tsv`` (every current prefecture and municipality,
with its 6-digit code; ``scripts/municipalities.py`` says where it comes from).
"""

from __future__ import annotations

import re
import shutil
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from ..model import messages
from ..model.errors import TsunaguError
from ..model.models import PREFECTURES, _check_digit

HERE = Path(__file__).parent
TEMPLATES = HERE / "site"
TABLE = HERE / "municipalities.tsv"
ENGINE = ("overrides", "docs/assets", "data/ui")
LANGUAGES = ("ja", "ja-easy", "en")  # a new site's, as site/mkdocs.yml.j2 lists them: it gets their UI strings
"""Tsunagu's own files a site needs, taken from the checkout (paths below its root), besides the modules beside
its MkDocs hook (``hooks/*.py``: the hook that hands the package's pages to MkDocs, and the theme's fixes)."""
HOOK = "hooks/tsunagu_hook.py"
"""The hook the site's mkdocs.yml names."""
FOLDERS = ("groups", "events", "venues", "glossary", "indicators", "support")
_SUFFIXES = {"市": "City", "町": "Town", "村": "Village", "区": "City", "県": "Prefecture", "府": "Prefecture",
             "都": "", "道": ""}
_KANA_SUFFIXES = ("し", "まち", "ちょう", "むら", "そん", "く", "けん", "ふ", "と")


class InitError(TsunaguError):
    """The site cannot be made; the message (one line) says why."""


@dataclass(frozen=True)
class Municipality:
    code: str
    prefecture: str
    name: str
    reading: str

    @property
    def is_prefecture(self) -> bool:
        return self.code[2:5] == "000"


@lru_cache(maxsize=1)
def _table() -> tuple[str, dict[str, Municipality]]:
    lines = TABLE.read_text("utf-8").splitlines()
    rows = [line.split("\t") for line in lines[2:] if line]
    return lines[0].lstrip("# "), {row[0]: Municipality(*row) for row in rows}


def source() -> str:
    """Where the table of municipalities comes from, as its first line says."""
    return _table()[0]


def lookup(code: str) -> Municipality:
    """The municipality or prefecture of a 6-digit 全国地方公共団体コード, its check digit verified."""
    text = unicodedata.normalize("NFKC", code).strip()
    if not re.fullmatch(r"[0-9]{6}", text):
        raise InitError(messages.INIT_NOT_A_CODE.format(value=code))
    if not 1 <= int(text[:2]) <= len(PREFECTURES):
        raise InitError(messages.LG_CODE_PREFECTURE.format(value=text))
    if int(text[5]) != _check_digit(text[:5]):
        raise InitError(messages.LG_CODE_CHECK_DIGIT.format(value=text, digit=_check_digit(text[:5])))
    found = _table()[1].get(text)
    if found is None:
        raise InitError(messages.INIT_UNKNOWN_CODE.format(value=text))
    return found


def english_name(place: Municipality) -> str:
    """下関市 (しものせきし) → Shimonoseki City; 山口県 → Yamaguchi Prefecture; 東京都 → Tokyo."""
    reading = place.reading
    for suffix in _KANA_SUFFIXES:
        if reading.endswith(suffix) and len(reading) > len(suffix):
            reading = reading[: -len(suffix)]
            break
    if place.name == "北海道":
        reading = "ほっかいどう"
    words = f"{_romaji(reading)} {_SUFFIXES.get(place.name[-1], '')}".strip()
    return words


def _romaji(kana: str) -> str:
    import cutlet  # noqa: PLC0415 -- its dictionary loads only for init
    text = cutlet.Cutlet(use_foreign_spelling=False).romaji(kana).replace(" ", "")
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"ou(?=[^aeiou]|$)", "o", plain.lower()).replace("uu", "u").capitalize()


def easy_name(place: Municipality) -> str:
    """The name for easy Japanese: its reading, with the kind (市, 町, 県…) kept."""
    for suffix in _KANA_SUFFIXES:
        if place.reading.endswith(suffix) and place.name[-1] in _SUFFIXES:
            return place.reading[: -len(suffix)] + place.name[-1]
    return place.reading


def write_site(target: Path, place: Municipality, checkout: Path) -> list[Path]:
    """Make the site of ``place`` in ``target`` (new or empty); the files written."""
    if target.exists() and any(target.iterdir()):
        raise InitError(messages.INIT_NOT_EMPTY.format(folder=target))
    missing = [part for part in (*ENGINE, HOOK) if not (checkout / part).exists()]
    if missing:
        raise InitError(messages.INIT_NO_CHECKOUT.format(checkout=checkout, missing=", ".join(missing)))
    values = _values(place, checkout)
    written = [*_engine(target, checkout, values), *_templates(target, values)]
    for folder in FOLDERS:
        (target / "data" / folder).mkdir(parents=True, exist_ok=True)
        (target / "data" / folder / ".gitkeep").touch()
    return written


def hooks(checkout: Path) -> list[str]:
    """The modules of the checkout's ``hooks/`` folder: the hook, and what it imports beside it."""
    return sorted(path.relative_to(checkout).as_posix() for path in (checkout / "hooks").glob("*.py"))


def _values(place: Municipality, checkout: Path) -> dict:
    english = english_name(place)
    return {"code": place.code, "hooks": hooks(checkout), "hook": HOOK, "prefecture": place.prefecture, "source": source(),
            "city": {"ja": place.name, "easy": easy_name(place), "en": english},
            "slug": re.sub(r"[^a-z0-9]+", "-", english.lower()).strip("-"), "tsunagu": checkout.resolve().as_posix()}


def _engine(target: Path, checkout: Path, values: dict) -> list[Path]:
    written = []
    for part in (*ENGINE, *values["hooks"]):
        source_path, destination = checkout / part, target / part
        destination.parent.mkdir(parents=True, exist_ok=True)
        if source_path.is_dir():
            shutil.copytree(source_path, destination, ignore=_not_copied)
        else:
            shutil.copy2(source_path, destination)
        written.append(destination)
    _own_strings(target / "data" / "ui", values)
    return written


def _not_copied(folder: str, names: list[str]) -> set[str]:
    """What a new site does without: caches, and the UI strings of languages it does not have."""
    ui = Path(folder).name == "ui"
    return {name for name in names if name == "__pycache__" or (ui and Path(name).stem not in LANGUAGES)}


_INTRO = {"ja": "{ja}は、年齢や障害の有無、使う機器や言語にかかわらず、だれもがこのサイトの情報を利用できるよう、"
                "ウェブアクセシビリティの確保と向上に取り組みます。",
          "ja-easy": "{easy}は、だれでも この サイトを 使える ように します。",
          "en": "{en} wants everyone to be able to use the information on this site, whatever their age or "
                "disability, and whatever device or language they use."}


def _own_strings(folder: Path, values: dict) -> None:
    """The UI strings that name the city (the accessibility statement's first words) say this one."""
    for locale, text in _INTRO.items():
        path = folder / f"{locale}.yml"
        if path.exists():
            lines = path.read_text("utf-8").splitlines(keepends=True)
            intro = yaml.safe_dump({"a11y.intro": text.format(**values["city"])}, allow_unicode=True, width=10_000)
            path.write_text("".join(intro if line.startswith("a11y.intro:") else line for line in lines), "utf-8")


def _templates(target: Path, values: dict) -> list[Path]:
    env = Environment(loader=FileSystemLoader(TEMPLATES), undefined=StrictUndefined, keep_trailing_newline=True,
                      trim_blocks=True, lstrip_blocks=True)
    written = []
    for path in sorted(p for p in TEMPLATES.rglob("*") if p.is_file() and not p.name.startswith("_")):
        relative = path.relative_to(TEMPLATES).as_posix()
        name = ".gitignore" if relative == "gitignore" else relative.removesuffix(".j2")
        destination = target / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        if relative.endswith(".j2"):
            destination.write_text(env.get_template(relative).render(**values), "utf-8")
        else:
            shutil.copy2(path, destination)
        written.append(destination)
    return written
