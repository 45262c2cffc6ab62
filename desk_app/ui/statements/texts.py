"""The words of the Statements page for the keys and codes the services return: piece kinds,
statuses, tax modes, workflow steps, the CSV's headings, and why an action was refused."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.pieces import PieceKind
from desk_app.core.statements import Role, StatementStatus, Step
from desk_app.core.tax import TaxMode, TaxRounding

# lupdate finds calls named `translate` with literal arguments; keep both literal.
translate = QCoreApplication.translate


def kind_label(kind: str) -> str:
    """A piece kind in words; an owner-defined kind shows its key."""
    labels = {
        "email_reply": translate("statements", "Email reply"),
        "call_in": translate("statements", "Incoming call"),
        "call_out": translate("statements", "Outgoing call"),
        "shipment": translate("statements", "Shipment"),
        "return": translate("statements", "Return"),
        "hourly": translate("statements", "Hours"),
    }
    return labels.get(kind, kind)


def status_label(status: StatementStatus) -> str:
    labels = {
        StatementStatus.DRAFT: translate("statements", "Draft"),
        StatementStatus.SUBMITTED: translate("statements", "Submitted"),
        StatementStatus.APPROVED: translate("statements", "Approved"),
        StatementStatus.PAID: translate("statements", "Paid"),
    }
    return labels.get(status, str(status))


def tax_mode_label(mode: TaxMode) -> str:
    labels = {
        TaxMode.EXCLUSIVE: translate("statements", "Tax-exclusive"),
        TaxMode.INCLUSIVE: translate("statements", "Tax-inclusive"),
        TaxMode.EXEMPT: translate("statements", "Tax-exempt"),
    }
    return labels.get(mode, str(mode))


def rounding_label(rounding: TaxRounding) -> str:
    labels = {
        TaxRounding.DOWN: translate("statements", "rounded down"),
        TaxRounding.HALF_UP: translate("statements", "rounded half up"),
        TaxRounding.UP: translate("statements", "rounded up"),
    }
    return labels.get(rounding, str(rounding))


def source_label(source_kind: str | None) -> str:
    """Where a piece came from: a reply sent, a call logged, or entered by hand."""
    labels = {
        "message": translate("statements", "Reply sent"),
        "call": translate("statements", "Call logged"),
        None: translate("statements", "Entered by hand"),
    }
    return labels.get(source_kind, source_kind or "")


def step_label(step: Step) -> str:
    labels = {
        Step.SUBMIT: translate("statements", "Submitted"),
        Step.APPROVE: translate("statements", "Approved"),
        Step.SEND_BACK: translate("statements", "Sent back"),
        Step.PAID: translate("statements", "Marked paid"),
        Step.COMMENT: translate("statements", "Comment"),
        Step.ADJUST: translate("statements", "Adjustment"),
        Step.IMPORT: translate("statements", "Imported"),
    }
    return labels.get(step, str(step))


def role_label(role: Role) -> str:
    labels = {Role.AGENT: translate("statements", "agent"), Role.OWNER: translate("statements", "owner")}
    return labels.get(role, str(role))


def csv_labels() -> dict[str, str]:
    """The CSV's headings and values in the UI language, by the keys `statement_rows` asks for."""
    labels = {
        "agent": translate("statements", "Agent"),
        "month": translate("statements", "Month"),
        "status": translate("statements", "Status"),
        "registration_number": translate("statements", "Registration number"),
        "lines": translate("statements", "Lines"),
        "kind": translate("statements", "Kind"),
        "rate_yen": translate("statements", "Rate (yen)"),
        "count": translate("statements", "Count"),
        "amount_yen": translate("statements", "Amount (yen)"),
        "adjustments": translate("statements", "Adjustments"),
        "reason": translate("statements", "Reason"),
        "reference": translate("statements", "Reference"),
        "subtotal_yen": translate("statements", "Subtotal (yen)"),
        "tax_mode": translate("statements", "Tax"),
        "tax_rate_percent": translate("statements", "Tax rate (%)"),
        "tax_yen": translate("statements", "Consumption tax (yen)"),
        "total_yen": translate("statements", "Total (yen)"),
        "pieces": translate("statements", "Pieces"),
        "at": translate("statements", "Date and time"),
        "quantity": translate("statements", "Quantity"),
        "customer": translate("statements", "Customer"),
        "note": translate("statements", "Note"),
    }
    labels |= {str(status): status_label(status) for status in StatementStatus}
    labels |= {str(mode): tax_mode_label(mode) for mode in TaxMode}
    labels |= {str(kind): kind_label(kind) for kind in PieceKind}
    return labels


def is_passphrase_refusal(error: BaseException) -> bool:
    """Whether an owner's step was refused for want of the right passphrase (ask for it, then retry)."""
    return isinstance(error, DeskAppError) and error.code in (ErrorCode.PASSPHRASE_REQUIRED,
                                                              ErrorCode.PASSPHRASE_WRONG)


def error_text(error: BaseException) -> str:
    """One sentence: why an action on a statement, a piece or a file was not done."""
    if isinstance(error, OSError):
        return translate("statements", "The file could not be written or read: {error}").format(
            error=error.strerror or error)
    if not isinstance(error, DeskAppError):
        return translate("statements", "Something went wrong: {error}").format(error=error)
    texts = {
        ErrorCode.MONTH_LOCKED: translate(
            "statements", "{detail} is approved and locked: its pieces can no longer change. Correct it with an"
            " adjustment in the next open month."),
        ErrorCode.MONTH_NOT_OVER: translate(
            "statements", "{detail} is not over yet: a month can be approved from the first day of the next one."),
        ErrorCode.STATEMENT_STEP: translate(
            "statements", "This step does not fit the statement as it stands now ({detail}). It may have"
            " changed meanwhile: look again."),
        ErrorCode.PASSPHRASE_REQUIRED: translate("statements", "This step needs the owner's passphrase."),
        ErrorCode.PASSPHRASE_WRONG: translate("statements", "That is not the owner's passphrase."),
        ErrorCode.OWNER_ELSEWHERE: translate(
            "statements", "The owner takes this step on the owner's machine: this machine follows it."),
        ErrorCode.BUNDLE_TAMPERED: translate(
            "statements", "This bundle was changed after it was exported (its checksum does not match: {detail})."
            " It was not imported: ask the agent to export it again."),
        ErrorCode.BUNDLE_INVALID: translate(
            "statements", "This file is not a statement bundle desk_app can read ({detail}). Nothing was imported."),
        ErrorCode.EXPORT_UNENCODABLE: translate(
            "statements", "Shift_JIS (cp932) cannot hold these characters: {detail}. Save the CSV as UTF-8"
            " instead."),
        ErrorCode.NOT_FOUND: translate("statements", "Not found: {detail}"),
        ErrorCode.DISK_FULL: translate("statements", "The disk is full: nothing was saved."),
        ErrorCode.INVALID_INPUT: translate("statements", "This was refused: {detail}"),
    }
    text = texts.get(error.code)
    if text is None:
        return translate("statements", "Something went wrong: {error}").format(error=error)
    return text.format(detail=error.detail)
