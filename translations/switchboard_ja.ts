<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
</context>
</TS>
