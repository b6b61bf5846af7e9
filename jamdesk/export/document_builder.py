"""The shared frame of every Word document JämDesk hands to the registry.

A document stands alone: every page carries the organisation, the body, the kind of document,
its date and diary number in the header and ``Sida N (M)`` in the footer, written as Word fields
so that Word and LibreOffice number the pages themselves. The organisation's own template
(letterhead, logo, fonts, styles) is used when given (see ``templates``); a style it lacks is
created from JämDesk's definition instead of failing the export.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.table import CT_Row
from docx.oxml.text.paragraph import CT_P
from docx.section import _Footer, _Header
from docx.shared import Length, Mm, Pt
from docx.styles.style import BaseStyle, CharacterStyle, ParagraphStyle, _TableStyle
from docx.table import Table, _Row
from docx.text.paragraph import Paragraph

from jamdesk.export.safe_write import write_atomically
from jamdesk.export.templates import open_template
from jamdesk.export.text import add_text, single_line

FONT = "Arial"
# Word's core properties are limited to 255 characters each.
_PROPERTY_LENGTH = 255


@dataclass(frozen=True)
class DocumentMeta:
    """What the header, the footer and the file's properties say about a document."""

    organisation: str
    body: str
    kind: str
    date: dt.date
    title: str
    diary_number: str = ""
    author: str = ""


@dataclass(frozen=True)
class StyleSpec:
    """How JämDesk defines a style: in its own template, or where a template lacks it."""

    type: WD_STYLE_TYPE = WD_STYLE_TYPE.PARAGRAPH
    base: str | None = "Normal"
    size: float | None = None
    bold: bool | None = None
    space_before: float | None = None
    space_after: float | None = None
    keep_with_next: bool | None = None
    outline_level: int | None = None
    font: str | None = None
    borders: bool = False


def _heading(size: float, before: float, after: float, level: int | None) -> StyleSpec:
    return StyleSpec(
        size=size,
        bold=True,
        space_before=before,
        space_after=after,
        keep_with_next=True,
        outline_level=level,
    )


STYLES: dict[str, StyleSpec] = {
    "Normal": StyleSpec(base=None, size=11, font=FONT, space_after=6),
    "Title": _heading(20, 0, 12, None),
    "Heading 1": _heading(14, 18, 6, 0),
    "Heading 2": _heading(12, 12, 4, 1),
    "Heading 3": _heading(11, 10, 2, 2),
    "Header": StyleSpec(size=9, space_after=0),
    "Footer": StyleSpec(size=9, space_after=0),
    "Table Grid": StyleSpec(type=WD_STYLE_TYPE.TABLE, base=None, space_after=0, borders=True),
}
_HEADING_STYLES = ("Title", "Heading 1", "Heading 2", "Heading 3")


def apply_style_spec(style: BaseStyle, spec: StyleSpec, base: BaseStyle | None) -> None:
    """Replace the formatting of ``style`` with the one ``spec`` defines."""
    element = style.element
    for tag in ("w:pPr", "w:rPr", "w:tblPr", "w:trPr", "w:tcPr", "w:tblStylePr"):
        for old in element.findall(qn(tag)):
            element.remove(old)
    if isinstance(style, CharacterStyle):
        style.base_style = base
    if spec.borders:
        element.append(parse_xml(_TABLE_BORDERS))  # last child: what follows it was removed
    if not isinstance(style, ParagraphStyle):  # python-docx's table style is one too
        return
    paragraph = style.paragraph_format
    if spec.space_before is not None:
        paragraph.space_before = Pt(spec.space_before)
    if spec.space_after is not None:
        paragraph.space_after = Pt(spec.space_after)
    if spec.keep_with_next is not None:
        paragraph.keep_with_next = spec.keep_with_next
    if spec.outline_level is not None:  # what Word's navigation pane and contents list read
        element.get_or_add_pPr().append(
            parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="{spec.outline_level}"/>')
        )
    if spec.size is not None:
        style.font.size = Pt(spec.size)
    if spec.bold is not None:
        style.font.bold = spec.bold
    if spec.font is not None:
        fonts = element.get_or_add_rPr().get_or_add_rFonts()
        for side in ("ascii", "hAnsi", "cs", "eastAsia"):
            # A theme font (asciiTheme, …) would win over the named one.
            fonts.attrib.pop(qn(f"w:{side}Theme"), None)
            fonts.set(qn(f"w:{side}"), spec.font)


