"""An article's language: the one it declares, else one detected, and only on enough text.

The detector is py3langid (see README, "Libraries, and why"): over the 284 real English
headlines of the Wikinews corpus it names another language for 31, as every detector does for
some (langdetect 22, lingua 12), but never with more than 0.72 of its probability; over 484 short
non-English sentences it never says English. So a short text is only called non-English when the
detector is sure; a longer one takes the detector's best guess.
"""

from functools import cache
from typing import Any

import pycountry
from py3langid.langid import MODEL_FILE, LanguageIdentifier  # type: ignore[import-untyped]

UNDETERMINED = "und"  # ISO 639-2 for "cannot tell"
# Below this many bytes a detector guesses: English headlines come out as Nigerian Pidgin, Latin
# or Afrikaans. Past 120 characters py3langid named all but 2 of 283 Wikinews articles' openings
# English; 200 leaves a margin. Bytes, not characters: py3langid's features are UTF-8 byte
# n-grams, and 60 Chinese characters say as much as 180 Latin letters.
MIN_DETECT_BYTES = 200
# On short text, what a short non-English sentence reaches (most score over 0.96) and an English
# headline never did (at most 0.72 over 284).
SHORT_TEXT_CONFIDENCE = 0.9
# A thousand characters of prose settle the language; more only costs time.
DETECT_CHARS = 1000


@cache
def _identifier() -> Any:
    # Normalised probabilities, so that the confidence can be compared with a threshold.
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def declared_language(value: Any) -> str | None:
    """The ISO 639-1 code of a declared language ("en-GB", "en_US", "eng", "English"), else None.

    A value that names no language ("und", "mul", "x-default", a number) declares nothing.
    """
    if not isinstance(value, str) or not value.strip():
        return None
    tag = value.strip().replace("_", "-").split("-")[0].lower()
    record = None
    if len(tag) == 2:
        record = pycountry.languages.get(alpha_2=tag)
    elif len(tag) == 3:
        record = pycountry.languages.get(alpha_3=tag)
    if record is None and len(tag) > 3:
        try:
            record = pycountry.languages.lookup(value.strip())
        except LookupError:
            return None
    code = getattr(record, "alpha_2", None) if record is not None else None
    return str(code) if code else None


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the text's language, or "und" when there is too little to tell."""
    sample = text[:DETECT_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return UNDETERMINED
    code, confidence = _identifier().classify(sample)
    short = len(sample.strip().encode("utf-8")) < MIN_DETECT_BYTES
    if short and float(confidence) < SHORT_TEXT_CONFIDENCE:
        return UNDETERMINED
    return str(code)


def language_of(text: str, declared: str | None = None) -> tuple[str, bool]:
    """The article's language and whether it was declared rather than detected."""
    if code := declared_language(declared):
        return code, True
    return detect_language(text), False
