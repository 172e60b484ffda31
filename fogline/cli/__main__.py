"""`python -m fogline.cli` is the `fogline` command."""

import sys

from . import main

sys.exit(main())
