import uuid

import pytest
from django.test import override_settings
from django.urls import reverse

from participation.choices import ProposalStatus
from participation.models import Comment
from participation.services import comment_create, comment_delete, comment_update
from tests.factories import ConfirmedUserFactory, ProjectOfficeFactory, ProposalFactory, UserFactory

pytestmark = pytest.mark.django_db


def create_url(proposal) -> str:
    return reverse("participation:comment_create", args=[proposal.pk])


def comment_data(**overrides) -> dict:
    return {
        "body": "Am Königsplatz wäre ein Brunnen ideal.",
        "website": "",
        "submission_key": str(uuid.uuid4()),
    } | overrides


def write(proposal, body="Ein Kommentar.", **kwargs) -> Comment:
    kwargs.setdefault("author", ConfirmedUserFactory())
    return comment_create(proposal, body=body, **kwargs)[0]


def test_a_citizen_comments_and_sees_the_comment(client, proposal, citizen):
    response = client.post(create_url(proposal), comment_data(), follow=True)

    comment = Comment.objects.get()
    assert comment.author == citizen and comment.parent is None
    assert response.redirect_chain == [(f"{proposal.get_absolute_url()}#comment-{comment.pk}", 302)]
    html = response.content.decode()
    assert "Am Königsplatz wäre ein Brunnen ideal." in html
    assert "Danke! Ihr Kommentar ist veröffentlicht." in html


def test_a_double_submitted_comment_is_created_once(client, proposal, citizen):
    data = comment_data()
    client.post(create_url(proposal), data)
    client.post(create_url(proposal), data)

    assert Comment.objects.count() == 1
    proposal.refresh_from_db()
    assert proposal.comment_count == 1


def test_a_reply_hangs_under_its_comment(client, proposal, citizen):
    parent = write(proposal)

    form = client.get(proposal.get_absolute_url(), {"reply_to": parent.pk}).content.decode()
    client.post(create_url(proposal), comment_data(body="Da stimme ich zu.", parent=parent.pk))

    assert 'id="reply-form"' in form and f'name="parent" value="{parent.pk}"' in form
    reply = Comment.objects.get(body="Da stimme ich zu.")
    assert reply.parent == parent
    html = client.get(proposal.get_absolute_url()).content.decode()
    assert html.index(f'id="comment-{parent.pk}"') < html.index(f'id="comment-{reply.pk}"')


def test_errors_are_shown_next_to_the_field_and_the_text_is_kept(client, proposal, citizen):
    response = client.post(create_url(proposal), comment_data(body="x" * 2001))

    html = response.content.decode()
    assert response.status_code == 200
    assert 'aria-invalid="true"' in html and "id_body_errors" in html
    assert "x" * 2001 in html
    assert not Comment.objects.exists()


def test_the_honeypot_stops_bots(client, proposal, citizen):
    client.post(create_url(proposal), comment_data(website="http://spam.example"))

    assert not Comment.objects.exists()


def test_text_typed_before_the_session_expired_comes_back_after_login(client, proposal):
    user = ConfirmedUserFactory()
    parent = write(proposal)

    response = client.post(create_url(proposal), comment_data(body="Mein langer Gedanke.", parent=parent.pk))
    assert reverse("account_login") in response.url
    assert f"reply_to%3D{parent.pk}" in response.url
    client.force_login(user)
    html = client.get(proposal.get_absolute_url(), {"reply_to": parent.pk}).content.decode()

    assert "Mein langer Gedanke." in html
    assert 'id="reply-form"' in html
    assert not Comment.objects.filter(author=user).exists()
    # Restored once: a later visit shows an empty form again.
    assert "Mein langer Gedanke." not in client.get(proposal.get_absolute_url()).content.decode()


def test_anonymous_visitors_see_a_login_link_instead_of_the_form(client, proposal):
    html = client.get(proposal.get_absolute_url()).content.decode()

    assert "Bitte melden Sie sich an, um zu kommentieren." in html
    assert 'class="comment-form"' not in html


def test_unconfirmed_accounts_may_not_comment(client, proposal):
    client.force_login(UserFactory())

    html = client.get(proposal.get_absolute_url()).content.decode()
    response = client.post(create_url(proposal), comment_data())

    assert 'class="comment-form"' not in html
    assert response.status_code == 403
    assert not Comment.objects.exists()


