"""One mail server's host, port and security, on one row of the account dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

translate = QCoreApplication.translate

SECURITY_MODES = ("ssl", "starttls", "none")
IMAP_PORTS = {"ssl": 993, "starttls": 143, "none": 143}
SMTP_PORTS = {"ssl": 465, "starttls": 587, "none": 25}


def security_label(mode: str) -> str:
    """How a security mode reads in the UI."""
    labels = {
        "ssl": translate("server_fields", "SSL/TLS"),
        "starttls": translate("server_fields", "STARTTLS"),
        "none": translate("server_fields", "None (unencrypted)"),
    }
    return labels.get(mode, mode)


class ServerFields(QWidget):
    """Host, port and security of a server. Choosing a security sets its usual port, unless the
    port was set by hand to something other than a usual one."""

    def __init__(self, usual_ports: dict[str, int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._usual_ports = usual_ports
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("mail.example.jp"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setGroupSeparatorShown(False)
        self.security = QComboBox()
        self.security.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for mode in SECURITY_MODES:
            self.security.addItem(security_label(mode), mode)
        self.port_label = QLabel(self.tr("Port:"))
        self.port_label.setBuddy(self.port)
        self.security_label = QLabel(self.tr("Security:"))
        self.security_label.setBuddy(self.security)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.host, 1)
        layout.addSpacing(8)
        layout.addWidget(self.port_label)
        layout.addWidget(self.port)
        layout.addSpacing(8)
        layout.addWidget(self.security_label)
        layout.addWidget(self.security)
        self.set_values("", usual_ports["ssl"], "ssl")
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.security.currentIndexChanged.connect(self._on_security_current_index_changed)

    def set_values(self, host: str, port: int, security: str) -> None:
        self.host.setText(host)
        index = self.security.findData(security)
        self.security.blockSignals(True)  # the stored port stands, whatever the usual one is
        self.security.setCurrentIndex(max(index, 0))
        self.security.blockSignals(False)
        self.port.setValue(port)

    def values(self) -> tuple[str, int, str]:
        return self.host.text().strip(), self.port.value(), str(self.security.currentData())

    @Slot(int)
    def _on_security_current_index_changed(self, _index: int) -> None:
        if self.port.value() in self._usual_ports.values():
            self.port.setValue(self._usual_ports[str(self.security.currentData())])
