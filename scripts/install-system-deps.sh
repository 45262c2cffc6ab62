#!/bin/sh
# Installs the Debian/Ubuntu packages the tests need: Dovecot (a real IMAP server for the
# integration tests), a CJK font (Japanese text renders as boxes without one; the PDF embeds it)
# and poppler-utils (pdftotext and pdffonts read the statement's PDF back).
# Does nothing where they are present; says what to install where it cannot install them.
set -eu
need=""
command -v dovecot >/dev/null 2>&1 || [ -x /usr/sbin/dovecot ] || need="$need dovecot-imapd"
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need="$need fonts-noto-cjk"
command -v pdftotext >/dev/null 2>&1 && command -v pdffonts >/dev/null 2>&1 || need="$need poppler-utils"
[ -n "$need" ] || exit 0
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-system-deps: please install:$need (and fontconfig)" >&2
    exit 0
fi
if [ "$(id -u)" = 0 ]; then SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"
else
    echo "install-system-deps: not root and no sudo; please run: sudo apt-get install$need" >&2
    exit 0
fi
echo "install-system-deps: installing$need"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $need fontconfig >/dev/null
