"""The words of the exchange use cases, in Vietnamese and English (domain.md §5)."""

from __future__ import annotations

from app.i18n import Text

KEY_STATUS = {
    "known": Text("khóa đã đăng ký", "registered key"),
    "new": Text("khóa mới, chưa đăng ký", "new key, not registered"),
    "changed": Text(
        "khóa KHÁC với khóa đã đăng ký của đơn vị", "a key DIFFERENT from the unit's registered one"
    ),
}

# -- the package does not agree with itself --------------------------------------------------
UNITS_DIFFER = Text(
    "danh sách đơn vị trong bản kê không khớp với đơn vị trong data.json.",
    "the units in the manifest do not match the units in data.json.",
)
COUNTS_DIFFER = Text(
    "số bản ghi “{kind}” trong bản kê không khớp với data.json.",
    "the number of “{kind}” records in the manifest does not match data.json.",
)
OUTSIDER = Text(
    "{what} thuộc một đơn vị không có trong gói.", "{what} belongs to a unit not in the package."
)
FILE_WITHOUT_RECORD = Text(
    "tệp “{name}” không gắn với bản ghi văn bản hoặc chứng cứ nào trong gói.",
    "the file “{name}” belongs to no document or evidence record of the package.",
)
EVIDENCE_HASH = Text(
    "tệp chứng cứ “{name}” không khớp mã băm SHA-256 ghi trong hồ sơ sự cố.",
    "the evidence file “{name}” does not match the SHA-256 recorded with the incident.",
)

# -- the package cannot go into this database ------------------------------------------------
NOT_PROVINCE = Text(  # not PROVINCE_OFF: that name is the command line's "mode is off" below
    "cơ sở dữ liệu này chưa bật chế độ tổng hợp của tỉnh (Trao đổi dữ liệu, thẻ “Tổng hợp của "
    "tỉnh”), nên không nhận gói của đơn vị khác.",
    "this database is not in province mode (Data exchange, “Province summary” tab), so it does "
    "not take other units' packages.",
)
LOCAL_UNIT = Text(
    "đơn vị “{unit}” đã có trong cơ sở dữ liệu này mà không phải do nhận gói; không ghi đè.",
    "the unit “{unit}” is already in this database and did not come from a package; it is not "
    "overwritten.",
)
OLDER = Text(
    "gói lập lúc {created} cũ hơn gói đã nhận của đơn vị “{unit}” (lập lúc {last}); không nhập "
    "để dữ liệu cũ không đè lên dữ liệu mới.",
    "the package made at {created} is older than the one already received from “{unit}” (made "
    "at {last}); it is not imported so that old data does not replace newer data.",
)
FOREIGN = Text(
    "{count} bản ghi trong gói trùng mã với bản ghi của đơn vị khác (ví dụ {what} mã {id}).",
    "{count} records of the package have the id of another unit's record (e.g. {what} {id}).",
)
ALREADY = Text(
    "gói này đã được nhập lúc {when}; nhập lại không thay đổi gì.",
    "this package was already imported at {when}; importing it again changes nothing.",
)
ENABLES = Text(
    "cơ sở dữ liệu đang trống: khi nhập gói, chế độ tổng hợp của tỉnh sẽ được bật.",
    "the database is empty: importing the package turns province mode on.",
)
NOT_INCLUDED = Text(
    "{count} tệp chứng cứ không có trong gói (vượt giới hạn dung lượng, không tìm thấy hoặc đã "
    "bị thay đổi ở đơn vị).",
    "{count} evidence files are not in the package (over the size limit, not found, or changed "
    "at the unit).",
)

