"""A published strategy for the page tests: the synthesis on demo-like input, then hand-written revisions."""

from django.contrib.auth.models import Group
from django.utils import translation

from strategy.models import StrategyPage
from strategy.services.runs import synthesis_request
from tests.factories import ConfirmedUserFactory

COUNCIL_GROUP = "Stadtverordnete"
PROJECT_OFFICE_GROUP = "Projektbüro"


def synthesis_draft(capture):
    """Run the synthesis of the fixtures' field now; returns the finished run (its revision is the draft)."""
    with capture(execute=True):
        run = synthesis_request("ecosystem")
    run.refresh_from_db()
    return run


def revise(page: StrategyPage, body: list[dict], *, publish: bool) -> object:
    """Save `body` (raw StreamField data) as the page's newest revision, published or left as a draft."""
    draft = page.get_latest_revision_as_object()
    draft.body = body
    revision = draft.save_revision(log_action=True)
    if publish:
        revision.publish()
    return revision


def raw_body(page: StrategyPage) -> list[dict]:
    return list(page.body.raw_data)


def theme(label: str, *, consensus: str = "consensus", theme_id: str = "", proposal: int = 1, **support) -> dict:
    """A theme block as the synthesis writes it."""
    figures = {"participants": 10, "agree": 8, "disagree": 1, "passes": 1, "score": 0.6, **support}
    return {
        "type": "theme",
        "value": {
            "label": label,
            "theme_id": theme_id,
            "consensus": consensus,
            "support": figures,
            "summary": [{"text": f"{label}: ein Satz aus dem Vorschlag.", "proposal": proposal}],
            "proposals": [{"proposal": proposal, "title": f"Vorschlag zu {label}"}],
            "districts": [{"district": "Wesertor", "proposals": 2}],
            "members": [proposal],
            "groups": [
                {"group": 1, "votes": 12, "agree": 0.9, "disagree": 0.05},
                {"group": 2, "votes": 9, "agree": 0.2, "disagree": 0.7},
            ],
        },
    }


def member_of(group_name: str, **kwargs):
    user = ConfirmedUserFactory(**kwargs)
    user.groups.add(Group.objects.get(name=group_name))
    return user


def de(page) -> str:
    """The page's German address, whatever language an earlier request left active in this thread."""
    with translation.override("de"):
        return page.url


def en(url: str) -> str:
    """The English address of a German one."""
    return url if url.startswith("/en/") else "/en" + url
