"""`python -m app` runs the same command line as `attt-desk`."""

import sys

from app.cli.main import main

sys.exit(main())
