"""`python -m planlint.checks`: print the README's codes table from the registry, to paste
under "## Codes" (tests/checks/test_registry.py fails while the two differ)."""
import sys

from planlint.checks.registry import codes_table

sys.stdout.write(codes_table())
