"""Ids of the data contract (ONTOLOGY.md), the same on any machine: entities' `<kind>:<slug>`
for names in any script, and articles' canonical URLs.

They live here, beside the data contract, so that the schema migration (graph/migrate.py) and
ingest make ids with the same functions.
"""

import hashlib
import re
import unicodedata
from functools import lru_cache
from typing import Any
from urllib.parse import quote_plus, unquote_plus, urlsplit, urlunsplit

import courlan
from anyascii import anyascii

_APOSTROPHES = str.maketrans("", "", "'’ʼ‘")
_INITIAL_DOTS = re.compile(r"\.(?=\w)")  # U.N. -> un
_NOT_WORD = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1 << 16)  # resolution slugs the same names over and over (bench profile)
def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens: the stable part of an entity id.

    Names in any script are transliterated (anyascii): "Владимир Путин" is "vladimir-putin",
    "习近平" "xijinping". A name with nothing to transliterate gets a digest of itself, so that
    two different names never share an id.
    """
    text = unicodedata.normalize("NFC", text)
    # Apostrophes go before and after: anyascii writes a soft sign or an ayin as one.
    ascii_text = anyascii(text.translate(_APOSTROPHES)).translate(_APOSTROPHES).lower()
    words = _NOT_WORD.sub("-", _INITIAL_DOTS.sub("", ascii_text)).strip("-")
    if words:
        return words
    return "x" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def legacy_slug(text: str) -> str:
    """The slug of schema versions 1 and 2: Latin letters only, everything else one "x".

    Kept only to recognise the ids it made, which the version 3 migration renames.
    """
    text = unicodedata.normalize("NFKD", text.replace("’", "").replace("'", ""))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"\.(?=\w)", "", text)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "x"


def canonical_url(url: Any) -> str | None:
    """The article's stable id: the URL without tracking parameters, fragment or default port.

    Scheme and host are lower-cased, `:80`/`:443` and any user name dropped, and every query
    parameter courlan (trafilatura's URL library) knows as tracking (utm_*, fbclid, gclid,
    mc_cid, ref...) removed, so one story shared with and without them is one article. The
    rest stays as the publisher wrote it, order and encoding included: courlan's own
    normalize_url would also percent-encode a path's `;` and `$` and re-encode the query,
    renaming articles that never had tracking.
    """
    if not isinstance(url, str) or not url.strip():
        return None
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return None
    try:
        port = parts.port
    except ValueError:  # not a number, or out of range
        return None
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname  # IPv6
    if port is not None and port != {"http": 80, "https": 443}[scheme]:
        host = f"{host}:{port}"
    names = [(p, unquote_plus(p.split("=", 1)[0])) for p in parts.query.split("&") if p]
    pairs = [p for p, name in names if not _tracking(name)]
    return urlunsplit((scheme, host, parts.path or "/", "&".join(pairs), ""))


@lru_cache(maxsize=1024)
def _tracking(name: str) -> bool:
    """Whether courlan drops a query parameter of this name as tracking."""
    probe = courlan.normalize_url(f"http://example.org/?{quote_plus(name)}=1")
    return not urlsplit(probe).query
