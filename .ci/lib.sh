# Shared by .ci/serve and .ci/test: installs what is missing, idempotently, from the
# package registries only (crates.io, npm, Debian). Source it; it changes PATH.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

step() { printf '\n== %s\n' "$*"; }

# The wasm-bindgen version Cargo.lock resolved; the CLI and Trunk.toml must match it.
lock_wasm_bindgen() {
  awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

setup_tools() {
  local t0=$SECONDS
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    step "rustup target add wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi
  if ! trunk --version 2>/dev/null | grep -q '^trunk 0\.21\.'; then
    step "cargo install trunk 0.21.14 (0.22 needs rustc 1.96)"
    cargo install --locked trunk --version 0.21.14
  fi
  local want pinned
  want=$(lock_wasm_bindgen)
  pinned=$(sed -n 's/^wasm_bindgen = "\(.*\)"/\1/p' Trunk.toml)
  if [ "$want" != "$pinned" ]; then
    echo "Trunk.toml pins wasm-bindgen $pinned but Cargo.lock has $want: make them equal." >&2
    exit 1
  fi
  if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $want"; then
    step "cargo install wasm-bindgen-cli $want"
    # Not --locked: the CLI's own lock file names a yanked crate.
    cargo install wasm-bindgen-cli --version "=$want" --force
  fi
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    step "npm ci (binaryen for wasm-opt, playwright-core for browser tests)"
    npm ci --no-audit --no-fund --loglevel=error
  fi
  local dt=$((SECONDS - t0))
  [ "$dt" -gt 1 ] && echo "setup: tools ready in ${dt}s"
  return 0
}

setup_browser() {
  # fonts-liberation: Liberation Sans has Arial's widths, which the drawing's label
  # measures assume (src/kernel/text.rs); without it the browser falls back to a
  # font of other widths.
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || [ ! -d /usr/share/fonts/truetype/liberation ]; then
    step "apt-get install chromium chromium-driver fonts-liberation"
    local sudo=""
    [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver fonts-liberation >/dev/null
  fi
}
