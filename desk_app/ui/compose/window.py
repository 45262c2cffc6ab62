"""The compose window: one message being written (reply, reply-all, forward or new), never lost.

The draft is saved every few seconds while it changes and when the window closes, so a crash
costs at most those seconds; Send puts it in the outbox (the sync pass sends it).
"""

from __future__ import annotations

import html
import logging
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QTextCursor
from PySide6.QtWidgets import QMainWindow, QMessageBox, QVBoxLayout, QWidget

from desk_app.core.attachments_hint import mentions_attachment
from desk_app.core.errors import DeskAppError, ErrorCode
from desk_app.core.records import DraftData, OutboxItem
from desk_app.core.templates import Rendered, find_gaps
from desk_app.services.context import Services
from desk_app.ui.compose.actions import ComposeWindowActions
from desk_app.ui.compose.body_editor import BodyEditor
from desk_app.ui.compose.context import ComposeContext
from desk_app.ui.compose.error_text import gap_sentence, queue_error_text
from desk_app.ui.compose.fields import UTF_8, AttachmentsBar, HeaderFields
from desk_app.ui.compose.lane import DraftLane
from desk_app.ui.compose.notice_bar import NoticeBar
from desk_app.ui.compose.questions import ask
from desk_app.ui.compose.template_picker import TemplatePicker, fill_template
from desk_app.ui.runner import Runner

log = logging.getLogger(__name__)

AUTOSAVE_MS = 5000
DEFAULT_SIZE = (780, 700)
NEXT_GAP_LINK = "next-gap"


