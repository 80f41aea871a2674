"""Small participation input for the synthesis tests: three clear themes in one action field, a few voters."""

import random

from participation.choices import ProposalStatus
from tests.factories import CommentFactory, ProposalFactory, UserFactory, VoteFactory

FIELD = "ecosystem"
AUTHOR_NAMES = ["Henriette Quastenberg", "Baldur Zwiebelmann"]
HIDDEN_TEXT = "Geheimer Vorschlag über Zeppelinlandeplätze"
THEMES = {
    "Trinkbrunnen": (
        [
            "Trinkbrunnen in der Innenstadt aufstellen",
            "Mehr Trinkbrunnen an heißen Tagen",
            "Öffentliche Trinkbrunnen am Königsplatz",
            "Trinkwasserbrunnen in Parks",
        ],
        "Im Sommer wird es in der Innenstadt sehr heiß. Trinkbrunnen geben allen Menschen kostenlos frisches "
        "Wasser. Die Stadt sollte an belebten Plätzen Trinkbrunnen aufstellen.",
    ),
    "Bäume": (
        [
            "Straßenbäume mit Sensoren bewässern",
            "Bodenfeuchte-Sensoren für Stadtbäume",
            "Sensoren melden durstige Bäume",
            "Baumbewässerung nach Sensordaten",
        ],
        "Viele junge Straßenbäume vertrocknen im Sommer. Sensoren im Boden messen die Feuchte und melden, welcher "
        "Baum Wasser braucht. So wird nur gegossen, wo es nötig ist.",
    ),
    "Müll": (
        [
            "Smarte Mülleimer mit Füllstandsmelder",
            "Füllstandssensoren für öffentliche Mülleimer",
            "Mülleimer melden wenn sie voll sind",
            "Abfallbehälter mit Sensoren leeren",
        ],
        "Öffentliche Mülleimer quellen am Wochenende über. Sensoren messen den Füllstand und melden volle "
        "Behälter. Die Stadtreinigung kann ihre Touren danach planen.",
    ),
}


def make_input(*, voters: int = 8) -> list:
    """Twelve proposals in three themes by two named citizens, votes, a comment, and a hidden proposal."""
    authors = [UserFactory(display_name=name) for name in AUTHOR_NAMES]
    proposals = []
    for titles, body in THEMES.values():
        for number, title in enumerate(titles):
            proposals.append(
                ProposalFactory(
                    title=title,
                    body=f"{body} Variante {number}.",
                    action_field=FIELD,
                    district="mitte",
                    author=authors[number % 2],
                )
            )
    hidden = ProposalFactory(
        title=HIDDEN_TEXT, body=f"{HIDDEN_TEXT}. Sensoren messen den Füllstand.", action_field=FIELD
    )
    ProposalFactory(title="Vorschlag im Entwurf", body=HIDDEN_TEXT, action_field=FIELD, status=ProposalStatus.HIDDEN)
    hidden.hidden_by_reports = True
    hidden.save()
    people = [UserFactory() for _ in range(voters)]
    rng = random.Random(7)  # noqa: S311 - test data, deterministic on purpose
    for proposal in [*proposals, hidden]:
        for person in people:
            if rng.random() < 0.7:
                VoteFactory(proposal=proposal, voter=person, value=rng.choice([1, 1, 1, -1, 0]))
    CommentFactory(proposal=proposals[0], author=authors[0], body="Gute Idee, das fehlt in Kassel.")
    return proposals


def add_theme(offset: int = 0) -> list:
    """A fourth theme, as new input arriving after a run."""
    body = (
        "Auf den Spielplätzen fehlt im Sommer Schatten. Sonnensegel über Sandkästen schützen die Kinder. "
        "Die Stadt sollte Sonnensegel auf allen Spielplätzen anbringen."
    )
    titles = ["Sonnensegel für Spielplätze", "Schatten über Sandkästen", "Spielplätze mit Sonnenschutz"]
    return [
        ProposalFactory(title=t, body=f"{body} Teil {n + offset}.", action_field=FIELD) for n, t in enumerate(titles)
    ]