# Thin grey lines around and between the cells, and a little room inside them.
_TABLE_BORDERS = f"""<w:tblPr {nsdecls("w")}><w:tblBorders>{
    "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
}</w:tblBorders><w:tblCellMar>{
    "".join(
        f'<w:{side} w:w="{width}" w:type="dxa"/>'
        for side, width in (("top", 28), ("left", 85), ("bottom", 28), ("right", 85))
    )
}</w:tblCellMar></w:tblPr>"""


class DocumentBuilder:
    """Build one document on the template, with JämDesk's header, footer and properties."""

    def __init__(self, template: Path | None, meta: DocumentMeta) -> None:
        self.meta = meta
        self.document = open_template(template)
        # python-docx finds a style by walking all of a template's styles (hundreds in a
        # municipality's own), on every paragraph; each is looked up once per document here.
        self._styles: dict[tuple[str, WD_STYLE_TYPE], BaseStyle] = {}
        self._clear_body()
        self._set_properties()
        for header, footer in self._headers_and_footers():
            self._fill_header(header)
            self._fill_footer(footer)

    def style(self, name: str, fallback: StyleSpec | None = None) -> BaseStyle:
        """Return the template's style ``name``, created from ``fallback`` if it is missing."""
        spec = fallback or STYLES.get(name) or StyleSpec()
        key = (name, spec.type)
        known = self._styles.get(key)
        if known is None:
            known = self._styles[key] = self._find_or_add_style(name, spec)
        return known

    def _find_or_add_style(self, name: str, spec: StyleSpec) -> BaseStyle:
        for found in self.document.styles:
            if found.name == name and found.type == spec.type:
                return cast(BaseStyle, found)
        if name in self.document.styles:  # the name is taken by a style of another type
            return self.style(f"JämDesk {name}", spec)
        base = self.style(spec.base) if spec.base is not None else None
        style = cast(BaseStyle, self.document.styles.add_style(name, spec.type))
        apply_style_spec(style, spec, base)
        return style

    def paragraph_style(self, name: str) -> ParagraphStyle:
        """Return the paragraph style ``name`` as ``style`` does."""
        return cast(ParagraphStyle, self.style(name))

    def heading(self, text: str, level: int = 1) -> Paragraph:
        """Add a heading: level 0 is the document's title, 1 to 3 its sections."""
        paragraph = self._add_paragraph(_HEADING_STYLES[level])
        add_text(paragraph, text)
        return paragraph

    def paragraph(
        self, text: str = "", style: str | None = None, *, keep_with_next: bool = False
    ) -> Paragraph:
        """Add a paragraph of ``text``, its line breaks and tabs kept."""
        paragraph = self._add_paragraph(style, keep_with_next=keep_with_next)
        if text:
            add_text(paragraph, text)
        return paragraph

    def _add_paragraph(self, style: str | None, *, keep_with_next: bool = False) -> Paragraph:
        paragraph = self.document.add_paragraph()
        if style or keep_with_next:
            # Properties built as XML in the schema's order (pStyle, keepNext): python-docx's
            # setters search for each one's place, and Paragraph.style looks the id up again.
            properties = OxmlElement("w:pPr")
            if style:
                properties.append(OxmlElement("w:pStyle", {qn("w:val"): self._style_id(style)}))
            if keep_with_next:
                properties.append(OxmlElement("w:keepNext"))
            paragraph._p.insert(0, properties)
        return paragraph

    def _style_id(self, name: str) -> str:
        return str(self.style(name).style_id)

    def labelled(self, label: str, value: str) -> Paragraph:
        """Add ``label`` in bold and ``value`` beside it, aligned with the other labels."""
        paragraph = self.paragraph()
        paragraph.paragraph_format.tab_stops.add_tab_stop(Mm(25))
        paragraph.paragraph_format.left_indent = Mm(25)
        paragraph.paragraph_format.first_line_indent = Mm(-25)
        add_text(paragraph, label, bold=True)
        paragraph.add_run().add_tab()
        add_text(paragraph, value)
        return paragraph

    def table(
        self,
        headings: Sequence[str],
        rows: Iterable[Sequence[str]],
        widths: Sequence[float] | None = None,
        style: str = "Table Grid",
        *,
        cell_style: str | None = None,
        keep_rows_whole: bool = False,
    ) -> Table:
        """Add a table with a heading row repeated on every page, filled row by row.

        ``cell_style`` is the paragraph style of every cell; ``keep_rows_whole`` keeps each
        row on one page, so that one record never reads as two.
        """
        table_style = cast(_TableStyle, self.style(style))
        table: Table = self.document.add_table(rows=0, cols=len(headings), style=table_style)
        if widths is not None:
            total = sum(widths)
            for column, share in zip(table.columns, widths, strict=True):
                column.width = Length(int(self.text_width() * share / total))
        style_id = None if cell_style is None else self.style(cell_style).style_id
        # Rows are added after the widths are set: add_row gives each cell its column's
        # width, which Word follows (a row made earlier keeps equal widths).
        header = table.add_row()  # type: ignore[no-untyped-call]
        _set_row_properties(header, keep_whole=keep_rows_whole, heading=True)
        self._fill_row(header._tr, headings, style_id, bold=True)
        # One empty row is made ready (widths, spacing, style) and copied for each record:
        # Table.cell() walks the whole grid on every call, and even add_row() with
        # python-docx's setters costs milliseconds a row in a long report.
        prototype = table.add_row()  # type: ignore[no-untyped-call]
        _set_row_properties(prototype, keep_whole=keep_rows_whole, heading=False)
        for cell in prototype.cells:
            _prepare_paragraph(cell.paragraphs[0]._p, style_id)
        blank = prototype._tr
        table._tbl.remove(blank)
        for values in rows:
            row = copy.deepcopy(blank)
            table._tbl.append(row)
            self._fill_row(row, values, style_id)
        return table

    def text_width(self) -> Length:
        """Return the width between the margins of the last section."""
        section = self.document.sections[-1]
        page = section.page_width or Mm(210)
        left = section.left_margin if section.left_margin is not None else Mm(25)
        right = section.right_margin if section.right_margin is not None else Mm(25)
        return Length(page - left - right)

    def to_bytes(self) -> bytes:
        """Return the finished document as the bytes of a .docx file."""
        stream = io.BytesIO()
        self.document.save(stream)
        return stream.getvalue()

    def save(self, path: Path) -> None:
        """Write the document to ``path`` completely or not at all."""
        write_atomically(path, self.document.save)

    def _fill_row(
        self, row: CT_Row, values: Sequence[str], style_id: str | None, bold: bool | None = None
    ) -> None:
        for cell, value in zip(row.tc_lst, values, strict=True):
            element = cell.p_lst[0]
            _prepare_paragraph(element, style_id)
            add_text(Paragraph(element, self.document._body), value, bold=bold)

    def _clear_body(self) -> None:
        """Remove the template's sample text; its page setup (the last sectPr) stays."""
        body = self.document.element.body
        for child in list(body):
            if child.tag != qn("w:sectPr"):
                body.remove(child)

    def _set_properties(self) -> None:
        meta = self.meta
        properties = self.document.core_properties
        now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
        keywords = "; ".join(
            single_line(part)
            for part in (meta.diary_number, meta.kind, meta.body, meta.organisation)
            if part.strip()
        )
        for name, value in (
            ("title", meta.title),
            ("subject", meta.body),
            ("author", meta.author),
            ("last_modified_by", meta.author),
            ("keywords", keywords),
            ("category", meta.kind),
            ("comments", ""),
            ("content_status", ""),
            ("identifier", meta.diary_number),
            ("version", ""),
            ("language", "sv-SE"),
        ):
            setattr(properties, name, single_line(value)[:_PROPERTY_LENGTH])
        properties.created = now
        properties.modified = now
        properties.revision = 1

    def _headers_and_footers(self) -> Iterable[tuple[_Header, _Footer]]:
        """Yield every header and footer Word shows on some page of the document."""
        even_pages = self.document.settings.odd_and_even_pages_header_footer
        for section in self.document.sections:
            yield section.header, section.footer
            if section.different_first_page_header_footer:
                yield section.first_page_header, section.first_page_footer
            if even_pages:
                yield section.even_page_header, section.even_page_footer

    def _fill_header(self, header: _Header) -> None:
        meta = self.meta
        lines = [(meta.organisation, meta.kind), (meta.body, meta.date.isoformat())]
        if meta.diary_number.strip():
            lines.append(("", f"Dnr {single_line(meta.diary_number)}"))
        for number, (left, right) in enumerate(lines):
            paragraph = self._new_paragraph(header, "Header", right_tab=self.text_width())
            add_text(paragraph, single_line(left), bold=number == 0)
            paragraph.add_run().add_tab()
            add_text(paragraph, single_line(right), bold=number == 0)
        paragraph.paragraph_format.space_after = Pt(12)  # keep the body off the header

    def _fill_footer(self, footer: _Footer) -> None:
        paragraph = self._new_paragraph(footer, "Footer")
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        paragraph.add_run("Sida ")
        _add_field(paragraph, "PAGE")
        paragraph.add_run(" (")
        _add_field(paragraph, "NUMPAGES")
        paragraph.add_run(")")

    def _new_paragraph(
        self, part: _Header | _Footer, style_name: str, right_tab: Length | None = None
    ) -> Paragraph:
        """Return a paragraph for our text after the template's letterhead, if any."""
        style = self.paragraph_style(style_name)
        paragraphs = part.paragraphs
        # A new header holds one empty paragraph; reuse it rather than leave a blank line.
        if len(paragraphs) == 1 and not part.tables and _is_blank(paragraphs[0]):
            paragraph: Paragraph = paragraphs[0]
            paragraph.style = style
        else:
            paragraph = part.add_paragraph(style=style)
        tab_stops = paragraph.paragraph_format.tab_stops
        # The style's own tab stops (Word's Header has two) would catch our one tab.
        for inherited in set(_tab_stops(style)) - {right_tab}:
            tab_stops.add_tab_stop(inherited, WD_TAB_ALIGNMENT.CLEAR)
        if right_tab is not None:
            tab_stops.add_tab_stop(right_tab, WD_TAB_ALIGNMENT.RIGHT)
        return paragraph


