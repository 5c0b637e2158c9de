"""The verification report of a package, put on screen before anything is written: the unit,
when and by what it was made, the signing key and whether it is known, new or different, the
records of each register and every record that importing would add, update or remove (by
title and UUID), the problems in red and the notes."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from app.domain.dates import screen_date
from app.domain.registry import BY_KEY, KINDS
from app.services.exchange.inspect import ImportReport, KeyStatus
from app.services.exchange.overview import vn_time
from app.services.exchange.service import human_size
from ui.common.i18n import fill, tr
from ui.exchange.parts import AMBER, GREEN, RED, capitalised, cell, colour, fit_columns
from ui.exchange.receive_view import ReportView

MAX_SHOWN = 2000  # changes listed one by one; the counts above cover the rest

KEY_COLOURS = {KeyStatus.KNOWN: GREEN, KeyStatus.NEW: AMBER, KeyStatus.CHANGED: RED}


def action_label(action: str) -> str:
    if action == "added":
        return tr("ExchangeImport", "add")
    if action == "updated":
        return tr("ExchangeImport", "update")
    return tr("ExchangeImport", "remove")


ACTION_COLOURS = {"added": GREEN, "updated": AMBER, "removed": RED}


def short_title(title: str, singular: str) -> str:
    """'hệ thống thông tin “Cổng thông tin”' -> 'Cổng thông tin': the register has its column."""
    if title.startswith(f"{singular} “") and title.endswith("”"):
        return title[len(singular) + 2 : -1]
    return "" if title.startswith(f"{singular} mã ") else title  # untitled: the id says it


def key_advice(report: ImportReport, lang: str) -> str:
    status = report.key_status.label(lang)
    if report.key_status is KeyStatus.KNOWN:
        return status
    if report.key_status is KeyStatus.NEW:
        advice = tr(
            "ExchangeImport",
            "Compare this fingerprint with the one printed on the unit's cover letter (or read "
            "it out with the unit by phone) before you trust it.",
        )
    else:
        advice = fill(
            tr(
                "ExchangeImport",
                "Registered: %1. Accept it only if the unit confirms that it changed its key "
                "(a new computer, the app installed again).",
            ),
            ", ".join(report.registered_fingerprints),
        )
    return f"{capitalised(status)}. {advice}"


def fill_report(view: ReportView, report: ImportReport, lang: str) -> None:
    view.unit.setText("\n".join(name for _uid, name in report.units))
    version = report.app_version or "?"
    made = fill(tr("ExchangeImport", "%1 with ATTT Desk %2"), vn_time(report.created_at), version)
    if report.period[1] is not None:
        made += "; " + fill(tr("ExchangeImport", "data up to %1"), screen_date(report.period[1]))
    view.made.setText(made)
    encrypted = tr("ExchangeImport", "encrypted") if report.encrypted else ""
    size = ", ".join(p for p in (human_size(report.size), encrypted) if p)
    view.package.setText(f"{report.path} ({size})\nSHA-256 {report.sha256}")
    view.fingerprint.setText(report.fingerprint)
    view.key_status.setText(key_advice(report, lang))
    colour(view.key_status, KEY_COLOURS[report.key_status], bold=True)
    problems = [capitalised(p.get(lang)) for p in report.problems]
    view.problems.setText(
        "\n".join(
            [tr("ExchangeImport", "This package cannot be imported:")]
            + [f"• {text}" for text in problems]
        )
    )
    colour(view.problems, RED, bold=True)
    view.problems.setVisible(bool(problems))
    view.notes.setText("\n".join(f"• {capitalised(n.get(lang))}" for n in report.notes))
    view.notes.setVisible(bool(report.notes))
    _fill_counts(view, report, lang)
    _fill_changes(view, report, lang)
    view.commit_button.setEnabled(report.can_commit)


def _fill_counts(view: ReportView, report: ImportReport, lang: str) -> None:
    added, updated, removed = (report.count(a) for a in ("added", "updated", "removed"))
    rows: list[tuple[str, tuple[int, ...]]] = []
    for kind in KINDS:
        numbers: tuple[int, ...] = (
            report.counts.get(kind.key, 0),
            added.get(kind.key, 0),
            updated.get(kind.key, 0),
            removed.get(kind.key, 0),
            report.unchanged.get(kind.key, 0),
        )
        if any(numbers):
            rows.append((kind.plural.get(lang), numbers))
    totals = tuple(sum(n[i] for _k, n in rows) for i in range(5))
    rows.append((tr("ExchangeImport", "Total"), totals))
    table = view.counts
    table.setRowCount(len(rows))
    last = len(rows) - 1
    for row, (label, values) in enumerate(rows):
        items = [cell(label)] + [cell(value, number=True) for value in values]
        for column, item in enumerate(items):
            if row == last:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            table.setItem(row, column, item)
    fit_columns(table)
    for column in range(1, table.columnCount()):
        table.setColumnWidth(column, max(table.columnWidth(column), 90))
    frame = 2 * table.frameWidth()
    width = sum(table.columnWidth(c) for c in range(table.columnCount()))
    table.setFixedWidth(width + frame)
    height = table.horizontalHeader().sizeHint().height() + frame
    table.setFixedHeight(height + sum(table.rowHeight(r) for r in range(table.rowCount())))


def _fill_changes(view: ReportView, report: ImportReport, lang: str) -> None:
    changes = report.changes
    count = {a: sum(1 for c in changes if c.action == a) for a in ("added", "updated", "removed")}
    if changes:
        view.changes_title.setText(
            fill(
                tr("ExchangeImport", "Importing would add %1, update %2 and remove %3 records:"),
                count["added"],
                count["updated"],
                count["removed"],
            )
        )
    else:
        view.changes_title.setText(tr("ExchangeImport", "Importing changes nothing."))
    shown = changes[:MAX_SHOWN]
    table = view.changes
    table.setRowCount(len(shown))
    for row, change in enumerate(shown):
        kind = BY_KEY[change.kind]
        items = (
            cell(action_label(change.action), color=ACTION_COLOURS[change.action]),
            cell(kind.plural.get(lang)),
            cell(short_title(change.title, kind.singular.vi)),
            cell(change.id),
        )
        for column, item in enumerate(items):
            table.setItem(row, column, item)
    fit_columns(table, widest=520)
    table.setVisible(bool(changes))


def two_lines(fingerprint: str) -> str:
    """16 groups of four as two lines of eight, easier to compare with the letter."""
    groups = fingerprint.split()
    return " ".join(groups[:8]) + "\n" + " ".join(groups[8:])


def trust_box(parent: QWidget, report: ImportReport) -> tuple[QMessageBox, QPushButton]:
    """The question asked before a new or changed key is trusted, its fingerprint shown."""
    units = ", ".join(name for _uid, name in report.units)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("ExchangeImport", "Trust this signing key?"))
    if report.key_status is KeyStatus.CHANGED:
        text = tr(
            "ExchangeImport",
            "The package of “%1” is signed with a key DIFFERENT from the unit's registered key.",
        )
    else:
        text = tr("ExchangeImport", "The package of “%1” is signed with a key not yet registered.")
    box.setText(fill(text, units))
    compare = fill(
        tr(
            "ExchangeImport",
            "Key fingerprint:\n%1\n\nCompare it group by group with the cover letter "
            "of the unit (or read it out with the unit by phone). Trust it only if the "
            "two are exactly the same.",
        ),
        two_lines(report.fingerprint),
    )
    if report.key_status is KeyStatus.CHANGED:
        old = fill(
            tr("ExchangeImport", "Registered key, to be replaced:\n%1"),
            "\n".join(two_lines(k) for k in report.registered_fingerprints),
        )
        compare = f"{old}\n\n{compare}"
    box.setInformativeText(compare)
    trust = box.addButton(
        tr("ExchangeImport", "Trust the key and import"), QMessageBox.ButtonRole.AcceptRole
    )
    cancel = box.addButton(tr("ExchangeImport", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    return box, trust
