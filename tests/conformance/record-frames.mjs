#!/usr/bin/env node
// Records real frames and log lines from a real OpenClaw gateway started by
// tests/conformance/real-gateway.sh, as fixtures for the client tests.
//
//   node record-frames.mjs STATE_DIR OUT_DIR [all|main|startup|shutdown|logs]
//
// Run it with the runtime's Node 26 (it needs the global WebSocket), e.g.
//   tests/conformance/real-gateway.sh start /tmp/gw
//   . /tmp/gw/env && "$OPENCLAW_TEST_BIN/node" tests/conformance/record-frames.mjs /tmp/gw tests/data/real-gateway all
//   tests/conformance/real-gateway.sh stop /tmp/gw
//
// Phases: main     = handshake, RPCs, errors and ~70 s of events on one connection
//         startup  = `real-gateway.sh restart`, then connect as soon as the port opens and
//                    record the UNAVAILABLE answers until connect succeeds
//         shutdown = SIGTERM the gateway while connected: shutdown event and close code
//         logs     = pick representative lines from the gateway log file
//         all      = main, startup, logs, shutdown (in that order)
// Secrets (gateway token, bot token) and the temporary HOME are replaced before writing.
// Talks only to the loopback URL from STATE_DIR/env; sends no Origin header.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

if (typeof WebSocket === "undefined") {
  console.error(`record-frames: needs a Node with a global WebSocket (>= 22); run it with "$OPENCLAW_TEST_BIN/node"`);
  process.exit(2);
}
const [stateDir, outDir, phase = "all"] = process.argv.slice(2);
if (!stateDir || !outDir) {
  console.error("usage: record-frames.mjs STATE_DIR OUT_DIR [all|main|startup|shutdown|logs]");
  process.exit(2);
}
const here = path.dirname(fileURLToPath(import.meta.url));
const realGateway = path.join(here, "real-gateway.sh");

function loadEnv() {
  const env = {};
  for (const line of fs.readFileSync(path.join(stateDir, "env"), "utf8").split("\n")) {
    const m = /^(OPENCLAW_TEST_[A-Z_]+)=(.*)$/.exec(line);
    if (m) env[m[1]] = m[2];
  }
  const url = new URL(env.OPENCLAW_TEST_URL);
  if (url.hostname !== "127.0.0.1" && url.hostname !== "localhost" && url.hostname !== "[::1]") {
    throw new Error(`refusing to talk to non-loopback ${env.OPENCLAW_TEST_URL}`);
  }
  return env;
}
let env = loadEnv();

const TELEGRAM_FAKE_TOKEN = "123456789:AAFakeTokenForTestsOnly0000000000000";
const HOME_PLACEHOLDER = "/tmp/switchboard-openclaw.XXXXXX";

function redactText(text) {
  const replaceAll = (s, from, to) => (from ? s.split(from).join(to) : s);
  let t = text;
  t = replaceAll(t, env.OPENCLAW_TEST_TOKEN, "REDACTED-TEST-TOKEN");
  t = replaceAll(t, TELEGRAM_FAKE_TOKEN, "REDACTED-TELEGRAM-BOT-TOKEN");
  t = replaceAll(t, env.OPENCLAW_TEST_HOME, HOME_PLACEHOLDER);
  return t;
}
function redact(value) {
  const v = JSON.parse(redactText(JSON.stringify(value)));
  // Derived from the shared secret; keep the field, not the value.
  if (v?.payload?.type === "hello-ok" && v.payload.auth?.recoveryScope) {
    v.payload.auth.recoveryScope = "REDACTED-RECOVERY-SCOPE";
  }
  return v;
}

