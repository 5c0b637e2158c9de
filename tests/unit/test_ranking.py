"""The one ranking of every record picker: exact, phrase, folded phrase, words; ties named."""

from __future__ import annotations

import unicodedata

from app.domain.ranking import Tier, rank, tier

ONE_STOP = (
    "Hệ thống thông tin giải quyết thủ tục hành chính tỉnh (Một cửa điện tử, Cổng dịch vụ "
    "công) tại xã"
)
MAIL = "Hệ thống thư điện tử công vụ tỉnh Quảng Ngãi (hộp thư của xã)"
PORTAL = "Cổng thông tin điện tử xã Đăk Hà"
SYSTEMS = [PORTAL, ONE_STOP, MAIL]  # alphabetical: the one-stop shop before the mail


def test_the_whole_phrase_with_diacritics_puts_the_mail_system_before_the_one_stop_shop() -> None:
    ranking = rank("thư điện tử công vụ", SYSTEMS)
    assert [SYSTEMS[i] for i in ranking.indexes] == [MAIL, ONE_STOP]
    assert [m.tier for m in ranking.matches] == [Tier.PHRASE, Tier.WORDS]
    assert ranking.best == 2 and not ranking.tied


def test_the_tiers_in_order() -> None:
    assert tier("cổng thông tin điện tử xã đăk hà", PORTAL) is Tier.EXACT
    assert tier("  Cổng  thông tin điện tử xã Đăk Hà ", PORTAL) is Tier.EXACT
    assert tier("thông tin điện tử", PORTAL) is Tier.PHRASE
    assert tier("thong tin dien tu", PORTAL) is Tier.FOLDED_PHRASE
    assert tier("dak ha cong", PORTAL) is Tier.WORDS
    assert tier("dak ha ddos", PORTAL) is None
    assert tier("   ", PORTAL) is None


def test_decomposed_typing_ranks_as_composed() -> None:
    typed = unicodedata.normalize("NFD", "thư điện tử")
    assert tier(typed, MAIL) is Tier.PHRASE


def test_an_exact_name_wins_over_longer_names_holding_it() -> None:
    names = ["Phòng Văn hóa - Xã hội xã", "Phòng Văn hóa - Xã hội"]
    ranking = rank("phòng văn hóa - xã hội", names)
    assert ranking.indexes == [1, 0] and ranking.best == 1


def test_two_candidates_in_the_best_tier_are_a_tie_and_nothing_is_best() -> None:
    ranking = rank("hệ thống", SYSTEMS)
    assert ranking.tied and ranking.best is None
    assert ranking.indexes == [1, 2]  # the given order within a tier
    same_name = rank("Lê Văn An", ["Lê Văn An", "Lê Văn An"])
    assert same_name.tied and same_name.best is None


def test_nothing_typed_or_nothing_matching_chooses_nothing() -> None:
    assert rank("", SYSTEMS).indexes == [] and rank("", SYSTEMS).best is None
    assert rank("ddos", SYSTEMS).best is None
    assert rank("dak", SYSTEMS).best == 0  # one match is the best
