"""Reference data shipped with webmap: the gazetteer tables and Natural Earth shapes (see SOURCES.md)."""
