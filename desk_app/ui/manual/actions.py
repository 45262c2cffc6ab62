"""The Manual page's commands: back and forward, zoom, print, save as PDF, find — with their keys,
on a tool bar above the viewer."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QToolBar, QWidget

KeyList = list[QKeySequence | QKeySequence.StandardKey | str]


class ManualActions(QObject):
    """The actions, owned by the page: their shortcuts work while the page is shown (Qt leaves a
    window shortcut of a hidden widget alone), wherever the focus is in the window."""

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self._page = page
        style = page.style()
        self.back = self._action(self.tr("Back"), ["Alt+Left", QKeySequence.StandardKey.Back],
                                 self.tr("Back to the section shown before"))
        self.back.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.forward = self._action(self.tr("Forward"), ["Alt+Right", QKeySequence.StandardKey.Forward],
                                    self.tr("Forward again"))
        self.forward.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.zoom_out = self._action(self.tr("Smaller"), [QKeySequence.StandardKey.ZoomOut, "Ctrl+-"],
                                     self.tr("Smaller text"))
        self.zoom_reset = self._action(self.tr("100%"), ["Ctrl+0"], self.tr("Text at its usual size"))
        self.zoom_in = self._action(self.tr("Larger"), [QKeySequence.StandardKey.ZoomIn, "Ctrl++", "Ctrl+="],
                                    self.tr("Larger text"))
        self.print = self._action(self.tr("Print…"), [QKeySequence.StandardKey.Print], self.tr("Print this section"))
        self.save_pdf = self._action(self.tr("Save as PDF…"), [], self.tr("Save this section as a PDF file"))
        self.find = self._action(self.tr("Find"), [QKeySequence.StandardKey.Find, "Ctrl+F"],
                                 self.tr("Search the whole manual"))

    def _action(self, text: str, keys: KeyList, tip: str) -> QAction:
        action = QAction(text, self._page)
        sequences: list[QKeySequence] = []
        for key in keys:
            sequence = QKeySequence(key)
            if not sequence.isEmpty() and sequence not in sequences:  # a standard key may repeat ours
                sequences.append(sequence)
        action.setShortcuts(sequences)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if sequences:
            tip = f"{tip} ({sequences[0].toString(QKeySequence.SequenceFormat.NativeText)})"
        action.setToolTip(tip)
        self._page.addAction(action)
        return action

    def tool_bar(self) -> QToolBar:
        """A tool bar with every command but Find (the search box is the find command's place)."""
        bar = QToolBar()
        bar.setObjectName("manualToolBar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addAction(self.back)
        bar.addAction(self.forward)
        bar.addSeparator()
        bar.addAction(self.zoom_out)
        bar.addAction(self.zoom_reset)
        bar.addAction(self.zoom_in)
        bar.addSeparator()
        bar.addAction(self.print)
        bar.addAction(self.save_pdf)
        return bar
