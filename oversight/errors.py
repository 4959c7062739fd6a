"""The one error hierarchy: every failure a user can meet carries a stable code and a one-line reason."""

from __future__ import annotations

from pathlib import Path


class OversightError(Exception):
    """Base of every error Oversight raises on purpose."""

    code = "error"
    http_status = 500

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class DocumentError(OversightError):
    """A file that cannot be read as a document; the message names the file and the reason."""

    code = "unreadable"
    http_status = 422

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class NotPdfError(DocumentError):
    code = "not_pdf"


class EncryptedError(DocumentError):
    code = "encrypted"


class CorruptError(DocumentError):
    code = "corrupt"


class EmptyError(DocumentError):
    code = "empty"


class NoTextError(DocumentError):
    code = "no_text"


class UnsupportedTypeError(DocumentError):
    code = "unsupported_type"


class ReferenceDataError(OversightError):
    """The bundled reference data (authorities) is missing or malformed."""

    code = "reference_data"


class NotFoundError(OversightError):
    """Nothing by that name or number in the record."""

    code = "not_found"
    http_status = 404


class UsageError(OversightError):
    """The user asked for something that cannot be done as asked (bad option, unknown authority...)."""

    code = "usage"
    http_status = 400


class FetchError(OversightError):
    """A page or file of a website could not be had: the message names the address and the reason."""

    code = "fetch_failed"
    http_status = 502

    def __init__(self, url: str, reason: str, code: str | None = None) -> None:
        self.url = url
        self.reason = reason
        if code:
            self.code = code
        super().__init__(f"{url}: {reason}")


class ForbiddenError(OversightError):
    """The account may not do this (a council's plan changed by an account that is not its editor)."""

    code = "forbidden"
    http_status = 403


class ConflictError(OversightError):
    """Someone else saved the same thing meanwhile: nothing is overwritten, and the message says so."""

    code = "conflict"
    http_status = 409


class LoginError(OversightError):
    code = "login_failed"
    http_status = 401


class LockedError(LoginError):
    code = "locked"
    http_status = 423
