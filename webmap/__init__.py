"""webmap: interactive maps of trade and shipping routes, made from news articles."""

__version__ = "0.2.0"
