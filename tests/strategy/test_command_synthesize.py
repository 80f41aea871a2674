import io

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import WorkflowState

from core.choices import ActionField
from strategy.models import StrategyPage
from strategy.selectors import published_themes
from tests.factories import ConfirmedUserFactory, ProjectOfficeFactory
from tests.strategy.synthesis_fixtures import FIELD, make_input

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("pages", "hash_embedder")]


def synthesize(*args) -> str:
    out = io.StringIO()
    call_command("synthesize", *args, stdout=out)
    return out.getvalue()


def test_drafts_enter_review_and_stay_unpublished():
    make_input()

    output = synthesize(FIELD)

    assert output.startswith(f"{FIELD}: ") and "12 proposals, 3 themes" in output
    page = StrategyPage.objects.get()
    assert not page.live and page.has_unpublished_changes
    assert WorkflowState.objects.filter(object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS).exists()
    assert published_themes() == []
    assert "unchanged" in synthesize(FIELD), "a second call with the same input makes no new draft"


def test_approve_as_publishes_in_the_reviewers_name():
    make_input()
    reviewer = ProjectOfficeFactory()

    output = synthesize(FIELD, "--approve-as", reviewer.email)

    assert "published" in output
    page = StrategyPage.objects.get()
    assert page.live
    assert len(published_themes(FIELD)) == 3


def test_approve_as_refuses_a_citizen():
    with pytest.raises(CommandError):
        synthesize(FIELD, "--approve-as", ConfirmedUserFactory().email)


def test_without_arguments_every_field_is_synthesised():
    make_input()

    lines = synthesize().splitlines()

    assert [line.split(":")[0] for line in lines] == [field for field, _label in ActionField.choices]
    assert any(line.startswith(f"{FIELD}: done") for line in lines)


def test_an_unknown_field_is_refused():
    with pytest.raises(CommandError, match="Unknown action field: nowhere"):
        synthesize("nowhere")
