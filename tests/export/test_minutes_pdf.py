"""LibreOffice lays out the protocol and the notes: pages numbered, first page whole."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess

import pytest

from jamdesk.export.notes_export import build_notes
from jamdesk.export.protocol_export import ProtocolParagraph, build_protocol
from tests.export.test_notes_export import NOTES
from tests.export.test_notice_pdf import pdf_pages
from tests.export.test_protocol_export import PROTOCOL

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice (soffice) is not installed, so the page fields cannot be laid out",
)

LONG_SUMMARY = "Förvaltningen redogjorde för arbetet med jämställdhetsintegrering. " * 8


@pytest.fixture(scope="module")
def laid_out(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[list[str]]]:
    """Return the pages of a twelve-paragraph protocol and of the notes, as printed."""
    folder = tmp_path_factory.mktemp("pdf")
    protocol = dataclasses.replace(
        PROTOCOL,
        paragraphs=tuple(
            ProtocolParagraph(
                number,
                f"Återrapportering {number}",
                f"KS 2026/{number}",
                LONG_SUMMARY,
                "Delegationen godkänner redovisningen.",
                "Socialnämnden",
            )
            for number in range(12, 24)
        ),
    )
    build_protocol(protocol).save(folder / "protokoll.docx")
    build_notes(NOTES).save(folder / "anteckningar.docx")
    assert SOFFICE is not None
    profile = (folder / "profile").as_uri()
    convert = [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf"]
    documents = [str(folder / "protokoll.docx"), str(folder / "anteckningar.docx")]
    subprocess.run(
        [*convert, "--outdir", str(folder), *documents],
        capture_output=True,
        check=True,
        timeout=180,
    )
    return {
        name: pdf_pages((folder / f"{name}.pdf").read_bytes())
        for name in ("protokoll", "anteckningar")
    }


def numbered(pages: list[list[str]]) -> bool:
    """Return whether every page ends with “Sida N (M)”, counting all pages."""
    total = len(pages)
    return [page[-1] for page in pages] == [f"Sida {n} ({total})" for n in range(1, total + 1)]


def test_every_page_of_the_protocol_is_headed_and_numbered(
    laid_out: dict[str, list[list[str]]],
) -> None:
    pages = laid_out["protokoll"]

    assert len(pages) >= 3
    assert numbered(pages)
    assert all(
        page[:3]
        == [
            "Exempels kommunProtokoll",
            "Jämställdhetsdelegationen2026-11-23",
            "Dnr KS 2026/100",
        ]
        for page in pages
    )


def test_the_first_page_holds_attendance_and_signatures(
    laid_out: dict[str, list[list[str]]],
) -> None:
    first = laid_out["protokoll"][0]

    assert "Protokoll" in first
    assert any(line.startswith("Beslutande") for line in first)
    assert "Underskrifter" in first
    assert any(line.endswith("Paragrafer §§ 12–23") for line in first)


def test_the_notice_certificate_is_never_split(laid_out: dict[str, list[list[str]]]) -> None:
    pages = laid_out["protokoll"]
    (page,) = [page for page in pages if "ANSLAG/BEVIS" in page]

    assert any(line.startswith("Datum då anslaget tas ned") for line in page)
    assert any(line.startswith("Underskrift") for line in page)


def test_the_paragraphs_start_on_a_page_of_their_own(
    laid_out: dict[str, list[list[str]]],
) -> None:
    pages = laid_out["protokoll"]
    (start,) = [n for n, page in enumerate(pages) if any(line.startswith("§ 12") for line in page)]

    assert not any("ANSLAG/BEVIS" in page or "Underskrifter" in page for page in pages[start:])
    assert "ANSLAG/BEVIS" in pages[start - 1]
    headings = [line for page in pages[start:] for line in page if line.startswith("§ ")]
    assert [heading.split()[1] for heading in headings] == [str(n) for n in range(12, 24)]


def test_the_notes_are_numbered_and_end_with_the_secretary(
    laid_out: dict[str, list[list[str]]],
) -> None:
    pages = laid_out["anteckningar"]
    lines = [line for page in pages for line in page]

    assert numbered(pages)
    assert pages[0][3] == "Minnesanteckningar"
    assert lines.index("Frågor och svar") < lines.index("Åtaganden")
    assert lines.index("Åtaganden") < lines.index("Delegationen följer upp")
    assert "Vid anteckningarna: Sara Sekreterare" in pages[-1]
