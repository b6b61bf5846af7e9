"""The organisation's Word template: where documents get their letterhead, logo and styles.

A template is a ``.docx`` or ``.dotx`` file. A macro-enabled one (``.docm``, ``.dotm``) is
refused: JämDesk never runs or passes on macros. Without a template of their own, documents
use the clean one that ships in ``resources/templates``.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from docx.document import Document
from docx.opc.exceptions import PackageNotFoundError

from jamdesk.domain.errors import QT_TRANSLATE_NOOP, DomainError
from jamdesk.paths import resources_dir

TEMPLATE_SUFFIXES = (".docx", ".dotx")
_MACRO_SUFFIXES = frozenset({".docm", ".dotm"})
_TEMPLATE_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCUMENT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def default_template() -> Path:
    """Return JämDesk's own template, used when the organisation has none."""
    return resources_dir() / "templates" / "jamdesk.docx"


_MACROS = QT_TRANSLATE_NOOP(
    "DomainError",
    "The template {path} contains macros (a .docm or .dotm file). JämDesk does not run macros:"
    " save the template in Word as a Word template (.dotx) and choose that.",
)
_NOT_WORD = QT_TRANSLATE_NOOP(
    "DomainError",
    "The template {path} is not a Word document JämDesk can read. Choose a Word template (.dotx)"
    " or document (.docx).",
)
_MISSING = QT_TRANSLATE_NOOP("DomainError", "The template {path} does not exist.")


def _template_error(template: str, path: Path) -> DomainError:
    return DomainError(template, field="template", path=str(path))


def open_template(path: Path | None) -> Document:
    """Return a new document made from the template at ``path`` (JämDesk's own if None)."""
    if path is None:
        path = default_template()
        if not path.is_file():  # a source checkout without the generated template
            return docx.Document()
    if path.suffix.lower() in _MACRO_SUFFIXES:
        raise _template_error(_MACROS, path)
    try:
        data = path.read_bytes()
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = [name.lower() for name in archive.namelist()]
            content_types = archive.read("[Content_Types].xml").decode("utf-8")
    except FileNotFoundError:
        raise _template_error(_MISSING, path) from None
    except (OSError, zipfile.BadZipFile, KeyError, UnicodeDecodeError) as error:
        raise _template_error(_NOT_WORD, path) from error
    if "macroenabled" in content_types.lower() or "word/vbaproject.bin" in names:
        raise _template_error(_MACROS, path)
    if _TEMPLATE_MAIN in content_types:
        data = _as_document(data)
    try:
        return docx.Document(io.BytesIO(data))
    except (ValueError, KeyError, SyntaxError, zipfile.BadZipFile, PackageNotFoundError) as error:
        raise _template_error(_NOT_WORD, path) from error


def _as_document(data: bytes) -> bytes:
    """Return the .dotx package ``data`` relabelled as a .docx package."""
    # python-docx opens only a package whose main part has the document content type. A
    # .dotx differs from a .docx in nothing but that one entry in [Content_Types].xml, which
    # Word itself changes when it makes a document from a template; do the same in memory.
    output = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for entry in source.infolist():
            content = source.read(entry)
            if entry.filename == "[Content_Types].xml":
                content = content.replace(_TEMPLATE_MAIN.encode(), _DOCUMENT_MAIN.encode())
            target.writestr(entry, content)
    return output.getvalue()


def check_template(path: Path) -> None:
    """Raise a DomainError saying why ``path`` cannot serve as a template, if it cannot."""
    open_template(path)
