"""Cut text into short parts that can be synthesised and played one by one.

The first part decides when the citizen hears something, so parts are
sentences, and a sentence longer than ``max_chars`` is cut again at a
comma, semicolon or colon, and failing that at a space.

Italian service pages are full of abbreviations ("Sig.", "Dott.ssa",
"D.Lgs.", "art.", "n.") and numbers with dots ("1.500", "9.30"); a full stop
ends a sentence only when it is followed by a space and by something that
can begin one, and the word before it is not a known abbreviation.
"""

from __future__ import annotations

import re

DEFAULT_MAX_CHARS = 160

# Titles and references: followed by a name or a number, not the end of a sentence.
# Words that also end sentences ("no", "ore", "comma", "all") are left out on purpose.
ABBREVIATIONS: frozenset[str] = frozenset(
    {
        # Italian titles
        "sig", "sigg", "sig.ra", "sig.na", "dott", "dott.ssa", "dr", "prof", "prof.ssa",
        "avv", "ing", "arch", "geom", "rag", "sen", "mons", "egr", "gent", "gent.mo",
        "gent.ma", "spett", "cav", "ss", "sto", "sta",
        # references and units of text
        "art", "artt", "n", "nr", "num", "pag", "pagg", "cap", "par", "co", "lett", "all.to",
        "tab", "fig", "vol", "cfr", "rif", "prot", "tel", "fax", "cell", "int", "sc",
        "c.a", "p.es", "es", "ca", "v", "vd", "ved", "tit", "reg", "dlgs", "d.lgs", "d.l",
        "d.p.r", "d.m", "l", "c.f", "p.iva", "cod", "fisc", "min", "max",
        "lun", "mar", "mer", "gio", "ven", "sab", "dom", "gen", "feb", "apr", "mag", "giu",
        "lug", "ago", "set", "ott", "nov", "dic",
        # English and French ones met in translated pages
        "mr", "mrs", "ms", "st", "mme", "mlle", "nº",
    }
)  # fmt: skip

# End of a sentence: Latin punctuation followed by a space, or a CJK / Arabic mark.
_CANDIDATE = re.compile(r"[.!?…]+[\"'»”’)\]]*(?=\s)|[。！？؟]+[\"'»”’)\]]*")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")
_SOFT_BREAK = re.compile(r"[,;:،，；：]\s*")


def split_sentences(text: str, max_chars: int = DEFAULT_MAX_CHARS) -> list[str]:
    """Split ``text`` into sentences of at most ``max_chars`` characters (about).

    Paragraphs and list items (line breaks) always end a part; whitespace
    inside a part is collapsed. Empty text gives an empty list.
    """
    parts: list[str] = []
    for paragraph in re.split(r"\s*\n\s*", text.strip()):
        for sentence in _sentences(" ".join(paragraph.split())):
            parts.extend(_cut_long(sentence, max_chars))
    return [part for part in parts if any(ch.isalnum() for ch in part)]


def _sentences(paragraph: str) -> list[str]:
    out: list[str] = []
    start = 0
    for match in _CANDIDATE.finditer(paragraph):
        end = match.end()
        if not _ends_sentence(paragraph, match.start(), end):
            continue
        out.append(paragraph[start:end].strip())
        start = end
    out.append(paragraph[start:].strip())
    return [s for s in out if s]


def _ends_sentence(text: str, mark: int, end: int) -> bool:
    following = text[end:].lstrip()
    if text[mark] != "." or not following:
        return True  # ! ? … and the CJK / Arabic marks are never abbreviations
    # "ecc. e altro": a lower-case word continues the sentence.
    if following[0].islower():
        return False
    word = _WORD_BEFORE.search(text[: mark + 1])
    token = word.group(1).lower() if word else ""
    if token in ABBREVIATIONS:
        return False
    # Initials ("M. Rossi") and dotted acronyms ("D.P.R.", "S.p.A.") are not ends;
    # a dotted number ("alle 12.30.") is.
    if len(token) == 1 and token.isalpha():
        return False
    return "." not in token or not any(ch.isalpha() for ch in token)


def _cut_long(sentence: str, max_chars: int) -> list[str]:
    """Cut an over-long sentence at the last soft break (or space) before the limit."""
    out: list[str] = []
    rest = sentence
    while len(rest) > max_chars:
        window = rest[: max_chars + 1]
        breaks = (m.end() for m in _SOFT_BREAK.finditer(window) if m.start() < max_chars)
        cut = max(breaks, default=0)
        if cut < max_chars // 3:  # a break too early leaves a long tail: prefer a space
            space = window.rfind(" ")
            cut = space + 1 if space > max_chars // 3 else max_chars
        out.append(rest[:cut].strip())
        rest = rest[cut:].strip()
    if rest:
        out.append(rest)
    return out
