"""Search: German and English stems with umlaut/ß folding, the same on SQLite (default) and PostgreSQL (marked).

Every test here runs on both: by default on SQLite; with DATABASE_URL on PostgreSQL, where `postgres`-marked tests
also check the stored, GIN-indexed vector. The old substring search fails them ("Straße" never found "Strasse").
"""

import uuid

import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import reverse

from core.choices import ActionField
from participation import listing
from participation.models import Proposal
from participation.search import fold, query_terms, search_document
from participation.selectors import proposal_list
from participation.services import ProposalData, proposal_create, proposal_update, search_reindex
from tests.factories import ConfirmedUserFactory, ProposalFactory, ProposalPhaseFactory

pytestmark = pytest.mark.django_db

STRASSE = "Zebrastreifen an der Kölnischen Strasse"
STRASSE_ESZETT = "Tempo 30 in der Wilhelmshöher Straße"
RADWEG = "Ein Radweg für Wehlheiden"
GRUEN = "Grüne Dächer für Bushaltestellen"
BIKE = "Bike sharing stations near the university"


@pytest.fixture
def proposals():
    ProposalFactory(title=STRASSE, body="Die Kinder queren hier jeden Morgen auf dem Weg zur Schule.")
    ProposalFactory(title=STRASSE_ESZETT, body="Es ist zu laut und zu gefährlich für alle, die zu Fuß gehen.")
    ProposalFactory(title=RADWEG, body="Zwischen Bahnhof und Universität fehlt eine durchgehende Verbindung.")
    ProposalFactory(title=GRUEN, body="Bepflanzte Dächer kühlen im Sommer und halten Regenwasser zurück.")
    ProposalFactory(title=BIKE, body="A rental bike would help students who commute from the station.")


def found(query: str, **filters) -> set[str]:
    return {proposal.title for proposal in proposal_list(query=query, **filters)}


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        # ß and ss are one letter: each spelling finds both, and inflected forms find them too.
        ("Straße", {STRASSE, STRASSE_ESZETT}),
        ("Strasse", {STRASSE, STRASSE_ESZETT}),
        ("Straßen", {STRASSE, STRASSE_ESZETT}),
        # German stems: the plural finds the singular and back; a word's start finds its compounds.
        ("Radwege", {RADWEG}),
        ("radweg", {RADWEG}),
        ("Dach", {GRUEN}),
        # Umlauts: "ü", "ue" and a plain "u" are one letter (people without a German keyboard write "ue").
        ("Grün", {GRUEN}),
        ("gruen", {GRUEN}),
        ("Grun", {GRUEN}),
        ("Universitaet", {RADWEG}),
        # English stems: "bikes" finds "Bike", "station" finds "stations".
        ("bikes", {BIKE}),
        ("station", {BIKE}),
        ("Students commuting", {BIKE}),
        # Every word must match, in title or text; case and punctuation do not matter.
        ("STRASSE, Schule!", {STRASSE}),
        ("Radweg Bahnhof", {RADWEG}),
        ("Radweg Sommer", set()),
        # Stop words alone match nothing rather than everything.
        ("der die das", set()),
    ],
)
def test_search_folds_and_stems_german_and_english(proposals, query, titles):
    assert found(query) == titles


def test_search_keeps_the_other_filters(proposals):
    Proposal.objects.filter(title=STRASSE).update(action_field=ActionField.MOBILITY)

    assert found("Straße", action_field=ActionField.MOBILITY) == {STRASSE}


def test_best_matches_come_first_and_other_sorts_still_apply(proposals):
    in_text = ProposalFactory(title="Mehr Licht", body="Die Straße ist nachts dunkel.", agree_count=50)

    by_relevance = [p.title for p in proposal_list(query="Straße", sort="relevance")]
    by_votes = [p.title for p in proposal_list(query="Straße", sort="votes")]

    # A match in the title ranks above one in the text only; chosen sorts order the matches as they order lists.
    assert by_relevance[-1] == in_text.title
    assert set(by_relevance) == {STRASSE, STRASSE_ESZETT, in_text.title}
    assert by_votes[0] == in_text.title


def test_relevance_counts_the_query_words_in_the_title_then_takes_the_newest(proposals):
    body_only = ProposalFactory(title="Mehr Licht", body="Die Straße zur Schule ist nachts dunkel.")
    one_word = ProposalFactory(title="Schulweg sicher machen", body="An der Straße fehlt ein Zebrastreifen.")
    older_both = ProposalFactory(title="Straße vor der Schule beruhigen", body="Mit Blumenkübeln.")
    newer_both = ProposalFactory(title="Schule an der Straße", body="Tempo 30 bitte.")
    ProposalFactory(title="Straße ohne Gehweg", body="Nur Verkehr.")  # one word only: not found
    Proposal.objects.filter(pk=older_both.pk).update(created=older_both.created.replace(year=2020))

    ranked = proposal_list(query="Straße Schule", sort="relevance")
    titles = [proposal.title for proposal in ranked]

    # Both words in the title, newest first; then one word in the title; then both in the text only.
    assert titles == [newer_both.title, older_both.title, one_word.title, STRASSE, body_only.title]
    # Pages are slices of the same order, whichever level they start in.
    assert [proposal.title for proposal in ranked[1:4]] == titles[1:4]
    assert ranked[4].title == body_only.title
    assert ranked.count() == 5


