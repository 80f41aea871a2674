"""Keys every app shares (action fields, districts), so no app depends on another's tables for them."""

from django.db import models


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
