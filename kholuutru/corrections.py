"""seeds/<name>.yml: an editor's corrections to one article, and the scraper's `url:`.

The one reader of those files: what keys they may set, what each value must look
like, and the clear message (with the key meant) when one is wrong.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from .article import DATE_PRECISIONS, FIELDS, LIST_FIELDS, TENURE_BASES, Article, ConversionError
from .publisher import is_web_address
from .text import nfc
from .validate import suggest

OVERRIDABLE = tuple(key for key in FIELDS if key not in ("source_file", "source_sha256")) + ("slug",)


class OverrideError(ConversionError):
    """A correction file that is not a YAML mapping: where, and how to fix it."""

    def __init__(self, path: Path, line: int, message: str, fix: str):
        self.line, self.message, self.fix = line, message, fix
        super().__init__(f"tệp sửa {path.name} {message}" + (f" (dòng {line})" if line > 1 else ""))


def parse_override(path: Path) -> tuple[str, dict]:
    """The text and the key: value pairs of seeds/<name>.yml (the one reader of it)."""
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        raise OverrideError(path, 1, "không phải UTF-8", "lưu lại tệp ở dạng UTF-8") from None
    try:
        loaded = yaml.safe_load(text) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise OverrideError(path, mark.line + 1 if mark else 1, "không phải YAML hợp lệ",
                            "mỗi dòng một cặp «khóa: giá trị»; đặt giá trị có dấu hai chấm trong ngoặc kép") from None
    if not isinstance(loaded, dict):
        raise OverrideError(path, 1, "phải là các cặp «khóa: giá trị»", "ví dụ: province: Hải Dương")
    if "url" in loaded:  # the scraper's name for where it found the page: evidence, and source_url
        if "source_url" in loaded:
            raise OverrideError(path, 1, "có cả «url» và «source_url»", "chỉ giữ một trong hai khóa")
        loaded = {("source_url" if key == "url" else key): value for key, value in loaded.items()}
    return text, loaded


def read_overrides(path: Path) -> dict:
    """The corrections in seeds/<name>.yml; an unknown key or a bad value raises."""
    _, loaded = parse_override(path)
    unknown = [key for key in loaded if key not in OVERRIDABLE]
    problems = [_unknown_keys(unknown, path.name)] if unknown else []
    for key, value in loaded.items():
        problem = check_value(key, value) if key in OVERRIDABLE else None
        if problem:
            problems.append(f"{path.name}: {key}: {problem}")
    if problems:
        raise ConversionError("; ".join(problems))
    return {key: _normalise(value) for key, value in loaded.items()}


def _unknown_keys(keys: list, name: str) -> str:
    """One message for every key a correction file may not set, each with the key it most
    likely meant ("autor" → "author"; "site" is no "title"), and the keys it may set, once."""
    def named(key) -> str:
        meant = suggest(str(key), OVERRIDABLE)
        return f"«{key}» (ý bạn là «{meant}»?)" if meant else f"«{key}»"

    return f"khóa không được phép {', '.join(map(named, keys))} trong {name} (được phép: {', '.join(OVERRIDABLE)})"


def _normalise(value):
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, list):
        return [nfc(str(item)) for item in value]
    return value


_DATE_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}\+07:00)?$")


def check_value(key: str, value) -> str | None:
    """Why a front-matter value is invalid for its key, or None."""
    if key in LIST_FIELDS:
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            return "phải là danh sách chuỗi"
        return None
    if value is None:
        return None if key not in ("title",) else "không được để trống"
    if key == "date":
        if not isinstance(value, str) or not _DATE_VALUE.match(value):
            return "phải có dạng YYYY-MM-DD hoặc YYYY-MM-DDTHH:MM:SS+07:00 (đặt trong ngoặc kép)"
        return None
    if not isinstance(value, str):
        return "phải là chuỗi"
    if key == "date_precision" and value not in DATE_PRECISIONS:
        return f"phải là một trong {', '.join(DATE_PRECISIONS)}"
    if key == "tenure_basis" and value not in TENURE_BASES:
        return f"phải là một trong {', '.join(TENURE_BASES)}"
    if key == "tenure" and not re.fullmatch(r"(\d{4})-(\d{4})", value):
        return "phải có dạng YYYY-YYYY, ví dụ 2020-2025"
    if key == "source_url" and not is_web_address(value):
        return "phải là địa chỉ trang web đầy đủ, bắt đầu bằng http:// hoặc https://"
    if key == "slug" and not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", value):
        return "chỉ gồm chữ thường không dấu, số và dấu gạch nối"
    return None


def apply_overrides(article: Article, overrides: dict) -> None:
    for key, value in overrides.items():
        if key == "slug":
            article.slug = value
        else:
            article.overrides[key] = value
            setattr(article, key, value)
