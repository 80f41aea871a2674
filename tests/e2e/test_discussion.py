"""The discussion under a proposal in a real browser: comments, votes with and without JavaScript, reports."""

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import expect

from participation.models import Comment, Report, Vote
from participation.services import comment_create
from tests.factories import ConfirmedUserFactory, ProjectOfficeFactory, ProposalFactory, ProposalPhaseFactory


@pytest.fixture
def proposal(django_db_serialized_rollback, transactional_db):
    """An open proposal. Serialized rollback keeps Wagtail's root page for the tests after this one."""
    ProposalPhaseFactory()
    return ProposalFactory(title="Trinkbrunnen am Königsplatz")


@pytest.fixture
def citizen(proposal):
    return ConfirmedUserFactory(display_name="Rosa Kasselerin")


def log_in(context, live_server, user) -> None:
    """Hand the browser a session cookie of a logged-in client; the login form is tested elsewhere."""
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": live_server.url}])


def tab_to(page, selector: str, limit: int = 300) -> None:
    """Press Tab until the element matching `selector` has the focus, as a keyboard user would."""
    for _press in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(selector) => document.activeElement.matches(selector)", selector):
            return
    pytest.fail(f"Tab never reached {selector}")


def test_comment_reply_edit_and_delete(page, context, live_server, proposal, citizen):
    log_in(context, live_server, citizen)
    page.goto(live_server.url + proposal.get_absolute_url())

    page.get_by_label("Ihr Kommentar").fill("Ein Brunnen am Königsplatz wäre großartig.")
    page.get_by_role("button", name="Kommentar veröffentlichen").click()
    expect(page.get_by_role("status")).to_contain_text("Danke! Ihr Kommentar ist veröffentlicht.")
    comment = Comment.objects.get()
    thread = page.locator(f"#comment-{comment.pk}")
    expect(thread).to_contain_text("Ein Brunnen am Königsplatz wäre großartig.")

    thread.get_by_role("link", name="Antworten").click()
    page.get_by_label("Ihre Antwort").fill("Und einer am Bahnhof.")
    page.get_by_role("button", name="Antwort veröffentlichen").click()
    reply = Comment.objects.get(parent=comment)
    expect(page.locator(f".comment-replies #comment-{reply.pk}")).to_contain_text("Und einer am Bahnhof.")

    page.locator(f"#comment-{reply.pk}").get_by_role("link", name="Bearbeiten").click()
    page.get_by_label("Ihr Kommentar").fill("Und einer am Hauptbahnhof.")
    page.get_by_role("button", name="Änderungen speichern").click()
    edited = page.locator(f"#comment-{reply.pk}")
    expect(edited).to_contain_text("Und einer am Hauptbahnhof.")
    expect(edited).to_contain_text("bearbeitet")

    page.locator(f"#comment-{comment.pk}").get_by_role("link", name="Löschen").click()
    page.get_by_role("button", name="Ja, löschen").click()
    expect(page.locator(f"#comment-{comment.pk}")).to_contain_text("Dieser Kommentar wurde gelöscht.")
    expect(page.get_by_text("Ein Brunnen am Königsplatz wäre großartig.")).to_have_count(0)
    expect(page.locator(f"#comment-{reply.pk}")).to_be_visible()


def test_voting_with_javascript_does_not_reload_the_page(page, context, live_server, proposal, citizen):
    log_in(context, live_server, citizen)
    page.goto(live_server.url + proposal.get_absolute_url())
    page.evaluate("() => { window.stillTheSamePage = 42; }")
    agree = page.get_by_role("button", name="Zustimmung")
    disagree = page.get_by_role("button", name="Ablehnung")

    agree.click()
    expect(agree).to_have_attribute("aria-pressed", "true")
    expect(page.locator('[data-vote-count="agree"]')).to_have_text("1")
    expect(page.locator("[data-own-vote]")).to_have_text("Ihre Stimme: Zustimmung")
    expect(page.locator("[data-vote-status]")).to_have_text("Ihre Stimme wurde gespeichert: Zustimmung.")

    disagree.click()
    expect(disagree).to_have_attribute("aria-pressed", "true")
    expect(agree).to_have_attribute("aria-pressed", "false")
    expect(page.locator('[data-vote-count="agree"]')).to_have_text("0")
    expect(page.locator('[data-vote-count="disagree"]')).to_have_text("1")
    assert Vote.objects.get().value == -1

    page.get_by_role("button", name="Stimme zurückziehen").click()
    expect(page.locator("[data-vote-status]")).to_have_text("Ihre Stimme wurde zurückgezogen.")
    expect(page.locator('[data-vote-count="disagree"]')).to_have_text("0")
    expect(page.get_by_role("button", name="Stimme zurückziehen")).to_be_hidden()
    expect(page.locator("[data-own-vote]")).to_be_hidden()
    assert page.evaluate("() => window.stillTheSamePage") == 42
    assert not Vote.objects.exists()


