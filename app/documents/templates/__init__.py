"""Document templates as data: the forms of TT 20/2017 and the letters an office writes.

:func:`load_templates` reads `resources/templates/*.toml` (and a unit's own folders), checking
every field; :func:`fill` fills one from the values the services take from the records. The
language of the texts (placeholders, loops, conditions; no code) is in :mod:`.engine`; the file
format in docs/templates.md.
"""

from __future__ import annotations

from app.documents.templates.engine import fill
from app.documents.templates.loader import load_templates, templates_dir
from app.documents.templates.model import Filled, NameEntry, Template, TemplateError, TemplateSet

__all__ = [
    "Filled",
    "NameEntry",
    "Template",
    "TemplateError",
    "TemplateSet",
    "fill",
    "load_templates",
    "templates_dir",
]
