"""Language detectors on short English headlines and short non-English sentences (README's notes).

English: the titles of the Wikinews corpus (CC BY 2.5, Wikinews contributors) and the issue's
"US kills Soleimani in Baghdad strike."; non-English: the example sentences spaCy ships for each
of its languages. Speed: the first 1,000 characters of each Wikinews article.

    python -m bench.language_detectors [WIKINEWS_JSONL]

py3langid is a dependency; langdetect and lingua-language-detector are measured when installed
(`pip install langdetect lingua-language-detector`).
"""

import importlib
import json
import pkgutil
import sys
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import spacy.lang

from geokg.ingest.language import detect_language

WIKINEWS = Path("/work/shared/corpus/wikinews/wikinews-2019-2020.jsonl")


def _foreign() -> list[tuple[str, str]]:
    out = []
    for module in pkgutil.iter_modules(spacy.lang.__path__):
        if module.name in ("en", "xx", "mul"):
            continue
        try:
            examples = importlib.import_module(f"spacy.lang.{module.name}.examples")
        except ImportError:
            continue
        out += [(module.name, s) for s in examples.sentences]
    return out


def _detectors() -> dict[str, Callable[[str], str]]:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # type: ignore[import-untyped]

    @cache  # loaded at the first call, as the others
    def ident() -> Any:
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)

    found: dict[str, Callable[[str], str]] = {
        "py3langid (best guess)": lambda t: str(ident().classify(t)[0]),
        "geokg (py3langid, sure on short text)": detect_language,
    }
    try:
        from langdetect import DetectorFactory, detect  # type: ignore[import-untyped]

        DetectorFactory.seed = 0
        found["langdetect"] = lambda t: str(detect(t))
    except ImportError:
        pass
    try:
        from lingua import LanguageDetectorBuilder

        lingua = LanguageDetectorBuilder.from_all_languages().build()

        def by_lingua(text: str) -> str:
            guess = lingua.detect_language_of(text)
            return guess.iso_code_639_1.name.lower() if guess else "und"

        found["lingua"] = by_lingua
    except ImportError:
        pass
    return found


def main(path: Path = WIKINEWS) -> None:
    """Print, per detector, English headlines called another language and the time per article."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    headlines = [r["title"] for r in rows] + ["US kills Soleimani in Baghdad strike."]
    openings = [r["content"][:1000] for r in rows if r["content"].strip()]
    foreign = _foreign()
    print(f"{len(headlines)} English headlines, {len(foreign)} non-English sentences")
    for name, detect in _detectors().items():
        start = time.perf_counter()
        detect("warm up: load the model")
        loaded = time.perf_counter() - start
        wrong = sum(detect(h) not in ("en", "und") for h in headlines)
        as_english = sum(detect(s) == "en" for _, s in foreign)
        start = time.perf_counter()
        for text in openings:
            detect(text)
        per_article = (time.perf_counter() - start) / len(openings) * 1000
        print(
            f"{name}: headlines called another language {wrong}; non-English called English "
            f"{as_english}; {per_article:.2f} ms an article; first call {loaded:.1f} s"
        )


if __name__ == "__main__":
    main(*(Path(a) for a in sys.argv[1:2]))
