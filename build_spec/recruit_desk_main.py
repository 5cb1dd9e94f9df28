"""What the frozen `recruit-desk` runs: the same as the console script pip installs."""

import sys

from recruit_desk.cli import main

sys.exit(main())
