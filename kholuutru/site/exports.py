"""The archive's data for reuse: CSV (opens right in Excel), JSON, JSON Lines, a
Frictionless Data Package describing every field, and every article's Markdown
in one zip. Each listing also gets its own slice as CSV. Output is deterministic.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

from ..article import FIELDS
from . import ziparchive
from .catalog import Entry

DATA_DIR = "du-lieu"
SLICE_NAME = "bai-viet.csv"
# What each exported column holds (the Data Package's field descriptions).
COLUMNS = {
    "slug": "tên trang của bài trong kho (duy nhất, không đổi)",
    "url": "đường dẫn của trang bài, tính từ gốc trang web",
    "title": "tiêu đề bài viết (trống khi trang gốc không in dòng tiêu đề)",
    "listed_title": "tiêu đề kho dùng để liệt kê bài: tiêu đề bài viết, hoặc khi trống thì tiêu đề dựng từ địa chỉ bài "
                    "(«… (tiêu đề theo địa chỉ bài)») hay những chữ đầu bài («(Chưa rõ tiêu đề) …»)",
    "date": "ngày đăng: YYYY-MM-DD, hoặc ngày giờ ISO 8601 kèm múi giờ",
    "date_precision": "độ chính xác của ngày: day, datetime, month hoặc year",
    "date_note": "ghi chú về cách xác định ngày",
    "locality": "địa phương cấp huyện hoặc xã mà bài nói tới, kèm loại đơn vị",
    "province": "tỉnh, thành phố lúc đăng bài (63 tỉnh trước 1/7/2025)",
    "province_2025": "tỉnh, thành phố từ 1/7/2025 (34 đơn vị)",
    "tenure": "nhiệm kỳ đại hội Đảng bộ địa phương, dạng 2020-2025",
    "tenure_basis": "căn cứ xác định nhiệm kỳ",
    "author": "tác giả như in trên bài",
    "photo_credits": "tác giả ảnh, cách nhau bởi «; »",
    "source": "cơ quan đăng bài hoặc nguồn",
    "source_url": "địa chỉ bài gốc",
    "category": "chuyên mục in trên bài",
    "tags": "chủ đề, cách nhau bởi «; »",
    "documents": "văn bản của Đảng, Nhà nước được nhắc đến, cách nhau bởi «; »",
    "summary": "đoạn mở đầu của bài",
    "source_file": "tệp bài gốc trong kho",
    "source_sha256": "mã băm SHA-256 của tệp bài gốc",
}
SLICE_COLUMNS = ("slug", "title", "listed_title", "date", "locality", "province", "tenure")  # the whole row: metadata.csv


def rows(entries: list[Entry], matters: dict[str, dict]) -> list[dict]:
    """One row per article: its slug and URL, then every front-matter field, with the title the
    archive lists it by beside its own (null) title: the data says what the page printed."""
    out = []
    for entry in entries:
        matter = matters.get(entry.src_uri, {})
        row = {"slug": entry.slug, "url": entry.url}
        for key in FIELDS:
            value = matter.get(key)
            row[key] = value if value is None or isinstance(value, (str, list, int, float, bool)) else str(value)
            if key == "title":
                row["listed_title"] = entry.title
        out.append(row)
    return out


@dataclass(frozen=True)
class EncodedRow:
    """One article's row, written once for every file that holds it."""

    csv: str  # every column: a line of metadata.csv
    slice: str  # SLICE_COLUMNS: a line of a listing's slice
    json: str  # one object: a line of metadata.jsonl, an item of metadata.json


def encode_rows(table: list[dict], keys: list | None = None, cache: dict | None = None) -> list[EncodedRow]:
    """Each row of rows() encoded. A preview passes a key per row (the article, its address and
    its front matter's fingerprint) and keeps `cache` between builds: only changed rows are
    encoded again."""
    if keys is None or cache is None:
        return _encode(table)
    missing = [n for n, key in enumerate(keys) if key is None or key not in cache]  # None: no fingerprint, always afresh
    fresh = dict(zip(missing, _encode([table[n] for n in missing])))
    encoded = [fresh[n] if n in fresh else cache[key] for n, key in enumerate(keys)]
    cache.clear()
    cache.update((key, row) for key, row in zip(keys, encoded) if key is not None)
    return encoded


