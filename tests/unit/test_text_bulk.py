"""The bulk folding and ordering of `app.domain.text`: the same results as `fold` and
`sort_key`, made with translation tables (what the register tables use on every row)."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from app.domain.text import collation_key, collation_keys, fold, fold_fast, sort_key

# Vietnamese letters with every tone, capitals, digits, spaces and signs; NFC as the app stores.
_VIETNAMESE = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxy"
    "AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY"
    "áàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
    "ÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
    "fjwzFJWZ0123456789 -/.,()"
)
vietnamese = st.text(alphabet=_VIETNAMESE, max_size=12)


@given(vietnamese)
def test_fold_fast_folds_as_fold(text: str) -> None:
    assert fold_fast(text) == fold(text)


def test_fold_fast_folds_decomposed_text_and_d_bar() -> None:
    assert fold_fast(unicodedata.normalize("NFD", "  Ứng cứu  SỰ CỐ ")) == "ung cuu su co"
    assert fold_fast("Đặng Minh Dương") == "dang minh duong"


@given(vietnamese, vietnamese)
def test_collation_key_orders_as_sort_key(left: str, right: str) -> None:
    assert (collation_key(left) < collation_key(right)) == (sort_key(left) < sort_key(right))
    assert (collation_key(left) == collation_key(right)) == (sort_key(left) == sort_key(right))


@given(st.lists(vietnamese, max_size=20))
def test_collation_keys_are_collation_key_of_each(values: list[str]) -> None:
    assert collation_keys(values) == [collation_key(v) for v in values]


def test_collation_follows_the_vietnamese_alphabet_and_tones() -> None:
    words = ["Điện Biên", "Đà Nẵng", "Dak Lak", "Cà Mau", "Bến Tre", "Âu Cơ", "Ấp Bắc", "Ăn", "An"]
    expected = [
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
    assert sorted(words, key=collation_key) == expected
    assert sorted(["má", "mả", "mạ", "ma", "mà", "mã"], key=collation_key) == [
        "ma",
        "mà",
        "mả",
        "mã",
        "má",
        "mạ",
    ]
    assert sorted(["b", "2", "a"], key=collation_key) == ["2", "a", "b"]  # digits first
