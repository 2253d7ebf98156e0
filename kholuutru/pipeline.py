"""decode → segment → extract → enrich → render, over a folder of raw articles.

Writes are atomic (temporary file + os.replace) and skipped when the bytes
would not change, so an unchanged run touches nothing. The workers write the
temporary files as they convert; the parent, which alone knows every slug, renames them. A file that cannot be
converted gets one clear reason and no page; the others still convert.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import yaml

from . import data
from .article import DATE_PRECISIONS, FIELDS, LIST_FIELDS, TENURE_BASES, Article
from .decode import DecodeError, decode_bytes
from .enrich import enrich
from .extract import extract
from .gazetteer import gazetteer
from .header import scraper_header, without_header
from .publisher import address_on_top, is_web_address, slug_words, url_words
from .render import render
from .segment import segment
from .text import nfc, slugify
from .validate import BrokenData, check_data, suggest

OVERRIDABLE = tuple(key for key in FIELDS if key not in ("source_file", "source_sha256")) + ("slug",)
CACHE_FILE = Path(".cache") / "convert.json"


class ConversionError(ValueError):
    """An input that cannot become an article; str(error) is the reason."""


@dataclass
class Converted:
    """What a worker sends back: the page, and the little the parent needs to place it."""

    source: str  # path relative to the working directory, POSIX style
    error: str | None = None
    content_key: str | None = None  # identifies the text whatever its encoding
    job_key: str | None = None  # hash of the source and correction bytes (the cache key)
    input_stat: list[int] | None = None  # their times and sizes when read: an unchanged stat skips the hash
    markdown: str | None = None
    title: str | None = None
    source_sha256: str = ""
    slug: str | None = None  # set by a correction file, else assigned by the parent
    article: Article | None = None  # kept only for --report
    staged: str | None = None  # the page already written beside the output folder's pages, under a temporary name


@dataclass
class RunResult:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # "FILE: reason"
    warnings: list[str] = field(default_factory=list)
    differences: list[str] = field(default_factory=list)  # --check
    articles: list[Converted] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return 1 if self.errors or self.differences else 0


# --- one article -----------------------------------------------------------------


def convert_text(text: str, source_file: str, source_sha256: str = "", overrides: dict | None = None) -> Article:
    """Decoded text to a finished Article (raises ConversionError when there is no article)."""
    article = Article(source_file=source_file, source_sha256=source_sha256)
    article.source_url = (overrides or {}).get("source_url")
    header = scraper_header(text)
    if header:
        text, article.stated_date = without_header(text, header), header.date
        article.notes.append(f"dòng {header.first + 1}–{header.end}: các trường công cụ thu thập ghi trên trang "
                             f"({header.kind}): giữ tiêu đề, ngày, địa chỉ trang; bỏ các trường khác")
    if not article.source_url:  # a .yml's url: wins
        written = header and header.url and is_web_address(header.url)
        on_top = (header.url, header.url_line) if written else address_on_top(text)
        if on_top:
            article.decide("source_url", on_top[0], f"dòng {on_top[1]} của bài gốc, nơi công cụ thu thập ghi địa chỉ trang")
    segments = segment(text, gazetteer().is_place_line, url_words(article.source_url), slug_words(article.source_url))
    extract(article, segments)
    if not article.blocks:
        if article.title:
            raise ConversionError("có tiêu đề nhưng không có nội dung bài")
        raise ConversionError("không có nội dung bài")
    if not any(block.kind in ("lead", "paragraph") for block in article.blocks):
        raise ConversionError("không có đoạn văn nào (chỉ có tiêu đề, chú thích hoặc tiêu đề phụ)")
    enrich(article)
    if overrides:
        apply_overrides(article, overrides)
    return article


def convert_bytes(raw: bytes, source_file: str, overrides: dict | None = None) -> Article:
    try:
        decoded = decode_bytes(raw)
    except DecodeError as error:
        raise ConversionError(str(error)) from None
    article = convert_text(decoded.text, source_file, hashlib.sha256(raw).hexdigest(), overrides)
    article.notes[:0] = decoded.repairs
    article.content_key = _text_key(decoded.text)
    return article


def _text_key(text: str) -> str:
    normal = "\n".join(line.strip() for line in text.strip().split("\n"))
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def content_key(raw: bytes) -> str | None:
    """Hash of the decoded text, so the same article in two encodings is one article."""
    try:
        return _text_key(decode_bytes(raw).text)
    except DecodeError:
        return None


# --- overrides ---------------------------------------------------------------------


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


# --- a folder ------------------------------------------------------------------------


def _relative(path: Path) -> str:
    """path relative to the working directory, POSIX style (as pages record it)."""
    text = os.path.normpath(os.fspath(path))
    if not os.path.isabs(text) and not (text == ".." or text.startswith(".." + os.sep)):  # the usual case, without relpath's cost
        return text.replace(os.sep, "/")
    relative = os.path.relpath(path)
    return Path(path).as_posix() if relative.startswith("..") else Path(relative).as_posix()


def _work(job: tuple[str, str | None, bool], stage_in: str | None = None) -> Converted:
    """Convert one article; with stage_in (the output folder), also write its page there under a
    temporary name, so that the workers, not the parent alone, pay for creating the files."""
    source, override_path, keep_article = job
    result = Converted(source)
    try:
        result.input_stat = input_stat(source, override_path)  # before reading: a later edit moves it
        raw = Path(source).read_bytes()
        override_raw = Path(override_path).read_bytes() if override_path else b""
    except OSError as error:
        result.error = f"không đọc được tệp ({error.strerror})"
        return result
    result.job_key = _bytes_key(raw, override_raw)
    try:
        overrides = read_overrides(Path(override_path)) if override_path else None
    except ConversionError as error:
        result.error = str(error)
        result.content_key = content_key(raw)
        return result
    try:
        article = convert_bytes(raw, source, overrides)
    except ConversionError as error:
        result.error = str(error)
        return result
    except Exception as error:  # noqa: BLE001 - one bad file must not stop the others
        result.error = f"lỗi không mong đợi khi chuyển đổi ({type(error).__name__}: {error})"
        return result
    result.content_key = article.content_key
    result.markdown = render(article)  # in the worker: the parent only places pages
    result.title = article.title
    result.source_sha256 = article.source_sha256
    result.slug = article.slug
    result.article = article if keep_article else None
    if stage_in is not None:
        result.staged = _stage(Path(stage_in), Path(source).stem, result.markdown.encode("utf-8"))
    return result


def _stage(folder: Path, stem: str, content: bytes) -> str | None:
    """content in a new temporary file of folder (named as remove_leftovers expects), or None
    when it cannot be written: the parent then writes the page itself and reports the error."""
    try:
        return _temporary_file(folder, f".{stem}.md.", content)
    except OSError:
        return None


def _unstage(items) -> None:
    """Remove the temporary pages of items that were not placed (duplicates, slug conflicts, a failed write)."""
    for item in items:
        if item.staged:
            Path(item.staged).unlink(missing_ok=True)
            item.staged = None


def _bytes_key(raw: bytes, override_raw: bytes) -> str:
    digest = hashlib.sha256()
    digest.update(b"\0")
    digest.update(raw)
    digest.update(b"\0")
    digest.update(override_raw)
    return digest.hexdigest()


def existing_slugs(out_dir: Path, cache: dict | None = None) -> dict[str, str]:
    """source_file → slug of pages already written: an article keeps its slug. A page the
    cache says it wrote, with the same time and size, is not read again."""
    slugs = {}
    if not out_dir.is_dir():
        return slugs
    written = {(entry.get("slug"), tuple(entry.get("page_stat") or ())): source for source, entry in (cache or {}).items()}
    with os.scandir(out_dir) as pages:
        for page in pages:
            if not page.name.endswith(".md") or not page.is_file():
                continue
            stat = page.stat()
            source = written.get((page.name[:-3], (stat.st_mtime_ns, stat.st_size)))
            if source is None:
                source = _page_source(page.path)
            if source is not None:
                slugs[source] = page.name[:-3]
    return slugs


def _page_source(path: str) -> str | None:
    """The source_file a page's front matter names."""
    with open(path, encoding="utf-8", errors="replace") as handle:
        head = handle.read(4096)
    match = re.search(r"^source_file: ['\"]?(.+?)['\"]?$", head, re.MULTILINE)
    return match.group(1) if match else None


