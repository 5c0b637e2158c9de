"""The outgoing documents screen on the sample unit: a report drafted from an incident through
the template dialog, edited in Vietnamese, previewed, issued (numbered, then read-only), sent,
exported to PDF and DOCX, printed, and found again with the register's filters."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from app.domain.documents import OutgoingDocument
from app.domain.enums import DocumentState, DocumentType, SendChannel, Urgency
from app.services.workspace import Workspace
from tests import factories as f
from tests.ui.conftest import column_texts, start_desk
from tests.ui.form_helpers import answer
from tests.ui.helpers import type_text
from ui.documents.dialogs import IssueDialog, SentDialog
from ui.documents.editor import DocumentEditor
from ui.documents.screen import DocumentsScreen, Facets
from ui.shell.app import DeskApp, Preferences

# The offscreen plugin's harmless note when a dialog opens (feasibility.md §2).

SUBJECT = "Sự cố mã độc tống tiền tại Bộ phận Một cửa xã Đăk Hà"
READ_ONLY = "Văn bản đã ban hành không được sửa; hãy lập văn bản mới để đính chính."


@pytest.fixture
def sample_desk(qtbot: QtBot, tmp_path: Path, prefs: Preferences) -> Iterator[DeskApp]:
    ws: Workspace = f.workspace(tmp_path)
    ws.maintenance.load_sample(dt.date(2026, 11, 23))
    app = start_desk(qtbot, ws, prefs)
    yield app
    app.close()
    ws.close()


def open_documents(qtbot: QtBot, desk: DeskApp) -> DocumentsScreen:
    screen = desk.window.select_screen("documents")
    assert isinstance(screen, DocumentsScreen)
    qtbot.waitUntil(lambda: screen.is_loaded and not desk.runner.busy)
    return screen


def flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def wait_for_preview(qtbot: QtBot, desk: DeskApp, editor: DocumentEditor) -> None:
    qtbot.waitUntil(lambda: editor.preview_ready and not desk.runner.busy, timeout=20_000)
    assert editor.view.preview.page_count > 0
    assert editor.view.preview.note.text().startswith("Xem trước bản in · ")


def draft_from_incident(qtbot: QtBot, desk: DeskApp, screen: DocumentsScreen, code: str) -> str:
    """Văn bản mới → Báo cáo ban đầu (Mẫu 03) for the incident *code*; returns the draft's id."""
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.new_flow.dialog is not None)
    dialog = screen.new_flow.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    titles = [
        dialog.templates.topLevelItem(i).text(0)
        for i in range(dialog.templates.topLevelItemCount())
    ]
    assert "Báo cáo ban đầu sự cố (Mẫu 03)" in titles
    assert "Công văn" in titles
    assert dialog.select_template("bao-cao-ban-dau")
    assert dialog.templates.currentItem().text(1) == "một sự cố"
    assert dialog.incident.isVisibleTo(dialog) and not dialog.system.isVisibleTo(dialog)
    index = next(
        i for i in range(dialog.incident.count()) if dialog.incident.itemText(i).startswith(code)
    )
    dialog.incident.setCurrentIndex(index)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.page_open and screen.editor.data is not None, timeout=20_000)
    assert screen.new_flow.dialog is None
    return screen.editor.doc_id


