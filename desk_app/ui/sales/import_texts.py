"""The words of the order import for the codes the service returns: skip reasons, refusals, the
fields of a column mapping and the formats."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.services.order_imports import ImportRefused, ProfileField, Refusal, SkipReason

# lupdate finds calls named `translate` with literal arguments; keep both literal.
translate = QCoreApplication.translate


def skip_reason_text(reason: SkipReason, value: str) -> str:
    """Why a row was skipped, with the cell or order number it is about."""
    texts = {
        SkipReason.NO_NUMBER: translate("order_import", "The order number is empty."),
        SkipReason.BAD_DATE: translate("order_import", "Not a date: {value}"),
        SkipReason.BAD_AMOUNT: translate("order_import", "Not a yen amount: {value}"),
        SkipReason.BAD_QUANTITY: translate("order_import", "Not a quantity: {value}"),
        SkipReason.NO_ITEM: translate("order_import", "The line item has neither a product name nor a SKU."),
        SkipReason.ORPHAN_LINE: translate(
            "order_import", "A further line of order {value}, but the order's first row is not before it."),
        SkipReason.ORDER_SKIPPED: translate(
            "order_import", "A line of order {value}, whose first row was skipped."),
    }
    return texts.get(reason, str(reason)).format(value=value)


def field_label(field: ProfileField) -> str:
    """A field of a column mapping as the mapping dialog names it."""
    labels = {
        ProfileField.NUMBER: translate("order_import", "Order number"),
        ProfileField.DATE: translate("order_import", "Order date"),
        ProfileField.SKU: translate("order_import", "SKU (product code)"),
        ProfileField.PRODUCT: translate("order_import", "Product name"),
        ProfileField.QUANTITY: translate("order_import", "Quantity"),
        ProfileField.UNIT_PRICE: translate("order_import", "Unit price"),
        ProfileField.LINE_TOTAL: translate("order_import", "Line total (price × quantity)"),
        ProfileField.EMAIL: translate("order_import", "Email"),
        ProfileField.CUSTOMER: translate("order_import", "Customer name"),
        ProfileField.TOTAL: translate("order_import", "Order total"),
        ProfileField.STATUS: translate("order_import", "Order status"),
    }
    return labels[field]


def fields_text(groups: list[str] | tuple[str, ...]) -> str:
    """Missing fields as `sku|product` groups say them: "SKU (product code) or Product name, …"."""
    either = translate("order_import", "{first} or {second}")
    words = []
    for group in groups:
        labels = [field_label(ProfileField(name)) for name in group.split("|")]
        words.append(labels[0] if len(labels) == 1 else either.format(first=labels[0], second=labels[1]))
    return translate("order_import", ", ").join(words)


def format_label(name: str) -> str:
    """An import format for the format list: the built-in ones in words, a mapping by its name."""
    labels = {"auto": translate("order_import", "Automatic"), "shopify": translate("order_import", "Shopify")}
    return labels.get(name, name)


def _lacks(missing: dict[str, tuple[str, ...]]) -> str:
    line = translate("order_import", "{format} needs the columns: {columns}")
    return "\n".join(line.format(format=format_label(name), columns=", ".join(columns))
                     for name, columns in missing.items() if columns)


def error_text(error: BaseException) -> str:
    """Why an import or a column mapping was refused, or what else went wrong, in a sentence or two."""
    if isinstance(error, ImportRefused):
        texts = {
            Refusal.UNKNOWN_FORMAT: translate(
                "order_import", "The format of {subject} is not recognised: it is not a Shopify orders export,"
                " and no saved column mapping fits it. Make a new column mapping for it.\n{lacks}"),
            Refusal.MISSING_COLUMNS: translate(
                "order_import", "{subject} does not have every column this format reads; nothing was"
                " imported.\n{lacks}"),
            Refusal.UNKNOWN_PROFILE: translate("order_import", "There is no column mapping called {subject}."),
            Refusal.PROFILE_INCOMPLETE: translate("order_import", "Choose a column for: {fields}"),
            Refusal.BAD_PROFILE_NAME: translate(
                "order_import", "Give the mapping a name of 1 to 40 characters, other than “auto” and “shopify”."),
        }
        if error.refusal is Refusal.PROFILE_INCOMPLETE:
            fields = fields_text([group for groups in error.missing.values() for group in groups])
            return texts[error.refusal].format(fields=fields)
        return texts[error.refusal].format(subject=error.subject, lacks=_lacks(error.missing))
    if isinstance(error, DeskAppError) and error.code is ErrorCode.NOT_FOUND:
        return translate("order_import", "The file is not there any more: {detail}").format(detail=error.detail)
    if isinstance(error, DeskAppError) and error.code is ErrorCode.DISK_FULL:
        return translate("order_import", "The disk is full: the orders read so far are kept, the rest is not.")
    if isinstance(error, DeskAppError):
        return translate("order_import", "The file cannot be read: {detail}").format(detail=error.detail)
    return translate("order_import", "Something went wrong: {error}").format(error=error)
