"""The writing commands as actions: the main window's (new, reply, forward) and a compose window's."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

# The Inbox has M, F and Ctrl+F already; forwarding takes Ctrl+Shift+F (as in Apple Mail).
REPLY_KEYS = {"reply": "Ctrl+R", "reply_all": "Ctrl+Shift+R", "forward": "Ctrl+Shift+F"}


class ComposeActions(QObject):
    """New message and Drafts… (File menu); Reply, Reply all, Forward (Message menu).

    The reply commands act on the message open in the Inbox's reading pane and are enabled only
    while the Inbox shows one. Each action's `data()` is its kind (reply, reply_all, forward, new).

    Signals: only QObject's own (each QAction has `triggered`).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.new_message = self._action(self.tr("&New Message"), "new", QKeySequence.StandardKey.New)
        self.drafts = QAction(self.tr("&Drafts…"), self)
        self.reply = self._action(self.tr("&Reply"), "reply", QKeySequence(REPLY_KEYS["reply"]))
        self.reply_all = self._action(self.tr("Reply to &All"), "reply_all", QKeySequence(REPLY_KEYS["reply_all"]))
        self.forward = self._action(self.tr("&Forward"), "forward", QKeySequence(REPLY_KEYS["forward"]))
        self.reply.setToolTip(self.tr("Reply to the sender of the open message"))
        self.reply_all.setToolTip(self.tr("Reply to the sender and everyone else the message went to"))
        self.forward.setToolTip(self.tr("Forward the open message with its attachments"))
        self.set_message(None)

    def _action(self, text: str, kind: str, keys: QKeySequence | QKeySequence.StandardKey) -> QAction:
        action = QAction(text, self)
        action.setShortcut(keys)
        action.setData(kind)
        return action

    def reply_actions(self) -> list[QAction]:
        return [self.reply, self.reply_all, self.forward]

    def set_message(self, message_id: int | None) -> None:
        """Enable the reply commands for `message_id` (None: nothing to reply to)."""
        for action in self.reply_actions():
            action.setEnabled(message_id is not None)


class ComposeWindowActions(QObject):
    """A compose window's commands: Send (Ctrl+Return), Save draft (Ctrl+S), Discard, Template…
    (Ctrl+T), Attach… (Ctrl+Shift+A), Next placeholder (F3) and Close (Ctrl+W).

    Signals: only QObject's own (each QAction has `triggered`).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.send = self._action(self.tr("Send"), ["Ctrl+Return", "Ctrl+Enter"],
                                 self.tr("Put the message in the outbox; it goes out with the next sync"))
        self.save = self._action(self.tr("Save Draft"), [QKeySequence.StandardKey.Save], self.tr("Save the draft now"))
        self.discard = self._action(self.tr("Discard"), ["Ctrl+Shift+D"], self.tr("Delete this draft"))
        self.template = self._action(self.tr("Template…"), ["Ctrl+T"], self.tr("Insert a reply template at the cursor"))
        self.attach = self._action(self.tr("Attach…"), ["Ctrl+Shift+A"], self.tr("Attach files"))
        self.next_gap = self._action(self.tr("Next Placeholder"), ["F3"],
                                     self.tr("Select the next placeholder still to fill in"))
        self.close = self._action(self.tr("Close"), [QKeySequence.StandardKey.Close],
                                  self.tr("Close the window; the draft is kept"))
        self.send_tip = self.send.toolTip()

    def _action(self, text: str, keys: list[str | QKeySequence.StandardKey], tip: str) -> QAction:
        action = QAction(text, self)
        sequences = [QKeySequence(k) for k in keys]
        action.setShortcuts(sequences)
        action.setToolTip(f"{tip} ({sequences[0].toString(QKeySequence.SequenceFormat.NativeText)})")
        return action

    def all(self) -> list[QAction]:
        return [self.send, self.save, self.discard, self.template, self.attach, self.next_gap, self.close]

    def toolbar(self) -> QToolBar:
        """Send (in bold) | Template…, Attach… | Save draft, Discard."""
        bar = QToolBar(self.tr("Message"))
        bar.setObjectName("composeToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.send, None, self.template, self.attach, None, self.save, self.discard):
            bar.addAction(action) if action is not None else bar.addSeparator()
        send_button = bar.widgetForAction(self.send)
        if send_button is not None:
            font = send_button.font()
            font.setBold(True)
            send_button.setFont(font)
        return bar
