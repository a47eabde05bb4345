"""Typed errors. The CLI and the web layer map them to one-line messages and 4xx answers."""


class WebmapError(Exception):
    """Base class: a problem the user can fix, described in one line."""

    status = 400

    def __init__(self, message: str = "", **details):
        super().__init__(message)
        self.details = details  # more members of the JSON error body, e.g. the `choices` of a port name


class BadArticle(WebmapError):
    """An article file that cannot be read as a story (empty, binary, not UTF-8, too big)."""


class BadSidecar(WebmapError):
    """A malformed or inconsistent `<slug>.toml` sidecar."""


class BadParameter(WebmapError):
    """A query parameter that is missing, unknown or malformed."""


class UnknownStory(WebmapError):
    """No built story has this slug."""

    status = 404


class UnknownPort(WebmapError):
    """A UN/LOCODE or port name that the port gazetteer does not know."""

    status = 404


class AmbiguousPort(WebmapError):
    """A port name that several ports share; `choices` lists them."""


class BadCoordinate(WebmapError):
    """A longitude/latitude pair that is out of range, not a number, or far from the sea."""


class UnknownPassage(WebmapError):
    """A passage name that the maritime network does not have."""


class NoRoute(WebmapError):
    """No sea route joins the two points under the given restrictions."""

    status = 422


class UnknownVessel(WebmapError):
    """A vessel class that the registry (`webmap/vessels.py`) does not have; `choices` lists them."""
