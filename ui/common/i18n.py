"""Qt translations: the `tr` helper and a translator that reads the `.ts` catalogue directly.

Source strings are English; `translations/attt_desk_vi.ts` holds the Vietnamese. The catalogue
is read at start-up into a dictionary served by `CatalogTranslator` (a QTranslator subclass)
instead of being compiled to `.qm`: nothing needs `lrelease`, a writable cache folder or a build
step, the frozen app ships the same file the tests check, and a `.qm` can never be stale. The
catalogue stays a standard Qt file, so Qt Linguist edits it and lupdate refreshes it:

    pyside6-lupdate -extensions py ui -tr-function-alias translate+=tr -locations none \
        -ts translations/attt_desk_vi.ts

Qt ships no Vietnamese for its own dialogs (no `qtbase_vi.qm`, gotcha G5), so
`translations/qt_vi.ts` carries the standard button texts (context `QPlatformTheme`), the
text-field context menus and the file dialog in Qt's own contexts. It is kept by hand and apart,
because lupdate would mark those strings obsolete: they are not in our sources.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from app.i18n import Lang, as_lang
from app.services.settings import maintenance

CATALOGS = ("attt_desk_{lang}.ts", "qt_{lang}.ts")  # ours, then Qt's own strings
_PLACEHOLDER = re.compile(r"%(\d+)")

Messages = dict[tuple[str, str, str], str]  # (context, source, disambiguation) -> translation


def tr(context: str, text: str) -> str:
    """Translate *text* (English) in *context*; use string literals so lupdate finds them."""
    return QCoreApplication.translate(context, text)


def fill(text: str, *args: object) -> str:
    """Put *args* in place of `%1`, `%2`, … (Qt's placeholders, kept by translators)."""

    def replace(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(args[index]) if 0 <= index < len(args) else match.group(0)

    return _PLACEHOLDER.sub(replace, text)


def translations_dir() -> Path:
    """`translations/` beside `resources/`, in the source tree and in a frozen build."""
    return maintenance.translations_dir()


def catalog_paths(lang: str) -> list[Path]:
    return [translations_dir() / name.format(lang=lang) for name in CATALOGS]


def read_catalog(path: Path) -> Messages:
    """The finished translations of a `.ts` file; unfinished or obsolete ones are left out."""
    root = ET.parse(path).getroot()
    messages: Messages = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in (
                "unfinished",
                "vanished",
                "obsolete",
            ):
                continue
            forms = translation.findall("numerusform")
            text = forms[0].text if forms else translation.text
            if not text:
                continue
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            messages[key] = text
    return messages


class CatalogTranslator(QTranslator):
    """A QTranslator serving the messages of a parsed `.ts` catalogue."""

    def __init__(self, messages: Messages, language: str) -> None:
        super().__init__()
        self._messages = messages
        self._language = language

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        # None, not "", means "no translation": Qt then falls back to the source text.
        return self._messages.get((context, source_text, disambiguation or ""))

    def isEmpty(self) -> bool:
        return not self._messages

    def language(self) -> str:
        return self._language


def locale_for(lang: Lang) -> QLocale:
    if lang == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)


def install(lang: str) -> list[QTranslator]:
    """Install the translators for *lang* on the running application; return them."""
    chosen = as_lang(lang)
    QLocale.setDefault(locale_for(chosen))
    if chosen == "en":
        return []  # the source strings are English
    messages: Messages = {}
    for path in catalog_paths(chosen):
        messages.update(read_catalog(path))
    translator = CatalogTranslator(messages, locale_for(chosen).name())
    QCoreApplication.installTranslator(translator)
    return [translator]


def uninstall(translators: list[QTranslator]) -> None:
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    translators.clear()
