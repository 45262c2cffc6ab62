"""After-follow mail (アフターフォロー): a new message to a closed case's customer, written from the
`after_follow` template and filled from the case, ready in a draft linked to the case."""

from __future__ import annotations

from dataclasses import replace

from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.records import CaseContext, CaseDetail, DraftData
from desk_app.core.templates import render
from desk_app.services.cases import CaseService
from desk_app.services.compose import ComposeService
from desk_app.services.settings import Settings
from desk_app.services.template_values import case_reference, format_deadline
from desk_app.services.templates import TemplateService

FOLLOW_UP_TEMPLATE = "after_follow"


class FollowUpService:
    """Starts the follow-up mail of a case (one draft per case: asking again returns it)."""

    def __init__(self, settings: Settings, cases: CaseService, compose: ComposeService,
                 templates: TemplateService) -> None:
        self._settings = settings
        self._cases = cases
        self._compose = compose
        self._templates = templates

    def draft(self, case_id: str, lang: str) -> DraftData:
        """The follow-up draft of `case_id`: to the customer's first address, the template's subject
        and text filled from the case (what the case does not know stays a `{gap}`), the account's
        signature below, the case linked. A follow-up draft already written for the case is returned
        as it is.

        Raises NOT_FOUND for the case, the template (deleted in this language) or a mail account to
        send from; NO_RECIPIENTS when the case has no customer with a mail address."""
        case = self._cases.get(case_id)
        customer = self._cases.customer(case_id)
        if customer is None or not customer.emails:
            raise DeskAppError(ErrorCode.NO_RECIPIENTS, "customer email")
        for existing in self._compose.drafts():
            if existing.case_id == case_id and existing.template_key == FOLLOW_UP_TEMPLATE:
                return existing
        template = self._templates.get(FOLLOW_UP_TEMPLATE, lang)
        values = self._values(case, lang)
        started = self._compose.start("new", lang=lang)  # the default account, its signature as the text
        address = customer.emails[0]
        return self._compose.save_draft(replace(
            started, to=(f"{customer.name} <{address}>" if customer.name else address,),
            subject=render(template.subject, values).text,
            body=render(template.body, values).text + started.body,
            case_id=case_id, template_key=FOLLOW_UP_TEMPLATE,
        ))

    def _values(self, case: CaseDetail, lang: str) -> dict[str, str | None]:
        """Placeholder values from the case and the settings (None where unknown: a gap to fill)."""
        context = CaseContext(case.id, case.contact_name, case.order_number, case.deadline, case.category)
        return {
            "customer_name": case.contact_name or None,
            "order_number": case.order_number,
            "deadline": format_deadline(context, lang, self._settings.timezone),
            "agent_name": self._settings.agent_name or None,
            "shop_name": self._settings.shop_name or None,
            "case_id": case_reference(case.id),
        }