def settle_cache(out_dir: Path) -> None:
    """Record the [time, size] of the pages a run wrote, now that it is settled (a run
    records none for a page it has just written: see input_stat), so that the next run
    trusts them without reading them. The preview calls it while the editor looks at its
    first build; otherwise the first edit would read all 5,000 pages' heads (~0.4 s)."""
    cache = _load_cache()
    settled_any = False
    for source, entry in cache.items():
        if entry.get("page_stat") is not None or "slug" not in entry:
            continue
        page = os.path.join(out_dir, f"{entry['slug']}.md")
        try:
            stat = os.stat(page)
            ours = stat.st_size == entry.get("size") and _page_source(page) == source
        except OSError:
            continue
        page_stat = _settled_stat(stat)
        if ours and page_stat is not None:
            entry["page_stat"] = page_stat
            settled_any = True
    if settled_any:
        _save_cache(cache)


def assign_slugs(converted: list[Converted], known: dict[str, str], reserved: dict[str, str]) -> list[Converted]:
    """Stable, unique ASCII slugs; a collision gets a short suffix from the source hash.

    `known` maps source → the slug its page already has; `reserved` maps slugs in use
    to what uses them. Returns the articles whose corrected slug (seeds/<name>.yml)
    belongs to another page: they are not converted, so no page is overwritten."""
    owner = dict(reserved)
    for source, slug in known.items():
        owner.setdefault(slug, source)
    conflicts, pending = [], []
    for item in converted:
        if item.slug:  # from the correction file
            if owner.get(item.slug, item.source) != item.source:
                item.error = f"slug «{item.slug}» trong {Path(item.source).with_suffix('.yml').as_posix()} đã là trang của {owner[item.slug]}"
                conflicts.append(item)
                continue
            owner[item.slug] = item.source
        elif item.source in known:
            item.slug = known[item.source]
        else:
            pending.append(item)
    taken = set(owner)
    for item in sorted(pending, key=lambda i: i.source):
        base = slugify(item.title or Path(item.source).stem) or "bai-viet"
        slug = base
        if slug in taken:
            slug = f"{base}-{item.source_sha256[:6]}"
        counter = 2
        while slug in taken:
            slug = f"{base}-{item.source_sha256[:6]}-{counter}"
            counter += 1
        item.slug = slug
        taken.add(slug)
    for item in converted:
        if item.article is not None:
            item.article.slug = item.slug
    return conflicts


