"""``python -m tsunagu.cli``: the ``tsunagu`` command, where its script is not on the PATH."""

import sys

from .main import main

sys.exit(main())
