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

from . import data
from .article import Article, ConversionError
from .corrections import apply_overrides, read_overrides
from .decode import DecodeError, decode_bytes
from .enrich import enrich
from .extract import extract
from .gazetteer import gazetteer
from .header import scraper_header, without_header
from .publisher import address_on_top, is_web_address
from .render import render
from .segment import segment
from .text import slugify
from .url_path import slug_words, url_words
from .validate import BrokenData, check_data

CACHE_FILE = Path(".cache") / "convert.json"


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
