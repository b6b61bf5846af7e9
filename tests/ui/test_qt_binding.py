"""The Qt binding itself: a broken PySide6 release must fail here, not in a user's session."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_calling_qt_methods_leaves_the_reference_count_of_none_alone(qapp: QApplication) -> None:
    # PySide6 6.12.0 on Python 3.11 dropped a reference to None on each call of a method
    # returning nothing; after enough calls Python aborts with "deallocating None".
    label = QLabel()
    before = sys.getrefcount(None)
    for number in range(2000):
        label.setText(str(number))
        label.setEnabled(number % 2 == 0)
    after = sys.getrefcount(None)

    assert after >= before - 50, f"None lost {before - after} references in 4,000 Qt calls"
