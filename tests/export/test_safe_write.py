"""A document is written completely or not at all, with a message the secretary can act on."""

from __future__ import annotations

import errno
import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

import pytest

from jamdesk.domain.errors import DomainError
from jamdesk.export.safe_write import write_atomically

PREVIOUS = b"the version the registry already has"


def write_document(stream: BinaryIO) -> None:
    stream.write(b"PK\x03\x04 a whole document")


def fail_halfway(error: BaseException) -> Callable[[BinaryIO], None]:
    """Return a writer that writes half a document, then fails with ``error``."""

    def write(stream: BinaryIO) -> None:
        stream.write(b"PK\x03\x04 half a docu")
        stream.flush()
        raise error

    return write


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """Return a folder nobody may write in, not even root (who ignores chmod)."""
    folder = tmp_path / "skrivskyddad"
    folder.mkdir()
    if os.geteuid() == 0:
        mounted = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(folder)],
            capture_output=True,
            text=True,
            check=False,
        )
        if mounted.returncode != 0:
            pytest.skip(
                f"root needs a read-only mount here, and mount was refused: {mounted.stderr}"
            )
        try:
            yield folder
        finally:
            subprocess.run(["umount", str(folder)], check=False)
    else:
        folder.chmod(0o555)
        try:
            yield folder
        finally:
            folder.chmod(0o755)


def test_the_document_replaces_the_old_version_and_nothing_else_remains(tmp_path: Path) -> None:
    target = tmp_path / "KS 2026-123 Protokoll.docx"
    target.write_bytes(PREVIOUS)

    write_atomically(target, write_document)

    assert target.read_bytes() == b"PK\x03\x04 a whole document"
    assert [path.name for path in tmp_path.iterdir()] == [target.name]


def test_the_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    previous_umask = os.umask(0o022)
    try:
        write_atomically(tmp_path / "ny.docx", write_document)
    finally:
        os.umask(previous_umask)

    assert (tmp_path / "ny.docx").stat().st_mode & 0o777 == 0o644


def test_a_writer_failing_halfway_leaves_the_old_version_and_no_scraps(tmp_path: Path) -> None:
    target = tmp_path / "protokoll.docx"
    target.write_bytes(PREVIOUS)

    with pytest.raises(RuntimeError, match="our bug"):
        write_atomically(target, fail_halfway(RuntimeError("our bug")))

    assert target.read_bytes() == PREVIOUS
    assert [path.name for path in tmp_path.iterdir()] == [target.name]


def test_a_full_disk_is_reported_and_leaves_nothing_behind(tmp_path: Path) -> None:
    full = OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(DomainError, match="the disk is full") as raised:
        write_atomically(tmp_path / "protokoll.docx", fail_halfway(full))

    assert raised.value.field == "path"
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_named_in_the_message(tmp_path: Path) -> None:
    folder = tmp_path / "Diariet" / "2026"

    with pytest.raises(DomainError, match="does not exist") as raised:
        write_atomically(folder / "kallelse.docx", write_document)

    assert str(folder) in raised.value.message
    assert not folder.exists()


def test_a_read_only_folder_is_refused_with_a_clear_message(read_only_folder: Path) -> None:
    with pytest.raises(DomainError, match="You may not save files in the folder") as raised:
        write_atomically(read_only_folder / "kallelse.docx", write_document)

    assert str(read_only_folder) in raised.value.message
    assert list(read_only_folder.iterdir()) == []


def test_a_document_open_in_word_is_reported_and_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Windows refuses to replace a file Word holds open; Linux has no such lock to take.
    target = tmp_path / "protokoll.docx"
    target.write_bytes(PREVIOUS)

    def locked(self: Path, other: Path) -> Path:
        raise PermissionError(errno.EACCES, "The process cannot access the file", str(other))

    monkeypatch.setattr(Path, "replace", locked)
    with pytest.raises(DomainError, match="open in another program") as raised:
        write_atomically(target, write_document)

    assert str(target) in raised.value.message
    assert target.read_bytes() == PREVIOUS
    assert [path.name for path in tmp_path.iterdir()] == [target.name]


def test_a_sharing_violation_while_writing_reads_as_file_in_use(tmp_path: Path) -> None:
    in_use = OSError(errno.EINVAL, "The process cannot access the file")
    in_use.winerror = 32  # type: ignore[attr-defined]  # ERROR_SHARING_VIOLATION

    with pytest.raises(DomainError, match="open in another program"):
        write_atomically(tmp_path / "a.docx", fail_halfway(in_use))
    assert list(tmp_path.iterdir()) == []


def test_a_folder_in_the_way_is_reported_with_the_system_reason(tmp_path: Path) -> None:
    (tmp_path / "protokoll.docx").mkdir()
    (tmp_path / "protokoll.docx" / "inuti").write_bytes(b"")

    with pytest.raises(DomainError, match="Could not save") as raised:
        write_atomically(tmp_path / "protokoll.docx", write_document)

    assert raised.value.params["reason"]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["protokoll.docx"]