# -- refusing to commit ------------------------------------------------------------------------
REFUSED = Text(
    "Không nhập gói {path}: {problem} Không có gì được ghi.",
    "The package {path} was not imported: {problem} Nothing was written.",
)
UNKNOWN_KEY = Text(
    "khóa ký {fingerprint} của “{unit}” chưa được đăng ký. Hãy đối chiếu mã nhận dạng này với "
    "công văn gửi kèm của đơn vị, rồi chọn tin cậy khóa (dòng lệnh: --trust).",
    "the signing key {fingerprint} of “{unit}” is not registered. Compare this fingerprint with "
    "the unit's cover letter, then choose to trust the key (command line: --trust).",
)
KEY_CHANGED = Text(
    "“{unit}” đã đăng ký khóa {known}, nhưng gói được ký bằng khóa khác {fingerprint}. Chỉ chấp "
    "nhận khi đơn vị xác nhận đã đổi khóa, bằng cách nêu rõ khóa cũ được thay (dòng lệnh: "
    "--replace-key KHÓA-CŨ).",
    "“{unit}” is registered with the key {known}, but the package is signed with another key "
    "{fingerprint}. Accept it only when the unit confirms it changed its key, by naming the old "
    "key it replaces (command line: --replace-key OLD-KEY).",
)
BAD_FINGERPRINT = Text(
    "“{value}” không phải mã nhận dạng khóa hợp lệ (64 chữ số thập lục phân).",
    "“{value}” is not a valid key fingerprint (64 hexadecimal digits).",
)

# -- receipts -----------------------------------------------------------------------------------
NO_SUCH_EXPORT = Text(
    "không có gói nào mang mã băm {sha256} trong nhật ký xuất của cơ sở dữ liệu này.",
    "no package with the hash {sha256} is in this database's export log.",
)
PROVINCE_KEY_CHANGED = Text(
    "giấy biên nhận được ký bằng khóa {fingerprint}, khác khóa của tỉnh đã ghi nhận ({known}). "
    "Chỉ chấp nhận khi tỉnh xác nhận đã đổi khóa (dòng lệnh: --trust).",
    "the receipt is signed with the key {fingerprint}, not the province key on record "
    "({known}). Accept it only when the province confirms the change (command line: --trust).",
)