def _file_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


FILE_MODE = _file_mode()


def write_atomic(path: Path, content: bytes, staged: str | None = None) -> bool:
    """Write content to path atomically; False when the file already holds it. staged: a
    temporary file beside path that holds content already (a worker wrote it): renamed into place."""
    try:
        if path.read_bytes() == content:
            if staged:
                os.unlink(staged)
            return False
    except FileNotFoundError:
        pass
    if staged:
        os.replace(staged, path)
        return True
    temporary = _temporary_file(path.parent, f".{path.name}.", content)
    try:
        # os.replace is atomic: a killed run leaves the old page or the new one, never a
        # truncated one. (No fsync per page: it tripled the run time, and guards only
        # against power loss, after which `make convert` rewrites what differs.)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return True


def _temporary_file(folder: Path, prefix: str, content: bytes) -> str:
    """content in a new file of folder named prefix….tmp, as readable as any page (mkstemp makes
    0600); nothing is left behind when the write fails."""
    folder.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=prefix, suffix=".tmp")
    try:
        os.chmod(temporary, FILE_MODE)
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return temporary


def _generated_pages(out_dir: Path, source_dir: Path, known: dict[str, str]) -> dict[str, Path]:
    """Pages this converter wrote (they name a source file under source_dir), by source."""
    prefix = _relative(source_dir).rstrip("/") + "/"
    pages = {}
    for source, slug in known.items():
        if source.startswith(prefix):
            pages[source] = out_dir / f"{slug}.md"
    return pages


