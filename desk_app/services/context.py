"""Builds the service objects over one open db: what `app.py` and `cli.py` hand around."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from desk_app.core.errors import DeskAppError
from desk_app.paths import AppPaths
from desk_app.services.accounts import AccountService
from desk_app.services.calls import CallService
from desk_app.services.cases import CaseService
from desk_app.services.compose import ComposeService
from desk_app.services.contacts import ContactService
from desk_app.services.demo import DemoService
from desk_app.services.follow_up import FollowUpService
from desk_app.services.mail import MailService
from desk_app.services.manual import ManualService
from desk_app.services.order_imports import OrderImportService
from desk_app.services.owner import OwnerService
from desk_app.services.rates import RateService
from desk_app.services.record_sync import RecordSyncService
from desk_app.services.sales import SalesService
from desk_app.services.search import SearchService
from desk_app.services.settings import Settings
from desk_app.services.statements import StatementService
from desk_app.services.status import StatusService
from desk_app.services.support import SupportService
from desk_app.services.sync import SyncService
from desk_app.services.templates import TemplateService
from desk_app.services.work import WorkService
from desk_app.store.db import Database, open_database


log = logging.getLogger(__name__)


@dataclass
class Services:
    """The application API; one instance per open db, passed explicitly (no singletons)."""

    paths: AppPaths
    db: Database
    settings: Settings
    mail: MailService
    support: SupportService
    status: StatusService
    demo: DemoService
    accounts: AccountService
    sync: SyncService
    search: SearchService
    manual: ManualService
    templates: TemplateService
    compose: ComposeService
    contacts: ContactService
    calls: CallService
    cases: CaseService
    follow_up: FollowUpService
    owner: OwnerService
    rates: RateService
    records: RecordSyncService
    work: WorkService
    statements: StatementService
    sales: SalesService
    order_imports: OrderImportService

    @classmethod
    def open(cls, paths: AppPaths) -> Services:
        """Open (creating and migrating if needed) the db and build the services over it.

        Raises DeskAppError for a db that must not be touched (newer schema, corrupt).
        """
        db = open_database(paths.db_file, paths.backup_dir)
        settings = Settings(db)
        accounts = AccountService(db)
        mail = MailService(db)
        templates = TemplateService(db, settings, paths)
        manual = ManualService(settings)
        cases = CaseService(db, settings)
        compose = ComposeService(db, settings, accounts, mail, templates)
        owner = OwnerService(settings)
        records = RecordSyncService(db, settings, owner)
        return cls(
            paths=paths,
            db=db,
            settings=settings,
            mail=mail,
            support=SupportService(db),
            status=StatusService(db, settings),
            demo=DemoService(db, settings, paths),
            accounts=accounts,
            sync=SyncService(db, accounts, settings, cases, records),
            records=records,
            search=SearchService(db, manual),
            manual=manual,
            compose=compose,
            templates=templates,
            contacts=ContactService(db, settings),
            calls=CallService(db, settings),
            cases=cases,
            follow_up=FollowUpService(settings, cases, compose, templates),
            owner=owner,
            rates=RateService(db, settings, owner),
            work=WorkService(db, settings),
            statements=StatementService(db, settings, owner),
            sales=SalesService(db, settings),
            order_imports=OrderImportService(db, settings),
        )

    def close(self) -> None:
        """Seal what this session changed into change sets (an owner's step is signed while the
        passphrase is at hand), then close the db."""
        try:
            self.records.seal()
        except DeskAppError as exc:  # no keyring for the machine's key: the changes stay queued
            log.warning("record changes left queued: %s", exc.code)
        self.db.close()
