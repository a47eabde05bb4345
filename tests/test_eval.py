"""The geoparser's measured accuracy on the team's annotated corpus does not fall."""

from __future__ import annotations

import pytest

from tests.eval.evaluate import evaluate

# Measured (`make eval`, 2026-11-29, fifth session): dev 0.988 / 0.984, held-out 0.971 / 0.936,
# unseen-2 0.969 / 0.949, unseen-3 0.968 / 0.909, unseen-4 0.968 / 0.927, unseen-5 0.966 / 0.880,
# unseen-6 0.964 / 0.901 (these splits' errors have been read), unseen-7 0.955 / 0.912, unseen-8
# 0.971 / 0.895 and unseen-9 0.917 / 0.855 (only their totals and per-kind tables read, never their
# errors). First runs, on the code each blind split was given to: unseen-3 0.914 / 0.751, unseen-4
# 0.935 / 0.812, unseen-5 0.914 / 0.773, unseen-6 0.919 / 0.773, unseen-7 0.945 / 0.875, unseen-8
# 0.967 / 0.859, unseen-9 0.913 / 0.850 (before issue 12's recall work the first three splits were
# 0.966 / 0.921, 0.941 / 0.847 and 0.912 / 0.801). The floors sit a little below, so a change that
# costs accuracy fails here and is looked at.
FLOORS = {"dev": (0.98, 0.975), "held-out": (0.96, 0.925), "unseen-2": (0.96, 0.94), "unseen-3": (0.955, 0.9),
          "unseen-4": (0.955, 0.915), "unseen-5": (0.955, 0.87), "unseen-6": (0.955, 0.885),
          "unseen-7": (0.945, 0.9), "unseen-8": (0.96, 0.885), "unseen-9": (0.905, 0.845)}


@pytest.mark.parametrize("split", FLOORS)
def test_precision_and_recall_on_the_corpus_stay_above_their_floors(split):
    scores = evaluate(split)["all"]
    precision, recall = FLOORS[split]
    assert scores.expected > 300 if split == "dev" else scores.expected > 100
    assert scores.precision >= precision and scores.recall >= recall, (scores.precision, scores.recall)
