"""One test module per check (tests/checks/test_<check>.py), plus the codes reported outside checks/.

A package, so that its module names (checks.test_plan_period) cannot clash with a test module of
the same file name elsewhere under tests/."""