def test_draft_edit_preview_issue_export_and_find(
    qtbot: QtBot, sample_desk: DeskApp, tmp_path: Path
) -> None:
    ws = sample_desk.ws
    screen = open_documents(qtbot, sample_desk)
    incident_id = ws.documents.incident_id("SC-2026-014")
    doc_id = draft_from_incident(qtbot, sample_desk, screen, "SC-2026-014")
    editor = screen.editor
    view = editor.view
    draft = ws.documents.get(doc_id)
    assert (draft.template, draft.incident_id, draft.state) == (
        "bao-cao-ban-dau",
        incident_id,
        DocumentState.NHAP,
    )
    wait_for_preview(qtbot, sample_desk, editor)
    assert view.title.text() == "Dự thảo báo cáo (chưa cấp số)"
    assert "Mẫu: Báo cáo ban đầu sự cố (Mẫu 03)" in view.info.text()
    assert "Sự cố: SC-2026-014" in view.info.text()
    assert view.recipients.toPlainText().splitlines() == list(draft.recipients)
    assert view.signer.currentText().startswith("Nguyễn Thị Thu Hương – KT. CHỦ TỊCH")

    view.subject.clear()
    type_text(view.subject, SUBJECT)
    view.urgency.setCurrentIndex(view.urgency.findData(Urgency.KHAN))
    assert editor.dirty and view.save_button.isEnabled()
    first = view.preview.path
    qtbot.mouseClick(view.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.preview.path != first and not sample_desk.runner.busy)
    wait_for_preview(qtbot, sample_desk, editor)
    assert not editor.dirty
    saved = ws.documents.get(doc_id)
    assert (saved.subject, saved.urgency) == (SUBJECT, Urgency.KHAN)
    assert view.preview.document.pageCount() > 0

    qtbot.mouseClick(view.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.doc is not None and editor.doc.state is DocumentState.TRINH_KY)
    assert view.state.text() == "Trình ký" and view.status.text() == "Đã trình ký."
    assert not view.submit_button.isEnabled() and view.issue_button.isEnabled()
    assert not view.subject.isReadOnly()  # still a draft: it can be corrected before signing

    qtbot.mouseClick(view.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(editor.flow.dialog, IssueDialog))
    issue = editor.flow.dialog
    assert isinstance(issue, IssueDialog)
    issue.date.setDate(QDate(2026, 11, 23))
    qtbot.mouseClick(issue.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.doc is not None and editor.doc.state.issued)
    issued = ws.documents.get(doc_id)
    assert re.fullmatch(r"\d{2,}/BC-UBND", issued.full_number)
    assert issued.date == dt.date(2026, 11, 23)
    assert view.title.text() == f"Báo cáo số {issued.full_number} ngày 23/11/2026"
    assert view.state.text() == "Đã ký"
    assert view.subject.isReadOnly() and view.body.isReadOnly()
    assert not view.signer.isEnabled() and not view.urgency.isEnabled()
    assert view.banner.isVisibleTo(view) and view.banner.text() == READ_ONLY
    assert not view.save_button.isVisibleTo(view)
    assert not view.issue_button.isEnabled() and view.sent_button.isEnabled()
    assert view.status.text() == f"Đã ban hành: số {issued.full_number} ngày 23/11/2026."
    wait_for_preview(qtbot, sample_desk, editor)

    pdf, word = tmp_path / "bao-cao.pdf", tmp_path / "bao-cao.docx"
    for path in (pdf, word):
        editor.flow.export_to(path)
        qtbot.waitUntil(lambda p=path: view.status.text() == f"Đã ghi ra {p}.", timeout=20_000)
    text = flat(" ".join(page.extract_text() for page in PdfReader(pdf).pages))
    assert SUBJECT in text and issued.full_number in text
    assert SUBJECT in flat(" ".join(p.text for p in docx.Document(str(word)).paragraphs))

    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert not screen.page_open
    panel = screen.list_panel
    qtbot.waitUntil(lambda: not sample_desk.runner.busy)
    panel.view.filter_edit.clear()
    type_text(panel.view.filter_edit, "bao cao")
    assert SUBJECT in column_texts(panel, "subject")
    panel.view.filter_edit.clear()
    type_text(panel.view.filter_edit, "ma doc mot cua dak ha")
    assert column_texts(panel, "subject") == [SUBJECT]
    assert panel.view.count_label.text().startswith("Hiển thị 1/")