def run(
    source_dir: Path,
    out_dir: Path,
    *,
    check: bool = False,
    jobs: int = 0,
    use_cache: bool = True,
    keep_articles: bool = False,
    validate_data: bool = True,
) -> RunResult:
    """Convert every *.txt under source_dir into out_dir (or, with check, compare only).

    keep_articles keeps each Article in the result (for --report); otherwise only
    the rendered pages travel back from the workers. validate_data=False is for make
    check, which reports the data files' problems itself and goes on to the articles."""
    if validate_data:
        _check_data_files(use_cache and not check)
    result = RunResult()
    if not check:
        remove_leftovers(out_dir)
    jobs_list = _collect_jobs(source_dir, keep_articles, result)
    cache = _load_cache() if use_cache and not check and not keep_articles else {}
    known = existing_slugs(out_dir, cache)
    fingerprint = data.fingerprint()
    cached, todo = _split_cached(jobs_list, cache, fingerprint, known, out_dir)

    unique, failed = _convert_unique(todo, jobs, cached, known, out_dir, result, stage=not check)
    result.articles.extend(unique)

    expected: dict[str, str] = {job[0]: entry["slug"] for job, entry in cached}
    expected.update({item.source: item.slug for item in unique})
    generated = _generated_pages(out_dir, source_dir, known)
    if check:
        _compare(result, unique, generated, expected, out_dir)
        return result

    new_cache = {job[0]: entry for job, entry in cached}
    new_cache.update(_write_pages(unique, out_dir, generated, fingerprint, result))
    result.unchanged.extend(_relative(os.path.join(out_dir, f"{entry['slug']}.md")) for _, entry in cached)  # (a Path each: 0.1 s)
    _remove_orphans(generated, expected, {item.source for item in failed}, result)
    if use_cache and not keep_articles and new_cache != cache:
        _save_cache(new_cache)
    return result


def _convert_unique(todo: list, jobs: int, cached: list, known: dict, out_dir: Path,
                    result: RunResult, stage: bool = False) -> tuple[list, list]:
    """Convert what the cache could not answer; (converted and unique, failed). Errors,
    duplicates and slug clashes are reported in result. With stage, the pages of the
    converted and unique are already written under temporary names in out_dir."""
    converted = _convert_all(todo, jobs, str(out_dir) if stage else None)
    failed = [c for c in converted if c.error]
    result.errors.extend(f"{item.source}: {item.error}" for item in failed)
    unique = _drop_duplicates([c for c in converted if c.markdown is not None], cached, known, result)
    for item in assign_slugs(unique, known, _reserved_slugs(cached, out_dir, known)):
        result.errors.append(f"{item.source}: {item.error}")
        unique.remove(item)
        failed.append(item)
    placed = {id(item) for item in unique}
    _unstage(item for item in converted if id(item) not in placed)
    return unique, failed


def _remove_orphans(generated: dict, expected: dict, keep: set, result: RunResult) -> None:
    """Only a page whose source is gone is removed: an article that fails now keeps its
    last good page until the error (named on stderr) is fixed."""
    for source, page in generated.items():
        if source not in expected and source not in keep and page.exists():
            page.unlink()
            result.removed.append(_relative(page))


