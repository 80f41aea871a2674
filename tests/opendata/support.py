"""Data and checks shared by the open data tests: a mix of visible and hidden proposals, and a GeoJSON check."""

import csv
import io
import json
from dataclasses import dataclass, field
from decimal import Decimal

from participation.choices import ProposalStatus
from participation.models import KASSEL_BOUNDS, Vote
from tests.factories import CommentFactory, ProposalFactory, UserFactory, VoteFactory

SECRET_TITLES = ["Versteckt nach Meldungen", "Von der Moderation verborgen", "Zurückgezogen", "Noch nicht geprüft"]


@dataclass
class OpenDataWorld:
    visible: list = field(default_factory=list)
    hidden: list = field(default_factory=list)
    authors: list = field(default_factory=list)
    voters: list = field(default_factory=list)

    @property
    def private_strings(self) -> list[str]:
        """What no default export may contain: emails, usernames and display names of everyone involved."""
        people = [*self.authors, *self.voters]
        return [value for person in people for value in (person.email, person.display_name)]


def build_world() -> OpenDataWorld:
    """Four visible proposals (two with a place), four that must not be published, votes and a comment."""
    world = OpenDataWorld()
    world.authors = [UserFactory(display_name="Henriette Quastenberg"), UserFactory(display_name="Baldur Zwiebelmann")]
    world.visible = [
        ProposalFactory(
            title="Trinkbrunnen am Königsplatz",
            action_field="ecosystem",
            district="mitte",
            latitude=Decimal("51.315500"),
            longitude=Decimal("9.497500"),
            author=world.authors[0],
        ),
        ProposalFactory(
            title='=HYPERLINK("http://example.org")',
            body="Ein Text, der in einer Tabelle wie eine Formel aussieht.",
            action_field="mobility",
            district="wesertor",
            author=world.authors[1],
            status=ProposalStatus.UNDER_REVIEW,
        ),
        ProposalFactory(
            title="Radweg an der Wilhelmshöher Allee",
            action_field="mobility",
            district="bad-wilhelmshoehe",
            latitude=Decimal("51.312000"),
            longitude=Decimal("9.450000"),
            author=world.authors[0],
            status=ProposalStatus.ACCEPTED,
        ),
        ProposalFactory(title="Ohne Ort und Bezirk", action_field="citizen", author=None),
    ]
    reported = ProposalFactory(title=SECRET_TITLES[0], author=world.authors[1], district="mitte")
    reported.hidden_by_reports = True
    reported.save()
    world.hidden = [
        reported,
        ProposalFactory(title=SECRET_TITLES[1], status=ProposalStatus.HIDDEN, author=world.authors[0]),
        ProposalFactory(title=SECRET_TITLES[2], status=ProposalStatus.WITHDRAWN, author=world.authors[0]),
        ProposalFactory(title=SECRET_TITLES[3], status=ProposalStatus.SUBMITTED, author=world.authors[1]),
    ]
    world.voters = [UserFactory(display_name=f"Stimme {n}") for n in range(3)]
    values = [Vote.Value.AGREE, Vote.Value.AGREE, Vote.Value.DISAGREE]
    for voter, value in zip(world.voters, values, strict=True):
        VoteFactory(proposal=world.visible[0], voter=voter, value=value)
        VoteFactory(proposal=world.hidden[0], voter=voter, value=value)
    VoteFactory(proposal=world.visible[2], voter=world.voters[0], value=Vote.Value.PASS)
    # The services keep the stored counts; the factories write rows only, so set what the services would.
    type(world.visible[0]).objects.filter(pk=world.visible[0].pk).update(
        agree_count=2, disagree_count=1, comment_count=1
    )
    type(world.visible[2]).objects.filter(pk=world.visible[2].pk).update(pass_count=1)
    CommentFactory(proposal=world.visible[0], author=world.voters[1], body="Kommentar von Stimme 1")
    return world


def body_text(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode("utf-8")


def read_csv(response) -> list[dict]:
    return list(csv.DictReader(io.StringIO(body_text(response), newline="")))


def read_json(response) -> dict:
    return json.loads(body_text(response))


def check_geojson(document: dict) -> None:
    """A structural RFC 7946 check: a FeatureCollection of Point features, [longitude, latitude] in Kassel."""
    assert document["type"] == "FeatureCollection"
    assert isinstance(document["features"], list)
    for feature in document["features"]:
        assert set(feature) >= {"type", "geometry", "properties"}
        assert feature["type"] == "Feature"
        assert isinstance(feature["properties"], dict)
        geometry = feature["geometry"]
        assert geometry["type"] == "Point"
        coordinates = geometry["coordinates"]
        assert len(coordinates) == 2
        assert all(isinstance(value, int | float) and not isinstance(value, bool) for value in coordinates)
        longitude, latitude = coordinates
        # RFC 7946 puts longitude first; in Kassel the two cannot be confused.
        assert float(KASSEL_BOUNDS["lon_min"]) <= longitude <= float(KASSEL_BOUNDS["lon_max"])
        assert float(KASSEL_BOUNDS["lat_min"]) <= latitude <= float(KASSEL_BOUNDS["lat_max"])
