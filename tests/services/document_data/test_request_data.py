"""The reporting-request letter read from real stores: addressee, reference, signatures."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from jamdesk.domain.errors import NotFoundError
from jamdesk.export.request_export import Signatory
from jamdesk.services.document_data.request import read_request_letter
from jamdesk.services.example.municipality import Scale, write_example
from jamdesk.store.database import Database, open_database
from tests.services.document_data.test_briefing_data import Rows

TODAY = dt.date(2026, 11, 23)


@dataclass(frozen=True)
class Cast:
    board: int
    other_board: int
    chair: int
    manager: int
    member: int
    secretary: int


@pytest.fixture
def cast(db: Database) -> Cast:
    rows = Rows(db)
    rows.organisation()
    board_chair = rows.person("Anna Ählström", "Ordförande")
    manager = rows.person("Sven-Åke Öberg", "Socialchef, socialförvaltningen")
    member = rows.person("Lena Järvinen", kind="politician")
    secretary = rows.person(
        "Sara Sekreterare", "Nämndsekreterare", email="sara@exempel.se", phone="08-123 45"
    )
    chair = rows.person("Linnéa Älmqvist")
    former = rows.person("Gunnar Förre")
    rows.insert("delegation_membership", person_id=former, role="chair", term_from="2019-01-01",
                term_to="2022-12-31")  # fmt: skip
    rows.insert("delegation_membership", person_id=chair, role="chair", term_from="2023-01-01",
                term_to="2026-12-31")  # fmt: skip
    rows.insert("delegation_membership", person_id=member, role="member", term_from="2023-01-01")
    board = rows.board(
        "Socialnämnden",
        administration="Socialförvaltningen",
        chair_id=board_chair,
        manager_id=manager,
    )
    other = rows.board("Vård- och omsorgsnämnden")
    return Cast(board, other, chair, manager, member, secretary)


def _request(rows: Rows, board: int, **values: object) -> int:
    defaults: dict[str, object] = {
        "subject": "Könsuppdelad statistik över försörjningsstöd",
        "form": "statistics_by_sex",
        "form_details": "Per kön och ålder.",
        "due_on": "2027-01-31",
        "created_on": "2026-11-23",
    }
    return rows.insert("reporting_request", board_id=board, **(defaults | values))


def test_a_request_decided_in_a_paragraph_cites_date_paragraph_and_diary_number(
    db: Database, cast: Cast
) -> None:
    rows = Rows(db)
    meeting = rows.meeting("2026-11-23", "delegation_meeting", "held")
    minutes = rows.insert(
        "minutes",
        meeting_id=meeting,
        kind="protocol",
        body="Jämställdhetsdelegationen",
        secretary_id=cast.secretary,
    )
    paragraph = rows.insert(
        "minutes_paragraph",
        minutes_id=minutes,
        body="Jämställdhetsdelegationen",
        year=2026,
        number=14,
        heading="Begäran om återrapportering från socialnämnden",
        diary_number="KS 2026/123",
    )
    request = _request(
        rows,
        cast.board,
        meeting_id=meeting,
        paragraph_id=paragraph,
        status="sent",
        sent_on="2026-11-25",
        request_diary_number="KS 2026/130",
    )

    letter = read_request_letter(db.connection, request, dt.date(2026, 12, 1))

    assert (letter.organisation, letter.delegation, letter.board) == (
        "Exempels kommun",
        "Jämställdhetsdelegationen",
        "Socialnämnden",
    )
    assert letter.date == dt.date(2026, 11, 25)  # the day it was sent, not the day printed
    assert letter.diary_number == "KS 2026/130"
    assert letter.administration == "Socialförvaltningen"
    assert letter.attention == (
        "Anna Ählström, ordförande",
        "Sven-Åke Öberg, socialchef, socialförvaltningen",
    )
    assert (letter.form, letter.form_details) == ("Könsuppdelad statistik", "Per kön och ålder.")
    assert letter.due_on == dt.date(2027, 1, 31)
    assert letter.background == (
        "Beslutat av jämställdhetsdelegationen 2026-11-23, § 14, Dnr KS 2026/123.",
    )
    assert letter.signatories == (
        Signatory("Linnéa Älmqvist", "Ordförande"),
        Signatory("Sara Sekreterare", "Sekreterare", "sara@exempel.se, 08-123 45"),
    )
    assert letter.author == "Sara Sekreterare"


def test_a_request_from_a_dialogue_cites_the_question_and_the_commitment(
    db: Database, cast: Cast
) -> None:
    rows = Rows(db)
    dialogue = rows.meeting("2026-10-12", "budget_dialogue", "held", cast.other_board, cast.board)
    rows.insert("meeting_participant", meeting_id=dialogue, person_id=cast.secretary,
                role="secretary")  # fmt: skip
    question = rows.insert(
        "question",
        meeting_id=dialogue,
        board_id=cast.board,
        asked_by_id=cast.member,
        text="Hur fördelas försörjningsstödet mellan kvinnor och män?",
        answer="Det vet vi inte ännu.",
        status="needs_follow_up",
    )
    commitment = rows.insert(
        "commitment",
        board_id=cast.board,
        responsible_id=cast.manager,
        description="Ta fram statistiken",
        created_on="2026-10-12",
        due_on="2026-12-31",
        meeting_id=dialogue,
    )
    request = _request(
        rows, cast.board, meeting_id=dialogue, question_id=question, commitment_id=commitment
    )

    letter = read_request_letter(db.connection, request, TODAY)

    assert letter.date == TODAY  # a draft is dated the day it is printed
    assert letter.background == (
        "Begäran gjordes vid budgetdialogen med socialnämnden och vård- och omsorgsnämnden"
        " 2026-10-12.",
        "Vid mötet frågade Lena Järvinen: ”Hur fördelas försörjningsstödet mellan kvinnor och"
        " män?”",
        "Svaret som lämnades: ”Det vet vi inte ännu.”",
        "Åtagande som gjordes vid mötet: ”Ta fram statistiken”. Ansvarig: Sven-Åke Öberg."
        " Senast 2026-12-31.",
    )
    # No minutes: the secretary is whoever sat as secretary last.
    assert letter.signatories[-1].name == "Sara Sekreterare"


def test_a_question_from_an_earlier_meeting_says_which(db: Database, cast: Cast) -> None:
    rows = Rows(db)
    earlier = rows.meeting("2026-03-02", "check_in", "held", cast.board)
    later = rows.meeting("2026-11-01", "delegation_meeting", "held")
    question = rows.insert(
        "question", meeting_id=earlier, board_id=cast.board, text="Vilka mål har ni?"
    )
    request = _request(rows, cast.board, meeting_id=later, question_id=question)

    letter = read_request_letter(db.connection, request, TODAY)

    assert letter.background == (
        "Beslutat av jämställdhetsdelegationen 2026-11-01.",
        "Vid avstämningsmötet 2026-03-02 ställdes frågan: ”Vilka mål har ni?”",
    )


def test_a_point_in_a_dialogues_notes_is_no_decision(db: Database, cast: Cast) -> None:
    rows = Rows(db)
    dialogue = rows.meeting("2026-09-16", "results_seminar", "held", cast.board)
    notes = rows.insert("minutes", meeting_id=dialogue, kind="notes", body="Socialnämnden")
    point = rows.insert(
        "minutes_paragraph", minutes_id=notes, body="Socialnämnden", year=2026, number=3,
        heading="Uppföljning",
    )  # fmt: skip
    request = _request(rows, cast.board, paragraph_id=point)

    letter = read_request_letter(db.connection, request, TODAY)

    assert letter.background == (
        "Begäran gjordes vid resultatseminariet med socialnämnden 2026-09-16,"
        " punkt 3 i minnesanteckningarna.",
    )


def test_a_bare_request_has_no_background_and_no_one_to_sign(db: Database, cast: Cast) -> None:
    rows = Rows(db)
    untitled = rows.person("Per Utan Titel")
    board = rows.board("Valnämnden", manager_id=untitled)
    request = _request(rows, board, form="other", form_details="")

    # After the chair's term, before anyone sat as secretary.
    letter = read_request_letter(db.connection, request, dt.date(2027, 6, 1))

    assert letter.attention == ("Per Utan Titel, förvaltningschef",)
    assert letter.form == "Annat"
    assert letter.background == ()
    assert letter.signatories == ()
    assert letter.diary_number == ""


def test_a_missing_request_is_named_in_the_error(db: Database, cast: Cast) -> None:
    with pytest.raises(NotFoundError) as caught:
        read_request_letter(db.connection, 999, TODAY)

    assert caught.value.field == "request_id"
    assert "999" in caught.value.message


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("example") / "exempel.sqlite"
    write_example(path, scale=Scale.SMALL, seed=1, today=TODAY, force=False)
    database = open_database(path)
    yield database
    database.close()


def test_every_request_of_the_example_reads_as_a_letter(example: Database) -> None:
    conn = example.connection
    rows = conn.execute(
        "SELECT r.id, r.meeting_id, r.paragraph_id, r.sent_on, r.request_diary_number, b.name"
        " FROM reporting_request r JOIN board b ON b.id = r.board_id"
    ).fetchall()
    assert rows
    for request_id, meeting_id, paragraph_id, sent_on, diary_number, board in rows:
        letter = read_request_letter(conn, request_id, TODAY)

        assert letter.board == board
        assert letter.diary_number == diary_number
        assert letter.date == (dt.date.fromisoformat(sent_on) if sent_on else TODAY)
        assert letter.attention[0].endswith(", ordförande")
        assert [s.role for s in letter.signatories] == ["Ordförande", "Sekreterare"]
        # A request with no meeting (the example's drafts) has nothing to refer to.
        assert bool(letter.background) == (meeting_id is not None)
        if paragraph_id is not None:
            assert letter.background[0].startswith("Beslutat av jämställdhetsdelegationen ")
            assert ", § " in letter.background[0]
