"""Synthetic Tsunagu sites for the benchmark: every record kind, every field, all three languages.

``generate(folder, scale)`` writes a complete site (mkdocs.yml, data/, docs/) into ``folder``:
the repository's vocabularies, UI strings and hand-written pages, plus generated groups,
events, venues, glossary terms and readings of generated place names. The same seed gives
the same site. Run ``python -m bench.generate <folder> --scale city`` to inspect one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
TODAY = "2026-11-23"  # the sample site's "today", for every build of a generated site
BUILD_DAY = dt.date.fromisoformat(TODAY)  # events before it have happened and have participants


@dataclass(frozen=True)
class Scale:
    groups: int
    events: int
    terms: int

    @property
    def venues(self) -> int:
        return max(3, self.groups // 8)


# city: the sizes of 甲賀市's lists (issue 6); prefecture: ten times that.
SCALES = {
    "tiny": Scale(groups=12, events=14, terms=8),
    "small": Scale(groups=60, events=75, terms=40),
    "city": Scale(groups=470, events=600, terms=120),
    "prefecture": Scale(groups=4700, events=6000, terms=1200),
}

# Kinds in proportion to a real city's lists: 区・自治会, 自治振興会, NPO法人, ボランティアグループ…
GROUP_KINDS = {"neighborhood_association": 190, "authorized_association": 13, "district_council": 23,
               "npo": 32, "volunteer": 180, "civic": 16, "business": 8, "education": 8}
EVENT_KINDS = ["lecture", "social", "dialogue", "festival", "experience", "volunteer_call",
               "public_comment", "council_observation", "committee_recruitment"]
AREAS = ["kita", "minami", "higashi", "nishi", "chuo", "yamate"]
ACCESSIBILITY = ["wheelchair", "accessible_toilet", "hearing_loop", "braille", "parking",
                 "accessible_parking", "nursing_room"]

# Place names: kanji, hiragana reading, romaji.
PLACE_HEADS = [("桜", "さくら", "Sakura"), ("松", "まつ", "Matsu"), ("梅", "うめ", "Ume"), ("若葉", "わかば", "Wakaba"),
               ("緑", "みどり", "Midori"), ("青葉", "あおば", "Aoba"), ("旭", "あさひ", "Asahi"), ("富士見", "ふじみ", "Fujimi"),
               ("日向", "ひなた", "Hinata"), ("柏", "かしわ", "Kashiwa"), ("栗", "くり", "Kuri"), ("杉", "すぎ", "Sugi"),
               ("藤", "ふじ", "Fuji"), ("鶴", "つる", "Tsuru"), ("亀", "かめ", "Kame"), ("星", "ほし", "Hoshi"),
               ("月見", "つきみ", "Tsukimi"), ("朝日", "あさひ", "Asahi"), ("宮", "みや", "Miya"), ("石", "いし", "Ishi")]
PLACE_TAILS = [("台", "だい", "dai"), ("町", "まち", "machi"), ("ヶ丘", "がおか", "gaoka"), ("原", "はら", "hara"),
               ("野", "の", "no"), ("川", "かわ", "kawa"), ("沢", "さわ", "sawa"), ("田", "だ", "da"),
               ("山", "やま", "yama"), ("浜", "はま", "hama"), ("島", "じま", "jima"), ("坂", "ざか", "zaka")]

GROUP_WORDS = {  # kanji suffix, katakana reading, English
    "neighborhood_association": ("町内会", "チョウナイカイ", "Neighbourhood Association"),
    "authorized_association": ("自治会", "ジチカイ", "Residents' Association (authorised)"),
    "district_council": ("地区自治振興会", "チクジチシンコウカイ", "District Community Council"),
    "npo": ("まちづくりネット", "マチヅクリネット", "Community Network (NPO)"),
    "volunteer": ("ボランティアの会", "ボランティアノカイ", "Volunteers"),
    "civic": ("市民の会", "シミンノカイ", "Citizens' Circle"),
    "business": ("商店会", "ショウテンカイ", "Shopkeepers' Association"),
    "education": ("学園", "ガクエン", "School"),
}

JA_SENTENCES = [
    "{place}{word}は、{area}の{place}1丁目から{n}丁目に住む約{households}世帯が加入する団体です。",
    "防犯・防災、ごみ集積所の管理、回覧板による情報の共有など、暮らしに身近な活動を続けています。",
    "毎年{month}月の「{place}ふれあいまつり」には、子どもから高齢の方まで約{people}人が集まります。",
    "賃貸住宅にお住まいの方や外国出身の方の加入も歓迎しています。",
    "地域の高齢者の見守りや、登下校する子どもたちの安全パトロールにも取り組んでいます。",
    "会費は月額{fee}円です。加入の相談は班長または会長までどうぞ。",
    "市の協働事業提案制度を活用し、空き家を使った地域の居場所づくりを進めています。",
    "活動報告は年4回の会報と、公民館の掲示板でお知らせしています。",
]
EASY_SENTENCES = [
    "{place} {word}は {area}の 会です。 約{households}の 家が 入って います。",
    "町の 安全を 守ります。 ごみ置き場を きれいに します。",
    "毎年 {month}月に まつりが あります。 子どもも お年寄りも 来ます。",
    "外国から 来た 人も 入れます。 お金は 1か月 {fee}円です。",
]
EN_SENTENCES = [
    "{place_en} {word_en} brings together about {households} households in the {area_en}.",
    "We look after everyday matters such as crime and disaster prevention and the upkeep of rubbish collection points.",
    "Our festival each {month_en} draws around {people} people of all ages.",
    "Tenants and residents from abroad are very welcome to join. Membership is {fee} yen a month.",
    "Members also watch over older neighbours and walk children safely to and from school.",
]
EVENT_JA = [
    "{place}地区市民センターを会場に、地域の団体が共催する{kind}です。市が後援しています。",
    "初めての方も歓迎します。当日は動きやすい服装でお越しください。雨天の場合は規模を縮小して実施します。",
    "手話通訳と要約筆記があります。託児を希望する方は、申込のときにお知らせください。",
    "終了後は参加者どうしの交流の時間を設けます。地域の活動を知る機会として、ぜひご参加ください。",
]
EVENT_EASY = [
    "{place}で {kind}が あります。 だれでも 来られます。",
    "動きやすい 服で 来て ください。 雨でも あります。",
    "手話が あります。 子どもを 預けられます。",
]
EVENT_EN = [
    "A {kind_en} at the {place_en} community centre, organised by local groups with the support of the city.",
    "Everyone is welcome. Please wear comfortable clothes. In wet weather the event goes ahead on a smaller scale.",
    "Sign language interpretation and live captions are provided. Childcare is available on request.",
]
TERM_HEADS = [("地域", "ちいき", "Community"), ("市民", "しみん", "Citizen"), ("地区", "ちく", "District"),
              ("防災", "ぼうさい", "Disaster-prevention"), ("福祉", "ふくし", "Welfare"), ("子育て", "こそだて", "Parenting"),
              ("環境", "かんきょう", "Environment"), ("交流", "こうりゅう", "Exchange"), ("生涯学習", "しょうがいがくしゅう",
              "Lifelong-learning"), ("多文化", "たぶんか", "Multicultural"), ("高齢者", "こうれいしゃ", "Older-people")]
TERM_TAILS = [("支援制度", "しえんせいど", "support scheme"), ("推進員", "すいしんいん", "promoter"),
              ("活動補助金", "かつどうほじょきん", "activity grant"), ("連絡会議", "れんらくかいぎ", "liaison meeting"),
              ("相談窓口", "そうだんまどぐち", "advice desk"), ("拠点施設", "きょてんしせつ", "hub facility"),
              ("基金", "ききん", "fund"), ("研修", "けんしゅう", "training"), ("協力員", "きょうりょくいん", "volunteer officer"),
              ("計画", "けいかく", "plan")]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]


def local(ja: str, easy: str, en: str) -> dict[str, str]:
    return {"ja": ja, "ja-easy": easy, "en": en}



def vocabulary_labels(name: str) -> dict[str, dict[str, str]]:
    """Each code's labels per language, from the sample's data/vocabulary/<name>.yml."""
    entries = yaml.safe_load((ROOT / "data" / "vocabulary" / f"{name}.yml").read_text("utf-8"))
    return {code: entry["label"] for code, entry in entries.items()}

class _Generator:
    """Writes one synthetic site; ``rng`` makes it repeatable."""

    def __init__(self, folder: Path, scale: Scale, seed: int):
        self.folder, self.scale, self.rng = folder, scale, random.Random(seed)
        self.data = folder / "data"
        self.places = [(h[0] + t[0], h[1] + t[1], h[2] + t[2]) for h in PLACE_HEADS for t in PLACE_TAILS]
        self.area_labels = vocabulary_labels("areas")

    def write(self, path: str, record: dict) -> None:
        target = self.data / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(yaml.safe_dump(record, allow_unicode=True, sort_keys=False), "utf-8")

    def fill(self, sentences: list[str], count: int, joiner: str = "", **values) -> str:
        chosen = [sentences[0], *self.rng.sample(sentences[1:], min(count, len(sentences)) - 1)]
        return joiner.join(s.format(**values) for s in chosen)

    def paragraphs(self, sentences: list[str], joiner: str, **values) -> str:
        """Two paragraphs of three sentences: about the length of the sample site's descriptions."""
        second = joiner.join(s.format(**values) for s in self.rng.sample(sentences[1:], min(3, len(sentences) - 1)))
        return f"{self.fill(sentences, 3, joiner, **values)}\n\n{second}\n"

    def values(self, index: int, word: tuple[str, str, str]) -> dict:
        place = self.places[index % len(self.places)]
        area = AREAS[index % len(AREAS)]
        month = self.rng.randint(1, 12)
        return {"place": place[0], "place_en": place[2], "word": word[0], "word_en": word[2],
                "area": self.area_labels[area]["ja"], "area_en": self.area_labels[area]["en"], "n": self.rng.randint(2, 5),
                "households": self.rng.randint(80, 900), "people": self.rng.randint(50, 800), "month": month,
                "month_en": MONTHS_EN[month - 1], "fee": self.rng.choice([100, 200, 300, 500]), "area_code": area}

    def groups(self) -> list[str]:
        kinds = [k for k, weight in GROUP_KINDS.items() for _ in range(weight)]
        ids = []
        for i in range(self.scale.groups):
            kind = kinds[i * len(kinds) // self.scale.groups] if i >= len(GROUP_KINDS) else list(GROUP_KINDS)[i]
            word = GROUP_WORDS[kind]
            v = self.values(i, word)
            place = self.places[i % len(self.places)]
            group_id = f"{place[2].lower()}-{kind.replace('_', '-')}-{i}"
            name = f"{place[0]}{word[0]}" + (f" 第{i // len(self.places) + 1}" if i >= len(self.places) else "")
            record = {
                "kind": kind, "name": local(name, f"{place[0]} {word[0]}", f"{place[2]} {word[2]}"),
                "name_kana": _katakana(place[1]) + word[1],
                "summary": local(self.fill(JA_SENTENCES, 1, **v), self.fill(EASY_SENTENCES, 1, **v),
                                 self.fill(EN_SENTENCES, 1, **v)),
                "description": local(self.paragraphs(JA_SENTENCES, "", **v), self.paragraphs(EASY_SENTENCES, " ", **v),
                                     self.paragraphs(EN_SENTENCES, " ", **v)),
                "areas": [v["area_code"]],
                "activities": [local("防犯パトロール", "夜に 町を 見回ります", "Evening safety patrols"),
                               local("防災訓練", "地震や 火事の 練習", "Disaster drills")],
                "contact": {"name": local("会長", "会長", "Chair"), "phone": f"090-0000-{i % 10000:04d}",
                            "email": f"{group_id}@example.jp", "public": i % 3 == 0},
                "updated": "2026-10-20",
            }
            if kind == "npo":
                record["npo_fields"] = sorted(self.rng.sample(range(1, 21), 2))
            if i % 4 == 0:
                record["url"] = f"https://{group_id}.example.jp/"
            self.write(f"groups/{group_id}.yml", record)
            ids.append(group_id)
        return ids

    def venues(self) -> list[str]:
        ids = []
        for i in range(self.scale.venues):
            place = self.places[i % len(self.places)]
            venue_id = f"{place[2].lower()}-center-{i}"
            self.write(f"venues/{venue_id}.yml", {
                "name": local(f"{place[0]}地区市民センター", f"{place[0]} 市民センター", f"{place[2]} Community Centre"),
                "address": local(f"朝霧野市{place[0]}{i % 9 + 1}丁目{i % 20 + 1}番{i % 7 + 1}号",
                                 f"あさぎりの市 {place[0]} {i % 9 + 1}丁目", f"{i % 9 + 1}-{i % 20 + 1} {place[2]}, Asagirino City"),
                "lat": round(35.6 + self.rng.random() / 10, 4), "lon": round(139.35 + self.rng.random() / 10, 4),
                "access": local("朝霧野駅から市内循環バスで15分、「センター前」下車すぐ。", "バスで 15分です。",
                                "Fifteen minutes from Asagirino Station on the city loop bus."),
                "accessibility": self.rng.sample(ACCESSIBILITY, self.rng.randint(1, len(ACCESSIBILITY))),
                "area": list(self.area_labels)[i % len(self.area_labels)],
                "updated": "2026-09-15",
            } | self.venue_details(i))
            ids.append(venue_id)
        return ids

    @staticmethod
    def venue_details(i: int) -> dict:
        """What one venue in three has beyond its place: its building, phone, opening days and hours, page."""
        if i % 3:
            return {}
        return {"name_kana": "シミンセンター", "building": local("本館", "本館", "Main building"), "phone": f"042-000-{1000 + i % 9000:04d}",
                "open_days": local("火曜日〜日曜日", "火曜日から 日曜日まで", "Tuesday to Sunday"),
                "opens": "09:00", "closes": "21:00",
                "hours_note": local("年末年始は休館", "年の 終わりと 初めは 休みです", "Closed over the New Year"),
                "url": f"https://www.city.asagirino.example.jp/shisetsu/center-{i}/"}

    @staticmethod
    def regular(record: dict, day: dt.date) -> dict:
        """One event in 25 as a regular activity: every week on its weekday for three months, not on holidays."""
        record = {key: value for key, value in record.items() if key not in ("end_date", "participants")}
        weekday = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")[day.weekday()]
        return record | {"status": "scheduled", "repeat": {"every": "week", "weekdays": [weekday], "skip_holidays": True,
                                                           "until": (day + dt.timedelta(days=91)).isoformat()}}

    def events(self, groups: list[str], venues: list[str]) -> None:
        labels = vocabulary_labels("event_kinds")
        start = dt.date(2026, 1, 1)
        for i in range(self.scale.events):
            kind = EVENT_KINDS[i % len(EVENT_KINDS)]
            place = self.places[i % len(self.places)]
            v = {"place": place[0], "place_en": place[2], "kind": labels[kind]["ja"], "kind_en": labels[kind]["en"].lower()}
            day = start + dt.timedelta(days=self.rng.randint(0, 540))
            record = {
                "kind": kind,
                "title": local(f"{place[0]} {labels[kind]['ja']}（第{i + 1}回）", f"{place[0]} {labels[kind]['ja-easy']}",
                               f"{place[2]} {labels[kind]['en']} No. {i + 1}"),
                "title_kana": _katakana(place[1]) + "イベント",
                "description": local(self.paragraphs(EVENT_JA, "", **v), self.paragraphs(EVENT_EASY, " ", **v),
                                     self.paragraphs(EVENT_EN, " ", **v)),
                "start_date": day.isoformat(),
            }
            if i % 4 == 0:
                record["summary"] = local(f"{place[0]}で{labels[kind]['ja']}を開きます。", f"{place[0]}で 集まります。",
                                          f"A {labels[kind]['en'].lower()} in {place[2]}.")
            if i % 9 == 0:
                record["city_wide"] = True
            if i % 5 == 0:
                record["end_date"] = (day + dt.timedelta(days=self.rng.randint(1, 20))).isoformat()
            if i % 7:
                hour = self.rng.randint(9, 18)
                record |= {"start_time": f"{hour:02d}:00", "end_time": f"{hour + 2:02d}:30"}
            if i % 6 == 0:
                record["online_url"] = f"https://www.city.asagirino.example.jp/online/{i}/"
            else:
                record["venue"] = venues[i % len(venues)]
            record["organizers"] = self.rng.sample(groups, min(len(groups), i % 3))
            record["fee"] = [0, 0, 300, 500][i % 4]
            if record["fee"]:
                record["fee_note"] = local("資料代を含みます。", "紙の 代金です。", "Includes materials.")
            if i % 2:
                record["capacity"] = self.rng.choice([20, 30, 50, 100])
            record["registration"] = {"required": bool(i % 2)}
            if i % 2:
                record["registration"] |= {
                    "deadline": (day - dt.timedelta(days=7)).isoformat(),
                    "method": local("電話またはメールで市民協働課へお申し込みください。", "電話か メールで 申し込みます。",
                                    "Register by phone or email with the Civic Collaboration Division.")}
            record["status"] = ["scheduled"] * 18 + ["cancelled", "postponed"]
            record["status"] = record["status"][i % 20]
            if day < BUILD_DAY and record["status"] != "cancelled":
                record["participants"] = 5 + i * 7 % 40
            if i % 8 == 0:
                record |= {"contact": {"name": local("市民協働課", "市民 協働課", "Civic Collaboration Division"),
                                       "phone": "042-000-1100", "extension": f"{3000 + i % 1000}"},
                           "audience": local("市内在住・在勤の方", "市に 住む 人や 働く 人", "People who live or work in the city"),
                           "url": f"https://www.city.asagirino.example.jp/events/{i}/"}
            if i % 25 == 3:
                record = self.regular(record, day)
            record["updated"] = "2026-11-01"
            self.write(f"events/event-{i}.yml", record)

    def terms(self) -> None:
        real = sorted((ROOT / "data/glossary").glob("*.yml"))  # the sample's terms link each other: all or none
        real = real if len(real) <= self.scale.terms else []
        for path in real:
            shutil.copy(path, self.data / "glossary" / path.name)
        heads = [(h[0], h[1], h[2]) for h in TERM_HEADS] + [(p[0], p[1], p[2]) for p in self.places]
        combos = [(h, t) for h in heads for t in TERM_TAILS]
        for i, (head, tail) in enumerate(combos[: self.scale.terms - len(real)]):
            ja = head[0] + tail[0]
            record = {
                "term": local(ja, ja, f"{head[2]} {tail[2]}"), "reading": head[1] + tail[1],
                "definition": local(f"{ja}は、{head[0]}に関わる市民活動を支えるために市が設けている{tail[0]}です。"
                                    "地域の団体や市民が利用でき、詳しくは市民協働課にお問い合わせください。",
                                    f"{ja}は 市の {tail[0]}です。 だれでも 使えます。",
                                    f"The city's {tail[2]} for {head[2].lower()} activities, open to groups and residents."),
                "short": local(f"{head[0]}の{tail[0]}。", f"{tail[0]}です。", f"A {tail[2]}."),
                "see_also": [f"term-{j}" for j in (i - 1, i - 2) if j >= 0], "updated": "2026-11-01",
            }
            if i % 3 == 0:
                record["aliases"] = {"ja": [f"{ja}制度"], "en": [f"{head[2].lower()} {tail[2]} scheme"]}
            if i % 5 == 0:
                record["legal_basis"] = local("朝霧野市協働推進条例", "市の きまり", "Asagirino City Collaboration Ordinance")
            self.write(f"glossary/term-{i}.yml", record)

    def indicators(self) -> None:
        """The sample's indicators: those counted from events count the synthetic events' participants."""
        shutil.copytree(ROOT / "data/indicators", self.data / "indicators")

    def common(self) -> None:
        for name in ("vocabulary", "ui"):
            shutil.copytree(ROOT / "data" / name, self.data / name)
        shutil.copy(ROOT / "data/site.yml", self.data / "site.yml")
        readings = yaml.safe_load((ROOT / "data/readings.yml").read_text("utf-8"))
        readings |= {place[0]: place[1] for place in self.places}
        self.write("readings.yml", readings)
        self.write("alerts.yml", [{"severity": "info", "text": local("年末年始は市役所の窓口が休みです。",
                                                                      "年末と 年始は 市役所が 休みです。",
                                                                      "City Hall is closed over the New Year holidays."),
                                   "start": "2026-11-20", "end": "2027-01-04"}])
        shutil.copytree(ROOT / "docs", self.folder / "docs")
        (self.folder / "mkdocs.yml").write_text(site_config(), "utf-8")


def site_config() -> str:
    """The repository's mkdocs.yml, pointing at the repository's theme, hooks and templates."""
    text = (ROOT / "mkdocs.yml").read_text("utf-8")
    text = text.replace("strict: true", "strict: false")  # synthetic easy Japanese draws the checker's warnings
    text = text.replace("custom_dir: overrides", f"custom_dir: {ROOT / 'overrides'}")
    text = text.replace("- hooks/tsunagu_hook.py", f"- {ROOT / 'hooks/tsunagu_hook.py'}")
    return text.replace("    data_dir: data\n", f"    data_dir: data\n    templates_dir: {ROOT / 'overrides/tsunagu'}\n")


def _katakana(hiragana: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in hiragana)


def generate(folder: Path, scale: str | Scale, seed: int = 6) -> Path:
    """Write a synthetic site of ``scale`` into ``folder`` (created); return its mkdocs.yml."""
    sizes = SCALES[scale] if isinstance(scale, str) else scale
    folder.mkdir(parents=True, exist_ok=True)
    run = _Generator(folder, sizes, seed)
    run.common()
    groups = run.groups()
    run.events(groups, run.venues())
    (run.data / "glossary").mkdir(exist_ok=True)
    run.terms()
    run.indicators()
    return folder / "mkdocs.yml"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--scale", choices=SCALES, default="small")
    args = parser.parse_args()
    print(generate(args.folder, args.scale))


if __name__ == "__main__":
    main()
