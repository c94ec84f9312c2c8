"""Readers: every supported input format in, `Document`s (clean text plus metadata) out.

The format is sniffed from the content, not trusted from the file name: a `.json` file may
hold a WordPress post, a list of them, an article object or JSON Lines.
"""

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import charset_normalizer
import feedparser
import trafilatura
from dateutil import parser as dateparser

from geokg.graph.ids import canonical_url
from geokg.ingest.errors import IngestError, isolated, isolated_stream
from geokg.ingest.language import declared_language
from geokg.ingest.settings import get_ingest_settings
from geokg.ingest.text import html_to_text, normalize_text

_TAG = re.compile(r"<(p|div|span|a|br|html|body|article|h[1-6])\b", re.IGNORECASE)
_EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)
_CONTROLS = frozenset(map(chr, range(32))) - set("\t\n\r\f")


@dataclass(frozen=True)
class Document:
    """One article's clean text and metadata, before any NLP."""

    source: str  # where it came from: a path, a path#index, a URL
    id: str
    url: str | None
    title: str
    publisher: str
    published_at: datetime
    text: str
    language: str | None = None  # ISO 639-1, when the article or its feed declares one
    line: int | None = None  # its line in a JSON Lines file, for messages about it

    @property
    def content_hash(self) -> str:
        """SHA-256 of what the extractor reads, the headline and the clean text: what decides
        whether an article changed (a corrected headline changes its claims too)."""
        read = f"{self.title}\n\n{self.text}" if self.title.strip() else self.text
        return hashlib.sha256(read.encode("utf-8")).hexdigest()


def read_paths(paths: Iterable[str | Path]) -> Iterator[Document | IngestError]:
    """Every article under the given files and folders, in a stable order.

    Errors are yielded, not raised, so that one bad file does not stop a batch.
    """
    for path in map(Path, paths):
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if file.name.startswith(".") or file.name.endswith(".meta.json"):
                continue
            opened = isolated(str(file), "read", partial(_opened, file))
            if isinstance(opened, IngestError):
                yield opened
            else:
                yield from read_bytes(opened[0], str(file), opened[1], file)


def read_bytes(
    data: bytes,
    source: str,
    meta: dict[str, Any] | None = None,
    file: Path | None = None,
) -> Iterator[Document | IngestError]:
    """The articles in one input, whatever its format; what cannot be read is yielded as an
    IngestError naming it (the input, or its item), never raised."""
    return isolated_stream(source, "read", _read_bytes(data, source, meta, file))


def _read_bytes(
    data: bytes, source: str, meta: dict[str, Any] | None, file: Path | None
) -> Iterator[Document | IngestError]:
    limit = get_ingest_settings().max_article_bytes
    if len(data) > limit * 50:  # a batch file may hold many articles; a single one may not
        raise IngestError(source, f"input of {len(data)} bytes is over the limit")
    text = _decode(data, source)
    head = text.lstrip()[:512].lower()
    if head.startswith(("{", "[")):
        yield from _read_json_text(text, source)
    elif (
        head.startswith("<?xml")
        and re.search(r"<(rss|feed|rdf:rdf)\b", head)
        or head.startswith(("<rss", "<feed"))
    ):
        yield from _read_feed(data, source)
    elif _TAG.search(text[:20_000]):
        _check_single(data, source, "HTML page")
        yield _guard(_read_html(text, source, meta or {}), source)
    else:
        _check_single(data, source, "text")
        fallback = _file_date(file) if file else None
        yield _guard(_from_text(text, source, meta or {}, fallback), source)


def _check_single(data: bytes, source: str, what: str) -> None:
    # A page or text file is one article: refused before parsing, since boilerplate
    # extraction of a 20 MB page takes minutes only to find its text over the limit.
    limit = get_ingest_settings().max_article_bytes
    if len(data) > limit:
        raise IngestError(
            source,
            f"{what} of {len(data)} bytes is over the per-article limit of {limit} bytes "
            "(GEOKG_MAX_ARTICLE_BYTES)",
        )