def test_voting_without_javascript(browser, live_server, proposal, citizen):
    context = browser.new_context(java_script_enabled=False, locale="de-DE")
    try:
        log_in(context, live_server, citizen)
        page = context.new_page()
        page.goto(live_server.url + proposal.get_absolute_url())

        page.get_by_role("button", name="Zustimmung").click()
        expect(page.get_by_role("status").first).to_contain_text("Ihre Stimme wurde gespeichert: Zustimmung.")
        expect(page.get_by_role("button", name="Zustimmung")).to_have_attribute("aria-pressed", "true")
        expect(page.locator('[data-vote-count="agree"]')).to_have_text("1")
        assert page.url.endswith("#support")

        page.get_by_role("button", name="Enthaltung").click()
        expect(page.locator('[data-vote-count="pass"]')).to_have_text("1")
        expect(page.locator('[data-vote-count="agree"]')).to_have_text("0")

        page.get_by_role("button", name="Stimme zurückziehen").click()
        expect(page.get_by_role("status").first).to_contain_text("Ihre Stimme wurde zurückgezogen.")
        expect(page.locator('[data-vote-count="pass"]')).to_have_text("0")
        assert not Vote.objects.exists()
    finally:
        context.close()


def test_reporting_a_comment(page, context, live_server, proposal, citizen):
    other = ConfirmedUserFactory(display_name="Max Nordstadt")
    comment, _created = comment_create(proposal, author=other, body="Kauft alle bei meinem Laden ein!")
    log_in(context, live_server, citizen)
    page.goto(live_server.url + proposal.get_absolute_url())

    page.locator(f"#comment-{comment.pk}").get_by_role("link", name="Melden").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Kommentar melden")
    page.get_by_role("radio", name="Spam/Werbung").check()
    page.get_by_role("button", name="Meldung senden").click()

    # The page jumps to the comment; the thanks stand there, in view, not at the top of the page.
    thanks = page.locator(f"#comment-{comment.pk}").get_by_role("status")
    expect(thanks).to_contain_text("Danke für Ihre Meldung.")
    expect(thanks).to_be_in_viewport()
    assert Report.objects.get().comment == comment


def test_voting_and_commenting_with_the_keyboard_only(page, context, live_server, proposal, citizen):
    log_in(context, live_server, citizen)
    page.goto(live_server.url + proposal.get_absolute_url())

    tab_to(page, "button.vote-agree")
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"  # the focus is visible
    page.keyboard.press("Enter")
    expect(page.locator('[data-vote-count="agree"]')).to_have_text("1")
    expect(page.locator("button.vote-agree")).to_be_focused()

    tab_to(page, "#id_body")
    page.keyboard.type("Mit der Tastatur geschrieben.")
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Kommentar veröffentlichen")).to_be_focused()
    page.keyboard.press("Enter")

    expect(page.locator(".comment-list")).to_contain_text("Mit der Tastatur geschrieben.")
    assert Vote.objects.get().value == 1


def test_a_long_thread_is_accessible_and_fits_320_pixels(
    page, context, live_server, proposal, citizen, assert_accessible
):
    staff = ProjectOfficeFactory(display_name="Projektbüro Smart City")
    people = [ConfirmedUserFactory() for _ in range(5)]
    first = None
    for number in range(30):
        parent, _created = comment_create(
            proposal, author=people[number % 5], body=f"Kommentar {number} https://kassel.de"
        )
        first = first or parent
        comment_create(proposal, author=staff, body=f"Antwort auf {number}", parent=parent)
        if number % 3 == 0:
            comment_create(proposal, author=citizen, body=f"Nachfrage {number}", parent=parent)
    log_in(context, live_server, citizen)

    page.goto(f"{live_server.url}{proposal.get_absolute_url()}?reply_to={first.pk}#reply-form")
    expect(page.locator(".comment-thread")).to_have_count(20)
    assert_accessible(page)

    page.set_viewport_size({"width": 320, "height": 640})
    scroll_width, client_width = page.evaluate(
        "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert scroll_width <= client_width
