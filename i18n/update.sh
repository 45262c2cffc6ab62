#!/bin/sh
# Refresh the translation sources from the UI code and compile them (`make i18n` runs this).
#   sh i18n/update.sh [VENV_BIN]                 lupdate desk_app/ui/**/*.py -> i18n/desk_app_{ja,en}.ts,
#                                                then lrelease -> i18n/desk_app_{ja,en}.qm
#   sh i18n/update.sh [VENV_BIN] --compile-only  lrelease only (.ts -> .qm)
# VENV_BIN is the folder holding pyside6-lupdate/pyside6-lrelease (default: .venv/bin).
# The .qm files are build output (ignored by git); the .ts files are committed.
set -eu
cd "$(dirname "$0")/.."
BIN=".venv/bin"
COMPILE_ONLY=no
for arg in "$@"; do
    case "$arg" in
        --compile-only) COMPILE_ONLY=yes ;;
        *) BIN="$arg" ;;
    esac
done
LANGS="ja en"

if [ "$COMPILE_ONLY" = no ]; then
    SOURCES=$(find desk_app/ui -name '*.py' | LC_ALL=C sort)
    for lang in $LANGS; do
        # -locations none: line numbers would churn the .ts on every edit of the code.
        # shellcheck disable=SC2086  # one word per source file
        "$BIN/pyside6-lupdate" -locations none -no-obsolete -source-language en -target-language "$lang" \
            $SOURCES -ts "i18n/desk_app_$lang.ts"
    done
fi
for lang in $LANGS; do
    "$BIN/pyside6-lrelease" "i18n/desk_app_$lang.ts" -qm "i18n/desk_app_$lang.qm"
done
