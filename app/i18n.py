"""Qt-free bilingual text. The app speaks Vietnamese first and English second.

Strings that originate in `app/` (labels, validation messages) carry both languages; callers pass
the language explicitly. `ui/` uses Qt's translation system for its own strings.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

Lang = Literal["vi", "en"]
LANGS: tuple[Lang, ...] = ("vi", "en")
DEFAULT_LANG: Lang = "vi"


@dataclass(frozen=True)
class Text:
    """A piece of text in both languages; `{name}` placeholders are filled by `format`."""

    vi: str
    en: str

    def get(self, lang: str = DEFAULT_LANG) -> str:
        return self.en if lang == "en" else self.vi

    def format(self, lang: str = DEFAULT_LANG, **params: object) -> str:
        resolved = {k: resolve(v, lang) for k, v in params.items()}
        return self.get(lang).format(**resolved)

    def with_(self, **params: object) -> Msg:
        return Msg(self, tuple(params.items()))


@dataclass(frozen=True)
class Msg:
    """A Text with its parameters, rendered in either language when needed."""

    text: Text
    params: tuple[tuple[str, object], ...] = ()

    def get(self, lang: str = DEFAULT_LANG) -> str:
        return self.text.format(lang, **dict(self.params))


def joined(messages: Iterable[Msg], sep: str = "; ") -> Text:
    """Several messages as one text in each language (a list inside another message)."""
    items = list(messages)
    return Text(sep.join(m.get("vi") for m in items), sep.join(m.get("en") for m in items))


def resolve(value: object, lang: str) -> object:
    """Text and Msg parameters are rendered in *lang*; anything else is left as it is."""
    if isinstance(value, Text | Msg):
        return value.get(lang)
    return value


def as_lang(value: str | None) -> Lang:
    return "en" if value == "en" else "vi"
