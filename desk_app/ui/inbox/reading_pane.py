"""The reading pane: the opened message's conversation, oldest first, as a column of cards.

Everything is loaded through the runner (a conversation of twenty mails is read off the GUI
thread); each card builds its body only when opened, so long threads stay quick to show.
"""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractSlider,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desk_app.core.records import FolderInfo
from desk_app.ui.compose.actions import REPLY_KEYS
from desk_app.ui.icons import icon
from desk_app.ui.inbox.actions import CREATE_CASE_KEYS
from desk_app.ui.inbox.conversation import LoadedConversation, ReaderSource, load_conversation
from desk_app.ui.inbox.message_block import MessageBlock, ReaderContext
from desk_app.ui.labels import folder_label
from desk_app.ui.runner import Runner
from desk_app.ui.widgets.empty_state import EmptyState

COMMANDS_STYLE = """
QToolBar#readingCommands { border: none; padding: 0px; spacing: 6px; background: transparent; }
QToolBar#readingCommands QToolButton { border: 1px solid palette(mid); border-radius: 4px; padding: 2px 10px;
                                       background: palette(button); }
QToolBar#readingCommands QToolButton:hover { border-color: palette(highlight); }
QToolBar#readingCommands QToolButton:pressed { background: palette(midlight); }
"""
AUTO_OPEN_RECENT = 3  # unread messages among the newest few open by themselves; older ones wait

CONVERSATION_STYLE = """
QWidget#conversation { background: palette(window); }
QFrame#messageBlock { background: palette(base); border: 1px solid palette(midlight);
                      border-radius: 6px; }
QFrame#messageBlock[focused="true"] { border: 1px solid palette(highlight); }
QLabel#folderChip { border: 1px solid palette(mid); border-radius: 8px; padding: 0px 7px; }
QLabel#folderChip[role="sent"] { background: #e3eef9; border-color: #9db7d5; color: #24476b; }
"""