def test_year_state_and_type_filters(qtbot: QtBot, sample_desk: DeskApp) -> None:
    screen = open_documents(qtbot, sample_desk)
    panel = screen.list_panel
    years = [screen.filters.year.itemText(i) for i in range(screen.filters.year.count())]
    assert years[0] == "Tất cả các năm" and "2026" in years and "2025" in years
    everything = panel.proxy.rowCount()

    def choose(facets: Facets) -> list[OutgoingDocument]:
        screen.set_facets(facets)
        qtbot.waitUntil(lambda: not sample_desk.runner.busy)
        return panel.records()

    in_2025 = choose(Facets(year=2025))
    assert in_2025 and all(d.year == 2025 for d in in_2025)
    assert screen.filters.register_pdf.text() == "Lưu sổ văn bản đi năm 2025 ra PDF…"
    sent = choose(Facets(state=DocumentState.DA_GUI))
    assert sent and all(d.state is DocumentState.DA_GUI for d in sent)
    letters = choose(Facets(doc_type=DocumentType.CONG_VAN))
    assert letters and all(d.doc_type is DocumentType.CONG_VAN for d in letters)
    assert screen.filters.doc_type.currentText() == "Công văn"
    assert len(choose(Facets())) == everything


def test_sent_signed_copy_and_printing(qtbot: QtBot, sample_desk: DeskApp, tmp_path: Path) -> None:
    ws = sample_desk.ws
    screen = open_documents(qtbot, sample_desk)
    draft = ws.documents.new_document("dau-moi")
    ws.documents.issue(f.finish(ws, draft.id), date=dt.date(2026, 11, 23))
    screen.open_document(draft.id)
    editor, view = screen.editor, screen.editor.view
    wait_for_preview(qtbot, sample_desk, editor)
    assert view.state.text() == "Đã ký"

    qtbot.mouseClick(view.sent_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(editor.flow.dialog, SentDialog))
    sent = editor.flow.dialog
    assert isinstance(sent, SentDialog)
    assert [sent.channel.itemText(i) for i in range(sent.channel.count())][:2] == [
        "Văn bản giấy",
        "Thư điện tử",
    ]
    sent.channel.setCurrentIndex(sent.channel.findData(SendChannel.EMAIL))
    qtbot.mouseClick(sent.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.doc is not None and editor.doc.state is DocumentState.DA_GUI)
    assert ws.documents.get(draft.id).channel is SendChannel.EMAIL
    assert view.state.text() == "Đã gửi" and not view.sent_button.isEnabled()

    scan = tmp_path / "ban-da-ky.pdf"
    scan.write_bytes(Path(view.preview.path or "").read_bytes())
    editor.flow.attach_file(scan)
    qtbot.waitUntil(lambda: view.scan.isVisibleTo(view) and not sample_desk.runner.busy)
    stored = ws.documents.get(draft.id).signed_scan
    assert stored.startswith("van-ban-di/2026/") and stored.endswith(".pdf")
    assert "Bản đã ký đính kèm:" in view.scan.text()

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "ban-in.pdf"))
    editor.flow.print_with(printer)
    qtbot.waitUntil(lambda: editor.flow.print_job is None, timeout=30_000)
    assert view.status.text() == "Đã gửi tới máy in."
    printed = PdfReader(tmp_path / "ban-in.pdf")
    assert len(printed.pages) == view.preview.page_count
    width, height = printed.pages[0].mediabox.width, printed.pages[0].mediabox.height
    assert (round(width), round(height)) == (595, 842)  # A4, as the document


def test_issued_documents_are_not_deleted_drafts_are(qtbot: QtBot, sample_desk: DeskApp) -> None:
    ws = sample_desk.ws
    screen = open_documents(qtbot, sample_desk)
    panel = screen.list_panel
    issued = next(d for d in panel.records() if d.state.issued)
    assert panel.select(issued.id)
    assert screen.open_button.isEnabled() and not screen.delete_button.isEnabled()
    qtbot.waitUntil(lambda: screen.glance.ready and not sample_desk.runner.busy, timeout=20_000)
    glance = screen.glance.preview
    assert glance.page_count > 0 and glance.note.text().startswith(
        f"Xem trước văn bản số {issued.full_number} · "
    )
    assert not screen.delete_current()
    assert screen.filters.status.text() == (
        "Văn bản đã ban hành được lưu trong sổ, không xóa được."
    )
    assert screen.edit_current() and screen.page_open
    qtbot.waitUntil(lambda: screen.editor.data is not None and not sample_desk.runner.busy)
    assert screen.editor.view.banner.isVisibleTo(screen.editor.view)
    screen.show_list()
    draft = next(d for d in panel.records() if not d.state.issued)
    assert panel.select(draft.id)
    assert screen.delete_button.isEnabled()
    qtbot.mouseClick(screen.delete_button, Qt.MouseButton.LeftButton)
    answer(qtbot, "Xóa")
    qtbot.waitUntil(lambda: all(d.id != draft.id for d in ws.documents.documents()))
    qtbot.waitUntil(sample_desk.window.commands.actions.undo.isEnabled)  # Ctrl+Z brings it back


