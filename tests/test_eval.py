"""The geoparser's measured accuracy on the team's annotated corpus does not fall."""

from __future__ import annotations

import pytest

from tests.eval.evaluate import evaluate

# Measured (`make eval`, 2026-11-29, second session): dev 0.984 / 0.980, held-out 0.959 / 0.916,
# unseen-2 0.944 / 0.916, unseen-3 0.953 / 0.889, unseen-4 0.958 / 0.888, unseen-5 0.931 / 0.835,
# unseen-6 0.947 / 0.861 (these unseen splits' errors have been read since their first runs),
# unseen-7 0.945 / 0.875 (its errors not read; the session's starting code gives 0.944 / 0.866).
# First runs, on the code each blind split was given to: unseen-3 0.914 / 0.751, unseen-4
# 0.935 / 0.812, unseen-5 0.914 / 0.773, unseen-6 0.919 / 0.773, unseen-7 0.945 / 0.875 (before
# issue 12's recall work the first three splits were 0.966 / 0.921, 0.941 / 0.847 and 0.912 /
# 0.801). The floors sit a little below, so a change that costs accuracy fails here and is
# looked at.
FLOORS = {"dev": (0.975, 0.97), "held-out": (0.95, 0.905), "unseen-2": (0.935, 0.905), "unseen-3": (0.945, 0.88),
          "unseen-4": (0.95, 0.875), "unseen-5": (0.92, 0.825), "unseen-6": (0.935, 0.85),
          "unseen-7": (0.935, 0.865)}


@pytest.mark.parametrize("split", FLOORS)
def test_precision_and_recall_on_the_corpus_stay_above_their_floors(split):
    scores = evaluate(split)["all"]
    precision, recall = FLOORS[split]
    assert scores.expected > 300 if split == "dev" else scores.expected > 100
    assert scores.precision >= precision and scores.recall >= recall, (scores.precision, scores.recall)
