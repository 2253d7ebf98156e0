"""Command line: convert raw articles in seeds/ into docs/articles/."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .data import DataError
from .validate import BrokenData
from .pipeline import report_json, report_markdown, run


def parser() -> argparse.ArgumentParser:
    cli = argparse.ArgumentParser(
        prog="convert.py",
        description="Chuyển bài gốc (.txt) thành Markdown có front matter. "
        "Convert raw articles (.txt) into Markdown with YAML front matter.",
    )
    cli.add_argument("--source", type=Path, default=Path("seeds"), help="thư mục bài gốc (mặc định: seeds)")
    cli.add_argument("--out", type=Path, default=Path("docs/articles"), help="thư mục trang (mặc định: docs/articles)")
    cli.add_argument("--check", action="store_true", help="không ghi gì; thoát 1 nếu docs/articles khác kết quả chuyển đổi")
    cli.add_argument("--jobs", type=int, default=0, help="số tiến trình song song (mặc định: số nhân CPU)")
    cli.add_argument("--report", type=Path, help="ghi báo cáo các dòng không vào thân bài (.md hoặc .json)")
    cli.add_argument("--quiet", action="store_true", help="chỉ in lỗi")
    return cli


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if not args.source.is_dir():
        print(f"{args.source}: không phải thư mục / not a directory", file=sys.stderr)
        return 2
    if args.jobs < 0:
        print("--jobs phải ≥ 0", file=sys.stderr)
        return 2
    try:
        result = run(args.source, args.out, check=args.check, jobs=args.jobs, keep_articles=args.report is not None)
    except BrokenData as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        print(f"{len(error.problems)} lỗi tệp dữ liệu: chưa chuyển đổi bài nào, không ghi gì.", file=sys.stderr)
        return 2
    except DataError as error:
        print(f"{error}\nchưa ghi gì thêm.", file=sys.stderr)
        return 2
    for line in result.errors:
        print(line, file=sys.stderr)
    for line in result.differences:
        print(f"{line} — chạy make convert (sửa thông tin bài bằng seeds/<tên>.yml)", file=sys.stderr)
    for line in result.warnings:
        print(f"cảnh báo: {line}", file=sys.stderr)
    if args.report:
        text = report_json(result) if args.report.suffix == ".json" else report_markdown(result)
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(text, encoding="utf-8")
    if not args.quiet:
        if args.check:
            verdict = "khớp" if not result.differences else f"{len(result.differences)} khác biệt"
            print(f"kiểm tra {args.out}: {verdict}; {len(result.errors)} lỗi")
        else:
            print(
                f"{len(result.written)} trang ghi mới, {len(result.unchanged)} không đổi, "
                f"{len(result.removed)} xóa, {len(result.errors)} lỗi"
            )
    return result.exit_code
