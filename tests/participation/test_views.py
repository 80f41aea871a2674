import io
import re
import uuid

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from PIL import Image

from core.choices import ActionField
from participation.choices import ProposalStatus
from participation.models import Proposal
from tests.factories import ConfirmedUserFactory, ProposalFactory, ProposalPhaseFactory, UserFactory

pytestmark = pytest.mark.django_db

CREATE_URL = reverse("participation:proposal_create")


def form_data(**overrides) -> dict:
    data = {
        "title": "Trinkbrunnen am Königsplatz",
        "body": "An heißen Tagen fehlt in der Innenstadt kostenloses Trinkwasser für alle.",
        "action_field": ActionField.ECOSYSTEM,
        "district": "mitte",
        "latitude": "51.3155",
        "longitude": "9.4975",
        "image_alt": "",
        "website": "",
        "submission_key": str(uuid.uuid4()),
        "submit": "1",
    }
    data.update(overrides)
    return data


def png_upload() -> SimpleUploadedFile:
    output = io.BytesIO()
    Image.new("RGB", (40, 30), "green").save(output, format="PNG")
    return SimpleUploadedFile("brunnen.png", output.getvalue(), content_type="image/png")


@pytest.fixture
def citizen(client):
    ProposalPhaseFactory()
    user = ConfirmedUserFactory()
    client.force_login(user)
    return user


def test_submit_a_proposal_with_place_and_image(client, citizen):
    response = client.post(CREATE_URL, {**form_data(image_alt="Ein Trinkbrunnen"), "image": png_upload()})

    proposal = Proposal.objects.get()
    assert response.status_code == 302
    assert response.url == proposal.get_absolute_url()
    assert proposal.author == citizen
    assert proposal.image.name.startswith("proposals/") and "brunnen" not in proposal.image.name
    detail = client.get(proposal.get_absolute_url()).content.decode()
    assert "Trinkbrunnen am Königsplatz" in detail
    assert 'alt="Ein Trinkbrunnen"' in detail


def test_a_resent_form_creates_one_proposal(client, citizen):
    data = form_data()
    client.post(CREATE_URL, data)
    client.post(CREATE_URL, data)

    assert Proposal.objects.count() == 1


def test_errors_are_shown_next_to_fields_and_nothing_typed_is_lost(client, citizen):
    response = client.post(CREATE_URL, form_data(title="Kurz"[:3], latitude="52.52", longitude="13.40"))

    html = response.content.decode()
    assert response.status_code == 200
    assert not Proposal.objects.exists()
    assert 'aria-invalid="true"' in html
    assert "id_title_errors" in html
    assert "außerhalb von Kassel" in html
    assert "An heißen Tagen fehlt in der Innenstadt" in html  # the description is still there
    assert 'value="52.52"' in html


def test_an_image_needs_a_description(client, citizen):
    response = client.post(CREATE_URL, {**form_data(), "image": png_upload()})

    assert "Bitte beschreiben Sie das Bild." in response.content.decode()
    assert not Proposal.objects.exists()


def test_an_svg_is_refused_with_a_clear_message(client, citizen):
    svg = SimpleUploadedFile("bild.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>", content_type="image/svg+xml")
    response = client.post(CREATE_URL, {**form_data(image_alt="x"), "image": svg})

    assert "Bitte laden Sie ein Bild im Format JPEG, PNG oder WebP hoch." in response.content.decode()


def test_the_honeypot_stops_bots(client, citizen):
    client.post(CREATE_URL, form_data(website="http://spam.example"))

    assert not Proposal.objects.exists()


def test_preview_shows_similar_proposals_without_javascript(client, citizen):
    existing = ProposalFactory(title="Trinkbrunnen in der Innenstadt", action_field=ActionField.ECOSYSTEM)
    data = form_data()
    del data["submit"]

    response = client.post(CREATE_URL, {**data, "preview": "1"})

    assert response.status_code == 200
    assert existing.get_absolute_url() in response.content.decode()
    assert not Proposal.objects.filter(author=citizen).exists()


def test_anonymous_visitors_are_sent_to_log_in(client):
    response = client.get(CREATE_URL)

    assert response.status_code == 302
    assert reverse("account_login") in response.url


def test_text_typed_before_the_session_expired_comes_back_after_login(client):
    ProposalPhaseFactory()
    user = ConfirmedUserFactory()

    response = client.post(CREATE_URL, form_data())  # the session had expired: anonymous
    assert reverse("account_login") in response.url
    client.force_login(user)
    html = client.get(CREATE_URL).content.decode()

    assert "An heißen Tagen fehlt in der Innenstadt" in html
    assert not Proposal.objects.exists()


