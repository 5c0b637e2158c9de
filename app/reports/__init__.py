"""Periodic reports: the quarterly review report (CĐ 33/CĐ-TTg, CV 1337/BTTTT-CATTT), TT 20/2017
Mẫu 05 and NĐ 331/2026 Mẫu 08, computed from one unit's records and written as PDF, DOCX or XLSX.

Qt-free. Only two modules touch files: :mod:`.forms_load` reads the form files and
:mod:`.layout` writes the finished report; the counting (:mod:`.build` and the modules it calls)
works on plain records and returns plain data (:mod:`.model`). The services
(app/services/reports/service.py) read the records and keep issued reports. See docs/reports.md.
"""