def _check_data_files(remember: bool) -> None:
    """Every data file is checked before any article is touched: a broken one would fail
    every article alike. Raises BrokenData listing them all. A passed check is remembered
    for the same code and data (the fingerprint), so an unchanged re-run skips it."""
    stamp = CACHE_FILE.with_name("data-checked")
    fingerprint = data.fingerprint()
    try:
        if remember and stamp.read_text(encoding="utf-8") == fingerprint:
            return
    except OSError:
        pass
    problems = check_data()
    if problems:
        raise BrokenData(problems)
    if remember:
        write_atomic(stamp, fingerprint.encode("utf-8"))


def _collect_jobs(source_dir: Path, keep_articles: bool, result: RunResult) -> list[tuple]:
    """One job per raw article (with its correction file); a correction without an article is an error."""
    jobs_list = []
    found: dict[str, list[str]] = {".txt": [], ".yml": []}
    for folder, _, names in os.walk(source_dir):  # as rglob, with a string, not a Path object, per file
        for name in names:
            if name[-4:] in found:
                found[name[-4:]].append(os.path.join(folder, name))
    texts, corrections = sorted(found[".txt"], key=_path_order), set(found[".yml"])
    for source in texts:
        override = source[:-4] + ".yml"
        jobs_list.append((_relative(source), _relative(override) if override in corrections else None, keep_articles))
    known_texts = set(texts)
    for override in sorted(corrections, key=_path_order):
        if override[:-4] + ".txt" not in known_texts:
            result.errors.append(f"{_relative(override)}: tệp sửa không có bài gốc {os.path.basename(override)[:-4]}.txt")
    return jobs_list


def _path_order(path: str) -> list[str]:
    """The order of Paths (by parts), as a key compared in C: sorting 5,000 Paths by Path.__lt__ takes 0.1 s."""
    return os.path.normpath(path).split(os.sep)


def _split_cached(jobs_list: list[tuple], cache: dict, fingerprint: str, known: dict, out_dir: Path):
    """(cached, todo): a job is cached when neither its input, the rules nor its page changed.
    An input whose times and sizes are those the cache recorded is not read and hashed again."""
    cached, todo = [], []
    for job in jobs_list:
        entry = cache.get(job[0])
        if entry and entry.get("fingerprint") == fingerprint:
            stat = input_stat(job[0], job[1])
            if stat is None or entry.get("stat") != stat:
                entry = {**entry, "stat": stat} if entry.get("key") == _job_key(job) else None
        else:
            entry = None
        if entry:
            try:
                page = os.stat(os.path.join(out_dir, f"{entry['slug']}.md"))
            except OSError:
                page = None
            if known.get(job[0]) == entry["slug"] and page is not None and page.st_size == entry.get("size"):
                page_stat = _settled_stat(page)
                cached.append((job, entry if entry.get("page_stat") == page_stat else {**entry, "page_stat": page_stat}))
                continue
        todo.append(job)
    return cached, todo


def _drop_duplicates(good: list, cached: list, known: dict, result: RunResult) -> list:
    """The same article twice (any encoding): keep the one that already has a page
    (else the first by name), report both."""
    seen: dict[str, str] = {entry["content_key"]: job[0] for job, entry in cached if entry.get("content_key")}
    unique = []
    for item in sorted(good, key=lambda c: (c.source not in known, c.source)):
        first = seen.get(item.content_key)
        if first and first != item.source:
            result.warnings.append(f"{item.source}: cùng nội dung với {first}, chỉ chuyển đổi một lần")
            continue
        seen[item.content_key] = item.source
        unique.append(item)
    return unique


