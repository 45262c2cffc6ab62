"""What can be done to the statement shown, by whom, and why not: the page's actions, enabled and
explained from the workflow's TRANSITIONS."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolBar, QToolButton, QWidget

from desk_app.core.statements import TRANSITIONS, MonthlyStatement, Role, Step
from desk_app.ui.statements.texts import status_label


class StatementActions(QObject):
    """The page's actions. The agent's (Submit, Export Bundle…) show outside owner mode, the
    owner's (Approve, Send Back…, Mark Paid…, Import Bundle…) in it; Comment… and the files
    (Save PDF…, Save CSV…) in both. A step the statement's status does not allow is disabled,
    its tooltip saying why.

    Signals: none of its own (each QAction's `triggered`).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.submit = self._action("submitStatement", self.tr("Submit"))
        self.export_bundle = self._action("exportBundle", self.tr("Export Bundle…"))
        self.approve = self._action("approveStatement", self.tr("Approve…"))
        self.send_back = self._action("sendBackStatement", self.tr("Send Back…"))
        self.mark_paid = self._action("markPaid", self.tr("Mark Paid…"))
        self.comment = self._action("commentStatement", self.tr("Comment…"))
        self.import_bundle = self._action("importBundle", self.tr("Import Bundle…"))
        self.save_pdf = self._action("saveStatementPdf", self.tr("Save PDF…"))
        self.save_csv = self._action("saveStatementCsv", self.tr("Save CSV…"))
        self._steps = {Step.SUBMIT: self.submit, Step.APPROVE: self.approve, Step.SEND_BACK: self.send_back,
                       Step.PAID: self.mark_paid}
        self._agent_only = (self.submit, self.export_bundle)
        self._owner_only = (self.approve, self.send_back, self.mark_paid, self.import_bundle)
        self.update_for(None, owner=False, month_over=False)

    def _action(self, name: str, text: str) -> QAction:
        action = QAction(text, self)
        action.setIconText(text)  # a button keeps its "…" (the icon text would drop it)
        action.setObjectName(name)
        return action

    def workflow_actions(self) -> list[QAction]:
        """The step buttons, in the order they are laid out."""
        return [self.submit, self.approve, self.send_back, self.mark_paid, self.comment]

    def bundle_actions(self) -> list[QAction]:
        return [self.export_bundle, self.import_bundle]

    def save_actions(self) -> list[QAction]:
        return [self.save_pdf, self.save_csv]

    def update_for(self, statement: MonthlyStatement | None, *, owner: bool, month_over: bool) -> None:
        """Show the actions of the role, enabled as `statement` (None while loading) allows."""
        for action in self._agent_only:
            action.setVisible(not owner)
        for action in self._owner_only:
            action.setVisible(owner)
        role = Role.OWNER if owner else Role.AGENT
        for step, action in self._steps.items():
            if TRANSITIONS[step].role is role:
                self._allow(action, self._step_refusal(step, statement, month_over), self._step_tip(step))
        loaded = "" if statement is not None else self.tr("The statement is still loading")
        self._allow(self.comment, loaded, self.tr("Add a comment to the statement's history"))
        self._allow(self.save_pdf, loaded, self.tr("Save the statement as a PDF (A4) to print or send"))
        self._allow(self.save_csv, loaded, self.tr("Save the statement as CSV for a spreadsheet"))
        self._allow(self.export_bundle, loaded, self.tr(
            "Write the month as a bundle for the owner: every piece, sealed with a checksum, and the PDF"))
        self._allow(self.import_bundle, "", self.tr("Open a bundle the agent exported, to review the month"))

    @staticmethod
    def _allow(action: QAction, refusal: str, tip: str) -> None:
        action.setEnabled(not refusal)
        action.setToolTip(refusal or tip)

    def _step_tip(self, step: Step) -> str:
        tips = {
            Step.SUBMIT: self.tr("Hand the month in for the owner's review"),
            Step.APPROVE: self.tr("Approve the month: it is locked and can no longer change"),
            Step.SEND_BACK: self.tr("Return the statement to the agent as a draft, saying why"),
            Step.PAID: self.tr("Note the day the month was paid"),
        }
        return tips[step]

    def _step_refusal(self, step: Step, statement: MonthlyStatement | None, month_over: bool) -> str:
        """Why `step` cannot be taken now; empty when it can."""
        if statement is None:
            return self.tr("The statement is still loading")
        transition = TRANSITIONS[step]
        if statement.status not in transition.sources:
            allowed = ", ".join(status_label(s) for s in sorted(transition.sources))
            return self.tr("The statement is {status}: this step is for {allowed} statements only.").format(
                status=status_label(statement.status), allowed=allowed)
        if step is Step.APPROVE and not month_over:
            return self.tr("The month is not over yet: it can be approved from the first day of the next one.")
        return ""



class StepToolBar(QToolBar):
    """The actions as a row of text buttons, right-aligned, the files under one "Save As" menu;
    what does not fit moves into the bar's overflow menu (so a narrow window still reaches it). A
    hidden action takes no room.

    Signals: only QToolBar's own.
    """

    STYLE = ("QToolBar { border: none; spacing: 5px; }"
             " QToolBar QToolButton { border: 1px solid palette(mid); border-radius: 3px; padding: 3px 7px;"
             " background: palette(button); }"
             " QToolBar QToolButton:hover { background: palette(light); }"
             " QToolBar QToolButton:disabled { color: palette(mid); }"
             " QToolButton#saveStatementButton { padding-right: 20px; }"
             " QToolButton#saveStatementButton::menu-indicator { subcontrol-origin: padding;"
             " subcontrol-position: right center; right: 5px; }"
             # The overflow button keeps its plain look, or the padding squeezes its arrow away.
             " QToolButton#qt_toolbar_ext_button { border: none; padding: 0; background: transparent; }")

    def __init__(self, actions: StatementActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statementToolBar")
        self.setMovable(False)
        self.setFloatable(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setStyleSheet(self.STYLE)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(spacer)
        self.addActions(actions.workflow_actions())
        self.addSeparator()
        self.addActions(actions.bundle_actions())
        self.save_menu = QMenu(self)
        self.save_menu.setToolTipsVisible(True)
        self.save_menu.addActions(actions.save_actions())
        self.save_button = QToolButton()
        self.save_button.setObjectName("saveStatementButton")
        self.save_button.setText(self.tr("Save As"))
        self.save_button.setToolTip(self.tr("Save the statement as a PDF or CSV file"))
        self.save_button.setMenu(self.save_menu)
        self.save_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.addWidget(self.save_button)
