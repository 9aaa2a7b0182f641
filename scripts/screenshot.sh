#!/usr/bin/env bash
# Screenshot of GTKWave showing the waveform of a page walk, for the documentation: docs/waveform.png.
#
# Runs examples/walk4k.mmu (a cold 4-level walk, then a TLB hit) with --vcd, opens the GTKWave save file written
# next to the VCD on a virtual X display (Xvfb), waits until the window has drawn, and captures the screen.
# Installs gtkwave, Xvfb, xdotool and ImageMagick when they are missing (scripts/ensure-tools.sh).
#
# Usage: scripts/screenshot.sh [OUTPUT.png [SCENARIO]]   (defaults docs/waveform.png, examples/walk4k.mmu; paths
#        relative to the repository; run from anywhere)
# Environment: OUT (the waveform goes to $OUT/screenshot; default out), CARGO (default cargo).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

png=${1:-docs/waveform.png}
example=${2:-examples/walk4k.mmu}
out=${OUT:-out}/screenshot
cargo=${CARGO:-cargo}
# The window size the save file asks for (sim/src/gtkw.rs): the screen is made the same size.
geometry=1280x800

scripts/ensure-tools.sh gtkwave Xvfb xdotool import

"$cargo" build --release --quiet
mkdir -p "$out" "$(dirname "$png")"
name=$(basename "${example%.*}")
vcd="$out/$name.vcd"
target/release/mmu-rtl run "$example" --vcd "$vcd" >/dev/null
gtkw="$out/$name.gtkw"
[ -f "$gtkw" ] || { echo "screenshot: $gtkw was not written" >&2; exit 1; }

work=$(mktemp -d)
xvfb_pid=""
gtkwave_pid=""
cleanup() {
    [ -n "$gtkwave_pid" ] && kill "$gtkwave_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# Xvfb picks a free display and writes its number to fd 3 once it accepts connections.
Xvfb -displayfd 3 -screen 0 "${geometry}x24" -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 100); do
    [ -s "$work/display" ] && break
    kill -0 "$xvfb_pid" 2>/dev/null || { cat "$work/xvfb.log" >&2; exit 1; }
    sleep 0.1
done
[ -s "$work/display" ] || { echo "screenshot: Xvfb did not start" >&2; exit 1; }
export DISPLAY=":$(head -n1 "$work/display")"

gtkwave "$gtkw" >"$work/gtkwave.log" 2>&1 &
gtkwave_pid=$!
if ! timeout 60 xdotool search --sync --onlyvisible --name 'GTKWave' >/dev/null; then
    echo "screenshot: no GTKWave window appeared" >&2
    cat "$work/gtkwave.log" >&2
    exit 1
fi

# Capture until two consecutive captures agree: the window has finished drawing.
previous=""
for _ in $(seq 20); do
    sleep 1
    import -window root "$work/shot.png"
    sum=$(md5sum <"$work/shot.png")
    [ "$sum" = "$previous" ] && break
    previous=$sum
done
kill -0 "$gtkwave_pid" 2>/dev/null || { echo "screenshot: GTKWave exited" >&2; cat "$work/gtkwave.log" >&2; exit 1; }

# 8-bit palette PNG: the picture has few colours, the file stays small.
convert "$work/shot.png" -strip -colors 64 "PNG8:$png"
echo "screenshot: $png ($(identify -format '%wx%h' "$png"), $(du -k "$png" | cut -f1) KB) of gtkwave $gtkw"
