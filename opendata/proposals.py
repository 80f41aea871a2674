"""The proposal and vote datasets: their columns and how a selector row becomes a record.

The rows come from participation's selectors (open_proposals, open_vote_totals); the formats from .formats.
"""

from collections.abc import Iterator

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.choices import ActionField, District
from participation.models import VISIBLE_STATUSES
from participation.selectors import open_proposals, open_vote_totals

from .formats import Column, iso_datetime, point_feature

ACTION_FIELD_NAMES = dict(ActionField.choices)
DISTRICT_NAMES = dict(District.choices)
STATUS_VALUES = [str(status) for status in VISIBLE_STATUSES]
# Server-side cursors in batches: a download's memory does not grow with the table.
BATCH = 2000

PROPOSAL_COLUMNS = [
    Column("id", _("integer"), _("Number of the proposal.")),
    Column("url", _("URL"), _("The proposal's page on the portal.")),
    Column("action_field", _("key"), _("Action field (see the keys below).")),
    Column("action_field_name", _("text"), _("Name of the action field.")),
    Column("title", _("text"), _("Title, as the citizen wrote it.")),
    Column("text", _("text"), _("Description, as the citizen wrote it.")),
    Column("district", _("key"), _("District (Ortsbezirk) the proposal concerns; empty if none was given.")),
    Column("district_name", _("text"), _("Name of the district.")),
    Column("latitude", _("number"), _("Latitude of the place (WGS 84); empty if no place was given.")),
    Column("longitude", _("number"), _("Longitude of the place (WGS 84); empty if no place was given.")),
    Column("status", _("key"), _("Status (see the keys below).")),
    Column(
        "channel",
        _("key"),
        _("How the proposal reached the portal: online, denklabor, buergerrat (citizens' council), paper, phone."),
    ),
    Column("votes_agree", _("integer"), _("Votes “agree”.")),
    Column("votes_disagree", _("integer"), _("Votes “disagree”.")),
    Column("votes_pass", _("integer"), _("Votes “pass”.")),
    Column("votes_total", _("integer"), _("All votes.")),
    Column("comments", _("integer"), _("Published comments and replies.")),
    Column("created", _("date and time"), _("When the proposal was made (ISO 8601, UTC).")),
]
AUTHOR_COLUMN = Column("author", _("text"), _("The author's public display name (pseudonym); empty if none."))

VOTE_COLUMNS = [
    Column("proposal_id", _("integer"), _("Number of the proposal (the id in the proposals dataset).")),
    Column("action_field", _("key"), _("Action field of the proposal.")),
    Column("district", _("key"), _("District of the proposal; empty if none was given.")),
    Column("agree", _("integer"), _("Votes “agree”.")),
    Column("disagree", _("integer"), _("Votes “disagree”.")),
    Column("pass", _("integer"), _("Votes “pass”.")),
    Column("total", _("integer"), _("All votes.")),
    Column("first_vote", _("date"), _("Day of the first vote (ISO 8601, UTC); empty without votes.")),
    Column("last_vote", _("date"), _("Day of the most recent vote (ISO 8601, UTC); empty without votes.")),
]


def include_pseudonyms() -> bool:
    """Whether the exports name authors by their display name (setting OPEN_DATA_INCLUDE_PSEUDONYMS, off)."""
    return settings.OPEN_DATA_INCLUDE_PSEUDONYMS


def proposal_columns() -> list[Column]:
    return [*PROPOSAL_COLUMNS, AUTHOR_COLUMN] if include_pseudonyms() else list(PROPOSAL_COLUMNS)


def _number(value) -> float | None:
    return None if value is None else float(value)


def proposal_record(row: dict) -> dict:
    """One open_proposals() row as a record of JSON types, in the column order."""
    record = {
        "id": row["pk"],
        "url": settings.SITE_URL + reverse("participation:proposal_detail", kwargs={"pk": row["pk"]}),
        "action_field": row["action_field"],
        "action_field_name": ACTION_FIELD_NAMES.get(row["action_field"], ""),
        "title": row["title"],
        "text": row["body"],
        "district": row["district"],
        "district_name": DISTRICT_NAMES.get(row["district"], ""),
        "latitude": _number(row["latitude"]),
        "longitude": _number(row["longitude"]),
        "status": row["status"],
        "channel": row["channel"],
        "votes_agree": row["agree_count"],
        "votes_disagree": row["disagree_count"],
        "votes_pass": row["pass_count"],
        "votes_total": row["agree_count"] + row["disagree_count"] + row["pass_count"],
        "comments": row["comment_count"],
        "created": iso_datetime(row["created"]),
    }
    if "author__display_name" in row:
        record["author"] = row["author__display_name"] or ""
    return record


def proposal_feature(record: dict) -> dict | None:
    """A proposal record as a GeoJSON Point, or None when it has no place."""
    if record["latitude"] is None or record["longitude"] is None:
        return None
    return point_feature(record, longitude=record["longitude"], latitude=record["latitude"])


def proposal_records(**filters) -> Iterator[dict]:
    """Every visible proposal as a record, read lazily in batches (a download's stream)."""
    rows = open_proposals(with_pseudonyms=include_pseudonyms(), **filters).iterator(chunk_size=BATCH)
    return (proposal_record(row) for row in rows)


def _day(value) -> str | None:
    return iso_datetime(value)[:10] if value else None


def vote_record(row: dict) -> dict:
    """One open_vote_totals() row as a record."""
    return {
        "proposal_id": row["pk"],
        "action_field": row["action_field"],
        "district": row["district"],
        "agree": row["agree"],
        "disagree": row["disagree"],
        "pass": row["passes"],
        "total": row["agree"] + row["disagree"] + row["passes"],
        "first_vote": _day(row["first_vote"]),
        "last_vote": _day(row["last_vote"]),
    }


def vote_records(**filters) -> Iterator[dict]:
    """The votes per visible proposal as records, read lazily in batches."""
    return (vote_record(row) for row in open_vote_totals(**filters).iterator(chunk_size=BATCH))
