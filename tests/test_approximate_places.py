"""scripts/data/approximate_places.csv is what scripts/solve_approximate_places.py solves
from the sourced statements in scripts/data/approximate_statements.json."""

from __future__ import annotations

import csv

import pytest

from tests.conftest import load_script


@pytest.fixture(scope="module")
def solver():
    mod = load_script("scripts/solve_approximate_places.py")
    return mod


@pytest.fixture(scope="module")
def solution(solver):
    return solver.solve_all()


def test_every_row_reproduces_from_its_statements(solver, solution):
    problems, rows = solver.check(solution=solution)
    assert not problems, problems
    assert len(rows) == len(solution) == 24
    for r in rows:
        assert r["offset_km"] <= solver.TOLERANCE_KM, r
        assert r["csv_precision_km"] >= max(2, r["solver_precision_km"]), r


def test_check_catches_a_moved_point_and_a_narrowed_precision(solver, solution, tmp_path):
    with open(solver.CSV_PATH, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        cols, rows = reader.fieldnames, list(reader)
    rows[0]["lat"] = f"{float(rows[0]['lat']) + 0.01:.5f}"  # ~1.1 km north
    rows[1]["precision_km"] = "1"
    bad = tmp_path / "approximate_places.csv"
    with open(bad, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=cols)
        w.writeheader()
        w.writerows(rows)
    problems, _ = solver.check(csv_path=bad, solution=solution)
    assert len(problems) == 2
    assert rows[0]["name"] in problems[0] and "km from the solved point" in problems[0]
    assert rows[1]["name"] in problems[1] and "precision_km" in problems[1]
