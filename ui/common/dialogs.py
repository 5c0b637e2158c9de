"""Message boxes, in the user's language (Qt's own button texts come from our catalogue)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from ui.common.i18n import fill, tr


def sample_dialog(parent: QWidget | None = None) -> tuple[QMessageBox, QPushButton]:
    """The first-run question: load the sample unit now, or later. Returns the box and its
    accept button; the caller runs it (or, in the smoke test, answers it without showing)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("FirstRun", "No unit yet"))
    box.setText(tr("FirstRun", "This database holds no unit yet."))
    box.setInformativeText(
        tr(
            "FirstRun",
            "Load the sample unit (a commune People's Committee with every register filled "
            "in) to try the app? It can be deleted or changed later.",
        )
    )
    accept = box.addButton(
        tr("FirstRun", "Load the sample unit"), QMessageBox.ButtonRole.AcceptRole
    )
    later = box.addButton(tr("FirstRun", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(accept)
    box.setEscapeButton(later)
    return box, accept


def error_box(parent: QWidget | None, title: str, text: str, detail: str = "") -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    if detail:
        box.setDetailedText(detail)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    return box


def show_error(parent: QWidget | None, text: str, detail: str = "") -> None:
    """Tell the user an action failed; *text* is already in their language."""
    error_box(parent, tr("Errors", "ATTT Desk – error"), text, detail).exec()


def show_unexpected(parent: QWidget | None, kind: str, log: str) -> None:
    """What went wrong, in a person's words: its kind and where the details are (the log keeps
    the stack, never a record's values); no SQL, no stack trace on the screen."""
    error_box(
        parent,
        tr("Errors", "ATTT Desk – error"),
        fill(
            tr(
                "Errors",
                "An unexpected error occurred (%1). Your data is safe: nothing half-done was "
                "saved. The details are written to the log: %2",
            ),
            kind,
            log,
        ),
    ).exec()


def show_cannot_open(text: str) -> None:
    """The database could not be opened: nothing else can run, so this is the only window."""
    error_box(None, tr("Errors", "ATTT Desk – cannot open the database"), text).exec()


def confirm_items(
    parent: QWidget | None, title: str, intro: str, items: list[str], go: str
) -> bool:
    """A warning listing *items* (each a sentence begun in lower case), with *go* and Cancel;
    True when the person chose *go*."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(intro)
    box.setInformativeText("\n".join(f"– {s[:1].upper()}{s[1:]}." for s in items))
    chosen_button = box.addButton(go, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    chosen = box.clickedButton() is chosen_button
    box.deleteLater()
    return chosen
