"""The Inbox's keyboard commands as actions, so menus show them with their shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from desk_app.ui.icons import icon

# Ctrl+Shift+R/F reply and forward, Ctrl+Shift+L logs a call: a case from this mail is Ctrl+Shift+C.
CREATE_CASE_KEYS = "Ctrl+Shift+C"


def _action(parent: QObject, shortcuts: list[QKeySequence], context: Qt.ShortcutContext) -> QAction:
    action = QAction(parent)
    action.setShortcuts(shortcuts)
    action.setShortcutContext(context)
    return action


class InboxActions(QObject):
    """The commands of the message list; the page adds them to the widgets that scope them.

    The list-only keys (Return, Space) belong to the list alone; marking, flagging and search
    work anywhere in the Inbox (a text field keeps its typed letters: Qt lets it claim them).

    Signals: only QObject's own (each QAction has `triggered`).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        in_list = Qt.ShortcutContext.WidgetShortcut
        in_inbox = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.open_message = _action(
            self, [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)], in_list
        )
        self.open_message.setText(self.tr("Read Message"))
        self.page_message = _action(self, [QKeySequence(Qt.Key.Key_Space)], in_list)
        self.page_message.setText(self.tr("Scroll Message Down"))
        self.toggle_read = _action(self, [QKeySequence(Qt.Key.Key_M)], in_inbox)
        self.toggle_flag = _action(self, [QKeySequence(Qt.Key.Key_F)], in_inbox)
        self.toggle_flag.setIcon(icon("flag"))
        self.find = _action(self, [QKeySequence(QKeySequence.StandardKey.Find)], in_inbox)
        self.find.setText(self.tr("Search Mail"))
        self.find.setIcon(icon("search"))
        self.create_case = _action(self, [QKeySequence(CREATE_CASE_KEYS)], in_inbox)
        self.create_case.setText(self.tr("Create Case"))
        self.create_case.setIcon(icon("cases"))
        self.show_state(seen=True, flagged=False, enabled=False)

    def list_actions(self) -> list[QAction]:
        """The actions scoped to the message list itself."""
        return [self.open_message, self.page_message]

    def inbox_actions(self) -> list[QAction]:
        """The actions that work anywhere in the Inbox."""
        return [self.toggle_read, self.toggle_flag, self.find, self.create_case]

    def menu_actions(self) -> list[QAction | None]:
        """What the list's context menu offers (None: a separator)."""
        return [self.open_message, None, self.toggle_read, self.toggle_flag, None, self.create_case]

    def show_state(self, *, seen: bool, flagged: bool, enabled: bool = True) -> None:
        """Word the toggles for the current message (and disable them when there is none)."""
        self.toggle_read.setText(self.tr("Mark as Unread") if seen else self.tr("Mark as Read"))
        self.toggle_flag.setText(self.tr("Remove Flag") if flagged else self.tr("Flag"))
        for action in (self.open_message, self.page_message, self.toggle_read, self.toggle_flag, self.create_case):
            action.setEnabled(enabled)
