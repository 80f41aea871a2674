"""The glue between the database rows and the pure synthesis core: input records, digest and embedder."""

import hashlib
import json

from django.conf import settings

from ..synthesis import DirectoryCache, HashingEmbedder, MemoryCache, ProposalIn, UniversalSentenceEncoder

# Part of the input digest: a new draft shape (or seed) drafts unchanged input anew.
DRAFT_FORMAT = 1
SYNTHESIS_SEED = 0
# The in-process embedding cache is dropped past this size; set SYNTHESIS_CACHE_DIR to keep vectors on disk.
MEMORY_CACHE_LIMIT = 50_000

_memory_cache = MemoryCache()
_encoder: UniversalSentenceEncoder | None = None


def input_digest(proposals, comments, votes) -> str:
    payload = {
        "format": DRAFT_FORMAT,
        "seed": SYNTHESIS_SEED,
        "proposals": [list(row) for row in proposals],
        "comments": [list(row) for row in comments],
        "votes": [list(row) for row in votes],
    }
    return hashlib.sha256(json.dumps(payload, default=str, sort_keys=True).encode()).hexdigest()


def proposal_in(row) -> ProposalIn:
    return ProposalIn(
        id=str(row.pk),
        action_field=row.action_field,
        title=row.title,
        body=row.body,
        district=row.district,
        lat=float(row.latitude) if row.latitude is not None else None,
        lon=float(row.longitude) if row.longitude is not None else None,
        created=row.created.isoformat(),
    )


def embedding():
    """The sentence encoder (the test settings may pick the model-free one) and a vector cache."""
    global _encoder
    if getattr(settings, "SYNTHESIS_EMBEDDER", "use") == "hash":
        embedder = HashingEmbedder()
    else:
        # Kept per process: loading the weights takes about a second.
        _encoder = _encoder or UniversalSentenceEncoder()
        embedder = _encoder
    cache_dir = getattr(settings, "SYNTHESIS_CACHE_DIR", "")
    if cache_dir:
        return embedder, DirectoryCache(cache_dir)
    if len(_memory_cache) > MEMORY_CACHE_LIMIT:
        _memory_cache.clear()
    return embedder, _memory_cache
