import gc
from collections import Counter
from math import comb

from strategy.synthesis import Params, PreviousTheme, ProposalIn, synthesize
from strategy.synthesis import prepare as prepare_module
from strategy.synthesis.embedding import HashingEmbedder, MemoryCache, TitleAndBody
from strategy.synthesis.pipeline import embed_limit, embed_text
from strategy.synthesis.prepare import prepare

from .conftest import FIELDS


def adjusted_rand(a, b):
    pairs = Counter(zip(a, b, strict=True))
    index = sum(comb(n, 2) for n in pairs.values())
    sa = sum(comb(n, 2) for n in Counter(a).values())
    sb = sum(comb(n, 2) for n in Counter(b).values())
    expected = sa * sb / comb(len(a), 2)
    return (index - expected) / ((sa + sb) / 2 - expected)


def test_themes_match_gold_without_being_told_their_number(evalset, result):
    proposals, _, _, gold = evalset
    gold_theme = {m: t["id"] for t in gold["themes"] for m in t["members"]}
    for field in FIELDS:
        ids = sorted(p.id for p in proposals if p.action_field == field)
        found = {pid: t.id for t in result.fields[field].themes for pid in t.proposals}
        ari = adjusted_rand([gold_theme.get(i, i) for i in ids], [found.get(i, i) for i in ids])
        assert ari >= 0.8, (field, ari)
        covered = [i in found for i in ids if i in gold_theme]
        assert sum(covered) / len(covered) >= 0.9


def test_consensus_classes_mostly_right(evalset, result):
    _, _, _, gold = evalset
    right = total = 0
    for t in gold["themes"]:
        if t["field"] not in FIELDS:
            continue
        found = {pid: th for th in result.fields[t["field"]].themes for pid in th.proposals}
        votes = Counter(found[m].id for m in t["members"] if m in found)
        best = votes.most_common(1)[0][0]
        right += next(th for th in result.fields[t["field"]].themes if th.id == best).consensus == t["class"]
        total += 1
    assert right / total >= 0.8


def test_opinion_groups_match_the_voters_gold_groups(evalset, result):
    _, _, _, gold = evalset
    voters = sorted(result.participant_groups)
    found = [result.participant_groups[v] for v in voters]
    # two of five fields: fewer divisive themes to tell the groups apart (all five: ARI 0.92; 0.45 / 0.72 before
    # the theme columns)
    assert adjusted_rand([gold["voter_groups"][v] for v in voters], found) >= 0.6


def test_every_summary_sentence_is_quoted_from_its_source(evalset, result):
    proposals, _, _, _ = evalset
    by_id = {p.id: p for p in proposals}
    for field in result.fields.values():
        for theme in field.themes:
            assert 1 <= len(theme.summary) <= 3
            for s in theme.summary:
                assert s.source in theme.proposals
                assert s.text in by_id[s.source].body or s.text in by_id[s.source].title


def test_every_output_id_exists_and_appears_once(evalset, result):
    proposals, comments, _, _ = evalset
    ids = {p.id for p in proposals}
    seen = []
    for name, field in result.fields.items():
        for theme in field.themes:
            seen += theme.proposals
            assert {c for c, _, _ in theme.comments} <= {c.id for c in comments}
        seen += field.single_proposals
        assert all(by.action_field == name for by in proposals if by.id in set(field.single_proposals))
    assert sorted(seen) == sorted(ids)


def test_themes_ranked_consensus_first_and_divisive_listed_as_open_questions(result):
    order = {"consensus": 0, "divisive": 1, "low_support": 2}
    for field in result.fields.values():
        ranks = [order[t.consensus] for t in field.themes]
        assert ranks == sorted(ranks)
        assert field.as_dict()["open_questions"] == [t.id for t in field.themes if t.consensus == "divisive"]


def test_a_later_run_keeps_theme_ids_and_labels(evalset, encoder, result):
    proposals, comments, votes, _ = evalset
    previous = [
        PreviousTheme(id=t.id, action_field=name, label=f"edited {t.label}", proposals=tuple(t.proposals))
        for name, f in result.fields.items()
        for t in f.themes
    ]
    near_copy = next(p for p in proposals if p.id == result.fields["mobility"].themes[0].proposals[0])
    added = ProposalIn(id="new-1", action_field="mobility", title=near_copy.title, body=near_copy.body + " Danke.")
    again = synthesize([*proposals, added], comments, votes, seed=0, embedder=encoder, previous=previous)
    before = {t.id: t.label for f in result.fields.values() for t in f.themes}
    after = {t.id: t.label for f in again.fields.values() for t in f.themes}
    kept = [i for i in before if i in after]
    assert len(kept) >= 0.9 * len(before)
    assert all(after[i] == f"edited {before[i]}" for i in kept)
    assert any("new-1" in t.proposals for t in again.fields["mobility"].themes)


