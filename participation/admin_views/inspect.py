"""Readable values in the admin's detail views: local times, yes/no icons and "—" instead of raw Python values."""

from django.db import models
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.formats import date_format
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.admin.views.generic import InspectView

from ..models import Report


class ReadableValuesMixin:
    """Shows an empty value as "—", a boolean as Wagtail's yes/no icon and a time in the portal's time zone, as the
    listings do (Wagtail's inspect view would show "None", "False" and UTC)."""

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        if value is None or value == "":
            return "—"
        if isinstance(value, bool) or isinstance(field, models.BooleanField):
            return render_to_string("participation/admin/boolean_value.html", {"value": bool(value)})
        if isinstance(field, models.DateTimeField) and hasattr(value, "tzinfo"):
            return date_format(timezone.localtime(value), "DATETIME_FORMAT")
        return value


class ReportInspectView(ReadableValuesMixin, InspectView):
    """One report: what was reported, why, when (local time) and whether it is settled."""

    model = Report


class YesNoColumn(BooleanColumn):
    """Wagtail's tick/cross column, but telling screen readers "ja"/"nein" instead of "True"/"False"."""

    cell_template_name = "participation/admin/boolean_cell.html"
