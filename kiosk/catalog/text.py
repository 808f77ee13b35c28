"""Text as the search engine sees it: folded, tokenised, stemmed.

The same functions prepare the indexed text and the citizen's query, so that
"Carta d’Identità", "carta d'identita" and "CARTA DIDENTITA" meet.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

STEMMERS = {
    "it": "italian",
    "en": "english",
    "fr": "french",
    "es": "spanish",
    "ro": "romanian",
    "ar": "arabic",
}
"""Snowball stemmers by language; the others (zh, uk) are indexed unstemmed."""

STOPWORDS = {
    "it": set(
        "a ad al alla alle allo ai agli all che chi ci come con da dal dalla dei del della delle "
        "dello degli di e ed gli i il in la le lo mi mio mia miei mie ne nel nella nei o per "
        "quale quali se si su sul sulla tra fra un una uno voglio vorrei devo posso fare "
        "sono ho ha hai qui qua appena gia ancora sempre molto poco tutto tutti anche ora "
        "adesso oggi ieri domani".split()
    ),
    "en": set(
        "a an and are as at be by do for from how i in is it my of on or the to what where "
        "who with want need can get just here now today please".split()
    ),
}
# Elided articles and prepositions ("d'", "l'", "dell'") become their own short
# token; tokens of one character carry no meaning for search.
_SPLIT = re.compile(r"[^\w]+", re.UNICODE)
_CJK = re.compile(r"([\u3400-\u9fff\uf900-\ufaff])")


def fold(text: str) -> str:
    """Lower case without diacritics: 'Identità' -> 'identita'. Arabic marks go too."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokens(text: str) -> list[str]:
    """Folded words; each Chinese character is a word of its own (no spaces in Chinese)."""
    spaced = _CJK.sub(r" \1 ", fold(text))
    return [t for t in _SPLIT.split(spaced) if t and (len(t) > 1 or _CJK.match(t)) and t != "_"]


def content_tokens(text: str, lang: str) -> list[str]:
    """Tokens without the language's stop words (kept if nothing else is left)."""
    words = tokens(text)
    stop = STOPWORDS.get(lang, set()) | STOPWORDS["it"]
    kept = [w for w in words if w not in stop]
    return kept or words


@lru_cache(maxsize=8)
def _stemmer(lang: str):  # type: ignore[no-untyped-def]
    name = STEMMERS.get(lang)
    return snowballstemmer.stemmer(name) if name else None


@lru_cache(maxsize=65536)
def stem(word: str, lang: str) -> str:
    """The word's stem in ``lang`` (the word itself where no stemmer applies)."""
    stemmer = _stemmer(lang)
    if stemmer is None or not word.isalpha():
        return word
    return str(stemmer.stemWord(word))


def index_text(text: str, lang: str) -> str:
    """What goes into the FTS index for ``text``: stems joined by spaces."""
    return " ".join(stem(w, lang) for w in tokens(text))
