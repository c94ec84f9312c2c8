"""Entity ids, `<kind prefix>:<slug>` (ONTOLOGY.md): the same on any machine, for any script.

The slug lives here, beside the data contract, so that the schema migration (graph/migrate.py)
and ingest's resolution make ids with one function.
"""

import hashlib
import re
import unicodedata
from functools import lru_cache

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
