"""``python -m tsunagu.cli``: the ``tsunagu`` command, where its script is not on the PATH."""

import sys

from .main import main

if __name__ == "__main__":  # not when a tool imports every module of the package
    sys.exit(main())