def _is_blank(paragraph: Paragraph) -> bool:
    """Return whether the paragraph shows nothing: no text, picture or field."""
    element = paragraph._p
    return not paragraph.text.strip() and not element.xpath(
        ".//w:drawing | .//w:pict | .//w:fldChar | .//w:fldSimple"
    )


def _tab_stops(style: BaseStyle) -> list[Length]:
    """Return the positions of the tab stops ``style`` and its bases define."""
    positions: list[Length] = []
    current: BaseStyle | None = style
    while isinstance(current, ParagraphStyle):
        positions.extend(stop.position for stop in current.paragraph_format.tab_stops)
        current = current.base_style
    return positions


def _add_field(paragraph: Paragraph, instruction: str) -> None:
    """Add the field ``instruction`` (PAGE, NUMPAGES) as begin/code/result/end runs."""
    # Complex fields (fldChar) are what Word itself writes; the result "1" shows until the
    # reader updates the field, which Word and LibreOffice do for page numbers on layout.
    w = nsdecls("w")
    for xml in (
        f'<w:fldChar {w} w:fldCharType="begin"/>',
        f'<w:instrText {w} xml:space="preserve"> {instruction} \\* MERGEFORMAT </w:instrText>',
        f'<w:fldChar {w} w:fldCharType="separate"/>',
        f"<w:t {w}>1</w:t>",
        f'<w:fldChar {w} w:fldCharType="end"/>',
    ):
        paragraph.add_run()._r.append(parse_xml(xml))


def _prepare_paragraph(element: CT_P, style_id: str | None) -> None:
    """Give a cell's paragraph its style and no space after it."""
    properties = element.get_or_add_pPr()
    if style_id is not None:
        # Straight onto the XML: Paragraph.style looks the id up among all styles each time.
        properties.style = style_id
    # Direct, because LibreOffice ignores the paragraph spacing a table style sets.
    properties.spacing_after = 0


def _set_row_properties(row: _Row, *, keep_whole: bool, heading: bool) -> None:
    """Mark the row unsplittable and/or as the heading repeated on every page."""
    properties = row._tr.get_or_add_trPr()
    # The schema's order, which Word insists on: cantSplit before tblHeader.
    if keep_whole:
        properties.append(parse_xml(f"<w:cantSplit {nsdecls('w')}/>"))
    if heading:
        properties.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
