#!/usr/bin/env bash
# Starts and stops a real OpenClaw gateway (openclaw@2026.9.6 on Node 26, installed by
# scripts/openclaw-runtime.sh) on loopback for the conformance tests. Works offline: the
# channels are configured with made-up credentials and fail their network calls, which is
# what the tests want to see.
#
#   real-gateway.sh start   STATE_DIR  start a gateway, wait until it answers `health`,
#                                      write STATE_DIR/env
#   real-gateway.sh stop    STATE_DIR  SIGTERM, SIGKILL after ~3 s, remove the temp HOME
#   real-gateway.sh restart STATE_DIR  kill it and start it again on the same port with the
#                                      same HOME/token; does NOT wait for readiness
#   real-gateway.sh wait    STATE_DIR  wait until a (re)started gateway answers `health`,
#                                      then refresh OPENCLAW_TEST_PID in STATE_DIR/env
#
# STATE_DIR/env holds plain KEY=value lines (no quotes, no spaces; `source`-able):
#   OPENCLAW_TEST_URL     ws://127.0.0.1:PORT
#   OPENCLAW_TEST_TOKEN   shared gateway token (connect.params.auth.token)
#   OPENCLAW_TEST_HOME    the gateway's temporary HOME (state in $HOME/.openclaw)
#   OPENCLAW_TEST_CONFIG  $HOME/.openclaw/openclaw.json
#   OPENCLAW_TEST_LOG     the gateway's JSONL log file (logging.file)
#   OPENCLAW_TEST_PID     pid of the process that owns the port
#   OPENCLAW_TEST_BIN     runtime bin dir (node 26 + `openclaw` wrapper); run the CLI as
#                         HOME=$OPENCLAW_TEST_HOME $OPENCLAW_TEST_BIN/openclaw ...
#   OPENCLAW_TEST_PORT, OPENCLAW_TEST_LAUNCHER_PID, OPENCLAW_TEST_STDOUT, OPENCLAW_TEST_SIGNAL_URL
#                         (extra, for the harness and for debugging)
#
# Environment knobs: OPENCLAW_TEST_READY_TIMEOUT (seconds, default 300: a quiet 2-core
#                    machine is ready in ~40-60 s; one that was also compiling took
#                    70-190 s, and once more than 240 s at load average 12),
#                    OPENCLAW_TEST_TMP (parent dir of the temp HOME; default /dev/shm if it
#                    has 4 GiB free, else $TMPDIR or /tmp),
#                    OPENCLAW_TEST_PLUGINS=all|channels ("channels" sets plugins.allow to
#                    telegram, signal, whatsapp: fewer plugins, faster start-up, fewer methods).
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$SCRIPT_DIR/../.." && pwd)
READY_TIMEOUT=${OPENCLAW_TEST_READY_TIMEOUT:-300}
TERM_GRACE_SECONDS=3
HOME_PREFIX=switchboard-openclaw.

# A loopback port where nothing listens (discard; root-only, so no test binds it). Signal's
# "external daemon", Telegram's Bot API root and the HTTP(S) proxy all point here, so every
# network call the channels make fails fast with ECONNREFUSED without leaving the machine.
DEAD_PORT=9
TELEGRAM_FAKE_TOKEN='123456789:AAFakeTokenForTestsOnly0000000000000'
SIGNAL_FAKE_ACCOUNT='+15555550123'

log() { echo "real-gateway: $*" >&2; }
die() { log "error: $*"; exit 1; }

usage() {
    echo "usage: $0 start|stop|restart|wait STATE_DIR" >&2
    exit 2
}

# ---------------------------------------------------------------------------------------
# process helpers (only pids we started or that descend from them; never by name)