class ComposeWindow(QMainWindow):
    """A window of its own (not modal) for one draft: header fields, the text, attachments.

    Unfilled `{placeholders}` are highlighted and block Send until filled (F3 jumps to the next);
    Ctrl+T picks a reply template. Errors from queueing show above the text, in words.

    Signals:
        message_queued(object): the OutboxItem the draft became; the window closes right after.
        draft_saved(object): the DraftData as stored (autosave, Save draft, or on close).
        draft_discarded(int): the draft's id, deleted; the window closes right after.
        closed(int): the draft's id; the window is closed and deletes itself once its last save is written.
    """

    message_queued = Signal(object)
    draft_saved = Signal(object)
    draft_discarded = Signal(int)
    closed = Signal(int)

    def __init__(self, services: Services, runner: Runner, context: ComposeContext, *, lang: str,
                 autosave_ms: int = AUTOSAVE_MS, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)  # its own window, even with the main window as parent
        self.setObjectName("composeWindow")
        self._services = services
        self._runner = runner
        self._context = context
        self._draft = context.draft
        self._lang = lang
        self._dirty = False
        self._touched = False  # changed by the agent since it opened
        self._sending = False
        self._finished = False  # queued or discarded: nothing more to save
        self._closed = False
        self.attachment_question: QMessageBox | None = None
        self.discard_question: QMessageBox | None = None
        self._lane = DraftLane(runner, services.compose, self, self._lane_idle)
        self._lane.set_save_callbacks(self._saved, self._save_failed)
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(autosave_ms)

        self.fields = HeaderFields()
        self.error_bar = NoticeBar("error")
        self.error_bar.setObjectName("composeError")
        self.gap_bar = NoticeBar("gap")
        self.gap_bar.setObjectName("composeGaps")
        self.body = BodyEditor()
        self.attachments = AttachmentsBar()
        self.picker = TemplatePicker(services.templates, runner, self)
        self.commands = ComposeWindowActions(self)
        self.addActions(self.commands.all())
        self.addToolBar(self.commands.toolbar())
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addWidget(self.fields)
        layout.addWidget(self.error_bar)
        layout.addWidget(self.gap_bar)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.attachments)
        self.setCentralWidget(central)
        self.resize(*DEFAULT_SIZE)

        self.fields.set_draft(self._draft, context.accounts)
        self.attachments.set_files(self._draft.attachments, context.forwarded)
        self.body.setPlainText(self._draft.body)
        self.body.moveCursor(QTextCursor.MoveOperation.Start)  # the new text goes above the quote
        self._update_title()
        self._update_gaps()
        self._connect_signals()
        self.statusBar().showMessage(self.tr("Drafts are saved automatically."))

    def _connect_signals(self) -> None:
        self.commands.send.triggered.connect(self._on_send_action_triggered)
        self.commands.save.triggered.connect(self._on_save_action_triggered)
        self.commands.discard.triggered.connect(self._on_discard_action_triggered)
        self.commands.template.triggered.connect(self._on_template_action_triggered)
        self.commands.attach.triggered.connect(self._on_attach_action_triggered)
        self.commands.next_gap.triggered.connect(self._on_next_gap_action_triggered)
        self.commands.close.triggered.connect(self.close)
        self.picker.template_chosen.connect(self._on_picker_template_chosen)
        self.body.textChanged.connect(self._on_content_changed)
        self.body.gaps_changed.connect(self._on_body_gaps_changed)
        self.fields.edited.connect(self._on_content_changed)
        self.fields.subject.textChanged.connect(self._on_subject_text_changed)
        self.attachments.changed.connect(self._on_content_changed)
        self.gap_bar.link_activated.connect(self._on_gap_bar_link_activated)
        self.error_bar.action_clicked.connect(self._on_error_bar_action_clicked)
        self._autosave.timeout.connect(self._on_autosave_timeout)

    # -- public API -------------------------------------------------------------------------------

    def draft_id(self) -> int:
        return self._draft.id or 0

    def current_draft(self) -> DraftData:
        """The draft as the fields show it now."""
        to, cc = self.fields.recipients()
        return replace(
            self._draft, account_id=self.fields.account_id(self._draft.account_id), to=to, cc=cc,
            subject=self.fields.subject.text(), body=self.body.toPlainText(), charset=self.fields.charset(),
            attachments=self.attachments.paths(),
        )

    def gap_names(self) -> list[str]:
        """Placeholders still unfilled, in the subject first, then the text."""
        subject = [g[2] for g in find_gaps(self.fields.subject.text())]
        return list(dict.fromkeys([*subject, *self.body.gap_names()]))

    def open_templates(self) -> TemplatePicker:
        """Show the template picker under the text cursor."""
        rect = self.body.cursorRect()
        at = self.body.viewport().mapToGlobal(rect.bottomLeft())
        self.picker.popup(at, lang=self._lang, category=self._context.category)
        return self.picker

    def send(self) -> None:
        """Send as the Send button does: checks first, then into the outbox."""
        if self._sending or self._finished:
            return
        if self.gap_names():
            self._update_gaps()
            self._select_next_gap()
            return
        draft = self.current_draft()
        if mentions_attachment(draft.body) and not self.attachments.has_any():
            self._ask_about_attachment()
            return
        self._queue(draft)

    def save(self) -> None:
        """Store the draft now (in the background)."""
        self._dirty = False
        self._autosave.stop()
        self._lane.save(self.current_draft())

    def is_sending(self) -> bool:
        return self._sending

    # -- sending ----------------------------------------------------------------------------------

    def _ask_about_attachment(self) -> None:
        def send_anyway() -> None:
            self.attachment_question = None
            self._queue(self.current_draft())

        def back_to_text() -> None:
            self.attachment_question = None
            self.body.setFocus()

        self.attachment_question = ask(
            self, QMessageBox.Icon.Question, self.tr("Nothing Attached"),
            self.tr("The text mentions an attachment, but nothing is attached. Send anyway?"),
            self.tr("Send Anyway"), send_anyway, on_cancel=back_to_text)

    def _queue(self, draft: DraftData) -> None:
        self._sending = True
        self._autosave.stop()
        self.error_bar.clear()
        self._update_send_action()
        self.statusBar().showMessage(self.tr("Putting the message in the outbox…"))
        compose = self._services.compose
        self._lane.run(lambda: compose.queue(draft), self._queued, self._queue_failed)

    def _queued(self, item: OutboxItem) -> None:
        self._sending = False
        self._finished = True
        self.message_queued.emit(item)
        self.close()

    def _queue_failed(self, error: BaseException) -> None:
        self._sending = False
        self._dirty = True  # keep autosaving what is fixed next
        self._update_send_action()
        if not isinstance(error, DeskAppError):
            log.error("queueing a message failed", exc_info=error)
        offer_utf8 = isinstance(error, DeskAppError) and error.code is ErrorCode.UNENCODABLE
        self.error_bar.show_text(queue_error_text(error), action=self.tr("Send as UTF-8 Instead") if offer_utf8 else "")
        self.statusBar().clearMessage()

    # -- saving -----------------------------------------------------------------------------------

    def _saved(self, draft: DraftData | None) -> None:
        if draft is None:
            return
        self._draft = replace(self._draft, id=draft.id)
        if not self._closed:
            now = datetime.now().strftime("%H:%M")
            self.statusBar().showMessage(self.tr("Draft saved at {time}.").format(time=now))
        self.draft_saved.emit(draft)

    def _save_failed(self, error: BaseException) -> None:
        log.error("saving a draft failed", exc_info=error)
        self._dirty = True
        if not self._closed:
            self.statusBar().showMessage(self.tr("The draft could not be saved: {error}").format(error=error))

    def _lane_idle(self) -> None:
        if self._closed:
            self.deleteLater()  # the last save is written: nothing of the window is needed any more

    # -- placeholders -----------------------------------------------------------------------------

    def _update_gaps(self) -> None:
        names = self.gap_names()
        if names:
            sentence = html.escape(gap_sentence(names))
            link = html.escape(self.tr("Next placeholder (F3)"))
            self.gap_bar.show_text(f'{sentence} &nbsp; <a href="{NEXT_GAP_LINK}">{link}</a>', rich=True)
        else:
            self.gap_bar.clear()
        self._update_send_action()

    def _update_send_action(self) -> None:
        blocked = bool(self.gap_names())
        self.commands.send.setEnabled(not blocked and not self._sending and not self._finished)
        self.commands.send.setToolTip(self.tr("Fill in every placeholder first") if blocked else self.commands.send_tip)

    def _select_next_gap(self) -> None:
        if self.body.gaps():
            self.body.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.body.select_next_gap()
            return
        gaps = find_gaps(self.fields.subject.text())
        if gaps:
            start, end, _name = gaps[0]
            self.fields.subject.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.fields.subject.setSelection(start, end - start)

    def _update_title(self) -> None:
        kinds = {
            "reply": self.tr("Reply"),
            "reply_all": self.tr("Reply to All"),
            "forward": self.tr("Forward"),
            "new": self.tr("New Message"),
        }
        subject = self.fields.subject.text().strip() or self.tr("(no subject)")
        self.setWindowTitle(f"{subject} — {kinds.get(self._draft.kind, self._draft.kind)}")

    def _template_filled(self, result: tuple[Rendered, str | None], key: str) -> None:
        rendered, subject = result
        if subject is not None and not self.fields.subject.text().strip():
            self.fields.subject.setText(subject)
        start = self.body.insert_at_cursor(rendered.text)
        self._draft = replace(self._draft, template_key=key)
        self.body.setFocus(Qt.FocusReason.OtherFocusReason)
        if rendered.gaps:
            self.body.select_next_gap(after=start)

    # -- events -----------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._sending:
            event.ignore()  # the outbox answers in a moment; the window must be there to show it
            return
        self._autosave.stop()
        self.picker.hide()
        if not self._finished and self._context.fresh and not self._touched:
            # Opened and closed without a change (a reply started by mistake): keep no draft.
            self._finished = True
            draft_id, compose = self.draft_id(), self._services.compose
            self._lane.run(lambda: compose.discard_draft(draft_id))
        elif not self._finished and self._dirty:
            self.save()
        self._closed = True
        self.closed.emit(self.draft_id())
        super().closeEvent(event)
        if self._lane.is_idle():
            self.deleteLater()

    # -- slots ------------------------------------------------------------------------------------

    @Slot()
    def _on_send_action_triggered(self) -> None:
        self.send()

    @Slot()
    def _on_save_action_triggered(self) -> None:
        self.save()

    @Slot()
    def _on_discard_action_triggered(self) -> None:
        def forget() -> None:
            self.discard_question = None

        self.discard_question = ask(
            self, QMessageBox.Icon.Warning, self.tr("Discard Draft"),
            self.tr("Discard this draft? What you wrote is deleted."), self.tr("Discard"),
            self._discard_confirmed, on_cancel=forget, destructive=True)

    def _discard_confirmed(self) -> None:
        self.discard_question = None
        if self._sending:
            return
        self._finished = True
        self._autosave.stop()
        draft_id, compose = self.draft_id(), self._services.compose
        self._lane.run(lambda: compose.discard_draft(draft_id), lambda _none: self._discarded(draft_id))

    def _discarded(self, draft_id: int) -> None:
        self.draft_discarded.emit(draft_id)
        self.close()

    @Slot()
    def _on_template_action_triggered(self) -> None:
        self.open_templates()

    @Slot()
    def _on_attach_action_triggered(self) -> None:
        self.attachments.choose_files()

    @Slot()
    def _on_next_gap_action_triggered(self) -> None:
        self._select_next_gap()

    @Slot(str, str)
    def _on_picker_template_chosen(self, key: str, lang: str) -> None:
        services, message_pk = self._services, self._draft.replied_pk
        with_subject = not self.fields.subject.text().strip()  # a new message takes the template's
        self._runner.run(lambda: fill_template(services, key, lang, message_pk, with_subject=with_subject),
                         lambda result: self._template_filled(result, key), self._template_failed, owner=self)

    def _template_failed(self, error: BaseException) -> None:
        log.error("filling a template failed", exc_info=error)
        self.error_bar.show_text(self.tr("The template could not be inserted: {error}").format(error=error))

    @Slot()
    def _on_content_changed(self) -> None:
        self._dirty = True
        self._touched = True
        if not self._finished and not self._sending and not self._autosave.isActive():
            self._autosave.start()

    @Slot(list)
    def _on_body_gaps_changed(self, _names: list[str]) -> None:
        self._update_gaps()

    @Slot(str)
    def _on_subject_text_changed(self, _text: str) -> None:
        self._update_title()
        self._update_gaps()

    @Slot(str)
    def _on_gap_bar_link_activated(self, _href: str) -> None:
        self._select_next_gap()

    @Slot()
    def _on_error_bar_action_clicked(self) -> None:
        # The only action offered: the text cannot go as ISO-2022-JP, so send it as UTF-8.
        self.fields.iso_2022_jp.setChecked(False)
        self.error_bar.clear()
        self._queue(replace(self.current_draft(), charset=UTF_8))

    @Slot()
    def _on_autosave_timeout(self) -> None:
        if self._dirty and not self._finished and not self._sending:
            self.save()
