"""The geoparser's measured accuracy on the team's annotated corpus does not fall."""

from __future__ import annotations

import pytest

from tests.eval.evaluate import evaluate

# Measured (`make eval`, 2026-11-29, second session): dev 0.985 / 0.979, held-out 0.959 / 0.903,
# unseen-2 0.936 / 0.892, unseen-3 0.949 / 0.869, unseen-4 0.950 / 0.854, unseen-5 0.926 / 0.804,
# unseen-6 0.923 / 0.776 (the unseen splits' errors have been read since their first runs).
# First runs, on the code each blind split was given to: unseen-3 0.914 / 0.751, unseen-4
# 0.935 / 0.812, unseen-5 0.914 / 0.773, unseen-6 0.919 / 0.773 (before issue 12's recall work
# the first three splits were 0.966 / 0.921, 0.941 / 0.847 and 0.912 / 0.801). The floors sit
# a little below, so a change that costs accuracy fails here and is looked at.
FLOORS = {"dev": (0.975, 0.97), "held-out": (0.945, 0.89), "unseen-2": (0.925, 0.88), "unseen-3": (0.935, 0.855),
          "unseen-4": (0.94, 0.84), "unseen-5": (0.915, 0.79), "unseen-6": (0.91, 0.765)}


@pytest.mark.parametrize("split", FLOORS)
def test_precision_and_recall_on_the_corpus_stay_above_their_floors(split):
    scores = evaluate(split)["all"]
    precision, recall = FLOORS[split]
    assert scores.expected > 300 if split == "dev" else scores.expected > 100
    assert scores.precision >= precision and scores.recall >= recall, (scores.precision, scores.recall)
