"""Evidence uploaded to a plan: a board paper, an audit, a dashboard. A file is taken only when its bytes say it is
a document (PDF, Word, Excel, PowerPoint, OpenDocument or plain text; the name and the browser's word for it are not
trusted) and it is at most 20 MB. It is kept in the database beside its plan, so it is seen only by those who may
see the plan."""

from __future__ import annotations

import hashlib
import io
import zipfile
from datetime import UTC, datetime

from sqlalchemy import Connection, insert

from oversight.errors import UsageError
from oversight.plans import audit
from oversight.store import tables

LARGEST_UPLOAD = 20 * 1024 * 1024
OOXML = {"word/": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         "xl/": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
         "ppt/": "application/vnd.openxmlformats-officedocument.presentationml.presentation"}
DOCUMENT_TYPES = {  # what libmagic says of a document's bytes
    "application/pdf", "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
    "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
    "application/vnd.oasis.opendocument.presentation", "text/plain", "text/csv", "application/rtf", "text/rtf",
    *OOXML.values(),
}
DOCUMENT_WORDS = "a PDF, Word, Excel, PowerPoint or OpenDocument file without macros, or plain text"


EXTENSIONS = {"application/pdf": ".pdf", "application/msword": ".doc", "application/vnd.ms-excel": ".xls",
              "application/vnd.ms-powerpoint": ".ppt", "application/vnd.oasis.opendocument.text": ".odt",
              "application/vnd.oasis.opendocument.spreadsheet": ".ods",
              "application/vnd.oasis.opendocument.presentation": ".odp", "text/plain": ".txt", "text/csv": ".csv",
              "application/rtf": ".rtf", "text/rtf": ".rtf", OOXML["word/"]: ".docx", OOXML["xl/"]: ".xlsx",
              OOXML["ppt/"]: ".pptx"}
NOT_IN_A_DOCUMENT = ("vbaproject.bin", ".exe", ".dll", ".js", ".vbs", ".bat", ".cmd", ".ps1", ".scr", ".jar", ".msi")


def document_type(content: bytes) -> str | None:
    """The media type of a document's bytes, or None when they are not one of the documents taken (an Office
    file with macros or programs inside it is not)."""
    import magic

    detected = magic.from_buffer(content[:8192], mime=True)
    if content[:2] == b"PK" and detected in {"application/zip", "application/octet-stream", *OOXML.values()}:
        try:
            with zipfile.ZipFile(io.BytesIO(content)) as archive:
                names = archive.namelist()
        except zipfile.BadZipFile:
            return None
        if "[Content_Types].xml" not in names or any(n.lower().endswith(NOT_IN_A_DOCUMENT) for n in names):
            return None
        for folder, media_type in OOXML.items():
            if any(name.startswith(folder) for name in names):
                return media_type
        return None
    if detected == "text/plain" and content.lstrip()[:1] == b"<":
        return None  # markup (an HTML page saved by a browser) is not a document here
    return detected if detected in DOCUMENT_TYPES else None


def checked_upload(filename: str, content: bytes) -> tuple[str, str]:
    """The name to keep and the media type of an upload, or UsageError naming what is wrong with it."""
    name = (filename or "upload").replace("\\", "/").rsplit("/", 1)[-1][:200] or "upload"
    if len(content) > LARGEST_UPLOAD:
        raise UsageError(f"the file {name} is more than 20 MB: a file can be at most 20 MB")
    if not content:
        raise UsageError(f"the file {name} is empty")
    media_type = document_type(content)
    if media_type is None:
        raise UsageError(f"the file {name} is not a document: attach {DOCUMENT_WORDS}")
    stem = name.rsplit(".", 1)[0] if "." in name.strip(".") else name
    return stem + EXTENSIONS[media_type], media_type  # named for what its bytes are: minutes.html of PDF is .pdf


def insert_file(connection: Connection, username: str, plan_id: int, filename: str, content: bytes) -> int:
    """Keep a checked upload with its plan, in the caller's transaction (the caller has checked the account may
    change the plan)."""
    name, media_type = checked_upload(filename, content)
    uploaded_at = datetime.now(UTC).replace(tzinfo=None)
    values: dict[str, object] = {"plan_id": plan_id, "filename": name, "media_type": media_type, "size": len(content),
              "sha256": hashlib.sha256(content).hexdigest(), "uploaded_by": username,
              "uploaded_at": uploaded_at}
    file_id = connection.execute(insert(tables.plan_files).values(**values, content=content)
                                 .returning(tables.plan_files.c.id)).scalar_one()
    audit.record(connection, username, "upload file", "file", file_id, plan_id,
                 after={**values, "uploaded_at": uploaded_at.isoformat(timespec="seconds")})
    return int(file_id)