def _reserved_slugs(cached: list, out_dir: Path, known: dict) -> dict[str, str]:
    """Slugs taken by unchanged pages and by hand-written articles: new pages must not take them."""
    reserved = {entry["slug"]: job[0] for job, entry in cached}
    if out_dir.is_dir():
        known_slugs = set(known.values())
        for page in out_dir.glob("*.md"):
            if page.stem not in known_slugs:
                reserved.setdefault(page.stem, _relative(page))
    return reserved


def _write_pages(unique: list, out_dir: Path, generated: dict, fingerprint: str, result: RunResult) -> dict:
    """Write each page atomically (untouched when identical); a renamed page's old file goes.
    Returns the cache entries of the pages written."""
    entries = {}
    for position, item in enumerate(unique):
        page = out_dir / f"{item.slug}.md"
        content = item.markdown.encode("utf-8")
        previous = generated.get(item.source)
        try:
            written = write_atomic(page, content, item.staged)
            item.staged = None
        except OSError as error:  # a full disk, a folder made read-only meanwhile: stop, keep what is there
            _unstage(unique[position:])
            left = len(unique) - position
            result.errors.append(f"{_relative(page)}: không ghi được ({error.strerror}); {left} trang chưa ghi, "
                                 "các trang cũ vẫn nguyên — giải phóng chỗ trống / quyền ghi rồi chạy lại")
            break
        if written:
            result.written.append(_relative(page))
        else:
            result.unchanged.append(_relative(page))
        if previous and previous != page and previous.exists():
            previous.unlink()
            result.removed.append(_relative(previous))
        entries[item.source] = {
            "fingerprint": fingerprint,
            "key": item.job_key,
            "slug": item.slug,
            "size": len(content),
            "content_key": item.content_key,
            "stat": item.input_stat,
            "page_stat": _page_stat(page),
        }
    return entries


def input_stat(source: str, override: str | None) -> list[int] | None:
    """Times and sizes of an article and its correction file; None while they are too
    recent to vouch for the content (a same-size rewrite within the clock's tick keeps the
    time: "racy git"), so the next run reads and hashes them."""
    try:
        first = os.stat(source)
        second = os.stat(override) if override else None
    except OSError:
        return None  # gone since the folder was read: the job reports it
    stat = [first.st_mtime_ns, first.st_size, second.st_mtime_ns if second else 0, second.st_size if second else -1]
    return stat if _settled(max(stat[0], stat[2])) else None


def _settled(mtime_ns: int) -> bool:
    return time.time_ns() - mtime_ns > 2_000_000_000


def _settled_stat(stat: os.stat_result) -> list[int] | None:
    """[time, size] of a file once settled (see input_stat), else None."""
    return [stat.st_mtime_ns, stat.st_size] if _settled(stat.st_mtime_ns) else None


def _page_stat(page: Path) -> list[int] | None:
    """A written page's [time, size] once settled, else None."""
    try:
        return _settled_stat(os.stat(page))
    except OSError:
        return None


def _job_key(job: tuple) -> str:
    source, override = job[0], job[1]
    return _bytes_key(Path(source).read_bytes(), Path(override).read_bytes() if override else b"")


def load_tables() -> None:
    """The tables the converter loads lazily (the communes, which only a text naming a
    commune would load; the topics), loaded now: before forking workers, or while a
    preview waits for its first edit."""
    gazetteer().communes("")
    data.topics()


