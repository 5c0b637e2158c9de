"""A stacked bar chart drawn with QPainter: incidents by type in each quarter (no QtCharts, which
PySide6-Essentials does not ship). One bar per quarter, one colour per TT 20 type, the total above
each bar, a legend with the ten types and their totals; hovering a segment names it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.i18n import Lang
from app.services.incidents.chart import ChartData, nice_step
from ui.common.i18n import fill, tr
from ui.common.style import BORDER, MUTED

# Ten colours told apart on screen and in print (Tableau 10), in the types' order.
PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
)
TEXT = "#1d2b3a"
SWATCH = 12
ROW = 21  # legend line height
PAD = 10


class IncidentChart(QWidget):
    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.data: ChartData | None = None
        self._segments: list[tuple[QRectF, str]] = []
        self.setMinimumHeight(300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(tr("Chart", "Incidents by type in each quarter"))

    def sizeHint(self) -> QSize:
        return QSize(900, 300)

    def set_data(self, data: ChartData) -> None:
        self.data = data
        totals = ", ".join(
            f"{self.quarter_label(q)}: {data.total(i)}" for i, q in enumerate(data.quarters)
        )
        self.setAccessibleDescription(totals)
        self.update()

    def quarter_label(self, quarter: tuple[int, int]) -> str:
        year, number = quarter
        return fill(tr("Chart", "Q%1/%2"), number, year)

    def _legend_lines(self, data: ChartData) -> list[str]:
        totals = [sum(row[t] for row in data.counts) for t in range(len(data.types))]
        return [
            f"{kind.label(self.lang)} ({total})"
            for kind, total in zip(data.types, totals, strict=True)
        ]

    # -- drawing ----------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        painter.setPen(QPen(QColor(BORDER)))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        self._segments = []
        if self.data is not None:
            legend_width = self._draw_legend(painter, self.data)
            plot = QRect(PAD, PAD, self.width() - legend_width - 3 * PAD, self.height() - 2 * PAD)
            self._draw_plot(painter, self.data, plot)
        painter.end()

    def _draw_legend(self, painter: QPainter, data: ChartData) -> int:
        metrics = painter.fontMetrics()
        lines = self._legend_lines(data)
        widest = max(metrics.horizontalAdvance(text) for text in lines) + 4
        width = min(widest + SWATCH + 8, self.width() * 2 // 5)
        left = self.width() - width - PAD
        top = max(PAD, (self.height() - ROW * len(lines)) // 2)
        for index, text in enumerate(lines):
            y = top + index * ROW
            painter.fillRect(
                QRect(left, y + (ROW - SWATCH) // 2, SWATCH, SWATCH), QColor(PALETTE[index])
            )
            painter.setPen(QColor(TEXT))
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width - SWATCH - 8)
            box = QRect(left + SWATCH + 8, y, width - SWATCH - 8, ROW)
            painter.drawText(box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, shown)
        return width

    def _draw_plot(self, painter: QPainter, data: ChartData, plot: QRect) -> None:
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        step = nice_step(data.highest)
        top_value = max(step, -(-data.highest // step) * step)
        axis_width = metrics.horizontalAdvance(str(top_value)) + 8
        area = QRect(
            plot.left() + axis_width,
            plot.top() + line + 4,  # room for the totals above the bars
            plot.width() - axis_width,
            plot.height() - 2 * line - line - 10,  # two lines of quarter labels below
        )
        scale = area.height() / top_value
        for value in range(0, top_value + 1, step):
            grid_y = area.bottom() - round(value * scale)
            painter.setPen(QPen(QColor("#e4e9f0") if value else QColor(MUTED)))
            painter.drawLine(area.left(), grid_y, area.right(), grid_y)
            painter.setPen(QColor(MUTED))
            tick = QRect(plot.left(), grid_y - line // 2, axis_width - 6, line)
            painter.drawText(
                tick, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value)
            )
        slot = area.width() / max(len(data.quarters), 1)
        bar = min(slot * 0.6, 56.0)
        for index, quarter in enumerate(data.quarters):
            x = area.left() + slot * index + (slot - bar) / 2
            y = float(area.bottom())
            for kind_index, count in enumerate(data.counts[index]):
                if not count:
                    continue
                height = count * scale
                rect = QRectF(x, y - height, bar, height)
                painter.fillRect(rect, QColor(PALETTE[kind_index]))
                painter.setPen(QPen(QColor("#ffffff"), 1))
                painter.drawLine(rect.bottomLeft(), rect.bottomRight())
                name = data.types[kind_index].label(self.lang)
                self._segments.append((rect, f"{self.quarter_label(quarter)} – {name}: {count}"))
                y -= height
            painter.setPen(QColor(TEXT))
            total_box = QRectF(x - 10, y - line - 2, bar + 20, line)
            painter.drawText(total_box, Qt.AlignmentFlag.AlignCenter, str(data.total(index)))
            self._draw_quarter(
                painter, quarter, QRectF(x - (slot - bar) / 2, area.bottom() + 6, slot, line)
            )
        if data.grand_total == 0:
            painter.setPen(QColor(MUTED))
            painter.drawText(
                area, Qt.AlignmentFlag.AlignCenter, tr("Chart", "No incident in these two years.")
            )

    def _draw_quarter(self, painter: QPainter, quarter: tuple[int, int], box: QRectF) -> None:
        """ "Quý 3/2026" under its bar; on two lines ("Quý 3", "2026") when the bar is narrow."""
        center = Qt.AlignmentFlag.AlignCenter
        painter.setPen(QColor(TEXT))
        label = self.quarter_label(quarter)
        if QFontMetrics(self.font()).horizontalAdvance(label) <= box.width() - 6:
            painter.drawText(box, center, label)
            return
        year, number = quarter
        painter.drawText(box, center, fill(tr("Chart", "Q%1"), number))
        painter.setPen(QColor(MUTED))
        painter.drawText(box.translated(0, box.height()), center, str(year))

    def segment_at(self, point: QPoint) -> str:
        """The tooltip of the bar segment under *point* ("" outside the bars)."""
        return next((text for rect, text in self._segments if rect.contains(point)), "")

    def event(self, event: QEvent) -> bool:
        if event.type() is QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.segment_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
