<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConfigWriter</name>
    <message>
        <source>config change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the config: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DaemonError</name>
    <message>
        <source>The signal-cli daemon is not running: nothing accepts connections there (%1). Start it with `signal-cli daemon --http`, or check the daemon URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signal-cli daemon cannot be reached: %1. Check the daemon URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signal-cli daemon did not answer in time: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That address does not look like signal-cli&apos;s HTTP API: %1. Check the daemon URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon URL answered with something that is not JSON (%1): a web page, or a proxy in front of the daemon. Check the daemon URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signal-cli daemon&apos;s answer could not be read as JSON-RPC: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signal-cli daemon answered HTTP %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatewayClient</name>
    <message>
        <source>no connection to the gateway</source>
        <translation>no connection to the gateway</translation>
    </message>
    <message>
        <source>unexpected answer to %1: %2</source>
        <translation>unexpected answer to %1: %2</translation>
    </message>
</context>
<context>
    <name>GatewayError</name>
    <message>
        <source>%1 got no answer within %2 s</source>
        <translation>%1 got no answer within %2 s</translation>
    </message>
    <message>
        <source>%1 is not available on this gateway (protocol %2); it needs a gateway that speaks protocol 4</source>
        <translation>%1 is not available on this gateway (protocol %2); it needs a gateway that speaks protocol 4</translation>
    </message>
    <message>
        <source>Retry with the device token this workstation was issued.</source>
        <translation>Retry with the device token this workstation was issued.</translation>
    </message>
    <message>
        <source>Update the gateway&apos;s auth configuration (gateway.auth) so it has a token.</source>
        <translation>Update the gateway&apos;s auth configuration (gateway.auth) so it has a token.</translation>
    </message>
    <message>
        <source>Enter the gateway&apos;s current token (openclaw gateway auth-token --show on the gateway host).</source>
        <translation>Enter the gateway&apos;s current token (openclaw gateway auth-token --show on the gateway host).</translation>
    </message>
    <message>
        <source>Wait a little, then connect again.</source>
        <translation>Wait a little, then connect again.</translation>
    </message>
    <message>
        <source>Review the gateway&apos;s auth configuration.</source>
        <translation>Review the gateway&apos;s auth configuration.</translation>
    </message>
    <message>
        <source>The gateway recommends: %1</source>
        <translation>The gateway recommends: %1</translation>
    </message>
    <message>
        <source>Cannot reach the gateway.</source>
        <translation>Cannot reach the gateway.</translation>
    </message>
    <message>
        <source>The gateway did not answer in time.</source>
        <translation>The gateway did not answer in time.</translation>
    </message>
    <message>
        <source>The gateway sent something Switchboard does not understand.</source>
        <translation>The gateway sent something Switchboard does not understand.</translation>
    </message>
    <message>
        <source>The gateway refused the credentials.</source>
        <translation>The gateway refused the credentials.</translation>
    </message>
    <message>
        <source>This gateway speaks a protocol version Switchboard does not support (3 and 4 are supported).</source>
        <translation>This gateway speaks a protocol version Switchboard does not support (3 and 4 are supported).</translation>
    </message>
    <message>
        <source>The gateway is temporarily unavailable.</source>
        <translation>The gateway is temporarily unavailable.</translation>
    </message>
    <message>
        <source>Someone else changed the gateway configuration since it was loaded. Reload it, review both versions and apply your change again.</source>
        <translation>Someone else changed the gateway configuration since it was loaded. Reload it, review both versions and apply your change again.</translation>
    </message>
    <message>
        <source>This connection is not allowed to do that (missing scope).</source>
        <translation>This connection is not allowed to do that (missing scope).</translation>
    </message>
    <message>
        <source>This gateway does not offer that.</source>
        <translation>This gateway does not offer that.</translation>
    </message>
    <message>
        <source>The gateway refused the request.</source>
        <translation>The gateway refused the request.</translation>
    </message>
    <message>
        <source>Gateway said: %1</source>
        <translation>Gateway said: %1</translation>
    </message>
    <message>
        <source>Retry in %1 s.</source>
        <translation>Retry in %1 s.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>the gateway answered with protocol %1</source>
        <translation>the gateway answered with protocol %1</translation>
    </message>
</context>
<context>
    <name>GatewayProfile</name>
    <message>
        <source>Enter a gateway URL such as ws://127.0.0.1:18789.</source>
        <translation>Enter a gateway URL such as ws://127.0.0.1:18789.</translation>
    </message>
    <message>
        <source>The URL must start with ws:// or wss://.</source>
        <translation>The URL must start with ws:// or wss://.</translation>
    </message>
    <message>
        <source>ws:// sends the gateway token unencrypted. Use wss:// for %1, or explicitly allow an insecure connection for this profile.</source>
        <translation>ws:// sends the gateway token unencrypted. Use wss:// for %1, or explicitly allow an insecure connection for this profile.</translation>
    </message>
</context>
<context>
    <name>LinkProof</name>
    <message>
        <source>connected %1 of %2 min, %3 of %4 deliveries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemInfo</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>unavailable (%1)</source>
        <translation>unavailable (%1)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Operator console for OpenClaw messaging gateways.</source>
        <translation>Operator console for OpenClaw messaging gateways.</translation>
    </message>
    <message>
        <source>Log levels, e.g. &quot;warn,gateway=debug&quot;.</source>
        <translation>Log levels, e.g. &quot;warn,gateway=debug&quot;.</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>spec</translation>
    </message>
    <message>
        <source>Use this UI language for this run (e.g. &quot;ja&quot;, &quot;en&quot;).</source>
        <translation>Use this UI language for this run (e.g. &quot;ja&quot;, &quot;en&quot;).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Read and write settings in this file.</source>
        <translation>Read and write settings in this file.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; in --lang (try &quot;en&quot; or &quot;ja&quot;)</source>
        <translation>unknown language &quot;%1&quot; in --lang (try &quot;en&quot; or &quot;ja&quot;)</translation>
    </message>
    <message>
        <source>Start the built-in drill gateway (the night of 2026-02-12 unless a scenario file is given as argument) and connect to it.</source>
        <translation>Start the built-in drill gateway (the night of 2026-02-12 unless a scenario file is given as argument) and connect to it.</translation>
    </message>
    <message>
        <source>Drill speed factor (scenario seconds per real second).</source>
        <translation>Drill speed factor (scenario seconds per real second).</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>factor</translation>
    </message>
    <message>
        <source>Drill scenario file (with --drill).</source>
        <translation>Drill scenario file (with --drill).</translation>
    </message>
    <message>
        <source>--speed needs a positive number, e.g. 60</source>
        <translation>--speed needs a positive number, e.g. 60</translation>
    </message>
    <message>
        <source>a scenario file is only accepted with --drill</source>
        <translation>a scenario file is only accepted with --drill</translation>
    </message>
    <message>
        <source>History file to open (default: the one in the data folder).</source>
        <translation>History file to open (default: the one in the data folder).</translation>
    </message>
    <message>
        <source>With --drill: start this many drill gateways (the story on the first, variations on the rest) and watch them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--drill-gateways needs a number from 1 to 200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--drill-gateways is only accepted with --drill</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb</name>
    <message>
        <source>%1 is not plain JSON (%2); enter the port and token by hand.</source>
        <translation>%1 is not plain JSON (%2); enter the port and token by hand.</translation>
    </message>
    <message>
        <source>No local OpenClaw gateway found (no ~/.openclaw/openclaw.json, no OPENCLAW_GATEWAY_PORT).</source>
        <translation>No local OpenClaw gateway found (no ~/.openclaw/openclaw.json, no OPENCLAW_GATEWAY_PORT).</translation>
    </message>
    <message>
        <source>No token found: run &quot;openclaw gateway auth-token --show&quot; on this machine and paste it.</source>
        <translation>No token found: run &quot;openclaw gateway auth-token --show&quot; on this machine and paste it.</translation>
    </message>
</context>
<context>
    <name>sb::AboutDialog</name>
    <message>
        <source>About Switchboard</source>
        <translation>About Switchboard</translation>
    </message>
    <message>
        <source>Switchboard %1</source>
        <translation>Switchboard %1</translation>
    </message>
    <message>
        <source>An operator console for OpenClaw messaging gateways: live channel health, guided relinking, failover and allowlist audits.</source>
        <translation>An operator console for OpenClaw messaging gateways: live channel health, guided relinking, failover and allowlist audits.</translation>
    </message>
    <message>
        <source>Switchboard:</source>
        <translation>Switchboard:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (built with %2)</translation>
    </message>
    <message>
        <source>QtKeychain:</source>
        <translation>QtKeychain:</translation>
    </message>
    <message>
        <source>spdlog:</source>
        <translation>spdlog:</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
</context>
<context>
    <name>sb::Application</name>
    <message>
        <source>Reading the token for %1…</source>
        <translation>Reading the token for %1…</translation>
    </message>
    <message>
        <source>Cannot read the token for %1: %2</source>
        <translation>Cannot read the token for %1: %2</translation>
    </message>
    <message>
        <source>The drill gateway did not start: %1</source>
        <translation>The drill gateway did not start: %1</translation>
    </message>
    <message>
        <source>Drill: the night of 2026-02-12</source>
        <translation>Drill: the night of 2026-02-12</translation>
    </message>
    <message>
        <source>History is not kept this time: %1</source>
        <translation>History is not kept this time: %1</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Lane</translation>
    </message>
    <message>
        <source>not connected to a gateway</source>
        <translation>not connected to a gateway</translation>
    </message>
    <message>
        <source>Last known state from the history; the picture is not live (%1).</source>
        <translation>Last known state from the history; the picture is not live (%1).</translation>
    </message>
    <message>
        <source>Drill gateway %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 gateways live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DM Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ChannelAccountsModel</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last disconnect</source>
        <translation>Last disconnect</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
</context>
<context>
    <name>sb::ChartsPanel</name>
    <message>
        <source>Disconnects</source>
        <translation>Disconnects</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Deliveries</translation>
    </message>
    <message>
        <source>Reconnect attempts</source>
        <translation>Reconnect attempts</translation>
    </message>
    <message>
        <source>per minute</source>
        <translation>per minute</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>per hour</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>per day</translation>
    </message>
    <message numerus="yes">
        <source>per %n day(s)</source>
        <translation>
            <numerusform>per %n day</numerusform>
            <numerusform>per %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::FleetModel</name>
    <message>
        <source>%1 · %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::FleetPanel</name>
    <message>
        <source>Lanes of the selected gateway:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::GatewayPanel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Server version</source>
        <translation>Server version</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Uptime</translation>
    </message>
    <message>
        <source>Auth mode</source>
        <translation>Auth mode</translation>
    </message>
    <message>
        <source>Granted scopes</source>
        <translation>Granted scopes</translation>
    </message>
    <message>
        <source>Tick interval</source>
        <translation>Tick interval</translation>
    </message>
    <message>
        <source>Config file</source>
        <translation>Config file</translation>
    </message>
    <message>
        <source>Channel accounts</source>
        <translation>Channel accounts</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Last error: %1</translation>
    </message>
    <message>
        <source>Recommended next step: %1</source>
        <translation>Recommended next step: %1</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>not reported</translation>
    </message>
    <message>
        <source>none reported</source>
        <translation>none reported</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Status issues:
