<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ConfigWriter</name>
    <message>
        <source>config change</source>
        <translation>設定の変更</translation>
    </message>
    <message>
        <source>writing the config: %1</source>
        <translation>設定の書き込み: %1</translation>
    </message>
    <message>
        <source>config: %1</source>
        <translation>設定: %1</translation>
    </message>
</context>
<context>
    <name>DaemonError</name>
    <message>
        <source>The signal-cli daemon is not running: nothing accepts connections there (%1). Start it with `signal-cli daemon --http`, or check the daemon URL.</source>
        <translation>signal-cli デーモンが起動していません: 接続を受け付けるものがありません (%1)。`signal-cli daemon --http` で起動するか、デーモンの URL を確認してください。</translation>
    </message>
    <message>
        <source>The signal-cli daemon cannot be reached: %1. Check the daemon URL.</source>
        <translation>signal-cli デーモンに到達できません: %1。デーモンの URL を確認してください。</translation>
    </message>
    <message>
        <source>The signal-cli daemon did not answer in time: %1.</source>
        <translation>signal-cli デーモンが時間内に応答しませんでした: %1。</translation>
    </message>
    <message>
        <source>That address does not look like signal-cli&apos;s HTTP API: %1. Check the daemon URL.</source>
        <translation>そのアドレスは signal-cli の HTTP API ではないようです: %1。デーモンの URL を確認してください。</translation>
    </message>
    <message>
        <source>The daemon URL answered with something that is not JSON (%1): a web page, or a proxy in front of the daemon. Check the daemon URL.</source>
        <translation>デーモンの URL から JSON ではない応答が返りました (%1): Web ページか、デーモンの前段にあるプロキシの応答です。デーモンの URL を確認してください。</translation>
    </message>
    <message>
        <source>The signal-cli daemon&apos;s answer could not be read as JSON-RPC: %1.</source>
        <translation>signal-cli デーモンの応答を JSON-RPC として読み取れませんでした: %1。</translation>
    </message>
    <message>
        <source>The signal-cli daemon answered HTTP %1: %2.</source>
        <translation>signal-cli デーモンが HTTP %1 を返しました: %2。</translation>
    </message>
    <message>
        <source>signal-cli: %1</source>
        <translation>signal-cli: %1</translation>
    </message>
</context>
<context>
    <name>GatewayClient</name>
    <message>
        <source>no connection to the gateway</source>
        <translation>ゲートウェイに接続していません</translation>
    </message>
    <message>
        <source>unexpected answer to %1: %2</source>
        <translation>%1 に対する予期しない応答: %2</translation>
    </message>
</context>
<context>
    <name>GatewayError</name>
    <message>
        <source>%1 got no answer within %2 s</source>
        <translation>%1 は %2 秒以内に応答がありませんでした</translation>
    </message>
    <message>
        <source>%1 is not available on this gateway (protocol %2); it needs a gateway that speaks protocol 4</source>
        <translation>このゲートウェイ (プロトコル %2) では %1 を利用できません。プロトコル 4 に対応したゲートウェイが必要です</translation>
    </message>
    <message>
        <source>Retry with the device token this workstation was issued.</source>
        <translation>この端末に発行されたデバイストークンで再試行してください。</translation>
    </message>
    <message>
        <source>Update the gateway&apos;s auth configuration (gateway.auth) so it has a token.</source>
        <translation>ゲートウェイの認証設定 (gateway.auth) にトークンを設定してください。</translation>
    </message>
    <message>
        <source>Enter the gateway&apos;s current token (openclaw gateway auth-token --show on the gateway host).</source>
        <translation>ゲートウェイの現在のトークンを入力してください (ゲートウェイのホストで openclaw gateway auth-token --show を実行すると表示されます)。</translation>
    </message>
    <message>
        <source>Wait a little, then connect again.</source>
        <translation>少し待ってから、もう一度接続してください。</translation>
    </message>
    <message>
        <source>Review the gateway&apos;s auth configuration.</source>
        <translation>ゲートウェイの認証設定を確認してください。</translation>
    </message>
    <message>
        <source>The gateway recommends: %1</source>
        <translation>ゲートウェイからの推奨: %1</translation>
    </message>
    <message>
        <source>Cannot reach the gateway.</source>
        <translation>ゲートウェイに到達できません。</translation>
    </message>
    <message>
        <source>The gateway did not answer in time.</source>
        <translation>ゲートウェイが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The gateway sent something Switchboard does not understand.</source>
        <translation>ゲートウェイから Switchboard が解釈できないデータが届きました。</translation>
    </message>
    <message>
        <source>The gateway refused the credentials.</source>
        <translation>ゲートウェイが認証情報を拒否しました。</translation>
    </message>
    <message>
        <source>This gateway speaks a protocol version Switchboard does not support (3 and 4 are supported).</source>
        <translation>このゲートウェイのプロトコルバージョンには対応していません (対応しているのは 3 と 4 です)。</translation>
    </message>
    <message>
        <source>The gateway is temporarily unavailable.</source>
        <translation>ゲートウェイは一時的に利用できません。</translation>
    </message>
    <message>
        <source>Someone else changed the gateway configuration since it was loaded. Reload it, review both versions and apply your change again.</source>
        <translation>読み込んだ後に、別の誰かがゲートウェイの設定を変更しました。設定を再読み込みし、両方の内容を確認してから、変更をもう一度適用してください。</translation>
    </message>
    <message>
        <source>This connection is not allowed to do that (missing scope).</source>
        <translation>この接続にはその操作の権限がありません (スコープ不足)。</translation>
    </message>
    <message>
        <source>This gateway does not offer that.</source>
        <translation>このゲートウェイはその機能を提供していません。</translation>
    </message>
    <message>
        <source>The gateway refused the request.</source>
        <translation>ゲートウェイが要求を拒否しました。</translation>
    </message>
    <message>
        <source>Gateway said: %1</source>
        <translation>ゲートウェイの応答: %1</translation>
    </message>
    <message>
        <source>Retry in %1 s.</source>
        <translation>%1 秒後に再試行してください。</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>詳細: %1</translation>
    </message>
    <message>
        <source>the gateway answered with protocol %1</source>
        <translation>ゲートウェイはプロトコル %1 で応答しました</translation>
    </message>
</context>
<context>
    <name>GatewayProfile</name>
    <message>
        <source>Enter a gateway URL such as ws://127.0.0.1:18789.</source>
        <translation>ws://127.0.0.1:18789 のようなゲートウェイの URL を入力してください。</translation>
    </message>
    <message>
        <source>The URL must start with ws:// or wss://.</source>
        <translation>URL は ws:// または wss:// で始まる必要があります。</translation>
    </message>
    <message>
        <source>ws:// sends the gateway token unencrypted. Use wss:// for %1, or explicitly allow an insecure connection for this profile.</source>
        <translation>ws:// ではゲートウェイのトークンが暗号化されずに送信されます。%1 には wss:// を使うか、このプロファイルで安全でない接続を明示的に許可してください。</translation>
    </message>
</context>
<context>
    <name>LinkProof</name>
    <message>
        <source>connected %1 of %2 min, %3 of %4 deliveries</source>
        <translation>接続 %1/%2 分、配信 %3/%4 件</translation>
    </message>
</context>
<context>
    <name>SystemInfo</name>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>unavailable (%1)</source>
        <translation>利用不可 (%1)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Operator console for OpenClaw messaging gateways.</source>
        <translation>OpenClaw メッセージングゲートウェイの運用コンソール。</translation>
    </message>
    <message>
        <source>Log levels, e.g. &quot;warn,gateway=debug&quot;.</source>
        <translation>ログレベル (例: &quot;warn,gateway=debug&quot;)。</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>指定</translation>
    </message>
    <message>
        <source>Use this UI language for this run (e.g. &quot;ja&quot;, &quot;en&quot;).</source>
        <translation>今回の起動で使う表示言語 (例: &quot;ja&quot;、&quot;en&quot;)。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Read and write settings in this file.</source>
        <translation>設定の読み書きにこのファイルを使います。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; in --lang (try &quot;en&quot; or &quot;ja&quot;)</source>
        <translation>--lang に指定された言語 &quot;%1&quot; は不明です (&quot;en&quot; または &quot;ja&quot; を指定してください)</translation>
    </message>
    <message>
        <source>Start the built-in drill gateway (the night of 2026-02-12 unless a scenario file is given as argument) and connect to it.</source>
        <translation>内蔵のドリルゲートウェイを起動して接続します (引数でシナリオファイルを指定しない場合は 2026-02-12 の夜を再生します)。</translation>
    </message>
    <message>
        <source>Drill speed factor (scenario seconds per real second).</source>
        <translation>ドリルの再生速度 (実時間 1 秒あたりのシナリオ秒数)。</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>倍率</translation>
    </message>
    <message>
        <source>Drill scenario file (with --drill).</source>
        <translation>ドリルのシナリオファイル (--drill と併用)。</translation>
    </message>
    <message>
        <source>--speed needs a positive number, e.g. 60</source>
        <translation>--speed には正の数を指定してください (例: 60)</translation>
    </message>
    <message>
        <source>a scenario file is only accepted with --drill</source>
        <translation>シナリオファイルは --drill と一緒に指定した場合のみ使えます</translation>
    </message>
    <message>
        <source>History file to open (default: the one in the data folder).</source>
        <translation>開く履歴ファイル（既定: データフォルダー内のもの）。</translation>
    </message>
    <message>
        <source>With --drill: start this many drill gateways (the story on the first, variations on the rest) and watch them all.</source>
        <translation>--drill と併用: この数のドリルゲートウェイを起動し (1 台目で本編、残りでそのバリエーションを再生)、すべてを監視します。</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数</translation>
    </message>
    <message>
        <source>--drill-gateways needs a number from 1 to 200</source>
        <translation>--drill-gateways には 1〜200 の数を指定してください</translation>
    </message>
    <message>
        <source>--drill-gateways is only accepted with --drill</source>
        <translation>--drill-gateways は --drill と一緒に指定した場合のみ使えます</translation>
    </message>
</context>
<context>
    <name>sb</name>
    <message>
        <source>%1 is not plain JSON (%2); enter the port and token by hand.</source>
        <translation>%1 は通常の JSON ではありません (%2)。ポートとトークンを手動で入力してください。</translation>
    </message>
    <message>
        <source>No local OpenClaw gateway found (no ~/.openclaw/openclaw.json, no OPENCLAW_GATEWAY_PORT).</source>
        <translation>ローカルの OpenClaw ゲートウェイが見つかりません (~/.openclaw/openclaw.json も OPENCLAW_GATEWAY_PORT もありません)。</translation>
    </message>
    <message>
        <source>No token found: run &quot;openclaw gateway auth-token --show&quot; on this machine and paste it.</source>
        <translation>トークンが見つかりません: このマシンで &quot;openclaw gateway auth-token --show&quot; を実行し、表示されたトークンを貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>sb::AboutDialog</name>
    <message>
        <source>About Switchboard</source>
        <translation>Switchboard について</translation>
    </message>
    <message>
        <source>Switchboard %1</source>
        <translation>Switchboard %1</translation>
    </message>
    <message>
        <source>An operator console for OpenClaw messaging gateways: live channel health, guided relinking, failover and allowlist audits.</source>
        <translation>OpenClaw メッセージングゲートウェイの運用コンソールです。チャネルの状態をライブで表示し、再リンクの案内、フェイルオーバー、許可リストの監査を行います。</translation>
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
        <translation>%1 (ビルド時: %2)</translation>
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
        <translation>%1 のトークンを読み込んでいます…</translation>
    </message>
    <message>
        <source>Cannot read the token for %1: %2</source>
        <translation>%1 のトークンを読み込めません: %2</translation>
    </message>
    <message>
        <source>The drill gateway did not start: %1</source>
        <translation>ドリルゲートウェイを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>Drill: the night of 2026-02-12</source>
        <translation>ドリル: 2026-02-12 の夜</translation>
    </message>
    <message>
        <source>History is not kept this time: %1</source>
        <translation>今回は履歴を保存しません: %1</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>ゲートウェイ</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>レーン</translation>
    </message>
    <message>
        <source>not connected to a gateway</source>
        <translation>ゲートウェイに接続していません</translation>
    </message>
    <message>
        <source>Last known state from the history; the picture is not live (%1).</source>
        <translation>履歴に残る最後の状態です。ライブの表示ではありません（%1）。</translation>
    </message>
    <message>
        <source>Drill gateway %1</source>
        <translation>ドリル ゲートウェイ %1</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>フリート</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1 of %2 gateways live</source>
        <translation>%2 台中 %1 台のゲートウェイがライブ</translation>
    </message>
    <message>
        <source>DM Requests</source>
        <translation>DM リクエスト</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>インシデント</translation>
    </message>
</context>
<context>
    <name>sb::ChannelAccountsModel</name>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Last disconnect</source>
        <translation>最後の切断</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最後のエラー</translation>
    </message>
</context>
<context>
    <name>sb::ChartsPanel</name>
    <message>
        <source>Disconnects</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>配信</translation>
    </message>
    <message>
        <source>Reconnect attempts</source>
        <translation>再接続の試行</translation>
    </message>
    <message>
        <source>per minute</source>
        <translation>1分ごと</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>1時間ごと</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>1日ごと</translation>
    </message>
    <message numerus="yes">
        <source>per %n day(s)</source>
        <translation>
            <numerusform>%n日ごと</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::FleetModel</name>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>ゲートウェイ</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Worst lane</source>
        <translation>最悪のレーン</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>レーン</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最後のエラー</translation>
    </message>
</context>
<context>
    <name>sb::FleetPanel</name>
    <message>
        <source>Lanes of the selected gateway:</source>
        <translation>選択したゲートウェイのレーン:</translation>
    </message>
</context>
<context>
    <name>sb::GatewayPanel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>ゲートウェイ</translation>
    </message>
    <message>
        <source>Server version</source>
        <translation>サーバーのバージョン</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>稼働時間</translation>
    </message>
    <message>
        <source>Auth mode</source>
        <translation>認証方式</translation>
    </message>
    <message>
        <source>Granted scopes</source>
        <translation>付与されたスコープ</translation>
    </message>
    <message>
        <source>Tick interval</source>
        <translation>tick 間隔</translation>
    </message>
    <message>
        <source>Config file</source>
        <translation>設定ファイル</translation>
    </message>
    <message>
        <source>Channel accounts</source>
        <translation>チャネルのアカウント</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>最後のエラー: %1</translation>
    </message>
    <message>
        <source>Recommended next step: %1</source>
        <translation>推奨される次の手順: %1</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>報告なし</translation>
    </message>
    <message>
        <source>none reported</source>
        <translation>報告なし</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Status issues:
%1</source>
        <translation>状態の問題:
%1</translation>
    </message>
    <message>
        <source>Could not read (these lanes read unknown):
%1</source>
        <translation>読み取れませんでした (これらのレーンは不明になります):
%1</translation>
    </message>
</context>
<context>
    <name>sb::GatewayProfileDialog</name>
    <message>
        <source>Gateway Profiles</source>
        <translation>ゲートウェイプロファイル</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>削除(&amp;R)…</translation>
    </message>
    <message>
        <source>e.g. Production (Tokyo)</source>
        <translation>例: 本番 (東京)</translation>
    </message>
    <message>
        <source>Allow unencrypted ws:// to a remote host</source>
        <translation>リモートホストへの暗号化されていない ws:// 接続を許可する</translation>
    </message>
    <message>
        <source>The token and every message cross the network unencrypted. Only allow this on a network you control.</source>
        <translation>トークンとすべてのメッセージが暗号化されずにネットワークを流れます。自分で管理しているネットワークでのみ許可してください。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>タイムゾーン(&amp;T):</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>トークン(&amp;O):</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>システム (%1)</translation>
    </message>
    <message>
        <source>New gateway profile</source>
        <translation>新しいゲートウェイプロファイル</translation>
    </message>
    <message>
        <source>Edit gateway profile</source>
        <translation>ゲートウェイプロファイルの編集</translation>
    </message>
    <message>
        <source>Paste the gateway token</source>
        <translation>ゲートウェイのトークンを貼り付けてください</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Could not check the stored token: %1</source>
        <translation>保存済みのトークンを確認できませんでした: %1</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the settings file.</source>
        <translation>システムのキーチェーンに保管され、設定ファイルには書き込まれません。</translation>
    </message>
    <message>
        <source>No keychain available: kept in memory until you quit.</source>
        <translation>キーチェーンを利用できません: 終了するまでメモリ上にのみ保持されます。</translation>
    </message>
    <message>
        <source>The token was not saved: %1</source>
        <translation>トークンを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Remove Gateway Profile</source>
        <translation>ゲートウェイプロファイルの削除</translation>
    </message>
    <message>
        <source>Remove the gateway profile &quot;%1&quot;? Its token is deleted from the keychain as well.</source>
        <translation>ゲートウェイプロファイル「%1」を削除しますか? トークンもキーチェーンから削除されます。</translation>
    </message>
    <message>
        <source>Use &amp;Local Gateway</source>
        <translation>ローカルゲートウェイを使う(&amp;L)</translation>
    </message>
    <message>
        <source>Fill in the URL and token of the OpenClaw gateway installed on this machine.</source>
        <translation>このマシンにインストールされている OpenClaw ゲートウェイの URL とトークンを入力します。</translation>
    </message>
    <message>
        <source>Local gateway</source>
        <translation>ローカルゲートウェイ</translation>
    </message>
    <message>
        <source>&amp;Watch at start, beside the other watched gateways</source>
        <translation>起動時に、ほかの監視対象ゲートウェイと一緒に監視する(&amp;W)</translation>
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
        <translation>%1分</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1時間%2分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1日%2時間</translation>
    </message>
    <message>
        <source>Select a lane</source>
        <translation>レーンを選択してください</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Last disconnect</source>
        <translation>最後の切断</translation>
    </message>
    <message>
        <source>Auth age</source>
        <translation>認証の経過時間</translation>
    </message>
    <message>
        <source>Last inbound</source>
        <translation>最後の受信</translation>
    </message>
    <message>
        <source>Last outbound</source>
        <translation>最後の送信</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>プローブ</translation>
    </message>
    <message>
        <source>Status issues</source>
        <translation>ステータスの問題</translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation>未解決のインシデント</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1後</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 since %2 (%3)</source>
        <translation>%1（%2 から、%3）</translation>
    </message>
    <message>
        <source>flapping</source>
        <translation>不安定（フラッピング）</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>ルール: %1</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>コード %1</translation>
    </message>
    <message>
        <source>logged out</source>
        <translation>ログアウト済み</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1 (reported by the gateway)</source>
        <translation>%1（ゲートウェイの報告）</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>未リンク</translation>
    </message>
    <message>
        <source>at least %1 (connected %2)</source>
        <translation>少なくとも %1（接続 %2）</translation>
    </message>
    <message>
        <source>none reported</source>
        <translation>報告なし</translation>
    </message>
    <message>
        <source>probed %1</source>
        <translation>プローブ %1</translation>
    </message>
    <message>
        <source>no probe results</source>
        <translation>プローブ結果なし</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>対処: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>#%1 opened %2, worst state: %3</source>
        <translation>#%1 %2 に発生、最悪の状態: %3</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Send &amp;Test Message…</source>
        <translation>テストメッセージを送信(&amp;T)…</translation>
    </message>
    <message>
        <source>One message over this lane: a delivery counts toward its proof of recovery</source>
        <translation>このレーンでメッセージを 1 通送信します。配信されれば回復の証明に数えられます</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Read the incident</source>
        <translation>インシデントを表示</translation>
    </message>
</context>
<context>
    <name>sb::LaneStatusModel</name>
    <message>
        <source>at least since %1</source>
        <translation>少なくとも %1 から</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>ゲートウェイ</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>次の手順</translation>
    </message>
</context>
<context>
    <name>sb::LinkingController</name>
    <message>
        <source>DM access request</source>
        <translation>DM アクセス要求</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>アカウント:</translation>
    </message>
    <message>
        <source>Link WhatsApp</source>
        <translation>WhatsApp をリンク</translation>
    </message>
    <message>
        <source>Set Up Telegram</source>
        <translation>Telegram を設定</translation>
    </message>
    <message>
        <source>%1 asks to talk to %2 (%3) on %4.</source>
        <translation>%1 が %4 で %2 (%3) との会話を求めています。</translation>
    </message>
