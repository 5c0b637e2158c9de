import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.text import clean, fold, from_sheet_text, matches, nfc, sheet_text, sort_key


def test_fold_removes_case_marks_and_d_bar() -> None:
    assert fold("Đồng Tâm") == "dong tam"
    assert fold("SỰ CỐ an toàn thông tin") == "su co an toan thong tin"
    assert fold(unicodedata.normalize("NFD", "Ứng cứu")) == "ung cuu"


def test_matches_needs_every_word() -> None:
    assert matches("su co", "Sự cố mã độc")
    assert matches("dong", "Xã Đồng Tâm")
    assert not matches("su co ddos", "Sự cố mã độc")


def test_clean_is_nfc_and_folds_spaces() -> None:
    decomposed = unicodedata.normalize("NFD", "  Cổng   thông tin ")
    assert clean(decomposed) == "Cổng thông tin"
    assert unicodedata.is_normalized("NFC", clean(decomposed))


def test_sort_key_follows_the_vietnamese_alphabet() -> None:
    words = ["Điện Biên", "Đà Nẵng", "Dak Lak", "Cà Mau", "Bến Tre", "Âu Cơ", "Ấp Bắc", "Ăn", "An"]
    assert sorted(words, key=sort_key) == [
        "An",
        "Ăn",
        "Ấp Bắc",
        "Âu Cơ",
        "Bến Tre",
        "Cà Mau",
        "Dak Lak",
        "Đà Nẵng",
        "Điện Biên",
    ]


def test_sort_key_orders_tones_after_letters() -> None:
    # Same letters: the tone decides (ngang, huyền, hỏi, ngã, sắc, nặng).
    assert sorted(["mạ", "má", "mã", "mả", "mà", "ma"], key=sort_key) == [
        "ma",
        "mà",
        "mả",
        "mã",
        "má",
        "mạ",
    ]
    # Different letters: the letters decide before any tone.
    assert sorted(["ơ", "ô", "o"], key=sort_key) == ["o", "ô", "ơ"]


@given(st.text())
def test_fold_is_idempotent_and_ascii_marks_free(text: str) -> None:
    folded = fold(text)
    assert fold(folded) == folded
    assert not any(unicodedata.combining(ch) for ch in unicodedata.normalize("NFD", folded))


@given(st.text())
def test_nfc_is_stable(text: str) -> None:
    assert nfc(nfc(text)) == nfc(text)


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+84 905 000 111", "'+84 905 000 111"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("Cổng thông tin điện tử", "Cổng thông tin điện tử"),
        ("", ""),
    ],
)
def test_a_csv_cell_that_looks_like_a_formula_is_written_as_text(value: str, cell: str) -> None:
    assert sheet_text(value) == cell
    assert from_sheet_text(cell) == value


def test_an_apostrophe_of_the_clerks_own_is_kept() -> None:
    assert from_sheet_text("'Đường 'Hùng Vương'") == "'Đường 'Hùng Vương'"
