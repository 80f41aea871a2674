"""What apps above accounts store about a person, for the export (DSGVO Art. 15 and 20) and the deletion.

Each app registers an exporter and an eraser in its AppConfig.ready(); accounts orchestrates both and knows no
other app's tables. An exporter returns top-level sections of the export ({"proposals": [...]}); an eraser
runs inside the deletion's transaction, before the user row goes, and removes or anonymises the app's data.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db import models
from django.db.models.fields.files import FieldFile


@dataclass(frozen=True)
class PersonalData:
    export: Callable[[Any], dict[str, Any]]
    erase: Callable[[Any], None]


_registry: dict[str, PersonalData] = {}


def personal_data_register(name: str, *, export: Callable[[Any], dict[str, Any]], erase: Callable[[Any], None]) -> None:
    """Register one app's exporter and eraser; registering a name again replaces them."""
    _registry[name] = PersonalData(export=export, erase=erase)


def personal_data_sources() -> dict[str, PersonalData]:
    """The registered exporters and erasers by name, in the order their apps registered them."""
    return dict(_registry)


def model_fields(instance: models.Model, *, exclude: tuple[str, ...] = ()) -> dict[str, Any]:
    """Every stored field of a row, for an export: a field added later is exported without a change there."""
    row = {}
    for field in instance._meta.concrete_fields:
        if field.name in exclude:
            continue
        value = field.value_from_object(instance)
        row[field.attname if field.is_relation else field.name] = value.name if isinstance(value, FieldFile) else value
    return row
