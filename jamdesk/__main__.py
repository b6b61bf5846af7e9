"""Run JämDesk with ``python -m jamdesk``."""

import sys

from jamdesk.app import main

sys.exit(main())
