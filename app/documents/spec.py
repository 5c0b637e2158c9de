"""The measurements of Nghị định 30/2020/NĐ-CP, Phụ lục I, shared by the PDF and DOCX renderers.

Each value cites the rule it applies (regulations.md §5.1–5.2, "ô" = the decree's numbered box).
Where the decree gives a range, the value chosen is the decree's own example unless noted.
Lengths are in points (1/72 inch) unless the name says mm.
"""

from __future__ import annotations

from dataclasses import dataclass

MM = 72 / 25.4
CM = 10 * MM

# §5.1: A4 portrait; landscape only for appendix tables.
PAGE_WIDTH = 210 * MM
PAGE_HEIGHT = 297 * MM
# §5.1: top 20–25, bottom 20–25, left 30–35, right 15–20 mm: the smallest of each range, which
# leaves the most room and matches the seeds.
MARGIN_TOP = 20 * MM
MARGIN_BOTTOM = 20 * MM
MARGIN_LEFT = 30 * MM
MARGIN_RIGHT = 15 * MM
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT  # 165 mm
# The decree does not fix the header columns; practice is about 7 cm | 9–10 cm. The right one
# must hold the national title on one line (88.3 mm at 12 pt bold); the left one then has room
# for "SỞ KHOA HỌC VÀ CÔNG NGHỆ" (70 mm at 13 pt bold) on one line.
HEADER_LEFT = 75 * MM
HEADER_RIGHT = TEXT_WIDTH - HEADER_LEFT  # 90 mm
# A left-column line longer than this share of the column is broken in two, as offices do
# ("SỞ KHOA HỌC\nVÀ CÔNG NGHỆ"), so it never runs into the national title.
HEADER_FILL = 0.9

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
RECIPIENTS_LABEL = "Kính gửi:"
COPIES_LABEL = "Nơi nhận:"
SUBJECT_PREFIX = "V/v "
END_MARK = "./."


@dataclass(frozen=True)
class TextStyle:
    """One element's type: size, weight, slant, case, and line height (leading)."""

    size: float
    bold: bool = False
    italic: bool = False
    upper: bool = False
    leading: float = 0.0

    @property
    def line(self) -> float:
        """Line height: single spacing of Times New Roman is 1.15 × the size."""
        return self.leading or round(self.size * 1.15, 1)


# Ô 1: national title 12–13 bold upper (example 12); motto 13–14 bold (example 13).
NATIONAL = TextStyle(12, bold=True, upper=True)
MOTTO_STYLE = TextStyle(13, bold=True)
# Ô 2: parent body 12–13 upright upper, not bold; issuing body 12–13 bold upper.
PARENT = TextStyle(13, upper=True)
ISSUER = TextStyle(13, bold=True, upper=True)
# Ô 3: "Số: 07/UBND-VHTT" 13 upright.
NUMBER = TextStyle(13)
# Ô 4: place and date 13–14 italic.
DATE = TextStyle(13, italic=True)
# Ô 5b: công văn subject "V/v …" 12–13 upright (example 12), 6 pt under the number.
LETTER_SUBJECT = TextStyle(12)
LETTER_SUBJECT_GAP = 6.0
# Ô 5a: type name 13–14 bold upper; its subject 13–14 bold, a 1/3–1/2 rule under it.
TYPE_NAME = TextStyle(14, bold=True, upper=True)
TYPE_SUBJECT = TextStyle(14, bold=True)
# Ô 9a: "Kính gửi:" and recipients 13–14 (example 14).
RECIPIENTS = TextStyle(14)
# Ô 6 and §5.1: body 13–14, justified, first line 1 or 1.27 cm, spacing ≥ 6 pt, line spacing
# single to 1.5 lines: 18 pt is about 1.3 lines of 14 pt type.
BODY = TextStyle(14, leading=18)
HEADING = TextStyle(14, bold=True, leading=18)
SUBHEADING = TextStyle(14, bold=True, italic=True, leading=18)
FIRST_LINE_INDENT = 1.27 * CM
PARAGRAPH_SPACE = 6.0
TABLE_TEXT = TextStyle(13)
TABLE_PADDING = 3.0
# Ô 9b: "Nơi nhận:" 12 bold italic; the list 11 upright.
COPIES_HEAD = TextStyle(12, bold=True, italic=True)
COPIES = TextStyle(11)
# Ô 7a/7b: authority and title lines 13–14 bold upper (example 14); the name 13–14 bold.
AUTHORITY = TextStyle(14, bold=True, upper=True)
SIGNER = TextStyle(14, bold=True)
# Ô 7c/8: room for the signature and the seal between the title and the name.
SIGNATURE_ROOM = 26 * MM
SIGNATURE_GAP = 12.0  # between the last body line and the Nơi nhận / signature row
# §5.1: page numbers 13–14 upright, centred in the top margin, not on page 1.
PAGE_NUMBER = TextStyle(14)
PAGE_NUMBER_BASELINE = 14 * MM  # from the top edge: inside the 20 mm margin
HEADER_DISTANCE = 10 * MM  # DOCX: top edge to the page-number paragraph
# Ô 10b: urgency stamps, single border, bright red, bold upper 13–14.
STAMP = TextStyle(13, bold=True, upper=True)
STAMP_SIZES_MM = {"HỎA TỐC": (30.0, 8.0), "THƯỢNG KHẨN": (40.0, 8.0), "KHẨN": (20.0, 8.0)}
STAMP_RED = (0.9, 0.0, 0.0)
STAMP_GAP = 6.0
# Appendices: "Phụ lục I" 14 bold; title upper 13–14 bold; "(Kèm theo …)" italic 13–14.
APPENDIX_LABEL = TextStyle(14, bold=True)
APPENDIX_TITLE = TextStyle(14, bold=True, upper=True)
APPENDIX_REFERENCE = TextStyle(14, italic=True)
# Rules: issuing body 1/3–1/2 of its line, centred; motto as long as its line.
ISSUER_RULE_RATIO = 0.4
TYPE_RULE_RATIO = 0.4
RULE_THICKNESS = 0.6
RULE_GAP = 4.0  # from the bottom of the last line (leading) to the rule: clear of "ệ" and "p"
HEADER_NUMBER_GAP = 8.0  # from the rules to the "Số" / date line
AFTER_HEADER = 14.0  # from the header to the title or "Kính gửi"
