"""The file formats of open data: CSV, JSON and GeoJSON, streamed, with the licence in every JSON document.

No domain knowledge here: callers pass columns and records (plain dicts of JSON types).
"""

import csv
import datetime
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from django.http import StreamingHttpResponse
from django.utils import timezone

from .licence import license_info

# Spreadsheets run a cell starting with one of these as a formula (CSV injection); see csv_cell().
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# Where a spreadsheet may start a cell inside our text: German Excel splits a .csv at semicolons, others at
# tabs, and a line break inside a quoted field starts a row for a reader that misses the quotes. A formula
# character after one of these (spaces between) gets an apostrophe in front, like one at the start.
_CELL_START_FORMULA = re.compile(r"([,;\t\r\n][ ]*)(?=[=+\-@])")
# Records per chunk of a streamed download: few, large writes without holding the whole file.
CHUNK = 500


@dataclass(frozen=True)
class Column:
    """One field of a dataset, as the files, the API and the "Offene Daten" page describe it."""

    name: str
    kind: str
    description: str


def iso_datetime(value) -> str | None:
    """A moment as ISO 8601 in UTC, to the second."""
    if value is None:
        return None
    return value.astimezone(datetime.UTC).replace(microsecond=0).isoformat()


def csv_cell(value) -> str:
    """A value as CSV text; text that a spreadsheet would run as a formula gets an apostrophe in front.

    Guarded are the start and every place where a reader splitting at comma, semicolon or tab, or at a line
    break, would start a cell, so the text stays text whichever separator the spreadsheet guesses.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        value = " ".join(str(item) for item in value)
    if not isinstance(value, str):
        return str(value)
    value = _CELL_START_FORMULA.sub(r"\1'", value)
    if value.lstrip(" ").startswith(FORMULA_PREFIXES):
        return f"'{value}"
    return value


def _chunked(parts: Iterable[str]) -> Iterator[str]:
    batch = []
    for part in parts:
        batch.append(part)
        if len(batch) >= CHUNK:
            yield "".join(batch)
            batch = []
    if batch:
        yield "".join(batch)


class _Echo:
    """A file-like object for csv.writer that hands each row back instead of storing it."""

    def write(self, value: str) -> str:
        return value


def _csv_lines(columns: Sequence[Column], records: Iterable[dict]) -> Iterator[str]:
    writer = csv.writer(_Echo())
    names = [column.name for column in columns]
    yield writer.writerow(names)
    for record in records:
        yield writer.writerow([csv_cell(record.get(name)) for name in names])


def _json_parts(head: dict, key: str, records: Iterable[dict]) -> Iterator[str]:
    # The head's keys, then the records one by one, so a large table never sits in memory as a whole.
    yield json.dumps(head, ensure_ascii=False)[:-1] + f', "{key}": ['
    for number, record in enumerate(records):
        yield ("," if number else "") + "\n" + json.dumps(record, ensure_ascii=False)
    yield "\n]}\n"


def _download(parts: Iterable[str], *, content_type: str, filename: str) -> StreamingHttpResponse:
    response = StreamingHttpResponse(_chunked(parts), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


CSV_TYPE = "text/csv; charset=utf-8; header=present"


def csv_text(columns: Sequence[Column], records: Iterable[dict]) -> Iterator[str]:
    """A CSV file's text in chunks of rows, for a file built in the background (opendata.exports)."""
    return _chunked(_csv_lines(columns, records))


def csv_download(columns: Sequence[Column], records: Iterable[dict], *, filename: str) -> StreamingHttpResponse:
    """A streamed CSV file (UTF-8, comma, RFC 4180) with a header row; the licence goes in the Link header."""
    return _download(_csv_lines(columns, records), content_type=CSV_TYPE, filename=filename)


def json_download(records: Iterable[dict], *, filename: str) -> StreamingHttpResponse:
    """A streamed JSON file: {"license": …, "generated": …, "results": [records]}."""
    head = {"license": license_info(), "generated": iso_datetime(timezone.now())}
    return _download(
        _json_parts(head, "results", records), content_type="application/json; charset=utf-8", filename=filename
    )


def geojson_download(features: Iterable[dict], *, filename: str) -> StreamingHttpResponse:
    """A streamed GeoJSON FeatureCollection (RFC 7946); the licence is a foreign member beside the features."""
    head = {"type": "FeatureCollection", "license": license_info(), "generated": iso_datetime(timezone.now())}
    return _download(
        _json_parts(head, "features", features), content_type="application/geo+json; charset=utf-8", filename=filename
    )


def point_feature(record: dict, *, longitude: float, latitude: float) -> dict:
    """A GeoJSON Point feature: coordinates are [longitude, latitude] (RFC 7946), the record its properties."""
    return {
        "type": "Feature",
        "id": record["id"],
        "geometry": {"type": "Point", "coordinates": [longitude, latitude]},
        "properties": record,
    }