%1</source>
        <translation>Status issues:
%1</translation>
    </message>
    <message>
        <source>Could not read (these lanes read unknown):
%1</source>
        <translation>Could not read (these lanes read unknown):
%1</translation>
    </message>
</context>
<context>
    <name>sb::GatewayProfileDialog</name>
    <message>
        <source>Gateway Profiles</source>
        <translation>Gateway Profiles</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>e.g. Production (Tokyo)</source>
        <translation>e.g. Production (Tokyo)</translation>
    </message>
    <message>
        <source>Allow unencrypted ws:// to a remote host</source>
        <translation>Allow unencrypted ws:// to a remote host</translation>
    </message>
    <message>
        <source>The token and every message cross the network unencrypted. Only allow this on a network you control.</source>
        <translation>The token and every message cross the network unencrypted. Only allow this on a network you control.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Time zone:</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>New gateway profile</source>
        <translation>New gateway profile</translation>
    </message>
    <message>
        <source>Edit gateway profile</source>
        <translation>Edit gateway profile</translation>
    </message>
    <message>
        <source>Paste the gateway token</source>
        <translation>Paste the gateway token</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>Could not check the stored token: %1</source>
        <translation>Could not check the stored token: %1</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the settings file.</source>
        <translation>Kept in the system keychain, never in the settings file.</translation>
    </message>
    <message>
        <source>No keychain available: kept in memory until you quit.</source>
        <translation>No keychain available: kept in memory until you quit.</translation>
    </message>
    <message>
        <source>The token was not saved: %1</source>
        <translation>The token was not saved: %1</translation>
    </message>
    <message>
        <source>Remove Gateway Profile</source>
        <translation>Remove Gateway Profile</translation>
    </message>
    <message>
        <source>Remove the gateway profile &quot;%1&quot;? Its token is deleted from the keychain as well.</source>
        <translation>Remove the gateway profile &quot;%1&quot;? Its token is deleted from the keychain as well.</translation>
    </message>
    <message>
        <source>Use &amp;Local Gateway</source>
        <translation>Use &amp;Local Gateway</translation>
    </message>
    <message>
        <source>Fill in the URL and token of the OpenClaw gateway installed on this machine.</source>
        <translation>Fill in the URL and token of the OpenClaw gateway installed on this machine.</translation>
    </message>
    <message>
        <source>Local gateway</source>
        <translation>Local gateway</translation>
    </message>
    <message>
        <source>&amp;Watch at start, beside the other watched gateways</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::LaneActionController</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>sb::LaneDetailsPanel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>Select a lane</source>
        <translation>Select a lane</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Last disconnect</source>
        <translation>Last disconnect</translation>
    </message>
    <message>
        <source>Auth age</source>
        <translation>Auth age</translation>
    </message>
    <message>
        <source>Last inbound</source>
        <translation>Last inbound</translation>
    </message>
    <message>
        <source>Last outbound</source>
        <translation>Last outbound</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Probe</translation>
    </message>
    <message>
        <source>Status issues</source>
        <translation>Status issues</translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation>Open incident</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 ago</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 since %2 (%3)</source>
        <translation>%1 since %2 (%3)</translation>
    </message>
    <message>
        <source>flapping</source>
        <translation>flapping</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Rule: %1</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>code %1</translation>
    </message>
    <message>
        <source>logged out</source>
        <translation>logged out</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>none recorded</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 (reported by the gateway)</source>
        <translation>%1 (reported by the gateway)</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>not linked</translation>
    </message>
    <message>
        <source>at least %1 (connected %2)</source>
        <translation>at least %1 (connected %2)</translation>
    </message>
    <message>
        <source>none reported</source>
        <translation>none reported</translation>
    </message>
    <message>
        <source>probed %1</source>
        <translation>probed %1</translation>
    </message>
    <message>
        <source>no probe results</source>
        <translation>no probe results</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Fix: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>#%1 opened %2, worst state: %3</source>
        <translation>#%1 opened %2, worst state: %3</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Send &amp;Test Message…</source>
        <translation>Send &amp;Test Message…</translation>
    </message>
    <message>
        <source>One message over this lane: a delivery counts toward its proof of recovery</source>
        <translation>One message over this lane: a delivery counts toward its proof of recovery</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Read the incident</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::LaneStatusModel</name>
    <message>
        <source>at least since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::LinkingController</name>
    <message>
        <source>DM access request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Up Telegram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks to talk to %2 (%3) on %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::LiveView</name>
    <message>
        <source>Worst first</source>
        <translation>Worst first</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>By name</translation>
    </message>
    <message>
        <source>Order of the lanes</source>
        <translation>Order of the lanes</translation>
    </message>
    <message>
        <source>Filter lanes (Ctrl+F)</source>
        <translation>Filter lanes (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Sort:</source>
        <translation>&amp;Sort:</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoom in (+)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Zoom out (-)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Show all history (F, double-click)</source>
        <translation>Show all history (F, double-click)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Jump to now and follow (Home)</source>
        <translation>Jump to now and follow (Home)</translation>
    </message>
    <message>
        <source>Times are shown in %1</source>
        <translation>Times are shown in %1</translation>
    </message>
</context>
<context>
    <name>sb::MainWindow</name>
    <message>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Gateway</source>
        <translation>&amp;Gateway</translation>
    </message>
    <message>
        <source>&amp;Manage Profiles…</source>
        <translation>&amp;Manage Profiles…</translation>
    </message>
    <message>
        <source>&amp;Connect To</source>
        <translation>&amp;Connect To</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Full Screen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation>&amp;About Switchboard</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>No keychain available: secrets will be forgotten when you quit</source>
        <translation>No keychain available: secrets will be forgotten when you quit</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Add a gateway to watch</source>
        <translation>Add a gateway to watch</translation>
    </message>
    <message>
        <source>Switchboard watches OpenClaw gateways and shows every channel&apos;s health over time. Start by adding a gateway profile: its WebSocket URL and its token, which is kept in the system keychain.</source>
        <translation>Switchboard watches OpenClaw gateways and shows every channel&apos;s health over time. Start by adding a gateway profile: its WebSocket URL and its token, which is kept in the system keychain.</translation>
    </message>
    <message>
        <source>Add a Gateway Profile…</source>
        <translation>Add a Gateway Profile…</translation>
    </message>
    <message>
        <source>Connect to a gateway</source>
        <translation>Connect to a gateway</translation>
    </message>
    <message>
        <source>Choose a gateway in Gateway ▸ Connect To. Its channels will appear here as live timelines.</source>
        <translation>Choose a gateway in Gateway ▸ Connect To. Its channels will appear here as live timelines.</translation>
    </message>
    <message>
        <source>Manage Gateway Profiles…</source>
        <translation>Manage Gateway Profiles…</translation>
    </message>
    <message>
        <source>No gateway profiles yet</source>
        <translation>No gateway profiles yet</translation>
    </message>
    <message>
        <source>The new language takes effect the next time Switchboard starts.</source>
        <translation>The new language takes effect the next time Switchboard starts.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>Link &amp;WhatsApp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Up &amp;Telegram…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Up &amp;Signal…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::PairingPanel</name>
    <message>
        <source>&amp;Notify the requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also make this sender the first &amp;command owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending DM access requests of every gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DM access request is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving %1 on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissing %1 on %2…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::PairingRequestsModel</name>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires in %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not connected: this request is as it was last seen. It can be approved or dismissed once the gateway is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Proof of recovery</source>
        <translation>Proof of recovery</translation>
    </message>
    <message>
        <source>A lane that comes back stays on probation until it has been connected this long and delivered this many messages, with no drop in between.</source>
        <translation>A lane that comes back stays on probation until it has been connected this long and delivered this many messages, with no drop in between.</translation>
    </message>
    <message>
        <source>Connected for</source>
        <translation>Connected for</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Deliveries</translation>
    </message>
    <message>
        <source>Every channel</source>
        <translation>Every channel</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Own rule for %1</source>
        <translation>Own rule for %1</translation>
    </message>
    <message>
        <source>Incidents and alerts</source>
        <translation>Incidents and alerts</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Open an incident after a lane is out of healthy for</source>
        <translation>Open an incident after a lane is out of healthy for</translation>
    </message>
    <message>
        <source>Notify about a flapping lane after this many drops</source>
        <translation>Notify about a flapping lane after this many drops</translation>
    </message>
    <message>
        <source>...within</source>
        <translation>...within</translation>
    </message>
    <message>
        <source>A lane that needs a person (logged out, conflict, blocked, stopped) is notified at once, whatever the count.</source>
        <translation>A lane that needs a person (logged out, conflict, blocked, stopped) is notified at once, whatever the count.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>forever</translation>
    </message>
    <message>
        <source>Keep events for</source>
        <translation>Keep events for</translation>
    </message>
    <message>
        <source>Older events are deleted; the timeline&apos;s state segments and incidents are kept.</source>
        <translation>Older events are deleted; the timeline&apos;s state segments and incidents are kept.</translation>
    </message>
    <message>
        <source>A lane whose endpoint does not answer needs a person after</source>
        <translation>A lane whose endpoint does not answer needs a person after</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people a failover keeps reachable: a name and where each answers per channel (WhatsApp: phone number as +15555550100; Signal: phone number or uuid:…; Telegram: numeric user id). The Failover window and switchboardctl failover read this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operators in the settings file do not read (%1). They are left as they are unless you edit this list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SecretStore</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>no secret stored</source>
        <translation>no secret stored</translation>
    </message>
    <message>
        <source>no keychain service is available</source>
        <translation>no keychain service is available</translation>
    </message>
    <message>
        <source>the keychain refused the request</source>
        <translation>the keychain refused the request</translation>
    </message>
</context>
<context>
    <name>sb::SignalWizard</name>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-re&amp;gister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link as a Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Captcha Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit Captcha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Up Signal — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal-cli &amp;daemon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the gateway&apos;s Signal settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s config could not be read (%1): enter the number and the signal-cli daemon&apos;s URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the signal-cli daemon&apos;s URL (http://host:port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wait is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next try allowed in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proven: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On probation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN (if locked)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::TelegramSetupWizard</name>
    <message>
        <source>Set Up Telegram — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot token for account &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the token @BotFather gave for this bot. It is kept in this computer&apos;s keychain, written to the gateway&apos;s configuration and never shown or logged again. Groups stay on an allowlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram bot set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram bot not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off (the bot reads every group message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on (the bot sees only commands and mentions in groups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot: @%1 (id %2)
Privacy mode: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::TestMessageDialog</name>
    <message>
        <source>Send a test message</source>
        <translation>Send a test message</translation>
    </message>
    <message>
        <source>Send one message over %1. Delivered, it counts toward the lane&apos;s proof of recovery; refused, it is recorded as a failed send.</source>
        <translation>Send one message over %1. Delivered, it counts toward the lane&apos;s proof of recovery; refused, it is recorded as a failed send.</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>The message is empty.</translation>
    </message>
</context>
<context>
    <name>sb::TimelineView</name>
    <message>
        <source>Gateway %1</source>
        <translation>Gateway %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Now: %1</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 from %2 to %3</translation>
    </message>
    <message>
        <source>now (still running)</source>
        <translation>now (still running)</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Next step: %1</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(no code)</translation>
    </message>
    <message>
        <source>Disconnect %1 at %2</source>
        <translation>Disconnect %1 at %2</translation>
    </message>
    <message>
        <source>Disconnect %1 at %2: %3</source>
        <translation>Disconnect %1 at %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more disconnect(s)</source>
        <translation>
            <numerusform>…and %n more disconnect</numerusform>
            <numerusform>…and %n more disconnects</numerusform>
        </translation>
    </message>
    <message>
        <source>Operator at %1: %2</source>
        <translation>Operator at %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more operator action(s)</source>
        <translation>
            <numerusform>…and %n more operator action</numerusform>
            <numerusform>…and %n more operator actions</numerusform>
        </translation>
    </message>
    <message>
        <source>Incident #%1 from %2 to %3: %4</source>
        <translation>Incident #%1 from %2 to %3: %4</translation>
    </message>
    <message>
        <source>Incident #%1 open since %2: %3</source>
        <translation>Incident #%1 open since %2: %3</translation>
    </message>
    <message>
        <source>No history here</source>
        <translation>No history here</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>sb::TrayAlerts</name>
    <message>
        <source>Mute alerts for 1 hour</source>
        <translation>Mute alerts for 1 hour</translation>
    </message>
    <message>
        <source>Unmute alerts</source>
        <translation>Unmute alerts</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Show window</translation>
    </message>
    <message>
        <source>Switchboard: 1 lane needs attention</source>
        <translation>Switchboard: 1 lane needs attention</translation>
    </message>
    <message>
        <source>Switchboard: %1 lanes need attention</source>
        <translation>Switchboard: %1 lanes need attention</translation>
    </message>
    <message>
        <source>Alerts muted until %1</source>
        <translation>Alerts muted until %1</translation>
    </message>
</context>
<context>
    <name>sb::WhatsAppLinkWizard</name>
    <message>
        <source>Link WhatsApp — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link WhatsApp account &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard asks the gateway for a QR code and shows it here. Have the phone of this number at hand: WhatsApp → Settings → Linked Devices → Link a device. After linking, the lane stays on probation until it has been connected for a while and delivered messages. Press Next to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand the risk and want to relink this number now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp link QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code cannot be typed. If the phone cannot scan it from this screen, draw it in a terminal instead: switchboardctl relink --lane %1 --gateway &lt;url&gt; --token-env &lt;VAR&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New QR Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone says it &amp;can&apos;t link new devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected %v of %m min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send Test Message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked — on probation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked and proven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the gateway for a QR code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Valid for %n more second(s).</source>
        <translation>
            <numerusform>Valid for %n more second.</numerusform>
            <numerusform>Valid for %n more seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Proof of recovery: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked — wait before trying again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::actions::ActionRunner</name>
    <message>
        <source>Another action is still running on this lane.</source>
        <translation>Another action is still running on this lane.</translation>
    </message>
</context>
<context>
    <name>sb::actions::LaneActions</name>
    <message>
        <source>Switchboard test message: checking that this channel delivers. No reply needed.</source>
        <translation>Switchboard test message: checking that this channel delivers. No reply needed.</translation>
    </message>
    <message>
        <source>sending a test message to %1</source>
        <translation>sending a test message to %1</translation>
    </message>
    <message>
        <source>test message sent to %1</source>
        <translation>test message sent to %1</translation>
    </message>
    <message>
        <source>test message to %1 accepted</source>
        <translation>test message to %1 accepted</translation>
    </message>
    <message>
        <source>The gateway delivered the test message to %1.</source>
        <translation>The gateway delivered the test message to %1.</translation>
    </message>
    <message>
        <source>The gateway delivered the test message to %1 (message id %2).</source>
        <translation>The gateway delivered the test message to %1 (message id %2).</translation>
    </message>
    <message>
        <source>The test message to %1 was not delivered. %2</source>
        <translation>The test message to %1 was not delivered. %2</translation>
    </message>
    <message>
        <source>The gateway queued it and may still deliver it later.</source>
        <translation>The gateway queued it and may still deliver it later.</translation>
    </message>
    <message>
        <source>restarting the channel</source>
        <translation>restarting the channel</translation>
    </message>
    <message>
        <source>channel restart requested by the operator</source>
        <translation>channel restart requested by the operator</translation>
    </message>
    <message>
        <source>The gateway did not stop the channel. %1</source>
        <translation>The gateway did not stop the channel. %1</translation>
    </message>
    <message>
        <source>The gateway did not start the channel. %1</source>
        <translation>The gateway did not start the channel. %1</translation>
    </message>
    <message>
        <source>The gateway has not started the channel (%1: %2): its previous run still holds the account, which happens when the channel&apos;s stop timed out. If it stays so, restart the gateway on its host: openclaw gateway restart</source>
        <translation>The gateway has not started the channel (%1: %2): its previous run still holds the account, which happens when the channel&apos;s stop timed out. If it stays so, restart the gateway on its host: openclaw gateway restart</translation>
    </message>
    <message>
        <source>The gateway did not start the channel (%1).</source>
        <translation>The gateway did not start the channel (%1).</translation>
    </message>
    <message>
        <source>The gateway did not start the channel (%1: %2).</source>
        <translation>The gateway did not start the channel (%1: %2).</translation>
    </message>
    <message>
        <source>The gateway is starting the channel; it is on probation until it proves itself.</source>
        <translation>The gateway is starting the channel; it is on probation until it proves itself.</translation>
    </message>
    <message>
        <source>This gateway speaks protocol 3, which cannot restart one channel.</source>
        <translation>This gateway speaks protocol 3, which cannot restart one channel.</translation>
    </message>
</context>
<context>
    <name>sb::alerts::AlertPolicy</name>
    <message>
        <source>%1 recovered</source>
        <translation>%1 recovered</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Next step: %1</translation>
    </message>
</context>
<context>
    <name>sb::alerts::GatewayConcerns</name>
    <message>
        <source>%1: %2 (CRITICAL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3 (CRITICAL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not connected since %2, given up until you act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unreachable since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::failover</name>
    <message>
        <source>Name both lanes: the one to leave and the one to move to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are on different gateways; a failover moves operators within one gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target is the source (%1): choose another lane to move to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are accounts of one channel: a failover moves to another channel (two accounts of one channel share its root keys, which the plan rewrites).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s %2 identity &quot;%3&quot; does not fit: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s config has no %1 account &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail over from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat (%1) goes to the owner: it follows commands.ownerAllowFrom&apos;s first entry, now an operator on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an operator is reached on WhatsApp by phone number (E.164, e.g. +15555550100), not by a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an operator is reached on Signal by phone number or uuid:, not by a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an operator is reached on Telegram by their numeric user id (e.g. 123456789), not by a group or a @username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operators are not valid JSON: %1 (at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operators must be a JSON list, e.g. [{&quot;name&quot;:&quot;Grace&quot;,&quot;signal&quot;:&quot;+15555550101&quot;}].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an object with a name and identities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the name &quot;%2&quot; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 must be text, e.g. &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): &quot;%3&quot; is not a %4 identity: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not known to the health engine yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is proven healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on probation (%2 of %3 deliveries proven): it has not proven itself yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operators are named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable on %1 and allowed by the plan: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the change the audit finds nothing critical on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the change %1 would still have a critical finding: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway gave no config hash to guard the write with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway reports its config file as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier config change waits for a gateway restart: the running gateway is not on the config the plan was built on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read just now; the write is guarded by its hash (baseHash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol %1: config.patch with replacePaths, send and channels.status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol %1 cannot send replacePaths, which the rollback needs to restore the lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no pre-flight check &quot;%1&quot;; the checks are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 1 drop since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 drops since %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is flapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is proven. Fail over now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operators to move: add them in Preferences → Operators (switchboardctl: --operators FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 identity: nobody could reach them after the failover. Add it in Preferences → Operators.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::failover::FailoverBanner</name>
    <message>
        <source>Fail over now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover recommendation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::failover::FailoverDialog</name>
    <message>
        <source>Show the patch as &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add as operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway already allows these people here: add one as an operator?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fail over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail &amp;back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: what will be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-flight (tick a failed check to go ahead anyway; it is recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators: a test message each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the gateway&apos;s config and the lanes&apos; health…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failback refused; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the plan and the pre-flight. Nothing is written until you click &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the pre-flight; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the plan as one config change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another writer changed the config first; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway refused the change; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written. Sending a test message to each operator on the new channel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed back and verified: every operator confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed over and verified: every operator confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operator was not reached: rolling the change back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back: the config is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rolled back: another writer changed the config since. Check it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back only in part: the config differs from before. Check it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail back from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail over from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
replacePaths: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fail back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every operator confirmed on %1. Took %2 ms: plan %3 ms, write %4 ms, sends %5 ms, confirmation %6 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 back to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read back: the config equals the one before the failover.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::failover::FailoverFlow</name>
    <message>
        <source>Switchboard failover check: this channel now carries your alerts. No reply needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s config could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failback refused: %1 has not proven itself again (%2). It needs %3 connected minutes and %4 deliveries without a drop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overriding the pre-flight check %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failover pre-flight %1 overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-flight check %1 overridden by the operator: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the pre-flight; nothing was written.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failing over to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failback to %1: config written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failover to %1: config written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another action is still running on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another writer changed the config first: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway refused the failover: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the config again and review the plan before failing over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the gateway&apos;s channel status could not be read to confirm delivery (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending the failover check to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failover check sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: another action is still running on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway did not deliver the check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It queued the message and may still deliver it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered: the gateway answered ok and shows the outbound message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway accepted the check but showed no outbound message within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failover check to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tried: the failover was rolled back first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolling the failover back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failover rolled back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollback could not start: another action is running on %1; the failover&apos;s change is still in the config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another writer changed the config after the failover: the rollback wrote nothing, so their change is kept and so is the failover&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway refused the rollback: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config could not be read back after the rollback: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the rollback the config still differs from before:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 verified: %3 of %4 operators confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 undone: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the failover&apos;s result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::failover::FailoverLaneNote</name>
    <message>
        <source>Fail &amp;back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operators were moved away from %1. Fail back once it has proven itself again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail over to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::failover::OperatorProgressModel</name>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::failover::OperatorsModel</name>
    <message>
        <source>Operator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the failover&apos;s report uses for this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s %2 identity, e.g. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operator needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is already used by another operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a %3 identity: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::failover::PlanChangesModel</name>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::failover::PreflightChecksModel</name>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed — overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::fleet</name>
    <message>
        <source>not connected to a gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, catching up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::gateway::Connection</name>
    <message>
        <source>the connection was closed</source>
        <translation>the connection was closed</translation>
    </message>
    <message>
        <source>binary WebSocket frame ignored (the protocol uses text frames)</source>
        <translation>binary WebSocket frame ignored (the protocol uses text frames)</translation>
    </message>
    <message>
        <source>connection closed (code %1)</source>
        <translation>connection closed (code %1)</translation>
    </message>
    <message>
        <source>connection closed (code %1: %2)</source>
        <translation>connection closed (code %1: %2)</translation>
    </message>
    <message>
        <source>the gateway dropped events %1 to %2; state must be re-fetched</source>
        <translation>the gateway dropped events %1 to %2; state must be re-fetched</translation>
    </message>
    <message>
        <source>the gateway refused the request without saying why</source>
        <translation>the gateway refused the request without saying why</translation>
    </message>
    <message>
        <source>connect refused without a reason</source>
        <translation>connect refused without a reason</translation>
    </message>
    <message>
        <source>reconnected to the gateway; events may have been missed</source>
        <translation>reconnected to the gateway; events may have been missed</translation>
    </message>
    <message>
        <source>no frame from the gateway for %1 s (tick timeout)</source>
        <translation>no frame from the gateway for %1 s (tick timeout)</translation>
    </message>
    <message>
        <source>the gateway did not accept the connection within %1 s</source>
        <translation>the gateway did not accept the connection within %1 s</translation>
    </message>
    <message>
        <source>the gateway did not complete the handshake within %1 s</source>
        <translation>the gateway did not complete the handshake within %1 s</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>the connection was lost</translation>
    </message>
    <message>
        <source>not connected to the gateway (%1)</source>
        <translation>not connected to the gateway (%1)</translation>
    </message>
    <message>
        <source>%1 request is %2 bytes; the gateway accepts at most %3 bytes</source>
        <translation>%1 request is %2 bytes; the gateway accepts at most %3 bytes</translation>
    </message>
    <message>
        <source>the gateway repeated event seq %1; state must be re-fetched</source>
        <translation>the gateway repeated event seq %1; state must be re-fetched</translation>
    </message>
    <message>
        <source>the gateway sent event seq %1 after %2 (backwards); state must be re-fetched</source>
        <translation>the gateway sent event seq %1 after %2 (backwards); state must be re-fetched</translation>
    </message>
</context>
<context>
    <name>sb::gateway::GatewayMonitor</name>
    <message>
        <source>Connected to %1</source>
        <translation>Connected to %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Handshaking with %1…</source>
        <translation>Handshaking with %1…</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s</source>
        <translation>Reconnecting in %1 s</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s (%2)</source>
        <translation>Reconnecting in %1 s (%2)</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Not connected: %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
</context>
<context>
    <name>sb::health</name>
    <message>
        <source>possible ban: WhatsApp answered 503 right after a send while the link was still on probation</source>
        <translation>possible ban: WhatsApp answered 503 right after a send while the link was still on probation</translation>
    </message>
    <message>
        <source>session revoked (401): the device was unlinked, the stored credentials are useless</source>
        <translation>session revoked (401): the device was unlinked, the stored credentials are useless</translation>
    </message>
    <message>
        <source>another WhatsApp Web session took over (440 conflict)</source>
        <translation>another WhatsApp Web session took over (440 conflict)</translation>
    </message>
    <message>
        <source>possible ban: WhatsApp refused the account (403 forbidden); automatic retries would only hurt the number</source>
        <translation>possible ban: WhatsApp refused the account (403 forbidden); automatic retries would only hurt the number</translation>
    </message>
    <message>
        <source>multi-device mismatch (411): update WhatsApp on the phone, then re-link</source>
        <translation>multi-device mismatch (411): update WhatsApp on the phone, then re-link</translation>
    </message>
    <message>
        <source>the QR code expired before it was scanned (408): start the link again for a fresh code</source>
        <translation>the QR code expired before it was scanned (408): start the link again for a fresh code</translation>
    </message>
    <message>
        <source>WhatsApp asked for the expected restart after pairing (515)</source>
        <translation>WhatsApp asked for the expected restart after pairing (515)</translation>
    </message>
    <message>
        <source>WhatsApp asked for a restart (515); the gateway reconnects</source>
        <translation>WhatsApp asked for a restart (515); the gateway reconnects</translation>
    </message>
    <message>
        <source>OpenClaw&apos;s watchdog recycled a stale connection (499); the gateway reconnects</source>
        <translation>OpenClaw&apos;s watchdog recycled a stale connection (499); the gateway reconnects</translation>
    </message>
    <message>
        <source>connection closed (428); credentials still valid, the gateway reconnects</source>
        <translation>connection closed (428); credentials still valid, the gateway reconnects</translation>
    </message>
    <message>
        <source>connection timed out (408), e.g. network stall or sleep; the gateway reconnects</source>
        <translation>connection timed out (408), e.g. network stall or sleep; the gateway reconnects</translation>
    </message>
    <message>
        <source>bad session (500); the gateway retries, re-link if it keeps coming back</source>
        <translation>bad session (500); the gateway retries, re-link if it keeps coming back</translation>
    </message>
    <message>
        <source>WhatsApp service unavailable (503); the gateway retries with a longer backoff</source>
        <translation>WhatsApp service unavailable (503); the gateway retries with a longer backoff</translation>
    </message>
    <message>
        <source>WhatsApp refuses new links for now (link cooldown)</source>
        <translation>WhatsApp refuses new links for now (link cooldown)</translation>
    </message>
    <message>
        <source>the gateway gave up after 12 reconnect attempts; the channel stays down until restarted</source>
        <translation>the gateway gave up after 12 reconnect attempts; the channel stays down until restarted</translation>
    </message>
    <message>
        <source>Signal wants a captcha before it registers the number</source>
        <translation>Signal wants a captcha before it registers the number</translation>
    </message>
    <message>
        <source>Signal wants proof of humanity (428) before more sends</source>
        <translation>Signal wants proof of humanity (428) before more sends</translation>
    </message>
    <message>
        <source>Signal rate limit (413); retrying before Retry-After only extends it</source>
        <translation>Signal rate limit (413); retrying before Retry-After only extends it</translation>
    </message>
    <message>
        <source>Signal rate limit (429); retrying before Retry-After only extends it</source>
        <translation>Signal rate limit (429); retrying before Retry-After only extends it</translation>
    </message>
    <message>
        <source>Signal rejected the account&apos;s credentials (401): the number was re-registered elsewhere or unregistered</source>
        <translation>Signal rejected the account&apos;s credentials (401): the number was re-registered elsewhere or unregistered</translation>
    </message>
    <message>
        <source>Signal authorization failed (403): re-register the number</source>
        <translation>Signal authorization failed (403): re-register the number</translation>
    </message>
    <message>
        <source>registration lock (423): re-register with the account PIN</source>
        <translation>registration lock (423): re-register with the account PIN</translation>
    </message>
    <message>
        <source>the Signal server refuses this signal-cli version (499, not WhatsApp&apos;s 499)</source>
        <translation>the Signal server refuses this signal-cli version (499, not WhatsApp&apos;s 499)</translation>
    </message>
    <message>
        <source>the event stream timed out (408); the gateway reconnects</source>
        <translation>the event stream timed out (408); the gateway reconnects</translation>
    </message>
    <message>
        <source>the daemon was not ready for the event stream (425); the gateway reconnects</source>
        <translation>the daemon was not ready for the event stream (425); the gateway reconnects</translation>
    </message>
    <message>
        <source>the Signal daemon permanently rejected the event stream (%1): fix the account or daemon URL, then restart the channel</source>
        <translation>the Signal daemon permanently rejected the event stream (%1): fix the account or daemon URL, then restart the channel</translation>
    </message>
    <message>
        <source>the Signal daemon or server failed (%1); the gateway reconnects</source>
        <translation>the Signal daemon or server failed (%1); the gateway reconnects</translation>
    </message>
    <message>
        <source>Signal event stream (SSE) lost; the gateway reconnects every 1 to 10 s</source>
        <translation>Signal event stream (SSE) lost; the gateway reconnects every 1 to 10 s</translation>
    </message>
    <message>
        <source>Telegram rejected the bot token (getMe 401)</source>
        <translation>Telegram rejected the bot token (getMe 401)</translation>
    </message>
    <message>
        <source>another process is polling with this bot token (409 conflict)</source>
        <translation>another process is polling with this bot token (409 conflict)</translation>
    </message>
    <message>
        <source>Telegram flood control (429)</source>
        <translation>Telegram flood control (429)</translation>
    </message>
    <message>
        <source>Telegram unreachable (network failure); the gateway retries</source>
        <translation>Telegram unreachable (network failure); the gateway retries</translation>
    </message>
    <message>
        <source>the gateway gave up reconnecting; the channel stays down until restarted</source>
        <translation>the gateway gave up reconnecting; the channel stays down until restarted</translation>
    </message>
    <message>
        <source>the session was logged out</source>
        <translation>the session was logged out</translation>
    </message>
    <message>
        <source>another session took over</source>
        <translation>another session took over</translation>
    </message>
    <message>
        <source>the credentials were rejected</source>
        <translation>the credentials were rejected</translation>
    </message>
    <message>
        <source>disconnected; the gateway reconnects</source>
        <translation>disconnected; the gateway reconnects</translation>
    </message>
    <message>
        <source>a send failed</source>
        <translation>a send failed</translation>
    </message>
    <message>
        <source>the channel was disabled</source>
        <translation>the channel was disabled</translation>
    </message>
    <message>
        <source>the channel stopped</source>
        <translation>the channel stopped</translation>
    </message>
    <message>
        <source>the gateway gave up reconnecting</source>
        <translation>the gateway gave up reconnecting</translation>
    </message>
    <message>
        <source>the connection dropped</source>
        <translation>the connection dropped</translation>
    </message>
    <message>
        <source>re-link started; waiting for the QR code to be scanned</source>
        <translation>re-link started; waiting for the QR code to be scanned</translation>
    </message>
    <message>
        <source>the channel is starting</source>
        <translation>the channel is starting</translation>
    </message>
    <message>
        <source>enabled; waiting for the channel to connect</source>
        <translation>enabled; waiting for the channel to connect</translation>
    </message>
    <message>
        <source>the channel stopped: %1</source>
        <translation>the channel stopped: %1</translation>
    </message>
    <message>
        <source>disabled on purpose</source>
        <translation>disabled on purpose</translation>
    </message>
    <message>
        <source>the gateway is reconnecting</source>
        <translation>the gateway is reconnecting</translation>
    </message>
    <message>
        <source>the gateway is reconnecting: %1</source>
        <translation>the gateway is reconnecting: %1</translation>
    </message>
    <message>
        <source>a send failed%1 while on probation; if the channel is lost now, treat it as a possible ban</source>
        <translation>a send failed%1 while on probation; if the channel is lost now, treat it as a possible ban</translation>
    </message>
    <message>
        <source>possible ban: a send failed%1 while the lane was on probation, then %2</source>
        <translation>possible ban: a send failed%1 while the lane was on probation, then %2</translation>
    </message>
    <message>
        <source>re-linked just now</source>
        <translation>re-linked just now</translation>
    </message>
    <message numerus="yes">
        <source>re-linked %n min ago</source>
        <translation>
            <numerusform>re-linked %n min ago</numerusform>
            <numerusform>re-linked %n min ago</numerusform>
        </translation>
    </message>
    <message>
        <source>reconnected just now</source>
        <translation>reconnected just now</translation>
    </message>
    <message numerus="yes">
        <source>reconnected %n min ago</source>
        <translation>
            <numerusform>reconnected %n min ago</numerusform>
            <numerusform>reconnected %n min ago</numerusform>
        </translation>
    </message>
    <message>
        <source>connected just now</source>
        <translation>connected just now</translation>
    </message>
    <message numerus="yes">
        <source>connected %n min ago</source>
        <translation>
            <numerusform>connected %n min ago</numerusform>
            <numerusform>connected %n min ago</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 deliveries proven</source>
        <translation>%1 of %2 deliveries proven</translation>
    </message>
    <message numerus="yes">
        <source>%n more min connected needed</source>
        <translation>
            <numerusform>%n more min connected needed</numerusform>
            <numerusform>%n more min connected needed</numerusform>
        </translation>
    </message>
    <message>
        <source>a send failed: a loss now would mean a possible ban</source>
        <translation>a send failed: a loss now would mean a possible ban</translation>
    </message>
    <message>
        <source>flapping: %1 disconnects in the last %2 min</source>
        <translation>flapping: %1 disconnects in the last %2 min</translation>
    </message>
    <message>
        <source>proven: %1 min connected without a disconnect and %2 deliveries since the last recovery</source>
        <translation>proven: %1 min connected without a disconnect and %2 deliveries since the last recovery</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>healthy</translation>
    </message>
    <message>
        <source>probation</source>
        <translation>probation</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>degraded</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>reconnecting</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>logged out</source>
        <translation>logged out</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blocked</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>No action needed</source>
        <translation>No action needed</translation>
    </message>
    <message>
        <source>Re-link the account (scan a new QR code)</source>
        <translation>Re-link the account (scan a new QR code)</translation>
    </message>
    <message>
        <source>Restart the channel</source>
        <translation>Restart the channel</translation>
    </message>
    <message>
        <source>Resolve the conflict: find the other session or process using this account, then restart the channel</source>
        <translation>Resolve the conflict: find the other session or process using this account, then restart the channel</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n s, then try again</source>
        <translation>
            <numerusform>Wait %n s, then try again</numerusform>
            <numerusform>Wait %n s, then try again</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait, then try again</source>
        <translation>Wait, then try again</translation>
    </message>
    <message>
        <source>Fail over to a healthy channel</source>
        <translation>Fail over to a healthy channel</translation>
    </message>
    <message>
        <source>Re-register the number (captcha, verification code, PIN)</source>
        <translation>Re-register the number (captcha, verification code, PIN)</translation>
    </message>
    <message>
        <source>Solve the captcha and submit the token</source>
        <translation>Solve the captcha and submit the token</translation>
    </message>
    <message>
        <source>Check the bot token</source>
        <translation>Check the bot token</translation>
    </message>
    <message>
        <source>Upgrade signal-cli</source>
        <translation>Upgrade signal-cli</translation>
    </message>
    <message>
        <source>the channel has not come back since the operator&apos;s restart</source>
        <translation>the channel has not come back since the operator&apos;s restart</translation>
    </message>
    <message>
        <source>restart requested by the operator; waiting for the channel to start</source>
        <translation>restart requested by the operator; waiting for the channel to start</translation>
    </message>
    <message>
        <source>restarting at the operator&apos;s request</source>
        <translation>restarting at the operator&apos;s request</translation>
    </message>
    <message>
        <source>On the gateway host: openclaw channels login --channel whatsapp --account %1, then scan the QR code in WhatsApp → Linked Devices.</source>
        <translation>On the gateway host: openclaw channels login --channel whatsapp --account %1, then scan the QR code in WhatsApp → Linked Devices.</translation>
    </message>
    <message>
        <source>On the gateway host: openclaw channels login --channel %1 --account %2</source>
        <translation>On the gateway host: openclaw channels login --channel %1 --account %2</translation>
    </message>
    <message>
        <source>Log the other session out (WhatsApp → Linked Devices on the phone, or stop the other process using this account), then restart the channel.</source>
        <translation>Log the other session out (WhatsApp → Linked Devices on the phone, or stop the other process using this account), then restart the channel.</translation>
    </message>
    <message>
        <source>Move the operators to a healthy channel: put their identities on its allowFrom and commands.ownerAllowFrom, point heartbeat delivery at it, then disable this channel.</source>
        <translation>Move the operators to a healthy channel: put their identities on its allowFrom and commands.ownerAllowFrom, point heartbeat delivery at it, then disable this channel.</translation>
    </message>
    <message>
        <source>On the signal-cli host: signal-cli -a &lt;number&gt; register (add --captcha &lt;token&gt; if asked), then signal-cli -a &lt;number&gt; verify &lt;code&gt;.</source>
        <translation>On the signal-cli host: signal-cli -a &lt;number&gt; register (add --captcha &lt;token&gt; if asked), then signal-cli -a &lt;number&gt; verify &lt;code&gt;.</translation>
    </message>
    <message>
        <source>Open https://signalcaptchas.org/registration/generate.html from the same network as signal-cli, copy the signalcaptcha:// link, then signal-cli -a &lt;number&gt; register --captcha &lt;link&gt;.</source>
        <translation>Open https://signalcaptchas.org/registration/generate.html from the same network as signal-cli, copy the signalcaptcha:// link, then signal-cli -a &lt;number&gt; register --captcha &lt;link&gt;.</translation>
    </message>
    <message>
        <source>Check the bot token with @BotFather and set it in channels.%1.botToken (or the account&apos;s botToken), then restart the channel.</source>
        <translation>Check the bot token with @BotFather and set it in channels.%1.botToken (or the account&apos;s botToken), then restart the channel.</translation>
    </message>
    <message>
        <source>Upgrade signal-cli on the host that runs its daemon, then restart the channel.</source>
        <translation>Upgrade signal-cli on the host that runs its daemon, then restart the channel.</translation>
    </message>
    <message>
        <source>Restart the gateway on its host instead: openclaw gateway restart</source>
        <translation>Restart the gateway on its host instead: openclaw gateway restart</translation>
    </message>
    <message>
        <source>not linked: the gateway holds no session for this account yet</source>
        <translation>not linked: the gateway holds no session for this account yet</translation>
    </message>
    <message>
        <source>cannot read what the gateway says about this lane: %1</source>
        <translation>cannot read what the gateway says about this lane: %1</translation>
    </message>
    <message numerus="yes">
        <source>no connection for %n min while the gateway retries: %1 does not answer</source>
        <translation>
            <numerusform>no connection for %n min while the gateway retries: %1 does not answer</numerusform>
            <numerusform>no connection for %n min while the gateway retries: %1 does not answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no connection for %n min while the gateway retries</source>
        <translation>
            <numerusform>no connection for %n min while the gateway retries</numerusform>
            <numerusform>no connection for %n min while the gateway retries</numerusform>
        </translation>
    </message>
    <message>
        <source>Link the account (scan a QR code)</source>
        <translation>Link the account (scan a QR code)</translation>
    </message>
    <message>
        <source>Check what the channel connects to: the gateway&apos;s retries reach nothing</source>
        <translation>Check what the channel connects to: the gateway&apos;s retries reach nothing</translation>
    </message>
    <message>
        <source>Check that the signal-cli daemon the gateway uses (channels.signal.transport.url) runs and answers GET /api/v1/check from the gateway host, then restart the channel.</source>
        <translation>Check that the signal-cli daemon the gateway uses (channels.signal.transport.url) runs and answers GET /api/v1/check from the gateway host, then restart the channel.</translation>
    </message>
    <message>
        <source>Check that the gateway host reaches the Telegram Bot API (channels.telegram.apiRoot, proxy, DNS), then restart the channel.</source>
        <translation>Check that the gateway host reaches the Telegram Bot API (channels.telegram.apiRoot, proxy, DNS), then restart the channel.</translation>
    </message>
    <message>
        <source>Check the gateway host&apos;s network and the channel&apos;s endpoint in channels.%1, then restart the channel.</source>
        <translation>Check the gateway host&apos;s network and the channel&apos;s endpoint in channels.%1, then restart the channel.</translation>
    </message>
    <message numerus="yes">
        <source>%n drops in a row</source>
        <translation>
            <numerusform>%n drop in a row</numerusform>
            <numerusform>%n drops in a row</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::incidents</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name a new history file to import into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the window&apos;s own history; import into a separate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; import into a new file so nothing is mixed into a history that is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history cannot be the log file itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the imported history to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test message sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel restarted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relink (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failover (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session revoked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another session took over (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another session took over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gateway gave up reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorization failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorization failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registration problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relink started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-linked successfully; tests OK (%1 delivered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-linked successfully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbound message failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbound message failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (possible ban)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one outbound message → %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — pattern repeats %2× through %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proven healthy again; incident closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proven healthy again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still open: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 (still open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At its worst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First operator action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after it began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported by Switchboard %1 from history %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lanes over the incident&apos;s span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this program cannot draw %1 pages (no painter installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 page could not be drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown export format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 verified: %3 of %4 operators confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 rolled back (%3 of %4 operators confirmed); the config read back as before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 not rolled back: another writer changed the config since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 rolled back only in part: the config differs from before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 not written — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2: config written (%3 settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failover rollback not written — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failover rolled back: %1 settings restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failover check to %1 confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failover check to %1 not confirmed — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failover pre-flight check %1 overridden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::incidents::IncidentListModel</name>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::incidents::IncidentsPanel</name>
    <message>
        <source>Export incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title for this incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, what you did, what you learnt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an incident to read its receipts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 exported to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::linking</name>
    <message>
        <source>the image is not a PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PNG is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PNG header is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PNG has no image data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PNG is %1 × %2 pixels, not a QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PNG&apos;s colour type %1 at %2 bits is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interlaced PNGs are not read here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PNG&apos;s palette is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PNG&apos;s image data does not decompress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PNG uses an unknown row filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PNG points past its palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s QR code is not a PNG image (it does not start with %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s QR code is %1 characters long, more than the 16 KB a QR image may be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s QR code is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s QR code cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture has no dark modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no QR finder pattern in the picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::linking::BanRisk</name>
    <message>
        <source>This number was blocked at %1, possibly banned by WhatsApp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number&apos;s last relink was lost at %1, within the last 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relinking a number that was just banned tends to end in another ban. Move the operators to another channel first (fail over) and let this number rest; relink only if you must.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::linking::LaneBringUp</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::linking::PairingQueue</name>
    <message>
        <source>This gateway speaks protocol 3, which has no DM pairing calls. On the gateway host run &quot;openclaw pairing list &lt;channel&gt;&quot;, then: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the DM access requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This gateway has no DM pairing calls (protocol 3). On the gateway host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DM access requests could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DM access request is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n DM access request(s) waiting.</source>
        <translation>
            <numerusform>%n DM access request waiting.</numerusform>
            <numerusform>%n DM access requests waiting.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request from %1 no longer exists: it was handled elsewhere or it expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DM access approved for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another action is still running on this lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may now message %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They were told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telling them failed; let them know yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are now the command owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They could not be made command owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dismissing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DM access dismissed for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request from %1 was dismissed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: the requests shown are as last seen; they are read again once the gateway is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::linking::SignalInput</name>
    <message>
        <source>Enter the phone number of the Signal account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in international form: start with + and the country code (E.164, e.g. +15555550100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an E.164 phone number: + then 7 to 15 digits, the first not 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the link the captcha page&apos;s “Open Signal” button points to (it starts with signalcaptcha://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a captcha token. Right-click “Open Signal” on the captcha page after solving it and copy the link: signalcaptcha://signal-hcaptcha.… (a long line of letters, digits, dots and dashes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code Signal sends by SMS or voice has six digits (e.g. 123-456).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration lock PIN has at least 4 digits or letters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::linking::SignalLinkFlow</name>
    <message>
        <source>Link the signal-cli daemon to the Signal account on a phone: the phone scans a code, and the daemon becomes one of its linked devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked, and the Signal channel is running again. It is on probation until proven: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked, but the channel did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On probation: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal is proven: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed before the link completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link is already under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linking signal-cli as a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal device link started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another action is still running on this lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking signal-cli for a link code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the phone: Signal → Settings → Linked devices → Link new device, and scan this code. It is valid for a short time only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code was not scanned in time. Start again for a fresh code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link did not complete: %1 Start again for a fresh code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal-cli is now a linked device of the phone&apos;s Signal account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the Signal channel again…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::linking::SignalRegistrationFlow</name>
    <message>
        <source>Enter the phone number to register with Signal (E.164, e.g. +15555550100). Registering a number with signal-cli de-authorizes the Signal app on a phone that uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Signal channel is running again. It is on probation until it has proven itself: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered, but the channel did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On probation: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal is proven: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed before signal-cli answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the step that is running to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Signal is rate limiting this number: nothing is sent for another %n second(s).</source>
        <translation>
            <numerusform>Signal is rate limiting this number: nothing is sent for another %n second.</numerusform>
            <numerusform>Signal is rate limiting this number: nothing is sent for another %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another action is still running on this lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code Signal sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number to re-register first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A voice call can be asked for once Signal has sent an SMS code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal has not asked for a captcha.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal has not sent a code yet: register the number first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal has not asked for the registration lock PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting to be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solve a fresh challenge captcha and paste its link: the last one was not accepted in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate limit has run out: you may try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal re-registration of %1 requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal registration of %1 requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking signal-cli to register %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Signal to send a code to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal will call %1 with a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal is sending a code by SMS to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter it here (spaces and dashes are fine). If no SMS arrives within a minute, ask for a voice call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verifying %1 with signal-cli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal code entered for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the code with Signal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is registered with Signal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitting a rate-limit challenge for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal rate-limit captcha submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the solved captcha to Signal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal accepted the captcha and lifted the rate limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal wants a captcha before it sends a code. Open the captcha page, solve it, then right-click “Open Signal” and copy the link, and paste it here. Solve it from this machine&apos;s network: a captcha solved from another IP address is refused, and tokens expire within minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal refused the captcha: it was used already, expired, or solved from another IP address. Solve a fresh one and paste its link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal answered 403 Authorization failed. Either another device registered %1 since (the phone&apos;s Signal app or another signal-cli took the number back, which de-authorizes this one), or the captcha was solved from a different IP address than the daemon&apos;s. Re-register the number to take it back; that de-authorizes the Signal app on any phone using it. (signal-cli: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal is rate limiting this number (%1). Nothing is sent before the countdown ends; retrying early only makes the wait longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Signal is rate limiting this number (%1) and did not say for how long: Switchboard waits %n second(s) before allowing another try.</source>
        <translation>
            <numerusform>Signal is rate limiting this number (%1) and did not say for how long: Switchboard waits %n second before allowing another try.</numerusform>
            <numerusform>Signal is rate limiting this number (%1) and did not say for how long: Switchboard waits %n seconds before allowing another try.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signal is rate limiting this number but will lift it for a solved captcha. Open the challenge page, solve it, copy the “Open Signal” link and paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the code Signal sent to %1. Check the SMS (or call) and type it again; too many wrong tries get the number rate limited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has expired. Register again to have Signal send a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a registration lock: enter the Signal PIN set on this number. (signal-cli: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is not the registration lock&apos;s; the tries are limited. (signal-cli: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Signal server refuses this signal-cli as too old (499). Upgrade signal-cli and restart the daemon, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is registered. Starting the gateway&apos;s Signal channel again…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::linking::TelegramSetupFlow</name>
    <message>
        <source>Paste the bot token @BotFather gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Telegram bot token: it should be the bot&apos;s number, a colon and about 35 letters, digits, &quot;-&quot; or &quot;_&quot; (as @BotFather shows it), with no spaces inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the bot token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bot token set by the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another action is still running on this lane; try again when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the gateway&apos;s configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s configuration could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping the token in this computer&apos;s keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not take the token (%1); nothing was written to the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the token to the gateway…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s configuration changed while the token was being written; nothing was changed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway did not take the token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot token is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking Telegram who the bot is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram probe by the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Telegram who the bot is…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probe failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gateway reported no bot for this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram did not confirm the bot: %1. Check the token with @BotFather and that the gateway host reaches api.telegram.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy mode is on for @%1, yet groups are configured to read messages without a mention: the bot will only see commands and mentions. Turn privacy mode off with @BotFather (/setprivacy), then re-add the bot to its groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This gateway runs %1 Telegram bots. Bots never see other bots&apos; messages in groups (openclaw#408): a bot will not react to what another bot posts in a group they share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram confirms the bot @%1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::linking::WhatsAppLinkFlow</name>
    <message>
        <source>Checking that the gateway has this WhatsApp account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s configuration could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway has no %1 account &quot;%2&quot; in its configuration. Nothing was started: the gateway would accept the id and create empty credentials for it. Add the account to channels.%1 first, or pick one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a WhatsApp login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp login started by the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another action is still running on this lane; try again when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the gateway for a QR code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway did not start a login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway issued a QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the QR code to be scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp QR shown to the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open WhatsApp on the phone → Settings → Linked Devices → Link a device, and point it at this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp is not letting this phone link new devices right now (&quot;%1&quot;). Wait: WhatsApp lifts this by itself, usually within hours, and trying again and again can make it last longer. Nothing retries on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway could not start a WhatsApp login: &quot;%1&quot;. Check that the gateway host reaches web.whatsapp.com (DNS, proxy, firewall) and that the WhatsApp plugin is running, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no QR code and no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the scan failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked. The lane is on probation until it proves itself: it must stay connected and deliver. Send a test message to help it along.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned. WhatsApp asked the gateway to restart the connection after pairing (code 515): this is expected, the link carries on by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code expired before it was scanned (&quot;%1&quot;). Ask for a new one when the phone is at hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another WhatsApp Web session took over (440): &quot;%1&quot;. Log the other session out on the phone (Linked Devices) or stop the other process using this number, then link again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp logged the session out (401) and the gateway cleared it: &quot;%1&quot;. Ask for a new QR code to link again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login failed: &quot;%1&quot;. Check the phone&apos;s connection and the gateway&apos;s log, then ask for a new QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp linked; the lane is on probation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code expired before it was scanned. Ask for a new one when the phone is at hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lane has proven itself: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked, then another WhatsApp Web session took over (440). %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked, then WhatsApp logged the session out (401). %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked, then lost while on probation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone cannot link new devices at this time. Wait: WhatsApp lifts this by itself, usually within hours, and trying again and again can make it last longer. Nothing retries on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. No login is left waiting: the gateway forgets an unscanned QR code within 3 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::linking::signalcli::SignalCliClient</name>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>startLink returned no sgnl://linkdevice URI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::linking::signalcli::SignalCliEvents</name>
    <message>
        <source>the event stream sent no response within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daemon rejected the event stream: HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an event stream (Content-Type %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daemon ended the event stream</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::policy</name>
    <message>
        <source>a phone number needs 7 to 15 digits after the +, without a leading 0</source>
        <translation>a phone number needs 7 to 15 digits after the +, without a leading 0</translation>
    </message>
    <message>
        <source>a phone number must start with + and the country code (E.164, e.g. +15555550100)</source>
        <translation>a phone number must start with + and the country code (E.164, e.g. +15555550100)</translation>
    </message>
    <message>
        <source>a WhatsApp group id looks like 120363012345678901@g.us</source>
        <translation>a WhatsApp group id looks like 120363012345678901@g.us</translation>
    </message>
    <message>
        <source>a Telegram username is @ followed by 5 to 32 letters, digits or underscores</source>
        <translation>a Telegram username is @ followed by 5 to 32 letters, digits or underscores</translation>
    </message>
    <message>
        <source>a Telegram recipient is a numeric id (123456789, -1001234567890) or an @username</source>
        <translation>a Telegram recipient is a numeric id (123456789, -1001234567890) or an @username</translation>
    </message>
    <message>
        <source>a Signal uuid looks like uuid:1b2c3d4e-0000-4000-8000-123456789abc</source>
        <translation>a Signal uuid looks like uuid:1b2c3d4e-0000-4000-8000-123456789abc</translation>
    </message>
    <message>
        <source>a Signal group id is group: followed by the group&apos;s base64 id</source>
        <translation>a Signal group id is group: followed by the group&apos;s base64 id</translation>
    </message>
    <message>
        <source>enter a recipient</source>
        <translation>enter a recipient</translation>
    </message>
    <message>
        <source>a recipient has no spaces</source>
        <translation>a recipient has no spaces</translation>
    </message>
    <message>
        <source>no JSON report in the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output is not a JSON report (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report has no findings list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a finding without a checkId or a known severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; needs its channel in front, e.g. telegram:123456789</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a %3 identity: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty config path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channels.%1 has settings Switchboard cannot read (%2); it is shown read-only and never rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a redacted secret cannot be written back as a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set every open group policy to &quot;allowlist&quot; and every open DM policy to &quot;pairing&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open group/DM policy with elevated tools enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found inbound policy=&quot;open&quot; at:
%1
With tools.elevated enabled, a prompt injection in those conversations can become a high-impact incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set each listed group/DM policy to &quot;allowlist&quot; and keep elevated allowlists extremely tight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 DMs are open to anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1=&quot;open&quot; with allowFrom %2 allows anyone to DM the bot (account %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use dmPolicy &quot;pairing&quot; (the default) or &quot;allowlist&quot; with explicit ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close %1&apos;s DMs to pairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1&apos;s looser overrides so the channel&apos;s policy applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (channel: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 on %2 is looser than its channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s own settings override the channel&apos;s: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account&apos;s overrides, or make them at least as strict as the channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require a mention in the groups the bot cannot read in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram privacy mode hides the group messages this bot is set to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups %1 have requireMention false, but the probe says the bot cannot read all group messages (privacy mode is on): it only sees mentions and replies there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BotFather /setprivacy → Disable, then remove and re-add the bot in each group; or require a mention in those groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two bots of this gateway share Telegram group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts %1 are all configured for group %2. Telegram never shows a bot another bot&apos;s messages, so they cannot see or answer each other there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one bot per group, or route between them through the gateway, not the chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp account %1 runs on a personal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selfChatMode is on: the bot answers as the operator&apos;s own WhatsApp number. WhatsApp may ban a personal number that sends automated messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer a separate number for the bot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone on %1 may use elevated tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tools.elevated.allowFrom.%1 contains &quot;*&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the few senders who need elevated tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;*&quot; from tools.elevated.allowFrom.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object keyed by account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders approved through DM pairing are kept in the gateway&apos;s state database, not in the config: they are not listed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::policy::ChangeLine</name>
    <message>
        <source>%1: set to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: remove %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::policy::ConfigWriter</name>
    <message>
        <source>The config has not been read yet, or a write is still under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another action is still running on this lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another writer changed the config after Switchboard read it: nothing was written. Their change is shown beside yours; apply yours again on top of theirs, or drop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: the config already said so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; applies after the gateway restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; nothing in effect changed (the values equal OpenClaw&apos;s defaults).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved and in effect: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::policy::EffectivePolicyModel</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no groups map: every group, subject to groupPolicy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (reads every message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (allowFrom %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenClaw default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowFrom&apos;s: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account overrides its channel&apos;s %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::policy::FindingsModel</name>
    <message>
        <source>CRITICAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard + OpenClaw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenClaw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::policy::LaneSecurityNote</name>
    <message>
        <source>&amp;Fix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the fix in Allowlists &amp; Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRITICAL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::policy::LevelReader</name>
    <message>
        <source>expected one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object keyed by group id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the legacy key; `openclaw doctor --fix` moves it to dmPolicy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry is neither text nor a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::policy::OpenClawAuditRun</name>
    <message>
        <source>openclaw security audit did not answer within %1 s; showing Switchboard&apos;s own findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>openclaw could not be started (%1); showing Switchboard&apos;s own findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>openclaw security audit crashed; showing Switchboard&apos;s own findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>openclaw security audit (exit %1) gave no usable report: %2; showing Switchboard&apos;s own findings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::policy::SecurityAudit</name>
    <message>
        <source>OpenClaw&apos;s own audit is running…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::policy::SecuritySetup</name>
    <message>
        <source>OpenClaw&apos;s own audit does not run against the drill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allowlists &amp;&amp; Security…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::policy::SecurityWindow</name>
    <message>
        <source>Allowlists &amp; Security — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may reach each account (effective policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an allowFrom or groupAllowFrom row; ids separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview &amp;Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write to Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-apply on Their Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drop Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change dropped; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown read-only, never rewritten: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fix cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the change, then write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their change (already written):
%1

Yours (not written):
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::policy::WritePreview</name>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.patch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replacePaths %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::store</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>cannot open the history file %1: %2</source>
        <translation>cannot open the history file %1: %2</translation>
    </message>
    <message>
        <source>the action log is broken before row %1: a row was removed or inserted</source>
        <translation>the action log is broken before row %1: a row was removed or inserted</translation>
    </message>
    <message>
        <source>row %1 of the action log was changed after it was written</source>
        <translation>row %1 of the action log was changed after it was written</translation>
    </message>
</context>
<context>
    <name>switchboardctl</name>
    <message>
        <source>Run &apos;switchboardctl --help&apos; for usage.</source>
        <translation>Run &apos;switchboardctl --help&apos; for usage.</translation>
    </message>
    <message>
        <source>give exactly one of --token-env VAR or --token-stdin</source>
        <translation>give exactly one of --token-env VAR or --token-stdin</translation>
    </message>
    <message>
        <source>environment variable %1 is unset or empty</source>
        <translation>environment variable %1 is unset or empty</translation>
    </message>
    <message>
        <source>cannot read the token from standard input</source>
        <translation>cannot read the token from standard input</translation>
    </message>
    <message>
        <source>no token on standard input</source>
        <translation>no token on standard input</translation>
    </message>
    <message>
        <source>Headless Switchboard: query OpenClaw gateways.</source>
        <translation>Headless Switchboard: query OpenClaw gateways.</translation>
    </message>
    <message>
        <source>Read the gateway token from the first line of standard input.</source>
        <translation>Read the gateway token from the first line of standard input.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Print JSON instead of a table.</translation>
    </message>
    <message>
        <source>Give up after S seconds (default 20).</source>
        <translation>Give up after S seconds (default 20).</translation>
    </message>
    <message>
        <source>Allow ws:// to a host that is not loopback (sends the token unencrypted).</source>
        <translation>Allow ws:// to a host that is not loopback (sends the token unencrypted).</translation>
    </message>
    <message>
        <source>Log levels, e.g. warn,gateway=debug (default warn).</source>
        <translation>Log levels, e.g. warn,gateway=debug (default warn).</translation>
    </message>
    <message>
        <source>--timeout needs a whole number of seconds between 1 and 3600</source>
        <translation>--timeout needs a whole number of seconds between 1 and 3600</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>no answer from the gateway within %1 s</source>
        <translation>no answer from the gateway within %1 s</translation>
    </message>
    <message>
        <source>Gateway:     %1</source>
        <translation>Gateway:     %1</translation>
    </message>
    <message>
        <source>State:       not connected</source>
        <translation>State:       not connected</translation>
    </message>
    <message>
        <source>Error:       %1</source>
        <translation>Error:       %1</translation>
    </message>
    <message>
        <source>State:       connected</source>
        <translation>State:       connected</translation>
    </message>
    <message>
        <source>Server:      OpenClaw %1, protocol %2</source>
        <translation>Server:      OpenClaw %1, protocol %2</translation>
    </message>
    <message>
        <source>Uptime:      %1</source>
        <translation>Uptime:      %1</translation>
    </message>
    <message>
        <source>Auth mode:   %1</source>
        <translation>Auth mode:   %1</translation>
    </message>
    <message>
        <source>Role:        %1</source>
        <translation>Role:        %1</translation>
    </message>
    <message>
        <source>Scopes:      %1</source>
        <translation>Scopes:      %1</translation>
    </message>
    <message>
        <source>(not reported by this gateway)</source>
        <translation>(not reported by this gateway)</translation>
    </message>
    <message>
        <source>Tick:        every %1 s</source>
        <translation>Tick:        every %1 s</translation>
    </message>
    <message>
        <source>Config file: %1</source>
        <translation>Config file: %1</translation>
    </message>
    <message>
        <source>channels.status failed: %1</source>
        <translation>channels.status failed: %1</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>CHANNEL</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>ACCOUNT</translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation>ENABLED</translation>
    </message>
    <message>
        <source>LINKED</source>
        <translation>LINKED</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation>RUNNING</translation>
    </message>
    <message>
        <source>CONNECTED</source>
        <translation>CONNECTED</translation>
    </message>
    <message>
        <source>HEALTH</source>
        <translation>HEALTH</translation>
    </message>
    <message>
        <source>RECONNECTS</source>
        <translation>RECONNECTS</translation>
    </message>
    <message>
        <source>LAST ERROR</source>
        <translation>LAST ERROR</translation>
    </message>
    <message>
        <source>Issues reported by the gateway:</source>
        <translation>Issues reported by the gateway:</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Fix: %1</translation>
    </message>
    <message>
        <source>status: every lane&apos;s state, reason and action, once.
watch: the lanes&apos; transitions as they happen.
history: one lane&apos;s stored state segments.</source>
        <translation>status: every lane&apos;s state, reason and action, once.
watch: the lanes&apos; transitions as they happen.
history: one lane&apos;s stored state segments.</translation>
    </message>
    <message>
        <source>watch: stop after S seconds (default: until interrupted).</source>
        <translation>watch: stop after S seconds (default: until interrupted).</translation>
    </message>
    <message>
        <source>history: the lane, as gateway/channel/account.</source>
        <translation>history: the lane, as gateway/channel/account.</translation>
    </message>
    <message>
        <source>history: from this date-time (ISO 8601) or age (90m, 12h, 7d); default 24h.</source>
        <translation>history: from this date-time (ISO 8601) or age (90m, 12h, 7d); default 24h.</translation>
    </message>
    <message>
        <source>no command given (available: %1)</source>
        <translation>no command given (available: %1)</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (available: %2)</source>
        <translation>unknown command &quot;%1&quot; (available: %2)</translation>
    </message>
    <message>
        <source>history needs --lane gateway/channel/account</source>
        <translation>history needs --lane gateway/channel/account</translation>
    </message>
    <message>
        <source>--duration needs a whole number of seconds</source>
        <translation>--duration needs a whole number of seconds</translation>
    </message>
    <message>
        <source>cannot read --since &quot;%1&quot;: give a date-time like 2026-02-12T18:00 or an age like 90m, 12h, 7d</source>
        <translation>cannot read --since &quot;%1&quot;: give a date-time like 2026-02-12T18:00 or an age like 90m, 12h, 7d</translation>
    </message>
    <message>
        <source>switchboardctl: no history at %1 (the Switchboard window writes it while it watches a gateway)</source>
        <translation>switchboardctl: no history at %1 (the Switchboard window writes it while it watches a gateway)</translation>
    </message>
    <message>
        <source>switchboardctl: no lane &quot;%1&quot; in %2</source>
        <translation>switchboardctl: no lane &quot;%1&quot; in %2</translation>
    </message>
    <message>
        <source>Lanes in this history:</source>
        <translation>Lanes in this history:</translation>
    </message>
    <message numerus="yes">
        <source>%1 since %2 (%n segment(s))</source>
        <translation>
            <numerusform>%1 since %2 (%n segment)</numerusform>
            <numerusform>%1 since %2 (%n segments)</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (%2 ago)</translation>
    </message>
    <message>
        <source>Lanes (worst first):</source>
        <translation>Lanes (worst first):</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Action: %1</translation>
    </message>
    <message>
        <source>(the gateway reports no channel accounts)</source>
        <translation>(the gateway reports no channel accounts)</translation>
    </message>
    <message>
        <source>gateway: %1</source>
        <translation>gateway: %1</translation>
    </message>
    <message>
        <source>--config: cannot read %1</source>
        <translation>--config: cannot read %1</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s for the token of profile &quot;%2&quot;</source>
        <translation>the keychain did not answer within %1 s for the token of profile &quot;%2&quot;</translation>
    </message>
    <message>
        <source>cannot read the token of profile &quot;%1&quot; from the keychain: %2</source>
        <translation>cannot read the token of profile &quot;%1&quot; from the keychain: %2</translation>
    </message>
    <message>
        <source>--profile: %1 profiles are named &quot;%2&quot;; give the id of one (%3)</source>
        <translation>--profile: %1 profiles are named &quot;%2&quot;; give the id of one (%3)</translation>
    </message>
    <message>
        <source>--profile: no profile named &quot;%1&quot; (the settings have no profiles)</source>
        <translation>--profile: no profile named &quot;%1&quot; (the settings have no profiles)</translation>
    </message>
    <message>
        <source>--profile: no profile named &quot;%1&quot; (profiles: %2)</source>
        <translation>--profile: no profile named &quot;%1&quot; (profiles: %2)</translation>
    </message>
    <message>
        <source>--gateway URL or --profile NAME is required</source>
        <translation>--gateway URL or --profile NAME is required</translation>
    </message>
    <message>
        <source>%1 --token-env for %2 --gateway: give one --token-env per --gateway, in the same order (a --profile&apos;s token comes from the keychain)</source>
        <translation>%1 --token-env for %2 --gateway: give one --token-env per --gateway, in the same order (a --profile&apos;s token comes from the keychain)</translation>
    </message>
    <message>
        <source>--token-stdin reads a single token and there are %1 gateways: give --token-env VAR once per --gateway instead</source>
        <translation>--token-stdin reads a single token and there are %1 gateways: give --token-env VAR once per --gateway instead</translation>
    </message>
    <message>
        <source>--token-stdin is for a --gateway; a --profile&apos;s token comes from the keychain</source>
        <translation>--token-stdin is for a --gateway; a --profile&apos;s token comes from the keychain</translation>
    </message>
    <message>
        <source>%1 --gateway but %2 --token-env: each --gateway needs its own --token-env VAR, in the same order</source>
        <translation>%1 --gateway but %2 --token-env: each --gateway needs its own --token-env VAR, in the same order</translation>
    </message>
    <message>
        <source>--profile %1: %2</source>
        <translation>--profile %1: %2</translation>
    </message>
    <message>
        <source>--gateway %1 is given twice</source>
        <translation>--gateway %1 is given twice</translation>
    </message>
    <message>
        <source>--profile %1 is the gateway at %2, which --gateway names too: give one of them</source>
        <translation>--profile %1 is the gateway at %2, which --gateway names too: give one of them</translation>
    </message>
    <message>
        <source>--profile %1 and --profile %2 are the same gateway (%3)</source>
        <translation>--profile %1 and --profile %2 are the same gateway (%3)</translation>
    </message>
    <message>
        <source>Gateway WebSocket URL, e.g. ws://127.0.0.1:18789. status and watch take several.</source>
        <translation>Gateway WebSocket URL, e.g. ws://127.0.0.1:18789. status and watch take several.</translation>
    </message>
    <message>
        <source>Read the gateway token from environment variable VAR; once per --gateway, in order.</source>
        <translation>Read the gateway token from environment variable VAR; once per --gateway, in order.</translation>
    </message>
    <message>
        <source>A gateway profile of the window (its name or id): its URL from the settings, its token from the keychain. May be given several times.</source>
        <translation>A gateway profile of the window (its name or id): its URL from the settings, its token from the keychain. May be given several times.</translation>
    </message>
    <message>
        <source>The history file to read (default: the one the window writes, when there is one). status and watch take since-times and proofs from it.</source>
        <translation>The history file to read (default: the one the window writes, when there is one). status and watch take since-times and proofs from it.</translation>
    </message>
    <message>
        <source>status, watch: judge lanes by the preferences in this settings file and find --profile in it (default: the window&apos;s).</source>
        <translation>status, watch: judge lanes by the preferences in this settings file and find --profile in it (default: the window&apos;s).</translation>
    </message>
    <message>
        <source>--history: no history at %1</source>
        <translation>--history: no history at %1</translation>
    </message>
    <message>
        <source>--history: cannot read %1: %2</source>
        <translation>--history: cannot read %1: %2</translation>
    </message>
    <message>
        <source>Could not read (these lanes read unknown):</source>
        <translation>Could not read (these lanes read unknown):</translation>
    </message>
    <message>
        <source>since at least %1</source>
        <translation>since at least %1</translation>
    </message>
    <message>
        <source>Lanes of every gateway (worst first):</source>
        <translation>Lanes of every gateway (worst first):</translation>
    </message>
    <message>
        <source>(no gateway reported a channel account)</source>
        <translation>(no gateway reported a channel account)</translation>
    </message>
    <message>
        <source>gateway %1: %2</source>
        <translation>gateway %1: %2</translation>
    </message>
    <message>
        <source>One-click fix: switchboardctl audit --fix %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 critical, %2 warn, %3 info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.patch (baseHash %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard&apos;s rules do not report %1 for this gateway: nothing for it to fix (OpenClaw&apos;s own findings are fixed by `openclaw security audit --fix`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no automatic fix. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switchboardctl: the fix cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written: add --yes to apply this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switchboardctl: the gateway did not answer the write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their change since this command read the config:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours, not written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the command again to apply yours on top of theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditing again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit who may reach the gateway&apos;s bots: Switchboard&apos;s rules plus `openclaw security audit --json` when the gateway runs on this machine. Exit 2 on any critical finding, 1 on a warning, 0 when clean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the fix of this finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --fix: write the fix, then audit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip `openclaw security audit` (Switchboard&apos;s rules only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give OpenClaw&apos;s audit S seconds (default 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: switchboardctl audit [--json] [--fix CHECK_ID [--yes]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--yes goes with --fix CHECK_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--openclaw-timeout needs a whole number of seconds between 1 and 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenClaw&apos;s own audit skipped (--no-openclaw).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who may reach the bots: findings with one-click fixes (--fix CHECK_ID [--yes]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lane needs GATEWAY/CHANNEL/ACCOUNT, e.g. %1/%2/default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lane names gateway %1, but the command connects to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lane must be a %1 lane, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--operators: cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-flight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERRIDDEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written. Run again with --yes to fail over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the operators back after a failover, once the lane they left has proven itself again. Give the failover&apos;s own --from and --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the operators from a failing lane to a proven one on the same gateway: one config.patch, a test message to each operator, rollback when one is not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lane to leave: channel or channel/account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lane to move to: channel or channel/account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON file listing the operators, e.g. [{&quot;name&quot;:&quot;Grace&quot;,&quot;signal&quot;:&quot;+15555550101&quot;}] (default: the preferences&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go ahead although this pre-flight check fails (recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the plan; without it nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to confirm every test message (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the plan, pre-flight and report as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--deadline needs a whole number of seconds between 1 and 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs --from and --to, each a channel or channel/account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the operators to a proven lane of the same gateway, verified, rolled back on failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo a failover once the lane it left has proven itself again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway WebSocket URL, e.g. ws://127.0.0.1:18789.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the gateway token from environment variable VAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway profile of the window (its name or id): its URL from the settings, its token from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find --profile in this settings file (default: the window&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this command acts on one gateway: give one --gateway or --profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file to read (default: the window&apos;s own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window&apos;s settings file: its preferences judge lanes, its profiles give time zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IANA time zone for the receipts (default: the gateway profile&apos;s, else this computer&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switchboardctl: no history at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time-zone: unknown zone &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incidents a history holds, open ones first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only incidents still running at or after T.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One incident&apos;s report: its receipts, notes and lessons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident&apos;s id (see `incidents`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>md, html, pdf or png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (md and html: default stdout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--incident needs an incident id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is md, html, pdf or png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out is needed for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no incident %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switchboardctl: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilds a past night: a gateway&apos;s file log (logging.file) read into a new history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s JSON-lines log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new history file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway the lanes belong to (default: imported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-log takes one log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--history names the new history file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--gateway-id needs a name without slashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 lines read, %3 skipped (not gateway log records), %4 events, %5 incident(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the incidents in a history, open ones first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export one incident&apos;s report as Markdown, HTML, PDF or PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild a past night from a gateway&apos;s file log into a new history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DM access request is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires in %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve/dismiss: the request&apos;s lane, GATEWAY/CHANNEL/ACCOUNT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve/dismiss: the request id `pairing list` prints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve: tell the sender (where the channel can).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve: make the sender the first command owner (only while none is configured).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, approve or dismiss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairing needs one of: list, approve, dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairing %1 needs --lane and --request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairing list takes no --lane or --request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This gateway has no DM pairing calls (protocol 3). On the gateway host, with the 8-character code the sender was given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from the gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, approve or dismiss the gateway&apos;s pending DM access requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no groups map: every group, subject to groupPolicy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mention required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads every message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowFrom %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groupPolicy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (read-only: settings Switchboard cannot read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowFrom&apos;s: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tools.elevated.enabled: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heartbeat of %1: target %2 (%3)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every account&apos;s effective allowlist policy and where each value comes from (account, channel, or OpenClaw&apos;s default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the effective policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this channel or channel/account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: switchboardctl policy show [--lane L] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy show: every account&apos;s effective allowlist policy, with where each value comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switchboardctl: cannot reach the gateway: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switchboardctl: cannot read the gateway&apos;s config: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code cannot be drawn here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code %1 (the gateway replaced the previous one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan it in WhatsApp → Settings → Linked Devices → Link a device within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link or relink a WhatsApp account by QR code, drawn in this terminal. Exits 0 once linked, non-zero with the gateway&apos;s words otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WhatsApp lane, GATEWAY/whatsapp/ACCOUNT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on even though the number was just blocked or its last relink was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not relinking; give --despite-ban-risk to go on anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of recovery so far: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not linked within %1 s (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link or relink a WhatsApp account by QR code in the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switchboardctl: config.get failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gateway&apos;s config names no signal-cli daemon for account %1 (channels.signal.transport.url): give --signal-cli URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gateway&apos;s config names no number for account %1: give --number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal-cli daemon: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solve the captcha at: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then run this again with --captcha &apos;signalcaptcha://…&apos; (the “Open Signal” link).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rate limited: wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Rate limited: wait %n second before trying again.</numerusform>
            <numerusform>Rate limited: wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Then: switchboardctl signal verify … --code CODE [--pin PIN]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proof: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register, verify or link a Signal account through the signal-cli daemon the gateway uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register, verify or link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Signal lane, GATEWAY/signal/ACCOUNT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s number (E.164); default: the gateway&apos;s config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register: the solved captcha&apos;s signalcaptcha:// link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register: a voice call instead of an SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register: take the number back even if it is registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify: the code Signal sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify: the registration lock PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon&apos;s URL; default: the gateway&apos;s config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link: the name the phone lists this device under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay until the lane has proven itself (Ctrl+C to stop).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what to do: signal register, signal verify or signal link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lane GATEWAY/signal/ACCOUNT names the Signal lane to act on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--signal-cli needs an http:// or https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal verify needs --code CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register, verify or link a Signal account through signal-cli (captcha, code, QR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --fix --yes: the history file whose action log records the write (default: the window&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switchboardctl: warning: this write is not in the action log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window&apos;s history file: the lanes&apos; proof of recovery, and the action log the writes go to (default: the window&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateways&apos; pending DM access requests: list (every --gateway or --profile given), approve, dismiss (one gateway).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
