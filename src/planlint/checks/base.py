"""What a rule is (a code with its name, severities, texts and the pack items it rests on) and
what a check is (the rules it owns and a function of the context)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Iterable, Literal, Optional

from planlint.diagnostics import Diagnostic

if TYPE_CHECKING:
    from planlint.analysis.context import CheckContext
    from planlint.rulepack import RulePack

# what `planlint rule NAME` calls an item of the rule pack (Commitment.kind, and indicators)
ItemKind = Literal["indicator", "action", "project", "duty", "task"]
_COMMITMENTS = {"action": "actions", "project": "projects", "duty": "duties", "task": "tasks"}


@dataclass(frozen=True, eq=False)
class PackItems:
    """The rule pack's items a rule's findings rest on: `planlint rule CODE` lists and quotes them."""

    kind: ItemKind
    where: Optional[Callable[[Any], bool]] = None     # only the items this holds for
    # list each item's targets this holds for (with their own text) rather than the item's quote;
    # items without one are left out
    targets: Optional[Callable[[Any], bool]] = None

    def select(self, pack: "RulePack") -> list[Any]:
        if self.kind == "indicator":
            items: list[Any] = list(pack.indicators)
        elif pack.commitments is None:
            return []
        else:
            items = list(getattr(pack.commitments, _COMMITMENTS[self.kind]))
        if self.where is not None:
            items = [i for i in items if self.where(i)]
        if self.targets is not None:
            items = [i for i in items if self.shown_targets(i)]
        return items

    def shown_targets(self, item: Any) -> list[Any]:
        return [t for t in item.targets if self.targets(t)] if self.targets is not None else []


@dataclass(frozen=True, eq=False, repr=False)
class Rule:
    """A finding code, declared once (checks/registry.py lists them all).

    `summary` is one line (`planlint rules`, every report's fallback); `explanation` a paragraph
    (`planlint rule CODE`, SARIF). Each has its Chinese and its English side by side; an English
    explanation not yet written shows the Chinese one. `readme` is the code's row in the README's
    codes table (English Markdown), which a test keeps in step with this declaration.
    """

    code: str
    name: str            # short kebab-case name, as ruff and yamllint give their rules
    severity: str        # default severity; a pack item may carry its own
    summary: str         # one line, Chinese
    summary_en: str
    explanation: str = ""
    explanation_en: str = ""
    # severities its findings take besides the default, as the national pack and the check give
    # them (a pack item's own severity, a scale indicator's growth shortfall): the README's column
    other_severities: tuple[str, ...] = ()
    readme: str = ""
    derives_from: Optional[PackItems] = None   # None: the finding is about the file itself

    def summary_in(self, lang: str) -> str:
        return self.summary_en if lang == "en" else self.summary

    def explanation_in(self, lang: str) -> str:
        return (self.explanation_en or self.explanation) if lang == "en" else self.explanation


@dataclass(frozen=True, eq=False, repr=False)
class Check:
    """A check: the rules it owns and the function that runs it on one plan."""

    rules: tuple[Rule, ...]
    run: Callable[["CheckContext"], Iterable[Diagnostic]]
    # compares the plan with the national plan: skipped where the pack does not bind the plan
    # (PL004); checks of the plan's own data say False
    binding_only: bool = True
