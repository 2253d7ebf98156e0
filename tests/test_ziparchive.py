"""The Markdown zip's writer (kholuutru/site/ziparchive.py): what zipfile reads back."""

from __future__ import annotations

import io
import zipfile

from kholuutru.site import ziparchive


def archive(members) -> zipfile.ZipFile:
    buffer = io.BytesIO()
    ziparchive.write(buffer, members)
    return zipfile.ZipFile(io.BytesIO(buffer.getvalue()))


def test_members_read_back_with_names_contents_dates_and_modes():
    files = {"articles/a.md": "---\ntitle: Đảng bộ\n---\n\nNội dung.\n".encode(), "articles/b.md": b"", "articles/đ.md": b"x" * 5000}
    read = archive([ziparchive.member(name, raw) for name, raw in files.items()])
    assert read.testzip() is None
    assert read.namelist() == list(files)
    for info in read.infolist():
        assert read.read(info) == files[info.filename]
        assert info.date_time == (2020, 1, 1, 0, 0, 0)
        assert info.external_attr >> 16 == 0o644
        assert info.compress_type == zipfile.ZIP_DEFLATED
    assert read.getinfo("articles/đ.md").compress_size < 100


def test_same_members_same_bytes():
    def once() -> bytes:
        buffer = io.BytesIO()
        ziparchive.write(buffer, [ziparchive.member(f"articles/{n}.md", str(n).encode()) for n in range(50)])
        return buffer.getvalue()

    assert once() == once()


def test_more_than_65535_members_use_zip64_end_records():
    empty = ziparchive.member("x", b"")
    members = [ziparchive.Member(f"articles/{n:06d}.md".encode(), empty.crc, 0, empty.deflated, 0) for n in range(70_000)]
    read = archive(members)
    assert len(read.infolist()) == 70_000
    assert read.namelist()[-1] == "articles/069999.md" and read.read("articles/069999.md") == b""
