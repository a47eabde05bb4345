"""The geoparser's measured accuracy on the team's annotated corpus does not fall."""

from __future__ import annotations

import pytest

from tests.eval.evaluate import evaluate

# Measured (`make eval`, 2026-11-29 evening): dev 0.981 / 0.975, held-out 0.953 / 0.894, unseen-2
# 0.933 / 0.886, unseen-3 0.941 / 0.855 (its errors read since it was first measured), unseen-4
# 0.950 / 0.846 (its missed divisions read), unseen-5 0.915 / 0.784. First runs, on the code each blind split was given to:
# unseen-3 0.914 / 0.751, unseen-4 0.935 / 0.812, unseen-5 0.914 / 0.773 (before issue 12's
# recall work the first three splits were 0.966 / 0.921, 0.941 / 0.847 and 0.912 / 0.801). The
# floors sit a little below, so a change that costs accuracy fails here and is looked at.
FLOORS = {"dev": (0.97, 0.965), "held-out": (0.94, 0.88), "unseen-2": (0.925, 0.875), "unseen-3": (0.93, 0.835),
          "unseen-4": (0.94, 0.835), "unseen-5": (0.905, 0.765)}


@pytest.mark.parametrize("split", FLOORS)
def test_precision_and_recall_on_the_corpus_stay_above_their_floors(split):
    scores = evaluate(split)["all"]
    precision, recall = FLOORS[split]
    assert scores.expected > 300 if split == "dev" else scores.expected > 100
    assert scores.precision >= precision and scores.recall >= recall, (scores.precision, scores.recall)
