"""The `document` commands as a user runs them (real processes, the sample database), the
printed register of outgoing documents, and a real digital signature in the empty field."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.documents import spec
from app.documents.pdf.signing import FIELD_NAME
from app.documents.register import COLUMNS
from tests.integration.documents.pdfprobe import probe
from tests.integration.documents_service.conftest import TODAY, plain


def cli(folder: Path, db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_DATA_HOME": str(folder / "xdg"), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("ATTT_DESK_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "app", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli")
    path = folder / "a.sqlite"
    done = cli(folder, path, "demo", "--today", TODAY.isoformat())
    assert done.returncode == 0, done.stderr
    return path


def test_new_initial_report_from_a_sample_incident(db: Path, tmp_path: Path) -> None:
    incidents = json.loads(cli(tmp_path, db, "list", "incidents", "--format", "json").stdout)
    code = next(i["code"] for i in incidents if i["stage"] == "xu_ly")
    out = tmp_path / "x.pdf"
    done = cli(
        tmp_path, db, "document", "new", "bao-cao-ban-dau", "--incident", code, "--out", str(out)
    )
    assert done.returncode == 0, done.stderr
    assert "Đã lập dự thảo" in done.stdout and str(out) in done.stdout
    pages = probe(out.read_bytes())
    assert (pages[0].width, pages[0].height) == pytest.approx((595.2756, 841.8898), abs=0.01)
    assert plain("BÁO CÁO") in plain(pages[0].text) and "Số:" in pages[0].text
    annots = [a.get_object() for p in PdfReader(out).pages for a in p.get("/Annots") or []]
    assert [(a["/FT"], a["/T"]) for a in annots] == [("/Sig", FIELD_NAME)]
    docx = tmp_path / "x.docx"
    again = cli(
        tmp_path,
        db,
        "document",
        "new",
        "thong-bao-su-co",
        "--incident",
        code.lower(),
        "--out",
        str(docx),
    )
    assert again.returncode == 0, again.stderr
    assert docx.read_bytes()[:2] == b"PK"


def test_list_issue_render_and_the_register(db: Path, tmp_path: Path) -> None:
    made = cli(tmp_path, db, "document", "new", "dau-moi", "--out", str(tmp_path / "d.docx"))
    assert made.returncode == 0, made.stderr
    listed = json.loads(cli(tmp_path, db, "document", "list", "--format", "json").stdout)
    drafts = [d for d in listed if d["template"] == "dau-moi" and d["state"] == "nhap"]
    assert len(drafts) == 1 and drafts[0]["number"] == ""
    issued = cli(tmp_path, db, "document", "issue", drafts[0]["id"], "--date", "2026-11-23")
    assert issued.returncode == 0, issued.stderr
    number = issued.stdout.split("số ")[1].split(" ")[0]
    assert number.endswith("/UBND-VHXH") and "ngày 23/11/2026" in issued.stdout
    again = cli(tmp_path, db, "document", "issue", drafts[0]["id"])
    assert again.returncode == 1 and "đã ký ban hành" in again.stderr
    short = number.split("/")[0]
    rendered = cli(
        tmp_path,
        db,
        "document",
        "render",
        short,
        "--year",
        "2026",
        "--out",
        str(tmp_path / "r.pdf"),
    )
    assert rendered.returncode == 0, rendered.stderr
    assert f"Số: {number}" in probe((tmp_path / "r.pdf").read_bytes())[0].text
    table = cli(tmp_path, db, "document", "list", "--year", "2026")
    assert table.returncode == 0 and table.stdout.splitlines()[0].startswith("Số, ký hiệu")
    assert number in table.stdout
    book = tmp_path / "so.pdf"
    printed = cli(tmp_path, db, "document", "register", "--year", "2026", "--out", str(book))
    assert printed.returncode == 0, printed.stderr
    pages = probe(book.read_bytes())
    assert all((p.width, p.height) == pytest.approx((841.8898, 595.2756), abs=0.01) for p in pages)
    text = plain("".join(p.text for p in pages))
    assert plain("SỔ ĐĂNG KÝ VĂN BẢN ĐI") in text and plain("Năm 2026") in text
    assert all(plain(c) in text for c in COLUMNS) and "(1)(2)(3)(4)(5)(6)(7)(8)(9)(10)" in text
    assert number in text
    for page in pages:
        for span in page.spans:
            if span.y <= page.height - spec.MARGIN_TOP:
                assert spec.MARGIN_LEFT - 0.01 <= span.x <= page.width - spec.MARGIN_RIGHT


def test_usage_and_errors_exit_2_and_1(db: Path, tmp_path: Path) -> None:
    assert cli(tmp_path, db, "document").returncode == 2
    assert cli(tmp_path, db, "document", "new", "cong-van").returncode == 2  # no --out
    bad = cli(tmp_path, db, "document", "new", "mau-99", "--out", str(tmp_path / "a.pdf"))
    assert bad.returncode == 1 and "Không có mẫu văn bản «mau-99»" in bad.stderr
    wrong = cli(tmp_path, db, "document", "new", "cong-van", "--out", str(tmp_path / "a.odt"))
    assert wrong.returncode == 1 and ".pdf, .docx" in wrong.stderr
    lost = cli(tmp_path, db, "document", "render", "9999/BC-UBND", "--out", str(tmp_path / "a.pdf"))
    assert lost.returncode == 1 and "9999/BC-UBND" in lost.stderr
    english = cli(
        tmp_path,
        db,
        "--lang",
        "en",
        "document",
        "new",
        "bao-cao-ket-thuc",
        "--out",
        str(tmp_path / "a.pdf"),
    )
    assert english.returncode == 1 and "choose it (--incident)" in english.stderr


def test_the_field_takes_a_real_signature(tmp_path: Path, db: Path) -> None:
    """What a signing tool does with the field: sign into it; the signature covers the file."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    out = tmp_path / "cv.pdf"
    assert cli(tmp_path, db, "document", "new", "cong-van", "--out", str(out)).returncode == 0
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Nguyễn Thị Thu Hương (TEST)")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    (tmp_path / "key.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    (tmp_path / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    signer = signers.SimpleSigner.load(str(tmp_path / "key.pem"), str(tmp_path / "cert.pem"))
    assert signer is not None
    signed = io.BytesIO()
    with out.open("rb") as handle:
        writer = IncrementalPdfFileWriter(handle)
        meta = signers.PdfSignatureMetadata(field_name=FIELD_NAME, location="Đăk Hà")
        signers.PdfSigner(meta, signer=signer).sign_pdf(writer, output=signed)
    from pyhanko.keys import load_cert_from_pemder
    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(signed)
    (embedded,) = reader.embedded_signatures
    assert embedded.field_name == FIELD_NAME
    context = ValidationContext(trust_roots=[load_cert_from_pemder(str(tmp_path / "cert.pem"))])
    status = validate_pdf_signature(embedded, context)
    assert status.intact and status.valid and status.coverage.name == "ENTIRE_FILE"