def test_cached_embeddings_give_the_same_result(evalset, encoder, result):
    proposals, comments, votes, _ = evalset
    cache = MemoryCache()
    first = synthesize(proposals, comments, votes, seed=0, embedder=encoder, cache=cache)
    distinct = {embed_text(p.title, p.body, embed_limit(Params(), len(proposals))) for p in proposals}
    assert len(cache) == len(distinct)  # identical texts are embedded once

    class Refuse:
        name = encoder.name

        def embed(self, texts):
            raise AssertionError("everything should come from the cache")

    second = synthesize(proposals, comments, votes, seed=0, embedder=Refuse(), cache=cache)
    assert first.as_dict() == second.as_dict() == result.as_dict()


def test_cached_text_analyses_give_the_same_result(evalset, encoder, result, monkeypatch):
    proposals, comments, votes, _ = evalset
    cache = MemoryCache()
    # an earlier run saw half of the proposals (same encoder, same character limit)
    # (the pipeline encodes title and body apart: its embedder's name says so)
    prepare(proposals[::2], embed_limit(Params(), len(proposals)), TitleAndBody(encoder).name, cache).analysis()
    assert len(cache.texts) == len({(p.title, p.body) for p in proposals[::2]})
    mixed = synthesize(proposals, comments, votes, seed=0, embedder=encoder, cache=cache)
    assert mixed.as_dict() == result.as_dict()
    assert len(cache.texts) == len({(p.title, p.body) for p in proposals})

    def refuse(*args):
        raise AssertionError("everything should come from the cache")

    monkeypatch.setattr(prepare_module, "analyze", refuse)
    monkeypatch.setattr(prepare_module, "embed_text", refuse)
    again = synthesize(proposals, comments, votes, seed=0, embedder=encoder, cache=cache)
    assert again.as_dict() == result.as_dict()


def test_near_duplicates_share_a_theme_and_unrelated_proposals_stay_single(encoder):
    texts = [
        ("Mehr Bäume pflanzen", "Im Sommer ist es in der Innenstadt viel zu heiß, wir brauchen Schatten durch Bäume."),
        ("Mehr Bäume pflanzen", "Im Sommer ist es in der Innenstadt viel zu heiss, wir brauchen Schatten durch Bäume!"),
        ("Stadtbäume gegen Hitze", "Bitte neue Straßenbäume pflanzen, damit die Straßen im Sommer kühler bleiben."),
        ("Plant more trees", "Streets get extremely hot in summer, we need many more trees for shade."),
        ("Bibliothek sonntags öffnen", "Die Stadtbibliothek sollte auch am Sonntag geöffnet haben."),
        ("Rolltreppe reparieren", "Die Rolltreppe am Hauptbahnhof ist seit Monaten kaputt."),
        ("Hundekot", "Mehr Beutelspender für Hundekot an den Parkeingängen."),
        ("Seilbahn", "Eine Seilbahn auf den Herkules bauen."),
    ]
    props = [ProposalIn(id=f"p{i}", action_field="ecosystem", title=t, body=b) for i, (t, b) in enumerate(texts)]
    out = synthesize(props, [], [], embedder=encoder).fields["ecosystem"]
    theme_of = {pid: t.id for t in out.themes for pid in t.proposals}
    assert theme_of.get("p0") is not None and theme_of.get("p0") == theme_of.get("p1")
    assert theme_of.get("p3") == theme_of["p0"]  # English joins the German theme
    assert {"p4", "p5", "p6", "p7"} <= set(out.single_proposals)


def test_the_garbage_collector_is_paused_only_during_a_run():
    proposals = [ProposalIn(id=str(i), action_field="mobility", title=f"Radweg {i}", body="") for i in range(5)]
    assert gc.isenabled()
    synthesize(proposals, [], [], embedder=HashingEmbedder())
    assert gc.isenabled()
    gc.disable()
    try:
        synthesize(proposals, [], [], embedder=HashingEmbedder())
        assert not gc.isenabled()  # the caller's setting is kept
    finally:
        gc.enable()
