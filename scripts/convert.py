#!/usr/bin/env python3
"""Convert raw articles in seeds/ into docs/articles/ (see README)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kholuutru.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
