"""How message-list cells are drawn beyond what the model's roles say."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desk_app.ui.inbox.model import THREAD_SIZE_ROLE


class SubjectDelegate(QStyledItemDelegate):
    """The subject, elided, followed by a quiet "(3)" when the row stands for a conversation."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        size = index.data(THREAD_SIZE_ROLE)
        if not isinstance(size, int) or size <= 1:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""  # the style draws background, focus and selection; we draw the words
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        rect = rect.adjusted(3, 0, -3, 0)  # the text margin the style leaves on each side
        badge = f"({size})"
        badge_font = QApplication.font(widget) if widget is not None else QApplication.font()
        badge_metrics = QFontMetrics(badge_font)
        badge_width = badge_metrics.horizontalAdvance(badge)
        gap = badge_metrics.horizontalAdvance(" ")
        metrics = QFontMetrics(opt.font)
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0, rect.width() - badge_width - gap))

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (QPalette.ColorGroup.Active if opt.state & QStyle.StateFlag.State_Active
                 else QPalette.ColorGroup.Inactive)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        badge_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(group, text_role))
        painter.drawText(rect, align, elided)
        left = rect.left() + metrics.horizontalAdvance(elided) + gap
        painter.setFont(badge_font)
        painter.setPen(opt.palette.color(group, badge_role))
        painter.drawText(QRect(left, rect.top(), badge_width, rect.height()), align, badge)
        painter.restore()
