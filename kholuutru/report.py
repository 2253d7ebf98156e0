"""The conversion report (--report): per article, each field with its evidence, what to
review, and every line that did not reach the body, and why."""

from __future__ import annotations

import json
from pathlib import Path

from .pipeline import RunResult

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
