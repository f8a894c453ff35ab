"""``python -m claimkit`` runs the command line."""

import sys

from claimkit.cli import main

sys.exit(main())
