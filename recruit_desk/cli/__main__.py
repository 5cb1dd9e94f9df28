"""`python -m recruit_desk.cli`: the same as the `recruit-desk` command."""

import sys

from . import main

sys.exit(main())
