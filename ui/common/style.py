"""The few style rules the window adds to the platform style (sidebar, cards, headings)."""

from __future__ import annotations

ACCENT = "#24405f"
MUTED = "#5b6878"
BORDER = "#d5dce5"

STYLE_SHEET = f"""
QListWidget#sidebar {{
    background: #f2f5f9;
    border: none;
    border-right: 1px solid {BORDER};
    padding-top: 8px;
    outline: 0;
}}
QListWidget#sidebar::item {{
    padding: 6px 8px;
    margin: 1px 6px;
    border-radius: 4px;
    color: #1d2b3a;
}}
QListWidget#sidebar::item:selected {{
    background: #d6e4f5;
    color: #0b2a4a;
}}
QListWidget#sidebar::item:hover:!selected {{
    background: #e6edf6;
}}
QLabel#screenTitle {{
    font-size: 15pt;
    font-weight: 600;
    color: {ACCENT};
}}
QLabel#readOnlyBanner {{
    background: #fff4d6;
    border: 1px solid #e5c46b;
    border-radius: 4px;
    color: #5a4300;
    padding: 6px 10px;
}}
QLabel#unitName {{
    font-size: 17pt;
    font-weight: 600;
    color: {ACCENT};
}}
QLabel#mutedLabel, QLabel#countLabel {{
    color: {MUTED};
}}
QLabel#fieldLabel {{
    color: {MUTED};
    font-size: 8.5pt;
    padding-top: 6px;
}}
QTreeWidget#recentIncidents::item, QTreeWidget#teamTree::item {{
    padding: 3px 0;
}}
QLabel#introLabel {{
    color: {MUTED};
    padding-bottom: 4px;
}}
QFrame#card {{
    background: #ffffff;
    border: 1px solid {BORDER};
    border-radius: 6px;
}}
QLabel#cardTitle, QLabel#sectionHeading {{
    font-weight: 600;
    color: {ACCENT};
}}
QLabel#cardFigure {{
    font-size: 22pt;
    font-weight: 600;
    color: {ACCENT};
}}
QLabel#detailTitle {{
    font-size: 12pt;
    font-weight: 600;
    color: {ACCENT};
}}
QLabel#statusText[error="true"] {{
    color: #a61b1b;
}}
QLabel#fieldError, QLabel#formError {{
    color: #a61b1b;
}}
QLabel#formError {{
    background: #fdecec;
    border: 1px solid #e6b3b3;
    border-radius: 4px;
    padding: 6px 8px;
}}
QLabel#fieldHint {{
    color: {MUTED};
    font-size: 8.5pt;
}}
QLabel#fieldLabelRequired {{
    font-weight: 600;
}}
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QComboBox[invalid="true"],
QAbstractSpinBox[invalid="true"] {{
    border: 1px solid #a61b1b;
}}
QPushButton#stageButton {{
    padding: 4px 6px;
    text-align: center;
}}
QPushButton#stageButton:checked {{
    background: #d6e4f5;
    border: 1px solid {ACCENT};
    color: #0b2a4a;
    font-weight: 600;
}}
QFrame#dueStrip {{
    background: #eef4fb;
    border: 1px solid #c5d5ea;
    border-radius: 4px;
}}
QFrame#dueStrip[overdue="true"] {{
    background: #fdecec;
    border-color: #e6b3b3;
}}
QLabel#dueText {{
    font-weight: 600;
}}
QLabel#dropZone {{
    border: 1px dashed #9aaabd;
    border-radius: 6px;
    background: #f7f9fc;
    color: {MUTED};
    padding: 8px;
}}
QLabel#contactPoint {{
    background: #fff4d6;
    border: 1px solid #e8d49a;
    border-radius: 4px;
    padding: 6px 8px;
    font-weight: 600;
}}
QLabel#contactPoint[missing="true"] {{
    background: #fdecec;
    border-color: #e6b3b3;
    color: #a61b1b;
}}
"""
