"""The built-in theme: templates/ and static/ in this folder, shipped in the wheel as package data.

A site's own templates/ and static/ override them file by file. This module is the one place that
knows where they are, and it imports nothing heavy, so a no-op rebuild (builder.py) can use it.
"""
from pathlib import Path

THEME = Path(__file__).resolve().parent  # THEME / "templates", THEME / "static", THEME / "fonts"
