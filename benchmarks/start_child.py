"""Run in a child process: start a window, print when its first frame was painted, and quit.

``python start_child.py bare`` shows an empty QMainWindow (the floor);
``python start_child.py jamdesk STORE`` starts JämDesk the way ``python -m jamdesk --db`` does.
It prints one JSON line: the wall-clock time of the first paint and the peak RSS in kB.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget


class FirstPaint(QObject):
    """Note when the first frame of a main window has been painted, then quit."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.painted_at: float | None = None
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self._seen
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and isinstance(watched.window(), QMainWindow)
        ):
            self._seen = True
            # A zero timer fires once the whole frame (every child widget) is painted.
            QTimer.singleShot(0, self._done)
        return False

    def _done(self) -> None:
        self.painted_at = time.time()
        self.app.quit()


def peak_kb() -> int:
    """Return this process's peak resident memory in kB."""
    # Linux's ru_maxrss keeps the parent's peak across fork and exec; VmHWM is this image's own.
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # bytes on macOS


def main(argv: list[str]) -> int:
    """Start the window ``argv`` asks for; print the first paint time and peak memory."""
    app = QApplication(sys.argv[:1])
    watcher = FirstPaint(app)
    app.installEventFilter(watcher)
    if argv[0] == "bare":
        window = QMainWindow()
        window.show()
        status = app.exec()
    else:
        from jamdesk.app import main as jamdesk_main

        status = jamdesk_main(["--db", argv[1]])
    print(json.dumps({"painted_at": watcher.painted_at, "peak_kb": peak_kb(), "status": status}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
