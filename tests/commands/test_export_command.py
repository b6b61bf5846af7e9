"""`jamdesk export`: every document from the command line, and one clear line for bad input."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest

from jamdesk.app import main
from jamdesk.services.example.municipality import Scale, write_example

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def example_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("example") / "exempel.sqlite"
    write_example(path, scale=Scale.SMALL, seed=1, today=TODAY, force=False)
    return path


@pytest.fixture
def store(example_store: Path, tmp_path: Path) -> Iterator[Path]:
    """A private copy, so a test that writes cannot change another's store."""
    copy = tmp_path / "store.sqlite"
    shutil.copyfile(example_store, copy)
    yield copy


def one(store: Path, sql: str, *params: object) -> int:
    connection = sqlite3.connect(store)
    try:
        row = connection.execute(sql, params).fetchone()
    finally:
        connection.close()
    assert row is not None, sql
    return int(row[0])


def text_of(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        parts.extend(cell.text for row in table.rows for cell in row.cells)
    return "\n".join(parts)


def export(store: Path, *args: str) -> int:
    return main(["export", *args, "--db", str(store), "--today", TODAY.isoformat()])


def test_the_notice_of_a_meeting_is_written_to_the_file_named(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting = one(store, "SELECT min(meeting_id) FROM agenda_item")
    out = tmp_path / "kallelse.docx"

    assert export(store, "notice", "--meeting", str(meeting), "--out", str(out)) == 0

    stdout, stderr = capsys.readouterr()
    assert (stdout, stderr) == (f"{out}\n", "")
    assert "Föredragningslista" in text_of(out)


def test_into_a_folder_the_file_gets_its_registry_name(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    minutes_meeting = one(
        store, "SELECT meeting_id FROM minutes WHERE kind = 'protocol' AND adjusted = 1 LIMIT 1"
    )

    assert export(store, "minutes", "--meeting", str(minutes_meeting), "--out", str(tmp_path)) == 0

    written = Path(capsys.readouterr().out.strip())
    assert written.parent == tmp_path
    assert " Protokoll " in written.name and written.suffix == ".docx"
    assert "ANSLAG/BEVIS" in text_of(written)


@pytest.mark.parametrize(
    ("kind", "option", "sql", "expected"),
    [
        ("request", "--request", "SELECT min(id) FROM reporting_request", "återrapportering"),
        ("briefing", "--board", "SELECT min(id) FROM board", "Underlag inför dialog"),
        ("report", "--board", "SELECT min(id) FROM board", "Uppföljningsrapport"),
        ("report", "--goal", "SELECT min(id) FROM goal", "Uppföljningsrapport"),
    ],
)
def test_each_kind_exports_from_its_record(
    store: Path, tmp_path: Path, kind: str, option: str, sql: str, expected: str
) -> None:
    out = tmp_path / f"{kind}.docx"

    assert export(store, kind, option, str(one(store, sql)), "--out", str(out)) == 0

    assert expected in text_of(out)


def test_the_public_report_names_no_person(store: Path, tmp_path: Path) -> None:
    board = one(store, "SELECT board_id FROM question GROUP BY board_id ORDER BY count(*) DESC")
    out = tmp_path / "offentlig.docx"
    args = ("--board", str(board), "--from", "2017-01-01", "--to", "2026-11-23", "--public")

    assert export(store, "report", *args, "--out", str(out)) == 0

    text = text_of(out)
    connection = sqlite3.connect(store)
    names = [name for (name,) in connection.execute("SELECT name FROM person")]
    connection.close()
    assert "offentlig version" in text
    assert [name for name in names if name in text] == []


def test_the_registry_export_writes_the_minutes_and_the_requests_decided(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting = one(
        store,
        "SELECT m.meeting_id FROM minutes m JOIN minutes_paragraph p ON p.minutes_id = m.id"
        " JOIN reporting_request r ON r.paragraph_id = p.id LIMIT 1",
    )
    decided = one(
        store,
        "SELECT count(DISTINCT r.id) FROM reporting_request r"
        " LEFT JOIN minutes_paragraph p ON p.id = r.paragraph_id"
        " LEFT JOIN minutes m ON m.id = p.minutes_id WHERE r.meeting_id = ? OR m.meeting_id = ?",
        meeting,
        meeting,
    )
    minutes = one(store, "SELECT count(*) FROM minutes WHERE meeting_id = ?", meeting)

    assert export(store, "registry", "--meeting", str(meeting), "--out", str(tmp_path)) == 0

    written = [Path(line) for line in capsys.readouterr().out.splitlines()]
    assert len(written) == minutes + decided >= 2
    assert sorted(path.name for path in tmp_path.glob("*.docx")) == sorted(
        path.name for path in written
    )
    # Run again: the files are there, so nothing is replaced without --force.
    assert export(store, "registry", "--meeting", str(meeting), "--out", str(tmp_path)) == 2
    assert "--force" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("notice", "--request", "1"), "export notice needs --meeting ID"),
        (("notice", "--meeting", "1", "--board", "2"), "takes one of --meeting only"),
        (("briefing", "--board", "1", "--public"), "belong to export report"),
        (("notice", "--meeting", "999999"), "no meeting with id 999999"),
        (("request", "--request", "999999"), "999999"),
        (("briefing", "--board", "999999"), "999999"),
        (("report", "--board", "1", "--from", "2026-12-01", "--to", "2026-01-01"), "period"),
    ],
)
def test_bad_input_is_one_line_on_stderr_and_exit_two(
    store: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: tuple[str, ...],
    message: str,
) -> None:
    out = tmp_path / "x.docx"

    assert export(store, *args, "--out", str(out)) == 2

    stdout, stderr = capsys.readouterr()
    assert stdout == ""
    assert stderr.count("\n") == 1 and stderr.startswith("jamdesk: ")
    assert message.lower() in stderr.lower()
    assert not out.exists()


def test_a_meeting_without_minutes_says_to_draft_them(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting = one(
        store, "SELECT id FROM meeting WHERE id NOT IN (SELECT meeting_id FROM minutes) LIMIT 1"
    )

    assert export(store, "minutes", "--meeting", str(meeting), "--out", str(tmp_path)) == 2

    assert "no minutes yet" in capsys.readouterr().err
    assert list(tmp_path.glob("*.docx")) == []


def test_files_are_not_replaced_without_force(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting = one(store, "SELECT min(meeting_id) FROM agenda_item")
    out = tmp_path / "kallelse.docx"
    out.write_bytes(b"the secretary's own file")

    assert export(store, "notice", "--meeting", str(meeting), "--out", str(out)) == 2
    assert out.read_bytes() == b"the secretary's own file"
    assert "--force" in capsys.readouterr().err

    assert export(store, "notice", "--meeting", str(meeting), "--out", str(out), "--force") == 0
    assert "Föredragningslista" in text_of(out)


@pytest.mark.parametrize("name", ["kallelse.txt", "saknas/kallelse.docx"])
def test_an_unusable_output_path_is_refused(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    meeting = one(store, "SELECT min(meeting_id) FROM agenda_item")

    assert export(store, "notice", "--meeting", str(meeting), "--out", str(tmp_path / name)) == 2

    assert capsys.readouterr().err.count("\n") == 1
    assert list(tmp_path.rglob("*.docx")) == []


@pytest.mark.parametrize(
    ("file_name", "content", "message"),
    [
        ("mall.docm", b"PK", "macros"),
        ("mall.dotx", b"not a zip file", "not a Word document"),
        ("saknas.dotx", None, "does not exist"),
    ],
)
def test_an_unusable_template_is_refused_before_anything_is_written(
    store: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    file_name: str,
    content: bytes | None,
    message: str,
) -> None:
    template = tmp_path / file_name
    if content is not None:
        template.write_bytes(content)
    out = tmp_path / "kallelse.docx"
    meeting = one(store, "SELECT min(meeting_id) FROM agenda_item")

    args = ("--meeting", str(meeting), "--template", str(template), "--out", str(out))
    assert export(store, "notice", *args) == 2

    assert message in capsys.readouterr().err
    assert not out.exists()


def test_a_template_without_styles_still_exports(store: Path, tmp_path: Path) -> None:
    bare = docx.Document()
    for style in list(bare.styles):
        bare.styles.element.remove(style.element)
    template = tmp_path / "utan stilar.dotx"
    bare.save(str(template))
    out = tmp_path / "kallelse.docx"
    meeting = one(store, "SELECT min(meeting_id) FROM agenda_item")

    args = ("--meeting", str(meeting), "--template", str(template), "--out", str(out))
    assert export(store, "notice", *args) == 0
    assert "Föredragningslista" in text_of(out)


def test_a_missing_store_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "saknas.sqlite"
    args = ["export", "notice", "--meeting", "1", "--db", str(missing), "--out", str(tmp_path)]

    assert main(args) == 2

    assert capsys.readouterr().err.count("\n") == 1
    assert not missing.exists()
