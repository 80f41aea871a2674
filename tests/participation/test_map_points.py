"""The map page stays small whatever the number of proposals; its points come from a bounded, cached endpoint."""

from decimal import Decimal

import pytest
from django.urls import reverse

from core.choices import ActionField
from participation.models import Proposal
from participation.selectors import MAP_POINTS_LIMIT
from tests.factories import ProposalFactory, UserFactory

pytestmark = pytest.mark.django_db

POINTS_URL = reverse("participation:proposal_map_points")


def located_proposals(count: int, *, lat: str = "51.31", lon: str = "9.48") -> None:
    author = UserFactory()
    Proposal.objects.bulk_create(
        Proposal(
            title=f"Vorschlag auf der Karte {number}",
            body="Ein Ort in Kassel.",
            action_field=ActionField.MOBILITY,
            latitude=Decimal(lat),
            longitude=Decimal(lon),
            author=author,
        )
        for number in range(count)
    )


def test_the_map_page_stays_under_100_kb_with_5000_proposals(client):
    located_proposals(5000)

    response = client.get(reverse("participation:proposal_map"))

    assert response.status_code == 200
    assert len(response.content) < 100_000
    html = response.content.decode()
    # The map finds its points at the endpoint, with the page's filters; the list below works without JavaScript.
    assert f'data-points-url="{POINTS_URL}?' in html
    assert "Vorschlag auf der Karte 4999" in html  # the newest, on the first page of the list


def test_the_points_are_compact_rows_bounded_newest_first(client):
    located_proposals(MAP_POINTS_LIMIT + 5)
    ProposalFactory(title="Ohne Ort")

    data = client.get(POINTS_URL).json()

    assert data["fields"] == ["id", "lat", "lon", "field", "title"]
    assert len(data["points"]) == data["limit"] == MAP_POINTS_LIMIT
    assert data["total"] == MAP_POINTS_LIMIT + 5
    newest = Proposal.objects.exclude(latitude=None).order_by("-created", "-pk").first()
    assert data["points"][0] == [newest.pk, 51.31, 9.48, "mobility", newest.title]


def test_a_box_and_the_filters_narrow_the_points(client):
    located_proposals(3, lat="51.30", lon="9.40")
    far = ProposalFactory(title="Im Norden", latitude="51.35", longitude="9.50", action_field=ActionField.CITIZEN)

    in_box = client.get(POINTS_URL, {"bbox": "9.45,51.34,9.55,51.36"}).json()
    by_field = client.get(POINTS_URL, {"action_field": "citizen"}).json()
    broken_box = client.get(POINTS_URL, {"bbox": "9.55,51.34,nan,x"}).json()

    assert [row[0] for row in in_box["points"]] == [far.pk]
    assert [row[0] for row in by_field["points"]] == [far.pk]
    assert broken_box["total"] == 4  # a box that is no box is ignored


def test_the_points_are_cached_and_a_new_proposal_shows_at_once(
    client, django_assert_num_queries, django_capture_on_commit_callbacks
):
    located_proposals(3)
    first = client.get(POINTS_URL)
    assert "public" in first["Cache-Control"] and "max-age=60" in first["Cache-Control"]

    with django_assert_num_queries(0):
        again = client.get(POINTS_URL).json()
    assert again == first.json()

    with django_capture_on_commit_callbacks(execute=True):
        ProposalFactory(title="Ganz neu", latitude="51.32", longitude="9.47")  # saved: a new generation
    assert client.get(POINTS_URL).json()["points"][0][4] == "Ganz neu"