def test_hidden_proposals_take_no_comments(client, citizen):
    hidden = ProposalFactory(status=ProposalStatus.HIDDEN)
    own_hidden = ProposalFactory(status=ProposalStatus.HIDDEN, author=citizen)

    assert client.post(create_url(hidden), comment_data()).status_code == 404
    assert client.post(create_url(own_hidden), comment_data()).status_code == 403
    assert not Comment.objects.exists()


def test_the_thread_marks_roles_edits_deletions_and_leaves_out_hidden_ones(client, proposal):
    staff = ProjectOfficeFactory()
    citizen = ConfirmedUserFactory()
    answer = write(proposal, "Das Projektbüro prüft den Vorschlag.", author=staff)
    ConfirmedUserFactory(username=proposal.author.username)  # confirms the author's address
    by_author = write(proposal, "Danke für die Rückmeldungen!", author=proposal.author)
    edited = write(proposal, "Erste Fassung", author=citizen)
    comment_update(edited, user=citizen, body="Zweite Fassung")
    gone = write(proposal, "Wird gelöscht", author=citizen)
    write(proposal, "Antwort auf Gelöschtes", parent=gone)
    comment_delete(gone, user=citizen)
    write(proposal, "Verborgener Text")
    Comment.objects.filter(body="Verborgener Text").update(hidden=True)

    html = client.get(proposal.get_absolute_url()).content.decode()

    assert answer.by_staff and "Antwort des Projektbüros" in html
    assert by_author.by_proposal_author and "Hat den Vorschlag gemacht" in html
    assert "Zweite Fassung" in html and "bearbeitet" in html
    assert "Dieser Kommentar wurde gelöscht." in html and "Wird gelöscht" not in html
    assert "Antwort auf Gelöschtes" in html
    assert "Verborgener Text" not in html


def test_pinned_staff_answers_come_first_and_order_switches(client, proposal):
    first = write(proposal, "Der erste Kommentar")
    write(proposal, "Der zweite Kommentar")
    staff = ProjectOfficeFactory()
    answer = write(proposal, "Die Antwort des Büros", author=staff)
    client.force_login(staff)
    client.post(reverse("participation:comment_pin", args=[answer.pk]), {"pinned": "1"})

    oldest = client.get(proposal.get_absolute_url()).content.decode()
    newest = client.get(proposal.get_absolute_url(), {"comments": "newest"}).content.decode()

    assert oldest.index("Die Antwort des Büros") < oldest.index("Der erste Kommentar") < oldest.index("Der zweite")
    assert newest.index("Die Antwort des Büros") < newest.index("Der zweite") < newest.index("Der erste Kommentar")
    client.post(reverse("participation:comment_pin", args=[answer.pk]), {"pinned": "0"})
    answer.refresh_from_db()
    assert not answer.pinned
    assert first.pk < answer.pk


def test_citizens_cannot_pin(client, proposal, citizen):
    answer = write(proposal, "Antwort", author=ProjectOfficeFactory())

    response = client.post(reverse("participation:comment_pin", args=[answer.pk]), {"pinned": "1"})

    assert response.status_code == 403
    answer.refresh_from_db()
    assert not answer.pinned


def test_comments_are_paginated_twenty_threads_a_page(client, proposal):
    for number in range(23):
        write(proposal, f"Kommentar Nummer {number:02d}")

    first = client.get(proposal.get_absolute_url()).content.decode()
    second = client.get(proposal.get_absolute_url(), {"cpage": 2}).content.decode()

    assert "Kommentar Nummer 19" in first and "Kommentar Nummer 20" not in first
    assert "Kommentar Nummer 22" in second and "Kommentar Nummer 00" not in second
    assert "cpage=2" in first


def test_a_new_comment_on_a_later_page_redirects_there(client, proposal, citizen):
    for number in range(21):
        write(proposal, f"Kommentar {number}")

    response = client.post(create_url(proposal), comment_data())

    comment = Comment.objects.get(author=citizen)
    assert response.url == f"{proposal.get_absolute_url()}?cpage=2#comment-{comment.pk}"


