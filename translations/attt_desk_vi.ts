<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
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
    <name>Errors</name>
    <message>
        <source>ATTT Desk – error</source>
        <translation>ATTT Desk – lỗi</translation>
    </message>
    <message>
        <source>An unexpected error occurred. Your data is safe: nothing half-done was saved. The details below are also written to the log.</source>
        <translation>Đã xảy ra lỗi không mong muốn. Dữ liệu vẫn an toàn: không thao tác dở dang nào được lưu. Chi tiết bên dưới cũng được ghi vào tệp nhật ký.</translation>
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
    <name>Exchange</name>
    <message>
        <source>Export</source>
        <translation>Xuất dữ liệu</translation>
    </message>
    <message>
        <source>Export data (JSON file)…</source>
        <translation>Xuất dữ liệu (tệp JSON)…</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Nạp dữ liệu</translation>
    </message>
    <message>
        <source>Load data…</source>
        <translation>Nạp dữ liệu…</translation>
    </message>
    <message>
        <source>Writes every record of the database to one data file (JSON, UTF-8), to copy to another computer on a USB stick or by email, or to keep as an archive.</source>
        <translation>Ghi toàn bộ bản ghi trong cơ sở dữ liệu ra một tệp dữ liệu (JSON, UTF-8) để chép sang máy khác bằng USB, gửi qua thư điện tử hoặc lưu trữ.</translation>
    </message>
    <message>
        <source>Reads a data file made by ATTT Desk. The whole file is checked first; then every record is written at once, or nothing is written if any record has a problem. Records already in the database are updated.</source>
        <translation>Đọc một tệp dữ liệu do ATTT Desk tạo ra. Toàn bộ tệp được kiểm tra trước, sau đó mọi bản ghi được ghi cùng một lần; nếu có bản ghi bị lỗi thì không ghi bản ghi nào. Bản ghi đã có trong cơ sở dữ liệu sẽ được cập nhật.</translation>
    </message>
    <message>
        <source>ATTT Desk data files (*.json)</source>
        <translation>Tệp dữ liệu ATTT Desk (*.json)</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Xuất dữ liệu</translation>
    </message>
    <message>
        <source>Load data</source>
        <translation>Nạp dữ liệu</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Đang xuất dữ liệu ra %1…</translation>
    </message>
    <message>
        <source>Checking and loading %1…</source>
        <translation>Đang kiểm tra và nạp %1…</translation>
    </message>
    <message>
        <source>Exported %1 records to %2.</source>
        <translation>Đã xuất %1 bản ghi ra tệp %2.</translation>
    </message>
    <message>
        <source>Loaded %1: %2 added, %3 updated, %4 unchanged.</source>
        <translation>Đã nạp %1: thêm %2, cập nhật %3, không đổi %4 bản ghi.</translation>
    </message>
    <message>
        <source>The operation failed: %1</source>
        <translation>Thao tác không thành công: %1</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated</source>
        <translation>%1: thêm %2, cập nhật %3</translation>
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
</context>
<context>
    <name>Register</name>
    <message>
        <source>Filter…</source>
        <translation>Lọc…</translation>
    </message>
    <message>
        <source>Shows the rows holding every word typed, with or without accents (“su co” finds “sự cố”).</source>
        <translation>Hiện các dòng chứa mọi từ đã gõ, có dấu hay không dấu đều được (gõ “su co” sẽ tìm thấy “sự cố”).</translation>
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
    <name>Reports</name>
    <message>
        <source>Periodic reports the unit has signed or sent, taken from the outgoing documents register. Drafts stay in Outgoing documents until they are signed.</source>
        <translation>Các báo cáo định kỳ đơn vị đã ký hoặc đã gửi, lấy từ sổ Văn bản đi. Báo cáo còn là bản nháp nằm ở sổ Văn bản đi cho đến khi được ký.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Reporting unit</source>
        <translation>Thông tin đơn vị</translation>
    </message>
    <message>
        <source>The unit profile is printed on every document the unit issues.</source>
        <translation>Thông tin đơn vị được in trên mọi văn bản đơn vị ban hành.</translation>
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
        <source>No unit yet: load the sample unit from the home screen.</source>
        <translation>Chưa có đơn vị: có thể nạp đơn vị mẫu ở màn hình Tổng quan.</translation>
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
    <name>Window</name>
    <message>
        <source>ATTT Desk – Network information security register</source>
        <translation>ATTT Desk – Sổ theo dõi an toàn thông tin mạng</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>Units: %1 · Records: %2</source>
        <translation>Đơn vị: %1 · Bản ghi: %2</translation>
    </message>
</context>
</TS>