def _convert_all(jobs_list, jobs: int, stage_in: str | None = None) -> list[Converted]:
    workers = jobs or os.cpu_count() or 1
    if workers <= 1 or len(jobs_list) < 8:
        return [_work(job, stage_in) for job in jobs_list]
    load_tables()  # once in the parent; forked workers share them
    chunk = max(1, len(jobs_list) // (workers * 32))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(partial(_work, stage_in=stage_in), jobs_list, chunksize=chunk))


def _compare(result: RunResult, unique, generated: dict[str, Path], expected: dict[str, str], out_dir: Path) -> None:
    for item in unique:
        page = out_dir / f"{item.slug}.md"
        if not page.exists():
            result.differences.append(f"{_relative(page)}: thiếu trang của {item.source}")
            continue
        current = page.read_text(encoding="utf-8")
        if current == item.markdown:
            continue
        match = re.search(r"^source_sha256: ['\"]?([0-9a-f]+)", current, re.MULTILINE)
        if match and match.group(1) != item.source_sha256:
            reason = f"lỗi thời: {item.source} đã thay đổi"
        else:
            reason = f"khác với kết quả chuyển đổi {item.source} (trang bị sửa tay?)"
        result.differences.append(f"{_relative(page)}: {reason}")
    failed = {line.split(": ", 1)[0] for line in result.errors}
    for source, page in generated.items():
        if source not in expected and source not in failed:
            result.differences.append(f"{_relative(page)}: thừa, bài gốc {source} không còn")


def _load_cache() -> dict:
    try:
        return json.loads(CACHE_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _save_cache(cache: dict) -> None:
    """Compact JSON: an indented dump runs in pure Python (0.2 s at 5,000 articles, at every preview edit)."""
    try:
        write_atomic(CACHE_FILE, json.dumps(cache, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8"))
    except OSError:
        pass  # the cache only saves time: without it the next run converts everything again


def remove_leftovers(out_dir: Path) -> None:
    """Temporary files of a run that was killed before it could rename them."""
    for leftover in out_dir.glob(".*.md.*.tmp") if out_dir.is_dir() else ():
        leftover.unlink(missing_ok=True)


# --- the audit report -------------------------------------------------------------------

REASON_TEXT = {
    "page_title": "tiêu đề trang web → source",
    "category": "chuyên mục → category",
    "title": "tiêu đề → title",
    "date_line": "dòng ngày → date",
    "place_line": "dòng địa danh → locality/province",
    "top_byline": "tác giả (đầu bài) → author",
    "byline": "tác giả → author",
    "source_line": "nguồn → source",
    "credit": "tác giả ảnh → photo_credits",
    "boilerplate": "giao diện trang web",
    "footer": "chân trang web",
    "duplicate": "đoạn lặp lại",
}


def report_markdown(result: RunResult, only: set[str] | None = None) -> str:
    """Per source file: every line that did not reach the body, and why. With `only` (paths
    such as `git diff --name-only` prints; a .yml counts for its .txt), just those articles:
    a pull request's summary about what it touches, whatever the archive's size."""
    lines = ["# Báo cáo chuyển đổi", ""]
    articles = sorted(result.articles, key=lambda c: c.source)
    if only is not None:
        wanted = {str(Path(path).with_suffix("")) for path in only}
        kept = [item for item in articles if str(Path(item.source).with_suffix("")) in wanted]
        lines.append(f"Chỉ các bài gốc mà thay đổi này đụng tới: {len(kept)} trong {len(articles)} bài.")
        articles = kept
    for error in result.errors:
        lines.append(f"- LỖI {error}")
    for warning in result.warnings:
        lines.append(f"- Cảnh báo: {warning}")
    lines += _review_section(articles)
    lines += _dropped_in_body_section(articles)
    for item in articles:
        lines += _article_section(item)
    return "\n".join(lines) + "\n"


def _article_section(item) -> list[str]:
    """One article: each field with why it has its value, then the lines left out of its body."""
    article = item.article
    lines = ["", f"## {item.source} → docs/articles/{article.slug}.md", ""]
    matter = article.front_matter()
    for key in ("title", "date", "date_note", "locality", "province", "province_2025", "tenure", "tenure_basis", "author", "source", "source_url", "category"):
        evidence = article.evidence.get(key)
        why = f" — {'; '.join(evidence.reasons)}" if evidence and key not in article.overrides else ""
        flag = " **(cần xem lại)**" if evidence and evidence.weak and key not in article.overrides else ""
        if matter.get(key) is not None:
            lines.append(f"- **{key}**: {matter[key]}{why}{flag}")
        elif flag:
            lines.append(f"- **{key}**: chưa xác định{why}{flag}")
    if matter["tags"]:
        lines.append(f"- **tags**: {', '.join(matter['tags'])}")
    if matter["documents"]:
        lines.append(f"- **documents**: {', '.join(matter['documents'])}")
    for note in article.notes:
        lines.append(f"- Ghi chú: {note}")
    if article.dropped:
        lines += ["", "| dòng | không vào thân bài vì | nội dung |", "|---|---|---|"]
        for dropped in article.dropped:
            reason = REASON_TEXT.get(dropped.reason, dropped.reason)
            if dropped.detail:
                reason = f"{reason} ({dropped.detail})"
            text = dropped.text.replace("|", "\\|")
            lines.append(f"| {dropped.line} | {reason} | {text} |")
    return lines


def _dropped_in_body_section(articles: list) -> list[str]:
    """Sentences left out after the body had begun (a related box, a footer, furniture):
    where a real paragraph could have been lost, so listed first, whole."""
    lines = []
    for item in articles:
        article = item.article
        starts = [block.line for block in article.blocks]
        if not starts:
            continue
        risky = [d for d in article.dropped
                 if d.line > min(starts) and d.reason in ("boilerplate", "footer")
                 and (len(d.text.split()) >= 14 or (len(d.text.split()) >= 6 and d.text.rstrip()[-1:] in ".!?…"))]
        for dropped in risky:
            reason = REASON_TEXT.get(dropped.reason, dropped.reason) + (f" ({dropped.detail})" if dropped.detail else "")
            lines.append(f"- {item.source} dòng {dropped.line} ({reason}): {dropped.text}")
    if not lines:
        return []
    return ["", "## Câu bị bỏ sau khi thân bài đã bắt đầu", "",
            "Các câu dưới đây không vào thân bài. Nếu là nội dung bài, hãy báo lại (hoặc sửa kholuutru/data/boilerplate.yml).", "",
            *lines]


def _review_section(articles: list) -> list[str]:
    """The articles with a field decided on weak evidence (or left unknown where the
    page seemed to offer one): what an editor should look at first."""
    flagged = [(item, [k for k in item.article.to_review() if k not in item.article.overrides]) for item in articles]
    flagged = [(item, keys) for item, keys in flagged if keys]
    if not flagged:
        return []
    lines = ["", "## Cần xem lại", "",
             "Các trường dưới đây được xác định từ bằng chứng yếu hoặc để trống; sửa bằng `seeds/<tên>.yml` nếu sai "
             "(lý do ở mục của từng bài bên dưới).", ""]
    for item, keys in flagged:
        matter = item.article.front_matter()
        values = "; ".join(f"{key} {_as_reviewed(matter.get(key))}" for key in keys)
        lines.append(f"- {item.source}: {values}")
    return lines


def _as_reviewed(value) -> str:
    """A field's value as the review list shows it: what an editor checks against the page."""
    if value is None or value == []:
        return "chưa xác định"
    return f"«{', '.join(value) if isinstance(value, list) else value}»"


def report_json(result: RunResult) -> str:
    files = {}
    for item in sorted(result.articles, key=lambda c: c.source):
        article = item.article
        files[item.source] = {
            "page": f"{article.slug}.md",
            "front_matter": article.front_matter(),
            "notes": article.notes,
            "evidence": {key: {"reasons": e.reasons, "weak": e.weak} for key, e in article.evidence.items()},
            "review": [key for key in article.to_review() if key not in article.overrides],
            "dropped": [{"line": d.line, "reason": d.reason, "detail": d.detail, "text": d.text} for d in article.dropped],
        }
    payload = {"errors": result.errors, "warnings": result.warnings, "files": files}
    return json.dumps(payload, ensure_ascii=False, indent=2, default=str) + "\n"
