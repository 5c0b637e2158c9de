"""The province's periodic report: every unit of the database added up (app.reports.consolidate).

Who reports: the current unit when it is the province's committee (level "tỉnh"); otherwise
(a province database holding only the units' packages) the province the units belong to, named
from their parent body ("Ủy ban nhân dân tỉnh Quảng Ngãi"). Who is added up: every unit of the
database that is not a province, in the order of their names.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from app.domain.enums import UnitLevel
from app.domain.errors import AtttError
from app.domain.unit import Unit
from app.i18n import Text
from app.reports.consolidate import province_report
from app.reports.forms.model import Form
from app.reports.model import UBND, ReportModel, province_of
from app.reports.periods import Period
from app.services.reports.data import gather

if TYPE_CHECKING:
    from app.services.workspace import Workspace

NO_UNITS = Text(
    "Cơ sở dữ liệu chưa có đơn vị nào để tổng hợp báo cáo của tỉnh.",
    "The database holds no unit to consolidate into the province's report.",
)
_AREA_WORDS = ("tỉnh ", "thành phố ")


def members(ws: Workspace) -> list[Unit]:
    """The units the province's report adds up: every unit that is not a province."""
    units: list[Unit] = ws.records.find(Unit)
    found = [u for u in units if u.level is not UnitLevel.TINH]
    if not found:
        raise AtttError(NO_UNITS)
    return sorted(found, key=lambda u: (" ".join(u.name.split()).casefold(), u.id))


def head(ws: Workspace, units: list[Unit]) -> Unit:
    """The unit the report is made in the name of (see the module)."""
    current = ws.records.current_unit()
    if current is not None and current.level is UnitLevel.TINH:
        return current
    area = province_of(units[0])
    place = area
    for word in _AREA_WORDS:
        if place.casefold().startswith(word):
            place = place[len(word) :]
    return Unit(
        name=f"{UBND}{area}",
        level=UnitLevel.TINH,
        place_name=place,
        doc_symbol="UBND",
    )


def province_head(ws: Workspace) -> Unit:
    """The unit the province's report is made in the name of."""
    return head(ws, members(ws))


def build_province(ws: Workspace, form: Form, made: Period, made_on: dt.date) -> ReportModel:
    """The province's report on *form* for *made*: the sum of its units' own reports."""
    units = members(ws)
    return province_report(form, head(ws, units), [gather(ws, u) for u in units], made, made_on)
