"""Round trip: `planlint pack derive` on the national plan's own text reproduces the curated pack."""
from __future__ import annotations

from pathlib import Path

import pytest

from planlint.cli import main
from planlint.rulepack import load_pack

ROOT = Path(__file__).resolve().parents[3]
SEED_NAME = Path("shared") / "seed" / "000_99575e7e2805174f.txt"
# ../shared beside the repository (a worktree sits one level deeper)
SEED = next((p / SEED_NAME for p in ROOT.parents if (p / SEED_NAME).is_file()), ROOT.parent / SEED_NAME)


@pytest.fixture(scope="module")
def derived(tmp_path_factory):
    if not SEED.is_file():
        pytest.skip(f"the national plan's text is not here: {SEED}")
    out = tmp_path_factory.mktemp("packs") / "national-13th"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PLANLINT_NO_CACHE", "1")
        assert main(["pack", "derive", str(SEED), "-o", str(out), "--name", "national-13th",
                     "--title", "《“十三五”国家信息化规划》"]) == 0
        return load_pack(str(out))


def _q(q):
    return None if q is None else (q.value, q.comparator, q.cumulative)


def test_the_table_rows_agree_with_the_curated_pack(derived):
    curated = load_pack("national-13th")
    rows = [i for i in curated.indicators if i.row is not None]
    by_row = {i.row: i for i in derived.indicators}
    fields = agree = 0
    for c in rows:
        d = by_row.get(c.row)
        for a, b in ((c.name, d and d.name), (c.unit, d and d.unit), (_q(c.base), d and _q(d.base)),
                     (_q(c.target), d and _q(d.target)), (_q(c.growth), d and _q(d.growth))):
            fields += 1
            agree += a == b
    assert len(rows) == 17 and agree / fields >= 0.95


def test_the_priority_actions_and_their_goals_agree(derived):
    curated = load_pack("national-13th").commitments.actions
    actions = derived.commitments.actions
    assert [a.name for a in actions] == [a.name for a in curated] and len(actions) == 12
    assert sum(a.goal == c.goal for a, c in zip(actions, curated)) >= 12 * 0.95


def test_the_sixteen_boxes_are_its_projects(derived):
    curated = load_pack("national-13th").commitments.projects
    assert [p.name for p in derived.commitments.projects] == [p.name for p in curated]
    assert len(curated) == 16