def test_a_search_page_counts_up_to_the_cap_and_says_there_are_more(client, monkeypatch):
    monkeypatch.setattr(listing, "SEARCH_COUNT_CAP", 3)  # stands for 1,000 without writing a thousand rows
    for number in range(5):
        ProposalFactory(title=f"Radweg Nummer {number}")
    ProposalFactory(title="Sitzbänke am Königsplatz")

    searched = client.get(reverse("participation:proposal_list"), {"q": "Radwege"})
    listed = client.get(reverse("participation:proposal_list"))

    assert searched.context["page_obj"].paginator.count == 3
    assert "Mehr als 3 Vorschläge" in searched.content.decode()
    assert listed.context["page_obj"].paginator.count == 6  # a list without a search counts exactly
    assert "6 Vorschläge" in listed.content.decode()
    exact = client.get(reverse("participation:proposal_list"), {"q": "Sitzbank"})
    assert "1 Vorschlag" in exact.content.decode()
    assert "Mehr als" not in exact.content.decode()


def test_the_document_keeps_title_and_text_apart_and_uses_only_letters_and_digits():
    document = search_document("Grüße aus der Straße", "Tempo-30 <script>")

    assert document == " gruss strass | tempo 30 script "
    # Each stem once per part: matching needs no repeats, and a short vector stays in the table's row.
    assert search_document("Radweg, Radwege", "Radwege und Radweg") == " radweg | radweg "
    assert fold("ÄÖÜ ẞ é") == "aou ss e"
    assert query_terms("Bikes bikes BIKES") == [("bik", "bike")]


def test_the_service_writes_the_search_columns_when_a_proposal_is_made_and_edited():
    ProposalPhaseFactory()
    author = ConfirmedUserFactory()
    data = ProposalData(title="Mehr Trinkbrunnen", body="An heißen Tagen fehlt Wasser.", action_field="ecosystem")
    proposal, _created = proposal_create(author=author, data=data, submission_key=uuid.uuid4())
    assert found("Trinkbrunnen") == {"Mehr Trinkbrunnen"}

    proposal_update(proposal, user=author, data=ProposalData(**{**data.__dict__, "title": "Schattige Plätze"}))

    assert found("Trinkbrunnen") == set()
    assert found("Plaetze") == {"Schattige Plätze"}
    assert found("heiss") == {"Schattige Plätze"}


def test_reindex_fills_proposals_written_in_bulk_and_changes_nothing_when_repeated():
    ProposalFactory(title="Sitzbänke am Königsplatz")
    Proposal.objects.update(title="Sitzbänke an der Fulda", search_text="")  # a bulk write past the services
    assert found("Fulda") == set()

    assert search_reindex() == 1
    document = Proposal.objects.get().search_text
    assert search_reindex() == 1

    assert found("Fulda") == {"Sitzbänke an der Fulda"}
    assert Proposal.objects.get().search_text == document


@pytest.mark.postgres
def test_postgresql_keeps_a_weighted_vector_that_follows_edits(postgres, proposals):
    ProposalPhaseFactory()
    author = ConfirmedUserFactory()
    data = ProposalData(title="Bäume an der Straße", body="Schatten für alle.", action_field="ecosystem")
    proposal, _created = proposal_create(author=author, data=data, submission_key=uuid.uuid4())

    def vector() -> str:
        with connection.cursor() as cursor:
            cursor.execute("SELECT search_vector::text FROM participation_proposal WHERE id = %s", [proposal.pk])
            return cursor.fetchone()[0]

    # Title stems weigh A, text stems B; English stems stand beside German ones where they differ.
    assert vector() == "'all':5B 'baum':1A 'schatt':3B 'schatten':4B 'strass':2A"
    proposal_update(proposal, user=author, data=ProposalData(**{**data.__dict__, "body": "Kühle Luft im Sommer."}))

    assert vector() == "'baum':1A 'kuhl':3B 'luft':4B 'somm':5B 'sommer':6B 'strass':2A"
    assert found("Baume Strasse") == {"Bäume an der Straße"}
    with connection.cursor() as cursor:
        cursor.execute("SELECT search_title::text FROM participation_proposal WHERE id = %s", [proposal.pk])
        assert cursor.fetchone()[0] == "'baum':1 'strass':2"  # the title's stems alone, for relevance


@pytest.mark.postgres
@pytest.mark.parametrize(
    ("column", "index"), [("search_vector", "proposal_search_vector"), ("search_title", "proposal_search_title")]
)
def test_postgresql_indexes_the_vectors_of_visible_proposals_with_gin(postgres, column, index):
    # Whether the planner uses them depends on the rows' numbers; bench/search_speed.py shows it at 100,000.
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = %s", [index])
        definition = cursor.fetchone()[0]

    assert f"USING gin ({column}) WHERE" in definition
    assert "hidden_by_reports" in definition


def test_the_search_reindex_command_rebuilds_every_proposal(capsys):
    ProposalFactory(title="Trinkbrunnen")
    Proposal.objects.update(search_text="")

    call_command("search_reindex")

    assert "1 proposals" in capsys.readouterr().out
    assert found("Trinkbrunnen") == {"Trinkbrunnen"}
