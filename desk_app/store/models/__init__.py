"""All models, imported here so that `Base.metadata` knows every table."""

from desk_app.store.models.base import Base, Replicable, new_uuid
from desk_app.store.models.content import Template
from desk_app.store.models.mail import (
    Account,
    Attachment,
    Folder,
    Message,
    MessageSource,
    PendingMailAction,
)
from desk_app.store.models.outbox import Draft, OutboxEntry
from desk_app.store.models.pay import RateCard, Statement, StatementAdjustment, StatementEvent, WorkItem
from desk_app.store.models.replication import (
    IncomingChangeSet,
    KnownDevice,
    OutgoingChangeSet,
    PendingChange,
    RecordFolderState,
    ReplicaField,
)
from desk_app.store.models.sales import ImportProfile, Order, OrderLine, SalesDay, SalesDayProduct
from desk_app.store.models.support import Call, Case, CaseMessageLink, CaseNote, Contact, ContactChannel
from desk_app.store.models.system import AuditEntry, SettingValue

__all__ = [
    "Account", "Attachment", "AuditEntry", "Base", "Call", "Case", "CaseMessageLink", "CaseNote",
    "Contact", "ContactChannel", "Draft", "Folder", "ImportProfile", "IncomingChangeSet", "KnownDevice",
    "Message", "MessageSource", "Order", "OrderLine", "OutboxEntry", "OutgoingChangeSet", "PendingChange",
    "PendingMailAction", "RateCard", "RecordFolderState", "ReplicaField", "Replicable", "SalesDay",
    "SalesDayProduct", "SettingValue", "Statement", "StatementAdjustment", "StatementEvent", "Template",
    "WorkItem", "new_uuid",
]
