"""Rule packs: the national plan's requirements as data (rules/<pack>/)."""
from planlint.rulepack.loader import RulePackError, load_pack
from planlint.rulepack.citation import Citation
from planlint.rulepack.departments import Department
from planlint.rulepack.model import NationalIndicator, RulePack

__all__ = ["Citation", "Department", "NationalIndicator", "RulePack", "RulePackError", "load_pack"]
