"""Static report site generator: dated documents in, a searchable report site out."""

__version__ = "0.1.0"
