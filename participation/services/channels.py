"""Input from events (#16): the project office records an event and enters its proposals on behalf of the
participants, typed in rows or uploaded as CSV, and paper tallies of agree/disagree.

All or nothing: a file with one bad line imports nothing and names every bad line, so an upload can be fixed
and sent again without duplicates. The proposals count like online ones (lists, map, synthesis); the channel
and the event say where they came from.
"""

import csv
import io
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from .. import events
from ..choices import ProposalStatus
from ..event_forms import EventProposalRowForm
from ..models import InputEvent, PaperTally, Proposal
from ..permissions import can_moderate
from .search import proposal_search_update
from .triage import proposal_triage

EVENT_ENTRY = "participation.event_entry"
PAPER_TALLY = "participation.paper_tally"

# CSV header names (German as the office writes them, English as the open data does) -> form field.
CSV_COLUMNS = {
    "titel": "title",
    "title": "title",
    "beschreibung": "body",
    "body": "body",
    "handlungsfeld": "action_field",
    "action_field": "action_field",
    "ortsbezirk": "district",
    "district": "district",
    "pseudonym": "contributor_name",
    "email": "contact_email",
    "e-mail": "contact_email",
    "einwilligung": "consent",
    "consent": "consent",
}
REQUIRED_FIELDS = ("title", "body", "action_field")
COLUMN_OF = {field: name for name, field in reversed(CSV_COLUMNS.items())}  # the German (first) name per field
YES = {"ja", "yes", "j", "y", "1", "x", "true", "wahr"}
MAX_CSV_BYTES = 2 * 1024 * 1024


@dataclass(frozen=True)
class RowError:
    line: int  # the line in the file (the header is line 1), or the row number in the form
    messages: list[str]


class RowsInvalid(ValidationError):
    """Some rows are invalid; nothing was saved."""

    def __init__(self, errors: list[RowError]):
        self.errors = errors
        super().__init__(
            [_("Line %(line)d: %(errors)s") % {"line": e.line, "errors": " ".join(e.messages)} for e in errors]
        )


def _check(user) -> None:
    if not can_moderate(user):
        raise PermissionDenied(_("Only the project office can enter input from events."))


class CsvRows(list):
    """(line number, form data) per data line, and ``columns``: each field's column as the file's header names it."""

    columns: dict[str, str]


def csv_rows(content: bytes) -> CsvRows:
    """The data lines of an uploaded CSV as (line number, form data); the header line names the columns."""
    if len(content) > MAX_CSV_BYTES:
        raise ValidationError(_("The file is larger than 2 MB."), code="too_large")
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError(_("The file is not UTF-8 text. Please save it as “CSV UTF-8”."), code="encoding") from exc
    try:
        dialect = csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=";,\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    header = next(reader, None)
    if not header:
        raise ValidationError(_("The file is empty."), code="empty")
    columns = [CSV_COLUMNS.get(name.strip().casefold()) for name in header]
    missing = [COLUMN_OF[field] for field in REQUIRED_FIELDS if field not in columns]
    if missing:
        # named as the upload's documented German header, "titel;beschreibung;handlungsfeld"
        raise ValidationError(
            _("The header line lacks these columns: %(columns)s.") % {"columns": ", ".join(missing)}, code="columns"
        )
    rows = CsvRows()
    rows.columns = {field: name.strip() for field, name in zip(columns, header, strict=False) if field}
    for cells in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        data = {field: cell.strip() for field, cell in zip(columns, cells, strict=False) if field}
        if "consent" in data:
            data["consent"] = data["consent"].casefold() in YES
        rows.append((line, data))
    if not rows:
        raise ValidationError(_("The file has a header line but no proposals."), code="no_rows")
    return rows


@transaction.atomic
def event_proposals_create(event: InputEvent, *, by, rows: list[tuple[int, dict]]) -> list[Proposal]:
    """Publish the rows as proposals of the event, all or none. Raises RowsInvalid naming every bad row, and in it
    every bad field by its column in the file (rows from csv_rows) or by its label (rows typed in the form)."""
    _check(by)
    forms = [(line, EventProposalRowForm(data)) for line, data in rows]
    columns = getattr(rows, "columns", {})

    def name(form, field):
        return columns.get(field) or (form.fields[field].label if field in form.fields else "")

    errors = [
        RowError(
            line, [f"{name(form, field)}: {msg}".lstrip(": ") for field, msgs in form.errors.items() for msg in msgs]
        )
        for line, form in forms
        if not form.is_valid()
    ]
    if errors:
        raise RowsInvalid(errors)
    now = timezone.now()
    created = []
    for _line, form in forms:
        data = form.cleaned_data
        proposal = Proposal.objects.create(
            title=data["title"],
            body=data["body"],
            action_field=data["action_field"],
            district=data["district"] or event.district,
            author=None,
            status=ProposalStatus.PUBLISHED,
            channel=event.kind,
            event=event,
            contributor_name=data["contributor_name"],
            contact_email=data["contact_email"] if data["consent"] else "",
            contact_consent_at=now if data["contact_email"] and data["consent"] else None,
        )
        proposal_search_update(proposal)
        proposal_triage(proposal)  # paper forms can carry phone numbers or plates too
        events.proposal_published.send(Proposal, proposal=proposal)
        created.append(proposal)
    log(event, EVENT_ENTRY, user=by, data={"proposals": [p.pk for p in created]})
    return created


@transaction.atomic
def paper_tally_record(proposal: Proposal, *, event: InputEvent, agree: int, disagree: int, by) -> PaperTally:
    """Record (or correct) the agree/disagree marks counted on paper at an event; kept apart from votes."""
    _check(by)
    if agree < 0 or disagree < 0:
        raise ValidationError(_("Counts cannot be negative."), code="negative")
    tally, _created = PaperTally.objects.update_or_create(
        proposal=proposal, event=event, defaults={"agree": agree, "disagree": disagree, "recorded_by": by}
    )
    log(proposal, PAPER_TALLY, user=by, data={"event": event.pk, "agree": agree, "disagree": disagree})
    return tally