is_alive() { # pid -> 0 when it exists and is not a zombie (no forks: this runs in loops)
    local stat state
    { read -r stat <"/proc/$1/stat"; } 2>/dev/null || return 1
    state=${stat##*) }
    state=${state%% *}
    [[ -n $state && $state != Z && $state != X ]]
}

descendants() { # pid... -> every live descendant pid (from one ps snapshot)
    ps -e -o pid=,ppid= 2>/dev/null | awk -v roots="$*" '
        { parent[$1] = $2; order[NR] = $1 }
        END {
            n = split(roots, r, " "); for (i = 1; i <= n; i++) mark[r[i]] = 1
            do {
                changed = 0
                for (i = 1; i <= NR; i++) {
                    p = order[i]
                    if (!(p in mark) && (parent[p] in mark)) { mark[p] = 2; changed = 1 }
                }
            } while (changed)
            for (p in mark) if (mark[p] == 2) print p
        }'
    return 0
}

pids_with_home() { # home bin -> pids of the runtime's node running with HOME=<home>
    # One grep over every environ file: forking per process takes minutes on a loaded machine.
    # Only the runtime's node binary counts, so a test shell that exported HOME=<home> is
    # never hit.
    local node=$2/node pid
    grep -lzxF "HOME=$1" /proc/[0-9]*/environ 2>/dev/null | awk -F/ -v self="$$" '$3 != self { print $3 }' |
        while read -r pid; do
            if [[ /proc/$pid/exe -ef $node ]]; then echo "$pid"; fi
        done
    return 0
}

port_owner() { # port -> pid of the listening process (empty if none)
    ss -ltnpH "sport = :$1" 2>/dev/null | grep -o 'pid=[0-9]*' | head -n1 | cut -d= -f2
    return 0
}

port_is_listening() { [[ -n $(ss -ltnH "sport = :$1" 2>/dev/null) ]]; }

# Kill the launcher, the port owner, their descendants and anything else running with our
# temp HOME: SIGTERM, then SIGKILL after TERM_GRACE_SECONDS. Never hangs.
kill_gateway() { # home bin port [launcher]
    local home=$1 bin=$2 port=$3 launcher=${4:-} pid
    local -a roots=() all=()
    [[ -n $launcher ]] && roots+=("$launcher")
    pid=$(port_owner "$port")
    [[ -n $pid ]] && roots+=("$pid")
    mapfile -t all < <({
        ((${#roots[@]})) && printf '%s\n' "${roots[@]}"
        ((${#roots[@]})) && descendants "${roots[@]}"
        pids_with_home "$home" "$bin"
    } | sort -un)
    local -a live=()
    for pid in "${all[@]}"; do is_alive "$pid" && live+=("$pid"); done
    ((${#live[@]})) || return 0

    kill -TERM "${live[@]}" 2>/dev/null || true
    local deadline=$((SECONDS + TERM_GRACE_SECONDS)) any
    while ((SECONDS < deadline)); do
        any=0
        for pid in "${live[@]}"; do is_alive "$pid" && any=1; done
        ((any)) || break
        sleep 0.2
    done
    # Children forked while we waited, and stragglers.
    mapfile -t all < <({
        printf '%s\n' "${live[@]}"
        descendants "${live[@]}"
        pids_with_home "$home" "$bin"
    } | sort -un)
    live=()
    for pid in "${all[@]}"; do is_alive "$pid" && live+=("$pid"); done
    if ((${#live[@]})); then
        kill -KILL "${live[@]}" 2>/dev/null || true
        deadline=$((SECONDS + 5))
        while ((SECONDS < deadline)); do
            any=0
            for pid in "${live[@]}"; do is_alive "$pid" && any=1; done
            ((any)) || break
            sleep 0.1
        done
        for pid in "${live[@]}"; do
            is_alive "$pid" && log "warning: pid $pid survived SIGKILL"
        done
    fi
    # Let init reap the zombies too (bounded), so `pgrep openclaw` is empty when we return.
    deadline=$((SECONDS + 3))
    while ((SECONDS < deadline)); do
        any=0
        for pid in "${all[@]}"; do [[ -e /proc/$pid ]] && any=1; done
        ((any)) || break
        sleep 0.1
    done
    return 0
}

# ---------------------------------------------------------------------------------------
# state file helpers

write_env() { # state_dir key=value...
    local state_dir=$1 line
    shift
    local tmp="$state_dir/env.tmp.$$"
    : >"$tmp"
    for line in "$@"; do
        [[ $line =~ ^[A-Z_]+=[A-Za-z0-9_./:@+=,-]*$ ]] || die "refusing to write unsafe env line: $line"
        echo "$line" >>"$tmp"
    done
    mv -f "$tmp" "$state_dir/env"
}

load_env() { # state_dir -> sets OPENCLAW_TEST_* from STATE_DIR/env
    local file="$1/env" key value
    [[ -f $file ]] || return 1
    while IFS='=' read -r key value; do
        [[ $key =~ ^OPENCLAW_TEST_[A-Z_]+$ ]] && printf -v "$key" '%s' "$value"
    done <"$file"
    return 0
}

set_env_key() { # state_dir key value: rewrite one key in STATE_DIR/env
    local state_dir=$1 key=$2 value=$3 line
    local -a lines=()
    while IFS= read -r line; do
        if [[ $line == "$key="* ]]; then lines+=("$key=$value"); else lines+=("$line"); fi
    done <"$state_dir/env"
    write_env "$state_dir" "${lines[@]}"
}

# ---------------------------------------------------------------------------------------
# gateway helpers

runtime_dir() {
    local out
    out=$(bash "$REPO_ROOT/scripts/openclaw-runtime.sh" </dev/null) || die "scripts/openclaw-runtime.sh failed"
    out=$(tail -n1 <<<"$out")
    [[ -x $out/bin/openclaw && -x $out/bin/node ]] || die "runtime dir '$out' has no bin/openclaw"
    echo "$out"
}

# A clean environment: nothing from the caller (OPENCLAW_*, proxies, NODE_OPTIONS, ...)
# reaches the gateway or the CLI. Outbound traffic stays on loopback: HTTP(S) goes to a
# proxy address where nothing listens (Node's fetch honours it with NODE_USE_ENV_PROXY=1),
# no mDNS advertising, no update or helper downloads. OPENCLAW_NO_RESPAWN keeps the
# gateway in the launched process, so the launcher pid is the port owner.
clean_env() { # home bin -> env(1) arguments
    local dead="http://127.0.0.1:$DEAD_PORT"
    echo "HOME=$1" "PATH=$2:/usr/local/bin:/usr/bin:/bin" "LANG=C.UTF-8" "TMPDIR=$1/tmp" "TZ=UTC" \
        "NODE_USE_ENV_PROXY=1" "HTTP_PROXY=$dead" "HTTPS_PROXY=$dead" "ALL_PROXY=$dead" \
        "http_proxy=$dead" "https_proxy=$dead" "all_proxy=$dead" \
        "NO_PROXY=127.0.0.1,localhost,::1" "no_proxy=127.0.0.1,localhost,::1" \
        "OPENCLAW_DISABLE_BONJOUR=1" "OPENCLAW_NO_RESPAWN=1" "OPENCLAW_NO_AUTO_UPDATE=1" \
        "OPENCLAW_OFFLINE=1"
}

# TMPDIR lives in the temp HOME so the gateway leaves nothing behind, but the launcher keeps
# Node's compile cache in $TMPDIR/node-compile-cache: point that at a persistent directory
# in the runtime, or every start recompiles everything (~2x slower start-up, 5 s per CLI call).
prepare_tmpdir() { # home bin
    local cache
    cache="$(dirname "$2")/node-compile-cache"
    mkdir -p "$1/tmp" "$cache"
    ln -sfn "$cache" "$1/tmp/node-compile-cache"
}

launch_gateway() { # home bin port stdout -> echoes launcher pid
    local home=$1 bin=$2 port=$3 out=$4
    prepare_tmpdir "$home" "$bin"
    # setsid: own session, so nothing is tied to the caller's terminal or process group.
    # shellcheck disable=SC2046
    env -i $(clean_env "$home" "$bin") setsid "$bin/openclaw" gateway run --allow-unconfigured \
        --bind loopback --port "$port" </dev/null >>"$out" 2>&1 &
    echo $!
}

cli() { # home bin args... : the openclaw CLI with a scratch HOME next to the gateway's
    local home=$1 bin=$2
    shift 2
    prepare_tmpdir "$home/cli-home" "$bin"
    # shellcheck disable=SC2046
    env -i $(clean_env "$home/cli-home" "$bin") "$bin/openclaw" "$@" </dev/null
}

print_failure() { # home stdout logfile
    local home=$1 out=$2 logfile=$3
    if [[ -f $out ]]; then
        log "---- gateway stdout/stderr (tail) ----"
        tail -n 40 "$out" >&2 || true
    fi
    if [[ -f $logfile ]]; then
        log "---- gateway log file $logfile (tail) ----"
        tail -n 20 "$logfile" | cut -c1-400 >&2 || true
    fi
    log "--------------------------------------"
}

# Waits until `openclaw gateway call health` succeeds. Returns 1 on timeout or when the
# launcher died.
wait_ready() { # home bin port token launcher timeout
    local home=$1 bin=$2 port=$3 token=$4 launcher=$5 timeout=$6
    local deadline=$((SECONDS + timeout)) t0=$SECONDS port_seen=0 gone=0
    while ((SECONDS < deadline)); do
        # The launcher may hand over to a child; give up only when nothing has run with our
        # HOME for three checks in a row.
        if ! is_alive "$launcher" && [[ -z $(pids_with_home "$home" "$bin") ]]; then
            if ((++gone >= 3)); then
                log "gateway process (pid $launcher) exited before it became ready"
                return 1
            fi
            sleep 1
            continue
        fi
        gone=0
        if ((!port_seen)) && port_is_listening "$port"; then
            port_seen=1
            log "port $port open after $((SECONDS - t0))s; waiting for health"
        fi
        # Poll with a cheap WebSocket probe (a CLI call costs 3-5 s of CPU, which slows the
        # starting gateway down on a 2-core machine), then confirm with the real CLI.
        if ((port_seen)) && probe_health "$bin" "$port" "$token" &&
            cli "$home" "$bin" gateway call health --json --timeout 10000 \
                --url "ws://127.0.0.1:$port" --token "$token" >/dev/null 2>&1; then
            return 0
        fi
        sleep 1
    done
    log "gateway did not answer health within ${timeout}s"
    return 1
}

# connect (cli/cli, token, no Origin) + health over the gateway's WebSocket; exit 0 when
# both succeed. Prints the error (e.g. UNAVAILABLE "gateway starting; retry shortly") on stderr.
probe_health() { # bin port token
    "$1/node" - "$2" "$3" 2>/dev/null <<'JS'
const [port, token] = process.argv.slice(2);
const fail = (why) => { console.error(why); process.exit(1); };
setTimeout(() => fail("probe timeout"), 20000);
const ws = new WebSocket(`ws://127.0.0.1:${port}`);
ws.onerror = () => fail("websocket error");
ws.onclose = (e) => fail(`closed ${e.code}`);
ws.onmessage = (e) => {
  const f = JSON.parse(e.data);
  if (f.type === "event" && f.event === "connect.challenge") {
    ws.send(JSON.stringify({ type: "req", id: "1", method: "connect", params: {
      minProtocol: 3, maxProtocol: 4,
      client: { id: "cli", displayName: "Switchboard test harness", version: "0.1.0", platform: "linux", mode: "cli" },
      role: "operator", scopes: ["operator.read"], caps: [], auth: { token } } }));
  } else if (f.type === "res" && f.id === "1") {
    if (!f.ok) fail(JSON.stringify(f.error));
    ws.send(JSON.stringify({ type: "req", id: "2", method: "health", params: {} }));
  } else if (f.type === "res" && f.id === "2") {
    if (!f.ok) fail(JSON.stringify(f.error));
    ws.onclose = null;
    ws.close();
    process.exit(0);
  }
};
JS
}

# Where the temporary HOME goes. Each start writes ~600 MB / 25k files into it (the gateway
# snapshots plugin packages into $HOME/.openclaw/tmp/plugin-captures), which is slow to
# write and, on a disk mounted with `discard`, takes 10-90 s to delete. A tmpfs makes both
# fast, so prefer /dev/shm when it has room; OPENCLAW_TEST_TMP overrides.
home_base() {
    if [[ -n ${OPENCLAW_TEST_TMP:-} ]]; then
        echo "$OPENCLAW_TEST_TMP"
        return
    fi
    local avail_kb
    avail_kb=$(df -Pk /dev/shm 2>/dev/null | awk 'NR == 2 { print $4 }')
    if [[ -d /dev/shm && -w /dev/shm && ${avail_kb:-0} -gt $((4 * 1024 * 1024)) ]]; then
        echo /dev/shm
    else
        echo "${TMPDIR:-/tmp}"
    fi
}

free_port() { # bin -> a port nothing listens on right now (the kernel picks it)
    "$1/node" -e '
        const s = require("node:net").createServer();
        s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

write_config() { # bin template_config out port token logfile signal_url
    "$1/node" - "$2" "$3" "$4" "$5" "$6" "$7" "$TELEGRAM_FAKE_TOKEN" "$SIGNAL_FAKE_ACCOUNT" \
        "${OPENCLAW_TEST_PLUGINS:-all}" <<'JS'
const fs = require("node:fs");
const [tpl, out, port, token, logfile, deadUrl, tgToken, sigAccount, plugins] = process.argv.slice(2);
const cfg = fs.existsSync(tpl) ? JSON.parse(fs.readFileSync(tpl, "utf8")) : {};
cfg.gateway = { mode: "local", port: Number(port), bind: "loopback", auth: { mode: "token", token } };
cfg.logging = { file: logfile };
cfg.tools = { ...(cfg.tools || {}), elevated: { enabled: true } };
cfg.channels = {
  telegram: { enabled: true, botToken: tgToken, apiRoot: deadUrl, groupPolicy: "open",
              groups: { "*": { requireMention: false } } },
  signal: { enabled: true, account: sigAccount, transport: { kind: "external-native", url: deadUrl } },
  whatsapp: { enabled: true },
};
if (plugins === "channels") {
  cfg.plugins = { ...(cfg.plugins || {}), allow: ["telegram", "signal", "whatsapp"] };
} else if (plugins !== "all") {
  throw new Error(`OPENCLAW_TEST_PLUGINS must be "all" or "channels", not "${plugins}"`);
}
fs.writeFileSync(out, JSON.stringify(cfg, null, 2) + "\n", { mode: 0o600 });
JS
}

# ---------------------------------------------------------------------------------------
# commands

cmd_start() {
    local state_dir=$1
    mkdir -p "$state_dir"
    state_dir=$(cd "$state_dir" && pwd)
    if load_env "$state_dir"; then
        if [[ -n ${OPENCLAW_TEST_HOME:-} && -d $OPENCLAW_TEST_HOME ]]; then
            die "$state_dir/env exists (gateway at $OPENCLAW_TEST_URL); run '$0 stop $state_dir' first"
        fi
        rm -f "$state_dir/env"
    fi

    local started=$SECONDS runtime bin
    runtime=$(runtime_dir)
    bin="$runtime/bin"

    local home
    home=$(mktemp -d "$(home_base)/${HOME_PREFIX}XXXXXX")
    # The template HOME has the WhatsApp and Signal plugins installed and registered; its
    # npm cache is not needed at run time.
    (cd "$runtime/template-home" && tar cf - --exclude=./.npm .) | (cd "$home" && tar xf -)

    local port signal_port token config logfile out
    port=$(free_port "$bin")
    port_is_listening "$DEAD_PORT" && die "something listens on 127.0.0.1:$DEAD_PORT; the harness needs it closed"
    signal_port=$DEAD_PORT
    token=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
    config="$home/.openclaw/openclaw.json"
    logfile="$home/openclaw-gateway.log"
    out="$home/gateway.stdout.log"
    mkdir -p "$home/.openclaw"
    write_config "$bin" "$config" "$config" "$port" "$token" "$logfile" "http://127.0.0.1:$signal_port"

    local launcher
    launcher=$(launch_gateway "$home" "$bin" "$port" "$out")
    write_env "$state_dir" \
        "OPENCLAW_TEST_URL=ws://127.0.0.1:$port" \
        "OPENCLAW_TEST_TOKEN=$token" \
        "OPENCLAW_TEST_HOME=$home" \
        "OPENCLAW_TEST_CONFIG=$config" \
        "OPENCLAW_TEST_LOG=$logfile" \
        "OPENCLAW_TEST_PID=$launcher" \
        "OPENCLAW_TEST_BIN=$bin" \
        "OPENCLAW_TEST_PORT=$port" \
        "OPENCLAW_TEST_LAUNCHER_PID=$launcher" \
        "OPENCLAW_TEST_STDOUT=$out" \
        "OPENCLAW_TEST_SIGNAL_URL=http://127.0.0.1:$signal_port"
    log "gateway launching on ws://127.0.0.1:$port (pid $launcher, HOME $home)"

    if ! cmd_wait "$state_dir"; then
        cp -f "$out" "$state_dir/failed-gateway.stdout.log" 2>/dev/null || true
        cp -f "$logfile" "$state_dir/failed-gateway.log" 2>/dev/null || true
        cmd_stop "$state_dir"
        die "gateway failed to start (logs kept in $state_dir/failed-gateway*.log)"
    fi
    log "gateway ready on ws://127.0.0.1:$port after $((SECONDS - started))s"
}

cmd_wait() {
    local state_dir=$1
    load_env "$state_dir" || die "no $state_dir/env; is the gateway started?"
    local home=$OPENCLAW_TEST_HOME port=$OPENCLAW_TEST_PORT
    if ! wait_ready "$home" "$OPENCLAW_TEST_BIN" "$port" "$OPENCLAW_TEST_TOKEN" \
        "$OPENCLAW_TEST_LAUNCHER_PID" "$READY_TIMEOUT"; then
        print_failure "$home" "$OPENCLAW_TEST_STDOUT" "$OPENCLAW_TEST_LOG"
        return 1
    fi
    local owner
    owner=$(port_owner "$port")
    [[ -n $owner ]] && set_env_key "$state_dir" OPENCLAW_TEST_PID "$owner"
    return 0
}

cmd_stop() {
    local state_dir=$1
    if ! load_env "$state_dir"; then
        log "no $state_dir/env; nothing to stop"
        return 0
    fi
    local home=${OPENCLAW_TEST_HOME:-} started=$SECONDS
    [[ -n $home ]] || die "$state_dir/env has no OPENCLAW_TEST_HOME"
    kill_gateway "$home" "${OPENCLAW_TEST_BIN:-/nonexistent}" "${OPENCLAW_TEST_PORT:-0}" \
        "${OPENCLAW_TEST_LAUNCHER_PID:-}"
    # Only ever delete a directory this script created.
    if [[ $(basename "$home") == "$HOME_PREFIX"* && -d $home ]]; then
        rm -rf "$home"
    fi
    rm -f "$state_dir/env"
    log "gateway stopped in $((SECONDS - started))s"
}

cmd_restart() {
    local state_dir=$1
    load_env "$state_dir" || die "no $state_dir/env; start the gateway first"
    local home=$OPENCLAW_TEST_HOME port=$OPENCLAW_TEST_PORT bin=$OPENCLAW_TEST_BIN
    kill_gateway "$home" "$bin" "$port" "${OPENCLAW_TEST_LAUNCHER_PID:-}"
    local launcher
    launcher=$(launch_gateway "$home" "$bin" "$port" "$OPENCLAW_TEST_STDOUT")
    # The launcher execs node, so its pid is normally the one that will own the port;
    # `wait` replaces it with the real port owner once the gateway answers.
    set_env_key "$state_dir" OPENCLAW_TEST_LAUNCHER_PID "$launcher"
    set_env_key "$state_dir" OPENCLAW_TEST_PID "$launcher"
    log "gateway relaunched on ws://127.0.0.1:$port (pid $launcher); not waiting for readiness"
}

(($# == 2)) || usage
case $1 in
start) cmd_start "$2" ;;
stop) cmd_stop "$2" ;;
restart) cmd_restart "$2" ;;
wait) cmd_wait "$2" || die "gateway not ready" ;;
*) usage ;;
esac
