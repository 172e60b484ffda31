"""`python -m fogline` is the `fogline` command."""

from .cli import main

raise SystemExit(main())
