"""Full-text search: Swedish words, typed syntax, grouping, and an index that follows changes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from jamdesk.domain.meetings import MeetingKind
from jamdesk.domain.questions import Question
from jamdesk.services.questions import QuestionService
from jamdesk.store import search as search_module
from jamdesk.store.database import Database, open_database
from jamdesk.store.search import SearchGroup, SearchHit, SearchKind, match_expression, search
from jamdesk.store.undo import UndoLog
from tests.store.test_follow_up_store import Seed, seed_follow_up

ASKED_ON = dt.date(2026, 3, 10)


@dataclass(frozen=True)
class Records:
    """Ids of the searchable records the tests add to the follow-up seed."""

    seed: Seed
    question: int  # "Hur många kvinnor och män får hemtjänst?"
    request: int  # "Könsuppdelad statistik över hemtjänsten", dnr KS 2026/123
    commitment: int  # "Ta fram en plan för jämställd hemtjänst"
    need: int
    review: int


@pytest.fixture
def records(db: Database) -> Records:
    """Return the searchable records, in the test's own store ``db``."""
    return add_records(db)


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, Records]]:
    """Return one store with the searchable records for the tests that only read."""
    database = open_database(tmp_path_factory.mktemp("search") / "store.sqlite")
    yield database, add_records(database)
    database.close()


def add_records(db: Database) -> Records:
    """Add a question, a request, a commitment, a need and a review to the follow-up seed."""
    seed = seed_follow_up(db)
    question = QuestionService(db).record(
        Question(
            meeting_id=seed.dialogue,
            board_id=seed.social,
            text="Hur många kvinnor och män får hemtjänst?",
        ),
        on=ASKED_ON,
    )
    assert question.value.id is not None
    with db.transaction() as conn:

        def insert(sql: str, *params: object) -> int:
            rowid = conn.execute(sql, params).lastrowid
            assert rowid is not None
            return rowid

        request = insert(
            "INSERT INTO reporting_request (board_id, subject, form, due_on, created_on,"
            " request_diary_number) VALUES (?, ?, 'statistics_by_sex', '2026-06-30',"
            " '2026-03-10', 'KS 2026/123')",
            seed.social,
            "Könsuppdelad statistik över hemtjänsten",
        )
        commitment = insert(
            "INSERT INTO commitment (board_id, description, responsible, created_on, meeting_id)"
            " VALUES (?, ?, ?, '2026-03-10', ?)",
            seed.social,
            "Ta fram en plan för jämställd hemtjänst",
            "Göran Öberg",
            seed.dialogue,
        )
        need = insert(
            "INSERT INTO development_need (description, identified_on, board_id, note)"
            " VALUES (?, '2026-04-15', ?, ?)",
            "Skolans resultat redovisas inte per kön",
            seed.school,
            "Tas upp vid resultatseminariet",
        )
        review = insert(
            "INSERT INTO document_review (board_id, document_title, document_kind, reviewed_on,"
            " findings) VALUES (?, 'Verksamhetsplan 2027', 'business_plan', '2026-05-02', ?)",
            seed.social,
            "Planen saknar mål för <jämställd> hemtjänst & omsorg.",
        )
    return Records(seed, question.value.id, request, commitment, need, review)


def found(db: Database, text: str) -> dict[SearchKind, list[int]]:
    """Return the ids found for ``text``, by kind."""
    return {group.kind: [hit.id for hit in group.hits] for group in search(db.connection, text)}


def only_hit(db: Database, text: str, kind: SearchKind) -> SearchHit:
    groups = [group for group in search(db.connection, text) if group.kind is kind]
    assert len(groups) == 1 and len(groups[0].hits) == 1
    return groups[0].hits[0]


# -- Swedish words -------------------------------------------------------------


def test_a_word_begun_finds_the_swedish_compound(shared: tuple[Database, Records]) -> None:
    db, records = shared
    assert found(db, "köns") == {SearchKind.REQUEST: [records.request]}
    assert found(db, "stat") == {SearchKind.REQUEST: [records.request]}


def test_capitals_find_lower_case_swedish_letters(shared: tuple[Database, Records]) -> None:
    db, records = shared
    assert found(db, "ÅTERRAPP") == {SearchKind.PARAGRAPH: [records.seed.paragraph]}
    assert found(db, "återrapp") == found(db, "ÅTERRAPP")
    assert found(db, "KÖNSUPPDELAD STATISTIK") == {SearchKind.REQUEST: [records.request]}