def _guard(doc: Document, source: str) -> Document:
    limit = get_ingest_settings().max_article_bytes
    if len(doc.text.encode("utf-8")) > limit:
        raise IngestError(source, f"article text is {len(doc.text)} characters, over the limit")
    return doc


def _opened(file: Path) -> tuple[bytes, dict[str, Any] | None]:
    return _read_file(file), _sidecar(file)


def _read_file(file: Path) -> bytes:
    try:
        return file.read_bytes()
    except OSError as exc:
        raise IngestError(str(file), f"cannot read: {exc.strerror or exc}") from exc


def _sidecar(file: Path) -> dict[str, Any] | None:
    """Metadata beside a plain-text or HTML file: `name.meta.json`."""
    meta = file.with_name(file.stem + ".meta.json")
    if not meta.is_file():
        return None
    try:
        value = json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise IngestError(str(meta), f"unreadable metadata: {exc}") from exc
    if not isinstance(value, dict):
        raise IngestError(str(meta), "metadata must be a JSON object")
    return value


def _decode(data: bytes, source: str) -> str:
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise IngestError(source, "binary content, not text")
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # a UTF-16 byte-order mark
            return data.decode("utf-16")
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise IngestError(source, "undecodable content: UTF-16 mark, bad UTF-16") from None
    # Mostly-ASCII text that is not UTF-8 is, for English news, Windows-1252 (a superset of
    # latin-1, as browsers treat it); charset_normalizer guesses wrong on such short texts
    # (cp1250 for "São", mac_iceland for curly quotes), so it only gets the rest.
    ascii_share = sum(b < 0x80 for b in data[:65536]) / min(len(data), 65536)
    try:
        text, encoding = (data.decode("cp1252"), "cp1252") if ascii_share > 0.9 else ("", "")
    except UnicodeDecodeError:
        text = ""
    if not text:
        best = charset_normalizer.from_bytes(data).best()
        if best is None:
            raise IngestError(source, "undecodable content: no text encoding fits")
        text, encoding = str(best), best.encoding
    # Some single-byte encoding decodes any bytes at all: noise shows as control characters.
    sample = text[:8192]
    controls = sum(1 for ch in sample if ch in _CONTROLS or 0x7F <= ord(ch) <= 0x9F)
    if controls > len(sample) // 50:
        raise IngestError(source, f"binary content, not text ({encoding} at best)")
    return text


def _read_json_text(text: str, source: str) -> Iterator[Document | IngestError]:
    try:
        value = json.loads(text)
    except RecursionError:
        raise IngestError(source, "malformed JSON: nested too deeply to be an article") from None
    except json.JSONDecodeError as first:
        # Not one JSON document: JSON Lines, one article per line. Only a newline ends a line:
        # JSON strings may hold U+2028 and other characters that str.splitlines() splits on.
        lines = [(n, ln) for n, ln in enumerate(text.split("\n"), 1) if ln.strip()]
        if len(lines) < 2:
            raise IngestError(
                source, f"malformed JSON at line {first.lineno} column {first.colno}: {first.msg}"
            ) from first
        for index, (number, line) in enumerate(lines):
            where = f"{source}#{index}"
            yield isolated(where, "read", partial(_read_json_line, line, where, number), number)
        return
    items: list[tuple[int | None, Any]] = (
        list(enumerate(value)) if isinstance(value, list) else [(None, value)]
    )
    yield from _read_json_items(items, source)


def _read_json_item(value: Any, where: str) -> Document:
    return _guard(read_json_object(value, where), where)


def _read_json_line(line: str, where: str, number: int) -> Document:
    try:
        value = json.loads(line)
    except json.JSONDecodeError as exc:
        raise IngestError(where, f"malformed JSON on line {number}: {exc.msg}") from None
    except RecursionError:
        raise IngestError(where, f"malformed JSON on line {number}: nested too deeply") from None
    return replace(_read_json_item(value, where), line=number)


def _read_json_items(
    items: list[tuple[int | None, Any]], source: str
) -> Iterator[Document | IngestError]:
    for index, value in items:
        where = source if index is None else f"{source}#{index}"
        yield isolated(where, "read", partial(_read_json_item, value, where))


