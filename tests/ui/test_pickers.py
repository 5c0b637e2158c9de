"""Every record picker ranks the same way (exact, phrase, folded phrase, words) and never picks
silently on a tie: systems and contacts in the forms, incidents in the new-document dialog."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.incidents import Incident
from app.domain.people import Contact
from app.domain.systems import InfoSystem
from app.services.workspace import Workspace
from tests.ui.conftest import open_register, start_desk
from tests.ui.form_helpers import WAIT, field, form_of
from tests.ui.helpers import ONE_STOP, PORTAL, Sample, type_text
from ui.common.forms.pickers import MultiPicker, ReferencePicker
from ui.documents.new import documents_action
from ui.documents.new_view import NewDocumentView
from ui.shell.app import DeskApp, Preferences

MAIL = "Hệ thống thư điện tử công vụ"
# Alphabetically before the mail system, and holding every folded word of its name.
SERVICES = "Hệ thống dịch vụ công: thủ tục hành chính điện tử"


@pytest.fixture
def desk(qtbot: QtBot, ws: Workspace, sample: Sample, prefs: Preferences) -> Iterator[DeskApp]:
    ws.records.save(InfoSystem(name=SERVICES))
    ws.records.save(InfoSystem(name=MAIL))
    app = start_desk(qtbot, ws, prefs)
    yield app
    app.close()


def listed(picker: ReferencePicker) -> list[str]:
    return [picker.filter.index(r, 0).data() for r in range(picker.filter.rowCount())]


def typed_into(qtbot: QtBot, picker: ReferencePicker, text: str) -> None:
    picker.setFocus()
    picker.line().clear()
    type_text(picker.line(), text)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=WAIT)


def press_enter(picker: ReferencePicker) -> None:
    popup = picker.completer().popup()  # type: ignore[union-attr]
    assert popup is not None
    QTest.keyClick(popup, Qt.Key.Key_Return)


def test_the_system_picker_puts_the_whole_phrase_first_and_enter_takes_it(
    qtbot: QtBot, desk: DeskApp, ws: Workspace
) -> None:
    panel = open_register(qtbot, desk, "assessments")
    panel.new_record()
    dialog = form_of(qtbot, panel.editor)
    picker = field(dialog, "system_id")
    typed_into(qtbot, picker, "thư điện tử công vụ")
    assert listed(picker) == [MAIL, SERVICES]
    assert picker.filter.data(picker.filter.index(0, 0), Qt.ItemDataRole.FontRole).bold()
    press_enter(picker)
    mail = next(s for s in ws.records.find(InfoSystem) if s.name == MAIL)
    assert picker.value() == mail.id
    dialog.reject()


def test_an_exact_name_comes_before_longer_names_holding_it(
    qtbot: QtBot, desk: DeskApp, ws: Workspace
) -> None:
    ws.records.save(InfoSystem(name="Cổng thông tin"))
    panel = open_register(qtbot, desk, "assessments")
    panel.new_record()
    dialog = form_of(qtbot, panel.editor)
    picker = field(dialog, "system_id")
    typed_into(qtbot, picker, "cổng thông tin")
    assert listed(picker) == ["Cổng thông tin", PORTAL]
    press_enter(picker)
    assert picker.currentText() == "Cổng thông tin"
    dialog.reject()


def test_the_contact_picker_ranks_alike_and_a_tie_chooses_nothing(
    qtbot: QtBot, desk: DeskApp, ws: Workspace
) -> None:
    panel = open_register(qtbot, desk, "roster")
    panel.new_record()
    dialog = form_of(qtbot, panel.editor)
    picker = field(dialog, "contact_id")
    typed_into(qtbot, picker, "Văn")  # "Dương Văn Hải", "Lê Văn An", "Nguyễn Văn Đồng"
    assert len(listed(picker)) == 3 and picker.filter.ranking.tied
    press_enter(picker)
    assert picker.currentText() == "Văn" and picker.notice
    with pytest.raises(ValueError):
        picker.value()  # typed text naming three contacts chooses none
    typed_into(qtbot, picker, "van dong")  # folded, one match: Enter takes it
    assert listed(picker) == ["Nguyễn Văn Đồng"]
    press_enter(picker)
    chosen = next(c for c in ws.records.find(Contact) if c.name == "Nguyễn Văn Đồng")
    assert picker.value() == chosen.id
    dialog.reject()


def test_the_multi_picker_lists_the_best_matches_first(
    qtbot: QtBot, desk: DeskApp, sample: Sample
) -> None:
    panel = open_register(qtbot, desk, "scans")
    panel.new_record()
    dialog = form_of(qtbot, panel.editor)
    systems = field(dialog, "system_ids")
    assert isinstance(systems, MultiPicker)
    systems.items()[0].setCheckState(Qt.CheckState.Checked)
    first = systems.items()[0].text()
    systems.filter_edit.setText("thư điện tử công vụ")
    shown = [i.text() for i in systems.items() if not i.isHidden()]
    assert shown == [MAIL, SERVICES]
    systems.filter_edit.setText("")
    assert [i.text() for i in systems.items()][:1] == [first]  # the order comes back
    assert systems.value() == (systems.items()[0].data(Qt.ItemDataRole.UserRole),)
    assert ONE_STOP in [i.text() for i in systems.items()]
    dialog.reject()


def test_the_incident_picker_of_a_new_document_ranks_alike(
    qtbot: QtBot, desk: DeskApp, ws: Workspace, sample: Sample
) -> None:
    leak = next(i for i in ws.records.find(Incident) if i.title.startswith("Lộ lọt"))
    action = documents_action(desk.window.ctx, desk.window, incident_id=None)
    action.trigger()

    def dialog() -> NewDocumentView | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, NewDocumentView)]
        return found[0] if found and found[0].isVisible() else None

    qtbot.waitUntil(lambda: dialog() is not None, timeout=WAIT)
    view = dialog()
    assert view is not None and view.select_template("thong-bao-su-co")
    picker = view.incident
    typed_into(qtbot, picker, "tài khoản thư điện tử")
    assert listed(picker)[0] == f"{leak.code} · {leak.title}"
    assert not view.create_button.isEnabled()  # typed text is no choice yet
    press_enter(picker)
    assert view.chosen()[1] == leak.id and view.create_button.isEnabled()
    view.reject()


def test_a_record_outside_the_list_is_kept_and_named_in_words_not_by_its_id(
    qtbot: QtBot,
) -> None:
    other = "4f1c2b9a-7d3e-4c55-9a61-0d2f6b8e1a03"
    picker = ReferencePicker([("a", PORTAL)], "— none —")
    qtbot.addWidget(picker)
    picker.set_value(other)
    assert other not in picker.currentText() and picker.currentText()
    assert picker.value() == other
    systems = MultiPicker([("a", PORTAL)])
    qtbot.addWidget(systems)
    systems.set_value((other,))
    assert [i.text() for i in systems.items()] == [PORTAL, picker.currentText()]
    assert systems.value() == (other,)


def test_a_long_name_in_the_list_shows_whole_in_its_tooltip(qtbot: QtBot) -> None:
    long_name = "Hệ thống thông tin giải quyết thủ tục hành chính tỉnh (Một cửa điện tử) tại xã"
    picker = ReferencePicker([("a", long_name), ("b", PORTAL)], "— none —")
    qtbot.addWidget(picker)
    picker.filter.set_query("thu tuc")
    index = picker.filter.index(0, 0)
    assert picker.filter.data(index, Qt.ItemDataRole.ToolTipRole) == long_name