def test_a_ring_and_dots_are_letters_of_their_own(shared: tuple[Database, Records]) -> None:
    db, records = shared
    assert found(db, "Åsa") == {SearchKind.PERSON: [records.seed.member]}
    assert found(db, "Asa") == {}
    assert found(db, "öberg")[SearchKind.PERSON] == [records.seed.manager]
    assert found(db, "oberg") == {}
    assert found(db, "kon") == {}  # "kön" is not "kon"


def test_every_word_is_required(shared: tuple[Database, Records]) -> None:
    db, records = shared
    assert found(db, "hemtjänst kvinnor") == {SearchKind.QUESTION: [records.question]}
    assert found(db, "hemtjänst skola") == {}


def test_a_diary_number_is_found_as_it_is_typed(shared: tuple[Database, Records]) -> None:
    db, records = shared
    for typed in ("KS 2026", "KS 2026/1", "ks 2026/12", "2026/123"):
        assert found(db, typed) == {SearchKind.REQUEST: [records.request]}, typed
    assert found(db, "KS 2026/124") == {}


# -- what the user types is text, never syntax ----------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        '"köns',
        'köns"',
        '"köns"',
        "köns*",
        "*köns",
        "-köns",
        "^köns",
        "(köns)",
        "köns:",
        "köns -statistik",
        "köns + statistik",
        "statistik: köns",
        "'köns'",
        "köns\\",
    ],
)
def test_syntax_characters_around_words_are_plain_text(
    shared: tuple[Database, Records], typed: str
) -> None:
    db, records = shared
    assert found(db, typed) == {SearchKind.REQUEST: [records.request]}


@pytest.mark.parametrize(
    "typed",
    ["köns OR zzzz", "köns NOT statistik", "NEAR(köns zzzz)", "köns AND", "title:köns"],
)
def test_operators_typed_are_words_that_must_be_found_too(
    shared: tuple[Database, Records], typed: str
) -> None:
    db = shared[0]
    # As FTS5 syntax each would find the request (or raise); as words they find nothing.
    assert found(db, typed) == {}


@pytest.mark.parametrize("typed", ["", "   ", "\t\n", '"', "*", "-", "()", "^", ":", '""*', "…"])
def test_empty_or_syntax_only_input_finds_nothing(
    shared: tuple[Database, Records], typed: str
) -> None:
    db = shared[0]
    assert search(db.connection, typed) == []
    assert match_expression(typed) is None


def test_the_query_quotes_each_word_and_matches_its_beginning() -> None:
    assert match_expression('  Köns"uppdelad  NEAR  (3R) ') == '"Köns uppdelad"* "NEAR"* "3R"*'
    # One character on its own is matched whole: the index keeps no one-letter prefixes.
    assert match_expression("a kassa §") == '"a" "kassa"*'


# -- groups, counts, hits -----------------------------------------------------------------


def test_hits_are_grouped_by_kind_in_a_fixed_order(shared: tuple[Database, Records]) -> None:
    db = shared[0]
    groups = search(db.connection, "hemtjänst")

    assert [group.kind for group in groups] == [
        SearchKind.AGENDA_ITEM,  # "Frågor om hemtjänsten"
        SearchKind.QUESTION,
        SearchKind.COMMITMENT,
        SearchKind.REQUEST,
        SearchKind.PARAGRAPH,  # "Återrapportering om hemtjänst"
        SearchKind.REVIEW,  # in the findings
    ]
    assert all(group.count == len(group.hits) == 1 for group in groups)


def test_a_group_counts_every_hit_and_shows_the_best(db: Database, records: Records) -> None:
    with db.transaction() as conn:
        for number in range(30):
            conn.execute(
                "INSERT INTO question (meeting_id, board_id, text) VALUES (?, ?, ?)",
                (
                    records.seed.dialogue,
                    records.seed.social,
                    f"Fråga {number} om hur nämnden följer upp hemtjänsten under året",
                ),
            )
        # The shortest text holding the word ranks first.
        best = conn.execute(
            "INSERT INTO question (meeting_id, board_id, text) VALUES (?, ?, 'Hemtjänsten?')",
            (records.seed.dialogue, records.seed.social),
        ).lastrowid

    questions = _group(search(db.connection, "hemtjänst"), SearchKind.QUESTION)
    assert questions.count == 32
    assert len(questions.hits) == 20
    assert questions.hits[0].id == best
    fewer = _group(search(db.connection, "hemtjänst", limit_per_kind=5), SearchKind.QUESTION)
    assert fewer.count == 32 and len(fewer.hits) == 5