def test_an_unfinished_draft_is_refused_with_its_placeholders_marked_then_issued_by_number(
    qtbot: QtBot, sample_desk: DeskApp
) -> None:
    ws = sample_desk.ws
    screen = open_documents(qtbot, sample_desk)
    draft = ws.documents.new_document("cong-van")
    screen.open_document(draft.id)
    editor, view = screen.editor, screen.editor.view
    wait_for_preview(qtbot, sample_desk, editor)
    qtbot.mouseClick(view.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "chưa hoàn chỉnh" in view.status.text())
    assert "“[trích yếu nội dung công văn]”" in view.status.text()
    marked = [s.cursor.selectedText() for s in view.body.extraSelections()]
    assert marked == [  # every one, the wrapped first paragraph's and the later ones
        "[tên loại, số, ký hiệu, ngày tháng và trích yếu văn bản chỉ đạo của cấp trên]",
        "[báo cáo, đề nghị hoặc thông báo]",
        "[Nội dung thứ nhất.]",
        "[Nội dung thứ hai.]",
    ]
    assert ws.documents.get(draft.id).state is DocumentState.NHAP  # nothing moved

    f.finish(ws, draft.id)
    screen.open_document(draft.id)
    wait_for_preview(qtbot, sample_desk, editor)
    qtbot.mouseClick(view.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(editor.flow.dialog, IssueDialog))
    issue = editor.flow.dialog
    assert isinstance(issue, IssueDialog)
    assert issue.number.value() == ws.documents.next_number(draft.unit_id, 2026)
    issue.date.setDate(QDate(2026, 11, 23))
    issue.number.setValue(900)  # the văn thư's number: a gap is fine
    qtbot.mouseClick(issue.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.doc is not None and editor.doc.state.issued)
    assert ws.documents.get(draft.id).full_number == "900/UBND-VHXH"


def test_a_date_of_issue_after_today_asks_first_and_a_no_changes_nothing(
    qtbot: QtBot, sample_desk: DeskApp
) -> None:
    ws = sample_desk.ws
    screen = open_documents(qtbot, sample_desk)
    draft = ws.documents.new_document("cong-van")
    f.finish(ws, draft.id)
    screen.open_document(draft.id)
    editor, view = screen.editor, screen.editor.view
    wait_for_preview(qtbot, sample_desk, editor)
    asked: list[list[str]] = []
    answers = [False, True]

    def confirm(warnings: list[str]) -> bool:
        asked.append(warnings)
        return answers.pop(0)

    editor.flow.confirm_warnings = confirm
    for _attempt in range(2):
        qtbot.mouseClick(view.issue_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: isinstance(editor.flow.dialog, IssueDialog))
        issue = editor.flow.dialog
        assert isinstance(issue, IssueDialog)
        issue.date.setDate(issue.date.date().addDays(40))  # the editor's today + 40 days
        qtbot.mouseClick(issue.accept_button, Qt.MouseButton.LeftButton)
        if answers:
            qtbot.waitUntil(lambda: view.status.text() == "Chưa ban hành: không có gì thay đổi.")
            assert ws.documents.get(draft.id).state is DocumentState.NHAP
    qtbot.waitUntil(lambda: editor.doc is not None and editor.doc.state.issued)
    assert len(asked) == 2 and "sau hôm nay" in asked[0][0]
