#!/usr/bin/env bash
# Installs what the offline end-to-end runner needs: Debian's Chromium and ripgrep, and
# code-server 4.100.3 (the newest release whose engines.node is 20) in .vscode-test/code-server.
#
# code-server's own postinstall downloads binaries (ripgrep from GitHub), which these machines
# cannot do, so it is installed with --ignore-scripts and the postinstall steps are done here by
# hand, minus the downloads. Idempotent: every step is skipped when its result is already there.
# Runs as root on CI (apt-get); on a developer machine with the packages present it needs no root.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CACHE="$ROOT/.vscode-test/code-server"
PKG="$CACHE/node_modules/code-server"
VSCODE="$PKG/lib/vscode"
started=$(date +%s)

log() { echo "[setup-code-server] $*"; }

# --- Debian packages ---------------------------------------------------------------------------
# fonts-noto-color-emoji: the status bar and messages use emoji, which Chromium otherwise draws as boxes in screenshots.
apt_packages=(chromium ripgrep libkrb5-dev libxkbfile-dev libsecret-1-dev libx11-dev fonts-noto-color-emoji)
missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends "${missing[@]}"
else
  log "Debian packages present"
fi

# --- code-server itself ------------------------------------------------------------------------
mkdir -p "$CACHE"
# Its own package.json: otherwise npm walks up to the project and installs into it.
if [ ! -f "$CACHE/package.json" ]; then
  echo '{ "name": "copydesk-e2e-code-server", "private": true }' > "$CACHE/package.json"
fi

installed_version() { node -p "require('$PKG/package.json').version" 2>/dev/null || true; }
if [ "$(installed_version)" != "$CODE_SERVER_VERSION" ]; then
  log "npm install code-server@$CODE_SERVER_VERSION"
  (cd "$CACHE" && npm install --no-audit --no-fund --ignore-scripts "code-server@$CODE_SERVER_VERSION")
  rm -f "$CACHE/.postinstall-done"   # a new code-server needs the steps below again
else
  log "code-server $CODE_SERVER_VERSION present"
fi

# --- what code-server's postinstall would do, minus downloads -----------------------------------
# A marker file records that every step below finished; a half-finished run repeats them all.
if [ ! -f "$CACHE/.postinstall-done" ]; then
  log "lib/vscode: npm install --omit=dev"
  (cd "$VSCODE" && npm install --no-audit --no-fund --omit=dev --ignore-scripts)

  log "ripgrep from Debian instead of a GitHub download"
  mkdir -p "$VSCODE/node_modules/@vscode/ripgrep/bin"
  cp /usr/bin/rg "$VSCODE/node_modules/@vscode/ripgrep/bin/rg"

  log "lib/vscode: npm rebuild (native modules against local Node headers)"
  # node-pty calls `npx node-gyp`; npm_config_yes answers npx's install prompt.
  (cd "$VSCODE" && npm_config_yes=true npm rebuild)

  ln -sfn node_modules "$VSCODE/node_modules.asar"

  log "lib/vscode/extensions: npm install --omit=dev"
  (cd "$VSCODE/extensions" && npm install --no-audit --no-fund --omit=dev --ignore-scripts)

  log "npm rebuild argon2"
  (cd "$CACHE" && npm_config_yes=true npm rebuild argon2)

  touch "$CACHE/.postinstall-done"
else
  log "postinstall steps already done"
fi

version_output="$("$CACHE/node_modules/.bin/code-server" --version)"
echo "$version_output"
echo "$version_output" | grep -q "^$CODE_SERVER_VERSION" || { log "unexpected version"; exit 1; }
log "done in $(( $(date +%s) - started ))s"
