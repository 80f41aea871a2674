"""One vector per proposal: the sentence embedding and stemmed TF-IDF, each centred on its action field.

Centring removes what all proposals of a field share (every mobility proposal is about traffic), so the
cosine between two proposals measures what sets them apart, and one similarity cut works across fields.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp


def tfidf(docs: Sequence[list[str]]) -> tuple[sp.csr_matrix, list[str], np.ndarray]:
    """Sublinear TF-IDF rows (L2-normalised) over a sorted vocabulary, with the IDF weights."""
    vocab = sorted({t for d in docs for t in d})
    index = {t: i for i, t in enumerate(vocab)}
    lens = np.fromiter(map(len, docs), dtype=np.int64, count=len(docs))
    flat = np.fromiter((index[t] for d in docs for t in d), dtype=np.int64, count=int(lens.sum()))
    v = max(len(vocab), 1)
    key, counts = np.unique(np.repeat(np.arange(len(docs), dtype=np.int64), lens) * v + flat, return_counts=True)
    rows, cols = key // v, key % v
    vals = 1.0 + np.log(counts.astype(np.float64))
    x = sp.csr_matrix((vals, (rows, cols)), shape=(len(docs), len(vocab)))
    df = np.bincount(cols, minlength=len(vocab))
    idf = np.log((1 + len(docs)) / (1 + df)) + 1.0
    x = x @ sp.diags(idf)
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    x = sp.diags(1.0 / np.maximum(norms, 1e-12)) @ x
    return x.tocsr(), vocab, idf


def _orthonormal(y: np.ndarray) -> np.ndarray:
    """An orthonormal basis of y's columns from the eigenvectors of its small Gram matrix (float64). On tall
    matrices this is several times faster than a Householder QR, and enough for a randomised range finder."""
    y64 = y.astype(np.float64)
    w, v = np.linalg.eigh(y64.T @ y64)
    keep = w > max(float(w.max(initial=0.0)) * 1e-9, 1e-30)  # drop directions lost to rounding
    return y @ (v[:, keep] / np.sqrt(w[keep])).astype(y.dtype)


def centered_svd(x: sp.csr_matrix, k: int, seed: int, n_iter: int = 2) -> np.ndarray:
    """Rows of x minus their mean, projected on the top-k singular directions (randomised, seeded)."""
    n, v = x.shape
    k = max(1, min(k, n - 1, v))
    x = x.astype(np.float32)  # float32 throughout: half the memory traffic, ample for a randomised projection
    mu = np.asarray(x.mean(axis=0)).ravel().astype(np.float32)
    rng = np.random.default_rng(seed)
    omega = rng.standard_normal((v, k + 10)).astype(np.float32)
    q = _orthonormal(x @ omega - mu @ omega)
    for _ in range(n_iter):
        z = _orthonormal(x.T @ q - np.outer(mu, q.sum(axis=0)))
        q = _orthonormal(x @ z - mu @ z)
    b = (x.T @ q).T - np.outer(q.sum(axis=0), mu)
    ub, s, _ = np.linalg.svd(b, full_matrices=False)
    return (q @ ub[:, :k]) * s[:k]


def centered_pca(e: np.ndarray, k: int) -> np.ndarray:
    """Embeddings minus their mean, on their top-k principal axes (all axes when there are fewer rows)."""
    c = e.astype(np.float32)
    c -= c.mean(axis=0, dtype=np.float64).astype(np.float32)
    if c.shape[0] <= k or c.shape[1] <= k:
        return c
    # float32 products (half the time of float64 on large fields); the small eigenproblem in float64
    w, v = np.linalg.eigh((c.T @ c).astype(np.float64))
    return c @ v[:, ::-1][:, :k].astype(np.float32)


def unit_rows(a: np.ndarray) -> np.ndarray:
    return a / np.maximum(np.linalg.norm(a, axis=1, keepdims=True), 1e-12)


def lexical_part(x: sp.csr_matrix, *, lexical_weight: float, seed: int, lexical_dims: int = 64) -> np.ndarray | None:
    """The TF-IDF share of field_vectors(); it needs no embeddings, so it is computed while the encoder works."""
    if lexical_weight <= 0 or x.shape[0] < 2 or x.shape[1] == 0:
        return None
    return np.sqrt(lexical_weight) * unit_rows(centered_svd(x, lexical_dims, seed))


def field_vectors(
    embeddings: np.ndarray, lexical: np.ndarray | None, *, lexical_weight: float, dims: int = 128
) -> np.ndarray:
    """Unit vectors whose dot product is (1-w)·cos(embedding) + w·cos(TF-IDF), both centred on the field;
    ``lexical`` is the field's lexical_part()."""
    n = embeddings.shape[0]
    if n == 0:
        return np.zeros((0, 1), dtype=np.float32)
    if n == 1:
        return np.ones((1, 1), dtype=np.float32)
    parts = [np.sqrt(1.0 - lexical_weight) * unit_rows(centered_pca(embeddings, dims))]
    if lexical is not None:
        parts.append(lexical)
    return unit_rows(np.hstack(parts)).astype(np.float32)
