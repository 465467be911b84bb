"""Print the checks reference: ``python -m desertcheck.checks``."""

from desertcheck.checks import reference

print(reference(), end="")
