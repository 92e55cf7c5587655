"""k2check: an offline fact-checker for vitamin K / K2 nutrition claims."""

__version__ = "0.1.0"
