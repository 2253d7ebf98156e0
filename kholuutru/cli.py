"""Command line: convert raw articles in seeds/ into docs/articles/."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .data import DataError
from .validate import BrokenData
from .lock import exclusive
from .pipeline import run, write_atomic
from .report import report_json, report_markdown


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
    cli.add_argument("--report-for", type=Path, metavar="LIST",
                     help="báo cáo chỉ về các bài gốc có trong tệp LIST (mỗi dòng một đường dẫn, như git diff --name-only; "
                          "tệp .yml tính cho bài .txt cùng tên): tóm tắt của một pull request")
    cli.add_argument("--quiet", action="store_true", help="chỉ in lỗi")
    return cli


def usage_problem(args: argparse.Namespace) -> str | None:
    """What is wrong with the paths given, as one line, before anything is read or written."""
    source, out, report = args.source, args.out, args.report
    if not source.is_dir():
        return f"{source}: không phải thư mục bài gốc / not a directory"
    if not os.access(source, os.R_OK | os.X_OK):
        return f"{source}: không đọc được thư mục (thiếu quyền đọc)"
    if not any(source.rglob("*.txt")):
        return f"{source}: không có bài gốc .txt nào — kiểm tra --source (chạy với thư mục rỗng sẽ xóa mọi trang đã chuyển đổi)"
    if args.jobs < 0:
        return "--jobs phải ≥ 0"
    if out.exists() and not out.is_dir():
        return f"{out}: là một tệp, không phải thư mục — chọn --out là thư mục"
    existing = next((p for p in (out, *out.parents) if p.exists()), Path("."))
    if not args.check and not os.access(existing, os.W_OK):
        return f"{existing}: chỉ đọc, không ghi được trang vào {out}"
    if args.report_for is not None and (report is None or not args.report_for.is_file()):
        return f"{args.report_for}: --report-for cần --report và một tệp danh sách đọc được"
    if report is not None:
        if report.is_dir():
            return f"{report}: là thư mục — --report cần tên tệp .md hoặc .json"
        parent = next((p for p in report.parents if p.exists()), Path("."))
        if not os.access(parent, os.W_OK):
            return f"{parent}: chỉ đọc, không ghi được báo cáo {report}"
    return None


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    problem = usage_problem(args)
    if problem:
        print(problem, file=sys.stderr)
        return 2
    try:
        with exclusive("convert"):
            result = run(args.source, args.out, check=args.check, jobs=args.jobs, keep_articles=args.report is not None)
            if args.report:
                only = set(args.report_for.read_text(encoding="utf-8").split()) if args.report_for else None
                text = report_json(result) if args.report.suffix == ".json" else report_markdown(result, only)
                args.report.parent.mkdir(parents=True, exist_ok=True)
                write_atomic(args.report, text.encode("utf-8"))
    except BrokenData as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        print(f"{len(error.problems)} lỗi tệp dữ liệu: chưa chuyển đổi bài nào, không ghi gì.", file=sys.stderr)
        return 2
    except DataError as error:
        print(f"{error}\nchưa ghi gì thêm.", file=sys.stderr)
        return 2
    except OSError as error:  # a folder that became unreadable, a disk that filled up under the report
        where = error.filename or args.out
        print(f"{where}: {error.strerror or error} — các trang đã có vẫn nguyên", file=sys.stderr)
        return 2
    for line in result.errors:
        print(line, file=sys.stderr)
    for line in result.differences:
        print(f"{line} — chạy make convert (sửa thông tin bài bằng seeds/<tên>.yml)", file=sys.stderr)
    for line in result.warnings:
        print(f"cảnh báo: {line}", file=sys.stderr)
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


if __name__ == "__main__":
    sys.exit(main())
