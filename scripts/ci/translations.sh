#!/bin/sh
# CI stage: every user-visible string ships translated. Runs lupdate over the sources (app/, models/, ui/, with
# the options translations/CMakeLists.txt gives it) into copies of translations/*.ts and fails, naming each
# string, when a copy then has an unfinished entry (new or changed text, no translation yet), a vanished or
# obsolete one (text no longer in the sources), or differs from the committed file at all. The fix is
#   cmake --build build --target update_translations
# then translating what it added (Qt Linguist, or the XML by hand) and committing translations/*.ts.
set -eu
cd "$(dirname "$0")/../.."

lupdate=""
for candidate in "${LUPDATE:-}" "$(command -v lupdate 2>/dev/null || true)" /usr/lib/qt6/bin/lupdate; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then
        lupdate=$candidate
        break
    fi
done
if [ -z "$lupdate" ]; then
    echo "translations.sh: lupdate not found (Debian: qt6-l10n-tools, which scripts/deps.sh installs)" >&2
    exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The same file set as translations/CMakeLists.txt (every .cpp and .h under app/, models/ and ui/), sorted, as
# a list file so the order does not depend on the file system.
find app models ui \( -name '*.cpp' -o -name '*.h' \) -type f | LC_ALL=C sort >"$tmp/sources.lst"

status=0
for ts in translations/quotadeck_*.ts; do
    name=$(basename "$ts")
    cp "$ts" "$tmp/$name"
    extra=""
    [ "$name" = quotadeck_en.ts ] && extra=-pluralonly
    # Vanished entries are kept here (no -no-obsolete) so they can be named.
    # shellcheck disable=SC2086
    "$lupdate" -locations none -silent $extra -I . "@$tmp/sources.lst" -ts "$tmp/$name" >"$tmp/lupdate.log" 2>&1 || {
        cat "$tmp/lupdate.log" >&2
        echo "translations.sh: lupdate failed on $ts" >&2
        exit 1
    }
    # One line per entry that is not finished: its type, context and source text.
    python3 - "$tmp/$name" "$ts" >"$tmp/report" <<'PY'
import sys
import xml.etree.ElementTree as ET

path, shown = sys.argv[1], sys.argv[2]
for context in ET.parse(path).getroot().iter("context"):
    for message in context.iter("message"):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        if kind is None and message.get("numerus") == "yes":
            if any(not (form.text or "").strip() for form in translation.iter("numerusform")):
                kind = "unfinished"
        elif kind is None and not (translation.text or "").strip():
            kind = "unfinished"
        if kind:
            source = message.findtext("source", "").replace("\n", "\\n")
            print(f"{shown}: {kind}: [{context.findtext('name')}] {source}")
PY
    if [ -s "$tmp/report" ]; then
        cat "$tmp/report"
        status=1
    fi
    if ! diff -u "$ts" "$tmp/$name" >"$tmp/diff"; then
        echo "$ts: differs from what lupdate writes (run the update_translations target and commit):"
        head -n 60 "$tmp/diff"
        status=1
    fi
done
[ "$status" -eq 0 ] && echo "translations: every string translated in $(ls translations/quotadeck_*.ts | wc -l) files"
exit "$status"
