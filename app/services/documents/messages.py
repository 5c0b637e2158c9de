"""What the register of outgoing documents tells a person when a use case cannot go on: each
message names the document, the field or the file, in Vietnamese and English."""

from __future__ import annotations

from app.domain.enums import LabeledEnum
from app.i18n import Text


def label(member: LabeledEnum) -> Text:
    """An enum's label as a bilingual parameter."""
    return Text(member.label("vi"), member.label("en"))


UNKNOWN_TEMPLATE = Text(
    "Không có mẫu văn bản «{template}». Các mẫu hiện có: {names}.",
    "There is no document template '{template}'. Templates: {names}.",
)
NEEDS = Text(
    "Mẫu «{template}» được lập từ một {what}: hãy chọn {what} (--{option}).",
    "Template '{template}' is filled from one {what}: choose it (--{option}).",
)
NEEDED = {
    "incident": Text("sự cố", "incident"),
    "system": Text("hệ thống thông tin", "information system"),
}
ISSUED_ALREADY = Text(
    "Văn bản số {number} đã ký ban hành, không được sửa hay ký lại; hãy lập văn bản mới để "
    "đính chính.",
    "Document {number} is already signed and issued; it cannot be edited or signed again. "
    "Make a new document to correct it.",
)
NOT_ISSUED = Text(
    "Văn bản “{subject}” chưa được ký ban hành (chưa có số).",
    "The document “{subject}” has not been signed and issued yet (it has no number).",
)
WRONG_STATE = Text(
    "Văn bản đang ở trạng thái “{state}”, không chuyển sang “{to}” được.",
    "The document is “{state}”; it cannot move to “{to}”.",
)
EARLIER = Text(
    "Ngày ban hành {day} trước ngày của văn bản đã cấp số gần nhất ({last}): số văn bản phải "
    "theo thứ tự thời gian.",
    "The date {day} is before the last numbered document's ({last}): numbers follow the order "
    "of dates.",
)
UNFINISHED = Text(
    "Văn bản “{subject}” chưa hoàn chỉnh nên chưa {action} được. Còn {count} chỗ: {gaps}. Chỗ "
    "trong ngoặc vuông là phần của mẫu cần thay bằng nội dung thật (muốn in dấu ngoặc vuông, "
    "gõ \\[).",
    "The document “{subject}” is not finished, so it cannot be {action} yet. {count} left: "
    "{gaps}. Text in square brackets is the template's and must be replaced by the real "
    "content (to print a bracket, type \\[).",
)
ENDED_RECIPIENT = Text(
    "Văn bản ngày {day} không gửi được tới cơ quan không còn tồn tại vào ngày đó: {bodies}. "
    "Sửa nơi nhận rồi ban hành lại.",
    "A document dated {day} cannot go to a body that no longer existed on that day: {bodies}. "
    "Correct the recipients, then issue it again.",
)
FUTURE_DATE = Text(
    "ngày ban hành {day} sau hôm nay ({today})",
    "the date of issue {day} is after today ({today})",
)
SKIPS_SUBMISSION = Text(
    "văn bản chưa trình ký mà đơn vị quy định phải trình ký trước khi ban hành",
    "the document was not submitted for signature, which the unit requires before issuing",
)
EVENT_PASSED = Text(
    "kế hoạch cho dịp “{occasion}” đã kết thúc ngày {last}, trước ngày ban hành {day}",
    "the plan is for “{occasion}”, which ended on {last}, before the date of issue {day}",
)
CONFIRM_ISSUE = Text(
    "Cần xác nhận trước khi ban hành “{subject}”: {warnings}. Nếu đúng là vậy, chạy lại lệnh với "
    "--yes.",
    "Confirm before issuing “{subject}”: {warnings}. If that is right, run the command again "
    "with --yes.",
)
ACTION_SUBMIT = Text("trình ký", "submitted for signature")
ACTION_ISSUE = Text("ký ban hành", "signed and issued")
NUMBER_TAKEN = Text(
    "Số {number} năm {year} đã cấp cho văn bản {taken} ngày {day}; mỗi số chỉ cấp một lần trong "
    "năm. Hãy lấy số khác theo sổ của văn thư.",
    "Number {number} of {year} is already given to document {taken} of {day}; a number is given "
    "once a year. Take another number from the clerk's register.",
)
SENT_EARLY = Text(
    "Ngày gửi không được trước ngày ban hành văn bản số {number}.",
    "The sending date must not be before the date of document {number}.",
)
NO_SIGNER = Text(
    "Không có người ký “{name}” trong danh sách người ký của đơn vị ({names}).",
    "“{name}” is not among the unit's signers ({names}).",
)
NO_SCAN_FILE = Text("Không tìm thấy tệp {path}.", "File {path} not found.")
SCAN_TOO_BIG = Text(
    "Tệp {path} lớn hơn giới hạn {limit} MB đặt trong Cài đặt.",
    "File {path} is larger than the {limit} MB limit set in Settings.",
)
BAD_OUT = Text(
    "Không ghi được {path}: chọn tệp có đuôi {kinds}.",
    "Cannot write {path}: choose a file ending in {kinds}.",
)
NO_NUMBER = Text(
    "Không có văn bản đi nào mang số hoặc mã “{number}”{year}.",
    "No outgoing document has the number or id “{number}”{year}.",
)
AMBIGUOUS = Text(
    "Có nhiều văn bản mang số “{number}” ({found}); hãy ghi cả ký hiệu hoặc năm (--year).",
    "Several documents have the number “{number}” ({found}); give the symbol or the year (--year).",
)
NO_INCIDENT = Text("Không có sự cố nào mang mã “{code}”.", "No incident has the code “{code}”.")
NO_SYSTEM = Text(
    "Không có hệ thống thông tin nào tên hoặc mã “{name}” (hoặc có nhiều hệ thống cùng khớp).",
    "No information system is named or has the id “{name}” (or several match).",
)
