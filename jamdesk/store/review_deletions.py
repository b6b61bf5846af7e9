"""Deleting reviews and needs now lives in ``jamdesk.store.reviews``.

This module only re-exports them for ``jamdesk.services.reviews`` until that imports them
from ``jamdesk.store.reviews``; then it is to be removed.
"""

from __future__ import annotations

from jamdesk.store.reviews import delete_need, delete_review

__all__ = ["delete_need", "delete_review"]
