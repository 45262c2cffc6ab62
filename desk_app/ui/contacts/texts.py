"""The words of the Customers page for keys and codes: the claimant signs, the firm-handling
guidance, why two customers look alike, and why an edit was refused."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_app.core.claimants import Criterion
from desk_app.core.errors import DeskAppError, ErrorCode

# lupdate finds calls named `translate` with literal arguments; keep both literal.
translate = QCoreApplication.translate


def criterion_text(key: str) -> str:
    """The sign a criterion key stands for, as the agent reads it."""
    texts = {
        Criterion.EXCESSIVE_DEMAND: translate(
            "contacts", "Demands far more than is reasonable, though the shop is not at fault"),
        Criterion.VENTING: translate("contacts", "Complains to vent stress rather than to solve a problem"),
        Criterion.MONEY_OR_GOODS: translate("contacts", "Is after money or free goods"),
    }
    return texts.get(key, key)  # type: ignore[call-overload]


def firm_handling_text() -> str:
    """The guidance a flagged customer's page shows above everything else."""
    return translate(
        "contacts",
        "Unreasonable claimant: stay calm, polite and firm. Do not apologise by reflex (a “sorry” can be"
        " taken as admitting fault), offer only what the policy allows, keep everything in writing or"
        " recorded, and involve the owner.",
    )


def reason_text(reason: str) -> str:
    """Why two customers look like one person."""
    texts = {
        "phone": translate("contacts", "same phone number"),
        "email": translate("contacts", "same email address"),
        "name": translate("contacts", "same name"),
        "kana": translate("contacts", "same kana"),
    }
    return texts.get(reason, reason)


def refusal_text(error: BaseException) -> str:
    """Why an edit or a merge was not done."""
    if isinstance(error, DeskAppError) and error.code is ErrorCode.NOT_FOUND:
        return translate("contacts", "Not saved: this customer no longer exists (merged or deleted).")
    if isinstance(error, DeskAppError) and error.code is ErrorCode.INVALID_INPUT:
        texts = {
            "name": translate("contacts", "Not saved: a customer needs a name."),
            "email": translate("contacts", "Not saved: that is not an email address."),
            "phone": translate("contacts", "Not saved: that is not a phone number."),
            "merge_same": translate("contacts", "A customer cannot be merged into themselves."),
        }
        if error.detail in texts:
            return texts[error.detail]
    return translate("contacts", "Not saved: {error}").format(error=error)
