"""What can be wrong with a package, a receipt or a spreadsheet, said to a person in both
languages. Each kind of fault is its own AtttError subclass, so the screen (and the tests) can
tell a wrong password from a changed byte; every message names the file and, where it can, the
entry inside it."""

from __future__ import annotations

from pathlib import Path

from app.domain.errors import AtttError
from app.i18n import Msg, Text

PACKAGE = Text("Gói dữ liệu {path}: {problem}", "Data package {path}: {problem}")
RECEIPT = Text("Giấy biên nhận {path}: {problem}", "Receipt {path}: {problem}")
SHEET = Text("Bảng tính {path}: {problem}", "Spreadsheet {path}: {problem}")
KEY_FILE = Text("Tệp khóa ký {path}: {problem}", "Signing key file {path}: {problem}")


class PackageError(AtttError):
    """Anything that stops a package from being read; nothing has been written."""

    template = PACKAGE

    def __init__(self, path: Path | str, problem: Msg | Text) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(self.template, path=path, problem=problem)


class HostileArchive(PackageError):
    """Unsafe structure: names that escape, links, bombs, too big, too many, altered layout."""


class IntegrityError(PackageError):
    """A file differs from the manifest, is missing, or is not listed in it."""


class FormatError(PackageError):
    """Not a package of ours, malformed JSON, an unknown format version, inconsistent content."""


class SignatureError(PackageError):
    """The manifest's signature does not verify with the key it names."""


class PasswordError(PackageError):
    """The package is encrypted and the password is missing or wrong."""


class UntrustedKey(PackageError):
    """The signing key is not registered for the unit (new) or differs from the registered one."""

    def __init__(self, path: Path | str, problem: Msg | Text, fingerprint: str) -> None:
        self.fingerprint = fingerprint
        super().__init__(path, problem)


class ReceiptError(PackageError):
    """A receipt that cannot be read, verified or matched to an exported package."""

    template = RECEIPT


class SheetError(PackageError):
    """A spreadsheet that cannot be read at all (row errors are reported per row instead)."""

    template = SHEET


class KeyFileError(PackageError):
    """The unit's own key file is unreadable; it is never replaced silently."""

    template = KEY_FILE


def human_size(size: int) -> str:
    """1536 -> "1,5 KB": the decimal comma of Vietnamese, binary multiples."""
    value = float(size)
    for unit in ("byte", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            text = f"{value:.0f}" if unit == "byte" else f"{value:.1f}".rstrip("0").rstrip(".")
            return f"{text.replace('.', ',')} {unit}"
        value /= 1024
    return f"{size} byte"  # pragma: no cover - the loop always returns


# -- problems with the file as a whole -------------------------------------------------------
TOO_BIG = Text(
    "tệp có dung lượng {size}, vượt giới hạn {limit} của một gói.",
    "the file is {size}, over the {limit} limit for a package.",
)
CANNOT_READ = Text("không đọc được tệp ({detail}).", "cannot read the file ({detail}).")
CANNOT_WRITE = Text("không ghi được tệp ({detail}).", "cannot write the file ({detail}).")
NOT_ZIP = Text(
    "không phải gói dữ liệu ATTT Desk (không tìm thấy cấu trúc tệp nén ZIP).",
    "this is not an ATTT Desk data package (no ZIP structure found).",
)
TRUNCATED = Text(
    "tệp bị cắt cụt hoặc hỏng cấu trúc (tại byte {offset}).",
    "the file is truncated or its structure is damaged (at byte {offset}).",
)
ALTERED = Text(
    "cấu trúc tệp nén đã bị thay đổi sau khi ATTT Desk lập gói (tại byte {offset}).",
    "the archive's structure was changed after ATTT Desk made the package (at byte {offset}).",
)
TOO_MANY = Text(
    "gói có {count} tệp, vượt giới hạn {limit} tệp.",
    "the package holds {count} files, over the limit of {limit}.",
)
EXPANDS = Text(
    "tổng dung lượng các tệp bên trong là {size}, vượt giới hạn {limit}.",
    "the files inside add up to {size}, over the {limit} limit.",
)

# -- problems with one entry ------------------------------------------------------------------
ABSOLUTE = Text(
    "tên tệp “{name}” là đường dẫn tuyệt đối; gói chỉ được chứa đường dẫn tương đối.",
    "the entry “{name}” is an absolute path; a package holds relative paths only.",
)
ESCAPES = Text(
    "tên tệp “{name}” trỏ ra ngoài thư mục của gói (“..”).",
    "the entry “{name}” points outside the package folder (“..”).",
)
BAD_NAME = Text(
    "tên tệp “{name}” không hợp lệ (ký tự cấm, phần rỗng hoặc quá dài).",
    "the entry name “{name}” is not valid (forbidden characters, empty parts or too long).",
)
DUPLICATE = Text(
    "tên tệp “{name}” xuất hiện hai lần trong gói.",
    "the entry “{name}” appears twice in the package.",
)
LINK = Text(
    "mục “{name}” là liên kết (symlink), không phải tệp thường.",
    "the entry “{name}” is a link (symlink), not a regular file.",
)
NOT_FILE = Text(
    "mục “{name}” là thư mục hoặc tệp đặc biệt, không phải tệp thường.",
    "the entry “{name}” is a folder or a special file, not a regular file.",
)
COMPRESSED = Text(
    "tệp “{name}” được nén (phương thức {method}); gói ATTT Desk không nén nên từ chối, "
    "phòng tệp nén độc hại (zip bomb).",
    "the entry “{name}” is compressed (method {method}); ATTT Desk packages are not, so it is "
    "refused as a possible zip bomb.",
)
ZIP_ENCRYPTED = Text(
    "tệp “{name}” được mã hóa kiểu ZIP, không được hỗ trợ.",
    "the entry “{name}” uses ZIP encryption, which is not supported.",
)
ENTRY_TOO_BIG = Text(
    "tệp “{name}” có dung lượng {size}, vượt giới hạn {limit}.",
    "the entry “{name}” is {size}, over the {limit} limit.",
)
RATIO = Text(
    "tệp “{name}” nở ra gấp {ratio} lần khi giải nén (giới hạn {limit} lần): dấu hiệu tệp nén "
    "độc hại (zip bomb).",
    "the entry “{name}” expands {ratio} times (limit {limit}): a sign of a zip bomb.",
)
BIGGER_THAN_DECLARED = Text(
    "tệp “{name}” khai báo {declared} byte nhưng giải nén ra nhiều hơn: dấu hiệu tệp nén độc hại.",
    "the entry “{name}” declares {declared} bytes but expands to more: a sign of a zip bomb.",
)
CHANGED = Text(
    "tệp “{name}” đã bị thay đổi hoặc hỏng: nội dung không khớp với mã băm SHA-256 trong bản kê.",
    "the file “{name}” was changed or damaged: its content does not match the SHA-256 in the "
    "manifest.",
)
MISSING = Text(
    "thiếu tệp “{name}” mà bản kê (manifest.json) có liệt kê.",
    "the file “{name}” listed in the manifest (manifest.json) is missing.",
)
EXTRA = Text(
    "có tệp “{name}” không được liệt kê trong bản kê (manifest.json).",
    "the file “{name}” is not listed in the manifest (manifest.json).",
)