def test_the_author_edits_a_comment_and_it_is_marked(client, proposal, citizen):
    comment = write(proposal, "Tippfehlr", author=citizen)
    url = reverse("participation:comment_edit", args=[comment.pk])

    assert "Tippfehlr" in client.get(url).content.decode()
    response = client.post(url, {"body": "Tippfehler"})

    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.body == "Tippfehler" and comment.edited_at is not None
    assert "bearbeitet" in client.get(proposal.get_absolute_url()).content.decode()


def test_an_empty_edit_keeps_the_comment_and_shows_the_error(client, proposal, citizen):
    comment = write(proposal, "Bleibt so", author=citizen)

    response = client.post(reverse("participation:comment_edit", args=[comment.pk]), {"body": "   "})

    assert response.status_code == 200
    assert "id_body_errors" in response.content.decode()
    comment.refresh_from_db()
    assert comment.body == "Bleibt so"


def test_the_author_deletes_after_confirming(client, proposal, citizen):
    comment = write(proposal, "Doch nicht", author=citizen)
    url = reverse("participation:comment_delete", args=[comment.pk])

    assert "Doch nicht" in client.get(url).content.decode()
    response = client.post(url)

    assert response.status_code == 302
    assert not Comment.objects.exists()
    proposal.refresh_from_db()
    assert proposal.comment_count == 0


def test_others_cannot_edit_or_delete_a_comment(client, proposal, citizen):
    comment = write(proposal, "Nicht Ihrer")
    edit_url = reverse("participation:comment_edit", args=[comment.pk])
    delete_url = reverse("participation:comment_delete", args=[comment.pk])

    assert client.get(edit_url).status_code == 403
    assert client.post(edit_url, {"body": "Übernommen"}).status_code == 403
    assert client.get(delete_url).status_code == 403
    assert client.post(delete_url).status_code == 403
    comment.refresh_from_db()
    assert comment.body == "Nicht Ihrer"
    html = client.get(proposal.get_absolute_url()).content.decode()
    assert edit_url not in html and delete_url not in html


def test_anonymous_visitors_are_sent_to_log_in_to_edit(client, proposal):
    comment = write(proposal)

    response = client.get(reverse("participation:comment_edit", args=[comment.pk]))

    assert response.status_code == 302 and reverse("account_login") in response.url


@override_settings(PARTICIPATION_RATE_LIMITS={"comment": (2, 100, 3600)})
def test_too_many_comments_get_a_429(client, proposal, citizen):
    for _attempt in range(2):
        client.post(create_url(proposal), comment_data())

    response = client.post(create_url(proposal), comment_data())

    assert response.status_code == 429
    assert Comment.objects.count() == 2


def test_the_page_queries_do_not_grow_with_the_comments(client, proposal, django_assert_max_num_queries):
    staff = ProjectOfficeFactory()
    authors = [ConfirmedUserFactory() for _ in range(5)]
    client.force_login(authors[0])

    def add_threads(count: int) -> None:
        for number in range(count):
            parent = write(proposal, f"Kommentar {number}", author=authors[number % 5])
            write(proposal, f"Antwort {number}", parent=parent, author=staff)

    client.get(proposal.get_absolute_url())  # warms process-wide caches (content types, site root)
    counts = []
    for more in [5, 45]:
        add_threads(more)
        # 20: the thread's queries plus the page's chrome, history and "follow" panel; flat in the comments.
        with django_assert_max_num_queries(20) as captured:
            response = client.get(proposal.get_absolute_url())
        assert response.status_code == 200
        counts.append(len(captured))

    assert len(response.context["comment_page"].object_list) == 20
    assert counts[0] == counts[1]  # 5 threads and 50 threads cost the same queries


def test_a_draft_whose_parent_was_deleted_becomes_a_new_comment(client, proposal):
    user = ConfirmedUserFactory()
    parent = write(proposal, author=user)

    client.post(create_url(proposal), comment_data(body="Gerettet.", parent=parent.pk))
    comment_delete(parent, user=user)
    client.force_login(user)
    response = client.get(proposal.get_absolute_url(), {"reply_to": parent.pk})

    assert response.context["reply_form"] is None
    assert response.context["comment_form"].initial["body"] == "Gerettet."
    assert "Gerettet." in response.content.decode()
