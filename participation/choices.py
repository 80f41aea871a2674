"""Keys shared by participation and strategy, so neither depends on the other's tables."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ActionField(models.TextChoices):
    """The five action fields (Handlungsfelder) of Kassel's Smart City strategy."""

    WELCOME = "welcome", "Smart Welcome City"
    CITIZEN = "citizen", "Smart City goes Citizen"
    ECOSYSTEM = "ecosystem", "Smart Ecosystem Services"
    H2QUARTERS = "h2quarters", "Smart H2Quarters"
    MOBILITY = "mobility", "Smart Safe Mobility"


class District(models.TextChoices):
    """Kassel's 23 districts (Ortsbezirke)."""

    MITTE = "mitte", "Mitte"
    SUEDSTADT = "suedstadt", "Südstadt"
    VORDERER_WESTEN = "vorderer-westen", "Vorderer Westen"
    WEHLHEIDEN = "wehlheiden", "Wehlheiden"
    BAD_WILHELMSHOEHE = "bad-wilhelmshoehe", "Bad Wilhelmshöhe"
    BRASSELSBERG = "brasselsberg", "Brasselsberg"
    SUESTERFELD_HELLEBOEHN = "suesterfeld-helleboehn", "Süsterfeld-Helleböhn"
    HARLESHAUSEN = "harleshausen", "Harleshausen"
    KIRCHDITMOLD = "kirchditmold", "Kirchditmold"
    ROTHENDITMOLD = "rothenditmold", "Rothenditmold"
    NORD_HOLLAND = "nord-holland", "Nord-Holland"
    PHILIPPINENHOF_WARTEBERG = "philippinenhof-warteberg", "Philippinenhof-Warteberg"
    FASANENHOF = "fasanenhof", "Fasanenhof"
    WESERTOR = "wesertor", "Wesertor"
    WOLFSANGER_HASENHECKE = "wolfsanger-hasenhecke", "Wolfsanger-Hasenhecke"
    BETTENHAUSEN = "bettenhausen", "Bettenhausen"
    FORSTFELD = "forstfeld", "Forstfeld"
    WALDAU = "waldau", "Waldau"
    NIEDERZWEHREN = "niederzwehren", "Niederzwehren"
    OBERZWEHREN = "oberzwehren", "Oberzwehren"
    NORDSHAUSEN = "nordshausen", "Nordshausen"
    JUNGFERNKOPF = "jungfernkopf", "Jungfernkopf"
    UNTERNEUSTADT = "unterneustadt", "Unterneustadt"


class ProposalStatus(models.TextChoices):
    SUBMITTED = "submitted", _("submitted")
    PUBLISHED = "published", _("published")
    HIDDEN = "hidden", _("hidden by moderation")
    UNDER_REVIEW = "under_review", _("under review")
    ACCEPTED = "accepted", _("accepted into the strategy")
    NOT_FEASIBLE = "not_feasible", _("not feasible")
    WITHDRAWN = "withdrawn", _("withdrawn by the author")