fs.mkdirSync(outDir, { recursive: true });
const written = [];
function save(name, value) {
  fs.writeFileSync(path.join(outDir, name), JSON.stringify(redact(value), null, 2) + "\n");
  written.push(name);
  console.log(`recorded ${name}`);
}
const metaPath = path.join(outDir, "recording-meta.json");
const meta = fs.existsSync(metaPath) ? JSON.parse(fs.readFileSync(metaPath, "utf8")) : {};
function saveMeta() {
  fs.writeFileSync(metaPath, JSON.stringify(redact(meta), null, 2) + "\n");
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const connectParams = (token, overrides = {}) => ({
  minProtocol: 3,
  maxProtocol: 4,
  client: { id: "cli", displayName: "Switchboard", version: "0.1.0", platform: "linux", mode: "cli" },
  role: "operator",
  scopes: ["operator.admin", "operator.read", "operator.write", "operator.approvals", "operator.pairing"],
  caps: [],
  auth: { token },
  ...overrides,
});

// One WebSocket connection that logs every frame with its arrival time.
class Conn {
  constructor(url) {
    this.url = url;
    this.frames = [];
    this.waiters = [];
    this.nextId = 1;
    this.closed = null;
    this.opened = new Promise((resolve, reject) => {
      this.ws = new WebSocket(url);
      this.ws.onopen = () => resolve();
      this.ws.onerror = (e) => reject(new Error(`websocket error: ${e.message ?? "unknown"}`));
    });
    this.closedPromise = new Promise((resolve) => {
      this.ws.onclose = (e) => {
        this.closed = { code: e.code, reason: e.reason, at: Date.now() };
        for (const w of this.waiters.splice(0)) w.reject(new Error(`closed ${e.code} ${e.reason}`));
        resolve(this.closed);
      };
    });
    this.ws.onmessage = (e) => {
      const frame = JSON.parse(e.data);
      const entry = { at: Date.now(), frame };
      this.frames.push(entry);
      for (const w of [...this.waiters]) {
        if (w.pred(frame)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(entry);
        }
      }
    };
  }
  waitFor(pred, timeoutMs = 30000, what = "frame") {
    const found = this.frames.find((e) => pred(e.frame));
    if (found) return Promise.resolve(found);
    if (this.closed) return Promise.reject(new Error(`closed ${this.closed.code} ${this.closed.reason}`));
    return new Promise((resolve, reject) => {
      const w = { pred, resolve, reject };
      this.waiters.push(w);
      setTimeout(() => {
        const i = this.waiters.indexOf(w);
        if (i >= 0) {
          this.waiters.splice(i, 1);
          reject(new Error(`timeout waiting for ${what}`));
        }
      }, timeoutMs);
    });
  }
  send(frame) {
    this.ws.send(JSON.stringify(frame));
  }
  async request(method, params, timeoutMs = 30000) {
    const id = String(this.nextId++);
    const frame = { type: "req", id, method };
    if (params !== undefined) frame.params = params;
    const sentAt = Date.now();
    this.send(frame);
    const entry = await this.waitFor((f) => f.type === "res" && f.id === id, timeoutMs, `${method} response`);
    return { request: frame, response: entry.frame, ms: entry.at - sentAt };
  }
  async handshake(params) {
    const challenge = await this.waitFor(
      (f) => f.type === "event" && f.event === "connect.challenge",
      20000,
      "connect.challenge",
    );
    const res = await this.request("connect", params);
    return { challenge: challenge.frame, ...res };
  }
  close() {
    try {
      this.ws.close();
    } catch {}
  }
}

const requests = fs.existsSync(path.join(outDir, "requests.json"))
  ? JSON.parse(fs.readFileSync(path.join(outDir, "requests.json"), "utf8"))
  : {};
function saveExchange(name, exchange, { expectOk } = {}) {
  if (expectOk !== undefined && exchange.response.ok !== expectOk) {
    console.warn(`warning: ${name}: expected ok=${expectOk}, got ${JSON.stringify(exchange.response).slice(0, 300)}`);
  }
  save(name, exchange.response);
  requests[name] = { request: redact(exchange.request), responseMs: exchange.ms };
  fs.writeFileSync(path.join(outDir, "requests.json"), JSON.stringify(requests, null, 2) + "\n");
}

async function phaseMain() {
  const url = env.OPENCLAW_TEST_URL;
  const token = env.OPENCLAW_TEST_TOKEN;
  const c = new Conn(url);
  await c.opened;
  const hs = await c.handshake(connectParams(token));
  save("connect-challenge.json", hs.challenge);
  saveExchange("hello-ok.json", hs, { expectOk: true });
  if (!hs.response.ok) throw new Error("connect failed");
  const helloAt = Date.now();

  saveExchange("health-res.json", await c.request("health", {}), { expectOk: true });
  saveExchange("health-probe-res.json", await c.request("health", { probe: true }), { expectOk: true });
  saveExchange("status-res.json", await c.request("status", {}), { expectOk: true });
  saveExchange("channels-status-res.json", await c.request("channels.status", {}), { expectOk: true });
  saveExchange(
    "channels-status-probe-res.json",
    await c.request("channels.status", { probe: true, timeoutMs: 8000 }, 40000),
    { expectOk: true },
  );
  saveExchange(
    "channels-status-whatsapp-res.json",
    await c.request("channels.status", { channel: "whatsapp" }),
    { expectOk: true },
  );
  saveExchange("system-presence-res.json", await c.request("system-presence"), { expectOk: true });
  saveExchange("last-heartbeat-res.json", await c.request("last-heartbeat"), { expectOk: true });
  saveExchange("channels-pairing-list-res.json", await c.request("channels.pairing.list", {}), {
    expectOk: true,
  });

  // logs.tail: first page, then follow with the returned cursor, then a cursor past the end.
  const tail1 = await c.request("logs.tail", { limit: 20 });
  saveExchange("logs-tail-res.json", tail1, { expectOk: true });
  await sleep(1500);
  const tail2 = await c.request("logs.tail", { cursor: tail1.response.payload.cursor, limit: 20 });
  saveExchange("logs-tail-cursor-res.json", tail2, { expectOk: true });
  saveExchange(
    "logs-tail-stale-cursor-res.json",
    await c.request("logs.tail", { cursor: tail2.response.payload.cursor + 10_000_000, limit: 5 }),
    { expectOk: true },
  );
  saveExchange("logs-tail-invalid-params-error.json", await c.request("logs.tail", { limit: 0 }), {
    expectOk: false,
  });

  // config.get / config.patch / errors.
  const get1 = await c.request("config.get", {});
  saveExchange("config-get-res.json", get1, { expectOk: true });
  const hash1 = get1.response.payload.hash;
  saveExchange(
    "config-schema-lookup-res.json",
    await c.request("config.schema.lookup", { path: "channels.telegram.groupPolicy" }),
    { expectOk: true },
  );
  saveExchange(
    "config-patch-stale-hash-error.json",
    await c.request("config.patch", { raw: JSON.stringify({ channels: { telegram: { historyLimit: 40 } } }), baseHash: "0".repeat(64) }),
    { expectOk: false },
  );
  saveExchange(
    "config-patch-no-hash-error.json",
    await c.request("config.patch", { raw: JSON.stringify({ channels: { telegram: { historyLimit: 40 } } }) }),
    { expectOk: false },
  );
  saveExchange("config-patch-missing-params-error.json", await c.request("config.patch", {}), { expectOk: false });
  saveExchange(
    "config-patch-invalid-config-error.json",
    await c.request("config.patch", {
      raw: JSON.stringify({ channels: { telegram: { groupPolicy: "everyone" } } }),
      baseHash: hash1,
    }),
    { expectOk: false },
  );
  // A real write the console makes: tighten Telegram's group policy (the audit's fix).
  const patch = await c.request("config.patch", {
    raw: JSON.stringify({ channels: { telegram: { groupPolicy: "allowlist" } } }),
    baseHash: hash1,
  });
  saveExchange("config-patch-res.json", patch, { expectOk: true });
  // The old hash is stale now.
  saveExchange(
    "config-patch-stale-after-write-error.json",
    await c.request("config.patch", { raw: JSON.stringify({ channels: { telegram: { groupPolicy: "open" } } }), baseHash: hash1 }),
    { expectOk: false },
  );
  const get2 = await c.request("config.get", {});
  saveExchange("config-get-after-patch-res.json", get2, { expectOk: true });
  saveExchange(
    "config-patch-noop-res.json",
    await c.request("config.patch", {
      raw: JSON.stringify({ channels: { telegram: { groupPolicy: "allowlist" } } }),
      baseHash: get2.response.payload.hash,
    }),
    { expectOk: true },
  );

  // WhatsApp QR login (offline: fails), send errors.
  saveExchange(
    "web-login-start-res.json",
    await c.request("web.login.start", { channel: "whatsapp", timeoutMs: 10000 }, 60000),
  );
  saveExchange("web-login-wait-res.json", await c.request("web.login.wait", { channel: "whatsapp", timeoutMs: 2000 }, 60000));
  saveExchange(
    "send-error.json",
    await c.request("send", {
      to: "+15555550100",
      message: "hello from Switchboard",
      channel: "whatsapp",
      accountId: "default",
      idempotencyKey: "switchboard-fixture-send-1",
    }, 60000),
    { expectOk: false },
  );
  saveExchange(
    "send-telegram-error.json",
    await c.request("send", {
      to: "123456789",
      message: "hello from Switchboard",
      channel: "telegram",
      idempotencyKey: "switchboard-fixture-send-2",
    }, 60000),
  );
  saveExchange(
    "send-signal-error.json",
    await c.request("send", {
      to: "+15555550100",
      message: "hello from Switchboard",
      channel: "signal",
      idempotencyKey: "switchboard-fixture-send-3",
    }, 60000),
  );
  saveExchange(
    "send-missing-params-error.json",
    await c.request("send", { to: "+15555550100", message: "no idempotency key", channel: "whatsapp" }),
    { expectOk: false },
  );
  saveExchange("unknown-method-error.json", await c.request("no.such.method", {}), { expectOk: false });

  // Other connections: wrong token, protocol mismatch, a read-only client hitting an admin method.
  {
    const b = new Conn(url);
    await b.opened;
    const r = await b.handshake(connectParams("wrong-token-for-test"));
    saveExchange("wrong-token-error.json", r, { expectOk: false });
    const closed = await Promise.race([b.closedPromise, sleep(5000).then(() => null)]);
    meta.wrongTokenClose = closed ? { code: closed.code, reason: closed.reason } : "still open after 5 s";
    b.close();
  }
  {
    const b = new Conn(url);
    await b.opened;
    const r = await b.handshake(connectParams(token, { minProtocol: 5, maxProtocol: 5 }));
    saveExchange("protocol-mismatch-error.json", r, { expectOk: false });
    const closed = await Promise.race([b.closedPromise, sleep(5000).then(() => null)]);
    meta.protocolMismatchClose = closed ? { code: closed.code, reason: closed.reason } : "still open after 5 s";
    b.close();
  }
  {
    const b = new Conn(url);
    await b.opened;
    const r = await b.handshake(connectParams(token, { scopes: ["operator.read"] }));
    if (r.response.ok) {
      meta.readOnlyHelloScopes = r.response.payload.auth?.scopes;
      saveExchange("missing-scope-error.json", await b.request("config.patch", { raw: "{}", baseHash: "x" }), {
        expectOk: false,
      });
    }
    b.close();
    await Promise.race([b.closedPromise, sleep(3000)]);
  }
  {
    // A request before connect.
    const b = new Conn(url);
    await b.opened;
    await b.waitFor((f) => f.event === "connect.challenge", 20000, "challenge");
    const r = await b.request("health", {}).catch((e) => ({ error: String(e) }));
    if (r.response) saveExchange("request-before-connect-error.json", r);
    const closed = await Promise.race([b.closedPromise, sleep(5000).then(() => null)]);
    meta.requestBeforeConnectClose = closed ? { code: closed.code, reason: closed.reason } : "still open after 5 s";
    b.close();
  }

  // Events: stay connected long enough for several ticks and health refreshes.
  const minListenMs = Number(process.env.RECORD_LISTEN_SECONDS ?? 130) * 1000;
  const wait = Math.max(0, minListenMs - (Date.now() - helloAt));
  console.log(`listening for events for ${Math.round(wait / 1000)} s more`);
  await sleep(wait);
  const events = c.frames.filter((e) => e.frame.type === "event" && e.frame.event !== "connect.challenge");
  const firstOf = {};
  for (const e of events) firstOf[e.frame.event] ??= e.frame;
  for (const [name, frame] of Object.entries(firstOf)) {
    save(`${name.replace(/[^A-Za-z0-9]+/g, "-")}-event.json`, frame);
  }
  meta.events = events.map((e) => ({
    event: e.frame.event,
    seq: e.frame.seq,
    stateVersion: e.frame.stateVersion,
    msAfterHello: e.at - helloAt,
  }));
  const ticks = events.filter((e) => e.frame.event === "tick").map((e) => e.at);
  meta.tickGapsMs = ticks.slice(1).map((t, i) => t - ticks[i]);
  const healths = events.filter((e) => e.frame.event === "health").map((e) => e.at);
  meta.healthEventGapsMs = healths.slice(1).map((t, i) => t - healths[i]);
  meta.recordedAt = new Date().toISOString();
  meta.serverVersion = hs.response.payload?.server?.version;
  meta.protocol = hs.response.payload?.protocol;
  saveMeta();
  c.close();
  await Promise.race([c.closedPromise, sleep(3000)]);
}

// Restart the gateway and hammer connect until it is accepted.
async function phaseStartup() {
  execFileSync("bash", [realGateway, "restart", stateDir], { stdio: ["ignore", "inherit", "inherit"] });
  env = loadEnv();
  const t0 = Date.now();
  const seen = [];
  const attempts = [];
  let portOpenAt = null;
  let okAt = null;
  let firstUnavailable = null;
  while (Date.now() - t0 < 180000 && !okAt) {
    const c = new Conn(env.OPENCLAW_TEST_URL);
    try {
      await Promise.race([c.opened, sleep(3000).then(() => { throw new Error("open timeout"); })]);
    } catch {
      c.close();
      await sleep(200);
      continue;
    }
    portOpenAt ??= Date.now();
    const attempt = { openedMs: Date.now() - portOpenAt };
    if (attempts.length < 60) attempts.push(attempt);
    try {
      const r = await c.handshake(connectParams(env.OPENCLAW_TEST_TOKEN));
      attempt.challengeMs = c.frames[0] && c.frames[0].at - portOpenAt;
      attempt.answerMs = Date.now() - portOpenAt;
      attempt.answer = r.response.ok ? "hello-ok" : `${r.response.error?.code} ${r.response.error?.message}`;
      if (r.response.ok) {
        okAt = Date.now();
      } else {
        const key = `${r.response.error?.code}:${r.response.error?.message}`;
        if (!seen.find((s) => s.key === key)) seen.push({ key, msAfterPortOpen: Date.now() - portOpenAt, error: r.response.error });
        if (!firstUnavailable && r.response.error?.code === "UNAVAILABLE") {
          firstUnavailable = r;
          saveExchange("startup-unavailable-error.json", r);
        }
      }
    } catch (e) {
      attempt.challengeMs = c.frames[0] && c.frames[0].at - portOpenAt;
      attempt.answerMs = Date.now() - portOpenAt;
      attempt.answer = `exception: ${e.message}`;
      const key = `exception:${e.message}`;
      if (!seen.find((s) => s.key === key)) seen.push({ key, msAfterPortOpen: Date.now() - portOpenAt });
    }
    const closed = await Promise.race([c.closedPromise, sleep(1000).then(() => null)]);
    if (closed) attempt.close = `${closed.code} ${closed.reason}`;
    if (closed && !seen.find((s) => s.key === `close:${closed.code}:${closed.reason}`)) {
      seen.push({ key: `close:${closed.code}:${closed.reason}`, msAfterPortOpen: closed.at - (portOpenAt ?? closed.at) });
    }
    c.close();
    if (!okAt) await sleep(200);
  }
  meta.startup = {
    msRestartToPortOpen: portOpenAt && portOpenAt - t0,
    msPortOpenToConnectOk: okAt && portOpenAt && okAt - portOpenAt,
    msRestartToConnectOk: okAt && okAt - t0,
    distinctAnswersBeforeOk: seen,
    attempts,
  };
  saveMeta();
  if (!okAt) throw new Error("gateway did not accept connect within 180 s after restart");
  // Refresh OPENCLAW_TEST_PID for the next phase.
  execFileSync("bash", [realGateway, "wait", stateDir], { stdio: ["ignore", "inherit", "inherit"] });
  env = loadEnv();
}

async function phaseShutdown() {
  const c = new Conn(env.OPENCLAW_TEST_URL);
  await c.opened;
  const hs = await c.handshake(connectParams(env.OPENCLAW_TEST_TOKEN));
  if (!hs.response.ok) throw new Error(`connect failed: ${JSON.stringify(hs.response.error)}`);
  await sleep(500);
  const pid = Number(env.OPENCLAW_TEST_PID);
  const port = Number(new URL(env.OPENCLAW_TEST_URL).port);
  const t0 = Date.now();
  process.kill(pid, "SIGTERM");
  const shutdown = await c
    .waitFor((f) => f.type === "event" && f.event === "shutdown", 15000, "shutdown event")
    .catch(() => null);
  if (shutdown) save("shutdown-event.json", shutdown.frame);
  const closed = await Promise.race([c.closedPromise, sleep(15000).then(() => null)]);
  // How long until the port is released and the process is gone.
  const isListening = () => {
    try {
      return execFileSync("ss", ["-ltnH", `sport = :${port}`], { encoding: "utf8" }).trim() !== "";
    } catch {
      return false;
    }
  };
  const isAlive = () => {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      return !/\) [ZX] /.test(stat);
    } catch {
      return false;
    }
  };
  let portClosedAt = null;
  let exitedAt = null;
  while (Date.now() - t0 < 20000 && (!portClosedAt || !exitedAt)) {
    if (!portClosedAt && !isListening()) portClosedAt = Date.now();
    if (!exitedAt && !isAlive()) exitedAt = Date.now();
    await sleep(100);
  }
  meta.shutdown = {
    msSigtermToShutdownEvent: shutdown && shutdown.at - t0,
    msSigtermToClose: closed && closed.at - t0,
    close: closed && { code: closed.code, reason: closed.reason },
    msSigtermToPortClosed: portClosedAt && portClosedAt - t0,
    msSigtermToExit: exitedAt ? exitedAt - t0 : "still running 20 s after SIGTERM",
    framesAfterSigterm: c.frames.filter((e) => e.at >= t0).map((e) => e.frame.event ?? e.frame.type),
  };
  saveMeta();
}

