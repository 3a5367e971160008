"""WARC framing that survives damage: one bad record costs only itself.

warcio trusts every Content-Length and stops at the first corrupt gzip member, so one fault used to
drop the rest of an archive. Here the framing is ours and warcio only parses the HTTP part of a record
that framed cleanly:

* plain WARC: after a record's declared end the bytes must be ``\\r\\n\\r\\n`` and the next ``WARC/1.x``
  header (or the end of the file). When they are not:

  - a header of the next record *inside* the declared body means the Content-Length is too large: the
    record is reported (offset, reason) and reading resumes at that header;
  - a missing ``\\r\\n\\r\\n`` means the Content-Length is too small: the record is kept as declared with
    a ``truncated`` note (the Article gets warning W107) and reading resumes at the next header;
  - bytes that are not a record (garbage between records) are reported with their offset and skipped;

* WARC.gz: each gzip member is decompressed and checked (CRC) before its records are read; a corrupt
  member (a flipped bit, a cut) is reported with its compressed offset and reading resumes at the next
  gzip member. Members larger than the record cap (a whole archive in one member) are streamed.

Memory stays bounded: a record is held only up to the cap; longer ones are skipped in chunks.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

_CHUNK = 1 << 16
_HEAD_MAX = 64 << 10  # a WARC header block longer than this is damaged
# A WARC header: "WARC/1.0" (or 1.1) then a named field on the next line (garbage before a record need
# not end with a line break, so the version line is looked for anywhere).
_HEADER = re.compile(rb"WARC/1\.[01]\r?\n[A-Za-z][A-Za-z0-9-]{1,40}:")
_END_HEAD = re.compile(rb"\r?\n\r?\n")
_GZ_MAGIC = b"\x1f\x8b\x08"
_ID = re.compile(rb"WARC-Record-ID:\s*<?([^>\r\n]{1,200})>?", re.I)


@dataclass
class Framed:
    """One WARC record as framed: ``ok`` records carry their whole block (header + body), damaged ones
    ``reason``. ``offset`` is the byte offset of the record (of its gzip member in a .warc.gz)."""

    offset: int
    headers: dict[str, str] = field(default_factory=dict)
    block: bytes | None = None  # header + body of a record held in memory
    reason: str | None = None  # why the record is damaged (reported, not extracted)
    notes: list[str] = field(default_factory=list)  # damage the record survived (a short body)
    too_long: bool = False  # the body is over the cap: skipped, classified by its first bytes
    head: bytes = b""  # the first bytes of the body (for a too-long record's HTTP Content-Type)

    @property
    def record_id(self) -> str | None:
        rid = self.headers.get("warc-record-id", "").strip().strip("<>")
        return rid or None


# --------------------------------------------------------------------------- byte sources
def _plain_events(fh: BinaryIO) -> Iterator[tuple[str, int, object]]:
    off = 0
    while chunk := fh.read(_CHUNK):
        yield ("data", off, chunk)
        off += len(chunk)


class _Raw:
    """The compressed file as a sliding window: ``buf[i]`` is at file offset ``base + i``."""

    def __init__(self, fh: BinaryIO) -> None:
        self.fh, self.buf, self.base, self.eof = fh, bytearray(), 0, False

    def more(self) -> bool:
        if self.eof:
            return False
        chunk = self.fh.read(_CHUNK)
        if not chunk:
            self.eof = True
            return False
        self.buf.extend(chunk)
        return True

    def drop(self, n: int) -> None:
        del self.buf[:n]
        self.base += n

    def skip_padding(self, start: int) -> int:
        """Index of the first byte at or after ``start`` that is not NUL or white space; -1 at the end."""
        while True:
            i = start
            while i < len(self.buf) and self.buf[i] in b"\x00\r\n\t ":
                i += 1
            if i < len(self.buf):
                while len(self.buf) - i < 3 and self.more():  # a gzip header may straddle a read
                    pass
                return i
            self.drop(len(self.buf))
            start = 0
            if not self.more():
                return -1

    def find_magic(self, start: int) -> int:
        """Index of the next gzip header at or after ``start`` (bytes before it are dropped); -1 at the end."""
        while True:
            i = self.buf.find(_GZ_MAGIC, start)
            if i >= 0:
                return i
            start = max(start, len(self.buf) - 2)
            if start > _CHUNK:
                self.drop(start)
                start = 0
            if not self.more():
                return -1


def _gz_events(fh: BinaryIO, cap: int) -> Iterator[tuple[str, int, object]]:
    """Decompressed data per gzip member ("data", member offset, bytes), held until the member's CRC is
    checked; a corrupt member gives ("break", member offset, (reason, record id)) and decompression
    resumes at the next gzip header."""
    raw = _Raw(fh)
    pos = 0  # index in raw.buf of the next member
    while True:
        while len(raw.buf) - pos < 3 and raw.more():
            pass
        if len(raw.buf) == pos:
            return
        if raw.buf[pos:pos + 3] != _GZ_MAGIC:
            pos = raw.skip_padding(pos)  # NULs or line breaks between or after members are harmless
            if pos < 0:
                return
            if raw.buf[pos:pos + 3] != _GZ_MAGIC:
                start = raw.base + pos
                nxt = raw.find_magic(pos + 1)
                gap = raw.base + (nxt if nxt >= 0 else len(raw.buf)) - start
                yield ("break", start, (f"{gap} bytes that are not a gzip member at offset {start}", None))
                if nxt < 0:
                    return
                pos = nxt
        member = raw.base + pos
        d = zlib.decompressobj(31)
        out = bytearray()
        streamed = False
        try:
            while not d.eof:
                if pos >= len(raw.buf) and not raw.more():
                    yield ("break", member, (f"gzip member at offset {member} is cut off by the end of the file",
                                             _rid(out)))
                    return
                chunk = bytes(raw.buf[pos:pos + _CHUNK])
                out.extend(d.decompress(chunk))
                pos += len(chunk) - len(d.unused_data)
                if len(out) > cap:  # a whole archive in one member: stream it, unverified
                    streamed = True
                    yield ("data", member, bytes(out))
                    out.clear()
                if pos > 4 * _CHUNK:  # drop consumed compressed bytes (bounded memory)
                    raw.drop(pos)
                    pos = 0
            out.extend(d.flush())
        except zlib.error as exc:
            yield ("break", member, (f"gzip member at offset {member} is corrupt ({exc}); reading resumes at "
                                     "the next gzip member", _rid(out)))
            pos = raw.find_magic(max(pos, member - raw.base + 1))
            if pos < 0:
                return
            continue
        if out or streamed:
            yield ("data", member, bytes(out))
        yield ("member", member, b"")


def _rid(out: bytearray) -> str | None:
    m = _ID.search(out[:_HEAD_MAX])
    return m.group(1).decode("ascii", "replace") if m else None


# --------------------------------------------------------------------------- the logical stream
class _Stream:
    """Decompressed bytes with their file offsets (see :meth:`fill` for breaks)."""

    def __init__(self, events: Iterator[tuple[str, int, object]], exact: bool) -> None:
        self.events = events
        self.exact = exact  # plain WARC: offsets are byte-exact; gz: the member's offset
        self.buf = bytearray()
        self.pos = 0  # logical position of buf[0]
        self.segs: list[tuple[int, int]] = []  # (logical start, file offset) of each data piece in buf
        self.eof = False
        self.pending: tuple[int, str, str | None] | None = None

    def fill(self) -> bool:
        """Pull one more piece; False at the end of input, and at a break (a corrupt gzip member) until
        :meth:`take_break` is called: records before the break still frame, the one across it is cut."""
        if self.eof:
            return False
        for kind, off, data in self.events:
            if kind == "data":
                if data:
                    self.segs.append((self.pos + len(self.buf), off))
                    self.buf.extend(data)  # type: ignore[arg-type]
                    return True
            elif kind == "break":
                self.pending = (off, *data)  # type: ignore[misc]
                self.eof = True
                return False
        self.eof = True
        return False

    def take_break(self) -> tuple[int, str, str | None] | None:
        """The break the stream stopped at (offset, reason, record id), and go on after it."""
        brk, self.pending = self.pending, None
        if brk is not None:
            self.eof = False
        return brk

    def offset(self, i: int) -> int:
        """The file offset of buffer index ``i``."""
        lp = self.pos + i
        start, off = self.segs[0] if self.segs else (self.pos, 0)
        for s, o in self.segs:
            if s > lp:
                break
            start, off = s, o
        return off + (lp - start) if self.exact else off

    def need(self, n: int) -> bool:
        while len(self.buf) < n:
            if not self.fill():
                return False
        return True

    def consume(self, n: int) -> None:
        del self.buf[:n]
        self.pos += n
        keep = [seg for seg in self.segs if seg[0] > self.pos]
        first = [seg for seg in self.segs if seg[0] <= self.pos][-1:]
        self.segs = first + keep

    def search(self, rx: re.Pattern[bytes], start: int, limit: int | None = None) -> int:
        """Index of the first match of ``rx`` at or after ``start`` (before ``limit``), reading on as
        needed; -1 when none. Scanned bytes stay in the buffer (callers bound ``limit`` or consume)."""
        while True:
            end = len(self.buf) if limit is None else min(limit, len(self.buf))
            m = rx.search(self.buf, start, end)
            if m:
                return m.start()
            if limit is not None and len(self.buf) >= limit:
                return -1
            if not self.fill():
                m = rx.search(self.buf, start, len(self.buf) if limit is None else min(limit, len(self.buf)))
                return m.start() if m else -1


# --------------------------------------------------------------------------- framing
def frame_records(fh: BinaryIO, *, cap: int) -> Iterator[Framed]:
    """Every record of a WARC or WARC.gz stream, damaged ones included (with a reason)."""
    head = fh.peek(3)[:3] if hasattr(fh, "peek") else b""
    gz = head == _GZ_MAGIC
    events = _gz_events(fh, cap + _HEAD_MAX) if gz else _plain_events(fh)
    st = _Stream(events, exact=not gz)
    while True:
        rec = _next_record(st, cap)
        if rec is not None:
            yield rec
            continue
        brk = st.take_break()
        if brk is None:
            return
        st.consume(len(st.buf))
        yield Framed(brk[0], {"warc-record-id": brk[2]} if brk[2] else {}, reason=brk[1])


def _skip_space(st: _Stream) -> bool:
    while True:
        i = 0
        while i < len(st.buf) and st.buf[i] in b"\r\n":
            i += 1
        st.consume(i)
        if st.buf:
            return True
        if not st.fill():
            return False


def _next_record(st: _Stream, cap: int) -> Framed | None:
    while True:
        if not _skip_space(st):
            return None
        if not st.need(64) and not st.buf:
            return None
        if not _HEADER.match(st.buf[:64]) and not (st.eof and st.buf.startswith(b"WARC/1.")):
            start = st.offset(0)
            n = _skip_to_header(st, 1)
            nxt = f"reading resumes at the next record (offset {st.offset(0)})" if st.buf else "to the end of the input"
            return Framed(start, reason=f"{n} bytes that are not a WARC record at offset {start}; {nxt}")
        return _read_record(st, cap)


def _parse_header(block: bytes) -> dict[str, str]:
    headers: dict[str, str] = {}
    for line in block.split(b"\n")[1:]:
        name, sep, value = line.decode("utf-8", "replace").partition(":")
        if sep:
            headers.setdefault(name.strip().lower(), value.strip())
    return headers


def _read_record(st: _Stream, cap: int) -> Framed:
    start = st.offset(0)
    m_end = st.search(_END_HEAD, 0, _HEAD_MAX)
    if m_end < 0:
        return _resync(st, start, "WARC header block has no end (damaged header)")
    hb = _END_HEAD.match(st.buf, m_end)
    assert hb is not None
    body_at = hb.end()
    headers = _parse_header(bytes(st.buf[:m_end]))
    try:
        length = int(headers.get("content-length", ""))
        if length < 0:
            raise ValueError
    except ValueError:
        return _resync(st, start, "WARC record has no valid Content-Length", headers)
    declared_end = body_at + length
    window = body_at + min(length, cap)
    st.need(window + 4 + 64)
    if length <= cap:
        if len(st.buf) < declared_end:
            # The input ends inside the body: the record is cut off.
            inner = st.search(_HEADER, body_at + 1, len(st.buf))
            if inner < 0:
                got = len(st.buf) - body_at
                st.consume(len(st.buf))
                return Framed(start, headers, reason=f"WARC record is truncated ({length - got} of {length} body "
                                                     "bytes missing at the end of the input)")
            return _overrun(st, start, headers, length, inner)
        if _clean_end(st, declared_end):
            block = bytes(st.buf[:declared_end])
            st.consume(declared_end)
            return Framed(start, headers, block=block)
        inner = st.search(_HEADER, body_at + 1, declared_end)
        if inner >= 0:
            return _overrun(st, start, headers, length, inner)
        # Content-Length too small: the body runs on past its declared end up to the next record.
        block = bytes(st.buf[:declared_end])
        st.consume(declared_end)
        extra = _skip_to_header(st, 0)
        return Framed(start, headers, block=block, notes=[
            f"WARC record body is truncated: {extra} more bytes follow its declared Content-Length ({length}) "
            "before the next record; the text may be cut short"])
    # Longer than the cap: look for a record header inside the first cap bytes (a Content-Length far
    # too large), else skip the body in chunks.
    inner = st.search(_HEADER, body_at + 1, window)
    if inner >= 0:
        return _overrun(st, start, headers, length, inner)
    head = bytes(st.buf[body_at:body_at + 4096])
    remaining = declared_end
    while remaining > 0:
        if not st.buf and not st.fill():
            return Framed(start, headers, reason=f"WARC record is truncated ({remaining} body bytes missing at the "
                                                 "end of the input)")
        n = min(remaining, len(st.buf))
        st.consume(n)
        remaining -= n
    return Framed(start, headers, too_long=True, head=head)


def _clean_end(st: _Stream, end: int) -> bool:
    """True when the declared end is followed by the CRLF CRLF that closes a record, or by the end of
    the input (what follows is the next record's business: garbage there is reported on its own)."""
    tail = bytes(st.buf[end:end + 4])
    if tail == b"\r\n\r\n" or tail[:2] == b"\n\n":
        return True
    return len(st.buf) <= end and st.eof  # the input ends right at the body's end (no trailer)


def _overrun(st: _Stream, start: int, headers: dict[str, str], length: int, inner: int) -> Framed:
    at = st.offset(inner)
    st.consume(inner)
    return Framed(start, headers, reason=f"WARC record's Content-Length ({length}) runs past the next record "
                                         f"header at offset {at} (too large or a damaged body)")


def _resync(st: _Stream, start: int, reason: str, headers: dict[str, str] | None = None) -> Framed:
    _skip_to_header(st, 1)
    return Framed(start, headers or {}, reason=reason)


def _skip_to_header(st: _Stream, start: int) -> int:
    """Drop bytes up to the next record header (or the end of the input); return how many. Scans in
    chunks, so megabytes of garbage never sit in memory."""
    skipped = 0
    while True:
        found = _HEADER.search(st.buf, start)
        if found:
            st.consume(found.start())
            return skipped + found.start()
        n = max(start, len(st.buf) - 24)  # keep a possible header cut at the chunk edge
        st.consume(n)
        skipped += n
        start = 0
        if not st.fill():
            skipped += len(st.buf)
            st.consume(len(st.buf))
            return skipped
