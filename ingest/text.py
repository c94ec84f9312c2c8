"""HTML and text clean-up: paragraphs kept, markup, scripts and typographic noise gone."""

import re
import unicodedata

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
