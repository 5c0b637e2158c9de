"""Report forms are data: the bundled forms say what the law's forms say, versions take effect on
their dates, a province's own form is a new file, and a broken file names its mistake."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.domain.enums import DocumentType, IncidentType
from app.domain.errors import AtttError
from app.reports.forms.load import FormError, forms_dir, load_forms, read_form
from app.services.workspace import Workspace
from tests import factories as f

MAU08_COLUMNS = [
    "STT",
    "Tên HTTT",
    "Chủ quản HTTT",
    "Đơn vị vận hành HTTT",
    "Cấp độ đề xuất",
    "Tình trạng phê duyệt cấp độ",
    "Quyết định phê duyệt cấp độ",
    "Quy chế bảo đảm ANM cho hệ thống",
    "Dự kiến thời điểm phê duyệt HSĐXCĐ",
    "Đã triển khai đầy đủ PA BĐANM",
    "Dự kiến thời điểm triển khai đầy đủ PA BĐANM",
    "Đã kiểm tra, đánh giá ANM",
]
MAU05_COLUMNS = [
    "Loại sự cố/tấn công mạng",
    "Số lượng",
    "Số sự cố tự xử lý",
    "Số sự cố có hỗ trợ từ tổ chức khác",
    "Số sự cố có hỗ trợ từ tổ chức nước ngoài",
    "Số sự cố đề nghị cơ quan điều phối hỗ trợ",
    "Thiệt hại ước tính (đồng)",
]


def test_the_bundled_forms_load_with_the_template_keys_the_legal_clocks_expect() -> None:
    forms = load_forms()
    assert forms.ids() == ["bao-cao-quy", "mau05", "mau08"]
    rules = (forms_dir().parent / "rules" / "2017-2026.toml").read_text(encoding="utf-8")
    for key in forms.ids():
        assert f'templates = ["{key}"]' in rules


def test_mau08_has_the_decrees_twelve_columns_and_seven_figures() -> None:
    form = load_forms().in_force("mau08", dt.date(2026, 12, 14))
    assert form is not None
    assert form.doc_type is DocumentType.CONG_VAN
    assert [c.header for c in form.table("systems").columns] == MAU08_COLUMNS
    assert len(form.figures) == 7
    assert form.figures[0].label == "Tổng số hệ thống thông tin thuộc phạm vi quản lý"
    assert [a.tables for a in form.appendices] == [("systems",)]
    assert str(form.first_day) == "15/12"


def test_mau05_table_1_has_its_seven_columns_and_three_lists() -> None:
    form = load_forms().in_force("mau05", dt.date(2026, 6, 30))
    assert form is not None
    table = form.table("types")
    assert [c.header for c in table.columns][1:] == MAU05_COLUMNS
    assert table.total == "Tổng số"
    assert [x.source for x in form.lists] == ["helpers_domestic", "helpers_foreign", "proposals"]
    assert form.body_tables == (table,)  # printed in the report itself, as the form has it
    assert len(IncidentType) == 10


def test_forms_have_versions_by_date(tmp_path: Path) -> None:
    assert load_forms().in_force("mau08", dt.date(2026, 8, 18)) is None
    older = forms_dir() / "nd331-mau08.toml"
    text = older.read_text(encoding="utf-8")
    text = text.replace("effective_from = 2026-08-19", "effective_from = 2027-12-15")
    text = text.replace('version = "NĐ 331/2026/NĐ-CP, Mẫu 08"', 'version = "bản sửa đổi 2027"')
    (tmp_path / "mau08-2027.toml").write_text(text, encoding="utf-8")
    forms = load_forms([tmp_path])
    assert len(forms.versions("mau08")) == 2
    assert forms.in_force("mau08", dt.date(2027, 12, 14)).version == "NĐ 331/2026/NĐ-CP, Mẫu 08"  # type: ignore[union-attr]
    assert forms.in_force("mau08", dt.date(2028, 12, 14)).version == "bản sửa đổi 2027"  # type: ignore[union-attr]


def test_a_provinces_own_form_is_a_new_file(tmp_path: Path) -> None:
    """The unit's folder beside the database holds a form with other columns: no code."""
    ws = f.workspace(tmp_path)
    ws.maintenance.load_sample(dt.date(2026, 11, 23))
    base = (forms_dir() / "cv1337-bao-cao-quy.toml").read_text(encoding="utf-8")
    own = base.replace("effective_from = 2024-04-12", "effective_from = 2026-01-01")
    own = own.replace(
        'header = "Đã kiểm tra, đánh giá an toàn thông tin"\nwidth = 6.5',
        'header = "Đã kiểm tra, đánh giá an toàn thông tin"\nwidth = 6.5\n\n'
        '[[tables.columns]]\nkey = "last_scan"\nheader = "Lần rà quét gần nhất"\nwidth = 8',
    )
    assert own != base
    folder = tmp_path / "test-report-forms"
    folder.mkdir()
    (folder / "bao-cao-quy-tinh.toml").write_text(own, encoding="utf-8")
    model = ws.reports.build("quarterly", 2026, 4, today=dt.date(2026, 11, 23))
    systems = model.table("systems")
    assert systems.columns[-1].header == "Lần rà quét gần nhất"
    assert "19/10/2026" in systems.values("last_scan")
    older = ws.reports.build("quarterly", 2025, 4, today=dt.date(2026, 11, 23))
    assert older.table("systems").columns[-1].key == "assessed"


def _broken(tmp_path: Path, old: str, new: str) -> Path:
    text = (forms_dir() / "tt20-mau05.toml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "mau05-sai.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        ('key = "self_handled"', 'key = "handled_alone"', "handled_alone"),
        ('source = "incident_types"', 'source = "viruses"', "viruses"),
        ("{period}", "{quarter}", "{quarter}"),
        ('sheet = "Bảng 1 - Sự cố"', 'sheet = "Bảng 1: Sự cố"', "sheet"),
        ('kinds = ["half", "year"]', 'kinds = ["month"]', "kinds"),
        ("effective_from = 2017-11-01", 'effective_from = "01/11/2017"', "effective_from"),
        ("[[lists]]", "[[list]]", "list"),
    ],
)
def test_a_broken_form_says_which_file_and_what(
    tmp_path: Path, old: str, new: str, said: str
) -> None:
    path = _broken(tmp_path, old, new)
    with pytest.raises(FormError) as caught:
        read_form(path)
    for lang in ("vi", "en"):
        message = caught.value.message(lang)
        assert "mau05-sai.toml" in message
        assert said in message


def test_a_form_that_is_not_toml_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "hong.toml"
    path.write_text("[form\nid = ", encoding="utf-8")
    with pytest.raises(FormError, match=r"hong\.toml"):
        read_form(path)


def test_no_form_for_the_period_is_a_clear_error(sample_ws: Workspace) -> None:
    with pytest.raises(AtttError) as caught:
        sample_ws.reports.build("mau08", 2025, today=dt.date(2026, 11, 23))
    assert "mau08" in caught.value.message("vi")
    assert "14/12/2025" in caught.value.message("vi")
    with pytest.raises(AtttError, match="quarterly"):
        sample_ws.reports.build("quý", 2026, 4)
