"""Templates as data: the built-in set, every problem named by file, field and line in both
languages, a province's folder replacing templates and named texts, texts chosen by date."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from app.documents.templates import TemplateError, fill, load_templates, templates_dir
from app.domain.enums import DocumentType, Urgency

BUILT_IN = {
    "cong-van": DocumentType.CONG_VAN,
    "thong-bao-su-co": DocumentType.CONG_VAN,
    "bao-cao-ban-dau": DocumentType.BAO_CAO,
    "bao-cao-ket-thuc": DocumentType.BAO_CAO,
    "bao-cao-ct18": DocumentType.BAO_CAO,
    "dau-moi": DocumentType.CONG_VAN,
    "ke-hoach-truc": DocumentType.KE_HOACH,
}
GOOD = """
id = "{id}"
title_vi = "Thư thử"
title_en = "Test letter"
source = "Nghị định 30/2020/NĐ-CP"
doc_type = "cong_van"
subject = "thử {{unit.name}}"
recipients = ["@so"]
body = '''
Nội dung của {{unit.name}}.
'''
"""
NAMES = """
[[names]]
key = "so"
text = "Sở Thông tin và Truyền thông {unit.province}"
effective_to = 2025-02-28
source = "TT 20"

[[names]]
key = "so"
text = "Sở Khoa học và Công nghệ {unit.province}"
effective_from = 2025-03-01
source = "2025"
"""
VALUES = {"unit": {"name": "UBND xã A", "province": "tỉnh B"}, "date": {}}


def folder(tmp_path: Path, files: dict[str, str]) -> Path:
    base = tmp_path / "base"
    base.mkdir(exist_ok=True)
    for name, text in files.items():
        (base / name).write_text(text, encoding="utf-8")
    return base


def test_the_built_in_templates_load() -> None:
    templates = load_templates()
    assert {t: templates.templates[t].doc_type for t in BUILT_IN} == BUILT_IN
    assert templates.templates["bao-cao-ban-dau"].urgency is Urgency.HOA_TOC
    assert templates.templates["bao-cao-ban-dau"].needs == "incident"
    assert templates.templates["dau-moi"].needs == ""
    for template in templates.templates.values():
        assert template.source and template.title.vi and template.title.en


def test_named_texts_follow_the_date() -> None:
    templates = load_templates(base_dir=templates_dir())
    before = templates.name_on("so-chuyen-trach", dt.date(2025, 2, 28))
    after = templates.name_on("so-chuyen-trach", dt.date(2025, 3, 1))
    assert before is not None and "Thông tin và Truyền thông" in before.text.source
    assert after is not None and "Khoa học và Công nghệ" in after.text.source
    assert templates.name_on("cong-an-tinh", dt.date(2024, 12, 31)) is None
    basis = "quy-dinh-su-co"
    detected = {"incident": dt.date(2026, 8, 5)}
    old = templates.name_on(basis, dt.date(2026, 11, 23), detected)
    assert old is not None and "Thông tư số 20/2017" in old.text.source
    new = templates.name_on(basis, dt.date(2026, 11, 23))
    assert new is not None and "331/2026/NĐ-CP" in new.text.source


def test_recipients_are_chosen_by_the_documents_date(tmp_path: Path) -> None:
    base = folder(tmp_path, {"thu.toml": GOOD.format(id="thu"), "names.toml": NAMES})
    templates = load_templates(base_dir=base)
    template = templates.templates["thu"]
    early = fill(templates, template, VALUES, dt.date(2024, 5, 1))
    late = fill(templates, template, VALUES, dt.date(2026, 5, 1))
    assert early.recipients == ("Sở Thông tin và Truyền thông tỉnh B",)
    assert late.recipients == ("Sở Khoa học và Công nghệ tỉnh B",)
    assert late.subject == "thử UBND xã A" and late.body == "Nội dung của UBND xã A."


def test_a_later_folder_replaces_templates_and_names(tmp_path: Path) -> None:
    base = folder(tmp_path, {"thu.toml": GOOD.format(id="thu"), "names.toml": NAMES})
    own = tmp_path / "own"
    own.mkdir()
    (own / "thu.toml").write_text(GOOD.format(id="thu").replace("Thư thử", "Thư của tỉnh"))
    (own / "ten.toml").write_text('[[names]]\nkey = "so"\ntext = "Sở riêng"\nsource = "tỉnh"\n')
    templates = load_templates([own, tmp_path / "missing"], base_dir=base)
    assert templates.templates["thu"].title.vi == "Thư của tỉnh"
    filled = fill(templates, templates.templates["thu"], VALUES, dt.date(2026, 5, 1))
    assert filled.recipients == ("Sở riêng",)


@pytest.mark.parametrize(
    ("text", "vi", "en"),
    [
        ("id = 'thu'\nx = [", "Tệp mẫu văn bản «thu.toml»: không đúng cú pháp TOML", "valid TOML"),
        (
            GOOD.format(id="thu") + "signer = 'chairman'\n",
            "mẫu «thu», trường «signer»: giá trị «chairman» không hợp lệ",
            "'chairman' is not valid",
        ),
        (
            GOOD.format(id="thu").replace('"cong_van"', '"cong-van"'),
            "trường «doc_type»: giá trị «cong-van» không hợp lệ",
            "field 'doc_type'",
        ),
        (
            GOOD.format(id="thu") + "colour = 'red'\n",
            "trường «colour»: trường không được hỗ trợ",
            "unknown field",
        ),
        (GOOD.format(id="khac"), "trường «id»: «khac» phải trùng tên tệp «thu»", "file name"),
        (
            GOOD.format(id="thu").replace("Nội dung", "Dòng hai\n{% for x in y %}\nNội dung"),
            "mẫu «thu», trường «body», dòng 11: khối {% for %} chưa được đóng",
            "field 'body', line 11",
        ),
        (
            GOOD.format(id="thu").replace('["@so"]', '["@khong-co"]'),
            "mẫu «thu»: không có nội dung «@khong-co»",
            "no [[names]] file defines '@khong-co'",
        ),
        (
            GOOD.format(id="thu").replace('["@so"]', '["{unit.name"]'),
            "trường «recipients[1]»: dấu ngoặc nhọn lẻ",
            "unpaired brace",
        ),
        (
            GOOD.format(id="thu").replace('subject = "thử {unit.name}"\n', ""),
            "trường «subject»: thiếu trường bắt buộc",
            "required field is missing",
        ),
    ],
)
def test_problems_are_named_in_both_languages(tmp_path: Path, text: str, vi: str, en: str) -> None:
    base = folder(tmp_path, {"thu.toml": text, "names.toml": NAMES})
    with pytest.raises(TemplateError) as caught:
        load_templates(base_dir=base)
    assert vi in caught.value.message("vi")
    assert en in caught.value.message("en")


def test_overlapping_versions_are_refused(tmp_path: Path) -> None:
    overlap = NAMES.replace("effective_from = 2025-03-01", "effective_from = 2025-02-01")
    base = folder(tmp_path, {"names.toml": overlap})
    with pytest.raises(TemplateError) as caught:
        load_templates(base_dir=base)
    assert "«so» có hai phiên bản cùng hiệu lực" in caught.value.message("vi")


def test_a_fill_problem_names_the_template_field_and_the_files_line(tmp_path: Path) -> None:
    body = GOOD.format(id="thu").replace("Nội dung của {unit.name}.", "Dòng một\n{unit.titel}")
    base = folder(tmp_path, {"thu.toml": body, "names.toml": NAMES})
    templates = load_templates(base_dir=base)
    with pytest.raises(TemplateError) as caught:
        fill(templates, templates.templates["thu"], VALUES, dt.date(2026, 1, 1))
    message = caught.value.message("vi")
    assert "mẫu «thu», trường «body», dòng 11: không có giá trị «unit.titel»" in message


def test_the_built_in_folder_is_copied_whole(tmp_path: Path) -> None:
    """A province starts from a copy of the built-in folder: it loads on its own."""
    copy = tmp_path / "copy"
    shutil.copytree(templates_dir(), copy)
    assert set(load_templates(base_dir=copy).templates) == set(BUILT_IN)
