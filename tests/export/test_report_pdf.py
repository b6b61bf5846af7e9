"""LibreOffice lays the follow-up report out: pages numbered, headings repeated, dates whole."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import subprocess

import pytest

from jamdesk.export.report_export import FollowUpReport, QuestionEntry, build_report
from tests.export.test_notice_pdf import SOFFICE, pdf_pages
from tests.export.test_report_export import GOAL_REPORT, NAMES, REPORT

pytestmark = pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice (soffice) is not installed, so the report cannot be laid out",
)

# A date cut at a hyphen, the rest on the next line: a column too narrow for it.
BROKEN_DATE = re.compile(r"\b\d{4}-(?!\d{2}-\d{2})")


def _long(report: FollowUpReport) -> FollowUpReport:
    """Return the report with a year of questions, enough for several pages."""
    questions = tuple(
        QuestionEntry(
            dt.date(2026, 1, 1) + dt.timedelta(days=3 * number),
            f"Fråga {number}: hur fördelas resurserna mellan kvinnor och män?",
            "Förvaltningen redovisar statistiken per kön vid nästa dialog." if number % 3 else "",
            "Besvarad" if number % 3 else "Obesvarad",
            asked_by="Åsa Lindström",
            addressed_to="Göran Öberg",
            board="Gymnasie- och vuxenutbildningsnämnden" if report.by_goal else "",
        )
        for number in range(1, 61)
    )
    return dataclasses.replace(report, questions=questions)


@pytest.fixture(scope="module")
def laid_out(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[list[str]]]:
    """Return the pages of the board report and the public goal report as printed."""
    folder = tmp_path_factory.mktemp("pdf")
    reports = {
        "intern": _long(REPORT),
        "offentlig": _long(dataclasses.replace(GOAL_REPORT, public=True)),
    }
    for name, report in reports.items():
        build_report(report).save(folder / f"{name}.docx")
    assert SOFFICE is not None
    profile = (folder / "profile").as_uri()
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(folder), *(str(folder / f"{name}.docx") for name in reports)],
        capture_output=True,
        check=True,
        timeout=180,
    )  # fmt: skip
    return {name: pdf_pages((folder / f"{name}.pdf").read_bytes()) for name in reports}


@pytest.mark.parametrize(
    ("name", "kind"),
    [("intern", "Uppföljningsrapport"), ("offentlig", "Uppföljningsrapport – offentlig version")],
)
def test_every_page_is_headed_and_numbered(
    laid_out: dict[str, list[list[str]]], name: str, kind: str
) -> None:
    pages = laid_out[name]

    assert len(pages) >= 3
    assert [page[-1] for page in pages] == [
        f"Sida {number} ({len(pages)})" for number in range(1, len(pages) + 1)
    ]
    assert all(page[:2] == [f"Exempels kommun{kind}", "Jämställdhetsdelegationen2026-11-23"]
               for page in pages)  # fmt: skip


def test_the_question_table_repeats_its_headings_on_every_page(
    laid_out: dict[str, list[list[str]]],
) -> None:
    pages = laid_out["intern"]
    headed = [
        number for number, page in enumerate(pages) if "DatumFrågaStälld avTillSvarStatus" in page
    ]

    assert len(headed) >= 2
    assert headed == list(range(headed[0], headed[-1] + 1))


def test_the_report_reads_in_swedish_on_paper(laid_out: dict[str, list[list[str]]]) -> None:
    lines = [line for page in laid_out["intern"] for line in page]

    assert "Uppföljningsrapport" in lines
    assert "Period1 januari 2026 – 31 december 2026" in lines
    assert "Försenat per 23 november 2026" in lines
    assert any(line.endswith("Ej besvarad") or "Ej besvarad" in line for line in lines)


@pytest.mark.parametrize("name", ["intern", "offentlig"])
def test_no_date_is_cut_in_two(laid_out: dict[str, list[list[str]]], name: str) -> None:
    lines = [line for page in laid_out[name] for line in page]

    assert sum("2026-" in line for line in lines) > 60
    assert not [line for line in lines if BROKEN_DATE.search(line)]


def test_the_printed_public_version_names_nobody(laid_out: dict[str, list[list[str]]]) -> None:
    text = "\n".join(line for page in laid_out["offentlig"] for line in page)

    assert "Gymnasie- och" in text
    assert [name for name in NAMES if name in text] == []