def _encode(rows_: list[dict]) -> list[EncodedRow]:
    return [EncodedRow(*parts) for parts in zip(csv_lines(rows_, list(COLUMNS)), csv_lines(rows_, SLICE_COLUMNS),
                                                (json.dumps(row, ensure_ascii=False) for row in rows_))]


def csv_lines(rows_: list[dict], columns) -> list[str]:
    """Each row as one CSV line (CRLF-terminated): made once, shared by every slice holding it."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    lines = []
    for row in rows_:
        writer.writerow([_cell(row.get(key)) for key in columns])
        lines.append(buffer.getvalue())
        buffer.seek(0)
        buffer.truncate()
    return lines


def csv_document(columns, lines: list[str]) -> bytes:
    return ("".join(csv_lines([{key: key for key in columns}], columns) + lines)).encode("utf-8-sig")


def _cell(value):
    return "; ".join(map(str, value)) if isinstance(value, list) else value


def json_bytes(encoded: list[EncodedRow]) -> bytes:
    """One array, an article per line (as metadata.jsonl, so each row is encoded once)."""
    return ("[\n" + ",\n".join(row.json for row in encoded) + "\n]\n" if encoded else "[]\n").encode("utf-8")


def jsonl_bytes(encoded: list[EncodedRow]) -> bytes:
    return "".join(row.json + "\n" for row in encoded).encode("utf-8")


def datapackage(columns, stats: dict) -> dict:
    """A Frictionless Data Package: the CSV as a tabular resource, every column described."""
    fields = [{"name": name, "type": "string", "description": COLUMNS.get(name, name)} for name in columns]
    return {
        "profile": "tabular-data-package",
        "name": "kho-luu-tru-xay-dung-dang",
        "title": "Kho lưu trữ Xây dựng Đảng: siêu dữ liệu bài viết",
        "description": f"{stats['articles']} bài viết về công tác xây dựng Đảng ở địa phương.",
        "resources": [
            {
                "name": "metadata",
                "path": "metadata.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8-sig",
                "dialect": {"delimiter": ",", "lineTerminator": "\r\n", "header": True},
                "schema": {"fields": fields, "primaryKey": ["slug"]},
            }
        ],
    }


def markdown_zip(articles_dir: Path, target: Path, members: dict | None = None) -> None:
    """Every article's Markdown (front matter included), one zip, deterministic. members:
    a preview's cache of compressed files, by (name, time, size): only changed ones are
    compressed again."""
    kept = members if members is not None else {}
    current = {}
    for page in sorted(articles_dir.glob("*.md")):
        stat = page.stat()
        key = (page.name, stat.st_mtime_ns, stat.st_size)
        current[key] = kept.get(key) or ziparchive.member(f"articles/{page.name}", page.read_bytes())
    with target.open("wb") as handle:
        ziparchive.write(handle, current.values())
    if members is not None:
        members.clear()
        members.update(current)


def write_all(out: Path, encoded: list[EncodedRow], stats: dict, articles_dir: Path, zip_members: dict | None = None) -> list[str]:
    """Write the data page's files into out (site/du-lieu) from encode_rows(); returns their names."""
    write_basic(out, encoded)
    (out / "metadata.jsonl").write_bytes(jsonl_bytes(encoded))
    (out / "datapackage.json").write_text(json.dumps(datapackage(list(COLUMNS), stats), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    markdown_zip(articles_dir, out / "kho-luu-tru-markdown.zip", zip_members)
    return ["metadata.csv", "metadata.json", "metadata.jsonl", "datapackage.json", "kho-luu-tru-markdown.zip"]


def write_basic(out: Path, encoded: list[EncodedRow]) -> None:
    """Only metadata.csv and metadata.json (the site without its issue-12 extras)."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "metadata.csv").write_bytes(csv_document(list(COLUMNS), [row.csv for row in encoded]))
    (out / "metadata.json").write_bytes(json_bytes(encoded))


DOWNLOADS = [
    ("metadata.csv", "text/csv", "bảng CSV (UTF-8 có BOM: mở đúng dấu trong Excel)"),
    ("metadata.json", "application/json", "JSON: một mảng, mỗi bài một đối tượng"),
    ("metadata.jsonl", "application/jsonl", "JSON Lines: mỗi dòng một bài"),
    ("datapackage.json", "application/json", "Frictionless Data Package: mô tả từng cột của bảng CSV"),
    ("kho-luu-tru-markdown.zip", "application/zip", "toàn bộ bài viết dạng Markdown (kèm front matter)"),
]
