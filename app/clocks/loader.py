"""Load rule packs (TOML) in order: the built-in regimes, a province's pack, then extra folders.

A pack is a file with a `[pack]` table (id, title_vi, title_en), new rules in `[[rules]]` and
changes to earlier rules in `[[overrides]]`. An override names the rule by `id`, must give its own
`source` (the document that changes the rule) and replaces only the fields it gives. A new rule
whose id already exists is refused: changing a rule is always an explicit override.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from app.clocks.fields import Fields, problem
from app.clocks.model import PackInfo, Rule, RulePackError, RuleSet
from app.clocks.parse import RULE_KEYS, parse_rule, rule_id
from app.config import resources_dir
from app.domain.text import fold
from app.i18n import Text

BUILTIN_PACKS = ("2017-2026.toml", "nd331-2026.toml")
PROVINCES_DIR = "provinces"
_PACK_KEYS = frozenset({"pack", "rules", "overrides"})
_HEADER_KEYS = frozenset({"id", "title_vi", "title_en", "description"})


def rules_dir() -> Path:
    """The folder of the built-in packs (`resources/rules`)."""
    return resources_dir() / "rules"


def province_slug(name: str) -> str:
    """ "Kiên Giang", "kien giang" and "kien-giang" all name `provinces/kien-giang.toml`."""
    return "-".join(fold(name).replace("-", " ").split())


def available_provinces(base_dir: Path | None = None) -> tuple[str, ...]:
    folder = (base_dir or rules_dir()) / PROVINCES_DIR
    return tuple(sorted(p.stem for p in folder.glob("*.toml")))


def load_packs(
    extra_dirs: Iterable[Path | str] = (),
    *,
    province: str | None = None,
    base_dir: Path | None = None,
) -> RuleSet:
    """The built-in packs, then the province's pack, then every `*.toml` of each extra folder.

    Folders are read in the order given, files in a folder by name, so a unit controls the order
    of its own packs by naming them (`10-…toml`, `20-…toml`).
    """
    base = base_dir or rules_dir()
    files = [base / name for name in BUILTIN_PACKS]
    if province:
        path = base / PROVINCES_DIR / f"{province_slug(province)}.toml"
        if not path.is_file():
            raise RulePackError(
                path,
                problem(
                    "không có gói quy tắc cho tỉnh «{p}»; hiện có: {a}.",
                    "there is no rule pack for province '{p}'; available: {a}.",
                    p=province,
                    a=", ".join(available_provinces(base)) or "-",
                ),
            )
        files.append(path)
    for name in extra_dirs:
        folder = Path(name)
        if not folder.is_dir():
            raise RulePackError(
                folder,
                problem("không tìm thấy thư mục gói quy tắc.", "rule-pack folder not found."),
            )
        files.extend(sorted(folder.glob("*.toml")))
    return load_files(files)


def load_files(paths: Iterable[Path]) -> RuleSet:
    """Load the given pack files in order, applying each one's rules and overrides."""
    packs: list[PackInfo] = []
    rules: dict[str, Rule] = {}
    raw: dict[str, dict[str, Any]] = {}
    for path in paths:
        document = _read(path)
        top = Fields(path, document)
        top.check_keys(_PACK_KEYS)
        info = _header(top)
        if any(p.id == info.id for p in packs):
            top.table_at("pack").fail(
                "id",
                problem(
                    "gói «{i}» đã được nạp trước đó.", "pack '{i}' was already loaded.", i=info.id
                ),
            )
        packs.append(info)
        for table in _tables(top, "rules"):
            new_id = rule_id(table)  # a problem here is named "rules[N].id"
            table.rule, table.prefix = new_id, ""
            if new_id in rules:
                table.fail(
                    "id",
                    problem(
                        "quy tắc này đã có trong gói «{p}»; muốn thay đổi hãy dùng [[overrides]].",
                        "this rule already exists in pack '{p}'; use [[overrides]] to change it.",
                        p=rules[new_id].pack,
                    ),
                )
            rules[new_id] = parse_rule(table, info.id)
            raw[new_id] = dict(table.table)
        for table in _tables(top, "overrides"):
            target = rule_id(table)
            table.rule, table.prefix = target, ""
            if target not in rules:
                table.fail(
                    "id",
                    problem(
                        "không có quy tắc nào mang mã này để thay thế.",
                        "no loaded rule has this id to override.",
                    ),
                )
            table.check_keys(RULE_KEYS)
            table.text("source")  # an override must say which document changes the rule
            merged = {**raw[target], **table.table}
            rules[target] = parse_rule(Fields(path, merged, target), info.id)
            raw[target] = merged
    return RuleSet(packs=tuple(packs), rules=tuple(rules.values()))


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise RulePackError(path, problem("không tìm thấy tệp.", "file not found.")) from None
    except tomllib.TOMLDecodeError as error:
        raise RulePackError(
            path, problem("không đúng cú pháp TOML ({e}).", "is not valid TOML ({e}).", e=error)
        ) from None
    except (OSError, UnicodeDecodeError) as error:
        raise RulePackError(
            path, problem("không đọc được tệp ({e}).", "cannot be read ({e}).", e=error)
        ) from None


def _header(top: Fields) -> PackInfo:
    header = top.table_at("pack")
    header.check_keys(_HEADER_KEYS)
    return PackInfo(
        id=rule_id(header),
        title=Text(header.text("title_vi"), header.text("title_en")),
        path=top.path,
    )


def _tables(top: Fields, key: str) -> list[Fields]:
    return top.tables(key) if top.has(key) else []
