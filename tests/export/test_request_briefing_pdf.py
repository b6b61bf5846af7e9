"""LibreOffice lays out the letter and the briefing: pages numbered, headers and tables whole."""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess

import pytest

from jamdesk.export.briefing_export import FollowUpLine, build_briefing
from jamdesk.export.request_export import build_request
from tests.export.test_briefing_export import BRIEFING
from tests.export.test_notice_pdf import SOFFICE, pdf_pages
from tests.export.test_request_export import LETTER

pytestmark = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (soffice) is not installed, so nothing can be laid out"
)

LATE = tuple(
    FollowUpLine(
        dt.date(2025, 1, 1) + dt.timedelta(days=n),
        f"Åtagande {n}: redovisa könsuppdelad statistik över verksamheten",
        "Sven-Åke Öberg",
        dt.date(2025, 6, 1) + dt.timedelta(days=n),
        "Pågår",
        days_overdue=500 - n,
    )
    for n in range(70)
)


@pytest.fixture(scope="module")
def laid_out(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[list[str]]]:
    """Return the pages of the letter and of a long briefing as LibreOffice prints them."""
    folder = tmp_path_factory.mktemp("pdf")
    build_request(LETTER).save(folder / "brev.docx")
    build_briefing(dataclasses.replace(BRIEFING, overdue=LATE)).save(folder / "underlag.docx")
    assert SOFFICE is not None
    profile = (folder / "profile").as_uri()
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(folder), str(folder / "brev.docx"), str(folder / "underlag.docx")],
        capture_output=True,
        check=True,
        timeout=180,
    )  # fmt: skip
    return {name: pdf_pages((folder / f"{name}.pdf").read_bytes()) for name in ("brev", "underlag")}


def test_the_letter_fits_one_page_with_its_header(laid_out: dict[str, list[list[str]]]) -> None:
    (page,) = laid_out["brev"]

    assert page[:3] == [
        "Exempels kommunBegäran om återrapportering",
        "Jämställdhetsdelegationen2026-11-25",
        "Dnr KS 2026/123",
    ]
    assert page[-1] == "Sida 1 (1)"
    assert "Återrapporteringen ska lämnas senast fredag 29 januari 2027." in page
    assert "Linnéa Älmqvist" in page
    assert "Sara Sekreterare" in page


def test_a_long_briefing_is_numbered_headed_and_repeats_its_table_heading(
    laid_out: dict[str, list[list[str]]],
) -> None:
    pages = laid_out["underlag"]

    assert len(pages) >= 3
    assert [page[-1] for page in pages] == [
        f"Sida {number} ({len(pages)})" for number in range(1, len(pages) + 1)
    ]
    assert all(page[1] == "Jämställdhetsdelegationen2026-11-23" for page in pages)
    assert "Underlag inför dialog med socialnämnden" in pages[0]
    # The overdue table runs over the next page, its heading row on top again.
    assert "SenastFörsenadVadVemStatus" in pages[1]
    text = [line for page in pages for line in page]
    assert text.index("Försenat") < text.index("Obesvarade frågor")
    assert "Inget att följa upp." in text
