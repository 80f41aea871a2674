import json

import pytest
from wagtail.models import Revision, WorkflowState

from core.roles import REVIEW_WORKFLOW_NAME
from participation.models import Proposal, Vote
from participation.selectors import synthesis_input
from strategy.models import StrategyPage, SynthesisRun
from strategy.services.runs import synthesis_request, synthesis_request_debounced, synthesis_run
from tests.factories import UserFactory, VoteFactory
from tests.strategy.synthesis_fixtures import AUTHOR_NAMES, FIELD, HIDDEN_TEXT, add_theme, make_input

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("pages", "hash_embedder")]


def run_field(capture) -> SynthesisRun:
    with capture(execute=True):
        run = synthesis_request(FIELD)
    run.refresh_from_db()
    return run


def draft_blocks(revision: Revision) -> list[dict]:
    body = revision.content["body"]
    return json.loads(body) if isinstance(body, str) else body


def revisions_of(page) -> list[Revision]:
    return list(Revision.page_revisions.filter(object_id=str(page.pk)).order_by("pk"))


def test_selector_returns_visible_rows_without_authors(django_assert_num_queries):
    make_input()
    with django_assert_num_queries(3):
        proposals, comments, votes = synthesis_input(FIELD)
    assert len(proposals) == 12
    assert HIDDEN_TEXT not in {row.title for row in proposals}
    assert len(comments) == 1
    assert {row.proposal_id for row in votes} <= {row.pk for row in proposals}
    assert "author" not in proposals[0]._fields


def test_run_creates_an_unpublished_revision_with_traceable_themes(django_capture_on_commit_callbacks):
    inputs = {str(p.pk): p for p in make_input()}

    run = run_field(django_capture_on_commit_callbacks)

    assert run.status == SynthesisRun.Status.DONE, run.error
    assert (run.proposals, run.comments, run.themes_found) == (12, 1, 3)
    page = StrategyPage.objects.get()
    assert not page.live
    assert page.get_parent().specific.action_field == FIELD
    blocks = draft_blocks(run.revision)
    assert blocks[0]["type"] == "intro" and blocks[0]["value"]["proposals"] == 12
    themes = [block["value"] for block in blocks if block["type"] == "theme"]
    assert len(themes) == 3
    for theme in themes:
        assert theme["consensus"] in {"consensus", "divisive", "low_support"}
        assert theme["summary"]
        for sentence in theme["summary"]:
            source = inputs[str(sentence["proposal"])]
            assert sentence["text"] in source.body or sentence["text"] in source.title
        assert all(str(item["proposal"]) in inputs for item in theme["proposals"])
    text = json.dumps(blocks, ensure_ascii=False)
    assert HIDDEN_TEXT not in text
    assert not any(name in text for name in AUTHOR_NAMES)


def test_run_starts_the_review_workflow(django_capture_on_commit_callbacks):
    make_input()

    run_field(django_capture_on_commit_callbacks)

    page = StrategyPage.objects.get()
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == REVIEW_WORKFLOW_NAME
    assert state.current_task_state.task.specific.groups.filter(name="Projektbüro").exists()
    assert not StrategyPage.objects.get().live


def test_unchanged_input_does_nothing(django_capture_on_commit_callbacks):
    make_input()
    first = run_field(django_capture_on_commit_callbacks)
    page = StrategyPage.objects.get()
    before = len(revisions_of(page))

    second = run_field(django_capture_on_commit_callbacks)

    assert second.pk != first.pk
    assert second.status == SynthesisRun.Status.UNCHANGED
    assert second.revision is None
    assert len(revisions_of(page)) == before


def test_new_input_makes_a_new_revision_and_staff_edits_stay_in_history(django_capture_on_commit_callbacks):
    make_input()
    first = run_field(django_capture_on_commit_callbacks)
    page = StrategyPage.objects.get()
    edited = page.get_latest_revision_as_object()
    edited.title = "Strategie Ökosystem (vom Projektbüro bearbeitet)"
    staff_revision = edited.save_revision()
    add_theme()

    third = run_field(django_capture_on_commit_callbacks)

    assert third.status == SynthesisRun.Status.DONE, third.error
    assert third.themes_found == 4
    history = [revision.pk for revision in revisions_of(page)]
    assert history[-3:] == [first.revision_id, staff_revision.pk, third.revision_id]
    # The staff's title change is carried into the machine's revision; its theme ids stay stable.
    assert third.revision.content["title"] == edited.title
    assert {t["id"] for t in first.themes} <= {t["id"] for t in third.themes}
    assert not StrategyPage.objects.get().live


