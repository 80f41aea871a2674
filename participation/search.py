"""Proposal search: German and English stems with umlaut/ß folding, the same on PostgreSQL and SQLite.

Python does the language work (Snowball German and English stemmers, the same algorithm PostgreSQL's `german`
and `english` configurations use) and stores the result as `Proposal.search_text`: one line of stems, title
first, then " | ", then the body. PostgreSQL indexes those stems in `search_vector` (the `simple` configuration
takes them as they are; title weight A, body weight B) behind a GIN index; SQLite matches them token-wise with
LIKE. One normaliser for both databases, so a search finds the same proposals on each.

Folding: lower case, ß → ss, accents dropped; the German stemmer then reads "ae/oe/ue" as "ä/ö/ü" and drops the
umlaut, so "Grün", "Gruen" and "Grun" are one word, as are "Straße", "Strasse" and "Straßen". Each query word
matches any stem that begins with one of its stems (three letters or more), so "Straße" also finds
"Straßenbahn" and "Radweg" finds "Radwegenetz"; words must all match (AND).

Relevance: the more of the query's words a title holds, the better the match; ties newest first (RankedMatches).
"""

import re
import threading
from functools import lru_cache

import snowballstemmer
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchQuery
from django.db import connections
from django.db.models import Case, F, Index, IntegerField, Q, QuerySet, Value, When
from django.db.models.functions import StrIndex
from django.db.models.lookups import GreaterThan, LessThan

from .similarity import fold  # one folding for search and similar-proposal hints

# Words too common to tell proposals apart (already folded); left out of documents and queries alike.
STOPWORDS = frozenset(
    (
        "der die das den dem des ein eine einen einem einer eines und oder aber doch in im an am auf aus bei mit "
        "nach von vom zu zum zur fur fuer uber ueber unter vor durch gegen ohne um bis als wie wo was wer wenn dass "
        "ob auch noch nur schon sehr mehr man wir ich du er sie es ihr ist sind war sein soll sollte sollen kann "
        "konnte koennte muss werden wird wurde hat haben nicht kein keine so da hier dort "
        "the a an and or but of to in on at by for with from is are was be been should would could can will "
        "we you it this that these those not no"
    ).split()
)
SEPARATOR = "|"
# A query word shorter than this matches whole stems only ("zu" must not find every word starting with it).
PREFIX_MIN_LENGTH = 3
MAX_QUERY_WORDS = 8
WORD = re.compile(r"[a-z0-9]+")
_stemmers = threading.local()  # Snowball stemmer objects keep state while they work: one per thread


@lru_cache(maxsize=65536)
def word_stems(word: str) -> tuple[str, ...]:
    """The German stem of a folded word and, where it differs, the English one ("bikes" → "bik", "bike")."""
    if not hasattr(_stemmers, "german"):
        _stemmers.german = snowballstemmer.stemmer("german")
        _stemmers.english = snowballstemmer.stemmer("english")
    return tuple(dict.fromkeys((_stemmers.german.stemWord(word), _stemmers.english.stemWord(word))))


def _words(text: str) -> list[str]:
    return [word for word in WORD.findall(fold(text)) if len(word) > 1 and word not in STOPWORDS]


def _stems(text: str) -> str:
    # Each stem once, in order of first use: matching needs no repeats, and a short vector stays in the row
    # (a vector over ~2 KB goes to TOAST, and every count or rank then reads it from there).
    return " ".join(dict.fromkeys(stem for word in _words(text) for stem in word_stems(word)))


def search_document(title: str, body: str) -> str:
    """What `Proposal.search_text` holds: " <title stems> | <body stems> ", every stem between spaces."""
    return f" {_stems(title)} {SEPARATOR} {_stems(body)} "


def query_terms(query: str) -> list[tuple[str, ...]]:
    """The stems of each query word (at most eight words), duplicates dropped."""
    terms = dict.fromkeys(word_stems(word) for word in _words(query))
    return list(terms)[:MAX_QUERY_WORDS]


def _tsquery(terms: list[tuple[str, ...]]) -> str:
    # Stems are [a-z0-9] only, so the raw tsquery cannot carry an operator of the searcher's.
    def operand(stem: str) -> str:
        return f"{stem}:*" if len(stem) >= PREFIX_MIN_LENGTH else stem

    return " & ".join("(" + " | ".join(operand(stem) for stem in stems) + ")" for stems in terms)


def _sqlite_pattern(stem: str) -> str:
    return f" {stem}" if len(stem) >= PREFIX_MIN_LENGTH else f" {stem} "


# The stored document's parts as PostgreSQL's weighted vector, and the title's alone, in SQL, for the bulk
# rewrite below.
VECTOR_SQL = (
    "setweight(to_tsvector('simple', split_part({doc}, '|', 1)), 'A')"
    " || setweight(to_tsvector('simple', split_part({doc}, '|', 2)), 'B')"
)
TITLE_VECTOR_SQL = "to_tsvector('simple', split_part({doc}, '|', 1))"


