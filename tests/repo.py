"""The source tree the tests run in (its seeds, README and committed geodata)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
