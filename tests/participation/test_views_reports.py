import pytest
from django.test import override_settings
from django.urls import reverse

from participation.choices import ProposalStatus
from participation.models import Report
from participation.services import comment_create, report_create
from tests.factories import ConfirmedUserFactory, ProposalFactory, ProposalPhaseFactory, UserFactory

pytestmark = pytest.mark.django_db


def proposal_report_url(proposal) -> str:
    return reverse("participation:proposal_report", args=[proposal.pk])


def comment_report_url(comment) -> str:
    return reverse("participation:comment_report", args=[comment.pk])


def test_the_proposal_page_links_to_the_report_form(client, proposal, citizen):
    html = client.get(proposal.get_absolute_url()).content.decode()

    assert proposal_report_url(proposal) in html


def test_a_citizen_reports_a_proposal_and_is_thanked(client, proposal, citizen):
    form = client.get(proposal_report_url(proposal)).content.decode()
    response = client.post(proposal_report_url(proposal), {"reason": "spam", "text": ""}, follow=True)

    assert "<legend>" in form and 'type="radio"' in form and "Spam/Werbung" in form
    report = Report.objects.get()
    assert (report.reporter, report.proposal, report.reason) == (citizen, proposal, "spam")
    assert response.redirect_chain[-1][0] == proposal.get_absolute_url()
    assert "Danke für Ihre Meldung." in response.content.decode()


def test_a_citizen_reports_a_comment(client, proposal, citizen):
    comment, _created = comment_create(proposal, author=ConfirmedUserFactory(), body="Kauft bei uns ein!")

    html = client.get(proposal.get_absolute_url()).content.decode()
    response = client.post(comment_report_url(comment), {"reason": "insult", "text": "Beleidigend"})

    assert comment_report_url(comment) in html
    assert response.status_code == 302
    assert Report.objects.get().comment == comment


def test_other_needs_a_description_and_keeps_the_choice(client, proposal, citizen):
    response = client.post(proposal_report_url(proposal), {"reason": "other", "text": "  "})

    html = response.content.decode()
    assert response.status_code == 200
    assert "Bitte beschreiben Sie das Problem." in html
    assert 'value="other" aria-describedby="id_text_helptext" id="id_reason_4" checked' in html or (
        'value="other"' in html and "checked" in html
    )
    assert not Report.objects.exists()


def test_a_missing_reason_is_an_error(client, proposal, citizen):
    response = client.post(proposal_report_url(proposal), {"text": "Irgendwas"})

    assert response.status_code == 200
    assert "id_reason_errors" in response.content.decode()
    assert "Irgendwas" in response.content.decode()
    assert not Report.objects.exists()


def test_a_second_report_gets_a_friendly_message(client, proposal, citizen):
    client.post(proposal_report_url(proposal), {"reason": "spam"})

    again = client.post(proposal_report_url(proposal), {"reason": "off_topic"}, follow=True)
    form = client.get(proposal_report_url(proposal)).content.decode()

    assert "Sie haben diesen Beitrag bereits gemeldet. Danke." in again.content.decode()
    assert "Sie haben diesen Beitrag bereits gemeldet. Danke." in form
    assert Report.objects.count() == 1


def test_others_reports_are_never_revealed(client, proposal, citizen):
    report_create(reporter=ConfirmedUserFactory(), target=proposal, reason="spam")

    form = client.get(proposal_report_url(proposal)).content.decode()

    assert "bereits gemeldet" not in form
    assert 'type="radio"' in form


def test_reports_that_hide_the_proposal_send_the_reporter_to_the_list(client, proposal, citizen, settings):
    settings.PARTICIPATION_REPORTS_TO_HIDE = 1

    response = client.post(proposal_report_url(proposal), {"reason": "spam"})

    assert response.url == reverse("participation:proposal_list")
    proposal.refresh_from_db()
    assert proposal.hidden_by_reports


def test_nobody_reports_their_own_contribution(client, citizen):
    ProposalPhaseFactory()
    own = ProposalFactory(author=citizen)
    comment, _created = comment_create(own, author=citizen, body="Mein Kommentar")

    assert client.get(proposal_report_url(own)).status_code == 403
    assert client.post(proposal_report_url(own), {"reason": "spam"}).status_code == 403
    assert client.post(comment_report_url(comment), {"reason": "spam"}).status_code == 403
    html = client.get(own.get_absolute_url()).content.decode()
    assert proposal_report_url(own) not in html and comment_report_url(comment) not in html
    assert not Report.objects.exists()


def test_anonymous_visitors_log_in_first(client, proposal):
    response = client.get(proposal_report_url(proposal))

    assert response.status_code == 302 and reverse("account_login") in response.url


def test_unconfirmed_accounts_may_not_report(client, proposal):
    client.force_login(UserFactory())

    response = client.post(proposal_report_url(proposal), {"reason": "spam"})

    assert response.status_code == 403
    assert "Bitte bestätigen Sie Ihre E-Mail-Adresse" in response.content.decode()
    assert not Report.objects.exists()


def test_hidden_proposals_and_comments_are_not_found(client, proposal, citizen):
    hidden = ProposalFactory(status=ProposalStatus.HIDDEN)
    comment, _created = comment_create(proposal, author=ConfirmedUserFactory(), body="Verborgen")
    comment.hidden = True
    comment.save()

    assert client.get(proposal_report_url(hidden)).status_code == 404
    assert client.get(comment_report_url(comment)).status_code == 404


@override_settings(PARTICIPATION_RATE_LIMITS={"report": (1, 100, 3600)})
def test_too_many_reports_get_a_429(client, citizen):
    ProposalPhaseFactory()
    first, second = ProposalFactory(), ProposalFactory()
    client.post(proposal_report_url(first), {"reason": "spam"})

    response = client.post(proposal_report_url(second), {"reason": "spam"})

    assert response.status_code == 429
    assert Report.objects.count() == 1


def test_the_thanks_for_a_comment_report_stand_beside_the_comment(client, proposal, citizen):
    comment, _created = comment_create(proposal, author=ConfirmedUserFactory(), body="Kauft bei uns ein!")

    response = client.post(comment_report_url(comment), {"reason": "spam", "text": ""}, follow=True)

    html = response.content.decode()
    assert response.redirect_chain[-1][0].endswith(f"#comment-{comment.pk}")
    start = html.index(f'id="comment-{comment.pk}"')
    thanks = html.index("Danke für Ihre Meldung.")
    assert start < thanks < html.index("</article>", start)  # where the jump lands, not at the page's top
    again = client.get(proposal.get_absolute_url()).content.decode()
    assert "Danke für Ihre Meldung." not in again  # said once