// Pick real lines from the gateway log: channel failures and gateway lifecycle.
function phaseLogs() {
  const lines = fs.readFileSync(env.OPENCLAW_TEST_LOG, "utf8").split("\n").filter(Boolean);
  const wanted = [
    [/Signal (stream error|connection lost|SSE)/i, 6],
    [/"subsystem\\":\\"channels\/signal|signal\] \[default\]/, 4],
    [/telegram/i, 14],
    [/whatsapp|web\.whatsapp|not linked|No active WhatsApp/i, 10],
    [/gateway\/ws.*⇄ res ✓/, 3],
    [/gateway\/ws.*⇄ res ✗/, 4],
    [/unauthorized|token mismatch/i, 3],
    [/\[gateway\] ready|"ready"|listening|starting channels/, 4],
    [/"logLevelName":"WARN"/, 6],
    [/"logLevelName":"ERROR"/, 6],
    [/config|reload/i, 6],
    [/shutdown|stopping|signal SIGTERM/i, 6],
  ];
  const picked = new Set();
  for (const [re, max] of wanted) {
    let n = 0;
    for (let i = 0; i < lines.length && n < max; i++) {
      if (re.test(lines[i]) && !picked.has(i)) {
        picked.add(i);
        n++;
      }
    }
  }
  const out = [...picked].sort((a, b) => a - b).map((i) => {
    const parsed = JSON.parse(lines[i]);
    return JSON.stringify(redact(parsed));
  });
  fs.writeFileSync(path.join(outDir, "gateway-log-lines.jsonl"), out.join("\n") + "\n");
  console.log(`recorded gateway-log-lines.jsonl (${out.length} of ${lines.length} lines)`);
}

try {
  if (phase === "main" || phase === "all") await phaseMain();
  if (phase === "startup" || phase === "all") await phaseStartup();
  if (phase === "logs" || phase === "all") phaseLogs();
  if (phase === "shutdown" || phase === "all") await phaseShutdown();
  if (phase === "all") phaseLogs(); // again, now with the shutdown lines
  console.log(`done: ${written.length} files in ${outDir}`);
  process.exit(0);
} catch (e) {
  console.error(`record-frames: ${e.stack ?? e}`);
  process.exit(1);
}
