"""Browser assets shipped with webmap: its script and styles, and the vendored Leaflet."""
