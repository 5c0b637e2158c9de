"""The Vietnamese catalogues: complete, matching the sources, placeholders kept, Qt's buttons.

The checks parse the `.ts` files themselves (not through `ui.common.i18n`), so a bug in the loader
cannot hide a gap in the catalogue.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from ui.common import i18n

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ui"
APP_TS = ROOT / "translations" / "attt_desk_vi.ts"
QT_TS = ROOT / "translations" / "qt_vi.ts"
PLACEHOLDERS = re.compile(r"%\d+|\{[a-z_]+\}")
HELPERS = {"tr"}  # ui.common.i18n.tr(context, text): the only way ui/ translates


@dataclass(frozen=True)
class Message:
    file: str
    context: str
    source: str
    comment: str
    translation: str | None
    kind: str | None  # the translation's type attribute: unfinished, vanished, obsolete


def messages(path: Path) -> list[Message]:
    root = ET.parse(path).getroot()
    assert root.tag == "TS" and root.get("language") == "vi_VN"
    found = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            found.append(
                Message(
                    path.name,
                    name,
                    message.findtext("source", ""),
                    message.findtext("comment", ""),
                    None if translation is None else translation.text,
                    None if translation is None else translation.get("type"),
                )
            )
    return found


def helper_calls() -> Iterator[tuple[Path, int, ast.Call]]:
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name in HELPERS:
                yield path, node.lineno, node


ALL = messages(APP_TS) + messages(QT_TS)


def test_every_message_is_translated() -> None:
    problems = [
        f"{m.file} {m.context}: {m.source!r} ({m.kind or 'empty'})"
        for m in ALL
        if m.kind is not None or not (m.translation or "").strip()
    ]
    assert problems == []


def test_no_message_is_listed_twice() -> None:
    twice = [k for k, n in Counter((m.context, m.source, m.comment) for m in ALL).items() if n > 1]
    assert twice == []


@pytest.mark.parametrize("message", ALL, ids=lambda m: f"{m.context}:{m.source[:30]}")
def test_placeholders_are_kept(message: Message) -> None:
    source = Counter(PLACEHOLDERS.findall(message.source))
    assert Counter(PLACEHOLDERS.findall(message.translation or "")) == source


def test_the_helper_is_only_called_with_literals() -> None:
    bad = [
        f"{path.relative_to(ROOT)}:{line}"
        for path, line, call in helper_calls()
        if path.name != "i18n.py"
        and (
            len(call.args) != 2
            or call.keywords
            or not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in call.args)
        )
    ]
    assert bad == [], "tr(context, text) needs two string literals, or lupdate cannot see it"


def test_every_string_used_in_ui_is_in_the_catalogue() -> None:
    known = {(m.context, m.source) for m in messages(APP_TS)}
    used = {
        (call.args[0].value, call.args[1].value)
        for path, _, call in helper_calls()
        if path.name != "i18n.py" and len(call.args) == 2
        if all(isinstance(a, ast.Constant) for a in call.args)
    }
    assert used, "the scan found no tr() call at all"
    assert sorted(used - known) == []
    assert sorted(known - used) == [], "the catalogue keeps strings no longer used"


def test_the_loader_reads_what_the_test_reads() -> None:
    loaded = {}
    for path in i18n.catalog_paths("vi"):
        loaded.update(i18n.read_catalog(path))
    assert loaded == {(m.context, m.source, m.comment): m.translation for m in ALL}


def test_qt_standard_buttons_read_vietnamese(qtbot: QtBot) -> None:
    translators = i18n.install("vi")
    try:
        box = QMessageBox()
        qtbot.addWidget(box)
        box.setStandardButtons(
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Close
        )
        assert sorted(b.text() for b in box.buttons()) == ["&Có", "&Không", "Đóng"]
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Save
        )
        qtbot.addWidget(buttons)
        assert sorted(b.text() for b in buttons.buttons()) == ["Hủy", "Lưu", "Đồng ý"]
        edit = QLineEdit()
        qtbot.addWidget(edit)
        menu = edit.createStandardContextMenu()
        texts = [a.text().split("\t")[0] for a in menu.actions() if a.text()]
        assert texts == ["&Hoàn tác", "&Làm lại", "&Cắt", "C&hép", "&Dán", "Xóa", "Chọn tất cả"]
        menu.deleteLater()
    finally:
        i18n.uninstall(translators)
    assert i18n.tr("Sidebar", "Settings") == "Settings"  # removed again


def test_fill_replaces_numbered_placeholders() -> None:
    assert i18n.fill("%1 of %2, %1", 3, 10) == "3 of 10, 3"
    assert i18n.fill("%12 and %1", "a") == "%12 and a"
