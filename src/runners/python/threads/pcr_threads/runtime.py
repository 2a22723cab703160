"""Holds the one scheduler of this interpreter, so every module reaches it late-bound."""

scheduler = None
