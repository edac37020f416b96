"""Does a SQLite write-ahead log hold answers SQLite would silently drop?

When SQLite opens a database after a crash it replays the ``-wal`` file frame by frame
and stops at the first frame whose checksum is wrong: every frame after it is ignored,
and the next write overwrites them. A damaged frame in the middle of a log therefore
loses every answer saved after it, without an error. ``lost_commits`` finds that case
before anything opens the database for writing, so the store can refuse and keep the
files as they are. (Format: https://www.sqlite.org/fileformat2.html#walformat.)
"""

from __future__ import annotations

import struct
from pathlib import Path

_HEADER = 32
_FRAME_HEADER = 24
_MAGIC = (0x377F0682, 0x377F0683)  # checksums little- / big-endian


def _checksum(data: bytes, big_endian: bool, s0: int, s1: int) -> tuple[int, int]:
    words = struct.unpack((">" if big_endian else "<") + f"{len(data) // 4}I", data)
    mask = 0xFFFFFFFF
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & mask
        s1 = (s1 + words[i + 1] + s0) & mask
    return s0, s1


def lost_commits(wal: Path) -> bool:
    """True when the log holds a committed transaction that SQLite would not replay
    (it comes after a damaged frame, or the log's header is damaged)."""
    try:
        data = wal.read_bytes()
    except FileNotFoundError:
        return False
    if len(data) < _HEADER:
        return False  # no frame was ever written
    magic, _version, page_size, _seq, salt1, salt2, c0, c1 = struct.unpack(">8I", data[:32])
    frame_size = _FRAME_HEADER + page_size
    has_frames = len(data) >= _HEADER + frame_size
    if magic not in _MAGIC or page_size < 512 or page_size & (page_size - 1):
        return has_frames
    big_endian = magic & 1 == 1
    if _checksum(data[:24], big_endian, 0, 0) != (c0, c1):
        return has_frames
    s0, s1 = c0, c1
    offset = _HEADER
    while offset + frame_size <= len(data):
        header = data[offset:offset + _FRAME_HEADER]
        _page, _commit, f_salt1, f_salt2, f0, f1 = struct.unpack(">6I", header)
        if (f_salt1, f_salt2) != (salt1, salt2):
            return False  # older frames from before the log was restarted: not ours
        s0, s1 = _checksum(header[:8], big_endian, s0, s1)
        s0, s1 = _checksum(data[offset + _FRAME_HEADER:offset + frame_size], big_endian, s0, s1)
        if (s0, s1) != (f0, f1):
            if offset + 2 * frame_size > len(data):
                return False  # only the last frame is torn: a write cut off by a crash
            return _commit_after(data, offset, frame_size, salt1, salt2)
        offset += frame_size
    return False


def _commit_after(data: bytes, offset: int, frame_size: int, salt1: int, salt2: int) -> bool:
    """A commit frame of this log from the damaged one on: a saved transaction lost.
    (Frames of one unfinished transaction at the end are normal after a crash.)"""
    while offset + frame_size <= len(data):
        _page, commit, f_salt1, f_salt2 = struct.unpack(">4I", data[offset:offset + 16])
        if (f_salt1, f_salt2) == (salt1, salt2) and commit:
            return True
        offset += frame_size
    return False
