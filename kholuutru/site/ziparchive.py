"""A deterministic zip writer whose members are compressed once and can be reused.

The data page's Markdown zip holds every article. `zipfile` compresses every member on
every write; a preview rebuild (make dev) rewrites the zip after each edit, so here a
member is compressed once (Member) and kept while its file is unchanged. Fixed time
stamps and sorted names: the same articles give the same bytes. Zip64 end records when
there are more than 65,535 members (100,000 articles).
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import BinaryIO

DOS_TIME = 0  # 00:00:00
DOS_DATE = (2020 - 1980) << 9 | 1 << 5 | 1  # 2020-01-01
FILE_ATTRIBUTES = 0o644 << 16  # rw-r--r--
UTF8_NAME = 0x800
DEFLATE = 8
VERSION = 45  # zip64-capable readers; every reader in use today
MADE_ON_UNIX = 3 << 8


@dataclass(frozen=True)
class Member:
    name: bytes
    crc: int
    size: int
    deflated: bytes
    flags: int


def member(name: str, raw: bytes, level: int = 6) -> Member:
    """One file of the archive, deflated (level 6: as small as 9 on Markdown, faster)."""
    packer = zlib.compressobj(level, zlib.DEFLATED, -15)
    deflated = packer.compress(raw) + packer.flush()
    flags = 0 if name.isascii() else UTF8_NAME
    return Member(name.encode("utf-8"), zlib.crc32(raw), len(raw), deflated, flags)


def write(handle: BinaryIO, members: Iterable[Member]) -> None:
    """Local headers and data, the central directory, then the end records."""
    central, offset, count = [], 0, 0
    for item in members:
        header = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, item.flags, DEFLATE, DOS_TIME, DOS_DATE,
                             item.crc, len(item.deflated), item.size, len(item.name), 0)
        handle.write(header + item.name)
        handle.write(item.deflated)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, MADE_ON_UNIX | VERSION, 20, item.flags,
                                   DEFLATE, DOS_TIME, DOS_DATE, item.crc, len(item.deflated), item.size,
                                   len(item.name), 0, 0, 0, 0, FILE_ATTRIBUTES, offset) + item.name)
        offset += len(header) + len(item.name) + len(item.deflated)
        count += 1
        if offset > 0xFFFFFFFF:
            raise ValueError("zip larger than 4 GB: split the archive")
    directory = b"".join(central)
    if count > 0xFFFF:
        end64 = offset + len(directory)
        directory += struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, MADE_ON_UNIX | VERSION, VERSION, 0, 0,
                                 count, count, len(directory), offset)
        directory += struct.pack("<IIQI", 0x07064B50, 0, end64, 1)
        size_of_directory = end64 - offset
    else:
        size_of_directory = len(directory)
    handle.write(directory)
    handle.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, min(count, 0xFFFF), min(count, 0xFFFF),
                             size_of_directory, offset, 0))
