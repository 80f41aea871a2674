"""A council member reads the strategy (#12): "at a glance" on the overview, an open question with both positions
and the opinion groups behind them, the draft, and a field strategy on paper with its header and date."""

import re

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from core.roles import COUNCIL_GROUP
from participation.models import Proposal
from strategy.models import StrategyPage
from strategy.services.runs import synthesis_request
from tests.factories import ConfirmedUserFactory, totp_activate, totp_code
from tests.strategy.council_fixtures import RING_AGAINST, RING_FOR, split_theme_block
from tests.strategy.strategy_pages_fixtures import raw_body, revise

from .support import demo_participation_load

OVERVIEW, FIELD_STRATEGY = "/strategie/", "/smart-safe-mobility/strategie/"
PASSWORD = "ein-sicheres-passwort"  # UserFactory's


def council_strategy():
    """The mobility strategy from the demo participation, published with a split theme; a newer draft waits."""
    demo_participation_load()
    synthesis_request("mobility")  # committed at once here, so the (eager) task runs on commit
    page = StrategyPage.objects.get()
    first, second = Proposal.objects.filter(action_field="mobility").order_by("pk").values_list("pk", flat=True)[:2]
    body = [*raw_body(page.get_latest_revision_as_object()), split_theme_block(first, second)]
    revise(page, body, publish=True)
    revise(page, [*body, {"type": "paragraph", "value": "<p>Entwurf für den Rat.</p>"}], publish=False)
    return page.pk


@pytest.fixture
def strategy(built_once, settings):
    settings.SYNTHESIS_EMBEDDER = "hash"
    return built_once(council_strategy)


def council_member_sign_in(page, base_url):
    """A council member as the admin makes one: an account in the group "Stadtverordnete" (no superuser), with an
    authenticator app; they sign in with password and code."""
    member = ConfirmedUserFactory(email="stadtverordnete@example.org")
    member.groups.add(Group.objects.get(name=COUNCIL_GROUP))
    secret = totp_activate(member)
    page.goto(base_url + "/admin/")
    page.locator("input[name=login]").fill(member.email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form.form-login button[type=submit]").first.click()
    page.locator("input[name=code]").fill(totp_code(secret))
    page.locator("form.form-mfa-authenticate button[type=submit]").first.click()
    expect(page).to_have_url(base_url + "/admin/")


def test_a_council_member_reads_the_open_questions_the_draft_and_prints_a_field(
    page, live_server, strategy, assert_accessible
):
    council_member_sign_in(page, live_server.url)

    # The overview opens with the gist: agreement, open questions with who is for and against, little support.
    page.goto(live_server.url + OVERVIEW)
    glance = page.locator("section.at-a-glance")
    expect(glance.get_by_role("heading", level=2, name="Auf einen Blick")).to_be_visible()
    question = glance.locator(".glance-open > ul > li").filter(has=page.locator("a[href$='#theme-ecosystem-ring']"))
    expect(question.get_by_text(RING_FOR)).to_be_visible()
    expect(question.get_by_text(RING_AGAINST)).to_be_visible()
    positions = question.locator(".glance-positions > li")
    expect(positions.nth(0)).to_contain_text("Gruppe 1 dafür")
    expect(positions.nth(0)).to_contain_text("Gruppe 2 dagegen")
    expect(positions.nth(1)).to_contain_text("Gruppe 1 dagegen")
    expect(positions.nth(1)).to_contain_text("Gruppe 2 dafür")
    expect(positions.nth(0)).to_contain_text(re.compile(r"\d+ Menschen haben \d+ Stimmen abgegeben"))
    assert_accessible(page)

    # The question leads to its theme, where both positions stand with their own figures.
    question.locator("a[href$='#theme-ecosystem-ring']").click()
    expect(page).to_have_url(re.compile(r"/smart-safe-mobility/strategie/#theme-ecosystem-ring$"))
    theme = page.locator("#theme-ecosystem-ring")
    expect(theme.locator("section.position")).to_have_count(2)
    expect(theme.locator("#theme-ecosystem-ring-position-a")).to_contain_text("180 Menschen haben 180 Stimmen")
    assert_accessible(page)

    # The draft, for the council only.
    page.goto(live_server.url + OVERVIEW)
    page.get_by_role("link", name=re.compile("Entwurf lesen|Read the draft")).first.click()
    expect(page).to_have_url(live_server.url + FIELD_STRATEGY + "entwurf/")
    expect(page.locator(".notice-draft").first).to_be_visible()
    expect(page.locator("body")).to_contain_text("Entwurf für den Rat.")

    # On paper: the field strategy with the portal, the field, the version and the date; no admin bar.
    page.goto(live_server.url + FIELD_STRATEGY)
    expect(page.locator("section.at-a-glance")).to_be_visible()
    page.emulate_media(media="print")
    header = page.locator(".print-header")
    expect(header).to_be_visible()
    expect(header).to_contain_text("Smart Kassel")
    expect(header).to_contain_text("Smart Safe Mobility")  # the field
    expect(header).to_contain_text("Version 1")
    expect(header).to_contain_text(re.compile(r"Stand: \d"))
    expect(page.locator("[data-wagtail-userbar]")).to_be_hidden()
    expect(page.locator("section.at-a-glance")).to_be_visible()
