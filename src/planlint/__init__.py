"""planlint: lint local informatization plans against a national rule pack."""

__version__ = "0.1.0"
