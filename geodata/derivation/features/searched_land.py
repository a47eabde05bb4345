# -*- coding: utf-8 -*-
"""Rows of features.csv added for issue 12 in the fourth session (land): each point read from a page
found with a search (its source gives the page and the coordinates as the page shows them)."""

# id -> (name, kind, aliases, lon, lat, passage, source), as searched.SEARCHED_ROWS
ROWS = {
}

# id -> a press name of a row made before these
ALIASES = {
}
