"""A benchmark corpus: the sample and the dev corpus replicated to N articles, deterministically.

Each copy gets its own id (a distinct URL) and slightly varied text, so that no copy is
"unchanged" to the loader and spaCy cannot meet the same text twice: numbers shift, weekday
names rotate, some paragraphs swap places, and a short closing line names the copy. The
words stay English news prose of the same length, so NLP costs what it costs on the originals.

    python -m bench.corpus N OUT.jsonl

The output is JSON Lines of article objects, which `geokg ingest` reads. The articles are
Wikinews (CC BY 2.5) and an AP story from the sample; each copy keeps its source's URL and
attribution in `based_on`, and the file lives under the ignored `.artifacts/`.
"""

import argparse
import json
import random
import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

from bench.common import PROJECT_DIR
from geokg.ingest.readers import Document, read_paths

SOURCES = [
    PROJECT_DIR / "corpus" / "seed" / "viewworld-2787-kim-putin.wp.json",
    PROJECT_DIR / "corpus" / "dev" / "articles",
]
SEED = 7
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CLOSINGS = [
    "This report was updated with additional details.",
    "Reporting was contributed by staff in several capitals.",
    "Officials did not immediately respond to requests for further comment.",
    "The story is developing and may be revised.",
    "Correspondents contributed to this report.",
]
_NUMBER = re.compile(r"(?<![\w.])(\d{1,3})(?![\w.])")
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")


def base_documents() -> list[Document]:
    """The sample and the dev articles, as ingest reads them."""
    docs = [d for d in read_paths(SOURCES) if isinstance(d, Document)]
    if len(docs) < 13:
        raise SystemExit(f"expected the sample and 12 dev articles, read {len(docs)}")
    return docs


def vary(text: str, rng: random.Random, copy: int) -> str:
    """The text with small, meaning-preserving changes drawn from `rng`."""
    shift = rng.randint(1, 9)
    # Small numbers only: years and long figures keep their shape.
    text = _NUMBER.sub(lambda m: str(int(m.group(1)) + shift), text)
    turn = rng.randint(1, 6)
    text = _WEEKDAY.sub(lambda m: WEEKDAYS[(WEEKDAYS.index(m.group(1)) + turn) % 7], text)
    paragraphs = text.split("\n\n")
    if len(paragraphs) > 3:
        i = rng.randrange(1, len(paragraphs) - 1)  # the lead paragraph stays first
        paragraphs[i], paragraphs[i + 1] = paragraphs[i + 1], paragraphs[i]
    paragraphs.append(f"{rng.choice(CLOSINGS)} (Copy {copy}.)")
    return "\n\n".join(paragraphs)


def articles(n: int, seed: int = SEED) -> Iterator[dict[str, object]]:
    """`n` article objects cycling through the base articles, the same for the same seed."""
    base = base_documents()
    for copy in range(n):
        doc = base[copy % len(base)]
        rng = random.Random(f"{seed}:{copy}")
        origin = doc.url or doc.id
        published = doc.published_at + timedelta(days=copy // len(base) % 365)
        yield {
            "url": f"https://bench.example.org/articles/{copy:06d}",
            "title": doc.title,
            "source": doc.publisher,
            "published_at": published.isoformat(),
            "format": "text",
            "content": vary(doc.text, rng, copy),
            "based_on": origin,
            "licence": "CC BY 2.5 (Wikinews contributors)" if "wikinews" in origin else "",
        }


def write_corpus(n: int, path: Path, seed: int = SEED) -> Path:
    """Write `n` articles as JSON Lines to `path` (kept when it already holds exactly them)."""
    lines = [json.dumps(a, ensure_ascii=False) for a in articles(n, seed)]
    text = "\n".join(lines) + "\n"
    if not path.is_file() or path.read_text(encoding="utf-8") != text:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="how many articles (at least 1)")
    parser.add_argument("out", type=Path, help="the JSON Lines file to write")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    if args.n < 1:
        parser.error("n must be at least 1")
    write_corpus(args.n, args.out, args.seed)
    print(f"{args.n} articles in {args.out}")


if __name__ == "__main__":
    main()
