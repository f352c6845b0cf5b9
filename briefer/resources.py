"""Locate the packaged `prompts/` and `templates/` folders.

In a wheel they are force-included inside the package (`briefer/prompts`); in an
editable checkout they sit at the repository's top level, beside `briefer/`.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path


def resource_dir(name: str) -> Traversable:
    packaged = files("briefer") / name
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parent.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"briefer resource folder {name!r} is missing from the installation")


def read_text(folder: str, name: str) -> str:
    return (resource_dir(folder) / name).read_text(encoding="utf-8")
