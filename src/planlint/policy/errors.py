"""The error of the policy layer, shared by the configuration and the waiver file."""


class ConfigError(Exception):
    """The configuration (or the waiver file's structure) cannot be used; one line for stderr."""
