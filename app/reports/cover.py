"""The cover text of the quarterly review report (CĐ 33/CĐ-TTg, CV 1337/BTTTT-CATTT): what the
unit's systems are, what was done in the quarter, what is left, every figure taken from the
report's facts so the text and the appendices say the same thing."""

from __future__ import annotations

from app.documents.layout import Block, Heading, ListBlock, Paragraph
from app.reports.data import Scope
from app.reports.incidents import proposals
from app.reports.layout import table_blocks
from app.reports.model import ReportModel, two

_LEVELS = ((f"level_{n}", f"cấp độ {n}") for n in range(1, 6))


def appendix_of(model: ReportModel, source: str) -> str:
    """`Phụ lục I`: the label of the appendix holding the first table of *source*."""
    for number, spec in enumerate(model.appendices, start=1):
        if any(model.table(t).source == source for t in spec.tables):
            return spec.label or f"Phụ lục {number}"
    return ""


def lead(basis: str) -> str:
    """The legal basis that opens the first sentence, with the space before what follows."""
    return f"{basis.strip()} " if basis.strip() else ""


def _n(model: ReportModel, key: str) -> int:
    value = model.facts.get(key, 0)
    return value if isinstance(value, int) else 0


def _systems(model: ReportModel) -> list[Block]:
    unit = model.unit.name

    def n(key: str) -> str:
        return two(_n(model, key))

    levels = [f"{label}: {n(key)}" for key, label in _LEVELS if _n(model, key)]
    if _n(model, "level_none"):
        levels.append(f"chưa xác định cấp độ: {n('level_none')}")
    where = appendix_of(model, "systems")
    out: list[Block] = [
        Heading.of("I. TÌNH HÌNH CÁC HỆ THỐNG THÔNG TIN"),
        Paragraph.of(
            f"{unit} đang quản lý, vận hành {n('systems')} hệ thống thông tin"
            + (f" ({'; '.join(levels)})." if levels else ".")
        ),
        Paragraph.of(
            f"Hồ sơ đề xuất cấp độ: {n('dossier_da_phe_duyet')} hệ thống đã được phê duyệt; "
            f"{n('dossier_da_tham_dinh')} hệ thống đã được thẩm định; "
            f"{n('dossier_da_gui_tham_dinh')} hệ thống đã gửi thẩm định; "
            f"{n('dossier_du_thao')} hệ thống đang dự thảo. {n('with_rules')} hệ thống đã ban "
            "hành Quy chế bảo đảm an toàn thông tin."
        ),
        Paragraph.of(
            "Phương án bảo đảm an toàn thông tin theo cấp độ: "
            f"{n('protection_day_du')} hệ thống đã triển khai đầy đủ; "
            f"{n('protection_mot_so_hang_muc')} hệ thống đã triển khai một số hạng mục; "
            f"{n('protection_chua_trien_khai')} hệ thống chưa triển khai."
            + (f" Chi tiết từng hệ thống tại {where}." if where else "")
        ),
    ]
    return out


