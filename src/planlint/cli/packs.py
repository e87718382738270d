"""The rule pack a subcommand (rule, init) works with."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from planlint.cli.errors import UsageError
from planlint.messages import carried
from planlint.rulepack import RulePack


def pack_for_command(name: Optional[str]) -> RulePack:
    """The pack asked for, else the one the configuration of the current directory names."""
    from planlint.policy.config import ConfigError, ConfigFinder
    from planlint.rulepack import RulePackError
    from planlint.rulepack.derive.source import load_any_pack

    if name is None:
        try:
            name = ConfigFinder().for_file(Path.cwd() / "plan.yaml").rulepack
        except ConfigError as err:
            raise UsageError(carried(err)) from None
    try:
        return load_any_pack(name)
    except RulePackError as err:
        raise UsageError(carried(err)) from None
