<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>Chart</name>
    <message>
        <source>Incidents by type in each quarter</source>
        <translation>Sự cố theo loại trong từng quý</translation>
    </message>
    <message>
        <source>Q%1/%2</source>
        <translation>Quý %1/%2</translation>
    </message>
    <message>
        <source>No incident in these two years.</source>
        <translation>Không có sự cố nào trong hai năm qua.</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>Quý %1</translation>
    </message>
</context>
<context>
    <name>ClockTable</name>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>Nghĩa vụ</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Thời gian còn lại</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>See all (%1)…</source>
        <translation>Xem tất cả (%1)…</translation>
    </message>
    <message>
        <source>%1 incidents not yet closed; %2 with a deadline still running.</source>
        <translation>%1 sự cố chưa kết thúc; %2 sự cố còn thời hạn đang chạy.</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>còn %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Giai đoạn: %1</translation>
    </message>
    <message>
        <source>every required report made</source>
        <translation>đã thực hiện đủ các báo cáo theo quy định</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Việc tiếp theo: %1</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Căn cứ: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Hạn: %1</translation>
    </message>
    <message>
        <source>%1 overdue · %2 due soon</source>
        <translation>%1 việc quá hạn · %2 việc sắp đến hạn</translation>
    </message>
    <message>
        <source>The deadlines cannot be counted: %1 Check the rule packs in Settings, group “Deadlines and working days”.</source>
        <translation>Không tính được các thời hạn: %1 Hãy kiểm tra gói quy tắc ở màn hình Cài đặt, nhóm “Thời hạn và ngày làm việc”.</translation>
    </message>
    <message>
        <source>Quarter %1/%2</source>
        <translation>Quý %1/%2</translation>
    </message>
    <message>
        <source>last report %1</source>
        <translation>báo cáo gần nhất ngày %1</translation>
    </message>
    <message>
        <source>Deadlines set by law and by the province, counted from the unit&apos;s records. Click a line to open the record it is about.</source>
        <translation>Các thời hạn theo quy định của pháp luật và của tỉnh, tính từ dữ liệu trong các sổ của đơn vị. Bấm vào một dòng để mở hồ sơ liên quan.</translation>
    </message>
    <message>
        <source>Nothing is overdue or due soon.</source>
        <translation>Không có việc nào quá hạn hoặc sắp đến hạn.</translation>
    </message>
    <message>
        <source>No incident is being handled.</source>
        <translation>Không có sự cố nào đang xử lý.</translation>
    </message>
    <message>
        <source>No quarterly report is required now.</source>
        <translation>Hiện không có báo cáo quý nào phải thực hiện.</translation>
    </message>
    <message>
        <source>Overdue and due soon</source>
        <translation>Việc quá hạn và sắp đến hạn</translation>
    </message>
    <message>
        <source>Incidents not yet closed and their deadlines</source>
        <translation>Sự cố chưa kết thúc và thời hạn phải báo cáo</translation>
    </message>
    <message>
        <source>Next quarterly report</source>
        <translation>Báo cáo quý tiếp theo</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <source>Select a row to see every field of the record.</source>
        <translation>Chọn một dòng trong bảng để xem đầy đủ thông tin của bản ghi.</translation>
    </message>
    <message>
        <source>%1 … (%2 characters in all)</source>
        <translation>%1 … (tổng cộng %2 ký tự)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Not issued: nothing changed.</source>
        <translation>Chưa ban hành: không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Please confirm before issuing:</source>
        <translation>Cần xác nhận trước khi ban hành:</translation>
    </message>
    <message>
        <source>Issue anyway</source>
        <translation>Vẫn ban hành</translation>
    </message>
    <message>
        <source>New document…</source>
        <translation>Văn bản mới…</translation>
    </message>
    <message>
        <source>A letter or report from a template (Ctrl+Shift+N)</source>
        <translation>Lập công văn, báo cáo từ mẫu có sẵn (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Open the selected document (Enter)</source>
        <translation>Mở văn bản đang chọn (Enter)</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Xóa dự thảo</translation>
    </message>
    <message>
        <source>Delete the selected draft; issued documents stay in the register</source>
        <translation>Xóa dự thảo đang chọn; văn bản đã ban hành được giữ nguyên trong sổ</translation>
    </message>
    <message>
        <source>Save the register</source>
        <translation>Lưu sổ văn bản đi</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Đã gửi tới máy in.</translation>
    </message>
    <message>
        <source>An issued document stays in the register; it cannot be deleted.</source>
        <translation>Văn bản đã ban hành được lưu trong sổ, không xóa được.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Đã ghi ra %1.</translation>
    </message>
    <message>
        <source>Register %1</source>
        <translation>Sổ văn bản đi năm %1</translation>
    </message>
    <message>
        <source>The action failed: %1</source>
        <translation>Không thực hiện được: %1</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Đã hủy in.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Issue the document</source>
        <translation>Ban hành văn bản</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <source>Date of issue:</source>
        <translation>Ngày ban hành:</translation>
    </message>
    <message>
        <source>Issue and number</source>
        <translation>Ban hành và cấp số</translation>
    </message>
    <message>
        <source>Record the sending</source>
        <translation>Ghi nhận đã gửi</translation>
    </message>
    <message>
        <source>Sent via:</source>
        <translation>Hình thức gửi:</translation>
    </message>
    <message>
        <source>Sent on:</source>
        <translation>Ngày gửi:</translation>
    </message>
    <message>
        <source>Record as sent</source>
        <translation>Ghi nhận đã gửi</translation>
    </message>
    <message>
        <source>“%1” takes the number the văn thư gives in the outgoing documents register (the next of the year is proposed). Once issued it can no longer be changed: a correction is a new document.</source>
        <translation>“%1” được cấp số do văn thư lấy trong sổ văn bản đi (đề xuất sẵn số tiếp theo của năm). Văn bản đã ban hành không được sửa; muốn đính chính thì lập văn bản mới.</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Số văn bản:</translation>
    </message>
    <message>
        <source>The number the văn thư gives in the outgoing register; a number already given this year is refused.</source>
        <translation>Số do văn thư cấp theo sổ văn bản đi; số đã cấp trong năm sẽ không được nhận.</translation>
    </message>
    <message>
        <source>Document %1: how and when was it sent?</source>
        <translation>Văn bản số %1 đã được gửi bằng hình thức nào, vào ngày nào?</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Laying out the document…</source>
        <translation>Đang dàn trang văn bản…</translation>
    </message>
    <message>
        <source>The preview could not be made.</source>
        <translation>Không tạo được bản xem trước.</translation>
    </message>
    <message>
        <source>%1 no. %2 of %3</source>
        <translation>%1 số %2 ngày %3</translation>
    </message>
    <message>
        <source>Draft %1 (no number yet)</source>
        <translation>Dự thảo %1 (chưa cấp số)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Có thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>As it prints</source>
        <translation>Xem trước bản in</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Mẫu: %1</translation>
    </message>
    <message>
        <source>Incident: %1</source>
        <translation>Sự cố: %1</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>Hệ thống: %1</translation>
    </message>
    <message>
        <source>Signed copy attached:</source>
        <translation>Bản đã ký đính kèm:</translation>
    </message>
    <message>
        <source>The signed copy</source>
        <translation>Chọn bản đã ký</translation>
    </message>
    <message>
        <source>Export the document</source>
        <translation>Xuất văn bản</translation>
    </message>
    <message>
        <source>Submitted for signature.</source>
        <translation>Đã trình ký.</translation>
    </message>
    <message>
        <source>Issued as no. %1 of %2.</source>
        <translation>Đã ban hành: số %1 ngày %2.</translation>
    </message>
    <message>
        <source>Document %1 recorded as sent.</source>
        <translation>Đã ghi nhận văn bản số %1 đã gửi.</translation>
    </message>
    <message>
        <source>Scans and signed PDFs (%1)</source>
        <translation>Bản chụp, tệp PDF đã ký số (%1)</translation>
    </message>
    <message>
        <source>The signed copy of %1 is attached.</source>
        <translation>Đã đính kèm bản đã ký của văn bản số %1.</translation>
    </message>
    <message>
        <source>Draft a document…</source>
        <translation>Lập văn bản…</translation>
    </message>
    <message>
        <source>A letter or report from a template, filled from this record</source>
        <translation>Lập công văn, báo cáo từ mẫu, điền sẵn thông tin của bản ghi này</translation>
    </message>
    <message>
        <source>The draft could not be made: %1</source>
        <translation>Không lập được dự thảo: %1</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Tất cả các năm</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Mọi loại văn bản</translation>
    </message>
    <message>
        <source>Register of outgoing documents</source>
        <translation>Sổ văn bản đi</translation>
    </message>
    <message>
        <source>The year&apos;s register as NĐ 30/2020 Appendix IV prints it</source>
        <translation>Sổ đăng ký văn bản đi của năm theo Phụ lục IV Nghị định số 30/2020/NĐ-CP</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Loại văn bản:</translation>
    </message>
    <message>
        <source>Save the %1 register as PDF…</source>
        <translation>Lưu sổ văn bản đi năm %1 ra PDF…</translation>
    </message>
    <message>
        <source>Print the %1 register…</source>
        <translation>In sổ văn bản đi năm %1…</translation>
    </message>
    <message>
        <source>Outgoing documents</source>
        <translation>Văn bản đi</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Về danh sách (Esc)</translation>
    </message>
    <message>
        <source>Submit for signature</source>
        <translation>Trình ký</translation>
    </message>
    <message>
        <source>The draft goes to the signer (it can still be edited)</source>
        <translation>Chuyển dự thảo cho người ký (vẫn sửa được)</translation>
    </message>
    <message>
        <source>Issue and number…</source>
        <translation>Ban hành (cấp số)…</translation>
    </message>
    <message>
        <source>Signed: the next number of the year; no more changes</source>
        <translation>Đã ký: cấp số tiếp theo của năm; sau đó không sửa được nữa</translation>
    </message>
    <message>
        <source>Mark as sent…</source>
        <translation>Đã gửi…</translation>
    </message>
    <message>
        <source>Record how and when it was sent</source>
        <translation>Ghi nhận hình thức và ngày gửi</translation>
    </message>
    <message>
        <source>Attach the signed copy…</source>
        <translation>Đính kèm bản đã ký…</translation>
    </message>
    <message>
        <source>The scan of the signed paper, or the digitally signed PDF</source>
        <translation>Bản chụp văn bản giấy đã ký, hoặc tệp PDF đã ký số</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Xuất PDF…</translation>
    </message>
    <message>
        <source>The PDF with an empty digital-signature field</source>
        <translation>Tệp PDF có sẵn ô chữ ký số để ký</translation>
    </message>
    <message>
        <source>Export DOCX…</source>
        <translation>Xuất DOCX…</translation>
    </message>
    <message>
        <source>The same document, editable in Word</source>
        <translation>Cùng văn bản, sửa được bằng Word</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Print the PDF</source>
        <translation>In văn bản</translation>
    </message>
    <message>
        <source>An issued document cannot be changed; make a new document to correct it.</source>
        <translation>Văn bản đã ban hành không được sửa; hãy lập văn bản mới để đính chính.</translation>
    </message>
    <message>
        <source>The subject line (trích yếu)</source>
        <translation>Trích yếu nội dung văn bản</translation>
    </message>
    <message>
        <source>One per line; the dashes and “;” are added</source>
        <translation>Mỗi dòng một nơi; dấu gạch đầu dòng và dấu “;” được thêm tự động</translation>
    </message>
    <message>
        <source>One per line; “Lưu: VT, …” is added</source>
        <translation>Mỗi dòng một nơi; dòng “Lưu: VT, …” được thêm tự động</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Trích yếu:</translation>
    </message>
    <message>
        <source>A blank line between paragraphs; **bold**, *italic*; a line starting with “- ” is a list entry, “# ” a heading; lines starting with “|” make a table, cells separated by “|”, the first row being the header.</source>
        <translation>Để một dòng trống giữa hai đoạn; **đậm**, *nghiêng*; dòng bắt đầu bằng “- ” là một ý liệt kê, “# ” là đề mục; các dòng bắt đầu bằng “|” tạo thành bảng, các ô cách nhau bởi “|”, hàng đầu là tiêu đề.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save the draft (Ctrl+S)</source>
        <translation>Lưu dự thảo (Ctrl+S)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Save, then lay out the PDF again</source>
        <translation>Lưu rồi dàn trang lại bản PDF</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Độ khẩn:</translation>
    </message>
    <message>
        <source>To (one per line):</source>
        <translation>Kính gửi (mỗi dòng một nơi):</translation>
    </message>
    <message>
        <source>Copies to (one per line):</source>
        <translation>Nơi nhận (mỗi dòng một nơi):</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <source>the unit</source>
        <translation>đơn vị</translation>
    </message>
    <message>
        <source>an incident</source>
        <translation>một sự cố</translation>
    </message>
    <message>
        <source>an information system</source>
        <translation>một hệ thống thông tin</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Văn bản mới</translation>
    </message>
    <message>
        <source>Choose a template. The draft is filled in from the registers; edit it, then submit it for signature.</source>
        <translation>Chọn một mẫu văn bản. Dự thảo được điền sẵn từ các sổ theo dõi; sửa lại nội dung rồi trình ký.</translation>
    </message>
    <message>
        <source>Incident:</source>
        <translation>Sự cố:</translation>
    </message>
    <message>
        <source>Information system:</source>
        <translation>Hệ thống thông tin:</translation>
    </message>
    <message>
        <source>Create the draft</source>
        <translation>Lập dự thảo</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mẫu văn bản</translation>
    </message>
    <message>
        <source>Filled from</source>
        <translation>Lập từ</translation>
    </message>
    <message>
        <source>Follows: %1</source>
        <translation>Căn cứ: %1</translation>
    </message>
    <message>
        <source>Preview of no. %1</source>
        <translation>Xem trước văn bản số %1</translation>
    </message>
    <message>
        <source>Preview of the draft (no number yet)</source>
        <translation>Xem trước dự thảo (chưa cấp số)</translation>
    </message>
    <message>
        <source>Select a document to see it as it prints.</source>
        <translation>Chọn một văn bản để xem văn bản khi in ra.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— chọn —</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>New %1</source>
        <translation>Thêm %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Sửa %1</translation>
    </message>
    <message>
        <source>Delete a record</source>
        <translation>Xóa bản ghi</translation>
    </message>
    <message>
        <source>Delete this %1?</source>
        <translation>Xóa %1 này?</translation>
    </message>
    <message>
        <source>What belongs to it (an incident&apos;s actions and evidence, a plan&apos;s scenarios, a system&apos;s assessments and the scans of it alone) is deleted with it. Ctrl+Z or “Undo” in the status bar brings it all back.</source>
        <translation>Các bản ghi thuộc về nó (diễn biến xử lý và chứng cứ của sự cố, kịch bản của phương án, các đợt kiểm tra, đánh giá của hệ thống và các đợt rà quét chỉ của riêng hệ thống đó) cũng bị xóa theo. Nhấn Ctrl+Z hoặc “Hoàn tác” ở thanh trạng thái để khôi phục tất cả.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This database is already open in another ATTT Desk window (process %1 on the computer %2). Switch to that window, or close it and open the database again.</source>
        <translation>Cơ sở dữ liệu này đang được mở trong một cửa sổ ATTT Desk khác (tiến trình %1 trên máy %2). Hãy chuyển sang cửa sổ đó, hoặc đóng cửa sổ đó rồi mở lại cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>ATTT Desk – error</source>
        <translation>ATTT Desk – lỗi</translation>
    </message>
    <message>
        <source>An unexpected error occurred (%1). Your data is safe: nothing half-done was saved. The details are written to the log: %2</source>
        <translation>Đã xảy ra lỗi không mong đợi (%1). Dữ liệu vẫn an toàn: không có thao tác dở dang nào được lưu. Chi tiết được ghi trong nhật ký: %2</translation>
    </message>
    <message>
        <source>ATTT Desk – cannot open the database</source>
        <translation>ATTT Desk – không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Không mở được %1: %2</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Drop files here to keep them as evidence: each is copied into the app&apos;s evidence folder and its SHA-256 recorded.</source>
        <translation>Kéo thả tệp vào đây để lưu làm chứng cứ: mỗi tệp được sao chép vào thư mục chứng cứ của ứng dụng và ghi lại mã băm SHA-256.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Thêm tệp…</translation>
    </message>
    <message>
        <source>Choose files to copy into the evidence folder</source>
        <translation>Chọn tệp để sao chép vào thư mục chứng cứ</translation>
    </message>
    <message>
        <source>Open the stored copy</source>
        <translation>Mở bản lưu</translation>
    </message>
    <message>
        <source>Open the copy kept by the app with its usual program (Enter)</source>
        <translation>Mở bản sao ứng dụng đang lưu bằng chương trình thường dùng (Enter)</translation>
    </message>
    <message>
        <source>Delete the file</source>
        <translation>Xóa tệp</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tên tệp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Added at</source>
        <translation>Thời điểm thêm</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>Mã băm SHA-256</translation>
    </message>
    <message>
        <source>SHA-256 of “%1”: %2</source>
        <translation>Mã băm SHA-256 của “%1”: %2</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>Thêm tệp chứng cứ</translation>
    </message>
    <message>
        <source>Copying %1 file(s)…</source>
        <translation>Đang sao chép %1 tệp…</translation>
    </message>
    <message>
        <source>“%1” could not be added.</source>
        <translation>Không thêm được tệp “%1”.</translation>
    </message>
    <message>
        <source>Added: %1.</source>
        <translation>Đã thêm: %1.</translation>
    </message>
    <message>
        <source>The stored copy is missing: %1</source>
        <translation>Không tìm thấy bản lưu: %1</translation>
    </message>
    <message>
        <source>Delete an evidence file</source>
        <translation>Xóa tệp chứng cứ</translation>
    </message>
    <message>
        <source>Delete the evidence file “%1”?</source>
        <translation>Xóa tệp chứng cứ “%1”?</translation>
    </message>
    <message>
        <source>The copy kept in the evidence folder is deleted too; this cannot be undone. The original file, wherever it came from, is not touched.</source>
        <translation>Bản sao trong thư mục chứng cứ cũng bị xóa và không thể hoàn tác. Tệp gốc ở nơi đã lấy vào không bị ảnh hưởng.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Data package for the province</source>
        <translation>Gói dữ liệu gửi tỉnh</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Lưu vào</translation>
    </message>
    <message>
        <source>Cover letter sent with it</source>
        <translation>Công văn gửi kèm</translation>
    </message>
    <message>
        <source>Encrypt the package with a password</source>
        <translation>Mã hóa gói bằng mật khẩu</translation>
    </message>
    <message>
        <source>Password (at least 8 characters)</source>
        <translation>Mật khẩu (ít nhất 8 ký tự)</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Include evidence files, each at most</source>
        <translation>Kèm tệp chứng cứ, mỗi tệp không quá</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Tệp chứng cứ</translation>
    </message>
    <message>
        <source>Export the package</source>
        <translation>Xuất gói dữ liệu</translation>
    </message>
    <message>
        <source>Package written</source>
        <translation>Đã xuất gói dữ liệu</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>Mã băm SHA-256</translation>
    </message>
    <message>
        <source>Signing key fingerprint</source>
        <translation>Mã nhận dạng khóa ký</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>Save the cover letter…</source>
        <translation>Lưu thư gửi kèm…</translation>
    </message>
    <message>
        <source>Packages sent</source>
        <translation>Các gói đã gửi</translation>
    </message>
    <message>
        <source>Load a receipt…</source>
        <translation>Nạp giấy biên nhận…</translation>
    </message>
    <message>
        <source>A folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>A removable drive (USB)</source>
        <translation>Ổ đĩa rời (USB)</translation>
    </message>
    <message>
        <source>An e-mail (.eml) to</source>
        <translation>Thư điện tử (.eml) gửi tới</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Tìm lại</translation>
    </message>
    <message>
        <source>the province's address</source>
        <translation>địa chỉ thư điện tử của tỉnh</translation>
    </message>
    <message>
        <source>The package and the e-mail are saved in the folder above; open the .eml file in Outlook or Thunderbird to send it.</source>
        <translation>Gói dữ liệu và thư điện tử được lưu vào thư mục ở trên; mở tệp .eml bằng Outlook hoặc Thunderbird để gửi.</translation>
    </message>
    <message>
        <source>Send to the province</source>
        <translation>Gửi dữ liệu lên tỉnh</translation>
    </message>
    <message>
        <source>Receive a unit's package</source>
        <translation>Nhận gói của đơn vị</translation>
    </message>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Nhập từ bảng tính</translation>
    </message>
    <message>
        <source>Province summary</source>
        <translation>Tổng hợp của tỉnh</translation>
    </message>
    <message>
        <source>For a USB stick that may be lost. Tell the province the password by phone, never in the same e-mail as the package.</source>
        <translation>Dùng khi chép ra USB có thể bị thất lạc. Báo mật khẩu cho tỉnh qua điện thoại, không gửi chung thư điện tử với gói dữ liệu.</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Lập lúc</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Số bản ghi</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Mã hóa</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <source>The province's signed receipt marks a package received.</source>
        <translation>Giấy biên nhận có chữ ký số của tỉnh ghi nhận gói đã được nhận.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>No unit of this database's own: set up the unit in Settings first. (Units received from packages send their data themselves.)</source>
        <translation>Cơ sở dữ liệu này chưa có đơn vị của chính mình: hãy khai báo đơn vị trong Cài đặt trước. (Các đơn vị nhận qua gói dữ liệu tự gửi dữ liệu của mình.)</translation>
    </message>
    <message>
        <source>%1: %2 records, with the PDFs of the issued documents (%3) and the evidence files on record (%4). The package is signed with the unit's key, so the province can tell it comes from you and that nothing was changed on the way.</source>
        <translation>%1: %2 bản ghi, kèm bản PDF của %3 văn bản đã ban hành; %4 tệp chứng cứ đã lưu. Gói được ký bằng khóa của đơn vị, nhờ đó tỉnh biết gói do đơn vị gửi và không bị thay đổi trên đường chuyển.</translation>
    </message>
    <message>
        <source>Folder for the package</source>
        <translation>Thư mục lưu gói dữ liệu</translation>
    </message>
    <message>
        <source>Enter the province's e-mail address, like ten@tinh.gov.vn.</source>
        <translation>Hãy nhập địa chỉ thư điện tử của tỉnh, ví dụ ten@tinh.gov.vn.</translation>
    </message>
    <message>
        <source>Print the cover letter with the key fingerprint, or send it with the package, so the province can check who signed it.</source>
        <translation>In thư gửi kèm có mã nhận dạng khóa ký, hoặc gửi thư cùng gói dữ liệu, để tỉnh đối chiếu được ai đã ký gói.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>Không xuất được gói dữ liệu.</translation>
    </message>
    <message>
        <source>Save the cover letter</source>
        <translation>Lưu thư gửi kèm</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Tệp văn bản (*.txt)</translation>
    </message>
    <message>
        <source>no removable drive found</source>
        <translation>không thấy ổ đĩa rời nào</translation>
    </message>
    <message>
        <source>No removable drive was found: plug in the USB stick and press “Look again”, or choose a folder.</source>
        <translation>Không thấy ổ đĩa rời nào: hãy cắm USB rồi bấm “Tìm lại”, hoặc chọn một thư mục.</translation>
    </message>
    <message>
        <source>Choose the folder to save the package in.</source>
        <translation>Hãy chọn thư mục để lưu gói dữ liệu.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Không có thư mục %1.</translation>
    </message>
    <message>
        <source>The two passwords are not the same; type them again.</source>
        <translation>Hai mật khẩu không giống nhau; hãy gõ lại.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <source>Exporting the package</source>
        <translation>Đang xuất gói dữ liệu</translation>
    </message>
    <message>
        <source>%1, %2 records and %3 attached files.</source>
        <translation>%1, gồm %2 bản ghi và %3 tệp kèm theo.</translation>
    </message>
    <message>
        <source>Encrypted: tell the province the password by phone.</source>
        <translation>Gói đã được mã hóa: báo mật khẩu cho tỉnh qua điện thoại.</translation>
    </message>
    <message>
        <source>Saved the cover letter to %1.</source>
        <translation>Đã lưu thư gửi kèm vào %1.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>Mật khẩu phải có ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <source>Writing and checking %1…</source>
        <translation>Đang ghi và kiểm tra lại %1…</translation>
    </message>
    <message>
        <source>E-mail ready to send: %1 (open it in Outlook or Thunderbird).</source>
        <translation>Thư điện tử sẵn sàng để gửi: %1 (mở bằng Outlook hoặc Thunderbird).</translation>
    </message>
    <message>
        <source>%1 evidence files were left out (over the limit, missing, or changed since they were filed).</source>
        <translation>%1 tệp chứng cứ không được đưa vào gói (vượt giới hạn dung lượng, không tìm thấy hoặc đã bị thay đổi sau khi lưu).</translation>
    </message>
    <message>
        <source>Load the province's receipt</source>
        <translation>Nạp giấy biên nhận của tỉnh</translation>
    </message>
    <message>
        <source>Receipts (*.json);;All files (*)</source>
        <translation>Giấy biên nhận (*.json);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>The receipt failed.</source>
        <translation>Không nạp được giấy biên nhận.</translation>
    </message>
    <message>
        <source>A different province key</source>
        <translation>Khóa của tỉnh đã thay đổi</translation>
    </message>
    <message>
        <source>This receipt is signed with a key other than the province's key on record.</source>
        <translation>Giấy biên nhận này được ký bằng khóa khác với khóa của tỉnh đã ghi nhận.</translation>
    </message>
    <message>
        <source>Accept the new key</source>
        <translation>Chấp nhận khóa mới</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Its fingerprint:
%1

Accept it only if the province confirms, by phone or in an official letter, that it changed its key.</source>
        <translation>Mã nhận dạng khóa:
%1

Chỉ chấp nhận khi tỉnh xác nhận đã đổi khóa (qua điện thoại hoặc bằng công văn).</translation>
    </message>
    <message>
        <source>no receipt yet</source>
        <translation>chưa có biên nhận</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>đã nhận %1</translation>
    </message>
</context>
<context>
    <name>ExchangeImport</name>
    <message>
        <source>Registered key, to be replaced:
%1</source>
        <translation>Khóa đã đăng ký, sẽ được thay:
%1</translation>
    </message>
    <message>
        <source>Verification report (nothing written yet)</source>
        <translation>Kết quả kiểm tra gói (chưa ghi gì)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Lập lúc</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Gói dữ liệu</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Khóa ký</translation>
    </message>
    <message>
        <source>Import the data</source>
        <translation>Nhập dữ liệu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>A package from a unit</source>
        <translation>Gói dữ liệu của đơn vị</translation>
    </message>
    <message>
        <source>no package chosen</source>
        <translation>chưa chọn gói</translation>
    </message>
    <message>
        <source>Choose a package…</source>
        <translation>Chọn gói…</translation>
    </message>
    <message>
        <source>only if the package is encrypted</source>
        <translation>chỉ khi gói được mã hóa</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Kiểm tra lại</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Receipt for the unit</source>
        <translation>Giấy biên nhận gửi đơn vị</translation>
    </message>
    <message>
        <source>Make a receipt…</source>
        <translation>Lập giấy biên nhận…</translation>
    </message>
    <message>
        <source>Records in the package</source>
        <translation>Bản ghi trong gói</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Sổ theo dõi</translation>
    </message>
    <message>
        <source>In the package</source>
        <translation>Trong gói</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Id (UUID)</source>
        <translation>Mã định danh (UUID)</translation>
    </message>
    <message>
        <source>Choose the package (.zip) a unit sent. Its signature, the hash of every file and every record are checked first; nothing is written until you press “Import the data”.</source>
        <translation>Chọn gói dữ liệu (.zip) do đơn vị gửi lên. Phần mềm kiểm tra trước chữ ký số, mã băm của từng tệp và từng bản ghi; chưa ghi gì cho đến khi bấm “Nhập dữ liệu”.</translation>
    </message>
    <message>
        <source>A signed receipt tells the unit that the province received its package; send the file back to the unit.</source>
        <translation>Giấy biên nhận có chữ ký số xác nhận tỉnh đã nhận gói dữ liệu; gửi tệp này lại cho đơn vị.</translation>
    </message>
    <message>
        <source>Choose a unit's package</source>
        <translation>Chọn gói dữ liệu của đơn vị</translation>
    </message>
    <message>
        <source>ATTT Desk packages (*.zip);;All files (*)</source>
        <translation>Gói dữ liệu ATTT Desk (*.zip);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Lưu giấy biên nhận</translation>
    </message>
    <message>
        <source>Receipts (*.json)</source>
        <translation>Giấy biên nhận (*.json)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Đang kiểm tra %1…</translation>
    </message>
    <message>
        <source>Checking the package</source>
        <translation>Đang kiểm tra gói dữ liệu</translation>
    </message>
    <message>
        <source>The import failed.</source>
        <translation>Không nhập được gói dữ liệu.</translation>
    </message>
    <message>
        <source>The package %1 was not imported; nothing was written.</source>
        <translation>Không nhập gói %1; không có gì được ghi.</translation>
    </message>
    <message>
        <source>Not imported: the signing key is not trusted. Nothing was written.</source>
        <translation>Chưa nhập: khóa ký chưa được tin cậy. Không có gì được ghi.</translation>
    </message>
    <message>
        <source>Importing the package</source>
        <translation>Đang nhập gói dữ liệu</translation>
    </message>
    <message>
        <source>Writing the unit's records…</source>
        <translation>Đang ghi dữ liệu của đơn vị…</translation>
    </message>
    <message>
        <source>Making the receipt</source>
        <translation>Đang lập giấy biên nhận</translation>
    </message>
    <message>
        <source>Checking the package again and signing the receipt…</source>
        <translation>Đang kiểm tra lại gói và ký giấy biên nhận…</translation>
    </message>
    <message>
        <source>Checking the signature and every file of %1…</source>
        <translation>Đang kiểm tra chữ ký số và từng tệp của %1…</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>xóa</translation>
    </message>
    <message>
        <source>add</source>
        <translation>thêm</translation>
    </message>
    <message>
        <source>update</source>
        <translation>cập nhật</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one printed on the unit's cover letter (or read it out with the unit by phone) before you trust it.</source>
        <translation>Hãy đối chiếu mã nhận dạng này với mã in trên công văn gửi kèm của đơn vị (hoặc đọc cùng đơn vị qua điện thoại) trước khi tin cậy.</translation>
    </message>
    <message>
        <source>%1 with ATTT Desk %2</source>
        <translation>%1, bằng ATTT Desk %2</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>đã mã hóa</translation>
    </message>
    <message>
        <source>Trust this signing key?</source>
        <translation>Tin cậy khóa ký này?</translation>
    </message>
    <message>
        <source>The package of “%1” is signed with a key DIFFERENT from the unit's registered key.</source>
        <translation>Gói của “%1” được ký bằng khóa KHÁC với khóa đã đăng ký của đơn vị.</translation>
    </message>
    <message>
        <source>The package of “%1” is signed with a key not yet registered.</source>
        <translation>Gói của “%1” được ký bằng khóa chưa đăng ký.</translation>
    </message>
    <message>
        <source>Trust the key and import</source>
        <translation>Tin cậy khóa và nhập dữ liệu</translation>
    </message>
    <message>
        <source>Registered: %1. Accept it only if the unit confirms that it changed its key (a new computer, the app installed again).</source>
        <translation>Khóa đã đăng ký: %1. Chỉ chấp nhận khi đơn vị xác nhận đã đổi khóa (thay máy tính, cài lại phần mềm).</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Cộng</translation>
    </message>
    <message>
        <source>Importing changes nothing.</source>
        <translation>Nhập gói này không thay đổi gì.</translation>
    </message>
    <message>
        <source>Key fingerprint:
%1

Compare it group by group with the cover letter of the unit (or read it out with the unit by phone). Trust it only if the two are exactly the same.</source>
        <translation>Mã nhận dạng khóa:
%1

Hãy đối chiếu từng nhóm ký tự với công văn gửi kèm của đơn vị (hoặc đọc cùng đơn vị qua điện thoại). Chỉ tin cậy khi hai mã giống hệt nhau.</translation>
    </message>
    <message>
        <source>data up to %1</source>
        <translation>số liệu đến ngày %1</translation>
    </message>
    <message>
        <source>Importing would add %1, update %2 and remove %3 records:</source>
        <translation>Nếu nhập: thêm %1, cập nhật %2, xóa %3 bản ghi:</translation>
    </message>
    <message>
        <source>This package cannot be imported:</source>
        <translation>Không nhập được gói này:</translation>
    </message>
</context>
<context>
    <name>ExchangeKeys</name>
    <message>
        <source>At least %1 characters.</source>
        <translation>Ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <source>Change the passphrase…</source>
        <translation>Đổi mật khẩu…</translation>
    </message>
    <message>
        <source>Export the key…</source>
        <translation>Xuất khóa…</translation>
    </message>
    <message>
        <source>Export the signing key</source>
        <translation>Xuất khóa ký</translation>
    </message>
    <message>
        <source>Key files (*.pem)</source>
        <translation>Tệp khóa (*.pem)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <source>Protect the signing key</source>
        <translation>Bảo vệ khóa ký</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Bảo vệ</translation>
    </message>
    <message>
        <source>Replace it only if this database is the unit's and the key was exported from its old PC: the province knows the unit by that key.</source>
        <translation>Chỉ thay khi cơ sở dữ liệu này là của đơn vị và khóa được xuất từ máy cũ của đơn vị: tỉnh nhận biết đơn vị qua khóa đó.</translation>
    </message>
    <message>
        <source>Replace the key</source>
        <translation>Thay khóa</translation>
    </message>
    <message>
        <source>Replace the signing key</source>
        <translation>Thay khóa ký</translation>
    </message>
    <message>
        <source>Restore a key…</source>
        <translation>Khôi phục khóa…</translation>
    </message>
    <message>
        <source>Restore the signing key</source>
        <translation>Khôi phục khóa ký</translation>
    </message>
    <message>
        <source>Restored the signing key %1.</source>
        <translation>Đã khôi phục khóa ký %1.</translation>
    </message>
    <message>
        <source>Set a passphrase…</source>
        <translation>Đặt mật khẩu…</translation>
    </message>
    <message>
        <source>The exported key is encrypted with this passphrase. On a new PC, “Restore a key…” with the same passphrase makes it this unit's key again, with the same fingerprint. Keep the file and the passphrase in two different places.</source>
        <translation>Khóa xuất ra được mã hóa bằng mật khẩu này. Trên máy mới, chọn “Khôi phục khóa…” với cùng mật khẩu để khóa lại là khóa của đơn vị, giữ nguyên mã nhận dạng. Hãy cất tệp khóa và mật khẩu ở hai nơi khác nhau.</translation>
    </message>
    <message>
        <source>The key file is encrypted with this passphrase; the key then signs only once it is typed (once per session). Keep the passphrase where the leader can find it: without it the key cannot be used.</source>
        <translation>Tệp khóa được mã hóa bằng mật khẩu này; từ đó khóa chỉ ký khi mật khẩu được nhập (một lần mỗi phiên làm việc). Hãy cất mật khẩu ở nơi lãnh đạo tìm được: không có mật khẩu thì không dùng được khóa.</translation>
    </message>
    <message>
        <source>The key is exported to %1.</source>
        <translation>Đã xuất khóa vào %1.</translation>
    </message>
    <message>
        <source>The signing key</source>
        <translation>Khóa ký</translation>
    </message>
    <message>
        <source>The signing key is protected by the passphrase.</source>
        <translation>Khóa ký đã được bảo vệ bằng mật khẩu.</translation>
    </message>
    <message>
        <source>The signing key's passphrase</source>
        <translation>Mật khẩu của khóa ký</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Hai lần nhập mật khẩu không giống nhau.</translation>
    </message>
    <message>
        <source>The unit's signing key is protected by a passphrase. Type it to sign; it is asked once until the window is closed.</source>
        <translation>Khóa ký của đơn vị được bảo vệ bằng mật khẩu. Hãy nhập mật khẩu để ký; chỉ hỏi một lần cho đến khi đóng cửa sổ.</translation>
    </message>
    <message>
        <source>Type the passphrase the key was exported with.</source>
        <translation>Nhập mật khẩu đã dùng khi xuất khóa.</translation>
    </message>
    <message>
        <source>no passphrase yet (advised: set one, and export the key)</source>
        <translation>chưa có mật khẩu (nên đặt mật khẩu và xuất khóa để cất giữ)</translation>
    </message>
    <message>
        <source>protected by a passphrase</source>
        <translation>đã có mật khẩu bảo vệ</translation>
    </message>
    <message>
        <source>The unit's signing key</source>
        <translation>Khóa ký số của đơn vị</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Chép</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Mã nhận dạng khóa</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Tệp khóa</translation>
    </message>
    <message>
        <source>Province key (receipts)</source>
        <translation>Khóa của tỉnh (giấy biên nhận)</translation>
    </message>
    <message>
        <source>Add a key…</source>
        <translation>Thêm khóa…</translation>
    </message>
    <message>
        <source>Remove the key</source>
        <translation>Xóa khóa</translation>
    </message>
    <message>
        <source>The unit's next package will then ask again whether to trust its key. Its records stay as they are.</source>
        <translation>Khi nhận gói tiếp theo của đơn vị, phần mềm sẽ hỏi lại có tin cậy khóa hay không. Dữ liệu của đơn vị vẫn giữ nguyên.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Every package this database sends is signed with this key. Its fingerprint is printed on the cover letter, so the province can check who sent the package.</source>
        <translation>Mọi gói dữ liệu gửi đi từ cơ sở dữ liệu này đều được ký bằng khóa này. Mã nhận dạng khóa được in trên công văn gửi kèm để tỉnh đối chiếu đơn vị gửi gói.</translation>
    </message>
    <message>
        <source>Registered unit keys (province)</source>
        <translation>Khóa của các đơn vị đã đăng ký (dùng ở tỉnh)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cách đăng ký</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ngày đăng ký</translation>
    </message>
    <message>
        <source>none yet: it is kept from the first receipt</source>
        <translation>chưa có: được ghi nhận từ giấy biên nhận đầu tiên</translation>
    </message>
    <message>
        <source>trusted on first package</source>
        <translation>tin cậy khi nhận gói đầu tiên</translation>
    </message>
    <message>
        <source>typed from the cover letter</source>
        <translation>nhập theo công văn gửi kèm</translation>
    </message>
    <message>
        <source>The fingerprint is copied.</source>
        <translation>Đã chép mã nhận dạng khóa.</translation>
    </message>
    <message>
        <source>Registered the key of %1.</source>
        <translation>Đã đăng ký khóa của %1.</translation>
    </message>
    <message>
        <source>Removed the key of %1.</source>
        <translation>Đã xóa khóa của %1.</translation>
    </message>
    <message>
        <source>Remove the key of %1?</source>
        <translation>Xóa khóa của %1?</translation>
    </message>
    <message>
        <source>Register a unit's key</source>
        <translation>Đăng ký khóa của đơn vị</translation>
    </message>
    <message>
        <source>e.g. Ủy ban nhân dân xã Đăk Hà</source>
        <translation>ví dụ: Ủy ban nhân dân xã Đăk Hà</translation>
    </message>
    <message>
        <source>Copy the key fingerprint from the cover letter the unit sent (or read it out by phone). Packages signed with this key will then be accepted without asking.</source>
        <translation>Chép mã nhận dạng khóa từ công văn gửi kèm của đơn vị (hoặc đọc qua điện thoại). Sau đó, các gói ký bằng khóa này được nhận mà không phải hỏi lại.</translation>
    </message>
    <message>
        <source>A fingerprint has 64 hexadecimal digits (0–9, A–F), printed in 16 groups of four.</source>
        <translation>Mã nhận dạng khóa gồm 64 ký tự thập lục phân (0–9, A–F), in thành 16 nhóm, mỗi nhóm 4 ký tự.</translation>
    </message>
</context>
<context>
    <name>ExchangeProvince</name>
    <message>
        <source>Province mode</source>
        <translation>Chế độ tổng hợp của tỉnh</translation>
    </message>
    <message>
        <source>This database consolidates the units of the province</source>
        <translation>Cơ sở dữ liệu này tổng hợp số liệu các đơn vị trong tỉnh</translation>
    </message>
    <message>
        <source>Records of each unit</source>
        <translation>Số bản ghi của từng đơn vị</translation>
    </message>
    <message>
        <source>The province's specialised unit turns this on to receive the packages of the communes and wards: each unit's records are kept apart, replaced by its newer packages, and added up in the lists and reports. An empty database turns it on by itself when the first package is imported.</source>
        <translation>Đơn vị chuyên trách của tỉnh bật chế độ này để nhận gói dữ liệu của các xã, phường: số liệu của từng đơn vị được giữ riêng, được thay bằng gói mới hơn của chính đơn vị đó và được cộng dồn trong các danh sách, báo cáo. Cơ sở dữ liệu còn trống sẽ tự bật chế độ này khi nhập gói đầu tiên.</translation>
    </message>
    <message>
        <source>Province mode is on: packages of units can be imported.</source>
        <translation>Đã bật chế độ tổng hợp của tỉnh: có thể nhập gói dữ liệu của các đơn vị.</translation>
    </message>
    <message>
        <source>Province mode is off.</source>
        <translation>Đã tắt chế độ tổng hợp của tỉnh.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Số bản ghi</translation>
    </message>
    <message>
        <source>Newest package made</source>
        <translation>Gói mới nhất lập lúc</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Nhập lúc</translation>
    </message>
    <message>
        <source>All units (%1)</source>
        <translation>Cộng %1 đơn vị</translation>
    </message>
    <message>
        <source>Units in this database: %1, received from packages: %2; records in all: %3.</source>
        <translation>Cơ sở dữ liệu có %1 đơn vị, trong đó %2 đơn vị nhận qua gói dữ liệu; tổng cộng %3 bản ghi.</translation>
    </message>
    <message>
        <source>entered here</source>
        <translation>nhập tại đây</translation>
    </message>
</context>
<context>
    <name>ExchangeSheet</name>
    <message>
        <source>no file chosen</source>
        <translation>chưa chọn tệp</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Save the template…</source>
        <translation>Tải mẫu…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Ghép cột</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Import only the valid rows</source>
        <translation>Chỉ nhập các dòng hợp lệ</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Import the lists of information systems or contacts the unit keeps in Excel (.xlsx) or CSV. Every row is checked and shown first; nothing is written until you press “Import”. Start from the template to get the columns right.</source>
        <translation>Nhập danh sách hệ thống thông tin hoặc đầu mối mà đơn vị đang theo dõi bằng Excel (.xlsx) hoặc CSV. Từng dòng được kiểm tra và hiển thị trước; chưa ghi gì cho đến khi bấm “Nhập”. Nên bắt đầu từ tệp mẫu để các cột đúng ngay.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Heading in the file</source>
        <translation>Tiêu đề trong tệp</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường dữ liệu</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>Chọn bảng tính</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Bảng tính (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>The import failed.</source>
        <translation>Không nhập được bảng tính.</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Lưu tệp mẫu</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
    <message>
        <source>Saved the template %1. Fill in one row per record, then choose the file.</source>
        <translation>Đã lưu tệp mẫu %1. Điền mỗi dòng một bản ghi, rồi chọn tệp để nhập.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>lỗi</translation>
    </message>
    <message>
        <source>add</source>
        <translation>thêm</translation>
    </message>
    <message>
        <source>update</source>
        <translation>cập nhật</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>%1 rows: %2 to add, %3 to update, %4 with errors.</source>
        <translation>%1 dòng: thêm %2, cập nhật %3, lỗi %4.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(không nhập)</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>No unit yet</source>
        <translation>Chưa có đơn vị</translation>
    </message>
    <message>
        <source>This database holds no unit yet.</source>
        <translation>Cơ sở dữ liệu này chưa có đơn vị nào.</translation>
    </message>
    <message>
        <source>Load the sample unit (a commune People&apos;s Committee with every register filled in) to try the app? It can be deleted or changed later.</source>
        <translation>Nạp đơn vị mẫu (một Ủy ban nhân dân xã đã có dữ liệu ở mọi sổ) để dùng thử phần mềm? Có thể sửa hoặc xóa đơn vị mẫu sau.</translation>
    </message>
    <message>
        <source>Load the sample unit</source>
        <translation>Nạp đơn vị mẫu</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>name@example.gov.vn</source>
        <translation>ten@donvi.gov.vn</translation>
    </message>
    <message>
        <source>e.g. 0260 3861 234</source>
        <translation>ví dụ 0260 3861 234</translation>
    </message>
    <message>
        <source>Leave blank to number it automatically (SC-year-number).</source>
        <translation>Để trống để tự động đánh mã (SC-năm-số thứ tự).</translation>
    </message>
    <message>
        <source>Choosing a contact fills in the name and the phone.</source>
        <translation>Chọn người trong danh bạ thì họ tên và điện thoại được điền sẵn.</translation>
    </message>
    <message>
        <source>As published: phone, hotline and email for reporting incidents.</source>
        <translation>Như đã công bố: điện thoại, đường dây nóng, thư điện tử tiếp nhận thông báo sự cố.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <source>Security level and dossier</source>
        <translation>Cấp độ và hồ sơ cấp độ</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vận hành</translation>
    </message>
    <message>
        <source>Findings and remediation</source>
        <translation>Kết quả và khắc phục</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Thành phần tham gia</translation>
    </message>
    <message>
        <source>Findings and report</source>
        <translation>Kết quả và báo cáo</translation>
    </message>
    <message>
        <source>First report</source>
        <translation>Thông tin ban đầu</translation>
    </message>
    <message>
        <source>Stage and times</source>
        <translation>Giai đoạn và các mốc thời gian</translation>
    </message>
    <message>
        <source>Damage and outside help</source>
        <translation>Thiệt hại và hỗ trợ từ bên ngoài</translation>
    </message>
    <message>
        <source>Cause, outcome and lessons</source>
        <translation>Nguyên nhân, kết quả và bài học</translation>
    </message>
    <message>
        <source>Type part of the name…</source>
        <translation>Gõ một phần tên để tìm…</translation>
    </message>
    <message>
        <source>Type to find in the list…</source>
        <translation>Gõ để tìm trong danh sách…</translation>
    </message>
    <message>
        <source>* required · Enter saves · Esc cancels</source>
        <translation>* bắt buộc · Enter: lưu · Esc: hủy</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— không chọn —</translation>
    </message>
    <message>
        <source>Choose one of the list, or clear the text.</source>
        <translation>Hãy chọn một mục trong danh sách hoặc xóa nội dung đã gõ.</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>giờ:phút</translation>
    </message>
    <message>
        <source>dd/mm/yyyy hh:mm</source>
        <translation>ngày/tháng/năm giờ:phút</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>Type it as %1, or leave it blank.</source>
        <translation>Gõ theo dạng %1, hoặc để trống.</translation>
    </message>
    <message>
        <source>Type it as %1, or pick a day from the calendar (F4).</source>
        <translation>Gõ theo dạng %1, hoặc chọn ngày trên lịch (F4).</translation>
    </message>
    <message>
        <source>Pick from the calendar (F4)</source>
        <translation>Chọn trên lịch (F4)</translation>
    </message>
    <message>
        <source>Several names match equally well: choose one with the arrow keys, or type more of the name.</source>
        <translation>Nhiều tên khớp như nhau: chọn một tên bằng phím mũi tên, hoặc gõ thêm tên.</translation>
    </message>
    <message>
        <source>This field takes at most %1 characters; the text would have %2. Nothing was added, so nothing was cut short: shorten it, then type or paste it again.</source>
        <translation>Ô này nhận tối đa %1 ký tự; văn bản sẽ thành %2 ký tự. Chưa thêm gì, nên không có gì bị cắt bớt: hãy rút gọn rồi gõ hoặc dán lại.</translation>
    </message>
    <message>
        <source>Check what was typed</source>
        <translation>Kiểm tra lại nội dung đã nhập</translation>
    </message>
    <message>
        <source>Save it exactly as typed?</source>
        <translation>Lưu đúng như đã nhập?</translation>
    </message>
    <message>
        <source>Save as typed</source>
        <translation>Lưu đúng như đã nhập</translation>
    </message>
    <message>
        <source>Correct it</source>
        <translation>Sửa lại</translation>
    </message>
    <message>
        <source>(a record of another unit, kept)</source>
        <translation>(bản ghi của đơn vị khác, được giữ nguyên)</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>Load the sample unit</source>
        <translation>Nạp đơn vị mẫu</translation>
    </message>
    <message>
        <source>Information systems by security level</source>
        <translation>Hệ thống thông tin theo cấp độ</translation>
    </message>
    <message>
        <source>Incidents not yet closed, by stage</source>
        <translation>Sự cố chưa kết thúc, theo giai đoạn</translation>
    </message>
    <message>
        <source>Incidents this quarter</source>
        <translation>Sự cố trong quý</translation>
    </message>
    <message>
        <source>Records in each register</source>
        <translation>Số bản ghi trong từng sổ</translation>
    </message>
    <message>
        <source>Most recent incidents</source>
        <translation>Sự cố gần đây</translation>
    </message>
    <message>
        <source>Double-click an incident to open it.</source>
        <translation>Nhấp đúp vào một sự cố để xem chi tiết.</translation>
    </message>
    <message>
        <source>Level not set</source>
        <translation>Chưa xác định cấp độ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>No unit yet</source>
        <translation>Chưa có đơn vị</translation>
    </message>
    <message>
        <source>This database holds no unit. Load the sample unit to try the app, or import a data file in Data exchange.</source>
        <translation>Cơ sở dữ liệu chưa có đơn vị nào. Hãy nạp đơn vị mẫu để dùng thử phần mềm, hoặc nạp tệp dữ liệu ở mục Trao đổi dữ liệu.</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Cấp độ %1</translation>
    </message>
    <message>
        <source>Of which serious</source>
        <translation>Trong đó nghiêm trọng</translation>
    </message>
    <message>
        <source>Parent body: %1</source>
        <translation>Cơ quan chủ quản: %1</translation>
    </message>
    <message>
        <source>The database holds %1 units</source>
        <translation>Cơ sở dữ liệu có %1 đơn vị</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>Quý %1/%2</translation>
    </message>
    <message>
        <source>The registers at a glance</source>
        <translation>Số liệu các sổ theo dõi</translation>
    </message>
    <message>
        <source>Incidents by type in the last eight quarters</source>
        <translation>Sự cố theo loại trong 8 quý gần nhất</translation>
    </message>
</context>
<context>
    <name>Incident</name>
    <message>
        <source>Incident list</source>
        <translation>Danh sách sự cố</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Quay lại danh sách (Esc)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Edit every field (F2)</source>
        <translation>Sửa mọi thông tin (F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete the incident (Delete)</source>
        <translation>Xóa sự cố (Delete)</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Giai đoạn:</translation>
    </message>
    <message>
        <source>Edit the first report</source>
        <translation>Sửa thông tin ban đầu</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Nội dung xử lý</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Supporting units</source>
        <translation>Đơn vị phối hợp</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Thêm bước xử lý</translation>
    </message>
    <message>
        <source>Update damage, help, cause and lessons</source>
        <translation>Cập nhật thiệt hại, hỗ trợ, nguyên nhân, bài học</translation>
    </message>
    <message>
        <source>First report</source>
        <translation>Thông tin ban đầu</translation>
    </message>
    <message>
        <source>Timeline of actions (%1)</source>
        <translation>Diễn biến xử lý (%1)</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>Chứng cứ (%1)</translation>
    </message>
    <message>
        <source>Damage, cause and lessons</source>
        <translation>Thiệt hại, nguyên nhân, bài học</translation>
    </message>
    <message>
        <source>%1 VND</source>
        <translation>%1 đồng</translation>
    </message>
    <message>
        <source>No system named yet: edit the first report to add one.</source>
        <translation>Chưa ghi hệ thống nào: sửa thông tin ban đầu để thêm.</translation>
    </message>
    <message>
        <source>Damage and outside help</source>
        <translation>Thiệt hại và hỗ trợ từ bên ngoài</translation>
    </message>
    <message>
        <source>Cause, outcome and lessons</source>
        <translation>Nguyên nhân, kết quả và bài học</translation>
    </message>
    <message>
        <source>Change the stage</source>
        <translation>Chuyển giai đoạn</translation>
    </message>
    <message>
        <source>“%1” is already recorded: %2.</source>
        <translation>Đã ghi “%1”: %2.</translation>
    </message>
    <message>
        <source>Record the time now instead, or keep it?</source>
        <translation>Ghi thời điểm hiện tại thay thế, hay giữ thời điểm đã ghi?</translation>
    </message>
    <message>
        <source>Record the time now</source>
        <translation>Ghi thời điểm hiện tại</translation>
    </message>
    <message>
        <source>Keep the recorded time</source>
        <translation>Giữ thời điểm đã ghi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Damage, help, cause and lessons</source>
        <translation>Thiệt hại, hỗ trợ, nguyên nhân và bài học</translation>
    </message>
    <message>
        <source>Log an incident</source>
        <translation>Ghi nhận sự cố</translation>
    </message>
    <message>
        <source>Write down what is known now; everything else is added on the incident&apos;s page as the response goes on.</source>
        <translation>Ghi ngay những gì đã biết; các thông tin khác bổ sung dần trên trang sự cố trong quá trình ứng cứu.</translation>
    </message>
    <message>
        <source>%1 h left</source>
        <translation>còn %1 giờ</translation>
    </message>
    <message>
        <source>overdue by %1 h</source>
        <translation>quá hạn %1 giờ</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>còn %1 ngày</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>hết hạn hôm nay</translation>
    </message>
    <message>
        <source>overdue by %1 days</source>
        <translation>quá hạn %1 ngày</translation>
    </message>
    <message>
        <source>Due next: %1. Deadline %2 (%3).</source>
        <translation>Văn bản đến hạn: %1. Hạn %2 (%3).</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Open the document</source>
        <translation>Mở văn bản</translation>
    </message>
    <message>
        <source>No document has been drafted for this incident yet. The strip above names the one the rules ask for next; “Draft a document…” makes any other.</source>
        <translation>Chưa có văn bản nào cho sự cố này. Dải phía trên nêu văn bản quy định yêu cầu tiếp theo; “Lập văn bản…” để lập văn bản khác.</translation>
    </message>
    <message>
        <source>(no number yet)</source>
        <translation>(chưa cấp số)</translation>
    </message>
    <message>
        <source>No legal document is due for this incident.</source>
        <translation>Sự cố này không còn văn bản nào đến hạn.</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Văn bản (%1)</translation>
    </message>
    <message>
        <source>Draft this document from the incident and open it</source>
        <translation>Lập văn bản này từ thông tin sự cố và mở ra</translation>
    </message>
    <message>
        <source>Draft it now:</source>
        <translation>Lập ngay:</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>Log an incident…</source>
        <translation>Ghi nhận sự cố…</translation>
    </message>
    <message>
        <source>New record in this register…</source>
        <translation>Thêm bản ghi mới vào sổ đang xem…</translation>
    </message>
    <message>
        <source>Back up the database now</source>
        <translation>Sao lưu cơ sở dữ liệu ngay</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Hoàn tác xóa</translation>
    </message>
    <message>
        <source>Edit the selected record…</source>
        <translation>Sửa bản ghi đang chọn…</translation>
    </message>
    <message>
        <source>Delete the selected record…</source>
        <translation>Xóa bản ghi đang chọn…</translation>
    </message>
    <message>
        <source>Filter this register</source>
        <translation>Lọc sổ đang xem</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Tải lại</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>About ATTT Desk</source>
        <translation>Giới thiệu ATTT Desk</translation>
    </message>
    <message>
        <source>Log an incident (from any screen)</source>
        <translation>Ghi nhận sự cố (từ bất kỳ màn hình nào)</translation>
    </message>
    <message>
        <source>New record in the register on show</source>
        <translation>Thêm bản ghi mới vào sổ đang xem</translation>
    </message>
    <message>
        <source>Enter, double-click, F2</source>
        <translation>Enter, nhấp đúp, F2</translation>
    </message>
    <message>
        <source>Open or edit the selected record</source>
        <translation>Mở hoặc sửa bản ghi đang chọn</translation>
    </message>
    <message>
        <source>Delete the selected record (asks first)</source>
        <translation>Xóa bản ghi đang chọn (có hỏi lại)</translation>
    </message>
    <message>
        <source>Undo the last delete</source>
        <translation>Hoàn tác lần xóa gần nhất</translation>
    </message>
    <message>
        <source>Filter the register (accents not needed)</source>
        <translation>Lọc sổ (gõ không dấu cũng được)</translation>
    </message>
    <message>
        <source>Reload the screen</source>
        <translation>Tải lại màn hình</translation>
    </message>
    <message>
        <source>In a form: Enter</source>
        <translation>Trong biểu mẫu: Enter</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter inside a text box)</source>
        <translation>Lưu (trong ô văn bản nhiều dòng: Ctrl+Enter)</translation>
    </message>
    <message>
        <source>In a form: Esc</source>
        <translation>Trong biểu mẫu: Esc</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>On an incident&apos;s page: Esc</source>
        <translation>Trên trang sự cố: Esc</translation>
    </message>
    <message>
        <source>Back to the incident list</source>
        <translation>Quay lại danh sách sự cố</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Danh sách này</translation>
    </message>
    <message>
        <source>Undo delete: %1</source>
        <translation>Hoàn tác xóa: %1</translation>
    </message>
    <message>
        <source>ATTT Desk %1 – the network information security register of a People&apos;s Committee: information systems and their levels, scans, assessments, drills, response plans, incidents, the response team and the 24/7 duty roster. It works offline; the data stays in one file on this computer.</source>
        <translation>ATTT Desk %1 – Sổ theo dõi an toàn thông tin mạng của Ủy ban nhân dân: hệ thống thông tin và cấp độ, rà quét, kiểm tra đánh giá, diễn tập, phương án ứng cứu, sự cố, đội ứng cứu sự cố và lịch trực 24/7. Ứng dụng chạy không cần mạng; dữ liệu nằm trong một tệp trên máy này.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Phiên bản %1</translation>
    </message>
    <message>
        <source>Database file: %1</source>
        <translation>Tệp cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Thư mục dữ liệu: %1</translation>
    </message>
    <message>
        <source>Licences: ATTT Desk is free software under the GNU GPL version 3 or later. It bundles Qt and PySide6 (LGPL 3), the Liberation Serif font (SIL Open Font License 1.1, see %1), SQLAlchemy and Alembic (MIT), reportlab (BSD), python-docx, openpyxl, pyHanko, jsonschema, platformdirs and holidays (MIT), cryptography (Apache 2.0 or BSD) and Babel (BSD).</source>
        <translation>Giấy phép: ATTT Desk là phần mềm tự do theo Giấy phép Công cộng GNU (GPL) phiên bản 3 trở lên. Phần mềm có kèm Qt và PySide6 (LGPL 3), phông chữ Liberation Serif (Giấy phép Phông chữ Mở SIL 1.1, xem %1), SQLAlchemy và Alembic (MIT), reportlab (BSD), python-docx, openpyxl, pyHanko, jsonschema, platformdirs và holidays (MIT), cryptography (Apache 2.0 hoặc BSD) và Babel (BSD).</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Tác dụng</translation>
    </message>
    <message>
        <source>On an incident's page: Ctrl+D</source>
        <translation>Trên trang sự cố: Ctrl+D</translation>
    </message>
    <message>
        <source>Draft the document the rules ask for next</source>
        <translation>Lập văn bản mà quy định yêu cầu tiếp theo</translation>
    </message>
    <message>
        <source>Show the screens of the sidebar, in order (listed in the View menu)</source>
        <translation>Mở các màn hình của thanh bên, theo thứ tự (xem menu Xem)</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Cả trang</translation>
    </message>
    <message>
        <source>%1 page(s)</source>
        <translation>%1 trang</translation>
    </message>
    <message>
        <source>The preview could not be read: %1</source>
        <translation>Không đọc được bản xem trước: %1</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Response team (24/7)</source>
        <translation>Đội ứng cứu sự cố (24/7)</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Tất cả đầu mối</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Theo ngày</translation>
    </message>
    <message>
        <source>All shifts</source>
        <translation>Tất cả ca trực</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>The document has no page to print.</source>
        <translation>Văn bản không có trang nào để in.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Không khởi động được máy in.</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Đang in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Printing “%1”…</source>
        <translation>Đang in “%1”…</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Không đọc được %1.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>New</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <source>Add a record to this register (Ctrl+Shift+N or Insert)</source>
        <translation>Thêm bản ghi mới vào sổ này (Ctrl+Shift+N hoặc Insert)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Edit the selected record (Enter, double-click or F2)</source>
        <translation>Sửa bản ghi đang chọn (Enter, nhấp đúp hoặc F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete the selected record (Delete); Ctrl+Z undoes it</source>
        <translation>Xóa bản ghi đang chọn (Delete); Ctrl+Z để hoàn tác</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Lọc…</translation>
    </message>
    <message>
        <source>Shows the rows holding every word typed, with or without accents (“su co” finds “sự cố”).</source>
        <translation>Hiện các dòng chứa mọi từ đã gõ, có dấu hay không dấu đều được (gõ “su co” sẽ tìm thấy “sự cố”).</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <source>New scan</source>
        <translation>Tạo đợt rà quét</translation>
    </message>
    <message>
        <source>New drill</source>
        <translation>Tạo cuộc diễn tập</translation>
    </message>
    <message>
        <source>Start a record for the selected system</source>
        <translation>Tạo bản ghi cho hệ thống đang chọn</translation>
    </message>
    <message>
        <source>The register could not be read.</source>
        <translation>Không đọc được sổ.</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Số bản ghi: %1</translation>
    </message>
    <message>
        <source>Shown: %1 of %2 records</source>
        <translation>Hiển thị %1/%2 bản ghi</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>… and %1 more</source>
        <translation>… và %1 việc khác</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Nhắc việc</translation>
    </message>
    <message>
        <source>Seen, remind me at the next step</source>
        <translation>Đã xem, nhắc lại ở mốc sau</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <source>Click a line to open its record; this list stays open.</source>
        <translation>Bấm vào một dòng để mở hồ sơ liên quan; danh sách này vẫn để mở.</translation>
    </message>
    <message>
        <source>On %1, %2 deadlines have reached a reminder step since you last looked: overdue first, then those with less than 1, 7 and 30 days left.</source>
        <translation>Ngày %1, có %2 việc đã đến mốc nhắc kể từ lần xem trước: việc đã quá hạn ở trên cùng, sau đó là việc còn dưới 1 ngày, 7 ngày và 30 ngày.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Please confirm before issuing:</source>
        <translation>Cần xác nhận trước khi ban hành:</translation>
    </message>
    <message>
        <source>Issue anyway</source>
        <translation>Vẫn ban hành</translation>
    </message>
    <message>
        <source>Not issued: nothing changed.</source>
        <translation>Chưa ban hành: không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Choose the report and its period, then preview it. Every figure is counted from the registers; issuing puts the report into the outgoing documents register with the data it was made from.</source>
        <translation>Chọn loại báo cáo và kỳ báo cáo rồi bấm Xem trước. Mọi số liệu được đếm từ các sổ theo dõi; khi ban hành, báo cáo được vào sổ văn bản đi cùng toàn bộ số liệu đã dùng để lập.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Kỳ:</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Báo cáo:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Issue into the outgoing documents register</source>
        <translation>Ban hành vào sổ văn bản đi</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Xuất PDF…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Xuất XLSX…</translation>
    </message>
    <message>
        <source>Export DOCX…</source>
        <translation>Xuất DOCX…</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Quý %1</translation>
    </message>
    <message>
        <source>First six months</source>
        <translation>06 tháng đầu năm</translation>
    </message>
    <message>
        <source>Last six months</source>
        <translation>06 tháng cuối năm</translation>
    </message>
    <message>
        <source>Make a report</source>
        <translation>Lập báo cáo</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Đã ban hành</translation>
    </message>
    <message>
        <source>Counting the registers and laying out the report…</source>
        <translation>Đang tổng hợp số liệu từ các sổ và trình bày báo cáo…</translation>
    </message>
    <message>
        <source>%1, %2 (data %3): %4 systems, %5 new incidents, %6 still open.</source>
        <translation>%1, %2 (số liệu %3): %4 hệ thống, %5 sự cố phát sinh, %6 sự cố còn đang xử lý.</translation>
    </message>
    <message>
        <source>Issue the report</source>
        <translation>Ban hành báo cáo</translation>
    </message>
    <message>
        <source>Issue “%1” into the outgoing documents register? It takes the next number of the year and can no longer be changed.</source>
        <translation>Ban hành “%1” vào sổ văn bản đi? Báo cáo sẽ được cấp số tiếp theo trong năm và không sửa được nữa.</translation>
    </message>
    <message>
        <source>Issued as no. %1 of %2, signed by %3.</source>
        <translation>Đã ban hành: số %1 ngày %2, người ký %3.</translation>
    </message>
    <message>
        <source>Issued report %1: %2</source>
        <translation>Báo cáo đã ban hành %1: %2</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Đã ghi vào %1.</translation>
    </message>
    <message>
        <source>The report failed: %1</source>
        <translation>Không lập được báo cáo: %1</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>Days on the roster</source>
        <translation>Các ngày có lịch trực</translation>
    </message>
    <message>
        <source>Fill the roster…</source>
        <translation>Lập lịch trực…</translation>
    </message>
    <message>
        <source>Put people on duty for a range of days (a holiday) in one go</source>
        <translation>Phân công trực cho nhiều ngày liền (một kỳ nghỉ lễ) trong một lần</translation>
    </message>
    <message>
        <source>Add a shift</source>
        <translation>Thêm ca trực</translation>
    </message>
    <message>
        <source>A shift on this day (Insert)</source>
        <translation>Thêm ca trực vào ngày này (Insert)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Nobody is on duty this day.</source>
        <translation>Ngày này chưa phân công ai trực.</translation>
    </message>
    <message>
        <source>%1 · shifts: %2</source>
        <translation>%1 · %2 ca</translation>
    </message>
    <message>
        <source>On duty: %1</source>
        <translation>Lịch trực %1</translation>
    </message>
</context>
<context>
    <name>RosterFill</name>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Fill the duty roster</source>
        <translation>Lập lịch trực</translation>
    </message>
    <message>
        <source>e.g. National Day holiday 02/9/2025</source>
        <translation>ví dụ: Nghỉ lễ Quốc khánh 02/9/2025</translation>
    </message>
    <message>
        <source>Days *</source>
        <translation>Các ngày trực *</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Dịp trực</translation>
    </message>
    <message>
        <source>Tick the duties to fill and choose their people: they take the days in turn, in the order of the list. Phones are copied from the contacts; every shift can be changed afterwards.</source>
        <translation>Đánh dấu các nhiệm vụ cần phân công và chọn người: mỗi người lần lượt nhận một ngày theo thứ tự trong danh sách. Số điện thoại lấy từ danh bạ đầu mối; mọi ca trực đều sửa được sau khi tạo.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>Người trực</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>cả ngày</translation>
    </message>
    <message>
        <source>Shifts to add: %1</source>
        <translation>Số ca trực sẽ tạo: %1</translation>
    </message>
    <message>
        <source>Add the shifts (%1)</source>
        <translation>Tạo %1 ca trực</translation>
    </message>
</context>
<context>
    <name>RulesSettings</name>
    <message>
        <source>Not saved; the settings in force are kept.</source>
        <translation>Chưa lưu; vẫn giữ cài đặt đang áp dụng.</translation>
    </message>
    <message>
        <source>Deadlines and working days</source>
        <translation>Thời hạn và ngày làm việc</translation>
    </message>
    <message>
        <source>Provincial rules</source>
        <translation>Quy định riêng của tỉnh</translation>
    </message>
    <message>
        <source>Folders of the unit&apos;s own rule packs</source>
        <translation>Thư mục gói quy tắc riêng của đơn vị</translation>
    </message>
    <message>
        <source>Make-up working days</source>
        <translation>Ngày làm việc bù</translation>
    </message>
    <message>
        <source>Extra days off</source>
        <translation>Ngày nghỉ thêm</translation>
    </message>
    <message>
        <source>None (national rules only)</source>
        <translation>Không áp dụng (chỉ theo quy định chung)</translation>
    </message>
    <message>
        <source>%1 (no rule pack found)</source>
        <translation>%1 (không tìm thấy gói quy tắc)</translation>
    </message>
    <message>
        <source>Checking the rule packs and saving…</source>
        <translation>Đang kiểm tra gói quy tắc và lưu…</translation>
    </message>
    <message>
        <source>Saved. The deadlines are counted again.</source>
        <translation>Đã lưu. Các thời hạn đã được tính lại.</translation>
    </message>
    <message>
        <source>Deadlines follow the national rules in force on the day of each event. Choose your province if it sets its own deadlines (Kiên Giang: incident reports within 3 days; Kon Tum: quarterly reports before the 15th).</source>
        <translation>Thời hạn được tính theo quy định chung có hiệu lực vào ngày xảy ra từng sự việc. Nếu tỉnh có quy định riêng về thời hạn, hãy chọn tỉnh (Kiên Giang: báo cáo sự cố trong 3 ngày; Kon Tum: báo cáo quý trước ngày 15).</translation>
    </message>
    <message>
        <source>Public holidays and Tết are already counted. Enter only the weekend days worked in exchange and the extra days off that the Government announces; deadlines counted in working days skip the days off.</source>
        <translation>Ngày lễ, Tết theo quy định đã được tính sẵn. Chỉ cần nhập các ngày cuối tuần phải đi làm bù và các ngày nghỉ thêm theo thông báo của Chính phủ; thời hạn tính theo ngày làm việc sẽ bỏ qua các ngày nghỉ.</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Bỏ khỏi danh sách</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Thêm thư mục…</translation>
    </message>
    <message>
        <source>Folder of rule packs (.toml files)</source>
        <translation>Thư mục chứa gói quy tắc (tệp .toml)</translation>
    </message>
    <message>
        <source>Remove the selected day</source>
        <translation>Xóa ngày đã chọn</translation>
    </message>
    <message>
        <source>Add the day</source>
        <translation>Thêm ngày</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>A unit that no longer exists</source>
        <translation>Đơn vị không còn tồn tại</translation>
    </message>
    <message>
        <source>This unit or its parent body no longer exists today. Keep it only as a record of the past:</source>
        <translation>Đơn vị này hoặc cơ quan chủ quản của đơn vị hiện không còn tồn tại. Chỉ nên lưu để tra cứu dữ liệu trước đây:</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Vẫn lưu</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>A draft is submitted for signature before it is issued</source>
        <translation>Dự thảo phải trình ký trước khi ban hành</translation>
    </message>
    <message>
        <source>When ticked, issuing a draft that skipped the submission step asks for a confirmation first.</source>
        <translation>Khi chọn, ban hành một dự thảo chưa qua bước trình ký sẽ phải xác nhận trước.</translation>
    </message>
    <message>
        <source>Reporting unit</source>
        <translation>Thông tin đơn vị</translation>
    </message>
    <message>
        <source>The unit profile is printed on every document the unit issues.</source>
        <translation>Thông tin đơn vị được in trên mọi văn bản đơn vị ban hành.</translation>
    </message>
    <message>
        <source>Edit the unit profile…</source>
        <translation>Sửa thông tin đơn vị…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Mở thư mục dữ liệu</translation>
    </message>
    <message>
        <source>Backups and evidence</source>
        <translation>Sao lưu và chứng cứ</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Thư mục sao lưu</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <source>Largest evidence file</source>
        <translation>Dung lượng tối đa một tệp chứng cứ</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Folder of attached files</source>
        <translation>Thư mục tệp đính kèm</translation>
    </message>
    <message>
        <source>Folder of automatic backups</source>
        <translation>Thư mục sao lưu tự động</translation>
    </message>
    <message>
        <source>Default data folder</source>
        <translation>Thư mục dữ liệu mặc định</translation>
    </message>
    <message>
        <source>No unit yet: set up the unit&apos;s profile.</source>
        <translation>Chưa có đơn vị: hãy khai báo thông tin đơn vị.</translation>
    </message>
    <message>
        <source>Set up the unit…</source>
        <translation>Khai báo đơn vị…</translation>
    </message>
    <message>
        <source>Unit profile</source>
        <translation>Thông tin đơn vị</translation>
    </message>
    <message>
        <source>Set up the unit</source>
        <translation>Khai báo đơn vị</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Đã sao lưu vào %1</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Periodic reports</source>
        <translation>Báo cáo định kỳ</translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation>Trao đổi dữ liệu</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>Add a member</source>
        <translation>Thêm thành viên</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>The team is every contact whose role is the unit&apos;s contact point, the team leader or a team member. Call the 24/7 phone outside office hours.</source>
        <translation>Đội gồm các đầu mối có vai trò đầu mối ứng cứu sự cố của đơn vị, đội trưởng hoặc thành viên đội ứng cứu sự cố. Ngoài giờ hành chính, gọi số điện thoại 24/7.</translation>
    </message>
    <message>
        <source>No contact point yet: add a contact whose role is “the unit&apos;s contact point” (the unit must publish it and report any change within 24 hours).</source>
        <translation>Chưa có đầu mối ứng cứu sự cố: hãy thêm một đầu mối với vai trò “Đầu mối ứng cứu sự cố của đơn vị” (đơn vị phải công bố đầu mối và báo khi thay đổi trong vòng 24 giờ).</translation>
    </message>
    <message>
        <source>Contact point of the unit (24/7): %1 – %2 – %3</source>
        <translation>Đầu mối ứng cứu sự cố của đơn vị (24/7): %1 – %2 – %3</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <source>Signers</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Add a signer</source>
        <translation>Thêm người ký</translation>
    </message>
    <message>
        <source>The authority lines are printed above the title, one per line, e.g. “TM. ỦY BAN NHÂN DÂN” then “KT. CHỦ TỊCH”.</source>
        <translation>Các dòng quyền hạn ký được in phía trên chức vụ, mỗi dòng một ý, ví dụ “TM. ỦY BAN NHÂN DÂN” rồi “KT. CHỦ TỊCH”.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Signer %1</source>
        <translation>Người ký thứ %1</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>ATTT Desk – Network information security register</source>
        <translation>ATTT Desk – Sổ theo dõi an toàn thông tin mạng</translation>
    </message>
    <message>
        <source>Waiting for another program to finish writing to the database (%1 s)…</source>
        <translation>Đang chờ chương trình khác ghi xong vào cơ sở dữ liệu (%1 giây)…</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>This database is open read-only: it is on a device or in a folder that cannot be written. You can look, print and back it up; to make changes, copy the file to this PC and open the copy.</source>
        <translation>Cơ sở dữ liệu đang mở ở chế độ chỉ đọc vì tệp nằm trên thiết bị hoặc trong thư mục không ghi được. Có thể xem, in và sao lưu; muốn sửa, hãy chép tệp vào máy này rồi mở bản chép.</translation>
    </message>
    <message>
        <source>Units: %1 · Records: %2</source>
        <translation>Đơn vị: %1 · Bản ghi: %2</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Bring back what was deleted (Ctrl+Z)</source>
        <translation>Khôi phục bản ghi vừa xóa (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Deleted: %1.</source>
        <translation>Đã xóa %1.</translation>
    </message>
    <message>
        <source>The delete was undone.</source>
        <translation>Đã hoàn tác việc xóa.</translation>
    </message>
</context>
</TS>
