"""LibreOffice lays the notice out: the page fields count the pages, the header repeats."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import zlib
from collections import defaultdict

import pytest

from jamdesk.export.notice_export import AgendaEntry, build_notice
from tests.export.test_notice_export import NOTICE

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice (soffice) is not installed, so the page fields cannot be laid out;"
    " CI installs it in a later issue",
)


def _objects(pdf: bytes) -> dict[int, tuple[bytes, bytes]]:
    """Return each object's dictionary and its (inflated) stream, by object number."""
    objects = {}
    for match in re.finditer(rb"(\d+) 0 obj(.*?)endobj", pdf, re.S):
        head, _, rest = match.group(2).partition(b"stream")
        stream = rest.lstrip(b"\r\n").rsplit(b"endstream", 1)[0]
        if b"FlateDecode" in head:
            stream = zlib.decompressobj().decompress(stream)
        objects[int(match.group(1))] = (head, stream)
    return objects


def _to_unicode(cmap: bytes) -> dict[bytes, str]:
    """Return the character codes a ToUnicode CMap maps (bfchar and simple bfrange)."""
    mapping: dict[bytes, str] = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        for code, text in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            mapping[bytes.fromhex(code.decode())] = bytes.fromhex(text.decode()).decode("utf-16-be")
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        for low, high, text in re.findall(rb"<(\w+)>\s*<(\w+)>\s*<(\w+)>", block):
            first = ord(bytes.fromhex(text.decode()).decode("utf-16-be"))
            for offset, code in enumerate(range(int(low, 16), int(high, 16) + 1)):
                mapping[code.to_bytes(len(low) // 2, "big")] = chr(first + offset)
    return mapping


def pdf_pages(pdf: bytes) -> list[list[str]]:
    """Return the text lines of each page of a PDF LibreOffice wrote, top to bottom."""
    # Just enough of PDF for LibreOffice's output: one-byte codes of subset TrueType fonts
    # with ToUnicode maps, each piece of text in its own BT … Td … ET block.
    objects = _objects(pdf)
    maps = {
        number: _to_unicode(objects[int(found.group(1))][1])
        for number, (head, _) in objects.items()
        if (found := re.search(rb"/ToUnicode (\d+) 0 R", head))
    }
    fonts = {
        name: maps[int(number)]
        for head, _ in objects.values()
        for name, number in re.findall(rb"/(F\d+) (\d+) 0 R", head)
        if int(number) in maps
    }
    kids = re.search(rb"/Type/Pages.*?/Kids\[([^\]]*)\]", pdf, re.S)
    assert kids is not None
    pages = []
    for page in re.findall(rb"(\d+) 0 R", kids.group(1)):
        contents = re.search(rb"/Contents (\d+) 0 R", objects[int(page)][0])
        assert contents is not None
        lines: dict[float, list[tuple[float, str]]] = defaultdict(list)
        for block in re.findall(rb"BT(.*?)ET", objects[int(contents.group(1))][1], re.S):
            where = re.search(rb"([-\d.]+) ([-\d.]+) Td", block)
            font = re.search(rb"/(F\d+) [\d.]+ Tf", block)
            assert where is not None and font is not None
            codes = b"".join(bytes.fromhex(h.decode()) for h in re.findall(rb"<(\w*)>", block))
            text = "".join(fonts[font.group(1)].get(bytes([code]), "") for code in codes)
            lines[round(float(where.group(2)))].append((float(where.group(1)), text))
        pages.append(["".join(t for _, t in sorted(lines[y])) for y in sorted(lines, reverse=True)])
    return pages


@pytest.fixture(scope="module")
def laid_out(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[list[str]]]:
    """Return the pages of a short and a long notice as LibreOffice prints them."""
    folder = tmp_path_factory.mktemp("pdf")
    long_notice = dataclasses.replace(
        NOTICE,
        items=tuple(
            AgendaEntry(n, f"Uppföljning av åtagande {n}", f"KS 2026/{n}") for n in range(1, 90)
        ),
    )
    for name, notice in (("kort", NOTICE), ("lång", long_notice)):
        build_notice(notice).save(folder / f"{name}.docx")
    assert SOFFICE is not None
    profile = (folder / "profile").as_uri()
    convert = [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf"]
    documents = [str(folder / "kort.docx"), str(folder / "lång.docx")]
    subprocess.run(
        [*convert, "--outdir", str(folder), *documents],
        capture_output=True,
        check=True,
        timeout=180,
    )
    return {name: pdf_pages((folder / f"{name}.pdf").read_bytes()) for name in ("kort", "lång")}


def test_a_one_page_notice_reads_sida_1_of_1(laid_out: dict[str, list[list[str]]]) -> None:
    (page,) = laid_out["kort"]

    assert page[-1] == "Sida 1 (1)"
    assert page[:3] == [
        "Exempels kommunKallelse",
        "Jämställdhetsdelegationen2026-11-09",
        "Dnr KS 2026/100",
    ]


def test_every_page_of_a_long_notice_is_numbered_and_headed(
    laid_out: dict[str, list[list[str]]],
) -> None:
    pages = laid_out["lång"]

    assert len(pages) >= 2
    assert [page[-1] for page in pages] == [
        f"Sida {number} ({len(pages)})" for number in range(1, len(pages) + 1)
    ]
    assert all(page[2] == "Dnr KS 2026/100" for page in pages)
    # The agenda's heading row repeats at the top of the table on the following pages.
    assert all("NrÄrendeDnr" in page for page in pages[1:])