</context>
<context>
    <name>sb::LiveView</name>
    <message>
        <source>Worst first</source>
        <translation>悪い順</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>名前順</translation>
    </message>
    <message>
        <source>Order of the lanes</source>
        <translation>レーンの並び順</translation>
    </message>
    <message>
        <source>Filter lanes (Ctrl+F)</source>
        <translation>レーンを絞り込む（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Sort:</source>
        <translation>並べ替え(&amp;S):</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>拡大（+）</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>縮小（-）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体</translation>
    </message>
    <message>
        <source>Show all history (F, double-click)</source>
        <translation>履歴全体を表示（F、ダブルクリック）</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>Jump to now and follow (Home)</source>
        <translation>現在に移動して追従（Home）</translation>
    </message>
    <message>
        <source>Times are shown in %1</source>
        <translation>時刻は %1 で表示しています</translation>
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
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Gateway</source>
        <translation>ゲートウェイ(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Manage Profiles…</source>
        <translation>プロファイルの管理(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Connect To</source>
        <translation>接続先(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システムの設定に従う</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全画面表示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation>Switchboard について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>No keychain available: secrets will be forgotten when you quit</source>
        <translation>キーチェーンを利用できません: 秘密情報は終了時に失われます</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Add a gateway to watch</source>
        <translation>監視するゲートウェイを追加しましょう</translation>
    </message>
    <message>
        <source>Switchboard watches OpenClaw gateways and shows every channel&apos;s health over time. Start by adding a gateway profile: its WebSocket URL and its token, which is kept in the system keychain.</source>
        <translation>Switchboard は OpenClaw ゲートウェイを監視し、各チャネルの状態の推移を表示します。まずはゲートウェイプロファイルを追加してください。必要なのは WebSocket の URL とトークンで、トークンはシステムのキーチェーンに保管されます。</translation>
    </message>
    <message>
        <source>Add a Gateway Profile…</source>
        <translation>ゲートウェイプロファイルを追加…</translation>
    </message>
    <message>
        <source>Connect to a gateway</source>
        <translation>ゲートウェイに接続しましょう</translation>
    </message>
    <message>
        <source>Choose a gateway in Gateway ▸ Connect To. Its channels will appear here as live timelines.</source>
        <translation>「ゲートウェイ ▸ 接続先」からゲートウェイを選んでください。そのチャネルがライブのタイムラインとしてここに表示されます。</translation>
    </message>
    <message>
        <source>Manage Gateway Profiles…</source>
        <translation>ゲートウェイプロファイルの管理…</translation>
    </message>
    <message>
        <source>No gateway profiles yet</source>
        <translation>ゲートウェイプロファイルはまだありません</translation>
    </message>
    <message>
        <source>The new language takes effect the next time Switchboard starts.</source>
        <translation>新しい言語は Switchboard の次回起動時に反映されます。</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>Link &amp;WhatsApp…</source>
        <translation>WhatsApp をリンク(&amp;W)…</translation>
    </message>
    <message>
        <source>Set Up &amp;Telegram…</source>
        <translation>Telegram を設定(&amp;T)…</translation>
    </message>
    <message>
        <source>Set Up &amp;Signal…</source>
        <translation>Signal を設定(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>sb::PairingPanel</name>
    <message>
        <source>&amp;Notify the requester</source>
        <translation>申請者に通知する(&amp;N)</translation>
    </message>
    <message>
        <source>Also make this sender the first &amp;command owner</source>
        <translation>この送信者を最初のコマンドオーナーにもする(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>却下(&amp;D)</translation>
    </message>
    <message>
        <source>Pending DM access requests of every gateway</source>
        <translation>すべてのゲートウェイの保留中の DM アクセス要求</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No DM access request is waiting.</source>
        <translation>待機中の DM アクセス要求はありません。</translation>
    </message>
    <message>
        <source>Approving %1 on %2…</source>
        <translation>%2 で %1 を承認しています…</translation>
    </message>
    <message>
        <source>Dismissing %1 on %2…</source>
        <translation>%2 で %1 を却下しています…</translation>
    </message>
</context>
<context>
    <name>sb::PairingRequestsModel</name>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>expires in %1 s</source>
        <translation>%1 秒後に期限切れ</translation>
    </message>
    <message>
        <source>expires in %1 min</source>
        <translation>%1 分後に期限切れ</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>送信者</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>要求日時</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (未接続)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is not connected: this request is as it was last seen. It can be approved or dismissed once the gateway is back.</source>
        <translation>%1 は接続されていません: この要求は最後に確認した時点のものです。ゲートウェイが戻れば承認または却下できます。</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>ゲートウェイ</translation>
    </message>
</context>
<context>
    <name>sb::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Proof of recovery</source>
        <translation>回復の証明</translation>
    </message>
    <message>
        <source>A lane that comes back stays on probation until it has been connected this long and delivered this many messages, with no drop in between.</source>
        <translation>復帰したレーンは、途中で切断されることなくこの時間接続を保ち、この数のメッセージを配信するまで様子見のままです。</translation>
    </message>
    <message>
        <source>Connected for</source>
        <translation>接続時間</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>配信数</translation>
    </message>
    <message>
        <source>Every channel</source>
        <translation>すべてのチャネル</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Own rule for %1</source>
        <translation>%1 に個別のルール</translation>
    </message>
    <message>
        <source>Incidents and alerts</source>
        <translation>インシデントと通知</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Open an incident after a lane is out of healthy for</source>
        <translation>レーンが正常でない状態がこの時間続いたらインシデントを開く</translation>
    </message>
    <message>
        <source>Notify about a flapping lane after this many drops</source>
        <translation>不安定なレーンを通知するまでの切断回数</translation>
    </message>
    <message>
        <source>...within</source>
        <translation>…の期間</translation>
    </message>
    <message>
        <source>A lane that needs a person (logged out, conflict, blocked, stopped) is notified at once, whatever the count.</source>
        <translation>人の対応が必要なレーン（ログアウト、競合、ブロック、停止）は回数にかかわらずすぐに通知されます。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>無期限</translation>
    </message>
    <message>
        <source>Keep events for</source>
        <translation>イベントの保存期間</translation>
    </message>
    <message>
        <source>Older events are deleted; the timeline&apos;s state segments and incidents are kept.</source>
        <translation>それより古いイベントは削除されます。タイムラインの状態区間とインシデントは残ります。</translation>
    </message>
    <message>
        <source>A lane whose endpoint does not answer needs a person after</source>
        <translation>接続先が応答しないレーンに人の対応が必要になるまで</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>監視</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>オペレーター</translation>
    </message>
    <message>
        <source>The people a failover keeps reachable: a name and where each answers per channel (WhatsApp: phone number as +15555550100; Signal: phone number or uuid:…; Telegram: numeric user id). The Failover window and switchboardctl failover read this list.</source>
        <translation>フェイルオーバーで連絡が取れる状態を保つ人たち: 名前と、チャネルごとの応答先 (WhatsApp: +15555550100 形式の電話番号、Signal: 電話番号または uuid:…、Telegram: 数値のユーザー ID)。フェイルオーバーウィンドウと switchboardctl failover はこのリストを読み込みます。</translation>
    </message>
    <message>
        <source>&amp;Add operator</source>
        <translation>オペレーターを追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove operator</source>
        <translation>オペレーターを削除(&amp;R)</translation>
    </message>
    <message>
        <source>The operators in the settings file do not read (%1). They are left as they are unless you edit this list.</source>
        <translation>設定ファイル内のオペレーターを読み取れません (%1)。このリストを編集しない限り、そのまま残されます。</translation>
    </message>
</context>
<context>
    <name>sb::SecretStore</name>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>no secret stored</source>
        <translation>秘密情報は保存されていません</translation>
    </message>
    <message>
        <source>no keychain service is available</source>
        <translation>利用できるキーチェーンサービスがありません</translation>
    </message>
    <message>
        <source>the keychain refused the request</source>
        <translation>キーチェーンが要求を拒否しました</translation>
    </message>
</context>
<context>
    <name>sb::SignalWizard</name>
    <message>
        <source>&amp;Register</source>
        <translation>登録(&amp;R)</translation>
    </message>
    <message>
        <source>Re-re&amp;gister</source>
        <translation>再登録(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Link as a Device</source>
        <translation>デバイスとしてリンク(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Open Captcha Page</source>
        <translation>キャプチャのページを開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Submit Captcha</source>
        <translation>キャプチャを送信(&amp;S)</translation>
    </message>
    <message>
        <source>Try &amp;Again</source>
        <translation>再試行(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>検証(&amp;V)</translation>
    </message>
    <message>
        <source>Set Up Signal — %1</source>
        <translation>Signal の設定 — %1</translation>
    </message>
    <message>
        <source>signal-cli &amp;daemon</source>
        <translation>signal-cli デーモン(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>番号(&amp;N)</translation>
    </message>
    <message>
        <source>Reading the gateway&apos;s Signal settings…</source>
        <translation>ゲートウェイの Signal 設定を読み込んでいます…</translation>
    </message>
    <message>
        <source>The gateway&apos;s config could not be read (%1): enter the number and the signal-cli daemon&apos;s URL.</source>
        <translation>ゲートウェイの設定を読み込めませんでした (%1): 番号と signal-cli デーモンの URL を入力してください。</translation>
    </message>
    <message>
        <source>Enter the signal-cli daemon&apos;s URL (http://host:port).</source>
        <translation>signal-cli デーモンの URL (http://host:port) を入力してください。</translation>
    </message>
    <message>
        <source>The wait is over.</source>
        <translation>待機時間が終わりました。</translation>
    </message>
    <message>
        <source>Next try allowed in %1 s.</source>
        <translation>次の試行は %1 秒後に可能です。</translation>
    </message>
    <message>
        <source>Proven: %1</source>
        <translation>安定を確認: %1</translation>
    </message>
    <message>
        <source>On probation: %1</source>
        <translation>様子見: %1</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>コード(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;PIN (if locked)</source>
        <translation>PIN (ロックされている場合)(&amp;P)</translation>
    </message>
</context>
<context>
    <name>sb::TelegramSetupWizard</name>
    <message>
        <source>Set Up Telegram — %1</source>
        <translation>Telegram の設定 — %1</translation>
    </message>
    <message>
        <source>Bot token for account &quot;%1&quot;</source>
        <translation>アカウント「%1」のボットトークン</translation>
    </message>
    <message>
        <source>Paste the token @BotFather gave for this bot. It is kept in this computer&apos;s keychain, written to the gateway&apos;s configuration and never shown or logged again. Groups stay on an allowlist.</source>
        <translation>@BotFather がこのボットに発行したトークンを貼り付けてください。トークンはこのコンピューターのキーチェーンに保管されてゲートウェイの設定に書き込まれ、以後は表示もログ出力もされません。グループは許可リストのまま維持されます。</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>ボットトークン</translation>
    </message>
    <message>
        <source>Telegram bot set up</source>
        <translation>Telegram ボットを設定しました</translation>
    </message>
    <message>
        <source>Telegram bot not set up</source>
        <translation>Telegram ボットは設定されていません</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>off (the bot reads every group message)</source>
        <translation>オフ (ボットはグループのすべてのメッセージを読みます)</translation>
    </message>
    <message>
        <source>on (the bot sees only commands and mentions in groups)</source>
        <translation>オン (ボットはグループではコマンドとメンションのみを見ます)</translation>
    </message>
    <message>
        <source>Bot: @%1 (id %2)
Privacy mode: %3</source>
        <translation>ボット: @%1 (ID %2)
プライバシーモード: %3</translation>
    </message>
</context>
<context>
    <name>sb::TestMessageDialog</name>
    <message>
        <source>Send a test message</source>
        <translation>テストメッセージの送信</translation>
    </message>
    <message>
        <source>Send one message over %1. Delivered, it counts toward the lane&apos;s proof of recovery; refused, it is recorded as a failed send.</source>
        <translation>%1 でメッセージを 1 通送信します。配信されればレーンの回復の証明に数えられ、拒否されれば送信失敗として記録されます。</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>宛先(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>メッセージ(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>メッセージが空です。</translation>
    </message>
</context>
<context>
    <name>sb::TimelineView</name>
    <message>
        <source>Gateway %1</source>
        <translation>ゲートウェイ %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>現在: %1</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1（%2 から %3 まで）</translation>
    </message>
    <message>
        <source>now (still running)</source>
        <translation>現在（継続中）</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>次の手順: %1</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>（コードなし）</translation>
    </message>
    <message>
        <source>Disconnect %1 at %2</source>
        <translation>切断 %1（%2）</translation>
    </message>
    <message>
        <source>Disconnect %1 at %2: %3</source>
        <translation>切断 %1（%2）: %3</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more disconnect(s)</source>
        <translation>
            <numerusform>…ほか %n 件の切断</numerusform>
        </translation>
    </message>
    <message>
        <source>Operator at %1: %2</source>
        <translation>オペレーター操作 %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more operator action(s)</source>
        <translation>
            <numerusform>…ほか %n 件のオペレーター操作</numerusform>
        </translation>
    </message>
    <message>
        <source>Incident #%1 from %2 to %3: %4</source>
        <translation>インシデント #%1（%2 から %3）: %4</translation>
    </message>
    <message>
        <source>Incident #%1 open since %2: %3</source>
        <translation>インシデント #%1（%2 から継続中）: %3</translation>
    </message>
    <message>
        <source>No history here</source>
        <translation>ここには履歴がありません</translation>
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
        <translation>アラートを1時間ミュート</translation>
    </message>
    <message>
        <source>Unmute alerts</source>
        <translation>アラートのミュートを解除</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>ウィンドウを表示</translation>
    </message>
    <message>
        <source>Switchboard: 1 lane needs attention</source>
        <translation>Switchboard: 1 レーンに対応が必要です</translation>
    </message>
    <message>
        <source>Switchboard: %1 lanes need attention</source>
        <translation>Switchboard: %1 レーンに対応が必要です</translation>
    </message>
    <message>
        <source>Alerts muted until %1</source>
        <translation>%1 までアラートをミュート中</translation>
    </message>
</context>
<context>
    <name>sb::WhatsAppLinkWizard</name>
    <message>
        <source>Link WhatsApp — %1</source>
        <translation>WhatsApp のリンク — %1</translation>
    </message>
    <message>
        <source>Link WhatsApp account &quot;%1&quot;</source>
        <translation>WhatsApp アカウント「%1」をリンク</translation>
    </message>
    <message>
        <source>Switchboard asks the gateway for a QR code and shows it here. Have the phone of this number at hand: WhatsApp → Settings → Linked Devices → Link a device. After linking, the lane stays on probation until it has been connected for a while and delivered messages. Press Next to start.</source>
        <translation>Switchboard がゲートウェイに QR コードを要求し、ここに表示します。この番号のスマートフォンを手元に用意してください (WhatsApp → 設定 → リンク済みデバイス → デバイスをリンク)。リンク後、レーンはしばらく接続を保ってメッセージを配信するまで様子見になります。開始するには「次へ」を押してください。</translation>
    </message>
    <message>
        <source>I understand the risk and want to relink this number now</source>
        <translation>リスクを理解したうえで、この番号を今すぐ再リンクする</translation>
    </message>
    <message>
        <source>Scan the QR code</source>
        <translation>QR コードを読み取る</translation>
    </message>
    <message>
        <source>WhatsApp link QR code</source>
        <translation>WhatsApp リンク用 QR コード</translation>
    </message>
    <message>
        <source>The QR code cannot be typed. If the phone cannot scan it from this screen, draw it in a terminal instead: switchboardctl relink --lane %1 --gateway &lt;url&gt; --token-env &lt;VAR&gt;</source>
        <translation>QR コードは手入力できません。スマートフォンでこの画面から読み取れない場合は、代わりにターミナルに表示してください: switchboardctl relink --lane %1 --gateway &lt;url&gt; --token-env &lt;VAR&gt;</translation>
    </message>
    <message>
        <source>&amp;New QR Code</source>
        <translation>新しい QR コード(&amp;N)</translation>
    </message>
    <message>
        <source>The phone says it &amp;can&apos;t link new devices</source>
        <translation>スマートフォンに新しいデバイスをリンクできないと表示される(&amp;C)</translation>
    </message>
    <message>
        <source>connected %v of %m min</source>
        <translation>接続 %v / %m 分</translation>
    </message>
    <message>
        <source>%v of %m deliveries</source>
        <translation>配信 %v / %m 件</translation>
    </message>
    <message>
        <source>&amp;Send Test Message…</source>
        <translation>テストメッセージを送信(&amp;S)…</translation>
    </message>
    <message>
        <source>Linked — on probation</source>
        <translation>リンク済み — 様子見</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>未リンク</translation>
    </message>
    <message>
        <source>Linked and proven</source>
        <translation>リンク済み、安定を確認</translation>
    </message>
    <message>
        <source>Asking the gateway for a QR code…</source>
        <translation>ゲートウェイに QR コードを要求しています…</translation>
    </message>
    <message>
        <source>No QR code</source>
        <translation>QR コードなし</translation>
    </message>
    <message>
        <source>The QR code expired.</source>
        <translation>QR コードの期限が切れました。</translation>
    </message>
    <message>
        <source>The QR code cannot be shown.</source>
        <translation>QR コードを表示できません。</translation>
    </message>
    <message numerus="yes">
        <source>Valid for %n more second(s).</source>
        <translation>
            <numerusform>あと %n 秒有効です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Proof of recovery: %1.</source>
        <translation>回復の証明: %1。</translation>
    </message>
    <message>
        <source>Not linked — wait before trying again</source>
        <translation>未リンク — 少し待ってから再試行してください</translation>
    </message>
</context>
<context>
    <name>sb::actions::ActionRunner</name>
    <message>
        <source>Another action is still running on this lane.</source>
        <translation>このレーンでは別の操作がまだ実行中です。</translation>
    </message>
</context>
<context>
    <name>sb::actions::LaneActions</name>
    <message>
        <source>Switchboard test message: checking that this channel delivers. No reply needed.</source>
        <translation>Switchboard のテストメッセージ: このチャネルが配信できるかを確認しています。返信は不要です。</translation>
    </message>
    <message>
        <source>sending a test message to %1</source>
        <translation>%1 にテストメッセージを送信中</translation>
    </message>
    <message>
        <source>test message sent to %1</source>
        <translation>%1 にテストメッセージを送信</translation>
    </message>
    <message>
        <source>test message to %1 accepted</source>
        <translation>%1 へのテストメッセージが受け付けられました</translation>
    </message>
    <message>
        <source>The gateway delivered the test message to %1.</source>
        <translation>ゲートウェイが %1 にテストメッセージを配信しました。</translation>
    </message>
    <message>
        <source>The gateway delivered the test message to %1 (message id %2).</source>
        <translation>ゲートウェイが %1 にテストメッセージを配信しました（メッセージ ID %2）。</translation>
    </message>
    <message>
        <source>The test message to %1 was not delivered. %2</source>
        <translation>%1 へのテストメッセージは配信されませんでした。%2</translation>
    </message>
    <message>
        <source>The gateway queued it and may still deliver it later.</source>
        <translation>ゲートウェイはこのメッセージをキューに入れており、後で配信する可能性があります。</translation>
    </message>
    <message>
        <source>restarting the channel</source>
        <translation>チャネルを再起動中</translation>
    </message>
    <message>
        <source>channel restart requested by the operator</source>
        <translation>オペレーターがチャネルの再起動を要求</translation>
    </message>
    <message>
        <source>The gateway did not stop the channel. %1</source>
        <translation>ゲートウェイはチャネルを停止しませんでした。%1</translation>
    </message>
    <message>
        <source>The gateway did not start the channel. %1</source>
        <translation>ゲートウェイはチャネルを起動しませんでした。%1</translation>
    </message>
    <message>
        <source>The gateway has not started the channel (%1: %2): its previous run still holds the account, which happens when the channel&apos;s stop timed out. If it stays so, restart the gateway on its host: openclaw gateway restart</source>
        <translation>ゲートウェイはチャネルを起動していません（%1: %2）。以前の実行がまだアカウントを保持しています。チャネルの停止がタイムアウトしたときに起こります。この状態が続く場合は、ホストでゲートウェイを再起動してください: openclaw gateway restart</translation>
    </message>
    <message>
        <source>The gateway did not start the channel (%1).</source>
        <translation>ゲートウェイはチャネルを起動しませんでした（%1）。</translation>
    </message>
    <message>
        <source>The gateway did not start the channel (%1: %2).</source>
        <translation>ゲートウェイはチャネルを起動しませんでした（%1: %2）。</translation>
    </message>
    <message>
        <source>The gateway is starting the channel; it is on probation until it proves itself.</source>
        <translation>ゲートウェイがチャネルを起動しています。証明されるまでは様子見です。</translation>
    </message>
    <message>
        <source>This gateway speaks protocol 3, which cannot restart one channel.</source>
        <translation>このゲートウェイはプロトコル 3 のため、1 つのチャネルだけを再起動できません。</translation>
    </message>
</context>
<context>
    <name>sb::alerts::AlertPolicy</name>
    <message>
        <source>%1 recovered</source>
        <translation>%1 が回復しました</translation>
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
        <translation>コード %1</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>次の手順: %1</translation>
    </message>
</context>
<context>
    <name>sb::alerts::GatewayConcerns</name>
    <message>
        <source>%1: %2 (CRITICAL)</source>
        <translation>%1: %2 (重大)</translation>
    </message>
    <message>
        <source>%1 on %2: %3 (CRITICAL)</source>
        <translation>%2 の %1: %3 (重大)</translation>
    </message>
    <message>
        <source>%1: not connected since %2, given up until you act</source>
        <translation>%1: %2 から未接続。対応するまで再接続を停止しています</translation>
    </message>
    <message>
        <source>%1: unreachable since %2</source>
        <translation>%1: %2 から到達不能</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>sb::failover</name>
    <message>
        <source>Name both lanes: the one to leave and the one to move to.</source>
        <translation>両方のレーンを指定してください: 移行元のレーンと移行先のレーンです。</translation>
    </message>
    <message>
        <source>%1 and %2 are on different gateways; a failover moves operators within one gateway.</source>
        <translation>%1 と %2 は別のゲートウェイにあります。フェイルオーバーは 1 つのゲートウェイ内でオペレーターを移すものです。</translation>
    </message>
    <message>
        <source>The target is the source (%1): choose another lane to move to.</source>
        <translation>移行先が移行元 (%1) と同じです: 別の移行先レーンを選んでください。</translation>
    </message>
    <message>
        <source>%1 and %2 are accounts of one channel: a failover moves to another channel (two accounts of one channel share its root keys, which the plan rewrites).</source>
        <translation>%1 と %2 は同じチャネルのアカウントです: フェイルオーバーは別のチャネルへ移すものです (同じチャネルの 2 つのアカウントはチャネルのルートキーを共有しており、計画がそれを書き換えるためです)。</translation>
    </message>
    <message>
        <source>%1&apos;s %2 identity &quot;%3&quot; does not fit: %4</source>
        <translation>%1 の %2 ID「%3」は適合しません: %4</translation>
    </message>
    <message>
        <source>The gateway&apos;s config has no %1 account &quot;%2&quot;.</source>
        <translation>ゲートウェイの設定に %1 のアカウント「%2」がありません。</translation>
    </message>
    <message>
        <source>fail over from %1 to %2</source>
        <translation>%1 から %2 へフェイルオーバー</translation>
    </message>
    <message>
        <source>Heartbeat (%1) goes to the owner: it follows commands.ownerAllowFrom&apos;s first entry, now an operator on %2.</source>
        <translation>ハートビート (%1) はオーナー宛てです: commands.ownerAllowFrom の最初のエントリに従い、それは現在 %2 のオペレーターです。</translation>
    </message>
    <message>
        <source>an operator is reached on WhatsApp by phone number (E.164, e.g. +15555550100), not by a group</source>
        <translation>WhatsApp ではオペレーターに電話番号 (E.164、例: +15555550100) で連絡します。グループは使えません</translation>
    </message>
    <message>
        <source>an operator is reached on Signal by phone number or uuid:, not by a group</source>
        <translation>Signal ではオペレーターに電話番号または uuid: で連絡します。グループは使えません</translation>
    </message>
    <message>
        <source>an operator is reached on Telegram by their numeric user id (e.g. 123456789), not by a group or a @username</source>
        <translation>Telegram ではオペレーターに数値のユーザー ID (例: 123456789) で連絡します。グループや @ユーザー名は使えません</translation>
    </message>
    <message>
        <source>The operators are not valid JSON: %1 (at character %2).</source>
        <translation>オペレーターの指定が正しい JSON ではありません: %1 (%2 文字目)。</translation>
    </message>
    <message>
        <source>The operators must be a JSON list, e.g. [{&quot;name&quot;:&quot;Grace&quot;,&quot;signal&quot;:&quot;+15555550101&quot;}].</source>
        <translation>オペレーターは JSON のリストで指定してください。例: [{&quot;name&quot;:&quot;Grace&quot;,&quot;signal&quot;:&quot;+15555550101&quot;}]。</translation>
    </message>
    <message>
        <source>Operator %1</source>
        <translation>オペレーター %1</translation>
    </message>
    <message>
        <source>%1 is not an object with a name and identities.</source>
        <translation>%1 は名前と ID を持つオブジェクトではありません。</translation>
    </message>
    <message>
        <source>%1 has no name.</source>
        <translation>%1 に名前がありません。</translation>
    </message>
    <message>
        <source>%1: the name &quot;%2&quot; is used twice.</source>
        <translation>%1: 名前「%2」が 2 回使われています。</translation>
    </message>
    <message>
        <source>%1 (%2): %3 must be text, e.g. &quot;%4&quot;.</source>
        <translation>%1 (%2): %3 はテキストである必要があります。例: &quot;%4&quot;。</translation>
    </message>
    <message>
        <source>%1 (%2): &quot;%3&quot; is not a %4 identity: %5</source>
        <translation>%1 (%2): 「%3」は %4 の ID ではありません: %5</translation>
    </message>
    <message>
        <source>%1 is not known to the health engine yet.</source>
        <translation>%1 はまだヘルスエンジンに認識されていません。</translation>
    </message>
    <message>
        <source>%1 is proven healthy.</source>
        <translation>%1 は正常であることが確認されています。</translation>
    </message>
    <message>
        <source>%1 is on probation (%2 of %3 deliveries proven): it has not proven itself yet.</source>
        <translation>%1 は様子見です (配信確認 %2/%3 件): まだ安定が確認されていません。</translation>
    </message>
    <message>
        <source>%1 is %2: %3</source>
        <translation>%1 は %2 です: %3</translation>
    </message>
    <message>
        <source>%1 has no %2 identity.</source>
        <translation>%1 には %2 の ID がありません。</translation>
    </message>
    <message>
        <source>No operators are named.</source>
        <translation>オペレーターが指定されていません。</translation>
    </message>
    <message>
        <source>Reachable on %1 and allowed by the plan: %2.</source>
        <translation>%1 で連絡でき、計画で許可されています: %2。</translation>
    </message>
    <message>
        <source>After the change the audit finds nothing critical on %1.</source>
        <translation>変更後、%1 について監査で重大な検出事項はありません。</translation>
    </message>
    <message>
        <source>After the change %1 would still have a critical finding: %2.</source>
        <translation>変更後も %1 には重大な検出事項が残ります: %2。</translation>
    </message>
    <message>
        <source>The gateway gave no config hash to guard the write with.</source>
        <translation>ゲートウェイが書き込みを保護するための設定ハッシュを返しませんでした。</translation>
    </message>
    <message>
        <source>The gateway reports its config file as invalid.</source>
        <translation>ゲートウェイは設定ファイルが無効だと報告しています。</translation>
    </message>
    <message>
        <source>An earlier config change waits for a gateway restart: the running gateway is not on the config the plan was built on.</source>
        <translation>以前の設定変更がゲートウェイの再起動を待っています: 実行中のゲートウェイは、計画の前提となった設定で動作していません。</translation>
    </message>
    <message>
        <source>Read just now; the write is guarded by its hash (baseHash).</source>
        <translation>たった今読み込みました。書き込みはそのハッシュ (baseHash) で保護されます。</translation>
    </message>
    <message>
        <source>Protocol %1: config.patch with replacePaths, send and channels.status.</source>
        <translation>プロトコル %1: replacePaths 付きの config.patch、send、channels.status。</translation>
    </message>
    <message>
        <source>Protocol %1 cannot send replacePaths, which the rollback needs to restore the lists.</source>
        <translation>プロトコル %1 では replacePaths を送れません。ロールバックでリストを復元するには replacePaths が必要です。</translation>
    </message>
    <message>
        <source>There is no pre-flight check &quot;%1&quot;; the checks are: %2.</source>
        <translation>事前チェック「%1」はありません。チェックは次のとおりです: %2。</translation>
    </message>
    <message>
        <source>%1: 1 drop since %2.</source>
        <translation>%1: %2 以降 1 回切断。</translation>
    </message>
    <message>
        <source>%1: %2 drops since %3.</source>
        <translation>%1: %3 以降 %2 回切断。</translation>
    </message>
    <message>
        <source>%1 is flapping.</source>
        <translation>%1 は不安定です。</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 は %2 です。</translation>
    </message>
    <message>
        <source>%1 %2 is proven. Fail over now</source>
        <translation>%1 %2 は安定を確認済みです。今すぐフェイルオーバーしてください</translation>
    </message>
    <message>
        <source>No operators to move: add them in Preferences → Operators (switchboardctl: --operators FILE).</source>
        <translation>移すオペレーターがいません: 設定 → オペレーター で追加してください (switchboardctl: --operators FILE)。</translation>
    </message>
    <message>
        <source>%1 has no %2 identity: nobody could reach them after the failover. Add it in Preferences → Operators.</source>
        <translation>%1 には %2 の ID がありません: フェイルオーバー後に誰も連絡できなくなります。設定 → オペレーター で追加してください。</translation>
    </message>
</context>
<context>
    <name>sb::failover::FailoverBanner</name>
    <message>
        <source>Fail over now…</source>
        <translation>今すぐフェイルオーバー…</translation>
    </message>
    <message>
        <source>Failover recommendation</source>
        <translation>フェイルオーバーの推奨</translation>
    </message>
</context>
<context>
    <name>sb::failover::FailoverDialog</name>
    <message>
        <source>Show the patch as &amp;JSON</source>
        <translation>パッチを JSON で表示(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Add as operator</source>
        <translation>オペレーターとして追加(&amp;A)</translation>
    </message>
    <message>
        <source>The gateway already allows these people here: add one as an operator?</source>
        <translation>ゲートウェイはここですでにこれらの人を許可しています: オペレーターとして追加しますか?</translation>
    </message>
    <message>
        <source>&amp;Fail over</source>
        <translation>フェイルオーバー(&amp;F)</translation>
    </message>
    <message>
        <source>Fail &amp;back…</source>
        <translation>フェイルバック(&amp;B)…</translation>
    </message>
    <message>
        <source>Plan: what will be written</source>
        <translation>計画: 書き込まれる内容</translation>
    </message>
    <message>
        <source>Pre-flight (tick a failed check to go ahead anyway; it is recorded)</source>
        <translation>事前チェック (失敗したチェックにチェックを入れると、そのまま続行できます。これは記録されます)</translation>
    </message>
    <message>
        <source>Operators: a test message each</source>
        <translation>オペレーター: 各自へのテストメッセージ</translation>
    </message>
    <message>
        <source>Reading the gateway&apos;s config and the lanes&apos; health…</source>
        <translation>ゲートウェイの設定とレーンの状態を読み込んでいます…</translation>
    </message>
    <message>
        <source>Failback refused; nothing was written.</source>
        <translation>フェイルバックを拒否しました。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>Refused; nothing was written.</source>
        <translation>拒否しました。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>Review the plan and the pre-flight. Nothing is written until you click &quot;%1&quot;.</source>
        <translation>計画と事前チェックを確認してください。「%1」をクリックするまで何も書き込まれません。</translation>
    </message>
    <message>
        <source>Fail back</source>
        <translation>フェイルバック</translation>
    </message>
    <message>
        <source>Fail over</source>
        <translation>フェイルオーバー</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>キャンセルしました。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>Refused by the pre-flight; nothing was written.</source>
        <translation>事前チェックにより拒否されました。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>Writing the plan as one config change…</source>
        <translation>計画を 1 回の設定変更として書き込んでいます…</translation>
    </message>
    <message>
        <source>Another writer changed the config first; nothing was written.</source>
        <translation>別の書き込み元が先に設定を変更しました。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>The gateway refused the change; nothing was written.</source>
        <translation>ゲートウェイが変更を拒否しました。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>Written. Sending a test message to each operator on the new channel…</source>
        <translation>書き込みました。新しいチャネルで各オペレーターにテストメッセージを送信しています…</translation>
    </message>
    <message>
        <source>Failed back and verified: every operator confirmed.</source>
        <translation>フェイルバックして検証しました: すべてのオペレーターが確認しました。</translation>
    </message>
    <message>
        <source>Failed over and verified: every operator confirmed.</source>
        <translation>フェイルオーバーして検証しました: すべてのオペレーターが確認しました。</translation>
    </message>
    <message>
        <source>An operator was not reached: rolling the change back…</source>
        <translation>連絡の取れないオペレーターがいました: 変更をロールバックしています…</translation>
    </message>
    <message>
        <source>Rolled back: the config is as it was before.</source>
        <translation>ロールバックしました: 設定は以前の状態に戻りました。</translation>
    </message>
    <message>
        <source>Not rolled back: another writer changed the config since. Check it by hand.</source>
        <translation>ロールバックしていません: その後に別の書き込み元が設定を変更しました。手動で確認してください。</translation>
    </message>
    <message>
        <source>Rolled back only in part: the config differs from before. Check it by hand.</source>
        <translation>一部のみロールバックしました: 設定が以前と異なります。手動で確認してください。</translation>
    </message>
    <message>
        <source>Fail Back</source>
        <translation>フェイルバック</translation>
    </message>
    <message>
        <source>Fail Over</source>
        <translation>フェイルオーバー</translation>
    </message>
    <message>
        <source>Fail back from %1 to %2</source>
        <translation>%1 から %2 へフェイルバック</translation>
    </message>
    <message>
        <source>Fail over from %1 to %2</source>
        <translation>%1 から %2 へフェイルオーバー</translation>
    </message>
    <message>
        <source>%1
replacePaths: %2</source>
        <translation>%1
replacePaths: %2</translation>
    </message>
    <message>
        <source>&amp;Fail back</source>
        <translation>フェイルバック(&amp;F)</translation>
    </message>
    <message>
        <source>Every operator confirmed on %1. Took %2 ms: plan %3 ms, write %4 ms, sends %5 ms, confirmation %6 ms.</source>
        <translation>すべてのオペレーターが %1 で確認しました。所要時間 %2 ms: 計画 %3 ms、書き込み %4 ms、送信 %5 ms、確認 %6 ms。</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>  %1 back to %2</source>
        <translation>  %1 を %2 に戻しました</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(未設定)</translation>
    </message>
    <message>
        <source>Restored:</source>
        <translation>復元した設定:</translation>
    </message>
    <message>
        <source>Read back: the config equals the one before the failover.</source>
        <translation>読み戻し: 設定はフェイルオーバー前と同じです。</translation>
    </message>
</context>
<context>
    <name>sb::failover::FailoverFlow</name>
    <message>
        <source>Switchboard failover check: this channel now carries your alerts. No reply needed.</source>
        <translation>Switchboard フェイルオーバーの確認: 今後はこのチャネルがアラートを届けます。返信は不要です。</translation>
    </message>
    <message>
        <source>The gateway&apos;s config could not be read: %1</source>
        <translation>ゲートウェイの設定を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Failback refused: %1 has not proven itself again (%2). It needs %3 connected minutes and %4 deliveries without a drop.</source>
        <translation>フェイルバックを拒否しました: %1 はまだ再び安定を確認できていません (%2)。切断なしで %3 分間の接続と %4 件の配信が必要です。</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>overriding the pre-flight check %1</source>
        <translation>事前チェック %1 を無視しています</translation>
    </message>
    <message>
        <source>failover pre-flight %1 overridden</source>
        <translation>フェイルオーバーの事前チェック %1 を無視</translation>
    </message>
    <message>
        <source>Pre-flight check %1 overridden by the operator: %2</source>
        <translation>オペレーターが事前チェック %1 を無視しました: %2</translation>
    </message>
    <message>
        <source>Refused by the pre-flight; nothing was written.
%1</source>
        <translation>事前チェックで拒否されました。何も書き込んでいません。
%1</translation>
    </message>
    <message>
        <source>failing over to %1</source>
        <translation>%1 へフェイルオーバー中</translation>
    </message>
    <message>
        <source>failback to %1: config written</source>
        <translation>%1 へのフェイルバック: 設定を書き込みました</translation>
    </message>
    <message>
        <source>failover to %1: config written</source>
        <translation>%1 へのフェイルオーバー: 設定を書き込みました</translation>
    </message>
    <message>
        <source>Another action is still running on %1.</source>
        <translation>%1 では別の操作がまだ実行中です。</translation>
    </message>
    <message>
        <source>Another writer changed the config first: nothing was written.</source>
        <translation>別の書き込み元が先に設定を変更しました: 何も書き込んでいません。</translation>
    </message>
    <message>
        <source>The gateway refused the failover: %1</source>
        <translation>ゲートウェイがフェイルオーバーを拒否しました: %1</translation>
    </message>
    <message>
        <source>Read the config again and review the plan before failing over.</source>
        <translation>フェイルオーバーの前に、設定を読み込み直して計画を確認してください。</translation>
    </message>
    <message>
        <source>Failover written: %1.</source>
        <translation>フェイルオーバーを書き込みました: %1。</translation>
    </message>
    <message>
        <source>Not sent: the gateway&apos;s channel status could not be read to confirm delivery (%1).</source>
        <translation>未送信: 配信を確認するためのゲートウェイのチャネル状態を読み取れませんでした (%1)。</translation>
    </message>
    <message>
        <source>sending the failover check to %1</source>
        <translation>%1 にフェイルオーバー確認を送信中</translation>
    </message>
    <message>
        <source>failover check sent to %1</source>
        <translation>%1 にフェイルオーバー確認を送信</translation>
    </message>
    <message>
        <source>Not sent: another action is still running on %1.</source>
        <translation>未送信: %1 では別の操作がまだ実行中です。</translation>
    </message>
    <message>
        <source>The gateway did not deliver the check: %1</source>
        <translation>ゲートウェイは確認メッセージを配信しませんでした: %1</translation>
    </message>
    <message>
        <source>It queued the message and may still deliver it later.</source>
        <translation>ゲートウェイはメッセージをキューに入れており、後で配信する可能性があります。</translation>
    </message>
    <message>
        <source>Delivered: the gateway answered ok and shows the outbound message.</source>
        <translation>配信済み: ゲートウェイが ok を返し、送信メッセージを表示しています。</translation>
    </message>
    <message>
        <source>The gateway accepted the check but showed no outbound message within %1 s.</source>
        <translation>ゲートウェイは確認メッセージを受け付けましたが、%1 秒以内に送信メッセージが表示されませんでした。</translation>
    </message>
    <message>
        <source>failover check to %1</source>
        <translation>%1 へのフェイルオーバー確認</translation>
    </message>
    <message>
        <source>%1 was not reached: %2</source>
        <translation>%1 に届きませんでした: %2</translation>
    </message>
    <message>
        <source>Not tried: the failover was rolled back first.</source>
        <translation>未試行: 先にフェイルオーバーがロールバックされました。</translation>
    </message>
    <message>
        <source>rolling the failover back</source>
        <translation>フェイルオーバーをロールバック中</translation>
    </message>
    <message>
        <source>failover rolled back: %1</source>
        <translation>フェイルオーバーをロールバックしました: %1</translation>
    </message>
    <message>
        <source>The rollback could not start: another action is running on %1; the failover&apos;s change is still in the config.</source>
        <translation>ロールバックを開始できませんでした: %1 で別の操作が実行中です。フェイルオーバーの変更は設定に残っています。</translation>
    </message>
    <message>
        <source>Another writer changed the config after the failover: the rollback wrote nothing, so their change is kept and so is the failover&apos;s.</source>
        <translation>フェイルオーバーの後に別の書き込み元が設定を変更しました: ロールバックは何も書き込んでいないため、その変更もフェイルオーバーの変更も残っています。</translation>
    </message>
    <message>
        <source>The gateway refused the rollback: %1</source>
        <translation>ゲートウェイがロールバックを拒否しました: %1</translation>
    </message>
    <message>
        <source>Rolled back: %1.</source>
        <translation>ロールバックしました: %1。</translation>
    </message>
    <message>
        <source>The config could not be read back after the rollback: %1</source>
        <translation>ロールバック後に設定を読み戻せませんでした: %1</translation>
    </message>
    <message>
        <source>After the rollback the config still differs from before:
%1</source>
        <translation>ロールバック後も設定が以前と異なります:
%1</translation>
    </message>
    <message>
        <source>%1 to %2 verified: %3 of %4 operators confirmed</source>
        <translation>%2 への%1を検証しました: オペレーター %4 人中 %3 人が確認</translation>
    </message>
    <message>
        <source>failback</source>
        <translation>フェイルバック</translation>
    </message>
    <message>
        <source>failover</source>
        <translation>フェイルオーバー</translation>
    </message>
    <message>
        <source>%1 to %2 undone: %3</source>
        <translation>%2 への%1を取り消しました: %3</translation>
    </message>
    <message>
        <source>recording the failover&apos;s result</source>
        <translation>フェイルオーバーの結果を記録中</translation>
    </message>
</context>
<context>
    <name>sb::failover::FailoverLaneNote</name>
    <message>
        <source>Fail &amp;back…</source>
        <translation>フェイルバック(&amp;B)…</translation>
    </message>
    <message>
        <source>The operators were moved away from %1. Fail back once it has proven itself again.</source>
        <translation>オペレーターは %1 から移されています。再び安定を確認できたらフェイルバックしてください。</translation>
    </message>
    <message>
        <source>Fail over to %1…</source>
        <translation>%1 へフェイルオーバー…</translation>
    </message>
</context>
<context>
    <name>sb::failover::OperatorProgressModel</name>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>Failed: not delivered</source>
        <translation>失敗: 配信されませんでした</translation>
    </message>
    <message>
        <source>Failed: not confirmed</source>
        <translation>失敗: 確認されませんでした</translation>
    </message>
    <message>
        <source>Not tried</source>
        <translation>未試行</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>オペレーター</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>テストメッセージ</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>経過</translation>
    </message>
</context>
<context>
    <name>sb::failover::OperatorsModel</name>
    <message>
        <source>Operator %1</source>
        <translation>オペレーター %1</translation>
    </message>
    <message>
        <source>The name the failover&apos;s report uses for this person.</source>
        <translation>フェイルオーバーのレポートでこの人を表す名前。</translation>
    </message>
    <message>
        <source>%1&apos;s %2 identity, e.g. %3</source>
        <translation>%1 の %2 ID (例: %3)</translation>
    </message>
    <message>
        <source>An operator needs a name.</source>
        <translation>オペレーターには名前が必要です。</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is already used by another operator.</source>
        <translation>名前「%1」はすでに別のオペレーターが使っています。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a %3 identity: %4</source>
        <translation>%1: 「%2」は %3 の ID ではありません: %4</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例: %1</translation>
    </message>
</context>
<context>
    <name>sb::failover::PlanChangesModel</name>
    <message>
        <source>(not set)</source>
        <translation>(未設定)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(削除)</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>設定項目</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
</context>
<context>
    <name>sb::failover::PreflightChecksModel</name>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Failed — overridden</source>
        <translation>失敗 — 無視して続行</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>sb::fleet</name>
    <message>
        <source>not connected to a gateway</source>
        <translation>ゲートウェイに接続していません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>Connected, catching up</source>
        <translation>接続済み、同期中</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>ライブ</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>再接続中</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2 %1</translation>
    </message>
</context>
<context>
    <name>sb::gateway::Connection</name>
    <message>
        <source>the connection was closed</source>
        <translation>接続が閉じられました</translation>
    </message>
    <message>
        <source>binary WebSocket frame ignored (the protocol uses text frames)</source>
        <translation>バイナリの WebSocket フレームを無視しました (このプロトコルはテキストフレームを使います)</translation>
    </message>
    <message>
        <source>connection closed (code %1)</source>
        <translation>接続が閉じられました (コード %1)</translation>
    </message>
    <message>
        <source>connection closed (code %1: %2)</source>
        <translation>接続が閉じられました (コード %1: %2)</translation>
    </message>
    <message>
        <source>the gateway dropped events %1 to %2; state must be re-fetched</source>
        <translation>ゲートウェイがイベント %1〜%2 を送信しませんでした。状態を再取得する必要があります</translation>
    </message>
    <message>
        <source>the gateway refused the request without saying why</source>
        <translation>ゲートウェイが理由を示さずに要求を拒否しました</translation>
    </message>
    <message>
        <source>connect refused without a reason</source>
        <translation>接続が理由なく拒否されました</translation>
    </message>
    <message>
        <source>reconnected to the gateway; events may have been missed</source>
        <translation>ゲートウェイに再接続しました。その間のイベントを取りこぼした可能性があります</translation>
    </message>
    <message>
        <source>no frame from the gateway for %1 s (tick timeout)</source>
        <translation>ゲートウェイから %1 秒間フレームが届いていません (tick タイムアウト)</translation>
    </message>
    <message>
        <source>the gateway did not accept the connection within %1 s</source>
        <translation>ゲートウェイが %1 秒以内に接続を受け付けませんでした</translation>
    </message>
    <message>
        <source>the gateway did not complete the handshake within %1 s</source>
        <translation>ゲートウェイが %1 秒以内にハンドシェイクを完了しませんでした</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>接続が失われました</translation>
    </message>
    <message>
        <source>not connected to the gateway (%1)</source>
        <translation>ゲートウェイに接続していません (%1)</translation>
    </message>
    <message>
        <source>%1 request is %2 bytes; the gateway accepts at most %3 bytes</source>
        <translation>%1 リクエストは %2 バイトですが、ゲートウェイが受け付けるのは最大 %3 バイトです</translation>
    </message>
    <message>
        <source>the gateway repeated event seq %1; state must be re-fetched</source>
        <translation>ゲートウェイがイベント seq %1 を繰り返しました。状態を取得し直す必要があります</translation>
    </message>
    <message>
        <source>the gateway sent event seq %1 after %2 (backwards); state must be re-fetched</source>
        <translation>ゲートウェイが %2 の後にイベント seq %1 を送信しました (逆行)。状態を取得し直す必要があります</translation>
    </message>
</context>
<context>
    <name>sb::gateway::GatewayMonitor</name>
    <message>
        <source>Connected to %1</source>
        <translation>%1 に接続中</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <source>Handshaking with %1…</source>
        <translation>%1 とハンドシェイク中…</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s</source>
        <translation>%1 秒後に再接続します</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s (%2)</source>
        <translation>%1 秒後に再接続します (%2)</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>未接続: %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
</context>
<context>
    <name>sb::health</name>
    <message>
        <source>possible ban: WhatsApp answered 503 right after a send while the link was still on probation</source>
        <translation>BAN の可能性: 再リンク後の様子見期間中、送信の直後に WhatsApp が 503 を返しました</translation>
    </message>
    <message>
        <source>session revoked (401): the device was unlinked, the stored credentials are useless</source>
        <translation>セッションが無効化されました (401): デバイスのリンクが解除され、保存されている認証情報は使えません</translation>
    </message>
    <message>
        <source>another WhatsApp Web session took over (440 conflict)</source>
        <translation>別の WhatsApp Web セッションに接続を奪われました (440 競合)</translation>
    </message>
    <message>
        <source>possible ban: WhatsApp refused the account (403 forbidden); automatic retries would only hurt the number</source>
        <translation>BAN の可能性: WhatsApp がアカウントを拒否しました (403 禁止)。自動で再試行すると番号の状態を悪化させるだけです</translation>
    </message>
    <message>
        <source>multi-device mismatch (411): update WhatsApp on the phone, then re-link</source>
        <translation>マルチデバイスの不一致 (411): スマートフォンの WhatsApp を更新してから再リンクしてください</translation>
    </message>
    <message>
        <source>the QR code expired before it was scanned (408): start the link again for a fresh code</source>
        <translation>QR コードが読み取られる前に期限切れになりました (408): リンクをやり直して新しいコードを表示してください</translation>
    </message>
    <message>
        <source>WhatsApp asked for the expected restart after pairing (515)</source>
        <translation>ペアリング後の想定どおりの再起動を WhatsApp が要求しました (515)</translation>
    </message>
    <message>
        <source>WhatsApp asked for a restart (515); the gateway reconnects</source>
        <translation>WhatsApp が再起動を要求しました (515)。ゲートウェイが再接続します</translation>
    </message>
    <message>
        <source>OpenClaw&apos;s watchdog recycled a stale connection (499); the gateway reconnects</source>
        <translation>OpenClaw のウォッチドッグが停滞した接続を張り直しました (499)。ゲートウェイが再接続します</translation>
    </message>
    <message>
        <source>connection closed (428); credentials still valid, the gateway reconnects</source>
        <translation>接続が閉じられました (428)。認証情報は有効なままで、ゲートウェイが再接続します</translation>
    </message>
    <message>
        <source>connection timed out (408), e.g. network stall or sleep; the gateway reconnects</source>
        <translation>接続がタイムアウトしました (408)。ネットワークの停滞やスリープなどが原因です。ゲートウェイが再接続します</translation>
    </message>
    <message>
        <source>bad session (500); the gateway retries, re-link if it keeps coming back</source>
        <translation>セッション異常 (500)。ゲートウェイが再試行します。繰り返し発生する場合は再リンクしてください</translation>
    </message>
    <message>
        <source>WhatsApp service unavailable (503); the gateway retries with a longer backoff</source>
        <translation>WhatsApp のサービスが利用できません (503)。ゲートウェイが間隔を延ばして再試行します</translation>
    </message>
    <message>
        <source>WhatsApp refuses new links for now (link cooldown)</source>
        <translation>WhatsApp が現在、新しいリンクを受け付けていません (リンクのクールダウン中)</translation>
    </message>
    <message>
        <source>the gateway gave up after 12 reconnect attempts; the channel stays down until restarted</source>
        <translation>ゲートウェイは 12 回の再接続に失敗して諦めました。再起動するまでチャネルは停止したままです</translation>
    </message>
    <message>
        <source>Signal wants a captcha before it registers the number</source>
        <translation>Signal は番号の登録前にキャプチャを要求しています</translation>
    </message>
    <message>
        <source>Signal wants proof of humanity (428) before more sends</source>
        <translation>Signal はこれ以上の送信の前に人間であることの確認を求めています (428)</translation>
    </message>
    <message>
        <source>Signal rate limit (413); retrying before Retry-After only extends it</source>
        <translation>Signal のレート制限 (413)。Retry-After より前に再試行すると制限が延びるだけです</translation>
    </message>
    <message>
        <source>Signal rate limit (429); retrying before Retry-After only extends it</source>
        <translation>Signal のレート制限 (429)。Retry-After より前に再試行すると制限が延びるだけです</translation>
    </message>
    <message>
        <source>Signal rejected the account&apos;s credentials (401): the number was re-registered elsewhere or unregistered</source>
        <translation>Signal がアカウントの認証情報を拒否しました (401): 番号が別の場所で再登録されたか、登録が解除されています</translation>
    </message>
    <message>
        <source>Signal authorization failed (403): re-register the number</source>
        <translation>Signal の認可に失敗しました (403): 番号を再登録してください</translation>
    </message>
    <message>
        <source>registration lock (423): re-register with the account PIN</source>
        <translation>登録ロック (423): アカウントの PIN を使って再登録してください</translation>
    </message>
    <message>
        <source>the Signal server refuses this signal-cli version (499, not WhatsApp&apos;s 499)</source>
        <translation>Signal サーバーがこのバージョンの signal-cli を拒否しています (499。WhatsApp の 499 とは別物です)</translation>
    </message>
    <message>
        <source>the event stream timed out (408); the gateway reconnects</source>
        <translation>イベントストリームがタイムアウトしました (408)。ゲートウェイが再接続します</translation>
    </message>
    <message>
        <source>the daemon was not ready for the event stream (425); the gateway reconnects</source>
        <translation>デーモンがイベントストリームの準備をできていませんでした (425)。ゲートウェイが再接続します</translation>
    </message>
    <message>
        <source>the Signal daemon permanently rejected the event stream (%1): fix the account or daemon URL, then restart the channel</source>
        <translation>Signal デーモンがイベントストリームを恒久的に拒否しました (%1): アカウントまたはデーモンの URL を修正してから、チャネルを再起動してください</translation>
    </message>
    <message>
        <source>the Signal daemon or server failed (%1); the gateway reconnects</source>
        <translation>Signal デーモンまたはサーバーでエラーが発生しました (%1)。ゲートウェイが再接続します</translation>
    </message>
    <message>
        <source>Signal event stream (SSE) lost; the gateway reconnects every 1 to 10 s</source>
        <translation>Signal のイベントストリーム (SSE) が切断されました。ゲートウェイが 1〜10 秒ごとに再接続します</translation>
    </message>
    <message>
        <source>Telegram rejected the bot token (getMe 401)</source>
        <translation>Telegram がボットトークンを拒否しました (getMe 401)</translation>
    </message>
    <message>
        <source>another process is polling with this bot token (409 conflict)</source>
        <translation>別のプロセスがこのボットトークンでポーリングしています (409 競合)</translation>
    </message>
    <message>
        <source>Telegram flood control (429)</source>
        <translation>Telegram の送信制限 (429)</translation>
    </message>
    <message>
        <source>Telegram unreachable (network failure); the gateway retries</source>
        <translation>Telegram に到達できません (ネットワーク障害)。ゲートウェイが再試行します</translation>
    </message>
    <message>
        <source>the gateway gave up reconnecting; the channel stays down until restarted</source>
        <translation>ゲートウェイが再接続を諦めました。再起動するまでチャネルは停止したままです</translation>
    </message>
    <message>
        <source>the session was logged out</source>
        <translation>セッションがログアウトされました</translation>
    </message>
    <message>
        <source>another session took over</source>
        <translation>別のセッションに接続を奪われました</translation>
    </message>
    <message>
        <source>the credentials were rejected</source>
        <translation>認証情報が拒否されました</translation>
    </message>
    <message>
        <source>disconnected; the gateway reconnects</source>
        <translation>切断されました。ゲートウェイが再接続します</translation>
    </message>
    <message>
        <source>a send failed</source>
        <translation>送信に失敗しました</translation>
    </message>
    <message>
        <source>the channel was disabled</source>
        <translation>チャネルが無効化されました</translation>
    </message>
    <message>
        <source>the channel stopped</source>
        <translation>チャネルが停止しました</translation>
    </message>
    <message>
        <source>the gateway gave up reconnecting</source>
        <translation>ゲートウェイが再接続を諦めました</translation>
    </message>
    <message>
        <source>the connection dropped</source>
        <translation>接続が切れました</translation>
    </message>
    <message>
        <source>re-link started; waiting for the QR code to be scanned</source>
        <translation>再リンクを開始しました。QR コードの読み取りを待っています</translation>
    </message>
    <message>
        <source>the channel is starting</source>
        <translation>チャネルを起動しています</translation>
    </message>
    <message>
        <source>enabled; waiting for the channel to connect</source>
        <translation>有効化しました。チャネルの接続を待っています</translation>
    </message>
    <message>
        <source>the channel stopped: %1</source>
        <translation>チャネルが停止しました: %1</translation>
    </message>
    <message>
        <source>disabled on purpose</source>
        <translation>意図的に無効化されています</translation>
    </message>
    <message>
        <source>the gateway is reconnecting</source>
        <translation>ゲートウェイが再接続しています</translation>
    </message>
    <message>
        <source>the gateway is reconnecting: %1</source>
        <translation>ゲートウェイが再接続しています: %1</translation>
    </message>
    <message>
        <source>a send failed%1 while on probation; if the channel is lost now, treat it as a possible ban</source>
        <translation>様子見期間中に送信が失敗しました%1。ここでチャネルが切れた場合は BAN の可能性として扱ってください</translation>
    </message>
    <message>
        <source>possible ban: a send failed%1 while the lane was on probation, then %2</source>
        <translation>BAN の可能性: 様子見期間中に送信が失敗し%1、その後 %2</translation>
    </message>
    <message>
        <source>re-linked just now</source>
        <translation>たった今再リンクしました</translation>
    </message>
    <message numerus="yes">
        <source>re-linked %n min ago</source>
        <translation>
            <numerusform>%n 分前に再リンク</numerusform>
        </translation>
    </message>
    <message>
        <source>reconnected just now</source>
        <translation>たった今再接続しました</translation>
    </message>
    <message numerus="yes">
        <source>reconnected %n min ago</source>
        <translation>
            <numerusform>%n 分前に再接続</numerusform>
        </translation>
    </message>
    <message>
        <source>connected just now</source>
        <translation>たった今接続しました</translation>
    </message>
    <message numerus="yes">
        <source>connected %n min ago</source>
        <translation>
            <numerusform>%n 分前に接続</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 deliveries proven</source>
        <translation>配信確認 %1/%2 件</translation>
    </message>
    <message numerus="yes">
        <source>%n more min connected needed</source>
        <translation>
            <numerusform>あと %n 分の接続継続が必要</numerusform>
        </translation>
    </message>
    <message>
        <source>a send failed: a loss now would mean a possible ban</source>
        <translation>送信に失敗しました: ここで接続が切れたら BAN の可能性があります</translation>
    </message>
    <message>
        <source>flapping: %1 disconnects in the last %2 min</source>
        <translation>不安定: 直近 %2 分間に %1 回切断</translation>
    </message>
    <message>
        <source>proven: %1 min connected without a disconnect and %2 deliveries since the last recovery</source>
        <translation>安定を確認: 前回の復旧以降、%1 分間切断なしで接続し、%2 件配信しました</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>probation</source>
        <translation>様子見</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>劣化</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>再接続中</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>logged out</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>ブロック</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>No action needed</source>
        <translation>対応は不要です</translation>
    </message>
    <message>
        <source>Re-link the account (scan a new QR code)</source>
        <translation>アカウントを再リンクしてください (新しい QR コードを読み取ります)</translation>
    </message>
    <message>
        <source>Restart the channel</source>
        <translation>チャネルを再起動してください</translation>
    </message>
    <message>
        <source>Resolve the conflict: find the other session or process using this account, then restart the channel</source>
        <translation>競合を解消してください: このアカウントを使っている別のセッションやプロセスを特定し、チャネルを再起動します</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n s, then try again</source>
        <translation>
            <numerusform>%n 秒待ってから再試行してください</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait, then try again</source>
        <translation>しばらく待ってから再試行してください</translation>
    </message>
    <message>
        <source>Fail over to a healthy channel</source>
        <translation>正常なチャネルへフェイルオーバーしてください</translation>
    </message>
    <message>
        <source>Re-register the number (captcha, verification code, PIN)</source>
        <translation>番号を再登録してください (キャプチャ、確認コード、PIN)</translation>
    </message>
    <message>
        <source>Solve the captcha and submit the token</source>
        <translation>キャプチャを解いてトークンを送信してください</translation>
    </message>
    <message>
        <source>Check the bot token</source>
        <translation>ボットトークンを確認してください</translation>
    </message>
    <message>
        <source>Upgrade signal-cli</source>
        <translation>signal-cli をアップグレードしてください</translation>
    </message>
    <message>
        <source>the channel has not come back since the operator&apos;s restart</source>
        <translation>オペレーターによる再起動の後、チャネルが復帰していません</translation>
    </message>
    <message>
        <source>restart requested by the operator; waiting for the channel to start</source>
        <translation>オペレーターが再起動を要求しました。チャネルの起動を待っています</translation>
    </message>
    <message>
        <source>restarting at the operator&apos;s request</source>
        <translation>オペレーターの要求により再起動中</translation>
    </message>
    <message>
        <source>On the gateway host: openclaw channels login --channel whatsapp --account %1, then scan the QR code in WhatsApp → Linked Devices.</source>
        <translation>ゲートウェイのホストで openclaw channels login --channel whatsapp --account %1 を実行し、WhatsApp → リンク済みデバイスで QR コードを読み取ってください。</translation>
    </message>
    <message>
        <source>On the gateway host: openclaw channels login --channel %1 --account %2</source>
        <translation>ゲートウェイのホストで: openclaw channels login --channel %1 --account %2</translation>
    </message>
    <message>
        <source>Log the other session out (WhatsApp → Linked Devices on the phone, or stop the other process using this account), then restart the channel.</source>
        <translation>もう一方のセッションをログアウトさせ（スマートフォンの WhatsApp → リンク済みデバイス、またはこのアカウントを使う別のプロセスを停止）、チャネルを再起動してください。</translation>
    </message>
    <message>
        <source>Move the operators to a healthy channel: put their identities on its allowFrom and commands.ownerAllowFrom, point heartbeat delivery at it, then disable this channel.</source>
        <translation>オペレーターを正常なチャネルへ移してください: そのチャネルの allowFrom と commands.ownerAllowFrom にオペレーターの ID を追加し、ハートビートの配信先をそこに向けてから、このチャネルを無効にします。</translation>
    </message>
    <message>
        <source>On the signal-cli host: signal-cli -a &lt;number&gt; register (add --captcha &lt;token&gt; if asked), then signal-cli -a &lt;number&gt; verify &lt;code&gt;.</source>
        <translation>signal-cli のホストで signal-cli -a &lt;番号&gt; register を実行し（求められたら --captcha &lt;トークン&gt; を付ける）、続けて signal-cli -a &lt;番号&gt; verify &lt;コード&gt; を実行してください。</translation>
    </message>
    <message>
        <source>Open https://signalcaptchas.org/registration/generate.html from the same network as signal-cli, copy the signalcaptcha:// link, then signal-cli -a &lt;number&gt; register --captcha &lt;link&gt;.</source>
        <translation>signal-cli と同じネットワークから https://signalcaptchas.org/registration/generate.html を開き、signalcaptcha:// のリンクをコピーして signal-cli -a &lt;番号&gt; register --captcha &lt;リンク&gt; を実行してください。</translation>
    </message>
    <message>
        <source>Check the bot token with @BotFather and set it in channels.%1.botToken (or the account&apos;s botToken), then restart the channel.</source>
        <translation>@BotFather でボットトークンを確認して channels.%1.botToken（またはアカウントの botToken）に設定し、チャネルを再起動してください。</translation>
    </message>
    <message>
        <source>Upgrade signal-cli on the host that runs its daemon, then restart the channel.</source>
        <translation>デーモンを実行しているホストで signal-cli をアップグレードしてから、チャネルを再起動してください。</translation>
    </message>
    <message>
        <source>Restart the gateway on its host instead: openclaw gateway restart</source>
        <translation>代わりにホストでゲートウェイを再起動してください: openclaw gateway restart</translation>
    </message>
    <message>
        <source>not linked: the gateway holds no session for this account yet</source>
        <translation>未リンク: ゲートウェイはこのアカウントのセッションをまだ持っていません</translation>
    </message>
    <message>
        <source>cannot read what the gateway says about this lane: %1</source>
        <translation>このレーンについてのゲートウェイの応答を読み取れません: %1</translation>
    </message>
    <message numerus="yes">
        <source>no connection for %n min while the gateway retries: %1 does not answer</source>
        <translation>
            <numerusform>ゲートウェイが再試行中ですが %n 分間接続がありません: %1 が応答しません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no connection for %n min while the gateway retries</source>
        <translation>
            <numerusform>ゲートウェイが再試行中ですが %n 分間接続がありません</numerusform>
        </translation>
    </message>
    <message>
        <source>Link the account (scan a QR code)</source>
        <translation>アカウントをリンクする (QR コードをスキャン)</translation>
    </message>
    <message>
        <source>Check what the channel connects to: the gateway&apos;s retries reach nothing</source>
        <translation>チャネルの接続先を確認してください: ゲートウェイの再試行はどこにも届いていません</translation>
    </message>
    <message>
        <source>Check that the signal-cli daemon the gateway uses (channels.signal.transport.url) runs and answers GET /api/v1/check from the gateway host, then restart the channel.</source>
        <translation>ゲートウェイが使う signal-cli デーモン (channels.signal.transport.url) が動作し、ゲートウェイのホストからの GET /api/v1/check に応答することを確認してから、チャネルを再起動してください。</translation>
    </message>
    <message>
        <source>Check that the gateway host reaches the Telegram Bot API (channels.telegram.apiRoot, proxy, DNS), then restart the channel.</source>
        <translation>ゲートウェイのホストが Telegram Bot API (channels.telegram.apiRoot、プロキシ、DNS) に到達できることを確認してから、チャネルを再起動してください。</translation>
    </message>
    <message>
        <source>Check the gateway host&apos;s network and the channel&apos;s endpoint in channels.%1, then restart the channel.</source>
        <translation>ゲートウェイのホストのネットワークと channels.%1 のチャネルの接続先を確認してから、チャネルを再起動してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n drops in a row</source>
        <translation>
            <numerusform>%n 回連続で切断</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::incidents</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>name a new history file to import into</source>
        <translation>インポート先となる新しい履歴ファイルを指定してください</translation>
    </message>
    <message>
        <source>%1 is the window&apos;s own history; import into a separate file</source>
        <translation>%1 はウィンドウ自身の履歴です。別のファイルにインポートしてください</translation>
    </message>
    <message>
        <source>%1 already exists; import into a new file so nothing is mixed into a history that is in use</source>
        <translation>%1 はすでに存在します。使用中の履歴に何も混ざらないよう、新しいファイルにインポートしてください</translation>
    </message>
    <message>
        <source>the history cannot be the log file itself</source>
        <translation>履歴をログファイルそのものにすることはできません</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 を作成できません: %2</translation>
    </message>
    <message>
        <source>reading %1 failed: %2</source>
        <translation>%1 の読み込みに失敗しました: %2</translation>
    </message>
    <message>
        <source>cannot move the imported history to %1</source>
        <translation>インポートした履歴を %1 に移動できません</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>朝</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>午後</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>夕方</translation>
    </message>
    <message>
        <source>night</source>
        <translation>夜</translation>
    </message>
    <message>
        <source>test message sent</source>
        <translation>テストメッセージを送信</translation>
    </message>
    <message>
        <source>channel restarted</source>
        <translation>チャネルを再起動</translation>
    </message>
    <message>
        <source>channel started</source>
        <translation>チャネルを起動</translation>
    </message>
    <message>
        <source>channel stopped</source>
        <translation>チャネルを停止</translation>
    </message>
    <message>
        <source>channel logged out</source>
        <translation>チャネルをログアウト</translation>
    </message>
    <message>
        <source>config written</source>
        <translation>設定を書き込み</translation>
    </message>
    <message>
        <source>relink (%1)</source>
        <translation>再リンク (%1)</translation>
    </message>
    <message>
        <source>failover (%1)</source>
        <translation>フェイルオーバー (%1)</translation>
    </message>
    <message>
        <source>session revoked: %1</source>
        <translation>セッションが無効化されました: %1</translation>
    </message>
    <message>
        <source>session revoked</source>
        <translation>セッションが無効化されました</translation>
    </message>
    <message>
        <source>another session took over (%1)</source>
        <translation>別のセッションに接続を奪われました (%1)</translation>
    </message>
    <message>
        <source>another session took over</source>
        <translation>別のセッションに接続を奪われました</translation>
    </message>
    <message>
        <source>the gateway gave up reconnecting</source>
        <translation>ゲートウェイが再接続を諦めました</translation>
    </message>
    <message>
        <source>authorization failed (%1)</source>
        <translation>認可に失敗しました (%1)</translation>
    </message>
    <message>
        <source>authorization failed</source>
        <translation>認可に失敗しました</translation>
    </message>
    <message>
        <source>registration problem</source>
        <translation>登録の問題</translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1 が停止</translation>
    </message>
    <message>
        <source>%1 disabled</source>
        <translation>%1 が無効化</translation>
    </message>
    <message>
        <source>relink started</source>
        <translation>再リンクを開始</translation>
    </message>
    <message>
        <source>re-linked successfully; tests OK (%1 delivered)</source>
        <translation>再リンクに成功、テスト OK (%1 件配信)</translation>
    </message>
    <message>
        <source>re-linked successfully</source>
        <translation>再リンクに成功</translation>
    </message>
    <message>
        <source>outbound message failed (%1)</source>
        <translation>送信メッセージが失敗 (%1)</translation>
    </message>
    <message>
        <source>outbound message failed</source>
        <translation>送信メッセージが失敗</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>%1 (possible ban)</source>
        <translation>%1 (BAN の可能性)</translation>
    </message>
    <message>
        <source>one outbound message → %1 → %2</source>
        <translation>送信メッセージ 1 件 → %1 → %2</translation>
    </message>
    <message>
        <source>%1 — pattern repeats %2× through %3</source>
        <translation>%1 — 同じパターンが%3まで %2 回繰り返し</translation>
    </message>
    <message>
        <source>connection closed</source>
        <translation>接続が閉じられました</translation>
    </message>
    <message>
        <source>connection closed (%1)</source>
        <translation>接続が閉じられました (%1)</translation>
    </message>
    <message>
        <source>status %1 (%2)</source>
        <translation>ステータス %1 (%2)</translation>
    </message>
    <message>
        <source>operator (%1): %2</source>
        <translation>オペレーター (%1): %2</translation>
    </message>
    <message>
        <source>proven healthy again; incident closed</source>
        <translation>再び正常を確認、インシデントをクローズ</translation>
    </message>
    <message>
        <source>proven healthy again: %1</source>
        <translation>再び正常を確認: %1</translation>
    </message>
    <message>
        <source>still open: %1</source>
        <translation>未解決: %1</translation>
    </message>
    <message>
        <source>still open: %1 — %2</source>
        <translation>未解決: %1 — %2</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>レーン</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>%1 – %2 (still open)</source>
        <translation>%1 – %2 (未解決)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>継続時間</translation>
    </message>
    <message>
        <source>Worst state</source>
        <translation>最悪の状態</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>At its worst</source>
        <translation>最も悪化した時点</translation>
    </message>
    <message>
        <source>First operator action</source>
        <translation>最初のオペレーター操作</translation>
    </message>
    <message>
        <source>%1 after it began</source>
        <translation>発生から %1 後</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>Receipt: %1 (%2)</source>
        <translation>証跡: %1 (%2)</translation>
    </message>
    <message>
        <source>Exported by Switchboard %1 from history %2 at %3</source>
        <translation>Switchboard %1 が履歴 %2 から %3 にエクスポート</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>教訓</translation>
    </message>
    <message>
        <source>The lanes over the incident&apos;s span</source>
        <translation>インシデント期間中のレーン</translation>
    </message>
    <message>
        <source>this program cannot draw %1 pages (no painter installed)</source>
        <translation>このプログラムは %1 ページを描画できません (描画エンジンがインストールされていません)</translation>
    </message>
    <message>
        <source>the %1 page could not be drawn</source>
        <translation>%1 ページを描画できませんでした</translation>
    </message>
    <message>
        <source>unknown export format</source>
        <translation>不明なエクスポート形式</translation>
    </message>
    <message>
        <source>failback</source>
        <translation>フェイルバック</translation>
    </message>
    <message>
        <source>failover</source>
        <translation>フェイルオーバー</translation>
    </message>
    <message>
        <source>%1 to %2 verified: %3 of %4 operators confirmed</source>
        <translation>%2 への%1を検証しました: オペレーター %4 人中 %3 人が確認</translation>
    </message>
    <message>
        <source>%1 to %2 rolled back (%3 of %4 operators confirmed); the config read back as before</source>
        <translation>%2 への%1をロールバックしました (オペレーター %4 人中 %3 人が確認)。設定は読み戻しで以前と同じでした</translation>
    </message>
    <message>
        <source>%1 to %2 not rolled back: another writer changed the config since</source>
        <translation>%2 への%1はロールバックしていません: その後に別の書き込み元が設定を変更しました</translation>
    </message>
    <message>
        <source>%1 to %2 rolled back only in part: the config differs from before</source>
        <translation>%2 への%1は一部のみロールバックされました: 設定が以前と異なります</translation>
    </message>
    <message>
        <source>%1 to %2 not written — %3</source>
        <translation>%2 への%1は書き込まれませんでした — %3</translation>
    </message>
    <message>
        <source>%1 to %2: config written (%3 settings)</source>
        <translation>%2 への%1: 設定を書き込みました (%3 項目)</translation>
    </message>
    <message>
        <source>failover rollback not written — %1</source>
        <translation>フェイルオーバーのロールバックは書き込まれませんでした — %1</translation>
    </message>
    <message>
        <source>failover rolled back: %1 settings restored</source>
        <translation>フェイルオーバーをロールバックしました: %1 項目の設定を復元</translation>
    </message>
    <message>
        <source>failover check to %1 confirmed</source>
        <translation>%1 へのフェイルオーバー確認: 確認済み</translation>
    </message>
    <message>
        <source>failover check to %1 not confirmed — %2</source>
        <translation>%1 へのフェイルオーバー確認: 未確認 — %2</translation>
    </message>
    <message>
        <source>failover pre-flight check %1 overridden</source>
        <translation>フェイルオーバーの事前チェック %1 を無視</translation>
    </message>
</context>
<context>
    <name>sb::incidents::IncidentListModel</name>
    <message>
        <source>open</source>
        <translation>未解決</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>発生日時</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>レーン</translation>
    </message>
    <message>
        <source>Worst state</source>
        <translation>最悪の状態</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>継続時間</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
</context>
<context>
    <name>sb::incidents::IncidentsPanel</name>
    <message>
        <source>Export incident</source>
        <translation>インシデントのエクスポート</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 ファイル (*.%2)</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>すべての日付</translation>
    </message>
    <message>
        <source>since</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>A title for this incident</source>
        <translation>このインシデントのタイトル</translation>
    </message>
    <message>
        <source>Set title</source>
        <translation>タイトルを設定</translation>
    </message>
    <message>
        <source>What happened, what you did, what you learnt</source>
        <translation>何が起きたか、何をしたか、何を学んだか</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>教訓</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>エクスポート:</translation>
    </message>
    <message>
        <source>Any gateway</source>
        <translation>すべてのゲートウェイ</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>すべてのチャネル</translation>
    </message>
    <message>
        <source>Select an incident to read its receipts.</source>
        <translation>インシデントを選択すると、その証跡を表示します。</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>エクスポートに失敗しました: %1</translation>
    </message>
    <message>
        <source>Incident %1 exported to %2</source>
        <translation>インシデント %1 を %2 にエクスポートしました</translation>
    </message>
</context>
<context>
    <name>sb::linking</name>
    <message>
        <source>the image is not a PNG</source>
        <translation>画像が PNG ではありません</translation>
    </message>
    <message>
        <source>the PNG is cut short</source>
        <translation>PNG が途中で切れています</translation>
    </message>
    <message>
        <source>the PNG header is damaged</source>
        <translation>PNG のヘッダーが破損しています</translation>
    </message>
    <message>
        <source>the PNG has no image data</source>
        <translation>PNG に画像データがありません</translation>
    </message>
    <message>
        <source>the PNG is %1 × %2 pixels, not a QR code</source>
        <translation>PNG は %1 × %2 ピクセルで、QR コードではありません</translation>
    </message>
    <message>
        <source>the PNG&apos;s colour type %1 at %2 bits is not valid</source>
        <translation>PNG のカラータイプ %1 (%2 ビット) は無効です</translation>
    </message>
    <message>
        <source>interlaced PNGs are not read here</source>
        <translation>インターレース PNG はここでは読み取れません</translation>
    </message>
    <message>
        <source>the PNG&apos;s palette is missing</source>
        <translation>PNG のパレットがありません</translation>
    </message>
    <message>
        <source>the PNG&apos;s image data does not decompress</source>
        <translation>PNG の画像データを展開できません</translation>
    </message>
    <message>
        <source>the PNG uses an unknown row filter</source>
        <translation>PNG が不明な行フィルターを使っています</translation>
    </message>
    <message>
        <source>the PNG points past its palette</source>
        <translation>PNG がパレットの範囲外を参照しています</translation>
    </message>
    <message>
        <source>The gateway&apos;s QR code is not a PNG image (it does not start with %1).</source>
        <translation>ゲートウェイの QR コードは PNG 画像ではありません (%1 で始まっていません)。</translation>
    </message>
    <message>
        <source>The gateway&apos;s QR code is %1 characters long, more than the 16 KB a QR image may be.</source>
        <translation>ゲートウェイの QR コードは %1 文字あり、QR 画像の上限である 16 KB を超えています。</translation>
    </message>
    <message>
        <source>The gateway&apos;s QR code is not valid base64.</source>
        <translation>ゲートウェイの QR コードは有効な base64 ではありません。</translation>
    </message>
    <message>
        <source>The gateway&apos;s QR code cannot be read: %1.</source>
        <translation>ゲートウェイの QR コードを読み取れません: %1。</translation>
    </message>
    <message>
        <source>the picture has no dark modules</source>
        <translation>画像に暗いモジュールがありません</translation>
    </message>
    <message>
        <source>no QR finder pattern in the picture</source>
        <translation>画像に QR のファインダーパターンがありません</translation>
    </message>
</context>
<context>
    <name>sb::linking::BanRisk</name>
    <message>
        <source>This number was blocked at %1, possibly banned by WhatsApp.</source>
        <translation>この番号は %1 にブロックされました。WhatsApp に BAN された可能性があります。</translation>
    </message>
    <message>
        <source>This number&apos;s last relink was lost at %1, within the last 24 hours.</source>
        <translation>この番号の前回の再リンクは %1 に失われました (直近 24 時間以内)。</translation>
    </message>
    <message>
        <source>Relinking a number that was just banned tends to end in another ban. Move the operators to another channel first (fail over) and let this number rest; relink only if you must.</source>
        <translation>BAN されたばかりの番号を再リンクすると、再び BAN されることがよくあります。まずオペレーターを別のチャネルへ移し (フェイルオーバー)、この番号を休ませてください。再リンクはどうしても必要な場合だけにしてください。</translation>
    </message>
</context>
<context>
    <name>sb::linking::LaneBringUp</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>sb::linking::PairingQueue</name>
    <message>
        <source>This gateway speaks protocol 3, which has no DM pairing calls. On the gateway host run &quot;openclaw pairing list &lt;channel&gt;&quot;, then: %1</source>
        <translation>このゲートウェイはプロトコル 3 のため、DM ペアリングの呼び出しがありません。ゲートウェイのホストで &quot;openclaw pairing list &lt;channel&gt;&quot; を実行し、続けて次を実行してください: %1</translation>
    </message>
    <message>
        <source>Reading the DM access requests…</source>
        <translation>DM アクセス要求を読み込んでいます…</translation>
    </message>
    <message>
        <source>This gateway has no DM pairing calls (protocol 3). On the gateway host: %1</source>
        <translation>このゲートウェイには DM ペアリングの呼び出しがありません (プロトコル 3)。ゲートウェイのホストで: %1</translation>
    </message>
    <message>
        <source>The DM access requests could not be read: %1</source>
        <translation>DM アクセス要求を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>No DM access request is waiting.</source>
        <translation>待機中の DM アクセス要求はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n DM access request(s) waiting.</source>
        <translation>
            <numerusform>%n 件の DM アクセス要求が待機中です。</numerusform>
        </translation>
    </message>
    <message>
        <source>The request from %1 no longer exists: it was handled elsewhere or it expired.</source>
        <translation>%1 からの要求はもう存在しません: 別の場所で処理されたか、期限切れになりました。</translation>
    </message>
    <message>
        <source>The gateway refused: %1</source>
        <translation>ゲートウェイが拒否しました: %1</translation>
    </message>
    <message>
        <source>approving %1</source>
        <translation>%1 を承認中</translation>
    </message>
    <message>
        <source>DM access approved for %1</source>
        <translation>%1 の DM アクセスを承認</translation>
    </message>
    <message>
        <source>Another action is still running on this lane.</source>
        <translation>このレーンでは別の操作がまだ実行中です。</translation>
    </message>
    <message>
        <source>%1 may now message %2 (%3).</source>
        <translation>%1 は %2 (%3) にメッセージを送れるようになりました。</translation>
    </message>
    <message>
        <source>They were told.</source>
        <translation>相手に通知しました。</translation>
    </message>
    <message>
        <source>Telling them failed; let them know yourself.</source>
        <translation>通知に失敗しました。相手にはご自身で知らせてください。</translation>
    </message>
    <message>
        <source>They are now the command owner.</source>
        <translation>コマンドオーナーになりました。</translation>
    </message>
    <message>
        <source>They could not be made command owner.</source>
        <translation>コマンドオーナーにできませんでした。</translation>
    </message>
    <message>
        <source>dismissing %1</source>
        <translation>%1 を却下中</translation>
    </message>
    <message>
        <source>DM access dismissed for %1</source>
        <translation>%1 の DM アクセスを却下</translation>
    </message>
    <message>
        <source>The request from %1 was dismissed.</source>
        <translation>%1 からの要求を却下しました。</translation>
    </message>
    <message>
        <source>Not connected: the requests shown are as last seen; they are read again once the gateway is back.</source>
        <translation>未接続: 表示中の要求は最後に確認した時点のものです。ゲートウェイが戻ると再度読み込みます。</translation>
    </message>
</context>
<context>
    <name>sb::linking::SignalInput</name>
    <message>
        <source>Enter the phone number of the Signal account.</source>
        <translation>Signal アカウントの電話番号を入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not in international form: start with + and the country code (E.164, e.g. +15555550100).</source>
        <translation>「%1」は国際形式ではありません: + と国番号で始めてください (E.164、例: +15555550100)。</translation>
    </message>
    <message>
        <source>“%1” is not an E.164 phone number: + then 7 to 15 digits, the first not 0.</source>
        <translation>「%1」は E.164 の電話番号ではありません: + に続けて 7〜15 桁 (先頭は 0 以外) が必要です。</translation>
    </message>
    <message>
        <source>Paste the link the captcha page&apos;s “Open Signal” button points to (it starts with signalcaptcha://).</source>
        <translation>キャプチャページの「Open Signal」ボタンのリンク (signalcaptcha:// で始まるもの) を貼り付けてください。</translation>
    </message>
    <message>
        <source>That is not a captcha token. Right-click “Open Signal” on the captcha page after solving it and copy the link: signalcaptcha://signal-hcaptcha.… (a long line of letters, digits, dots and dashes).</source>
        <translation>これはキャプチャトークンではありません。キャプチャを解いた後、キャプチャページの「Open Signal」を右クリックしてリンクをコピーしてください: signalcaptcha://signal-hcaptcha.… (英字・数字・ドット・ダッシュが長く続く 1 行)。</translation>
    </message>
    <message>
        <source>The code Signal sends by SMS or voice has six digits (e.g. 123-456).</source>
        <translation>Signal が SMS または音声通話で送るコードは 6 桁です (例: 123-456)。</translation>
    </message>
    <message>
        <source>The registration lock PIN has at least 4 digits or letters.</source>
        <translation>登録ロックの PIN は 4 文字以上の数字または英字です。</translation>
    </message>
</context>
<context>
    <name>sb::linking::SignalLinkFlow</name>
    <message>
        <source>Link the signal-cli daemon to the Signal account on a phone: the phone scans a code, and the daemon becomes one of its linked devices.</source>
        <translation>signal-cli デーモンをスマートフォンの Signal アカウントにリンクします: スマートフォンでコードを読み取ると、デーモンがリンク済みデバイスの 1 つになります。</translation>
    </message>
    <message>
        <source>Linked, and the Signal channel is running again. It is on probation until proven: %1.</source>
        <translation>リンクが完了し、Signal チャネルが再び動作しています。安定が確認されるまで様子見です: %1。</translation>
    </message>
    <message>
        <source>Linked, but the channel did not start: %1</source>
        <translation>リンクしましたが、チャネルが起動しませんでした: %1</translation>
    </message>
    <message>
        <source>On probation: %1.</source>
        <translation>様子見: %1。</translation>
    </message>
    <message>
        <source>Signal is proven: %1.</source>
        <translation>Signal の安定を確認: %1。</translation>
    </message>
    <message>
        <source>Closed before the link completed.</source>
        <translation>リンクの完了前に閉じられました。</translation>
    </message>
    <message>
        <source>A link is already under way.</source>
        <translation>すでにリンクが進行中です。</translation>
    </message>
    <message>
        <source>linking signal-cli as a device</source>
        <translation>signal-cli をデバイスとしてリンク中</translation>
    </message>
    <message>
        <source>Signal device link started</source>
        <translation>Signal デバイスのリンクを開始</translation>
    </message>
    <message>
        <source>Another action is still running on this lane.</source>
        <translation>このレーンでは別の操作がまだ実行中です。</translation>
    </message>
    <message>
        <source>Asking signal-cli for a link code…</source>
        <translation>signal-cli にリンクコードを要求しています…</translation>
    </message>
    <message>
        <source>On the phone: Signal → Settings → Linked devices → Link new device, and scan this code. It is valid for a short time only.</source>
        <translation>スマートフォンで Signal → 設定 → リンク済みデバイス → 新しいデバイスをリンク を開き、このコードを読み取ってください。コードの有効期間は短時間です。</translation>
    </message>
    <message>
        <source>The code was not scanned in time. Start again for a fresh code.</source>
        <translation>時間内にコードが読み取られませんでした。やり直して新しいコードを表示してください。</translation>
    </message>
    <message>
        <source>The link did not complete: %1 Start again for a fresh code.</source>
        <translation>リンクが完了しませんでした: %1 やり直して新しいコードを表示してください。</translation>
    </message>
    <message>
        <source>signal-cli is now a linked device of the phone&apos;s Signal account.</source>
        <translation>signal-cli がスマートフォンの Signal アカウントのリンク済みデバイスになりました。</translation>
    </message>
    <message>
        <source>Starting the Signal channel again…</source>
        <translation>Signal チャネルを再起動しています…</translation>
    </message>
</context>
<context>
    <name>sb::linking::SignalRegistrationFlow</name>
    <message>
        <source>Enter the phone number to register with Signal (E.164, e.g. +15555550100). Registering a number with signal-cli de-authorizes the Signal app on a phone that uses it.</source>
        <translation>Signal に登録する電話番号を入力してください (E.164、例: +15555550100)。signal-cli で番号を登録すると、その番号を使っているスマートフォンの Signal アプリは認証が解除されます。</translation>
    </message>
    <message>
        <source>The Signal channel is running again. It is on probation until it has proven itself: %1.</source>
        <translation>Signal チャネルが再び動作しています。安定が確認されるまで様子見です: %1。</translation>
    </message>
    <message>
        <source>Registered, but the channel did not start: %1</source>
        <translation>登録しましたが、チャネルが起動しませんでした: %1</translation>
    </message>
    <message>
        <source>On probation: %1.</source>
        <translation>様子見: %1。</translation>
    </message>
    <message>
        <source>Signal is proven: %1.</source>
        <translation>Signal の安定を確認: %1。</translation>
    </message>
    <message>
        <source>Closed before signal-cli answered.</source>
        <translation>signal-cli が応答する前に閉じられました。</translation>
    </message>
    <message>
        <source>Wait for the step that is running to finish.</source>
        <translation>実行中の手順が終わるまでお待ちください。</translation>
    </message>
    <message numerus="yes">
        <source>Signal is rate limiting this number: nothing is sent for another %n second(s).</source>
        <translation>
            <numerusform>Signal がこの番号をレート制限しています: あと %n 秒間は何も送信されません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Another action is still running on this lane.</source>
        <translation>このレーンでは別の操作がまだ実行中です。</translation>
    </message>
    <message>
        <source>Enter the code Signal sent to %1.</source>
        <translation>Signal が %1 に送ったコードを入力してください。</translation>
    </message>
    <message>
        <source>Enter the number to re-register first.</source>
        <translation>先に再登録する番号を入力してください。</translation>
    </message>
    <message>
        <source>A voice call can be asked for once Signal has sent an SMS code.</source>
        <translation>音声通話は、Signal が SMS でコードを送った後に要求できます。</translation>
    </message>
    <message>
        <source>Signal has not asked for a captcha.</source>
        <translation>Signal はキャプチャを要求していません。</translation>
    </message>
    <message>
        <source>Signal has not sent a code yet: register the number first.</source>
        <translation>Signal はまだコードを送っていません: 先に番号を登録してください。</translation>
    </message>
    <message>
        <source>Signal has not asked for the registration lock PIN.</source>
        <translation>Signal は登録ロックの PIN を要求していません。</translation>
    </message>
    <message>
        <source>Nothing is waiting to be tried again.</source>
        <translation>再試行を待っているものはありません。</translation>
    </message>
    <message>
        <source>Solve a fresh challenge captcha and paste its link: the last one was not accepted in time.</source>
        <translation>新しいチャレンジのキャプチャを解いて、そのリンクを貼り付けてください: 前回のものは時間内に受け付けられませんでした。</translation>
    </message>
    <message>
        <source>The rate limit has run out: you may try again now.</source>
        <translation>レート制限が解除されました: 今すぐ再試行できます。</translation>
    </message>
    <message>
        <source>Signal re-registration of %1 requested</source>
        <translation>%1 の Signal 再登録を要求</translation>
    </message>
    <message>
        <source>Signal registration of %1 requested</source>
        <translation>%1 の Signal 登録を要求</translation>
    </message>
    <message>
        <source>asking signal-cli to register %1</source>
        <translation>signal-cli に %1 の登録を要求中</translation>
    </message>
    <message>
        <source>Asking Signal to send a code to %1…</source>
        <translation>%1 にコードを送るよう Signal に要求しています…</translation>
    </message>
    <message>
        <source>Signal will call %1 with a code.</source>
        <translation>Signal から %1 に電話がかかり、コードが伝えられます。</translation>
    </message>
    <message>
        <source>Signal is sending a code by SMS to %1.</source>
        <translation>Signal が %1 に SMS でコードを送信しています。</translation>
    </message>
    <message>
        <source>Enter it here (spaces and dashes are fine). If no SMS arrives within a minute, ask for a voice call.</source>
        <translation>ここに入力してください (空白やダッシュが含まれていても構いません)。1 分以内に SMS が届かない場合は、音声通話を要求してください。</translation>
    </message>
    <message>
        <source>verifying %1 with signal-cli</source>
        <translation>signal-cli で %1 を検証中</translation>
    </message>
    <message>
        <source>Signal code entered for %1</source>
        <translation>%1 の Signal コードを入力</translation>
    </message>
    <message>
        <source>Verifying the code with Signal…</source>
        <translation>Signal でコードを検証しています…</translation>
    </message>
    <message>
        <source>%1 is registered with Signal.</source>
        <translation>%1 は Signal に登録されています。</translation>
    </message>
    <message>
        <source>submitting a rate-limit challenge for %1</source>
        <translation>%1 のレート制限チャレンジを送信中</translation>
    </message>
    <message>
        <source>Signal rate-limit captcha submitted</source>
        <translation>Signal のレート制限キャプチャを送信</translation>
    </message>
    <message>
        <source>Sending the solved captcha to Signal…</source>
        <translation>解いたキャプチャを Signal に送信しています…</translation>
    </message>
    <message>
        <source>Signal accepted the captcha and lifted the rate limit.</source>
        <translation>Signal がキャプチャを受け付け、レート制限を解除しました。</translation>
    </message>
    <message>
        <source>Try again now.</source>
        <translation>今すぐ再試行してください。</translation>
    </message>
    <message>
        <source>Signal wants a captcha before it sends a code. Open the captcha page, solve it, then right-click “Open Signal” and copy the link, and paste it here. Solve it from this machine&apos;s network: a captcha solved from another IP address is refused, and tokens expire within minutes.</source>
        <translation>Signal はコードを送る前にキャプチャを要求しています。キャプチャページを開いて解いた後、「Open Signal」を右クリックしてリンクをコピーし、ここに貼り付けてください。キャプチャはこのマシンのネットワークから解いてください: 別の IP アドレスから解いたキャプチャは拒否され、トークンは数分で期限切れになります。</translation>
    </message>
    <message>
        <source>Signal refused the captcha: it was used already, expired, or solved from another IP address. Solve a fresh one and paste its link.</source>
        <translation>Signal がキャプチャを拒否しました: 使用済みか、期限切れか、別の IP アドレスから解かれたものです。新しいキャプチャを解いて、そのリンクを貼り付けてください。</translation>
    </message>
    <message>
        <source>Signal answered 403 Authorization failed. Either another device registered %1 since (the phone&apos;s Signal app or another signal-cli took the number back, which de-authorizes this one), or the captcha was solved from a different IP address than the daemon&apos;s. Re-register the number to take it back; that de-authorizes the Signal app on any phone using it. (signal-cli: %2)</source>
        <translation>Signal が 403 Authorization failed を返しました。その後に別のデバイスが %1 を登録した (スマートフォンの Signal アプリか別の signal-cli が番号を取り戻し、こちらの認証が解除された) か、キャプチャがデーモンとは別の IP アドレスから解かれたかのどちらかです。番号を取り戻すには再登録してください。その番号を使っているスマートフォンの Signal アプリは認証が解除されます。(signal-cli: %2)</translation>
    </message>
    <message>
        <source>rate limit</source>
        <translation>レート制限</translation>
    </message>
    <message>
        <source>Signal is rate limiting this number (%1). Nothing is sent before the countdown ends; retrying early only makes the wait longer.</source>
        <translation>Signal がこの番号をレート制限しています (%1)。カウントダウンが終わるまで何も送信されません。早めに再試行すると待ち時間が長くなるだけです。</translation>
    </message>
    <message numerus="yes">
        <source>Signal is rate limiting this number (%1) and did not say for how long: Switchboard waits %n second(s) before allowing another try.</source>
        <translation>
            <numerusform>Signal がこの番号をレート制限しています (%1)。期間が示されなかったため、Switchboard は %n 秒待ってから再試行を許可します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Signal is rate limiting this number but will lift it for a solved captcha. Open the challenge page, solve it, copy the “Open Signal” link and paste it here.</source>
        <translation>Signal がこの番号をレート制限していますが、キャプチャを解けば解除されます。チャレンジページを開いて解き、「Open Signal」のリンクをコピーしてここに貼り付けてください。</translation>
    </message>
    <message>
        <source>That is not the code Signal sent to %1. Check the SMS (or call) and type it again; too many wrong tries get the number rate limited.</source>
        <translation>Signal が %1 に送ったコードと一致しません。SMS (または通話) を確認して入力し直してください。誤った入力が多すぎると、番号がレート制限されます。</translation>
    </message>
    <message>
        <source>The code has expired. Register again to have Signal send a new one.</source>
        <translation>コードの有効期限が切れました。もう一度登録して、Signal に新しいコードを送ってもらってください。</translation>
    </message>
    <message>
        <source>%1 has a registration lock: enter the Signal PIN set on this number. (signal-cli: %2)</source>
        <translation>%1 には登録ロックがかかっています: この番号に設定された Signal の PIN を入力してください。(signal-cli: %2)</translation>
    </message>
    <message>
        <source>That PIN is not the registration lock&apos;s; the tries are limited. (signal-cli: %1)</source>
        <translation>その PIN は登録ロックの PIN ではありません。試行回数には制限があります。(signal-cli: %1)</translation>
    </message>
    <message>
        <source>The Signal server refuses this signal-cli as too old (499). Upgrade signal-cli and restart the daemon, then try again.</source>
        <translation>Signal サーバーがこの signal-cli を古すぎるとして拒否しています (499)。signal-cli をアップグレードしてデーモンを再起動してから、再試行してください。</translation>
    </message>
    <message>
        <source>%1 is registered. Starting the gateway&apos;s Signal channel again…</source>
        <translation>%1 を登録しました。ゲートウェイの Signal チャネルを再起動しています…</translation>
    </message>
</context>
<context>
    <name>sb::linking::TelegramSetupFlow</name>
    <message>
        <source>Paste the bot token @BotFather gave you.</source>
        <translation>@BotFather から受け取ったボットトークンを貼り付けてください。</translation>
    </message>
    <message>
        <source>This is not a Telegram bot token: it should be the bot&apos;s number, a colon and about 35 letters, digits, &quot;-&quot; or &quot;_&quot; (as @BotFather shows it), with no spaces inside.</source>
        <translation>これは Telegram のボットトークンではありません: ボットの番号、コロン、約 35 文字の英字・数字・&quot;-&quot;・&quot;_&quot; からなり (@BotFather の表示どおり)、途中に空白を含みません。</translation>
    </message>
    <message>
        <source>writing the bot token</source>
        <translation>ボットトークンを書き込み中</translation>
    </message>
    <message>
        <source>bot token set by the operator</source>
        <translation>オペレーターがボットトークンを設定</translation>
    </message>
    <message>
        <source>Another action is still running on this lane; try again when it ends.</source>
        <translation>このレーンでは別の操作がまだ実行中です。終了してから再試行してください。</translation>
    </message>
    <message>
        <source>Reading the gateway&apos;s configuration…</source>
        <translation>ゲートウェイの設定を読み込んでいます…</translation>
    </message>
    <message>
        <source>The gateway&apos;s configuration could not be read: %1</source>
        <translation>ゲートウェイの設定を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Keeping the token in this computer&apos;s keychain…</source>
        <translation>トークンをこのコンピューターのキーチェーンに保管しています…</translation>
    </message>
    <message>
        <source>The keychain did not take the token (%1); nothing was written to the gateway.</source>
        <translation>キーチェーンがトークンを受け付けませんでした (%1)。ゲートウェイには何も書き込んでいません。</translation>
    </message>
    <message>
        <source>Writing the token to the gateway…</source>
        <translation>トークンをゲートウェイに書き込んでいます…</translation>
    </message>
    <message>
        <source>The gateway&apos;s configuration changed while the token was being written; nothing was changed. Try again.</source>
        <translation>トークンの書き込み中にゲートウェイの設定が変更されたため、何も変更していません。再試行してください。</translation>
    </message>
    <message>
        <source>The gateway did not take the token: %1</source>
        <translation>ゲートウェイがトークンを受け付けませんでした: %1</translation>
    </message>
    <message>
        <source>The bot token is set.</source>
        <translation>ボットトークンを設定しました。</translation>
    </message>
    <message>
        <source>asking Telegram who the bot is</source>
        <translation>ボットの情報を Telegram に問い合わせ中</translation>
    </message>
    <message>
        <source>Telegram probe by the operator</source>
        <translation>オペレーターによる Telegram のプローブ</translation>
    </message>
    <message>
        <source>Asking Telegram who the bot is…</source>
        <translation>ボットの情報を Telegram に問い合わせています…</translation>
    </message>
    <message>
        <source>The probe failed: %1</source>
        <translation>プローブに失敗しました: %1</translation>
    </message>
    <message>
        <source>the gateway reported no bot for this account</source>
        <translation>ゲートウェイはこのアカウントのボットを報告しませんでした</translation>
    </message>
    <message>
        <source>Telegram did not confirm the bot: %1. Check the token with @BotFather and that the gateway host reaches api.telegram.org.</source>
        <translation>Telegram がボットを確認できませんでした: %1。@BotFather でトークンを確認し、ゲートウェイのホストが api.telegram.org に到達できることを確認してください。</translation>
    </message>
    <message>
        <source>Privacy mode is on for @%1, yet groups are configured to read messages without a mention: the bot will only see commands and mentions. Turn privacy mode off with @BotFather (/setprivacy), then re-add the bot to its groups.</source>
        <translation>@%1 のプライバシーモードがオンですが、グループはメンションなしでメッセージを読むように設定されています: ボットにはコマンドとメンションしか見えません。@BotFather でプライバシーモードをオフにし (/setprivacy)、ボットを各グループに追加し直してください。</translation>
    </message>
    <message>
        <source>This gateway runs %1 Telegram bots. Bots never see other bots&apos; messages in groups (openclaw#408): a bot will not react to what another bot posts in a group they share.</source>
        <translation>このゲートウェイでは %1 個の Telegram ボットが動作しています。グループでは、ボットにほかのボットのメッセージは見えません (openclaw#408): 共有しているグループで、あるボットが別のボットの投稿に反応することはありません。</translation>
    </message>
    <message>
        <source>Telegram confirms the bot @%1.</source>
        <translation>Telegram がボット @%1 を確認しました。</translation>
    </message>
</context>
<context>
    <name>sb::linking::WhatsAppLinkFlow</name>
    <message>
        <source>Checking that the gateway has this WhatsApp account…</source>
        <translation>ゲートウェイにこの WhatsApp アカウントがあるか確認しています…</translation>
    </message>
    <message>
        <source>The gateway&apos;s configuration could not be read: %1</source>
        <translation>ゲートウェイの設定を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The gateway has no %1 account &quot;%2&quot; in its configuration. Nothing was started: the gateway would accept the id and create empty credentials for it. Add the account to channels.%1 first, or pick one of: %3.</source>
        <translation>ゲートウェイの設定に %1 のアカウント「%2」がありません。何も開始していません: ゲートウェイはその ID を受け入れ、空の認証情報を作成してしまいます。先に channels.%1 にアカウントを追加するか、次のいずれかを選んでください: %3。</translation>
    </message>
    <message>
        <source>starting a WhatsApp login</source>
        <translation>WhatsApp のログインを開始中</translation>
    </message>
    <message>
        <source>WhatsApp login started by the operator</source>
        <translation>オペレーターが WhatsApp のログインを開始</translation>
    </message>
    <message>
        <source>Another action is still running on this lane; try again when it ends.</source>
        <translation>このレーンでは別の操作がまだ実行中です。終了してから再試行してください。</translation>
    </message>
    <message>
        <source>Asking the gateway for a QR code…</source>
        <translation>ゲートウェイに QR コードを要求しています…</translation>
    </message>
    <message>
        <source>The gateway did not start a login: %1</source>
        <translation>ゲートウェイはログインを開始しませんでした: %1</translation>
    </message>
    <message>
        <source>The gateway issued a QR code.</source>
        <translation>ゲートウェイが QR コードを発行しました。</translation>
    </message>
    <message>
        <source>waiting for the QR code to be scanned</source>
        <translation>QR コードの読み取りを待機中</translation>
    </message>
    <message>
        <source>WhatsApp QR shown to the operator</source>
        <translation>オペレーターに WhatsApp の QR を表示</translation>
    </message>
    <message>
        <source>Open WhatsApp on the phone → Settings → Linked Devices → Link a device, and point it at this code.</source>
        <translation>スマートフォンで WhatsApp を開いて 設定 → リンク済みデバイス → デバイスをリンク と進み、このコードにかざしてください。</translation>
    </message>
    <message>
        <source>WhatsApp is not letting this phone link new devices right now (&quot;%1&quot;). Wait: WhatsApp lifts this by itself, usually within hours, and trying again and again can make it last longer. Nothing retries on its own.</source>
        <translation>WhatsApp は現在、このスマートフォンに新しいデバイスのリンクを許可していません (&quot;%1&quot;)。お待ちください: 通常は数時間以内に WhatsApp が自動的に解除します。何度も試すと長引くことがあります。自動での再試行は行いません。</translation>
    </message>
    <message>
        <source>The gateway could not start a WhatsApp login: &quot;%1&quot;. Check that the gateway host reaches web.whatsapp.com (DNS, proxy, firewall) and that the WhatsApp plugin is running, then try again.</source>
        <translation>ゲートウェイが WhatsApp のログインを開始できませんでした: &quot;%1&quot;。ゲートウェイのホストが web.whatsapp.com に到達できること (DNS、プロキシ、ファイアウォール) と、WhatsApp プラグインが動作していることを確認してから、再試行してください。</translation>
    </message>
    <message>
        <source>no QR code and no reason given</source>
        <translation>QR コードがなく、理由も示されていません</translation>
    </message>
    <message>
        <source>Waiting for the scan failed: %1</source>
        <translation>読み取りの待機に失敗しました: %1</translation>
    </message>
    <message>
        <source>Linked. The lane is on probation until it proves itself: it must stay connected and deliver. Send a test message to help it along.</source>
        <translation>リンクしました。安定が確認されるまでレーンは様子見です: 接続を保ち、メッセージを配信する必要があります。テストメッセージを送ると確認が進みます。</translation>
    </message>
    <message>
        <source>Scanned. WhatsApp asked the gateway to restart the connection after pairing (code 515): this is expected, the link carries on by itself.</source>
        <translation>読み取りました。ペアリング後、WhatsApp がゲートウェイに接続の再起動を要求しました (コード 515): これは想定どおりで、リンクはそのまま続行されます。</translation>
    </message>
    <message>
        <source>The QR code expired before it was scanned (&quot;%1&quot;). Ask for a new one when the phone is at hand.</source>
        <translation>QR コードが読み取られる前に期限切れになりました (&quot;%1&quot;)。スマートフォンを手元に用意してから、新しいコードを要求してください。</translation>
    </message>
    <message>
        <source>Another WhatsApp Web session took over (440): &quot;%1&quot;. Log the other session out on the phone (Linked Devices) or stop the other process using this number, then link again.</source>
        <translation>別の WhatsApp Web セッションに接続を奪われました (440): &quot;%1&quot;。スマートフォンでもう一方のセッションをログアウトさせる (リンク済みデバイス) か、この番号を使っている別のプロセスを停止してから、もう一度リンクしてください。</translation>
    </message>
    <message>
        <source>WhatsApp logged the session out (401) and the gateway cleared it: &quot;%1&quot;. Ask for a new QR code to link again.</source>
        <translation>WhatsApp がセッションをログアウトさせ (401)、ゲートウェイがセッションを消去しました: &quot;%1&quot;。もう一度リンクするには、新しい QR コードを要求してください。</translation>
    </message>
    <message>
        <source>The login failed: &quot;%1&quot;. Check the phone&apos;s connection and the gateway&apos;s log, then ask for a new QR code.</source>
        <translation>ログインに失敗しました: &quot;%1&quot;。スマートフォンの接続とゲートウェイのログを確認してから、新しい QR コードを要求してください。</translation>
    </message>
    <message>
        <source>WhatsApp linked; the lane is on probation.</source>
        <translation>WhatsApp をリンクしました。レーンは様子見です。</translation>
    </message>
    <message>
        <source>The QR code expired before it was scanned. Ask for a new one when the phone is at hand.</source>
        <translation>QR コードが読み取られる前に期限切れになりました。スマートフォンを手元に用意してから、新しいコードを要求してください。</translation>
    </message>
    <message>
        <source>The lane has proven itself: %1.</source>
        <translation>レーンの安定を確認しました: %1。</translation>
    </message>
    <message>
        <source>Linked, then another WhatsApp Web session took over (440). %1</source>
        <translation>リンクしましたが、その後別の WhatsApp Web セッションに接続を奪われました (440)。%1</translation>
    </message>
    <message>
        <source>Linked, then WhatsApp logged the session out (401). %1</source>
        <translation>リンクしましたが、その後 WhatsApp がセッションをログアウトさせました (401)。%1</translation>
    </message>
    <message>
        <source>Linked, then lost while on probation: %1</source>
        <translation>リンクしましたが、様子見の間に接続が失われました: %1</translation>
    </message>
    <message>
        <source>The phone cannot link new devices at this time. Wait: WhatsApp lifts this by itself, usually within hours, and trying again and again can make it last longer. Nothing retries on its own.</source>
        <translation>このスマートフォンは現在、新しいデバイスをリンクできません。お待ちください: 通常は数時間以内に WhatsApp が自動的に解除します。何度も試すと長引くことがあります。自動での再試行は行いません。</translation>
    </message>
    <message>
        <source>Cancelled. No login is left waiting: the gateway forgets an unscanned QR code within 3 minutes.</source>
        <translation>キャンセルしました。待機中のログインは残っていません: ゲートウェイは読み取られなかった QR コードを 3 分以内に破棄します。</translation>
    </message>
</context>
<context>
    <name>sb::linking::signalcli::SignalCliClient</name>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>%1 から %2 秒以内に応答がありません</translation>
    </message>
    <message>
        <source>the answer is larger than %1 bytes</source>
        <translation>応答が %1 バイトを超えています</translation>
    </message>
    <message>
        <source>startLink returned no sgnl://linkdevice URI</source>
        <translation>startLink が sgnl://linkdevice URI を返しませんでした</translation>
    </message>
</context>
<context>
    <name>sb::linking::signalcli::SignalCliEvents</name>
    <message>
        <source>the event stream sent no response within %1 s</source>
        <translation>イベントストリームから %1 秒以内に応答がありませんでした</translation>
    </message>
    <message>
        <source>the daemon rejected the event stream: HTTP %1</source>
        <translation>デーモンがイベントストリームを拒否しました: HTTP %1</translation>
    </message>
    <message>
        <source>%1 is not an event stream (Content-Type %2)</source>
        <translation>%1 はイベントストリームではありません (Content-Type %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>the daemon ended the event stream</source>
        <translation>デーモンがイベントストリームを終了しました</translation>
    </message>
</context>
<context>
    <name>sb::policy</name>
    <message>
        <source>a phone number needs 7 to 15 digits after the +, without a leading 0</source>
        <translation>電話番号は + の後に 0 以外で始まる 7〜15 桁の数字が必要です</translation>
    </message>
    <message>
        <source>a phone number must start with + and the country code (E.164, e.g. +15555550100)</source>
        <translation>電話番号は + と国番号で始める必要があります（E.164、例: +15555550100）</translation>
    </message>
    <message>
        <source>a WhatsApp group id looks like 120363012345678901@g.us</source>
        <translation>WhatsApp のグループ ID は 120363012345678901@g.us のような形式です</translation>
    </message>
    <message>
        <source>a Telegram username is @ followed by 5 to 32 letters, digits or underscores</source>
        <translation>Telegram のユーザー名は @ に続く 5〜32 文字の英字・数字・アンダースコアです</translation>
    </message>
    <message>
        <source>a Telegram recipient is a numeric id (123456789, -1001234567890) or an @username</source>
        <translation>Telegram の宛先は数値 ID（123456789、-1001234567890）か @ユーザー名です</translation>
    </message>
    <message>
        <source>a Signal uuid looks like uuid:1b2c3d4e-0000-4000-8000-123456789abc</source>
        <translation>Signal の uuid は uuid:1b2c3d4e-0000-4000-8000-123456789abc のような形式です</translation>
    </message>
    <message>
        <source>a Signal group id is group: followed by the group&apos;s base64 id</source>
        <translation>Signal のグループ ID は group: に続くグループの base64 ID です</translation>
    </message>
    <message>
        <source>enter a recipient</source>
        <translation>宛先を入力してください</translation>
    </message>
    <message>
        <source>a recipient has no spaces</source>
        <translation>宛先に空白は使えません</translation>
    </message>
    <message>
        <source>no JSON report in the output</source>
        <translation>出力に JSON のレポートがありません</translation>
    </message>
    <message>
        <source>the output is not a JSON report (%1)</source>
        <translation>出力が JSON のレポートではありません (%1)</translation>
    </message>
    <message>
        <source>the report has no findings list</source>
        <translation>レポートに検出事項のリストがありません</translation>
    </message>
    <message>
        <source>a finding without a checkId or a known severity</source>
        <translation>checkId または既知の重要度がない検出事項</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; needs its channel in front, e.g. telegram:123456789</source>
        <translation>%1: 「%2」には先頭にチャネルが必要です。例: telegram:123456789</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a %3 identity: %4</source>
        <translation>%1: 「%2」は %3 の ID ではありません: %4</translation>
    </message>
    <message>
        <source>an empty config path</source>
        <translation>空の設定パス</translation>
    </message>
    <message>
        <source>channels.%1 has settings Switchboard cannot read (%2); it is shown read-only and never rewritten.</source>
        <translation>channels.%1 には Switchboard が読み取れない設定があります (%2)。読み取り専用で表示し、書き換えることはありません。</translation>
    </message>
    <message>
        <source>%1: a redacted secret cannot be written back as a value</source>
        <translation>%1: 伏せ字にされたシークレットを値として書き戻すことはできません</translation>
    </message>
    <message>
        <source>Set every open group policy to &quot;allowlist&quot; and every open DM policy to &quot;pairing&quot;</source>
        <translation>開いているグループポリシーをすべて &quot;allowlist&quot; に、開いている DM ポリシーをすべて &quot;pairing&quot; に設定する</translation>
    </message>
    <message>
        <source>Open group/DM policy with elevated tools enabled</source>
        <translation>昇格ツールが有効な状態でグループ/DM ポリシーが open になっています</translation>
    </message>
    <message>
        <source>Found inbound policy=&quot;open&quot; at:
%1
With tools.elevated enabled, a prompt injection in those conversations can become a high-impact incident.</source>
        <translation>受信ポリシー policy=&quot;open&quot; が次の場所で見つかりました:
%1
tools.elevated が有効な場合、これらの会話でのプロンプトインジェクションが重大なインシデントにつながるおそれがあります。</translation>
    </message>
    <message>
        <source>Set each listed group/DM policy to &quot;allowlist&quot; and keep elevated allowlists extremely tight.</source>
        <translation>一覧の各グループ/DM ポリシーを &quot;allowlist&quot; に設定し、昇格ツールの許可リストは最小限に絞ってください。</translation>
    </message>
    <message>
        <source>%1 DMs are open to anyone</source>
        <translation>%1 の DM が誰にでも開放されています</translation>
    </message>
    <message>
        <source>%1=&quot;open&quot; with allowFrom %2 allows anyone to DM the bot (account %3).</source>
        <translation>%1=&quot;open&quot; と allowFrom %2 により、誰でもボットに DM を送れます (アカウント %3)。</translation>
    </message>
    <message>
        <source>Use dmPolicy &quot;pairing&quot; (the default) or &quot;allowlist&quot; with explicit ids.</source>
        <translation>dmPolicy には &quot;pairing&quot; (既定) を使うか、明示的な ID を指定した &quot;allowlist&quot; を使ってください。</translation>
    </message>
    <message>
        <source>Close %1&apos;s DMs to pairing</source>
        <translation>%1 の DM をペアリング制にする</translation>
    </message>
    <message>
        <source>Remove %1&apos;s looser overrides so the channel&apos;s policy applies</source>
        <translation>%1 の緩い上書き設定を削除して、チャネルのポリシーを適用する</translation>
    </message>
    <message>
        <source>%1 %2 (channel: %3)</source>
        <translation>%1 %2 (チャネル: %3)</translation>
    </message>
    <message>
        <source>Account %1 on %2 is looser than its channel</source>
        <translation>%2 のアカウント %1 がチャネルより緩い設定になっています</translation>
    </message>
    <message>
        <source>The account&apos;s own settings override the channel&apos;s: %1.</source>
        <translation>アカウント独自の設定がチャネルの設定を上書きしています: %1。</translation>
    </message>
    <message>
        <source>Remove the account&apos;s overrides, or make them at least as strict as the channel.</source>
        <translation>アカウントの上書き設定を削除するか、少なくともチャネルと同じ厳しさにしてください。</translation>
    </message>
    <message>
        <source>Require a mention in the groups the bot cannot read in full</source>
        <translation>ボットが全文を読めないグループでメンションを必須にする</translation>
    </message>
    <message>
        <source>Telegram privacy mode hides the group messages this bot is set to read</source>
        <translation>Telegram のプライバシーモードにより、このボットが読む設定になっているグループメッセージが見えません</translation>
    </message>
    <message>
        <source>Groups %1 have requireMention false, but the probe says the bot cannot read all group messages (privacy mode is on): it only sees mentions and replies there.</source>
        <translation>グループ %1 は requireMention が false ですが、プローブによるとボットはグループのすべてのメッセージを読めません (プライバシーモードがオン): そこではメンションと返信しか見えません。</translation>
    </message>
    <message>
        <source>BotFather /setprivacy → Disable, then remove and re-add the bot in each group; or require a mention in those groups.</source>
        <translation>BotFather で /setprivacy → Disable を実行し、各グループでボットを削除して追加し直してください。または、それらのグループでメンションを必須にしてください。</translation>
    </message>
    <message>
        <source>Two bots of this gateway share Telegram group %1</source>
        <translation>このゲートウェイの 2 つのボットが Telegram グループ %1 を共有しています</translation>
    </message>
    <message>
        <source>Accounts %1 are all configured for group %2. Telegram never shows a bot another bot&apos;s messages, so they cannot see or answer each other there.</source>
        <translation>アカウント %1 はいずれもグループ %2 用に設定されています。Telegram はボットにほかのボットのメッセージを見せないため、そこでは互いのメッセージを見ることも応答することもできません。</translation>
    </message>
    <message>
        <source>Keep one bot per group, or route between them through the gateway, not the chat.</source>
        <translation>1 つのグループにはボットを 1 つだけにするか、チャットではなくゲートウェイを介してボット間を中継してください。</translation>
    </message>
    <message>
        <source>WhatsApp account %1 runs on a personal number</source>
        <translation>WhatsApp アカウント %1 が個人の番号で動作しています</translation>
    </message>
    <message>
        <source>selfChatMode is on: the bot answers as the operator&apos;s own WhatsApp number. WhatsApp may ban a personal number that sends automated messages.</source>
        <translation>selfChatMode がオンです: ボットはオペレーター自身の WhatsApp 番号として応答します。自動メッセージを送信する個人の番号は、WhatsApp に BAN される可能性があります。</translation>
    </message>
    <message>
        <source>Prefer a separate number for the bot.</source>
        <translation>ボットには専用の番号を使うことをお勧めします。</translation>
    </message>
    <message>
        <source>Anyone on %1 may use elevated tools</source>
        <translation>%1 では誰でも昇格ツールを使用できます</translation>
    </message>
    <message>
        <source>tools.elevated.allowFrom.%1 contains &quot;*&quot;.</source>
        <translation>tools.elevated.allowFrom.%1 に &quot;*&quot; が含まれています。</translation>
    </message>
    <message>
        <source>List the few senders who need elevated tools.</source>
        <translation>昇格ツールが必要な少数の送信者だけを列挙してください。</translation>
    </message>
    <message>
        <source>Remove &quot;*&quot; from tools.elevated.allowFrom.%1</source>
        <translation>tools.elevated.allowFrom.%1 から &quot;*&quot; を削除する</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>オブジェクトが必要です</translation>
    </message>
    <message>
        <source>expected an object keyed by account id</source>
        <translation>アカウント ID をキーとするオブジェクトが必要です</translation>
    </message>
    <message>
        <source>Senders approved through DM pairing are kept in the gateway&apos;s state database, not in the config: they are not listed here.</source>
        <translation>DM ペアリングで承認された送信者は、設定ではなくゲートウェイの状態データベースに保存されるため、ここには表示されません。</translation>
    </message>
</context>
<context>
    <name>sb::policy::ChangeLine</name>
    <message>
        <source>%1: set to %2</source>
        <translation>%1: %2 に設定</translation>
    </message>
    <message>
        <source>%1: remove %2</source>
        <translation>%1: %2 を削除</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>sb::policy::ConfigWriter</name>
    <message>
        <source>The config has not been read yet, or a write is still under way.</source>
        <translation>設定がまだ読み込まれていないか、書き込みが進行中です。</translation>
    </message>
    <message>
        <source>Another action is still running on this lane.</source>
        <translation>このレーンでは別の操作がまだ実行中です。</translation>
    </message>
    <message>
        <source>Another writer changed the config after Switchboard read it: nothing was written. Their change is shown beside yours; apply yours again on top of theirs, or drop it.</source>
        <translation>Switchboard が読み込んだ後に、別の書き込み元が設定を変更しました: 何も書き込んでいません。相手の変更をあなたの変更と並べて表示しています。相手の変更の上にあなたの変更を適用し直すか、破棄してください。</translation>
    </message>
    <message>
        <source>The gateway refused the change: %1</source>
        <translation>ゲートウェイが変更を拒否しました: %1</translation>
    </message>
    <message>
        <source>Nothing changed: the config already said so.</source>
        <translation>変更はありません: 設定はすでにその内容です。</translation>
    </message>
    <message>
        <source>Saved; applies after the gateway restarts.</source>
        <translation>保存しました。ゲートウェイの再起動後に適用されます。</translation>
    </message>
    <message>
        <source>Saved; nothing in effect changed (the values equal OpenClaw&apos;s defaults).</source>
        <translation>保存しました。実際の動作は変わりません (値は OpenClaw の既定値と同じです)。</translation>
    </message>
    <message>
        <source>Saved and in effect: %1.</source>
        <translation>保存し、適用されました: %1。</translation>
    </message>
</context>
<context>
    <name>sb::policy::EffectivePolicyModel</name>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>(no groups map: every group, subject to groupPolicy)</source>
        <translation>(groups マップなし: groupPolicy に従いすべてのグループ)</translation>
    </message>
    <message>
        <source> (reads every message)</source>
        <translation> (すべてのメッセージを読む)</translation>
    </message>
    <message>
        <source> (allowFrom %1)</source>
        <translation> (allowFrom %1)</translation>
    </message>
    <message>
        <source>account override</source>
        <translation>アカウントの上書き</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>config</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>OpenClaw default</source>
        <translation>OpenClaw の既定値</translation>
    </message>
    <message>
        <source>allowFrom&apos;s: %1</source>
        <translation>allowFrom と同じ: %1</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (読み取り専用)</translation>
    </message>
    <message>
        <source>This account overrides its channel&apos;s %1.</source>
        <translation>このアカウントはチャネルの %1 を上書きしています。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>設定項目</translation>
    </message>
    <message>
        <source>Effective value</source>
        <translation>実効値</translation>
    </message>
    <message>
        <source>From</source>
        <translation>由来</translation>
    </message>
    <message>
        <source>Config path</source>
        <translation>設定パス</translation>
    </message>
</context>
<context>
    <name>sb::policy::FindingsModel</name>
    <message>
        <source>CRITICAL</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Switchboard + OpenClaw</source>
        <translation>Switchboard + OpenClaw</translation>
    </message>
    <message>
        <source>OpenClaw</source>
        <translation>OpenClaw</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>報告元</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>検出事項</translation>
    </message>
</context>
<context>
    <name>sb::policy::LaneSecurityNote</name>
    <message>
        <source>&amp;Fix…</source>
        <translation>修正(&amp;F)…</translation>
    </message>
    <message>
        <source>Preview the fix in Allowlists &amp; Security</source>
        <translation>許可リストとセキュリティで修正をプレビュー</translation>
    </message>
    <message>
        <source>CRITICAL: %1</source>
        <translation>重大: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
</context>
<context>
    <name>sb::policy::LevelReader</name>
    <message>
        <source>expected one of %1</source>
        <translation>%1 のいずれかが必要です</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true または false が必要です</translation>
    </message>
    <message>
        <source>expected an object keyed by group id</source>
        <translation>グループ ID をキーとするオブジェクトが必要です</translation>
    </message>
    <message>
        <source>entry %1 is not an object</source>
        <translation>エントリ %1 がオブジェクトではありません</translation>
    </message>
    <message>
        <source>the legacy key; `openclaw doctor --fix` moves it to dmPolicy</source>
        <translation>旧式のキーです。`openclaw doctor --fix` で dmPolicy に移行されます</translation>
    </message>
    <message>
        <source>expected a list of ids</source>
        <translation>ID のリストが必要です</translation>
    </message>
    <message>
        <source>an entry is neither text nor a number</source>
        <translation>エントリがテキストでも数値でもありません</translation>
    </message>
</context>
<context>
    <name>sb::policy::OpenClawAuditRun</name>
    <message>
        <source>openclaw security audit did not answer within %1 s; showing Switchboard&apos;s own findings.</source>
        <translation>openclaw security audit が %1 秒以内に応答しませんでした。Switchboard 独自の検出事項を表示します。</translation>
    </message>
    <message>
        <source>openclaw could not be started (%1); showing Switchboard&apos;s own findings.</source>
        <translation>openclaw を起動できませんでした (%1)。Switchboard 独自の検出事項を表示します。</translation>
    </message>
    <message>
        <source>openclaw security audit crashed; showing Switchboard&apos;s own findings.</source>
        <translation>openclaw security audit がクラッシュしました。Switchboard 独自の検出事項を表示します。</translation>
    </message>
    <message>
        <source>openclaw security audit (exit %1) gave no usable report: %2; showing Switchboard&apos;s own findings.</source>
        <translation>openclaw security audit (終了コード %1) から使えるレポートが得られませんでした: %2。Switchboard 独自の検出事項を表示します。</translation>
    </message>
</context>
<context>
    <name>sb::policy::SecurityAudit</name>
    <message>
        <source>OpenClaw&apos;s own audit is running…</source>
        <translation>OpenClaw 自身の監査を実行しています…</translation>
    </message>
</context>
<context>
    <name>sb::policy::SecuritySetup</name>
    <message>
        <source>OpenClaw&apos;s own audit does not run against the drill.</source>
        <translation>OpenClaw 自身の監査はドリルに対しては実行されません。</translation>
    </message>
    <message>
        <source>&amp;Allowlists &amp;&amp; Security…</source>
        <translation>許可リストとセキュリティ(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>sb::policy::SecurityWindow</name>
    <message>
        <source>Allowlists &amp; Security — %1</source>
        <translation>許可リストとセキュリティ — %1</translation>
    </message>
    <message>
        <source>Who may reach each account (effective policy)</source>
        <translation>各アカウントに誰が到達できるか (実効ポリシー)</translation>
    </message>
    <message>
        <source>Select an allowFrom or groupAllowFrom row; ids separated by commas</source>
        <translation>allowFrom または groupAllowFrom の行を選択してください。ID はカンマ区切りです</translation>
    </message>
    <message>
        <source>Preview Change</source>
        <translation>変更をプレビュー</translation>
    </message>
    <message>
        <source>Security audit</source>
        <translation>セキュリティ監査</translation>
    </message>
    <message>
        <source>Preview &amp;Fix</source>
        <translation>修正をプレビュー(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Audit Again</source>
        <translation>再監査(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Write to Gateway</source>
        <translation>ゲートウェイに書き込む(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Re-apply on Their Config</source>
        <translation>相手の設定に適用し直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Drop Change</source>
        <translation>変更を破棄(&amp;D)</translation>
    </message>
    <message>
        <source>Change dropped; nothing was written.</source>
        <translation>変更を破棄しました。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>Shown read-only, never rewritten: %1</source>
        <translation>読み取り専用で表示し、書き換えません: %1</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>検出事項はありません。</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>対処: %1</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>書き込み中…</translation>
    </message>
    <message>
        <source>This fix cannot be written: %1</source>
        <translation>この修正は書き込めません: %1</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>変更はありません。</translation>
    </message>
    <message>
        <source>Review the change, then write it.</source>
        <translation>変更内容を確認してから書き込んでください。</translation>
    </message>
    <message>
        <source>%1 of %2/%3</source>
        <translation>%2/%3 の %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未送信: %1</translation>
    </message>
    <message>
        <source>Their change (already written):
%1

Yours (not written):
%2</source>
        <translation>相手の変更 (書き込み済み):
%1

あなたの変更 (未書き込み):
%2</translation>
    </message>
</context>
<context>
    <name>sb::policy::WritePreview</name>
    <message>
        <source>Nothing to change.</source>
        <translation>変更はありません。</translation>
    </message>
    <message>
        <source>config.patch %1</source>
        <translation>config.patch %1</translation>
    </message>
    <message>
        <source>replacePaths %1</source>
        <translation>replacePaths %1</translation>
    </message>
</context>
<context>
    <name>sb::store</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>cannot open the history file %1: %2</source>
        <translation>履歴ファイル %1 を開けません: %2</translation>
    </message>
    <message>
        <source>the action log is broken before row %1: a row was removed or inserted</source>
        <translation>操作ログが %1 行目より前で壊れています: 行が削除または挿入されました</translation>
    </message>
    <message>
        <source>row %1 of the action log was changed after it was written</source>
        <translation>操作ログの %1 行目が書き込み後に変更されています</translation>
    </message>
</context>
<context>
    <name>switchboardctl</name>
    <message>
        <source>Run &apos;switchboardctl --help&apos; for usage.</source>
        <translation>使い方は &apos;switchboardctl --help&apos; で確認できます。</translation>
    </message>
    <message>
        <source>give exactly one of --token-env VAR or --token-stdin</source>
        <translation>--token-env VAR と --token-stdin のどちらか一方だけを指定してください</translation>
    </message>
    <message>
        <source>environment variable %1 is unset or empty</source>
        <translation>環境変数 %1 が設定されていないか空です</translation>
    </message>
    <message>
        <source>cannot read the token from standard input</source>
        <translation>標準入力からトークンを読み取れません</translation>
    </message>
    <message>
        <source>no token on standard input</source>
        <translation>標準入力にトークンがありません</translation>
    </message>
    <message>
        <source>Headless Switchboard: query OpenClaw gateways.</source>
        <translation>ヘッドレス版 Switchboard: OpenClaw ゲートウェイに問い合わせます。</translation>
    </message>
    <message>
        <source>Read the gateway token from the first line of standard input.</source>
        <translation>ゲートウェイのトークンを標準入力の 1 行目から読み取ります。</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>表の代わりに JSON を出力します。</translation>
    </message>
    <message>
        <source>Give up after S seconds (default 20).</source>
        <translation>S 秒で打ち切ります (既定値 20)。</translation>
    </message>
    <message>
        <source>Allow ws:// to a host that is not loopback (sends the token unencrypted).</source>
        <translation>ループバック以外のホストへの ws:// を許可します (トークンが暗号化されずに送信されます)。</translation>
    </message>
    <message>
        <source>Log levels, e.g. warn,gateway=debug (default warn).</source>
        <translation>ログレベル (例: warn,gateway=debug、既定値 warn)。</translation>
    </message>
    <message>
        <source>--timeout needs a whole number of seconds between 1 and 3600</source>
        <translation>--timeout には 1〜3600 の整数 (秒) を指定してください</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>no answer from the gateway within %1 s</source>
        <translation>ゲートウェイから %1 秒以内に応答がありませんでした</translation>
    </message>
    <message>
        <source>Gateway:     %1</source>
        <translation>ゲートウェイ:  %1</translation>
    </message>
    <message>
        <source>State:       not connected</source>
        <translation>状態:          未接続</translation>
    </message>
    <message>
        <source>Error:       %1</source>
        <translation>エラー:        %1</translation>
    </message>
    <message>
        <source>State:       connected</source>
        <translation>状態:          接続済み</translation>
    </message>
    <message>
        <source>Server:      OpenClaw %1, protocol %2</source>
        <translation>サーバー:      OpenClaw %1、プロトコル %2</translation>
    </message>
    <message>
        <source>Uptime:      %1</source>
        <translation>稼働時間:      %1</translation>
    </message>
    <message>
        <source>Auth mode:   %1</source>
        <translation>認証方式:      %1</translation>
    </message>
    <message>
        <source>Role:        %1</source>
        <translation>ロール:        %1</translation>
    </message>
    <message>
        <source>Scopes:      %1</source>
        <translation>スコープ:      %1</translation>
    </message>
    <message>
        <source>(not reported by this gateway)</source>
        <translation>(このゲートウェイは報告していません)</translation>
    </message>
    <message>
        <source>Tick:        every %1 s</source>
        <translation>tick 間隔:     %1 秒ごと</translation>
    </message>
    <message>
        <source>Config file: %1</source>
        <translation>設定ファイル:  %1</translation>
    </message>
    <message>
        <source>channels.status failed: %1</source>
        <translation>channels.status が失敗しました: %1</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>LINKED</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>CONNECTED</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>HEALTH</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>RECONNECTS</source>
        <translation>再接続回数</translation>
    </message>
    <message>
        <source>LAST ERROR</source>
        <translation>最新のエラー</translation>
    </message>
    <message>
        <source>Issues reported by the gateway:</source>
        <translation>ゲートウェイが報告した問題:</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>対処: %1</translation>
    </message>
    <message>
        <source>status: every lane&apos;s state, reason and action, once.
watch: the lanes&apos; transitions as they happen.
history: one lane&apos;s stored state segments.</source>
        <translation>status: 各レーンの状態・理由・対処を一度表示します。
watch: レーンの遷移を発生時に表示します。
history: 1 つのレーンの保存済み状態区間を表示します。</translation>
    </message>
    <message>
        <source>watch: stop after S seconds (default: until interrupted).</source>
        <translation>watch: S 秒後に停止します（既定: 中断されるまで）。</translation>
    </message>
    <message>
        <source>history: the lane, as gateway/channel/account.</source>
        <translation>history: レーン（gateway/channel/account の形式）。</translation>
    </message>
    <message>
        <source>history: from this date-time (ISO 8601) or age (90m, 12h, 7d); default 24h.</source>
        <translation>history: この日時（ISO 8601）または経過時間（90m、12h、7d）から。既定は 24h。</translation>
    </message>
    <message>
        <source>no command given (available: %1)</source>
        <translation>コマンドが指定されていません（使用可能: %1）</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (available: %2)</source>
        <translation>不明なコマンド &quot;%1&quot;（使用可能: %2）</translation>
    </message>
    <message>
        <source>history needs --lane gateway/channel/account</source>
        <translation>history には --lane gateway/channel/account が必要です</translation>
    </message>
    <message>
        <source>--duration needs a whole number of seconds</source>
        <translation>--duration には秒数（整数）を指定してください</translation>
    </message>
    <message>
        <source>cannot read --since &quot;%1&quot;: give a date-time like 2026-02-12T18:00 or an age like 90m, 12h, 7d</source>
        <translation>--since &quot;%1&quot; を読み取れません: 2026-02-12T18:00 のような日時か、90m、12h、7d のような経過時間を指定してください</translation>
    </message>
    <message>
        <source>switchboardctl: no history at %1 (the Switchboard window writes it while it watches a gateway)</source>
        <translation>switchboardctl: %1 に履歴がありません（Switchboard のウィンドウがゲートウェイを監視している間に書き込みます）</translation>
    </message>
    <message>
        <source>switchboardctl: no lane &quot;%1&quot; in %2</source>
        <translation>switchboardctl: %2 にレーン &quot;%1&quot; はありません</translation>
    </message>
    <message>
        <source>Lanes in this history:</source>
        <translation>この履歴にあるレーン:</translation>
    </message>
    <message numerus="yes">
        <source>%1 since %2 (%n segment(s))</source>
        <translation>
            <numerusform>%1（%2 から、%n 区間）</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1（%2 前）</translation>
    </message>
    <message>
        <source>Lanes (worst first):</source>
        <translation>レーン（悪い順）:</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1 から</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>対処: %1</translation>
    </message>
    <message>
        <source>(the gateway reports no channel accounts)</source>
        <translation>（ゲートウェイはチャネルアカウントを報告していません）</translation>
    </message>
    <message>
        <source>gateway: %1</source>
        <translation>ゲートウェイ: %1</translation>
    </message>
    <message>
        <source>--config: cannot read %1</source>
        <translation>--config: %1 を読み取れません</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s for the token of profile &quot;%2&quot;</source>
        <translation>キーチェーンがプロファイル「%2」のトークンについて %1 秒以内に応答しませんでした</translation>
    </message>
    <message>
        <source>cannot read the token of profile &quot;%1&quot; from the keychain: %2</source>
        <translation>プロファイル「%1」のトークンをキーチェーンから読み取れません: %2</translation>
    </message>
    <message>
        <source>--profile: %1 profiles are named &quot;%2&quot;; give the id of one (%3)</source>
        <translation>--profile: 「%2」という名前のプロファイルが %1 個あります。いずれかの ID を指定してください (%3)</translation>
    </message>
    <message>
        <source>--profile: no profile named &quot;%1&quot; (the settings have no profiles)</source>
        <translation>--profile: 「%1」という名前のプロファイルはありません (設定にプロファイルがありません)</translation>
    </message>
    <message>
        <source>--profile: no profile named &quot;%1&quot; (profiles: %2)</source>
        <translation>--profile: 「%1」という名前のプロファイルはありません (プロファイル: %2)</translation>
    </message>
    <message>
        <source>--gateway URL or --profile NAME is required</source>
        <translation>--gateway URL または --profile NAME が必要です</translation>
    </message>
    <message>
        <source>%1 --token-env for %2 --gateway: give one --token-env per --gateway, in the same order (a --profile&apos;s token comes from the keychain)</source>
        <translation>--gateway %2 個に対して --token-env が %1 個あります: --gateway ごとに --token-env を同じ順序で 1 つずつ指定してください (--profile のトークンはキーチェーンから取得されます)</translation>
    </message>
    <message>
        <source>--token-stdin reads a single token and there are %1 gateways: give --token-env VAR once per --gateway instead</source>
        <translation>--token-stdin はトークンを 1 つしか読みませんが、ゲートウェイは %1 個あります: 代わりに --gateway ごとに --token-env VAR を指定してください</translation>
    </message>
    <message>
        <source>--token-stdin is for a --gateway; a --profile&apos;s token comes from the keychain</source>
        <translation>--token-stdin は --gateway 用です。--profile のトークンはキーチェーンから取得されます</translation>
    </message>
    <message>
        <source>%1 --gateway but %2 --token-env: each --gateway needs its own --token-env VAR, in the same order</source>
        <translation>--gateway が %1 個ですが --token-env は %2 個です: 各 --gateway に同じ順序で --token-env VAR が必要です</translation>
    </message>
    <message>
        <source>--profile %1: %2</source>
        <translation>--profile %1: %2</translation>
    </message>
    <message>
        <source>--gateway %1 is given twice</source>
        <translation>--gateway %1 が 2 回指定されています</translation>
    </message>
    <message>
        <source>--profile %1 is the gateway at %2, which --gateway names too: give one of them</source>
        <translation>--profile %1 は %2 のゲートウェイで、--gateway でも指定されています: どちらか一方を指定してください</translation>
    </message>
    <message>
        <source>--profile %1 and --profile %2 are the same gateway (%3)</source>
        <translation>--profile %1 と --profile %2 は同じゲートウェイです (%3)</translation>
    </message>
    <message>
        <source>Gateway WebSocket URL, e.g. ws://127.0.0.1:18789. status and watch take several.</source>
        <translation>ゲートウェイの WebSocket URL (例: ws://127.0.0.1:18789)。status と watch は複数指定できます。</translation>
    </message>
    <message>
        <source>Read the gateway token from environment variable VAR; once per --gateway, in order.</source>
        <translation>ゲートウェイのトークンを環境変数 VAR から読みます。--gateway ごとに順に 1 つずつ。</translation>
    </message>
    <message>
        <source>A gateway profile of the window (its name or id): its URL from the settings, its token from the keychain. May be given several times.</source>
        <translation>ウィンドウのゲートウェイ プロファイル (名前または ID): URL は設定から、トークンはキーチェーンから取得します。複数回指定できます。</translation>
    </message>
    <message>
        <source>The history file to read (default: the one the window writes, when there is one). status and watch take since-times and proofs from it.</source>
        <translation>読み込む履歴ファイル (既定: ウィンドウが書き込むファイルがあればそれ)。status と watch は開始時刻と証明をここから取ります。</translation>
    </message>
    <message>
        <source>status, watch: judge lanes by the preferences in this settings file and find --profile in it (default: the window&apos;s).</source>
        <translation>status, watch: この設定ファイルの設定でレーンを判定し、--profile をここから探します (既定: ウィンドウの設定)。</translation>
    </message>
    <message>
        <source>--history: no history at %1</source>
        <translation>--history: %1 に履歴がありません</translation>
    </message>
    <message>
        <source>--history: cannot read %1: %2</source>
        <translation>--history: %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>Could not read (these lanes read unknown):</source>
        <translation>読み取れませんでした (これらのレーンは不明になります):</translation>
    </message>
    <message>
        <source>since at least %1</source>
        <translation>少なくとも %1 から</translation>
    </message>
    <message>
        <source>Lanes of every gateway (worst first):</source>
        <translation>すべてのゲートウェイのレーン (悪い順):</translation>
    </message>
    <message>
        <source>(no gateway reported a channel account)</source>
        <translation>(チャネル アカウントを報告したゲートウェイはありません)</translation>
    </message>
    <message>
        <source>gateway %1: %2</source>
        <translation>ゲートウェイ %1: %2</translation>
    </message>
    <message>
        <source>One-click fix: switchboardctl audit --fix %1</source>
        <translation>ワンクリック修正: switchboardctl audit --fix %1</translation>
    </message>
    <message>
        <source>%1 critical, %2 warn, %3 info</source>
        <translation>重大 %1 件、警告 %2 件、情報 %3 件</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注: %1</translation>
    </message>
    <message>
        <source>config.patch (baseHash %1):</source>
        <translation>config.patch (baseHash %1):</translation>
    </message>
    <message>
        <source>Switchboard&apos;s rules do not report %1 for this gateway: nothing for it to fix (OpenClaw&apos;s own findings are fixed by `openclaw security audit --fix`).</source>
        <translation>Switchboard のルールはこのゲートウェイについて %1 を報告していません: 修正するものはありません (OpenClaw 自身の検出事項は `openclaw security audit --fix` で修正します)。</translation>
    </message>
    <message>
        <source>%1 has no automatic fix. %2</source>
        <translation>%1 には自動修正がありません。%2</translation>
    </message>
    <message>
        <source>switchboardctl: the fix cannot be written: %1</source>
        <translation>switchboardctl: 修正を書き込めません: %1</translation>
    </message>
    <message>
        <source>Not written: add --yes to apply this change.</source>
        <translation>書き込んでいません: この変更を適用するには --yes を付けてください。</translation>
    </message>
    <message>
        <source>switchboardctl: the gateway did not answer the write.</source>
        <translation>switchboardctl: ゲートウェイが書き込みに応答しませんでした。</translation>
    </message>
    <message>
        <source>Their change since this command read the config:</source>
        <translation>このコマンドが設定を読み込んだ後の相手の変更:</translation>
    </message>
    <message>
        <source>Yours, not written:</source>
        <translation>あなたの変更 (未書き込み):</translation>
    </message>
    <message>
        <source>Run the command again to apply yours on top of theirs.</source>
        <translation>相手の変更の上にあなたの変更を適用するには、コマンドをもう一度実行してください。</translation>
    </message>
    <message>
        <source>Auditing again…</source>
        <translation>再監査しています…</translation>
    </message>
    <message>
        <source>Audit who may reach the gateway&apos;s bots: Switchboard&apos;s rules plus `openclaw security audit --json` when the gateway runs on this machine. Exit 2 on any critical finding, 1 on a warning, 0 when clean.</source>
        <translation>ゲートウェイのボットに誰が到達できるかを監査します: Switchboard のルールに加え、ゲートウェイがこのマシンで動作している場合は `openclaw security audit --json` も使います。重大な検出事項があれば終了コード 2、警告があれば 1、問題がなければ 0 で終了します。</translation>
    </message>
    <message>
        <source>the command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON を出力します。</translation>
    </message>
    <message>
        <source>Preview the fix of this finding.</source>
        <translation>この検出事項の修正をプレビューします。</translation>
    </message>
    <message>
        <source>With --fix: write the fix, then audit again.</source>
        <translation>--fix と併用: 修正を書き込んでから再監査します。</translation>
    </message>
    <message>
        <source>Skip `openclaw security audit` (Switchboard&apos;s rules only).</source>
        <translation>`openclaw security audit` を省略します (Switchboard のルールのみ)。</translation>
    </message>
    <message>
        <source>Give OpenClaw&apos;s audit S seconds (default 120).</source>
        <translation>OpenClaw の監査を S 秒まで待ちます (既定値 120)。</translation>
    </message>
    <message>
        <source>usage: switchboardctl audit [--json] [--fix CHECK_ID [--yes]]</source>
        <translation>使い方: switchboardctl audit [--json] [--fix CHECK_ID [--yes]]</translation>
    </message>
    <message>
        <source>--yes goes with --fix CHECK_ID</source>
        <translation>--yes は --fix CHECK_ID と一緒に指定します</translation>
    </message>
    <message>
        <source>--openclaw-timeout needs a whole number of seconds between 1 and 3600</source>
        <translation>--openclaw-timeout には 1〜3600 の整数 (秒) を指定してください</translation>
    </message>
    <message>
        <source>OpenClaw&apos;s own audit skipped (--no-openclaw).</source>
        <translation>OpenClaw 自身の監査を省略しました (--no-openclaw)。</translation>
    </message>
    <message>
        <source>who may reach the bots: findings with one-click fixes (--fix CHECK_ID [--yes]).</source>
        <translation>ボットに誰が到達できるか: ワンクリック修正付きの検出事項 (--fix CHECK_ID [--yes])。</translation>
    </message>
    <message>
        <source>--lane needs GATEWAY/CHANNEL/ACCOUNT, e.g. %1/%2/default</source>
        <translation>--lane には GATEWAY/CHANNEL/ACCOUNT を指定してください。例: %1/%2/default</translation>
    </message>
    <message>
        <source>--lane names gateway %1, but the command connects to %2</source>
        <translation>--lane はゲートウェイ %1 を指していますが、コマンドの接続先は %2 です</translation>
    </message>
    <message>
        <source>--lane must be a %1 lane, not %2</source>
        <translation>--lane は %2 ではなく %1 のレーンである必要があります</translation>
    </message>
    <message>
        <source>--operators: cannot read %1</source>
        <translation>--operators: %1 を読み取れません</translation>
    </message>
    <message>
        <source>Pre-flight:</source>
        <translation>事前チェック:</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>OVERRIDDEN</source>
        <translation>無視</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Operators:</source>
        <translation>オペレーター:</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>結果: %1</translation>
    </message>
    <message>
        <source>Nothing was written. Run again with --yes to fail over.</source>
        <translation>何も書き込んでいません。フェイルオーバーするには --yes を付けて再実行してください。</translation>
    </message>
    <message>
        <source>Move the operators back after a failover, once the lane they left has proven itself again. Give the failover&apos;s own --from and --to.</source>
        <translation>フェイルオーバーの後、移行元のレーンが再び安定を確認できたら、オペレーターを元に戻します。フェイルオーバー時と同じ --from と --to を指定してください。</translation>
    </message>
    <message>
        <source>Move the operators from a failing lane to a proven one on the same gateway: one config.patch, a test message to each operator, rollback when one is not confirmed.</source>
        <translation>障害のあるレーンから、同じゲートウェイ上の安定を確認済みのレーンへオペレーターを移します: config.patch を 1 回実行し、各オペレーターにテストメッセージを送り、確認できないものがあればロールバックします。</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>コマンド。</translation>
    </message>
    <message>
        <source>The lane to leave: channel or channel/account.</source>
        <translation>移行元のレーン: channel または channel/account。</translation>
    </message>
    <message>
        <source>The lane to move to: channel or channel/account.</source>
        <translation>移行先のレーン: channel または channel/account。</translation>
    </message>
    <message>
        <source>A JSON file listing the operators, e.g. [{&quot;name&quot;:&quot;Grace&quot;,&quot;signal&quot;:&quot;+15555550101&quot;}] (default: the preferences&apos;).</source>
        <translation>オペレーターを列挙した JSON ファイル。例: [{&quot;name&quot;:&quot;Grace&quot;,&quot;signal&quot;:&quot;+15555550101&quot;}] (既定: 設定のもの)。</translation>
    </message>
    <message>
        <source>Go ahead although this pre-flight check fails (recorded).</source>
        <translation>この事前チェックが失敗しても続行します (記録されます)。</translation>
    </message>
    <message>
        <source>Write the plan; without it nothing is changed.</source>
        <translation>計画を書き込みます。指定しなければ何も変更しません。</translation>
    </message>
    <message>
        <source>Seconds to confirm every test message (default 60).</source>
        <translation>各テストメッセージの確認を待つ秒数 (既定値 60)。</translation>
    </message>
    <message>
        <source>Print the plan, pre-flight and report as JSON.</source>
        <translation>計画、事前チェック、レポートを JSON で出力します。</translation>
    </message>
    <message>
        <source>--deadline needs a whole number of seconds between 1 and 3600</source>
        <translation>--deadline には 1〜3600 の整数 (秒) を指定してください</translation>
    </message>
    <message>
        <source>%1 needs --from and --to, each a channel or channel/account</source>
        <translation>%1 には --from と --to が必要です (それぞれ channel または channel/account)</translation>
    </message>
    <message>
        <source>Move the operators to a proven lane of the same gateway, verified, rolled back on failure.</source>
        <translation>同じゲートウェイの安定を確認済みのレーンへオペレーターを移し、検証し、失敗したらロールバックします。</translation>
    </message>
    <message>
        <source>Undo a failover once the lane it left has proven itself again.</source>
        <translation>移行元のレーンが再び安定を確認できたら、フェイルオーバーを元に戻します。</translation>
    </message>
    <message>
        <source>Gateway WebSocket URL, e.g. ws://127.0.0.1:18789.</source>
        <translation>ゲートウェイの WebSocket URL (例: ws://127.0.0.1:18789)。</translation>
    </message>
    <message>
        <source>Read the gateway token from environment variable VAR.</source>
        <translation>ゲートウェイのトークンを環境変数 VAR から読みます。</translation>
    </message>
    <message>
        <source>A gateway profile of the window (its name or id): its URL from the settings, its token from the keychain.</source>
        <translation>ウィンドウのゲートウェイ プロファイル (名前または ID): URL は設定から、トークンはキーチェーンから取得します。</translation>
    </message>
    <message>
        <source>Find --profile in this settings file (default: the window&apos;s).</source>
        <translation>--profile をこの設定ファイルから探します (既定: ウィンドウの設定)。</translation>
    </message>
    <message>
        <source>this command acts on one gateway: give one --gateway or --profile</source>
        <translation>このコマンドは 1 つのゲートウェイを対象にします: --gateway または --profile を 1 つ指定してください</translation>
    </message>
    <message>
        <source>The history file to read (default: the window&apos;s own).</source>
        <translation>読み込む履歴ファイル (既定: ウィンドウ自身のもの)。</translation>
    </message>
    <message>
        <source>The window&apos;s settings file: its preferences judge lanes, its profiles give time zones.</source>
        <translation>ウィンドウの設定ファイル: その設定でレーンを判定し、そのプロファイルからタイムゾーンを取得します。</translation>
    </message>
    <message>
        <source>IANA time zone for the receipts (default: the gateway profile&apos;s, else this computer&apos;s).</source>
        <translation>証跡に使う IANA タイムゾーン (既定: ゲートウェイ プロファイルのもの、なければこのコンピューターのもの)。</translation>
    </message>
    <message>
        <source>switchboardctl: no history at %1</source>
        <translation>switchboardctl: %1 に履歴がありません</translation>
    </message>
    <message>
        <source>--time-zone: unknown zone &quot;%1&quot;</source>
        <translation>--time-zone: 不明なタイムゾーン &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n 件のインシデント</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>未解決</translation>
    </message>
    <message>
        <source>The incidents a history holds, open ones first.</source>
        <translation>履歴に含まれるインシデント (未解決のものが先)。</translation>
    </message>
    <message>
        <source>Only incidents still running at or after T.</source>
        <translation>T の時点またはそれ以降も続いていたインシデントのみ。</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>JSON で出力します。</translation>
    </message>
    <message>
        <source>One incident&apos;s report: its receipts, notes and lessons.</source>
        <translation>1 つのインシデントのレポート: 証跡、メモ、教訓。</translation>
    </message>
    <message>
        <source>The incident&apos;s id (see `incidents`).</source>
        <translation>インシデントの ID (`incidents` を参照)。</translation>
    </message>
    <message>
        <source>md, html, pdf or png.</source>
        <translation>md、html、pdf、png のいずれか。</translation>
    </message>
    <message>
        <source>The file to write (md and html: default stdout).</source>
        <translation>書き込むファイル (md と html の既定: 標準出力)。</translation>
    </message>
    <message>
        <source>--incident needs an incident id</source>
        <translation>--incident にはインシデント ID が必要です</translation>
    </message>
    <message>
        <source>--format is md, html, pdf or png</source>
        <translation>--format には md、html、pdf、png のいずれかを指定してください</translation>
    </message>
    <message>
        <source>--out is needed for %1</source>
        <translation>%1 には --out が必要です</translation>
    </message>
    <message>
        <source>no incident %1 in %2</source>
        <translation>%2 にインシデント %1 はありません</translation>
    </message>
    <message>
        <source>switchboardctl: cannot write %1: %2</source>
        <translation>switchboardctl: %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Rebuilds a past night: a gateway&apos;s file log (logging.file) read into a new history.</source>
        <translation>過去の夜を再構築します: ゲートウェイのファイルログ (logging.file) を新しい履歴に読み込みます。</translation>
    </message>
    <message>
        <source>The gateway&apos;s JSON-lines log file.</source>
        <translation>ゲートウェイの JSON Lines 形式のログファイル。</translation>
    </message>
    <message>
        <source>The new history file to write.</source>
        <translation>書き込む新しい履歴ファイル。</translation>
    </message>
    <message>
        <source>The gateway the lanes belong to (default: imported).</source>
        <translation>レーンが属するゲートウェイ (既定: imported)。</translation>
    </message>
    <message>
        <source>import-log takes one log file</source>
        <translation>import-log に指定できるログファイルは 1 つです</translation>
    </message>
    <message>
        <source>--history names the new history file to write</source>
        <translation>--history には書き込む新しい履歴ファイルを指定してください</translation>
    </message>
    <message>
        <source>--gateway-id needs a name without slashes</source>
        <translation>--gateway-id にはスラッシュを含まない名前を指定してください</translation>
    </message>
    <message>
        <source>%1: %2 lines read, %3 skipped (not gateway log records), %4 events, %5 incident(s)</source>
        <translation>%1: %2 行を読み込み、%3 行をスキップ (ゲートウェイのログレコードではない)、イベント %4 件、インシデント %5 件</translation>
    </message>
    <message>
        <source>List the incidents in a history, open ones first.</source>
        <translation>履歴内のインシデントを一覧表示します (未解決のものが先)。</translation>
    </message>
    <message>
        <source>Export one incident&apos;s report as Markdown, HTML, PDF or PNG.</source>
        <translation>1 つのインシデントのレポートを Markdown、HTML、PDF、PNG のいずれかでエクスポートします。</translation>
    </message>
    <message>
        <source>Rebuild a past night from a gateway&apos;s file log into a new history.</source>
        <translation>ゲートウェイのファイルログから過去の夜を新しい履歴に再構築します。</translation>
    </message>
    <message>
        <source>No DM access request is waiting.</source>
        <translation>待機中の DM アクセス要求はありません。</translation>
    </message>
    <message>
        <source>expires in %1 min</source>
        <translation>%1 分後に期限切れ</translation>
    </message>
    <message>
        <source>no expiry given</source>
        <translation>有効期限の指定なし</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list: JSON を出力します。</translation>
    </message>
    <message>
        <source>approve/dismiss: the request&apos;s lane, GATEWAY/CHANNEL/ACCOUNT.</source>
        <translation>approve/dismiss: 要求のレーン (GATEWAY/CHANNEL/ACCOUNT)。</translation>
    </message>
    <message>
        <source>approve/dismiss: the request id `pairing list` prints.</source>
        <translation>approve/dismiss: `pairing list` が表示する要求 ID。</translation>
    </message>
    <message>
        <source>approve: tell the sender (where the channel can).</source>
        <translation>approve: 送信者に通知します (チャネルが対応している場合)。</translation>
    </message>
    <message>
        <source>approve: make the sender the first command owner (only while none is configured).</source>
        <translation>approve: 送信者を最初のコマンドオーナーにします (まだ設定されていない場合のみ)。</translation>
    </message>
    <message>
        <source>list, approve or dismiss.</source>
        <translation>list、approve、dismiss のいずれか。</translation>
    </message>
    <message>
        <source>pairing needs one of: list, approve, dismiss</source>
        <translation>pairing には list、approve、dismiss のいずれかが必要です</translation>
    </message>
    <message>
        <source>pairing %1 needs --lane and --request</source>
        <translation>pairing %1 には --lane と --request が必要です</translation>
    </message>
    <message>
        <source>pairing list takes no --lane or --request</source>
        <translation>pairing list には --lane や --request を指定できません</translation>
    </message>
    <message>
        <source>This gateway has no DM pairing calls (protocol 3). On the gateway host, with the 8-character code the sender was given:</source>
        <translation>このゲートウェイには DM ペアリングの呼び出しがありません (プロトコル 3)。ゲートウェイのホストで、送信者に伝えられた 8 文字のコードを使って次を実行してください:</translation>
    </message>
    <message>
        <source>no answer from the gateway</source>
        <translation>ゲートウェイから応答がありません</translation>
    </message>
    <message>
        <source>list, approve or dismiss the gateway&apos;s pending DM access requests</source>
        <translation>ゲートウェイの保留中の DM アクセス要求を一覧表示、承認、却下する</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>(no groups map: every group, subject to groupPolicy)</source>
        <translation>(groups マップなし: groupPolicy に従いすべてのグループ)</translation>
    </message>
    <message>
        <source>mention required</source>
        <translation>メンション必須</translation>
    </message>
    <message>
        <source>reads every message</source>
        <translation>すべてのメッセージを読む</translation>
    </message>
    <message>
        <source>allowFrom %1</source>
        <translation>allowFrom %1</translation>
    </message>
    <message>
        <source>groupPolicy %1</source>
        <translation>groupPolicy %1</translation>
    </message>
    <message>
        <source>  (read-only: settings Switchboard cannot read)</source>
        <translation>  (読み取り専用: Switchboard が読み取れない設定)</translation>
    </message>
    <message>
        <source>allowFrom&apos;s: %1</source>
        <translation>allowFrom と同じ: %1</translation>
    </message>
    <message>
        <source>tools.elevated.enabled: %1 (%2)</source>
        <translation>tools.elevated.enabled: %1 (%2)</translation>
    </message>
    <message>
        <source>heartbeat of %1: target %2 (%3)%4</source>
        <translation>%1 のハートビート: ターゲット %2 (%3)%4</translation>
    </message>
    <message>
        <source>, to %1</source>
        <translation>、宛先 %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>読み取れません: %1</translation>
    </message>
    <message>
        <source>Every account&apos;s effective allowlist policy and where each value comes from (account, channel, or OpenClaw&apos;s default).</source>
        <translation>各アカウントの実効的な許可リストポリシーと、各値の由来 (アカウント、チャネル、OpenClaw の既定値)。</translation>
    </message>
    <message>
        <source>show the effective policies</source>
        <translation>実効ポリシーを表示する</translation>
    </message>
    <message>
        <source>Only this channel or channel/account.</source>
        <translation>このチャネルまたは channel/account のみ。</translation>
    </message>
    <message>
        <source>usage: switchboardctl policy show [--lane L] [--json]</source>
        <translation>使い方: switchboardctl policy show [--lane L] [--json]</translation>
    </message>
    <message>
        <source>policy show: every account&apos;s effective allowlist policy, with where each value comes from.</source>
        <translation>policy show: 各アカウントの実効的な許可リストポリシーを、各値の由来とともに表示します。</translation>
    </message>
    <message>
        <source>switchboardctl: cannot reach the gateway: %1</source>
        <translation>switchboardctl: ゲートウェイに到達できません: %1</translation>
    </message>
    <message>
        <source>switchboardctl: cannot read the gateway&apos;s config: %1</source>
        <translation>switchboardctl: ゲートウェイの設定を読み取れません: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>The QR code cannot be drawn here: %1</source>
        <translation>ここでは QR コードを描画できません: %1</translation>
    </message>
    <message>
        <source>QR code %1 (the gateway replaced the previous one):</source>
        <translation>QR コード %1 (ゲートウェイが前のコードを置き換えました):</translation>
    </message>
    <message>
        <source>QR code:</source>
        <translation>QR コード:</translation>
    </message>
    <message>
        <source>Scan it in WhatsApp → Settings → Linked Devices → Link a device within %1 s.</source>
        <translation>%1 秒以内に WhatsApp → 設定 → リンク済みデバイス → デバイスをリンク で読み取ってください。</translation>
    </message>
    <message>
        <source>Link or relink a WhatsApp account by QR code, drawn in this terminal. Exits 0 once linked, non-zero with the gateway&apos;s words otherwise.</source>
        <translation>このターミナルに表示した QR コードで WhatsApp アカウントをリンクまたは再リンクします。リンクできたら 0 で終了し、できなければゲートウェイのメッセージを示して 0 以外で終了します。</translation>
    </message>
    <message>
        <source>The WhatsApp lane, GATEWAY/whatsapp/ACCOUNT.</source>
        <translation>WhatsApp のレーン (GATEWAY/whatsapp/ACCOUNT)。</translation>
    </message>
    <message>
        <source>Go on even though the number was just blocked or its last relink was lost.</source>
        <translation>番号がブロックされたばかりでも、前回の再リンクが失われていても続行します。</translation>
    </message>
    <message>
        <source>Not relinking; give --despite-ban-risk to go on anyway.</source>
        <translation>再リンクしません。それでも続行するには --despite-ban-risk を指定してください。</translation>
    </message>
    <message>
        <source>Proof of recovery so far: %1.</source>
        <translation>これまでの回復の証明: %1。</translation>
    </message>
    <message>
        <source>not linked within %1 s (%2)</source>
        <translation>%1 秒以内にリンクされませんでした (%2)</translation>
    </message>
    <message>
        <source>link or relink a WhatsApp account by QR code in the terminal</source>
        <translation>ターミナルで QR コードを使って WhatsApp アカウントをリンクまたは再リンクする</translation>
    </message>
    <message>
        <source>switchboardctl: config.get failed: %1</source>
        <translation>switchboardctl: config.get が失敗しました: %1</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>時間内に応答がありません</translation>
    </message>
    <message>
        <source>the gateway&apos;s config names no signal-cli daemon for account %1 (channels.signal.transport.url): give --signal-cli URL</source>
        <translation>ゲートウェイの設定にアカウント %1 の signal-cli デーモンが指定されていません (channels.signal.transport.url): --signal-cli URL を指定してください</translation>
    </message>
    <message>
        <source>the gateway&apos;s config names no number for account %1: give --number</source>
        <translation>ゲートウェイの設定にアカウント %1 の番号が指定されていません: --number を指定してください</translation>
    </message>
    <message>
        <source>signal-cli daemon: %1%2</source>
        <translation>signal-cli デーモン: %1%2</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation> (取得元: %1)</translation>
    </message>
    <message>
        <source>Solve the captcha at: %1</source>
        <translation>キャプチャを解いてください: %1</translation>
    </message>
    <message>
        <source>then run this again with --captcha &apos;signalcaptcha://…&apos; (the “Open Signal” link).</source>
        <translation>その後、--captcha &apos;signalcaptcha://…&apos; (「Open Signal」のリンク) を付けてもう一度実行してください。</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited: wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>レート制限中: %n 秒待ってから再試行してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Then: switchboardctl signal verify … --code CODE [--pin PIN]</source>
        <translation>次に: switchboardctl signal verify … --code CODE [--pin PIN]</translation>
    </message>
    <message>
        <source>proof: %1</source>
        <translation>証明: %1</translation>
    </message>
    <message>
        <source>Register, verify or link a Signal account through the signal-cli daemon the gateway uses.</source>
        <translation>ゲートウェイが使う signal-cli デーモンを通じて、Signal アカウントを登録、検証、またはリンクします。</translation>
    </message>
    <message>
        <source>register, verify or link.</source>
        <translation>register、verify、link のいずれか。</translation>
    </message>
    <message>
        <source>The Signal lane, GATEWAY/signal/ACCOUNT.</source>
        <translation>Signal のレーン (GATEWAY/signal/ACCOUNT)。</translation>
    </message>
    <message>
        <source>The account&apos;s number (E.164); default: the gateway&apos;s config.</source>
        <translation>アカウントの番号 (E.164)。既定: ゲートウェイの設定。</translation>
    </message>
    <message>
        <source>register: the solved captcha&apos;s signalcaptcha:// link.</source>
        <translation>register: 解いたキャプチャの signalcaptcha:// リンク。</translation>
    </message>
    <message>
        <source>register: a voice call instead of an SMS.</source>
        <translation>register: SMS の代わりに音声通話を使います。</translation>
    </message>
    <message>
        <source>register: take the number back even if it is registered.</source>
        <translation>register: 登録済みでも番号を取り戻します。</translation>
    </message>
    <message>
        <source>verify: the code Signal sent.</source>
        <translation>verify: Signal が送ったコード。</translation>
    </message>
    <message>
        <source>verify: the registration lock PIN.</source>
        <translation>verify: 登録ロックの PIN。</translation>
    </message>
    <message>
        <source>The daemon&apos;s URL; default: the gateway&apos;s config.</source>
        <translation>デーモンの URL。既定: ゲートウェイの設定。</translation>
    </message>
    <message>
        <source>link: the name the phone lists this device under.</source>
        <translation>link: スマートフォンの一覧に表示されるこのデバイスの名前。</translation>
    </message>
    <message>
        <source>Stay until the lane has proven itself (Ctrl+C to stop).</source>
        <translation>レーンの安定が確認されるまで待機します (Ctrl+C で停止)。</translation>
    </message>
    <message>
        <source>say what to do: signal register, signal verify or signal link</source>
        <translation>実行する操作を指定してください: signal register、signal verify、signal link</translation>
    </message>
    <message>
        <source>--lane GATEWAY/signal/ACCOUNT names the Signal lane to act on</source>
        <translation>--lane GATEWAY/signal/ACCOUNT で操作対象の Signal レーンを指定します</translation>
    </message>
    <message>
        <source>--signal-cli needs an http:// or https:// URL</source>
        <translation>--signal-cli には http:// または https:// の URL を指定してください</translation>
    </message>
    <message>
        <source>signal verify needs --code CODE</source>
        <translation>signal verify には --code CODE が必要です</translation>
    </message>
    <message>
        <source>Register, verify or link a Signal account through signal-cli (captcha, code, QR).</source>
        <translation>Signal アカウントを signal-cli で登録、検証、またはリンクします (キャプチャ、コード、QR)。</translation>
    </message>
    <message>
        <source>With --fix --yes: the history file whose action log records the write (default: the window&apos;s).</source>
        <translation>--fix --yes と併用: 書き込みを操作ログに記録する履歴ファイル (既定: ウィンドウのもの)。</translation>
    </message>
    <message>
        <source>switchboardctl: warning: this write is not in the action log: %1</source>
        <translation>switchboardctl: 警告: この書き込みは操作ログに記録されていません: %1</translation>
    </message>
    <message>
        <source>The window&apos;s history file: the lanes&apos; proof of recovery, and the action log the writes go to (default: the window&apos;s).</source>
        <translation>ウィンドウの履歴ファイル: レーンの回復の証明と、書き込みの記録先となる操作ログ (既定: ウィンドウのもの)。</translation>
    </message>
    <message>
        <source>The gateways&apos; pending DM access requests: list (every --gateway or --profile given), approve, dismiss (one gateway).</source>
        <translation>ゲートウェイの保留中の DM アクセス要求: list (指定したすべての --gateway または --profile)、approve、dismiss (1 つのゲートウェイ)。</translation>
    </message>
</context>
</TS>