def test_request_does_not_double_an_open_run():
    make_input()
    first = synthesis_request(FIELD)  # on_commit never fires here, so the run stays pending

    assert synthesis_request(FIELD).pk == first.pk
    assert SynthesisRun.objects.filter(action_field=FIELD).count() == 1


def test_finished_run_is_not_repeated(django_capture_on_commit_callbacks):
    make_input()
    run = run_field(django_capture_on_commit_callbacks)

    again = synthesis_run(run.pk)

    assert again.status == SynthesisRun.Status.DONE
    assert again.revision_id == run.revision_id
    assert len(revisions_of(StrategyPage.objects.get())) == 1


def test_run_left_running_by_a_killed_worker_completes_on_redelivery():
    make_input()
    run = synthesis_request(FIELD)
    # As a worker killed mid-run leaves it: marked running, nothing else committed.
    SynthesisRun.objects.filter(pk=run.pk).update(status=SynthesisRun.Status.RUNNING, attempts=1)

    done = synthesis_run(run.pk)

    assert done.status == SynthesisRun.Status.DONE
    assert done.attempts == 2
    assert len(revisions_of(StrategyPage.objects.get())) == 1


def test_failure_is_recorded_and_leaves_no_draft(monkeypatch):
    make_input()
    run = synthesis_request(FIELD)

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("strategy.services.runs.synthesize", broken)
    failed = synthesis_run(run.pk)

    assert failed.status == SynthesisRun.Status.FAILED
    assert "boom" in failed.error
    assert not StrategyPage.objects.exists()


def test_debounce_requests_at_most_once_per_window():
    assert synthesis_request_debounced(FIELD) is True
    SynthesisRun.objects.update(status=SynthesisRun.Status.DONE)

    assert synthesis_request_debounced(FIELD) is False
    assert SynthesisRun.objects.count() == 1


def test_only_visible_proposals_count():
    make_input()
    assert Proposal.objects.filter(action_field=FIELD).count() == 14
    proposals, _comments, _votes = synthesis_input(FIELD)
    assert len(proposals) == 12


def test_a_duplicate_is_no_input_and_its_votes_count_for_the_original_once():
    """#12 clean input: a duplicate leaves the input; its votes move to the original unless the voter voted there."""
    original, duplicate = make_input()[:2]
    already, newcomer = UserFactory(), UserFactory()
    VoteFactory(proposal=original, voter=already, value=1)
    VoteFactory(proposal=duplicate, voter=already, value=-1)  # voted on both: counts once, on the original
    VoteFactory(proposal=duplicate, voter=newcomer, value=-1)  # voted on the duplicate only: moves
    Proposal.objects.filter(pk=duplicate.pk).update(duplicate_of=original)

    proposals, _comments, votes = synthesis_input(FIELD)

    assert duplicate.pk not in {row.pk for row in proposals}
    assert not [vote for vote in votes if vote.proposal_id == duplicate.pk]
    on_original = {vote.voter_id: vote.value for vote in votes if vote.proposal_id == original.pk}
    assert on_original[already.pk] == 1 and on_original[newcomer.pk] == -1
    assert len(votes) == len({(vote.proposal_id, vote.voter_id) for vote in votes}), "nobody counts twice"
    moved = {vote.voter_id for vote in Vote.objects.filter(proposal=duplicate)} - {
        vote.voter_id for vote in Vote.objects.filter(proposal=original)
    }
    assert len(on_original) == Vote.objects.filter(proposal=original).count() + len(moved)


def test_approved_draft_renders_sentences_as_links_to_their_proposals(client, django_capture_on_commit_callbacks):
    make_input()
    run = run_field(django_capture_on_commit_callbacks)
    run.revision.publish()
    page = StrategyPage.objects.get()

    html = client.get(page.url).content.decode()

    for block in draft_blocks(run.revision):
        if block["type"] == "theme":
            sentence = block["value"]["summary"][0]
            assert f'href="/vorschlaege/{sentence["proposal"]}/"' in html
    assert not any(name in html for name in AUTHOR_NAMES)


def test_draft_themes_list_all_members_and_support_per_opinion_group(django_capture_on_commit_callbacks):
    inputs = {p.pk for p in make_input()}
    run = run_field(django_capture_on_commit_callbacks)

    themes = [block["value"] for block in draft_blocks(run.revision) if block["type"] == "theme"]

    members = [pk for theme in themes for pk in theme["members"]]
    assert len(members) == len(set(members)), "a proposal belongs to one theme at most"
    assert set(members) <= inputs
    for theme in themes:
        representative = [item["proposal"] for item in theme["proposals"]]
        assert theme["members"][: len(representative)] == representative
        for group in theme["groups"]:
            assert group["group"] >= 1 and group["votes"] > 0
            assert 0 <= group["agree"] <= 1 and 0 <= group["disagree"] <= 1
