"""Every code planlint lists has a home under tests/checks: the module of the check that owns it
(tests/checks/test_<check>.py), or the module of the codes reported outside checks/."""
import json
import re
from pathlib import Path

from cli_helpers import run_planlint

HERE = Path(__file__).resolve().parent
# codes reported by the readers, the runner and the suppressions, not by a module of checks/
# (their declarations live in checks/reader_codes.py, suppression_codes.py and runner_codes.py)
OUTSIDE_CHECKS: dict[str, str] = {}
NOT_CHECKS = {"__init__", "__main__", "base", "registry"}    # checks/ modules that declare no code
CODE = re.compile(r"[\"'](PL\d{3})[\"']")     # a code as a string literal, not one named in prose


def listed_codes() -> list[str]:
    p = run_planlint("rules", "--format", "json")
    assert p.returncode == 0, p.stderr
    return [r["code"] for r in json.loads(p.stdout)]


def check_modules() -> dict[str, set[str]]:
    """Each module of planlint/checks that runs a check, with the codes its source names."""
    import planlint.checks

    folder = Path(planlint.checks.__file__).parent
    return {f.stem: set(CODE.findall(f.read_text(encoding="utf-8")))
            for f in sorted(folder.glob("*.py")) if f.stem not in NOT_CHECKS}


def home_of() -> dict[str, str]:
    homes = dict(OUTSIDE_CHECKS)
    for module, codes in check_modules().items():
        homes.update({code: f"test_{module}.py" for code in codes})
    return homes


def test_every_check_module_has_its_test_module():
    missing = [f"test_{m}.py" for m in check_modules() if not (HERE / f"test_{m}.py").is_file()]
    assert not missing, f"add tests/checks/{', '.join(missing)}"


def test_every_listed_code_is_tested_in_its_home():
    homes = home_of()
    codes = listed_codes()
    assert len(codes) >= 25 and "PL101" in codes and "PL900" in codes
    homeless = [c for c in codes if c not in homes]
    assert not homeless, f"no home for {homeless}: name its module in OUTSIDE_CHECKS or in checks/"
    untested = [(c, homes[c]) for c in codes
                if not (HERE / homes[c]).is_file() or f'"{c}"' not in (HERE / homes[c]).read_text(encoding="utf-8")]
    assert not untested, f"codes not asserted in their home module: {untested}"
