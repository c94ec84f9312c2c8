"""HTML and text clean-up: paragraphs kept, markup, scripts and typographic noise gone."""

import re
import unicodedata
from collections.abc import Collection

import lxml.html
from lxml import etree

# Block-level elements end a paragraph; everything else is inline text.
_BLOCKS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "tr",
        "td",
        "th",
        "pre",
        "figure",
        "figcaption",
        "br",
        "hr",
        "dd",
        "dt",
        "dl",
        "aside",
        "nav",
        "main",
    ]
)
_DROP = frozenset(
    ["script", "style", "noscript", "template", "iframe", "svg", "form", "button", "nav", "aside"]
)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
# "with the West.Kim is": a sentence glued to the next by lost markup.
_GLUED_SENTENCE = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])")
_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"'})


def html_to_text(html: str) -> str:
    """The readable text of an HTML fragment, one paragraph per block element."""
    if not html.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return normalize_text(html)
    for el in root.iter(*_DROP):
        el.drop_tree()
    parts: list[str] = []

    def walk(el: etree._Element) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _BLOCKS:
            parts.append("\n\n")
        if el.text and tag:
            parts.append(el.text)
        for child in el:
            walk(child)
        if tag in _BLOCKS:
            parts.append("\n\n")
        if el.tail:
            parts.append(el.tail)

    walk(root)
    return normalize_text("".join(parts))


def normalize_text(text: str) -> str:
    """Unicode, whitespace and quote clean-up that keeps paragraph breaks."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    # Curly double quotes become straight; curly apostrophes stay, as the articles wrote them.
    text = text.translate(_QUOTES)
    paragraphs = []
    for block in re.split(r"\n\s*\n", text):
        line = _SPACES.sub(" ", block.replace("\n", " ")).strip()
        if line:
            paragraphs.append(_GLUED_SENTENCE.sub(" ", line))
    return "\n\n".join(paragraphs)


# A run of letters: what headline casing is read and rewritten by.
_LETTERS = re.compile(r"[^\W\d_]+")
# What may stand before a word that starts a sentence, so that its capital says nothing.
_OPENERS = frozenset(".!?:;\"“‘'(—–-")


def sentence_cased(headline: str, body: str, names: Collection[str] = ()) -> str:
    """A headline in Title Case or capitals, in the casing its words have in the body.

    "Russia Launches Massive Strike On Ukraine's Energy Grid" tags every word as a name and
    the recogniser finds names in "Massive Strike"; the body writes "Russia" and "Ukraine"
    with capitals and "strike" without. A word the body writes only at a sentence start, or not
    at all, is lower-cased unless `names` (lower-cased) holds it ("Russian"); one the headline
    spells in capitals ("US", "NATO") stays. A headline in sentence case is returned as it is.
    """
    words = [m for m in _LETTERS.finditer(headline) if not _after_apostrophe(headline, m)]
    upper = all(m.group().isupper() for m in words)
    long_ones = [m.group() for m in words[1:] if len(m.group()) > 3]
    if len(words) < 3 or not (
        upper or (len(long_ones) >= 2 and all(w[0].isupper() for w in long_ones))
    ):
        return headline
    forms = _mid_sentence_forms(body)

    def recased(m: re.Match[str]) -> str:
        word = m.group()
        if _after_apostrophe(headline, m):
            return word.lower()
        if not upper and len(word) > 1 and word.isupper():
            return word  # an acronym in a Title Case headline
        key = word.lower()
        form = forms.get(key) or (word[0] + key[1:] if key in names else key)
        return form[0].upper() + form[1:] if m.start() == words[0].start() else form

    return _LETTERS.sub(recased, headline)


def _after_apostrophe(text: str, m: re.Match[str]) -> bool:
    """ "Ukraine's": the "s" of a possessive is no word of its own."""
    return m.start() > 0 and text[m.start() - 1] in "'’" and len(m.group()) <= 2


def _mid_sentence_forms(body: str) -> dict[str, str]:
    """Each word of the body by its lower-case key, in the form it most often takes away from a
    sentence start (where a capital says nothing of the word); a word seen only at sentence
    starts ("Zelensky thanked him.") in the form it has there."""
    mid: dict[str, dict[str, int]] = {}
    starts: dict[str, str] = {}
    for m in _LETTERS.finditer(body):
        if _after_apostrophe(body, m):
            continue
        # a short look back: a word after a run of only spaces starts a line, so a sentence
        word, before = m.group(), body[max(0, m.start() - 8) : m.start()].rstrip()
        if not before or before[-1] in _OPENERS:
            starts.setdefault(word.lower(), word)
            continue
        seen = mid.setdefault(word.lower(), {})
        seen[word] = seen.get(word, 0) + 1
    forms = {key: max(seen, key=lambda f: (seen[f], f.islower())) for key, seen in mid.items()}
    return starts | forms


# What web pages set between a headline and the site's name: "... - BBC News", "... | CNN".
_SITE_SEPARATOR = re.compile(r"\s+[-–—|]\s+(?=[^-–—|]+$)")


def without_site_name(headline: str, site: str = "", outlets: Collection[str] = ()) -> str:
    """A page title without the site name appended to it: "Russia launches massive strike on
    Ukraine - BBC News" is the headline "Russia launches massive strike on Ukraine". The tail
    after the last separator goes when it is short (five words at most) and names the site, or
    holds a word of `outlets` (lower-cased: "news", "post", "cnn")."""
    parts = _SITE_SEPARATOR.split(headline.strip(), maxsplit=1)
    if len(parts) != 2:
        return headline
    head, tail = parts
    words = tail.lower().split()
    named = bool(site) and (site.lower() in tail.lower() or tail.lower() in site.lower())
    if head and len(words) <= 5 and (named or any(w.strip(".,") in outlets for w in words)):
        return head.rstrip()
    return headline