def read_json_object(value: Any, source: str) -> Document:
    """One article from a parsed JSON value: a WordPress post or an article object."""
    if not isinstance(value, dict):
        raise IngestError(source, f"expected a JSON object, got {type(value).__name__}")
    if isinstance(value.get("content"), dict) and "rendered" in value["content"]:
        return _from_wordpress(value, source)
    if "content" in value:
        return _from_article_object(value, source)
    raise IngestError(
        source,
        "unknown JSON shape: expected a WordPress post (content.rendered) or an article "
        f"object with 'content'; keys were {sorted(value)[:12]}",
    )


def _rendered(value: Any) -> str:
    if isinstance(value, dict):
        value = value.get("rendered", "")
    return value if isinstance(value, str) else ""


def _from_wordpress(post: dict[str, Any], source: str) -> Document:
    html = post["content"].get("rendered")
    if not isinstance(html, str):
        raise IngestError(source, "WordPress post: content.rendered is not a string")
    link = post.get("link") if isinstance(post.get("link"), str) else None
    gmt = post.get("date_gmt")
    published = _parse_date(gmt, source, assume_utc=True) if gmt else None
    if published is None and post.get("date"):
        published = _parse_date(post["date"], source, assume_utc=True)
    yoast: dict[str, Any] = (
        post["yoast_head_json"] if isinstance(post.get("yoast_head_json"), dict) else {}
    )
    meta = {
        "url": link,
        "title": html_to_text(_rendered(post.get("title"))),
        "source": yoast.get("og_site_name") or _host(link),
        "published_at": published,
        # Polylang's and WPML's REST fields, else the site's locale as Yoast declares it.
        "language": post.get("lang") or post.get("wpml_current_locale") or yoast.get("og_locale"),
    }
    return _document(source, html_to_text(html), meta)


def _from_article_object(obj: dict[str, Any], source: str) -> Document:
    fmt = str(obj.get("format") or "").lower()
    content = obj.get("content")
    if fmt in ("wordpress", "wp") or isinstance(content, dict):
        if not isinstance(content, dict):
            raise IngestError(source, "format 'wordpress' needs a WordPress post in 'content'")
        inner = read_json_object(content, source)
        meta = {**_meta_of(inner), **{k: v for k, v in obj.items() if k != "content" and v}}
        return _document(source, inner.text, meta)
    if not isinstance(content, str):
        raise IngestError(source, f"'content' must be a string, got {type(content).__name__}")
    if fmt == "html" or (not fmt and _TAG.search(content[:20_000])):
        text = _html_main_text(content)
    elif fmt in ("", "text", "plain", "txt", "markdown"):
        text = normalize_text(content)
    else:
        raise IngestError(source, f"unknown content format {fmt!r}: use text, html or wordpress")
    return _document(source, text, obj)


def _meta_of(doc: Document) -> dict[str, Any]:
    return {
        "url": doc.url,
        "title": doc.title,
        "source": doc.publisher,
        "published_at": doc.published_at,
        "language": doc.language,
    }


def _read_html(page: str, source: str, meta: dict[str, Any]) -> Document:
    found = trafilatura.extract_metadata(page)
    info = {
        "url": found.url if found else None,
        "title": found.title if found else "",
        "source": (found.sitename or found.hostname) if found else "",
        "published_at": found.date if found else None,
        "language": _html_language(page),
    }
    info.update({k: v for k, v in meta.items() if v})
    return _document(source, _html_main_text(page), info)


_HTML_LANG = re.compile(
    r"<html\b[^>]*?\b(?:xml:)?lang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][\w-]+)?)", re.IGNORECASE
)
_CONTENT_LANGUAGE = re.compile(
    r"<meta\b[^>]*?http-equiv\s*=\s*[\"']?content-language[\"']?[^>]*?\bcontent\s*=\s*"
    r"[\"']?([A-Za-z]{2,3}(?:[-_][\w-]+)?)",
    re.IGNORECASE,
)


