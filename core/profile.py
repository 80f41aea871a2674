"""What apps above accounts add to the profile page, so accounts shows it without importing those apps.

An app registers in its AppConfig.ready(): a ProfileSection adds fields to the profile form (saving the profile
hands the section the cleaned values of its fields, in the same transaction as the account's own fields); a
ProfilePanel adds a read-only part below the form (its template gets the panel's data as `panel`).
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django import forms


@dataclass(frozen=True)
class ProfileSection:
    """One app's part of the profile form: its fields for a person, their initial values, and how to save them."""

    fields: Callable[[Any], dict[str, forms.Field]]
    initial: Callable[[Any], dict[str, Any]]
    # Called with the person and the cleaned values of the section's fields, inside the profile's transaction.
    save: Callable[[Any, dict[str, Any]], None]


_sections: dict[str, ProfileSection] = {}


def profile_section_register(name: str, section: ProfileSection) -> None:
    """Add a section to the profile form; registering a name again replaces its section."""
    _sections[name] = section


def profile_sections() -> dict[str, ProfileSection]:
    """The registered sections by name, in the order their apps registered them."""
    return dict(_sections)


@dataclass(frozen=True)
class ProfilePanel:
    """One app's read-only part of the profile page: a template and the data it shows for a person."""

    template: str
    data: Callable[[Any], dict[str, Any]]


_panels: dict[str, ProfilePanel] = {}


def profile_panel_register(name: str, panel: ProfilePanel) -> None:
    """Add a panel to the profile page; registering a name again replaces its panel."""
    _panels[name] = panel


def profile_panels(user) -> list[dict[str, Any]]:
    """Each registered panel's template and data for this person, in registration order."""
    return [{"template": panel.template, "data": panel.data(user)} for panel in _panels.values()]
