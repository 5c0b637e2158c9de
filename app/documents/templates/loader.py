"""Load document templates (TOML) from the built-in folder and the unit's own folders.

Every `*.toml` file of a folder is either one template (top-level keys, docs/templates.md) or a
list of named texts (`[[names]]`). A later folder replaces a template with the same id, and all
the versions of a named text with the same key. Every problem names the file, the template, the
field and the line, in Vietnamese and English; nothing half-loaded is ever used.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from app.config import resources_dir
from app.documents.templates.fields import Fields, field_line, problem
from app.documents.templates.model import (
    APPLIES_ON,
    NEEDS,
    SIGNERS,
    NameEntry,
    Template,
    TemplateError,
    TemplateSet,
)
from app.domain.enums import DocumentType, Urgency
from app.i18n import Text

TEMPLATE_KEYS = frozenset(
    {
        "id",
        "title_vi",
        "title_en",
        "source",
        "doc_type",
        "needs",
        "urgency",
        "signer",
        "subject",
        "recipients",
        "copies",
        "notes",
        "body",
        "description",
    }
)
NAME_KEYS = frozenset({"key", "text", "source", "effective_from", "effective_to", "applies_on"})
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_DOC_TYPES = {str(t.value): t for t in DocumentType}
_URGENCIES = {str(u.value): u for u in Urgency}


def templates_dir() -> Path:
    """The built-in templates (`resources/templates`)."""
    return resources_dir() / "templates"


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise TemplateError(
            path, Text(f"không đúng cú pháp TOML ({error}).", f"is not valid TOML ({error}).")
        ) from None
    except (OSError, UnicodeDecodeError) as error:
        raise TemplateError(
            path, Text(f"không đọc được tệp ({error}).", f"cannot be read ({error}).")
        ) from None


def _template(path: Path, table: dict[str, Any]) -> Template:
    fields = Fields(path, table)
    fields.check_keys(TEMPLATE_KEYS)
    template_id = fields.text("id")
    if not _ID.match(template_id) or template_id != path.stem:
        fields.fail(
            "id",
            Text(
                f"«{template_id}» phải trùng tên tệp «{path.stem}» và chỉ gồm chữ thường "
                "không dấu, chữ số, dấu gạch ngang.",
                f"'{template_id}' must equal the file name '{path.stem}' and hold only lower-case "
                "ASCII letters, digits and hyphens.",
            ),
        )
    fields.template = template_id
    notes = fields.text("notes", "")
    body = fields.text("body")
    return Template(
        id=template_id,
        title=Text(fields.text("title_vi"), fields.text("title_en")),
        source=fields.text("source"),
        doc_type=_DOC_TYPES[fields.choice("doc_type", _DOC_TYPES)],
        needs=fields.choice("needs", NEEDS, ""),
        urgency=_URGENCIES[fields.choice("urgency", _URGENCIES, "thuong")],
        signer=fields.choice("signer", SIGNERS, "deputy"),
        subject=fields.program("subject", fields.text("subject")),
        recipients=fields.programs("recipients"),
        copies=fields.programs("copies"),
        notes=fields.program("notes", notes) if notes else None,
        body=fields.program("body", body, multiline=True),
        body_line=field_line(path, "body", body),
        path=path,
    )


def _names(path: Path, entries: Any) -> list[NameEntry]:
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise TemplateError(
            path,
            problem(
                "«names» phải là danh sách các bảng [[names]].",
                "'names' must be a list of [[names]] tables.",
            ),
        )
    out = []
    for index, table in enumerate(entries, start=1):
        fields = Fields(path, table, prefix=f"names[{index}].")
        fields.check_keys(NAME_KEYS)
        key = fields.text("key")
        if not _ID.match(key):
            fields.fail(
                "key",
                problem(
                    "chỉ gồm chữ thường không dấu, chữ số, dấu gạch ngang.",
                    "lower-case ASCII letters, digits and hyphens only.",
                ),
            )
        program = fields.program("text", fields.text("text"))
        if program.names:
            fields.fail(
                "text",
                problem(
                    "không được dẫn tới nội dung có tên khác (@…).",
                    "may not refer to another named text (@…).",
                ),
            )
        start, end = fields.date("effective_from"), fields.date("effective_to")
        if start and end and end < start:
            fields.fail(
                "effective_to",
                problem("không được trước effective_from.", "must not be before effective_from."),
            )
        basis = fields.choice("applies_on", APPLIES_ON, "")
        out.append(NameEntry(key, program, fields.text("source"), path, start, end, basis))
    return out


def _overlap(a: NameEntry, b: NameEntry) -> bool:
    low, high = dt.date.min, dt.date.max
    return (a.effective_from or low) <= (b.effective_to or high) and (b.effective_from or low) <= (
        a.effective_to or high
    )


def load_templates(extra_dirs: Iterable[Path] = (), *, base_dir: Path | None = None) -> TemplateSet:
    """The built-in templates and names, then each extra folder's (missing folders are skipped:
    a unit that has added none has no folder)."""
    templates: dict[str, Template] = {}
    names: dict[str, tuple[NameEntry, ...]] = {}
    for folder in [base_dir or templates_dir(), *extra_dirs]:
        if not folder.is_dir():
            continue
        found: dict[str, list[NameEntry]] = {}
        for path in sorted(folder.glob("*.toml")):
            document = _read(path)
            if "names" in document:
                if set(document) != {"names"}:
                    raise TemplateError(
                        path,
                        problem(
                            "tệp [[names]] không được chứa trường nào khác.",
                            "a [[names]] file may hold nothing else.",
                        ),
                    )
                for entry in _names(path, document["names"]):
                    found.setdefault(entry.key, []).append(entry)
            else:
                template = _template(path, document)
                templates[template.id] = template
        for key, entries in found.items():
            if len({e.applies_on for e in entries}) > 1:
                raise TemplateError(
                    entries[-1].path,
                    Text(
                        f"các phiên bản của «{key}» phải cùng một giá trị applies_on.",
                        f"every version of '{key}' must have the same applies_on.",
                    ),
                    field="names",
                )
            for i, a in enumerate(entries):
                for b in entries[i + 1 :]:
                    if _overlap(a, b):
                        raise TemplateError(
                            b.path,
                            Text(
                                f"«{key}» có hai phiên bản cùng hiệu lực "
                                f"(xem cả tệp «{a.path.name}»).",
                                f"'{key}' has two versions in force at once (see also "
                                f"'{a.path.name}').",
                            ),
                            field="names",
                        )
            names[key] = tuple(entries)
    for template in templates.values():
        used = template.subject.names | template.body.names
        for program in (*template.recipients, *template.copies):
            used |= program.names
        for key in sorted(used - names.keys()):
            raise TemplateError(
                template.path,
                Text(
                    f"không có nội dung «@{key}» trong các tệp [[names]].",
                    f"no [[names]] file defines '@{key}'.",
                ),
                template=template.id,
            )
    return TemplateSet(templates, names)