def test_only_the_newest_matches_are_ranked_but_all_are_counted(
    db: Database, records: Records, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_module, "RANKED_PER_KIND", 3)
    # The older questions are shorter, so bm25 over every match would prefer them.
    texts = ["Budgeten?"] * 3 + [
        f"Hur följer nämnden upp budgeten för år {n}?" for n in (24, 25, 26)
    ]
    with db.transaction() as conn:
        ids = [
            conn.execute(
                "INSERT INTO question (meeting_id, board_id, text) VALUES (?, ?, ?)",
                (records.seed.dialogue, records.seed.social, text),
            ).lastrowid
            for text in texts
        ]

    questions = _group(search(db.connection, "budget", limit_per_kind=2), SearchKind.QUESTION)

    assert questions.count == 6
    assert len(questions.hits) == 2
    assert {hit.id for hit in questions.hits} <= set(ids[3:])
    # Asked for more hits than are ranked, all of them are.
    assert len(_group(search(db.connection, "budget"), SearchKind.QUESTION).hits) == 6


def test_a_hit_shows_its_title_and_snippet_escaped_with_the_words_in_bold(
    shared: tuple[Database, Records],
) -> None:
    db = shared[0]
    hit = only_hit(db, "omsorg", SearchKind.REVIEW)

    assert hit.title == "Verksamhetsplan 2027"
    assert hit.title_html == "Verksamhetsplan 2027"
    assert hit.snippet == "Planen saknar mål för &lt;jämställd&gt; hemtjänst &amp; <b>omsorg</b>."
    titled = only_hit(db, "köns stat", SearchKind.REQUEST)
    assert titled.title_html == "<b>Könsuppdelad</b> <b>statistik</b> över hemtjänsten"


def test_a_hit_names_its_meeting_date_and_board(shared: tuple[Database, Records]) -> None:
    db, records = shared
    question = only_hit(db, "kvinnor", SearchKind.QUESTION)
    assert (question.date, question.board) == (ASKED_ON, "Socialnämnden")
    assert question.meeting_kind is MeetingKind.BUDGET_DIALOGUE
    assert question.parent_id == records.seed.dialogue

    paragraph = only_hit(db, "återrapportering", SearchKind.PARAGRAPH)
    assert (paragraph.number, paragraph.date) == (12, ASKED_ON)
    assert paragraph.board == "Jämställdhetsdelegationen"
    minutes = db.execute(
        "SELECT minutes_id FROM minutes_paragraph WHERE id = ?", (records.seed.paragraph,)
    ).fetchone()[0]
    assert paragraph.parent_id == minutes

    need = only_hit(db, "skolans", SearchKind.NEED)
    assert (need.date, need.board) == (dt.date(2026, 4, 15), "Barn- och utbildningsnämnden")
    item = only_hit(db, "skolresultat", SearchKind.AGENDA_ITEM)
    assert (item.date, item.board) == (dt.date(2026, 4, 15), "Barn- och utbildningsnämnden")
    person = only_hit(db, "socialchef", SearchKind.PERSON)
    assert (person.title, person.board) == ("Göran Öberg", "Socialnämnden")


# -- the index follows every change -----------------------------------------------------


def test_an_answer_is_found_as_soon_as_it_is_recorded(db: Database, records: Records) -> None:
    assert found(db, "hemtjänstpeng") == {}

    QuestionService(db).answer(
        records.question, "Andelen kvinnor med hemtjänstpeng är 64 procent.", ASKED_ON
    )

    hit = only_hit(db, "hemtjänstpeng", SearchKind.QUESTION)
    assert hit.id == records.question
    assert "<b>hemtjänstpeng</b>" in hit.snippet


def test_an_undone_answer_is_no_longer_found_and_a_redone_one_is(
    db: Database, records: Records
) -> None:
    log = UndoLog(db)
    mark = log.mark()
    QuestionService(db).answer(records.question, "Svaret nämner lönekartläggningen.", ASKED_ON)
    step = log.step_since(mark)
    assert step is not None
    assert found(db, "lönekartl") == {SearchKind.QUESTION: [records.question]}

    redo = log.replay(step)

    assert found(db, "lönekartl") == {}
    assert found(db, "kvinnor") == {SearchKind.QUESTION: [records.question]}
    log.replay(redo)
    assert found(db, "lönekartl") == {SearchKind.QUESTION: [records.question]}


def test_deleted_records_vanish(db: Database, records: Records) -> None:
    QuestionService(db).delete(records.question)
    with db.transaction() as conn:
        conn.execute("DELETE FROM development_need")
        conn.execute("DELETE FROM meeting WHERE id = ?", (records.seed.seminar,))

    assert found(db, "kvinnor") == {}
    assert found(db, "skolans") == {}
    # The seminar's agenda item went with the meeting, by cascade.
    assert found(db, "skolresultat") == {}


def _group(groups: list[SearchGroup], kind: SearchKind) -> SearchGroup:
    return next(group for group in groups if group.kind is kind)