def search_rows_reindex(proposals: QuerySet, *, batch_size: int = 2000) -> int:
    """Rewrite the search columns of these proposals in batches: one UPDATE per batch, however many rows.

    Takes any queryset of proposals (also a migration's historical model); leaves `updated` as it is.
    """
    model, alias, done, last_pk = proposals.model, proposals.db, 0, 0
    database = connections[alias]
    table = database.ops.quote_name(model._meta.db_table)
    assignments = "search_text = v.column2"
    if database.vendor == "postgresql":
        assignments += ", search_vector = " + VECTOR_SQL.format(doc="v.column2")
        assignments += ", search_title = " + TITLE_VECTOR_SQL.format(doc="v.column2")
    rows = proposals.order_by("pk").values_list("pk", "title", "body")
    while batch := list(rows.filter(pk__gt=last_pk)[:batch_size]):
        params = [value for pk, title, body in batch for value in (pk, search_document(title, body))]
        values = ", ".join(["(%s, %s)"] * len(batch))
        with database.cursor() as cursor:
            # SQLite (3.33+) and PostgreSQL both name a VALUES list's columns column1, column2.
            cursor.execute(
                f"UPDATE {table} SET {assignments} FROM (VALUES {values}) AS v WHERE {table}.id = v.column1",  # noqa: S608 - names from the model, values as parameters
                params,
            )
        done, last_pk = done + len(batch), batch[-1][0]
    return done


def search_filter(proposals: QuerySet, query: str) -> QuerySet:
    """Proposals matching every word of the query; a query of stop words only matches nothing."""
    terms = query_terms(query)
    if not terms:
        return proposals.none()
    if connections[proposals.db].vendor == "postgresql":
        return proposals.filter(search_vector=_pg_query(terms))
    for stems in terms:
        matches = Q()
        for stem in stems:
            matches |= Q(search_text__contains=_sqlite_pattern(stem))
        proposals = proposals.filter(matches)
    return proposals


def _pg_query(terms: list[tuple[str, ...]]) -> SearchQuery:
    return SearchQuery(_tsquery(terms), config="simple", search_type="raw")


class RankedMatches:
    """A search's matches, best first: those with every query word in the title, then one word fewer, and so on
    down to none; newest first within each. A sequence for Paginator (count, slices, iteration).

    One query per level rather than one ORDER BY over a computed rank: a rank must be computed for every match,
    which reads every match's row (0.2–1 s for 20,000 matches at 100,000 proposals), while each level can stop after
    a page, walking the newest-first index or the title's GIN index, whichever the planner finds cheaper.
    """

    ordered = True

    def __init__(self, matches: QuerySet, query: str):
        self.matches = matches
        terms = query_terms(query)
        if not terms:  # stop words only: `matches` is empty already
            self.levels = [matches]
            return
        in_title = _title_words(matches, terms)
        newest = ("-created", "-pk")
        # The top level asks the title's index directly; the lower ones count the words found in the title.
        if connections[matches.db].vendor == "postgresql":
            top = matches.filter(search_title=_pg_query(terms))
        else:
            top = matches.alias(title_words=in_title).filter(title_words=len(terms))
        self.levels = [top.order_by(*newest)] + [
            matches.alias(title_words=in_title).filter(title_words=level).order_by(*newest)
            for level in range(len(terms) - 1, -1, -1)
        ]

    def count(self) -> int:
        return self.matches.count()

    def __len__(self) -> int:
        return self.count()

    def __iter__(self):
        for level in self.levels:
            yield from level

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        start, stop = index.start or 0, index.stop
        if stop is None:
            return list(self)[start:]
        # Rows up to `stop` are loaded to find where the slice begins; list pages cap searches at
        # SEARCH_COUNT_CAP matches (listing.py), so that is at most a thousand rows, and twenty on the first page.
        found = []
        for level in self.levels:
            found += level[: stop - len(found)]
            if len(found) >= stop:
                break
        return found[start:stop]


def _title_words(proposals: QuerySet, terms: list[tuple[str, ...]]):
    """How many of the query's words a proposal's title holds (0 to the number of words)."""
    if connections[proposals.db].vendor == "postgresql":
        found = [Q(search_title=_pg_query([stems])) for stems in terms]
    else:
        separator_at = StrIndex(F("search_text"), Value(SEPARATOR))
        found = []
        for stems in terms:
            in_title = Q()
            for stem in stems:
                found_at = StrIndex(F("search_text"), Value(_sqlite_pattern(stem)))
                in_title |= Q(GreaterThan(found_at, 0), LessThan(found_at, separator_at))
            found.append(in_title)
    count = Value(0)
    for in_title in found:
        count = count + Case(When(in_title, then=Value(1)), default=Value(0), output_field=IntegerField())
    return count


class SearchVectorIndex(GinIndex):
    """A GIN index on PostgreSQL; elsewhere (SQLite) a plain index, as SQLite knows no GIN and has no vector."""

    def create_sql(self, model, schema_editor, using="", **kwargs):
        if schema_editor.connection.vendor == "postgresql":
            return super().create_sql(model, schema_editor, using=using, **kwargs)
        return Index.create_sql(self, model, schema_editor, using=using, **kwargs)