def test_an_unconfirmed_account_is_told_how_to_confirm(client):
    ProposalPhaseFactory()
    client.force_login(UserFactory())

    html = client.get(CREATE_URL).content.decode()
    assert "Bitte bestätigen Sie Ihre E-Mail-Adresse" in html
    client.post(CREATE_URL, form_data())
    assert not Proposal.objects.exists()


def test_a_closed_phase_replaces_the_form_with_its_dates(client):
    client.force_login(ConfirmedUserFactory())

    response = client.get(CREATE_URL + "?field=mobility")

    html = response.content.decode()
    assert "Zurzeit werden keine Vorschläge angenommen" in html
    assert 'class="proposal-form"' not in html


LIMITS = {"proposal": (2, 100, 3600), "proposal_attempt": (100, 100, 3600), "similar": (100, 100, 3600)}


def hidden_value(html: str, name: str) -> str:
    match = re.search(rf'name="{name}" value="([^"]*)"', html)
    return match.group(1) if match else ""


@override_settings(PARTICIPATION_RATE_LIMITS=LIMITS)
def test_too_many_proposals_get_a_translated_429_that_keeps_the_form(client, citizen):
    client.post(CREATE_URL, form_data(title="Mehr Bänke im Park", body="Sitzplätze fehlen überall im Grünen."))
    client.post(CREATE_URL, form_data(title="Radweg an der Fulda", body="Zwischen Brücke und Hafen ist es eng."))
    response = client.post(CREATE_URL, {**form_data(image_alt="Ein Trinkbrunnen"), "image": png_upload()})

    html = response.content.decode()
    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    assert "Bitte warten Sie 60 Minuten, bevor Sie diesen veröffentlichen." in html
    assert "An heißen Tagen fehlt in der Innenstadt" in html  # the description is still there
    assert 'value="Trinkbrunnen am Königsplatz"' in html
    assert hidden_value(html, "pending_image")  # and the chosen image
    assert Proposal.objects.count() == 2


@override_settings(PARTICIPATION_RATE_LIMITS=LIMITS)
def test_previews_and_corrections_do_not_use_up_the_proposal_limit(client, citizen):
    for _attempt in range(3):
        client.post(CREATE_URL, {**form_data(), "preview": "1"})
        client.post(CREATE_URL, form_data(title="Kurz"[:3]))
    response = client.post(CREATE_URL, form_data())

    assert response.status_code == 302
    assert Proposal.objects.count() == 1


@override_settings(PARTICIPATION_RATE_LIMITS={**LIMITS, "proposal_attempt": (2, 100, 3600)})
def test_a_flood_of_posts_is_stopped_without_losing_the_text(client, citizen):
    for _attempt in range(2):
        client.post(CREATE_URL, form_data(title="Kurz"[:3]))
    response = client.post(CREATE_URL, form_data())

    html = response.content.decode()
    assert response.status_code == 429
    assert "An heißen Tagen fehlt in der Innenstadt" in html
    assert not Proposal.objects.exists()


def test_a_correction_keeps_the_chosen_image(client, citizen):
    response = client.post(CREATE_URL, {**form_data(title="Kurz"[:3], image_alt="Ein Brunnen"), "image": png_upload()})

    html = response.content.decode()
    assert "id_title_errors" in html
    assert hidden_value(html, "pending_image")
    assert "Ihr Bild wird aufbewahrt." in html


def test_publishing_shows_similar_proposals_first(client, citizen):
    existing = ProposalFactory(title="Trinkbrunnen in der Innenstadt", action_field=ActionField.ECOSYSTEM)

    first = client.post(CREATE_URL, {**form_data(image_alt="Ein Trinkbrunnen"), "image": png_upload()})

    html = first.content.decode()
    assert first.status_code == 200
    assert not Proposal.objects.filter(author=citizen).exists()
    assert existing.get_absolute_url() in html
    assert hidden_value(html, "similar_seen") == str(existing.pk)
    again = {
        **form_data(image_alt="Ein Trinkbrunnen"),
        "submission_key": hidden_value(html, "submission_key"),
        "similar_seen": hidden_value(html, "similar_seen"),
        "pending_image": hidden_value(html, "pending_image"),
    }
    second = client.post(CREATE_URL, again)
    proposal = Proposal.objects.get(author=citizen)
    assert second.status_code == 302
    assert proposal.image  # the image chosen before the check step was kept


def test_a_proposal_without_similar_ones_is_published_in_one_step(client, citizen):
    ProposalFactory(title="Mehr Bänke im Park", body="Sitzplätze fehlen überall.", action_field=ActionField.WELCOME)

    response = client.post(CREATE_URL, form_data())

    assert response.status_code == 302


