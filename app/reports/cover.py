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


def _parts(model: ReportModel, items: tuple[tuple[str, str], ...]) -> list[str]:
    """`02 hệ thống đã được phê duyệt` for each (fact, words) whose count is not zero: a count
    of nothing is left out of a list, never printed as `00`."""
    return [f"{two(_n(model, key))} {words}" for key, words in items if _n(model, key)]


def _systems(model: ReportModel) -> list[Block]:
    unit = model.unit.name
    heading = Heading.of("I. TÌNH HÌNH CÁC HỆ THỐNG THÔNG TIN")
    if not _n(model, "systems"):
        return [
            heading,
            Paragraph.of(f"{unit} chưa có hệ thống thông tin do đơn vị quản lý, vận hành."),
        ]
    levels = [f"{label}: {two(_n(model, key))}" for key, label in _LEVELS if _n(model, key)]
    if _n(model, "level_none"):
        levels.append(f"chưa xác định cấp độ: {two(_n(model, 'level_none'))}")
    dossiers = _parts(
        model,
        (
            ("dossier_da_phe_duyet", "hệ thống đã được phê duyệt"),
            ("dossier_da_tham_dinh", "hệ thống đã được thẩm định"),
            ("dossier_da_gui_tham_dinh", "hệ thống đã gửi thẩm định"),
            ("dossier_du_thao", "hệ thống đang dự thảo"),
        ),
    )
    rules = (
        f"{two(_n(model, 'with_rules'))} hệ thống đã ban hành Quy chế bảo đảm an toàn thông tin."
        if _n(model, "with_rules")
        else "Chưa có hệ thống nào ban hành Quy chế bảo đảm an toàn thông tin."
    )
    protection = _parts(
        model,
        (
            ("protection_day_du", "hệ thống đã triển khai đầy đủ"),
            ("protection_mot_so_hang_muc", "hệ thống đã triển khai một số hạng mục"),
            ("protection_chua_trien_khai", "hệ thống chưa triển khai"),
        ),
    )
    where = appendix_of(model, "systems")
    return [
        heading,
        Paragraph.of(
            f"{unit} đang quản lý, vận hành {two(_n(model, 'systems'))} hệ thống thông tin"
            + (f" ({'; '.join(levels)})." if levels else ".")
        ),
        Paragraph.of(f"Hồ sơ đề xuất cấp độ: {'; '.join(dossiers)}. {rules}"),
        Paragraph.of(
            f"Phương án bảo đảm an toàn thông tin theo cấp độ: {'; '.join(protection)}."
            + (f" Chi tiết từng hệ thống tại {where}." if where else "")
        ),
    ]


def _scans(model: ReportModel) -> str:
    def n(key: str) -> str:
        return two(_n(model, key))

    if not _n(model, "scans"):
        return "Trong kỳ, đơn vị chưa thực hiện rà quét lỗ hổng, săn lùng mối nguy hại."
    text = (
        f"Đã thực hiện {n('scans')} đợt rà quét lỗ hổng, săn lùng mối nguy hại trên "
        f"{n('scanned_systems')} hệ thống; "
    )
    found = []
    if _n(model, "findings"):
        serious = _parts(model, (("critical", "lỗ hổng nghiêm trọng"), ("high", "lỗ hổng mức cao")))
        found.append(
            f"{n('findings')} lỗ hổng" + (f" (trong đó {', '.join(serious)})" if serious else "")
        )
    if _n(model, "threats"):
        found.append(f"{n('threats')} mối nguy hại")
    if not found:
        return text + "không phát hiện lỗ hổng, mối nguy hại."
    text += f"phát hiện {' và '.join(found)}; "
    if _n(model, "fixes_open"):
        return text + f"{n('fixes_open')} đợt còn lỗ hổng đang khắc phục."
    return text + "đã khắc phục xong."


def _team(model: ReportModel) -> str:
    f = model.facts
    if not _n(model, "team"):
        team = "Đơn vị chưa kiện toàn đội ứng cứu sự cố."
    else:
        team = f"Đội ứng cứu sự cố của đơn vị gồm {two(_n(model, 'team'))} thành viên"
        team += f", Đội trưởng: {f['team_leader']}." if f.get("team_leader") else "."
    if f.get("contact_point"):
        team += f" Đầu mối ứng cứu sự cố: {f['contact_point']}"
        team += f", điện thoại {f['contact_phone']}" if f.get("contact_phone") else ""
        team += f", thư điện tử {f['contact_email']}" if f.get("contact_email") else ""
        team += "."
    else:
        team += " Đơn vị chưa cử đầu mối ứng cứu sự cố."
    return team


def _incidents(model: ReportModel) -> str:
    def n(key: str) -> str:
        return two(_n(model, key))

    if not _n(model, "incidents_open_start") and not _n(model, "incidents_new"):
        return "Trong kỳ, đơn vị không có sự cố an toàn thông tin mạng."
    parts = []
    if _n(model, "incidents_open_start"):
        parts.append(f"Đầu kỳ có {n('incidents_open_start')} sự cố đang xử lý")
    if _n(model, "incidents_new"):
        among = _parts(
            model,
            (
                ("incidents_serious", "sự cố nghiêm trọng"),
                ("incidents_helped", "sự cố có hỗ trợ từ bên ngoài"),
            ),
        )
        parts.append(
            f"trong kỳ phát sinh {n('incidents_new')} sự cố"
            + (f" (trong đó {', '.join(among)})" if among else "")
        )
    else:
        parts.append("trong kỳ không phát sinh sự cố mới")
    if _n(model, "incidents_closed"):
        parts.append(f"đã xử lý xong {n('incidents_closed')} sự cố")
    if _n(model, "incidents_open_end"):
        parts.append(f"cuối kỳ còn {n('incidents_open_end')} sự cố đang xử lý")
    else:
        parts.append("cuối kỳ không còn sự cố đang xử lý")
    text = "; ".join(parts) + "."
    return text[:1].upper() + text[1:]


def _activities(model: ReportModel) -> list[Block]:
    def n(key: str) -> str:
        return two(_n(model, key))

    plans = _parts(
        model,
        (
            ("plans_new", "phương án ban hành mới"),
            ("plans_reviewed", "phương án được rà soát, cập nhật"),
        ),
    )
    items = [
        ("Rà quét lỗ hổng, săn lùng mối nguy hại", _scans(model)),
        (
            "Kiểm tra, đánh giá an toàn thông tin",
            f"Đã thực hiện {n('assessments')} lượt kiểm tra, đánh giá an toàn thông tin."
            if _n(model, "assessments")
            else "Trong kỳ, đơn vị chưa thực hiện kiểm tra, đánh giá an toàn thông tin.",
        ),
        (
            "Diễn tập",
            f"Đã tổ chức hoặc tham gia {n('drills')} cuộc diễn tập."
            if _n(model, "drills")
            else "Trong kỳ, đơn vị chưa tổ chức, tham gia diễn tập.",
        ),
        (
            "Phương án, kịch bản ứng cứu sự cố",
            f"Trong kỳ có {'; '.join(plans)}."
            if plans
            else "Trong kỳ, đơn vị không ban hành mới, không rà soát, cập nhật phương án ứng "
            "cứu sự cố.",
        ),
        ("Đội ứng cứu sự cố, đầu mối ứng cứu sự cố", _team(model)),
        ("Sự cố an toàn thông tin mạng", _incidents(model)),
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
