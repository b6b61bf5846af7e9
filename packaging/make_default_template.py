"""Make resources/templates/jamdesk.docx, the template JämDesk uses when the organisation has none.

Run it from anywhere with the project's Python after changing the styles in
jamdesk/export/document_builder.py (STYLES):

    python packaging/make_default_template.py           # write the template
    python packaging/make_default_template.py --check   # exit with status 1 if it is stale

The template is python-docx's default document made Swedish and plain: A4 paper, Swedish
proofing language, JämDesk's styles (Normal in a sans font, Title, Heading 1–3, Header, Footer,
Table Grid) and none of the hundred decorative table styles or the sample thumbnail. The output
is the same byte for byte on every run, so the committed file changes only when a style does.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
import zipfile
from collections.abc import Sequence
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml.ns import qn
from docx.shared import Mm

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "templates" / "jamdesk.docx"
sys.path.insert(0, str(ROOT))  # run from a checkout without an installed package

from jamdesk.export.document_builder import FONT, STYLES, StyleSpec, apply_style_spec  # noqa: E402

# A fixed moment (and zip time stamp) keeps the output identical from run to run.
FIXED_TIME = dt.datetime(2026, 1, 1)
ZIP_TIME = (2026, 1, 1, 0, 0, 0)
MINOR_HEADINGS = {
    f"Heading {level}": StyleSpec(
        size=11, bold=True, space_before=8, keep_with_next=True, outline_level=level - 1
    )
    for level in range(4, 10)
}
KEPT_TABLE_STYLES = {"Normal Table", "Table Grid"}


def build_template() -> bytes:
    """Return the bytes of JämDesk's default template."""
    document = docx.Document()
    set_up_page(document)
    set_up_styles(document)
    properties = document.core_properties
    for name in ("author", "comments", "keywords", "last_modified_by", "subject", "title"):
        setattr(properties, name, "")
    properties.language = "sv-SE"
    properties.created = properties.modified = FIXED_TIME
    properties.revision = 1
    package = document.part.package
    for key, relationship in list(package.rels.items()):
        if relationship.reltype == RELATIONSHIP_TYPE.THUMBNAIL:
            del package.rels[key]  # python-docx's sample picture of a page
    stream = io.BytesIO()
    document.save(stream)
    return with_fixed_times(stream.getvalue())


def set_up_page(document: Document) -> None:
    """Use A4 paper with the margins of a Swedish letter."""
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(25)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.header_distance = section.footer_distance = Mm(10)


def set_up_styles(document: Document) -> None:
    """Define JämDesk's styles, default to the sans font in Swedish, drop decoration."""
    styles = document.styles
    defaults = styles.element.find(qn("w:docDefaults"))
    fonts = defaults.find(".//" + qn("w:rFonts"))
    fonts.attrib.clear()
    for side in ("ascii", "hAnsi", "cs", "eastAsia"):
        fonts.set(qn(f"w:{side}"), FONT)
    defaults.find(".//" + qn("w:lang")).set(qn("w:val"), "sv-SE")
    for style in list(styles):
        if style.type == WD_STYLE_TYPE.TABLE and style.name not in KEPT_TABLE_STYLES:
            styles.element.remove(style.element)
    by_name = {style.name: style for style in styles}
    for name, spec in {**STYLES, **MINOR_HEADINGS}.items():
        style = by_name.get(name) or styles.add_style(name, spec.type)
        linked = style.element.find(qn("w:link"))
        if linked is not None:  # "Heading 1 Char" and the like keep the old blue look
            style.element.remove(linked)
            _remove_style_with_id(document, linked.get(qn("w:val")))
        apply_style_spec(style, spec, by_name.get(spec.base) if spec.base else None)


def _remove_style_with_id(document: Document, style_id: str | None) -> None:
    for style in list(document.styles):
        if style.style_id == style_id:
            document.styles.element.remove(style.element)


def with_fixed_times(package: bytes) -> bytes:
    """Return the zip ``package`` with every entry stamped with the same time."""
    output = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(package)) as source,
        zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for entry in source.infolist():
            target.writestr(
                zipfile.ZipInfo(entry.filename, ZIP_TIME), source.read(entry), zipfile.ZIP_DEFLATED
            )
    return output.getvalue()


def main(argv: Sequence[str] | None = None) -> int:
    """Write the template, or with --check report whether the committed one is current."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the committed file")
    parser.add_argument("--output", type=Path, default=TARGET, help="where to write it")
    arguments = parser.parse_args(argv)
    template = build_template()
    if arguments.check:
        current = arguments.output.is_file() and arguments.output.read_bytes() == template
        if not current:
            print(f"{arguments.output} is stale: run packaging/make_default_template.py")
        return 0 if current else 1
    arguments.output.parent.mkdir(parents=True, exist_ok=True)
    arguments.output.write_bytes(template)
    print(f"Wrote {arguments.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