def test_a_place_without_district_gets_the_nearest_district_suggested(client, citizen):
    data = form_data(district="", latitude="51,3440", longitude="9,4820")  # German decimal comma

    first = client.post(CREATE_URL, data)

    html = first.content.decode()
    assert first.status_code == 200
    assert not Proposal.objects.exists()
    assert '<option value="philippinenhof-warteberg" selected>' in html
    assert hidden_value(html, "district_suggested") in {"1", "True"}
    confirmed = {**data, "district": "philippinenhof-warteberg", "district_suggested": "1"}
    assert client.post(CREATE_URL, confirmed).status_code == 302
    proposal = Proposal.objects.get()
    assert proposal.district == "philippinenhof-warteberg"
    assert str(proposal.latitude) == "51.344000"


def test_the_citizen_may_decline_the_suggested_district(client, citizen):
    data = form_data(district="", district_suggested="1")

    assert client.post(CREATE_URL, data).status_code == 302
    assert Proposal.objects.get().district == ""


def test_coordinates_with_a_german_decimal_comma_are_accepted(client, citizen):
    response = client.post(CREATE_URL, form_data(latitude="51,3155", longitude="9,4975"))

    assert response.status_code == 302
    proposal = Proposal.objects.get()
    assert (str(proposal.latitude), str(proposal.longitude)) == ("51.315500", "9.497500")


def test_list_filters_and_paginates(client):
    for number in range(25):
        ProposalFactory(title=f"Mobilität {number}", action_field=ActionField.MOBILITY)
    ProposalFactory(title="Willkommen", action_field=ActionField.WELCOME)

    first = client.get(reverse("participation:proposal_list"), {"action_field": "mobility"})
    second = client.get(reverse("participation:proposal_list"), {"action_field": "mobility", "page": 2})

    assert first.context["page_obj"].paginator.count == 25
    assert len(first.context["page_obj"]) == 20
    assert len(second.context["page_obj"]) == 5
    assert "Willkommen" not in first.content.decode()


def test_list_and_detail_queries_do_not_grow_with_the_number_of_proposals(client, django_assert_max_num_queries):
    for number in range(25):
        ProposalFactory(title=f"Idee {number}", latitude="51.31", longitude="9.48")
    # The page's own queries are two or three; the rest is the site's chrome (site, header and footer navigation,
    # the proposal's history), the same for 25 proposals or 100,000.
    with django_assert_max_num_queries(10):
        client.get(reverse("participation:proposal_list"))
    with django_assert_max_num_queries(10):
        client.get(reverse("participation:proposal_map"))
    with django_assert_max_num_queries(10):
        client.get(Proposal.objects.first().get_absolute_url())


def test_hidden_proposals_are_not_found(client):
    hidden = ProposalFactory(status=ProposalStatus.HIDDEN)

    assert client.get(hidden.get_absolute_url()).status_code == 404


def test_the_author_edits_and_withdraws(client, citizen):
    proposal = ProposalFactory(author=citizen)
    edit_url = reverse("participation:proposal_edit", args=[proposal.pk])

    response = client.post(edit_url, form_data(title="Trinkbrunnen am Friedrichsplatz"))
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.title == "Trinkbrunnen am Friedrichsplatz"

    client.post(reverse("participation:proposal_withdraw", args=[proposal.pk]))
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.WITHDRAWN
    assert "zurückgezogen" in client.get(proposal.get_absolute_url()).content.decode()


def test_others_cannot_edit_or_withdraw(client, citizen):
    proposal = ProposalFactory()

    assert client.get(reverse("participation:proposal_edit", args=[proposal.pk])).status_code == 403
    assert client.post(reverse("participation:proposal_withdraw", args=[proposal.pk])).status_code == 403


def test_similar_endpoint_answers_json(client):
    existing = ProposalFactory(title="Fahrradstraße Friedrich-Ebert-Straße", action_field=ActionField.MOBILITY)

    response = client.get(
        reverse("participation:similar_proposals"),
        {"action_field": "mobility", "text": "Fahrradstraße Friedrich-Ebert"},
    )

    assert response.json()["results"] == [
        {"id": existing.pk, "title": existing.title, "url": existing.get_absolute_url()}
    ]


@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=0)
def test_a_forged_forwarded_for_header_does_not_dodge_the_address_limit(rf):
    from core.ratelimit import client_address

    request = rf.post("/", HTTP_X_FORWARDED_FOR="203.0.113.9", REMOTE_ADDR="198.51.100.7")
    assert client_address(request) == "198.51.100.7"


@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_behind_one_proxy_the_last_forwarded_hop_is_the_visitor(rf):
    from core.ratelimit import client_address

    request = rf.post("/", HTTP_X_FORWARDED_FOR="203.0.113.9, 192.0.2.4", REMOTE_ADDR="10.0.0.2")
    assert client_address(request) == "192.0.2.4"