def _activities(model: ReportModel) -> list[Block]:
    f = model.facts

    def n(key: str) -> str:
        return two(_n(model, key))

    scans = (
        f"Đã thực hiện {n('scans')} đợt rà quét lỗ hổng, săn lùng mối nguy hại trên "
        f"{n('scanned_systems')} hệ thống; phát hiện {n('findings')} lỗ hổng (trong đó "
        f"{n('critical')} lỗ hổng nghiêm trọng, {n('high')} lỗ hổng mức cao) và "
        f"{n('threats')} mối nguy hại; {n('fixes_open')} đợt còn lỗ hổng đang khắc phục."
        if _n(model, "scans")
        else "Trong kỳ, đơn vị chưa thực hiện rà quét lỗ hổng, săn lùng mối nguy hại."
    )
    team = f"Đội ứng cứu sự cố của đơn vị gồm {n('team')} người"
    team += f", Đội trưởng: {f['team_leader']}." if f.get("team_leader") else "."
    if f.get("contact_point"):
        team += f" Đầu mối ứng cứu sự cố: {f['contact_point']}"
        team += f", điện thoại {f['contact_phone']}" if f.get("contact_phone") else ""
        team += f", thư điện tử {f['contact_email']}" if f.get("contact_email") else ""
        team += "."
    else:
        team += " Đơn vị chưa cử đầu mối ứng cứu sự cố."
    incidents = (
        f"Đầu kỳ có {n('incidents_open_start')} sự cố đang xử lý; trong kỳ phát sinh "
        f"{n('incidents_new')} sự cố (trong đó {n('incidents_serious')} sự cố nghiêm trọng, "
        f"{n('incidents_helped')} sự cố có hỗ trợ từ bên ngoài); đã xử lý xong "
        f"{n('incidents_closed')} sự cố; cuối kỳ còn {n('incidents_open_end')} sự cố "
        "đang xử lý."
    )
    items = [
        ("Rà quét lỗ hổng, săn lùng mối nguy hại", scans),
        (
            "Kiểm tra, đánh giá an toàn thông tin",
            f"Đã thực hiện {n('assessments')} lượt kiểm tra, đánh giá an toàn thông tin.",
        ),
        ("Diễn tập", f"Đã tổ chức hoặc tham gia {n('drills')} cuộc diễn tập."),
        (
            "Phương án, kịch bản ứng cứu sự cố",
            f"Ban hành mới {n('plans_new')} phương án; rà soát, cập nhật "
            f"{n('plans_reviewed')} phương án.",
        ),
        ("Đội ứng cứu sự cố, đầu mối ứng cứu sự cố", team),
        ("Sự cố an toàn thông tin mạng", incidents),
    ]
    out: list[Block] = [Heading.of("II. KẾT QUẢ THỰC HIỆN TRONG KỲ BÁO CÁO")]
    for number, (title, text) in enumerate(items, start=1):
        out += [Heading.of(f"{number}. {title}", 2), Paragraph.of(text)]
    where = appendix_of(model, "scans") or appendix_of(model, "incident_types")
    if where:
        out.append(Paragraph.of(f"Kết quả chi tiết tại {where}."))
    return out


def _gaps(model: ReportModel, scope: Scope) -> list[Block]:
    def n(key: str) -> int:
        return _n(model, key)

    waiting = n("systems") - n("approved")
    partial = n("systems") - n("protection_day_du")
    gaps = []
    if waiting:
        gaps.append(
            f"Còn {two(waiting)} hệ thống chưa được phê duyệt hồ sơ đề xuất cấp độ; dự kiến "
            f"hoàn thành phê duyệt: {model.facts.get('approval_expected', '')}."
        )
    if partial:
        gaps.append(
            f"Còn {two(partial)} hệ thống chưa triển khai đầy đủ phương án bảo đảm an toàn "
            "thông tin theo cấp độ."
        )
    if n("fixes_open"):
        gaps.append(f"Còn {two(n('fixes_open'))} đợt rà quét có lỗ hổng chưa khắc phục xong.")
    if n("incidents_open_end"):
        gaps.append(f"Còn {two(n('incidents_open_end'))} sự cố đang xử lý.")
    asks = proposals(scope)
    out: list[Block] = [
        Heading.of("III. TỒN TẠI, HẠN CHẾ VÀ ĐỀ XUẤT, KIẾN NGHỊ"),
        Heading.of("1. Tồn tại, hạn chế", 2),
    ]
    out.append(ListBlock.bullets(gaps) if gaps else Paragraph.of("Không có."))
    out.append(Heading.of("2. Đề xuất, kiến nghị", 2))
    out.append(ListBlock.bullets(asks) if asks else Paragraph.of("Không có."))
    return out


def quarterly(model: ReportModel, basis: str, scope: Scope) -> list[Block]:
    blocks: list[Block] = [
        Paragraph.of(
            f"{lead(basis)}{model.unit.name} báo cáo kết quả rà soát, đánh giá tình hình bảo đảm "
            "an toàn thông tin mạng đối với các hệ thống thông tin thuộc phạm vi quản lý "
            f"{model.period.label} (số liệu {model.period.span}) như sau:"
        ),
        *_systems(model),
        *_activities(model),
        *_gaps(model, scope),
    ]
    for table in model.body_tables:
        blocks += table_blocks(table, heading_level=0)
    blocks.append(
        Paragraph.of(
            "Trên đây là báo cáo kết quả rà soát, đánh giá tình hình bảo đảm an toàn thông tin "
            f"mạng {model.period.label} của {model.unit.name}."
        )
    )
    return blocks