def _html_language(page: str) -> str | None:
    """The language a page declares: `<html lang>`, else a Content-Language meta tag."""
    head = page[:20_000]
    found = _HTML_LANG.search(head) or _CONTENT_LANGUAGE.search(head)
    return found.group(1) if found else None


def _html_main_text(page: str) -> str:
    extracted = trafilatura.extract(
        page, include_comments=False, include_tables=False, favor_precision=True, deduplicate=True
    )
    # Short fragments defeat boilerplate detection; their markup is then all the content.
    return normalize_text(extracted) if extracted else html_to_text(page)


def _read_feed(data: bytes, source: str) -> Iterator[Document | IngestError]:
    feed = feedparser.parse(data)
    if feed.bozo and not feed.entries:
        raise IngestError(source, f"malformed feed: {feed.get('bozo_exception')}")
    publisher = feed.feed.get("title", "") or _host(feed.feed.get("link"))
    feed_language = feed.feed.get("language")  # RSS <language>, or the Atom feed's xml:lang
    for index, entry in enumerate(feed.entries):
        where = f"{source}#{index}"
        yield isolated(
            where, "read", partial(_read_feed_entry, entry, where, publisher, feed_language)
        )


def _read_feed_entry(entry: Any, where: str, publisher: str, feed_language: str | None) -> Document:
    html = entry.content[0].value if entry.get("content") else entry.get("summary", "")
    meta = {
        "url": entry.get("link"),
        "title": html_to_text(entry.get("title", "")),
        "source": publisher,
        "published_at": entry.get("published") or entry.get("updated"),
        "language": _entry_language(entry) or feed_language,
    }
    return _guard(_document(where, html_to_text(html), meta), where)


def _entry_language(entry: Any) -> str | None:
    """An Atom entry's own xml:lang, as feedparser hands it down to its text parts."""
    parts = [*(entry.get("content") or []), entry.get("summary_detail"), entry.get("title_detail")]
    for part in parts:
        if part and part.get("language"):
            return str(part["language"])
    return None


def _from_text(text: str, source: str, meta: dict[str, Any], fallback: datetime | None) -> Document:
    info = dict(meta)
    if not info.get("published_at") and fallback:
        info["published_at"] = fallback
    return _document(source, normalize_text(text), info)


def _document(source: str, text: str, meta: dict[str, Any]) -> Document:
    if not text.strip():
        raise IngestError(source, "empty article: no text after clean-up")
    url = canonical_url(meta.get("url"))
    hash_id = "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()
    published = meta.get("published_at")
    if published is None:
        raise IngestError(source, "no publication date (give published_at)")
    when = published if isinstance(published, datetime) else _parse_date(published, source)
    return Document(
        source=source,
        id=str(meta.get("id_override") or url or hash_id),
        url=url,
        title=str(meta.get("title") or "").strip(),
        publisher=str(meta.get("source") or meta.get("publisher") or _host(url) or "").strip(),
        published_at=_check_date(when, source),
        text=text,
        language=declared_language(meta.get("language") or meta.get("lang")),
    )


def _parse_date(value: Any, source: str, assume_utc: bool = True) -> datetime:
    if isinstance(value, datetime):
        return value
    try:
        parsed = dateparser.isoparse(str(value))
    except (ValueError, OverflowError):
        try:
            parsed = dateparser.parse(str(value))
        except (ValueError, OverflowError) as exc:
            raise IngestError(source, f"unreadable date {value!r}") from exc
    if parsed.tzinfo is None and assume_utc:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def _check_date(when: datetime, source: str) -> datetime:
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    if not _EARLIEST <= when <= datetime.now(UTC) + timedelta(days=2):
        raise IngestError(source, f"absurd publication date {when.isoformat()}")
    return when


def _file_date(file: Path) -> datetime:
    return datetime.fromtimestamp(file.stat().st_mtime, tz=UTC)


def _host(url: Any) -> str:
    if not isinstance(url, str):
        return ""
    host = urlsplit(url).netloc.lower()
    return host.removeprefix("www.")