# -- the command line ----------------------------------------------------------------------------
EML_NEEDS_TO = Text(
    "Cần địa chỉ người nhận (--to) để lập thư .eml.", "An address (--to) is needed for the .eml."
)
EXPORTED = Text(
    "Đã xuất gói {path} ({size}): {count} bản ghi, {files} tệp kèm theo.",
    "Wrote the package {path} ({size}): {count} records, {files} attached files.",
)
SHA = Text("Mã băm SHA-256: {sha256}", "SHA-256: {sha256}")
FINGERPRINT = Text("Mã nhận dạng khóa ký: {fingerprint}", "Signing key fingerprint: {fingerprint}")
SKIPPED = Text(
    "{count} tệp chứng cứ không đưa vào gói (xem manifest.json, mục not_included).",
    "{count} evidence files were left out (see manifest.json, not_included).",
)
EML_DONE = Text("Đã lập thư điện tử {path}.", "Wrote the email {path}.")
REPORT_HEAD = Text("Gói {path} của: {units}", "Package {path} from: {units}")
REPORT_KEY = Text("Khóa ký: {fingerprint} ({status})", "Signing key: {fingerprint} ({status})")
REPORT_MADE = Text(
    "Lập lúc {created}, ATTT Desk {version}. Thay đổi nếu nhập:",
    "Made at {created}, ATTT Desk {version}. What importing changes:",
)
CHECK_OK = Text(
    "Kiểm tra xong: gói nhập được với các lựa chọn này. Chưa ghi gì.",
    "Checked: the package can be imported with these choices. Nothing was written.",
)
NO_CHANGE = Text("không thay đổi gì", "nothing changes")
IMPORTED = Text(
    "Đã nhập: thêm {added}, cập nhật {updated}, xóa {removed} bản ghi; {files} tệp.",
    "Imported: {added} added, {updated} updated, {removed} removed; {files} files.",
)
PROVINCE_ON = Text("Đã bật chế độ tổng hợp của tỉnh.", "Province mode is on.")
PROVINCE_OFF = Text("Đã tắt chế độ tổng hợp của tỉnh.", "Province mode is off.")
RECEIPT_DONE = Text(
    "Đã lập giấy biên nhận {path} cho gói {sha256}, ký bằng khóa {fingerprint}.",
    "Wrote the receipt {path} for the package {sha256}, signed with {fingerprint}.",
)
RECEIPT_FILED = Text(
    "Gói {file}: đã nhận ngày {date} ({issuer}, khóa {fingerprint}).",
    "Package {file}: received on {date} ({issuer}, key {fingerprint}).",
)
DOCUMENT_RECEIVED = Text(
    "Văn bản đi “{subject}”: đã ghi ngày cấp trên nhận.",
    "Outgoing document “{subject}”: the date received upstream is recorded.",
)
SHEET_COLUMNS = Text("Cột nhận ra: {columns}", "Columns found: {columns}")
SHEET_PREVIEW = Text(
    "{rows} dòng: thêm {adds}, cập nhật {updates}, lỗi {bad}.",
    "{rows} rows: {adds} to add, {updates} to update, {bad} with errors.",
)
SHEET_DONE = Text(
    "{kind}: đã thêm {added}, cập nhật {updated}, bỏ qua {skipped} dòng lỗi.",
    "{kind}: {added} added, {updated} updated, {skipped} rows with errors skipped.",
)
TEMPLATE_DONE = Text("Đã ghi tệp mẫu {path}.", "Wrote the template {path}.")
KEY_REGISTERED = Text(
    "Đã đăng ký khóa {fingerprint} ({name}).", "Registered the key {fingerprint} ({name})."
)
KEY_FORGOTTEN = Text("Đã xóa khóa {fingerprint}.", "Removed the key {fingerprint}.")
KEY_NOT_FOUND = Text("Không có khóa {fingerprint}.", "There is no key {fingerprint}.")
OWN_KEY = Text(
    "Khóa ký của cơ sở dữ liệu này: {fingerprint} (tệp {path})",
    "This database's signing key: {fingerprint} (file {path})",
)
OWN_KEY_EXISTS = Text(
    "cơ sở dữ liệu này đã có khóa ký khác ({current}); khôi phục khóa {new} sẽ thay nó. Nếu đúng "
    "là muốn thay, hãy nêu mã nhận dạng khóa hiện tại (dòng lệnh: --replace-own-key).",
    "this database already has another signing key ({current}); restoring the key {new} "
    "replaces it. To replace it, name the current key's fingerprint (command line: "
    "--replace-own-key).",
)
KEY_PROTECTED = Text(
    "Khóa ký được bảo vệ bằng mật khẩu.", "The signing key is protected by a passphrase."
)
KEY_UNPROTECTED = Text(
    "Khóa ký chưa được bảo vệ bằng mật khẩu (nên đặt: keys --protect --passphrase-file TỆP).",
    "The signing key is not protected by a passphrase (advised: keys --protect "
    "--passphrase-file FILE).",
)
KEY_EXPORTED = Text(
    "Đã xuất khóa ký (mã hóa bằng mật khẩu) vào {path}. Hãy cất tệp này và mật khẩu ở hai nơi "
    "khác nhau.",
    "Exported the signing key (encrypted by the passphrase) to {path}. Keep the file and the "
    "passphrase in two different places.",
)
KEY_RESTORED = Text(
    "Đã khôi phục khóa ký {fingerprint}.", "Restored the signing key {fingerprint}."
)
REGISTERED_HEAD = Text("Khóa của các đơn vị đã đăng ký: {count}", "Registered unit keys: {count}")
KEY_UNITS = Text("{count} đơn vị", "{count} units")
PROVINCE_KEY = Text(
    "Khóa của tỉnh (giấy biên nhận): {fingerprint} ({name})",
    "Province key (receipts): {fingerprint} ({name})",
)
