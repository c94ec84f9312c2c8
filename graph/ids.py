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
from urllib.parse import urlsplit, urlunsplit

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

    courlan (trafilatura's URL library) lower-cases scheme and host, drops `:80`/`:443`, sorts
    the query and removes tracking parameters (utm_*, fbclid, gclid, ref...), so one story
    shared with and without them is one article. The path stays as the publisher wrote it:
    courlan would percent-encode its `;` and `$`, renaming articles that never had tracking.
    """
    if not isinstance(url, str) or not url.strip():
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    try:
        normal = urlsplit(courlan.normalize_url(parts, strict=False))
    except ValueError:  # a port that is not a number
        return None
    # courlan keeps the fragment: a fragment is a place in the page, not another article.
    return urlunsplit((normal.scheme, normal.netloc, parts.path or "/", normal.query, ""))
