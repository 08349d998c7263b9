"""soc-kg: a knowledge graph of UK serious and organised crime policing."""

__version__ = "0.1.0"
