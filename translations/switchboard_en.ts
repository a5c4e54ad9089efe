<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</context>
</TS>
