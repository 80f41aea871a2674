"""A person's messages about barriers, found by the e-mail address they left for the answer."""

from core.personal_data import model_fields

from .models import BarrierReport


def _own(user):
    return BarrierReport.objects.filter(email__iexact=user.email) if user.email else BarrierReport.objects.none()


def personal_data_export(user) -> dict:
    return {"barrier_reports": [model_fields(report, exclude=("staff_note",)) for report in _own(user)]}


def personal_data_erase(user) -> None:
    """The message stays for the project office's work, without the address."""
    _own(user).update(email="")