class ReadingPane(QStackedWidget):
    """Shows the opened message within its conversation, or a hint to pick one.

    The header carries Reply, Reply all and Forward for the opened message.

    Signals:
        message_shown(int): the message the user opened is on screen (its id).
        message_closed(): no message is shown any more (cleared, or it failed to load).
        load_failed(int): the message could not be loaded (its id).
        reply_requested(str, int): a reply button was clicked: the kind (reply, reply_all,
            forward) and the id of the message shown.
        case_requested(int): "Create case" was clicked for the message shown.
    """

    message_shown = Signal(int)
    message_closed = Signal()
    load_failed = Signal(int)
    reply_requested = Signal(str, int)
    case_requested = Signal(int)

    def __init__(self, tz: ZoneInfo, mail: ReaderSource, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = ReaderContext(mail, runner, tz)
        self._message_id: int | None = None
        self._request = 0  # only the newest load may land
        self._folders: dict[tuple[str, str], FolderInfo] = {}
        self._blocks: list[MessageBlock] = []
        self._placeholder = EmptyState(icon("reading"), "", "")
        self._show_hint()
        self.addWidget(self._placeholder)
        self.addWidget(self._build_view())
        self.setCurrentIndex(0)
        self._scroll_timer = QTimer(self)
        self._scroll_timer.setSingleShot(True)
        self._scroll_timer.setInterval(0)
        self._connect_signals()

    def _build_view(self) -> QWidget:
        self._subject = QLabel()
        self._subject.setObjectName("readingSubject")
        self._subject.setTextFormat(Qt.TextFormat.PlainText)  # the sender's words: never markup
        self._subject.setWordWrap(True)
        self._subject.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self._subject.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self._subject.setFont(font)
        self._count = QLabel()
        self._count.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.expand_button = QPushButton(self.tr("Expand all"))
        self.expand_button.setFlat(True)
        self.expand_button.setToolTip(self.tr("Open every message of the conversation"))

        # A tool bar of their own above the subject: when the pane is narrow, what does not fit
        # goes into the bar's » menu instead of widening the pane.
        self.reply_actions = {kind: self._reply_action(kind) for kind in REPLY_KEYS}
        self.commands = QToolBar()
        self.commands.setObjectName("readingCommands")
        self.commands.setMovable(False)
        self.commands.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.commands.setStyleSheet(COMMANDS_STYLE)
        for action in self.reply_actions.values():
            self.commands.addAction(action)
        self.case_action = QAction(self.tr("Create case"), self)
        self.case_action.setObjectName("createCase")
        # The shortcut itself is the Inbox's (InboxActions.create_case); the tip only names it.
        case_keys = QKeySequence(CREATE_CASE_KEYS).toString(QKeySequence.SequenceFormat.NativeText)
        self.case_action.setToolTip(self.tr("Open a case for this conversation ({keys})").format(keys=case_keys))
        self.commands.addSeparator()
        self.commands.addAction(self.case_action)

        info = QHBoxLayout()
        info.setContentsMargins(0, 0, 0, 0)
        info.addWidget(self._count)
        info.addStretch(1)
        info.addWidget(self.expand_button)
        header = QWidget()
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(16, 12, 16, 6)
        header_layout.setSpacing(4)
        header_layout.addWidget(self.commands)
        header_layout.addWidget(self._subject)
        header_layout.addLayout(info)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        self._scroll = QScrollArea()
        self._scroll.setObjectName("conversationScroll")
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setWidgetResizable(True)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._scroll.setWidget(self._new_container()[0])

        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(line)
        layout.addWidget(self._scroll, 1)
        return view

    def _reply_action(self, kind: str) -> QAction:
        texts = {"reply": self.tr("Reply"), "reply_all": self.tr("Reply all"), "forward": self.tr("Forward")}
        action = QAction(texts[kind], self)
        action.setData(kind)
        # The shortcut itself belongs to the main window's Message menu; the tip only names it.
        keys = QKeySequence(REPLY_KEYS[kind]).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{texts[kind]} ({keys})")
        return action

    @staticmethod
    def _new_container() -> tuple[QWidget, QVBoxLayout]:
        container = QWidget()
        container.setObjectName("conversation")
        container.setStyleSheet(CONVERSATION_STYLE)
        layout = QVBoxLayout(container)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        return container, layout

    def _connect_signals(self) -> None:
        self.expand_button.clicked.connect(self._on_expand_button_clicked)
        for action in self.reply_actions.values():
            action.triggered.connect(self._on_reply_action_triggered)
        self.case_action.triggered.connect(self._on_case_action_triggered)
        self._scroll_timer.timeout.connect(self._on_scroll_timer_timeout)

    # -- public API ---------------------------------------------------------------------------

    def set_folders(self, folders: Sequence[FolderInfo]) -> None:
        """The folders messages may come from, to name them ("Sent") on each card."""
        self._folders = {(f.account, f.name): f for f in folders}

    def open(self, message_id: int, *, whole_thread: bool = True) -> None:
        """Load `message_id` (with its conversation) in the background and show it."""
        self._request += 1
        request = self._request
        mail = self._context.mail
        self._context.runner.run(
            lambda: load_conversation(mail, message_id, whole_thread),
            lambda loaded: self._loaded(request, loaded),
            lambda error: self._load_error(request, message_id, error),
            owner=self,
        )

    def show_conversation(self, loaded: LoadedConversation) -> None:
        """Fill the pane: the opened message and recent unread ones open, the others as one-line cards."""
        self._message_id = loaded.focus_id
        old = self._scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        container, layout = self._new_container()
        if loaded.earlier:
            earlier = QLabel(self.tr("%n earlier message(s) not shown", "", loaded.earlier))
            earlier.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            earlier.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(earlier)
        self._blocks = []
        recent = len(loaded.messages) - AUTO_OPEN_RECENT
        for position, message in enumerate(loaded.messages):
            focused = message.detail.id == loaded.focus_id
            folder = self._folders.get((message.summary.account, message.summary.folder))
            role = folder.role if folder is not None else None
            block = MessageBlock(message, folder_label(message.summary.folder, role), self._context,
                                 folder_role=role, focused=focused)
            block.set_expanded(focused or (not message.summary.seen and position >= recent))
            layout.addWidget(block)
            self._blocks.append(block)
        layout.addStretch(1)
        self._scroll.setWidget(container)

        first = loaded.messages[0].detail if loaded.messages else None
        self._subject.setText((first.subject if first else "") or self.tr("(no subject)"))
        total = len(loaded.messages) + loaded.earlier
        self._count.setText(self.tr("%n message(s)", "", total) if total > 1 else "")
        self.expand_button.setVisible(len(self._blocks) > 1)
        self.setCurrentIndex(1)
        self._scroll_timer.start()
        self.message_shown.emit(loaded.focus_id)

    def clear(self) -> None:
        """Back to the hint (and forget any load still on its way)."""
        self._request += 1
        self._message_id = None
        self._blocks = []
        old = self._scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self._scroll.setWidget(self._new_container()[0])
        self._show_hint()
        self.setCurrentIndex(0)
        self.message_closed.emit()

    def message_id(self) -> int | None:
        """The message the user opened (its conversation may show more)."""
        return self._message_id

    def blocks(self) -> list[MessageBlock]:
        return list(self._blocks)

    def focus_block(self) -> MessageBlock | None:
        return next((b for b in self._blocks if b.message_id() == self._message_id), None)

    def body_text(self) -> str:
        block = self.focus_block()
        return block.body_text() if block is not None else ""

    def subject_text(self) -> str:
        return self._subject.text()

    def set_flagged(self, message_id: int, flagged: bool) -> None:
        for block in self._blocks:
            if block.message_id() == message_id:
                block.set_flagged(flagged)

    def expand_all(self) -> None:
        for block in self._blocks:
            block.set_expanded(True)

    def page_down(self) -> None:
        """Scroll the conversation by one screen (Space in the list)."""
        self._scroll.verticalScrollBar().triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd)

    def scroll_position(self) -> int:
        return self._scroll.verticalScrollBar().value()

    def scroll_maximum(self) -> int:
        return self._scroll.verticalScrollBar().maximum()

    def reader_has_focus(self) -> bool:
        return self._scroll.hasFocus()

    def focus_reader(self) -> None:
        """Give the keyboard to the conversation (arrows and Page Down scroll it)."""
        self._scroll.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- internals ----------------------------------------------------------------------------

    def _show_hint(self) -> None:
        self._placeholder.set_content(
            icon("reading"), self.tr("No message selected"), self.tr("Select a message to read it here.")
        )

    def _loaded(self, request: int, loaded: LoadedConversation) -> None:
        if request == self._request:
            self.show_conversation(loaded)

    def _load_error(self, request: int, message_id: int, _error: BaseException) -> None:
        if request != self._request:
            return
        self._message_id = None
        self._placeholder.set_content(
            icon("warning"),
            self.tr("This message could not be shown"),
            self.tr("It may have been deleted by a sync. Select it again, or pick another message."),
        )
        self.setCurrentIndex(0)
        self.message_closed.emit()
        self.load_failed.emit(message_id)

    # -- slots --------------------------------------------------------------------------------

    @Slot()
    def _on_expand_button_clicked(self) -> None:
        self.expand_all()

    @Slot()
    def _on_reply_action_triggered(self) -> None:
        action = self.sender()
        if self._message_id is not None and isinstance(action, QAction):
            self.reply_requested.emit(str(action.data()), self._message_id)

    @Slot()
    def _on_case_action_triggered(self) -> None:
        if self._message_id is not None:
            self.case_requested.emit(self._message_id)

    @Slot()
    def _on_scroll_timer_timeout(self) -> None:
        # After the layout has placed the cards: bring the opened message up, unless it is
        # already in the upper part of the view (then the cards above it stay in sight).
        block = self.focus_block()
        container = self._scroll.widget()
        if block is None or container is None:
            return
        container.layout().activate()
        if block.y() > self._scroll.viewport().height() // 3:
            self._scroll.verticalScrollBar().setValue(block.y() - 12)
