#!/bin/sh
# Renders CoachLens HTML reports to PNG with headless Chromium (Debian's `chromium` package), so the
# report can be seen without a browser.
#
#   scripts/render-png.sh                      # reports/summary.html and reports/gaps.html, if present
#   scripts/render-png.sh out/ other.html      # every summary.html / gaps.html in out/, and other.html
#
# Each page.html gives page.png beside it. WIDTH and HEIGHT (default 1280 × 4000) set the window size;
# the picture is cut at HEIGHT pixels.
set -eu

WIDTH="${WIDTH:-1280}"
HEIGHT="${HEIGHT:-4000}"

find_chromium() {
    for name in chromium chromium-browser google-chrome; do
        if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return 0; fi
    done
    return 1
}

if ! CHROMIUM="$(find_chromium)"; then
    echo "chromium introuvable : installation du paquet Debian « chromium »…" >&2
    if [ "$(id -u)" -eq 0 ]; then
        apt-get install -y chromium >&2 || { apt-get update >&2 && apt-get install -y chromium >&2; }
    else
        sudo apt-get install -y chromium >&2 || { sudo apt-get update >&2 && sudo apt-get install -y chromium >&2; }
    fi
    CHROMIUM="$(find_chromium)" || { echo "chromium n’a pas pu être installé" >&2; exit 2; }
fi

[ "$#" -gt 0 ] || set -- reports

pages=""
for input in "$@"; do
    if [ -d "$input" ]; then
        for name in summary.html gaps.html; do
            [ -f "$input/$name" ] && pages="$pages
$input/$name"
        done
    elif [ -f "$input" ]; then
        pages="$pages
$input"
    else
        echo "introuvable : $input" >&2
        exit 2
    fi
done

status=0
echo "$pages" | while IFS= read -r page; do
    [ -n "$page" ] || continue
    absolute="$(cd "$(dirname "$page")" && pwd)/$(basename "$page")"
    png="${absolute%.html}.png"
    # A throw-away profile keeps runs independent and leaves the user's profile alone.
    profile="$(mktemp -d)"
    if "$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
        --user-data-dir="$profile" --window-size="$WIDTH,$HEIGHT" --screenshot="$png" \
        "file://$absolute" >/dev/null 2>&1 && [ -s "$png" ]; then
        echo "$png"
    else
        echo "échec du rendu : $page" >&2
        status=1
    fi
    rm -rf "$profile"
    [ "$status" -eq 0 ] || exit "$status"
done
