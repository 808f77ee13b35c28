"""Search the catalogue as citizens type: typos, accents, prefixes, synonyms, languages.

How a query runs:

1. It is folded and split like the indexed text (kiosk/catalog/text.py).
2. Phrases found in a synonym group (the pack's and the built-in list of
   Italian public-administration terms) stand for the whole group.
3. Every other word becomes a group of alternatives: its stems in the query's
   language and the pack's default language; for the word still being typed,
   the stems of every vocabulary word it begins; for an unknown word, the
   closest vocabulary words (rapidfuzz, 1 edit up to 5 letters, 2 above).
   Words that match nothing at all ("rifare", "mio") are left out.
4. SQLite FTS5 is asked for services matching every group, first with exact
   alternatives only, then with typo corrections, then any group; each tier
   ranks above the next (exact before fuzzy), and within a tier BM25 weighs
   title 10, keywords 5, summary 2, the rest 1.

Every language a service is written in is indexed, so an English query finds
a service whose English text is missing through its Italian keywords and the
cross-language synonym groups.
"""

from __future__ import annotations

import bisect
import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations
from pathlib import Path
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from .text import STOPWORDS, stem, tokens

BUILTIN_SYNONYMS = Path(__file__).with_name("synonyms.json")
MAX_QUERY_CHARS = 200
MAX_QUERY_WORDS = 12
MAX_PREFIX_EXPANSION = 8
MIN_PREFIX = 3
"""A word being typed is completed from its third letter: 'co' matches half a catalogue."""
MAX_ALTERNATIVES = 8
"""Synonym alternatives kept per group, rarest first: each one costs BM25 time per row."""
BROAD_ROWS = 2000
"""Above this many candidate rows, rank on titles only (BM25 costs ~1 us a row)."""
TIER_SCORE = {"exact": 3000.0, "fuzzy": 2000.0, "partial": 1000.0}
MAX_RELAXED_QUERIES = 12
"""Queries spent relaxing a query no service fully matches (long colloquial phrasing)."""
BM25 = "bm25(catalog_fts, 0.0, 0.0, 10.0, 5.0, 2.0, 1.0)"
SAME_LANGUAGE_BONUS = 0.5


@dataclass(frozen=True)
class SearchHit:
    """One service found: its id, its title in the asked language (or the default), a score."""

    id: str
    title: str
    score: float
    category: str
    fallback: bool
    """The title is in the pack's default language: the asked one is missing."""

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "score": round(self.score, 3),
            "category": self.category,
            "fallback_language": self.fallback,
        }


@dataclass(frozen=True)
class _Group:
    exact: frozenset[str]  # FTS terms: '"stem"' or '"phrase of stems"'
    fuzzy: frozenset[str]
    rows: int = 0
    """At most this many index rows match the group (from the terms' row counts)."""


def _quote(term: str) -> str:
    return '"' + term.replace('"', "") + '"'


