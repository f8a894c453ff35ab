"""``python -m claimkit`` runs the command line."""

import sys

from claimkit.cli import main

if __name__ == "__main__":  # worker processes (--jobs) import this module again
    sys.exit(main())