class CatalogSearch:
    """The search engine over the active catalogue; ``reload()`` after an import."""

    def __init__(self, database: Path) -> None:
        self._db = sqlite3.connect(f"file:{database}?mode=ro", uri=True, check_same_thread=False)
        self.reload()

    def close(self) -> None:
        self._db.close()

    def forget(self) -> None:
        """Drop the caches of words citizens typed: called when a session ends."""
        self._word_alternatives.cache_clear()
        self._fuzzy_candidates.cache_clear()
        self._match.cache_clear()
        stem.cache_clear()

    # -- loading ---------------------------------------------------------------

    def reload(self) -> None:
        """Read the vocabulary, languages and synonyms of the active pack."""
        row = self._db.execute("SELECT languages, extras FROM catalog_pack WHERE id = 1").fetchone()
        self.languages: list[str] = json.loads(row[0]) if row else ["it"]
        extras = json.loads(row[1]) if row else {}
        self.default_language = self.languages[0]
        self._stems: dict[str, set[str]] = defaultdict(set)  # word -> stems (any language)
        for word, _lang, word_stem in self._db.execute(
            "SELECT word, lang, stem FROM catalog_terms"
        ):
            self._stems[word].add(word_stem)
        self._sorted_words = sorted(self._stems)
        self._all_stems = {s for stems in self._stems.values() for s in stems}
        self._by_length: dict[int, list[str]] = defaultdict(list)
        for word in self._sorted_words:
            self._by_length[len(word)].append(word)
        # How many index rows hold each stem: what a term costs and how much it narrows.
        self._db.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.catalog_rows "
            "USING fts5vocab(main, catalog_fts, row)"
        )
        self._rows_with = dict(self._db.execute("SELECT term, doc FROM temp.catalog_rows"))
        self._total_rows = self._db.execute("SELECT count(*) FROM catalog_fts").fetchone()[0]
        self._synonyms = self._load_synonyms(extras.get("synonyms", {}))
        self._word_alternatives.cache_clear()
        self._fuzzy_candidates.cache_clear()
        self._match.cache_clear()

    def _load_synonyms(
        self, pack: dict[str, list[list[str]]]
    ) -> dict[tuple[str, ...], list[tuple[str, tuple[str, ...]]]]:
        """First word of a phrase -> (phrase, group) entries, longest phrases first."""
        builtin = json.loads(BUILTIN_SYNONYMS.read_text(encoding="utf-8"))["groups"]
        groups = [[tuple(entry.split(":", 1)) for entry in group] for group in builtin]
        groups += [
            [(lang, phrase) for phrase in group]
            for lang, lang_groups in pack.items()
            for group in lang_groups
        ]
        index: dict[tuple[str, ...], list[tuple[str, tuple[str, ...]]]] = {}
        for group in groups:
            members = [(lang, tuple(tokens(phrase))) for lang, phrase in group]
            members = [(lang, words) for lang, words in members if words]
            for _lang, words in members:
                index.setdefault(words, [])
                index[words].extend(members)
        return index

    # -- one word ----------------------------------------------------------------

    @lru_cache(maxsize=4096)  # noqa: B019  (one engine per process; cleared on reload)
    def _fuzzy_candidates(self, word: str) -> tuple[str, ...]:
        if len(word) < 4:
            return ()
        limit = 1 if len(word) <= 5 else 2
        pool = [
            w
            for n in range(len(word) - limit, len(word) + limit + 1)
            for w in self._by_length.get(n, ())
        ]
        found = process.extract(
            word, pool, scorer=Levenshtein.distance, score_cutoff=limit, limit=4
        )
        return tuple(match for match, _distance, _index in found)

    @staticmethod
    def _stop(langs: tuple[str, ...]) -> frozenset[str]:
        return frozenset().union(*(STOPWORDS.get(lang, ()) for lang in (*langs, "it", "en")))

    def _rows(self, term: str) -> int:
        """Rows holding a quoted term (a phrase: its rarest word)."""
        words = term.strip('"').split()
        return min((self._rows_with.get(w, 0) for w in words), default=0)

    def _group(self, exact: set[str], fuzzy: set[str]) -> _Group:
        rows = sum(self._rows(t) for t in exact | fuzzy)
        return _Group(frozenset(exact), frozenset(fuzzy), min(rows, self._total_rows))

    @lru_cache(maxsize=4096)  # noqa: B019
    def _word_alternatives(self, word: str, typing: bool, langs: tuple[str, ...]) -> _Group | None:
        exact: set[str] = set()
        fuzzy: set[str] = set()
        stop = self._stop(langs)
        if word in stop:
            pass  # "per" being typed may become "permesso": only its completions count
        elif word in self._stems:
            exact |= {_quote(s) for s in self._stems[word]}
        else:
            # Another form of a catalogue word ("arrivata" for "arrivati") is
            # morphology, not a typo: match its stem exactly.
            exact |= {
                _quote(s) for s in (stem(word, lang) for lang in langs) if s in self._all_stems
            }
        if typing and len(word) >= MIN_PREFIX:
            start = bisect.bisect_left(self._sorted_words, word)
            completions = set()
            for candidate in self._sorted_words[start:]:
                if not candidate.startswith(word):
                    break
                if candidate not in stop:
                    completions |= self._stems[candidate]
            # The commonest completions are the likeliest words being typed; a
            # short prefix of common words stops early, within a row budget.
            ranked = sorted(completions, key=lambda s: (-self._rows_with.get(s, 0), s))
            budget = 2 * BROAD_ROWS
            for completion in ranked[:MAX_PREFIX_EXPANSION]:
                exact.add(_quote(completion))
                budget -= self._rows_with.get(completion, 0)
                if budget <= 0:
                    break
        if not exact:
            for candidate in self._fuzzy_candidates(word):
                fuzzy |= {_quote(s) for s in self._stems[candidate]}
        if not exact and not fuzzy:
            return None  # a word the catalogue does not know: it cannot narrow anything
        return self._group(exact, fuzzy)

    # -- the query ---------------------------------------------------------------

    def _groups(self, query: str, lang: str) -> list[_Group]:
        words = tokens(query[:MAX_QUERY_CHARS])[:MAX_QUERY_WORDS]
        typing = bool(query) and not query[-1].isspace()
        langs = tuple(dict.fromkeys([lang, self.default_language]))
        stop = self._stop(langs)
        groups: list[_Group] = []
        i = 0
        while i < len(words):
            synonym = self._synonym_at(words, i)
            if synonym is not None:
                length, terms = synonym
                groups.append(self._group(set(terms), set()))
                i += length
                continue
            word = words[i]
            last = i == len(words) - 1
            i += 1
            if word in stop and not last:
                continue
            group = self._word_alternatives(word, typing and last, langs)
            if group is not None:
                groups.append(group)
        return groups

    def _synonym_at(self, words: list[str], i: int) -> tuple[int, frozenset[str]] | None:
        """The longest synonym phrase starting at word i, as FTS terms the catalogue has."""
        for length in range(min(4, len(words) - i), 0, -1):
            members = self._synonyms.get(tuple(words[i : i + length]))
            if not members:
                continue
            typed = _quote(" ".join(stem(w, self.default_language) for w in words[i : i + length]))
            terms: dict[str, None] = {}  # ordered: the group's own order
            for member_lang, phrase in members:
                stems = [stem(w, member_lang) for w in phrase]
                if all(s in self._all_stems for s in stems):
                    terms[_quote(" ".join(stems))] = None
            if not terms:
                continue
            if typed in terms and self._rows(typed) >= BROAD_ROWS:
                # The citizen's own word already matches a large part of the
                # catalogue: its synonyms would only add cost, not results.
                return length, frozenset({typed})
            # Groups list their canonical terms first; each alternative costs
            # BM25 time on every matching row, so the tail is left out.
            kept = list(terms)[:MAX_ALTERNATIVES]
            if typed in terms:
                kept.append(typed)
            return length, frozenset(kept)
        return None

    @lru_cache(maxsize=1024)  # noqa: B019  (typing repeats all but the last word's queries)
    def _match(self, expression: str, limit: int) -> list[tuple[str, str, float]]:
        sql = (
            f"SELECT service_id, lang, {BM25} AS rank FROM catalog_fts "
            "WHERE catalog_fts MATCH ? ORDER BY rank LIMIT ?"
        )
        try:
            return self._db.execute(sql, (expression, limit)).fetchall()
        except sqlite3.OperationalError:
            return []  # an expression FTS5 refuses is no match, never an error for the citizen

    def search(self, query: str, lang: str = "it", limit: int = 10) -> list[SearchHit]:
        """Services for ``query``, best first."""
        groups = self._groups(query, lang)
        if not groups:
            return []
        best: dict[str, float] = {}
        level = None
        for tier, bonus, expression, rows in self._tiers(groups):
            if len(best) >= limit and (tier, bonus) != level:
                break  # enough results from stricter levels
            level = (tier, bonus)
            if rows > BROAD_ROWS:
                # A broad query: titles carry what matters, at a fraction of the rows.
                found = self._match("{title} : (" + expression + ")", limit * 4)
            else:
                found = self._match(expression, limit * 4)
            for service_id, row_lang, rank in found:
                score = TIER_SCORE[tier] + bonus - rank
                score += SAME_LANGUAGE_BONUS if row_lang == lang else 0.0
                if score > best.get(service_id, float("-inf")):
                    best[service_id] = score
        ranked = sorted(best.items(), key=lambda item: -item[1])[:limit]
        return self._hits(ranked, lang)

    def _tiers(self, groups: list[_Group]) -> list[tuple[str, float, str, int]]:
        """(tier, bonus, FTS expression, rows it may match), strictest first.

        After every group exactly, then with typo corrections, the query is
        relaxed by leaving groups out: every way of keeping all but one, then
        each group alone. A service matching more of the citizen's words ranks
        higher, and no step asks FTS5 to rank the union of every word.
        """
        tiers: list[tuple[str, float, str, int]] = []
        if all(g.exact for g in groups):
            tiers.append(
                ("exact", 0.0, self._and(groups, fuzzy=False), min(g.rows for g in groups))
            )
        if any(g.fuzzy for g in groups):
            tiers.append(("fuzzy", 0.0, self._and(groups, fuzzy=True), min(g.rows for g in groups)))
        budget = MAX_RELAXED_QUERIES
        levels = sorted({len(groups) - 1, 1} - {0}, reverse=True)
        for keep in levels:
            for subset in combinations(groups, keep):
                if budget == 0:
                    return tiers
                budget -= 1
                rows = min(g.rows for g in subset)
                tiers.append(("partial", 100.0 * keep, self._and(list(subset), fuzzy=True), rows))
        return tiers

    def _and(self, groups: list[_Group], *, fuzzy: bool) -> str:
        return " AND ".join(self._or(g.exact | g.fuzzy if fuzzy else g.exact) for g in groups)

    @staticmethod
    def _or(terms: frozenset[str]) -> str:
        return "(" + " OR ".join(sorted(terms)) + ")"

    def _hits(self, ranked: list[tuple[str, float]], lang: str) -> list[SearchHit]:
        if not ranked:
            return []
        ids = [service_id for service_id, _ in ranked]
        marks = ",".join("?" * len(ids))
        rows = dict(
            self._db.execute(f"SELECT id, data FROM catalog_services WHERE id IN ({marks})", ids)
        )
        hits = []
        for service_id, score in ranked:
            data = json.loads(rows[service_id])
            title = data["title"].get(lang)
            hits.append(
                SearchHit(
                    id=service_id,
                    title=title or data["title"][self.default_language],
                    score=score,
                    category=data["category"],
                    fallback=title is None,
                )
            )
        return hits
