<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Edit account</source>
        <translation>アカウントの編集</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>アカウントの追加</translation>
    </message>
    <message>
        <source>For example: Shop support</source>
        <translation>例: ショップのサポート窓口</translation>
    </message>
    <message>
        <source>support@example.jp</source>
        <translation>support@example.jp</translation>
    </message>
    <message>
        <source>The sender name customers see</source>
        <translation>お客様に表示される差出人名</translation>
    </message>
    <message>
        <source>Usually the email address</source>
        <translation>通常はメールアドレス</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved password</source>
        <translation>空欄なら保存済みのパスワードを使います</translation>
    </message>
    <message>
        <source>No password store (keyring) was found on this system. desk_app never stores passwords in plain text.</source>
        <translation>このシステムにはパスワードの保管場所（キーリング）が見つかりません。desk_app はパスワードを平文で保存することはありません。</translation>
    </message>
    <message>
        <source>Ask for the password once per session</source>
        <translation>起動ごとにパスワードを入力する</translation>
    </message>
    <message>
        <source>Only for a server with its own certificate authority</source>
        <translation>独自の認証局を使うサーバーの場合のみ</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>All mail</source>
        <translation>無期限</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Older mail is kept as headers only, to save disk space. &apos;All mail&apos; stores every message in full.</source>
        <translation>この期間より古いメールは、ディスク容量を節約するためヘッダーだけを保存します。「無期限」にすると、すべてのメールを本文まで保存します。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Email address:</source>
        <translation>メールアドレス:</translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation>差出人名:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>署名:</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Incoming (IMAP):</source>
        <translation>受信（IMAP）:</translation>
    </message>
    <message>
        <source>Outgoing (SMTP):</source>
        <translation>送信（SMTP）:</translation>
    </message>
    <message>
        <source>Extra CA file:</source>
        <translation>追加の CA ファイル:</translation>
    </message>
    <message>
        <source>Store full messages of the last:</source>
        <translation>本文の保存期間:</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>ユーザー名:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <source>The account could not be saved: {detail}</source>
        <translation>アカウントを保存できませんでした: {detail}</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>{host} に接続しています…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>接続できました。</translation>
    </message>
    <message>
        <source>The test failed: {error}</source>
        <translation>接続テストに失敗しました: {error}</translation>
    </message>
    <message>
        <source>Enter the password to test the connection.</source>
        <translation>接続をテストするには、パスワードを入力してください。</translation>
    </message>
    <message>
        <source>Choose the server&apos;s CA certificate</source>
        <translation>サーバーの CA 証明書を選択</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Enter a name for the account.</source>
        <translation>アカウントの名前を入力してください。</translation>
    </message>
    <message>
        <source>An account with this name exists already: choose another name.</source>
        <translation>この名前のアカウントはすでにあります。別の名前を付けてください。</translation>
    </message>
    <message>
        <source>Enter an email address such as support@example.jp.</source>
        <translation>support@example.jp のような形式でメールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Enter the host name of the incoming (IMAP) server.</source>
        <translation>受信（IMAP）サーバーのホスト名を入力してください。</translation>
    </message>
    <message>
        <source>Enter the port of the incoming (IMAP) server (1–65535).</source>
        <translation>受信（IMAP）サーバーのポート番号（1〜65535）を入力してください。</translation>
    </message>
    <message>
        <source>Choose how the incoming (IMAP) connection is secured.</source>
        <translation>受信（IMAP）接続の暗号化方式を選んでください。</translation>
    </message>
    <message>
        <source>Enter the host name of the outgoing (SMTP) server.</source>
        <translation>送信（SMTP）サーバーのホスト名を入力してください。</translation>
    </message>
    <message>
        <source>Enter the port of the outgoing (SMTP) server (1–65535).</source>
        <translation>送信（SMTP）サーバーのポート番号（1〜65535）を入力してください。</translation>
    </message>
    <message>
        <source>Choose how the outgoing (SMTP) connection is secured.</source>
        <translation>送信（SMTP）接続の暗号化方式を選んでください。</translation>
    </message>
    <message>
        <source>Enter the user name for signing in.</source>
        <translation>サインインに使うユーザー名を入力してください。</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>パスワードを入力してください。</translation>
    </message>
    <message>
        <source>Without a password store the password can only be kept until desk_app closes: tick “Ask for the password once per session” to go on.</source>
        <translation>パスワードの保管場所がないため、パスワードは desk_app を終了するまでしか保持できません。続けるには「起動ごとにパスワードを入力する」にチェックを入れてください。</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <source>Mail accounts</source>
        <translation>メールアカウント</translation>
    </message>
    <message>
        <source>No mail account yet. Add one, and its mail will arrive in the Inbox.</source>
        <translation>メールアカウントはまだありません。追加すると、そのアカウントのメールが受信箱に届きます。</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>User name: {user}</source>
        <translation>ユーザー名: {user}</translation>
    </message>
    <message>
        <source>Demo data: not synced</source>
        <translation>デモデータ（同期なし）</translation>
    </message>
    <message>
        <source>Last sync failed: {reason}</source>
        <translation>前回の同期に失敗: {reason}</translation>
    </message>
    <message>
        <source>Last synced {time}</source>
        <translation>最終同期: {time}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>未同期</translation>
    </message>
</context>
<context>
    <name>AddPiecesDialog</name>
    <message>
        <source>Add Pieces</source>
        <translation>作業の追加</translation>
    </message>
    <message>
        <source>e.g. order numbers, what was sent</source>
        <translation>例：注文番号、発送した内容</translation>
    </message>
    <message>
        <source>Replies and calls count themselves; enter here the work done by hand.</source>
        <translation>メール返信と電話は自動で数えます。ここには手作業の分を入力してください。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>The rate card names no kind to enter by hand: the owner sets the rates (Settings → Rates).</source>
        <translation>単価表に手入力できる種別がありません。単価は店長が設定します（設定 → 単価）。</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種別：</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>日付：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>メモ：</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 時間</translation>
    </message>
</context>
<context>
    <name>AfterFollowReminder</name>
    <message>
        <source>(unknown customer)</source>
        <translation>（お客様不明）</translation>
    </message>
    <message>
        <source>After-follow due: “{title}” ({customer}) is waiting for its follow-up mail.</source>
        <translation>アフターフォローの予定日です: 「{title}」（{customer}）のフォローメールが未送信です。</translation>
    </message>
    <message numerus="yes">
        <source>%n more case(s) due</source>
        <translation>
            <numerusform>ほか %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Send follow-up mail…</source>
        <translation>フォローメールを作成…</translation>
    </message>
</context>
<context>
    <name>AfterFollowRow</name>
    <message>
        <source>After-follow on</source>
        <translation>アフターフォロー予定日</translation>
    </message>
    <message>
        <source>The case comes back on this day as a reminder to send a follow-up mail</source>
        <translation>この日に案件が再び表示され、アフターフォローのメール送信をお知らせします</translation>
    </message>
    <message>
        <source>Send follow-up mail…</source>
        <translation>フォローメールを作成…</translation>
    </message>
    <message>
        <source>Write to the customer with the after-follow template</source>
        <translation>アフターフォローの定型文でお客様にメールを書きます</translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>A product unsold for this many days up to the period&apos;s end is a slow mover; the products that sold least follow it</source>
        <translation>期間の末日までにこの日数以上売れていない商品を「売れ行きの鈍い商品」とし、そのあとに販売数の少ない商品を並べます</translation>
    </message>
    <message>
        <source> orders</source>
        <translation> 件</translation>
    </message>
    <message>
        <source>Only pairs bought together in at least this many orders</source>
        <translation>この件数以上の注文で一緒に買われた組み合わせだけを表示します</translation>
    </message>
    <message>
        <source>Show &amp;by:</source>
        <translation>集計単位(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Unsold for:</source>
        <translation>売れていない期間(&amp;U)：</translation>
    </message>
    <message>
        <source>In at &amp;least:</source>
        <translation>同時購入の最小件数(&amp;L)：</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>PNG 保存…</translation>
    </message>
    <message>
        <source>Save the chart as a picture</source>
        <translation>グラフを画像として保存します</translation>
    </message>
    <message>
        <source>Save SVG…</source>
        <translation>SVG 保存…</translation>
    </message>
    <message>
        <source>Save the chart as a drawing that scales without blurring</source>
        <translation>グラフを、拡大してもぼやけない図として保存します</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>CSV 保存…</translation>
    </message>
    <message>
        <source>Save the table for a spreadsheet (UTF-8)</source>
        <translation>表を表計算ソフト用に保存します（UTF-8）</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save this attachment to a file</source>
        <translation>この添付ファイルを保存します</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>添付ファイルの保存</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>{path} に保存しました</translation>
    </message>
    <message>
        <source>the attachment could not be read from the stored message</source>
        <translation>保存済みのメールから添付ファイルを読み込めません</translation>
    </message>
    <message>
        <source>an unexpected error occurred</source>
        <translation>予期しないエラーが発生しました</translation>
    </message>
    <message>
        <source>“{name}” was not saved: {reason}</source>
        <translation>「{name}」を保存できませんでした: {reason}</translation>
    </message>
</context>
<context>
    <name>AttachmentsBar</name>
    <message>
        <source>Attachments:</source>
        <translation>添付ファイル:</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>From the forwarded message: it is sent along</source>
        <translation>転送するメールの添付ファイル（一緒に送信されます）</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>ファイルの添付</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>見つかりません</translation>
    </message>
</context>
<context>
    <name>CallEntryAction</name>
    <message>
        <source>&amp;Log Call…</source>
        <translation>通話を記録(&amp;L)…</translation>
    </message>
    <message>
        <source>Log a phone call: number, length, topic</source>
        <translation>通話を記録します（電話番号・通話時間・用件）</translation>
    </message>
</context>
<context>
    <name>CallFilterBar</name>
    <message>
        <source>The month shown; the arrow keys step through the months</source>
        <translation>表示する月（矢印キーで前後の月に移動できます）</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月(&amp;M):</translation>
    </message>
    <message>
        <source>Incoming and outgoing</source>
        <translation>着信・発信</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>すべての分類</translation>
    </message>
    <message>
        <source>Claims only</source>
        <translation>クレームのみ</translation>
    </message>
    <message>
        <source>Questions only</source>
        <translation>問い合わせのみ</translation>
    </message>
    <message>
        <source>Search summaries, names and numbers</source>
        <translation>内容・名前・電話番号を検索</translation>
    </message>
</context>
<context>
    <name>CallListModel</name>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>発着信</translation>
    </message>
    <message>
        <source>Customer / phone</source>
        <translation>お客様 / 電話番号</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>通話時間</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>内容</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n分</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallTimer</name>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the timer and take its minutes ({keys})</source>
        <translation>タイマーを止めて、計測した時間を通話時間に入れます（{keys}）</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Time the call ({keys})</source>
        <translation>通話時間を計測します（{keys}）</translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <source>Call log</source>
        <translation>通話記録</translation>
    </message>
    <message>
        <source>Log Call…</source>
        <translation>通話を記録…</translation>
    </message>
    <message>
        <source>Log a phone call ({shortcut})</source>
        <translation>通話を記録します（{shortcut}）</translation>
    </message>
    <message>
        <source>By customer, {month}</source>
        <translation>お客様別（{month}）</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} call(s)</source>
        <translation>
            <numerusform>{total}件中 %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>No calls logged in this month</source>
        <translation>この月の通話記録はありません</translation>
    </message>
    <message>
        <source>Each phone call you log appears here with its customer, length and topic. Press {shortcut} to log one, or choose another month above.</source>
        <translation>記録した通話は、お客様・通話時間・用件とともにここに表示されます。{shortcut} で通話を記録するか、上で別の月を選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseBox</name>
    <message>
        <source>No case</source>
        <translation>案件なし</translation>
    </message>
    <message>
        <source>New case from this call</source>
        <translation>この通話から案件を作成</translation>
    </message>
    <message>
        <source>Make a case of this call: its category, summary and customer</source>
        <translation>この通話の分類・内容・お客様で案件を作成します</translation>
    </message>
</context>
<context>
    <name>CaseDetailPanel</name>
    <message>
        <source>No case selected</source>
        <translation>案件が選択されていません</translation>
    </message>
    <message>
        <source>Pick a case in the list to see its mails, calls and notes.</source>
        <translation>一覧から案件を選ぶと、メール・通話・メモが表示されます。</translation>
    </message>
    <message>
        <source>Flagged customer (unreasonable claims): stay calm and firm, do not promise more than the policy, and involve the owner.</source>
        <translation>要注意のお客様（不当なクレーム）です。冷静かつ毅然と対応し、規定を超える約束はせず、必ず店長に相談してください。</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>マニュアル</translation>
    </message>
    <message>
        <source>A note for the record ({keys} saves)</source>
        <translation>記録用のメモ（{keys} で保存）</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>メモを追加</translation>
    </message>
    <message>
        <source>Log call…</source>
        <translation>通話を記録…</translation>
    </message>
    <message>
        <source>Log a phone call with this case&apos;s customer on this case</source>
        <translation>この案件のお客様との通話を、この案件に記録します</translation>
    </message>
    <message>
        <source>Close case…</source>
        <translation>完了にする…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Manual {done}/{total}</source>
        <translation>マニュアル {done}/{total}</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>対応履歴</translation>
    </message>
    <message>
        <source>Closed {when}</source>
        <translation>{when} に完了</translation>
    </message>
    <message>
        <source>Not saved: {detail}</source>
        <translation>保存できませんでした: {detail}</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>保存できませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>CaseFields</name>
    <message>
        <source>(not set)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <source>e.g. #1001</source>
        <translation>例: #1001</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>伝達済み</translation>
    </message>
    <message>
        <source>The deadline (回答期日) promised to the customer</source>
        <translation>お客様に伝えた回答期日</translation>
    </message>
    <message>
        <source>Involve the owner</source>
        <translation>店長に相談</translation>
    </message>
    <message>
        <source>Escalate: the owner should know of this case and may decide</source>
        <translation>エスカレーション: 店長にこの案件を共有し、判断を仰ぎます</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>受付方法</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>お客様</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>注文番号</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>回答期日</translation>
    </message>
    <message>
        <source>(unknown customer)</source>
        <translation>（お客様不明）</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>お客様</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>注文番号</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>回答期日</translation>
    </message>
    <message>
        <source>Past the deadline promised to the customer</source>
        <translation>お客様に伝えた回答期日を過ぎています</translation>
    </message>
</context>
<context>
    <name>CaseManualPanel</name>
    <message>
        <source>The sections of the manual for this case</source>
        <translation>この案件に関係するマニュアルの項目</translation>
    </message>
    <message>
        <source>Open in Manual</source>
        <translation>マニュアルで開く</translation>
    </message>
    <message>
        <source>Read this section in the Manual page</source>
        <translation>この項目をマニュアル画面で読む</translation>
    </message>
    <message>
        <source>Click a step to tick it for this case</source>
        <translation>手順をクリックすると、この案件で済みにします</translation>
    </message>
    <message>
        <source>The manual has no section for this case&apos;s category. Choose the category above, or look it up in the Manual page.</source>
        <translation>この案件の分類に対応するマニュアルの項目がありません。上で分類を選ぶか、マニュアル画面で探してください。</translation>
    </message>
    <message>
        <source>The tick was not saved: {detail}</source>
        <translation>チェックを保存できませんでした: {detail}</translation>
    </message>
</context>
<context>
    <name>CaseTimeline</name>
    <message>
        <source>Open in Inbox</source>
        <translation>受信箱で開く</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>返信</translation>
    </message>
    <message>
        <source>Answer the selected mail</source>
        <translation>選択したメールに返信します</translation>
    </message>
    <message>
        <source>Answer the customer&apos;s latest mail</source>
        <translation>お客様からの最新のメールに返信します</translation>
    </message>
    <message>
        <source>This case has no mail to answer yet</source>
        <translation>この案件には、返信するメールがまだありません</translation>
    </message>
    <message>
        <source>Mail from {sender}</source>
        <translation>{sender} からのメール</translation>
    </message>
    <message>
        <source>Call ({direction})</source>
        <translation>通話（{direction}）</translation>
    </message>
    <message>
        <source>Note by {author}</source>
        <translation>{author} のメモ</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Cases</source>
        <translation>対応案件</translation>
    </message>
    <message>
        <source>No cases yet</source>
        <translation>案件はまだありません</translation>
    </message>
    <message>
        <source>Cases tie a customer&apos;s mails and calls together until the problem is solved.</source>
        <translation>案件は、解決するまでの一人のお客様のメールと電話をひとつにまとめます。</translation>
    </message>
    <message>
        <source>Recurrence prevention…</source>
        <translation>再発防止…</translation>
    </message>
    <message>
        <source>Prevention notes of closed claims by category, repeats flagged</source>
        <translation>完了したクレームの再発防止メモを分類別に表示します（繰り返し発生したものには印が付きます）</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>保存済みビュー</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>すべての分類</translation>
    </message>
    <message>
        <source>Title, customer, order number</source>
        <translation>件名・お客様・注文番号</translation>
    </message>
    <message>
        <source>View</source>
        <translation>表示</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>期日超過 %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>“{title}”: the customer has no mail address on record, so no follow-up mail can be written. Add their address to the customer, or follow up by phone.</source>
        <translation>「{title}」: お客様のメールアドレスが登録されていないため、フォローメールを作成できません。顧客情報にアドレスを追加するか、電話でフォローしてください。</translation>
    </message>
    <message>
        <source>The after-follow template (key “after_follow”) is missing in this language: add it under Settings → Reply templates.</source>
        <translation>この言語のアフターフォロー用の定型文（キー「after_follow」）がありません。設定 →「定型文（返信テンプレート）」で追加してください。</translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation>この案件はもう存在しません。</translation>
    </message>
    <message>
        <source>Deadline passed, still open: {cases}</source>
        <translation>回答期日を過ぎた未完了の案件: {cases}</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか %n件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesSection</name>
    <message>
        <source>Cases</source>
        <translation>対応案件</translation>
    </message>
    <message>
        <source>Open a case for every new mail thread in the Inbox</source>
        <translation>受信箱の新しいスレッドごとに案件を作成する</translation>
    </message>
    <message>
        <source>A new mail that joins no open case becomes a case of its own as it arrives</source>
        <translation>未完了の案件に属さない新着メールは、受信した時点で新しい案件になります</translation>
    </message>
    <message>
        <source> times</source>
        <translation> 回超</translation>
    </message>
    <message>
        <source>The recurrence-prevention report marks a claim as a repeat when its category and product came up more often than this within 30 days.</source>
        <translation>30日以内に同じ分類・同じ商品のクレームがこの回数を超えて発生すると、再発防止の一覧で「繰り返し」として印を付けます。</translation>
    </message>
    <message>
        <source>New mail:</source>
        <translation>新着メール:</translation>
    </message>
    <message>
        <source>Repeat after more than:</source>
        <translation>繰り返しとみなす回数:</translation>
    </message>
</context>
<context>
    <name>CategoryBox</name>
    <message>
        <source>Type to find a category</source>
        <translation>入力して分類を検索</translation>
    </message>
</context>
<context>
    <name>ChannelEditor</name>
    <message>
        <source>Add an email address or phone number</source>
        <translation>メールアドレスまたは電話番号を追加</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>ClaimantBox</name>
    <message>
        <source>Unreasonable claimant</source>
        <translation>要注意のお客様</translation>
    </message>
    <message>
        <source>Tick the signs you have seen; one is enough to flag the customer.</source>
        <translation>当てはまる項目にチェックを入れてください。1つでも当てはまれば要注意のお客様になります。</translation>
    </message>
    <message>
        <source>How to handle this customer (saved when you leave the field)</source>
        <translation>このお客様への対応方針（入力欄を離れると保存されます）</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close case</source>
        <translation>案件の完了</translation>
    </message>
    <message>
        <source>“{title}” is a claim ({category}). Before closing, record what caused it, where the responsibility lies, what was done for the customer and how it is kept from happening again.</source>
        <translation>「{title}」はクレーム（{category}）です。完了にする前に、原因、責任の所在、お客様への対応内容、再発防止策を記録してください。</translation>
    </message>
    <message>
        <source>Close “{title}”.</source>
        <translation>「{title}」を完了にします。</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（選択）</translation>
    </message>
    <message>
        <source>e.g. resent the item, refunded the shipping fee</source>
        <translation>例: 商品を再送、送料を返金</translation>
    </message>
    <message>
        <source>After-follow on</source>
        <translation>アフターフォロー予定日</translation>
    </message>
    <message>
        <source>The case comes back on this day as a reminder to send a follow-up mail</source>
        <translation>この日に案件が再び表示され、アフターフォローのメール送信をお知らせします</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n step(s) of “{title}” not ticked:</source>
        <translation>
            <numerusform>⚠ 「{title}」の手順 %n 件が未チェックです:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>You can still close the case.</source>
        <translation>このまま完了にすることもできます。</translation>
    </message>
    <message>
        <source>Still needed before closing: {fields}</source>
        <translation>完了にするには次の入力が必要です: {fields}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Choose the case&apos;s category before closing it.</source>
        <translation>完了にする前に、案件の分類を選んでください。</translation>
    </message>
    <message>
        <source>The case could not be closed: {error}</source>
        <translation>案件を完了にできませんでした: {error}</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>責任の所在</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>対応内容</translation>
    </message>
    <message>
        <source>Prevention note</source>
        <translation>再発防止メモ</translation>
    </message>
    <message>
        <source>Must reach</source>
        <translation>共有先</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分類</translation>
    </message>
</context>
<context>
    <name>ComposeActions</name>
    <message>
        <source>&amp;New Message</source>
        <translation>新規メール(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Drafts…</source>
        <translation>下書き(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>返信(&amp;R)</translation>
    </message>
    <message>
        <source>Reply to &amp;All</source>
        <translation>全員に返信(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>転送(&amp;F)</translation>
    </message>
    <message>
        <source>Reply to the sender of the open message</source>
        <translation>開いているメールの差出人に返信します</translation>
    </message>
    <message>
        <source>Reply to the sender and everyone else the message went to</source>
        <translation>差出人と、このメールの宛先全員に返信します</translation>
    </message>
    <message>
        <source>Forward the open message with its attachments</source>
        <translation>開いているメールを添付ファイルごと転送します</translation>
    </message>
</context>
<context>
    <name>ComposeWindow</name>
    <message>
        <source>Drafts are saved automatically.</source>
        <translation>下書きは自動的に保存されます。</translation>
    </message>
    <message>
        <source>Nothing Attached</source>
        <translation>添付ファイルなし</translation>
    </message>
    <message>
        <source>The text mentions an attachment, but nothing is attached. Send anyway?</source>
        <translation>本文で添付ファイルに触れていますが、何も添付されていません。このまま送信しますか？</translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation>このまま送信</translation>
    </message>
    <message>
        <source>Putting the message in the outbox…</source>
        <translation>メールを送信トレイに入れています…</translation>
    </message>
    <message>
        <source>Send as UTF-8 Instead</source>
        <translation>UTF-8 で送信</translation>
    </message>
    <message>
        <source>Draft saved at {time}.</source>
        <translation>{time} に下書きを保存しました。</translation>
    </message>
    <message>
        <source>The draft could not be saved: {error}</source>
        <translation>下書きを保存できませんでした: {error}</translation>
    </message>
    <message>
        <source>Next placeholder (F3)</source>
        <translation>次の差し込み項目（F3）</translation>
    </message>
    <message>
        <source>Fill in every placeholder first</source>
        <translation>先にすべての差し込み項目を入力してください</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>返信</translation>
    </message>
    <message>
        <source>Reply to All</source>
        <translation>全員に返信</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>転送</translation>
    </message>
    <message>
        <source>New Message</source>
        <translation>新規メール</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（件名なし）</translation>
    </message>
    <message>
        <source>Discard Draft</source>
        <translation>下書きの破棄</translation>
    </message>
    <message>
        <source>Discard this draft? What you wrote is deleted.</source>
        <translation>この下書きを破棄しますか？書いた内容は削除されます。</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>The template could not be inserted: {error}</source>
        <translation>定型文を挿入できませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>ComposeWindowActions</name>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Put the message in the outbox; it goes out with the next sync</source>
        <translation>送信トレイに入れ、次回の同期で送信します</translation>
    </message>
    <message>
        <source>Save Draft</source>
        <translation>下書き保存</translation>
    </message>
    <message>
        <source>Save the draft now</source>
        <translation>下書きを今すぐ保存します</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Delete this draft</source>
        <translation>この下書きを削除します</translation>
    </message>
    <message>
        <source>Template…</source>
        <translation>定型文…</translation>
    </message>
    <message>
        <source>Insert a reply template at the cursor</source>
        <translation>カーソル位置に定型文を挿入します</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>添付…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>ファイルを添付します</translation>
    </message>
    <message>
        <source>Next Placeholder</source>
        <translation>次の差し込み項目</translation>
    </message>
    <message>
        <source>Select the next placeholder still to fill in</source>
        <translation>まだ入力していない次の差し込み項目を選択します</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close the window; the draft is kept</source>
        <translation>ウィンドウを閉じます（下書きは残ります）</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メール</translation>
    </message>
</context>
<context>
    <name>ContactDetailPanel</name>
    <message>
        <source>No customer selected</source>
        <translation>お客様が選択されていません</translation>
    </message>
    <message>
        <source>Pick a customer in the list to see their details and history.</source>
        <translation>一覧からお客様を選ぶと、詳細と履歴が表示されます。</translation>
    </message>
    <message>
        <source>Reading in katakana, e.g. ヤマダ ハナコ</source>
        <translation>カタカナの読み（例: ヤマダ ハナコ）</translation>
    </message>
    <message>
        <source>Anything worth knowing next time (saved when you leave the field)</source>
        <translation>次回の対応で役立つこと（入力欄を離れると保存されます）</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>別の顧客に統合…</translation>
    </message>
    <message>
        <source>This customer is a duplicate: move everything to another one</source>
        <translation>重複登録のとき: このお客様の記録をすべて別の顧客に移します</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Phone / email</source>
        <translation>電話番号 / メール</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Possibly the same person as {name} ({reasons}).</source>
        <translation>{name} と同じ人物かもしれません（{reasons}）。</translation>
    </message>
    <message numerus="yes">
        <source>%n more look-alike(s).</source>
        <translation>
            <numerusform>ほかにも似ている顧客が %n件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>統合…</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Phone / email</source>
        <translation>電話番号 / メール</translation>
    </message>
    <message>
        <source>Flagged: unreasonable claimant</source>
        <translation>要注意のお客様（不当なクレーム）</translation>
    </message>
</context>
<context>
    <name>ContactSharesModel</name>
    <message>
        <source>Customer</source>
        <translation>お客様</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Other pieces</source>
        <translation>その他の作業</translation>
    </message>
    <message>
        <source>Pieces tied to no customer: shipments, returns, replies to addresses not on file</source>
        <translation>お客様に紐づかない作業：発送、返品、未登録のアドレスへの返信</translation>
    </message>
    <message>
        <source>Not on file: {phone}</source>
        <translation>未登録：{phone}</translation>
    </message>
</context>
<context>
    <name>ContactTimeline</name>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Show the selected mail, call or case where it lives</source>
        <translation>選択したメール・通話・案件を、それぞれの画面で開きます</translation>
    </message>
    <message>
        <source>No mails, calls, cases or orders yet</source>
        <translation>メール・通話・案件・注文はまだありません</translation>
    </message>
    <message>
        <source>Mail from the customer</source>
        <translation>お客様からのメール</translation>
    </message>
    <message>
        <source>Mail to the customer</source>
        <translation>お客様へのメール</translation>
    </message>
    <message>
        <source>Call ({direction})</source>
        <translation>通話（{direction}）</translation>
    </message>
    <message>
        <source>Case · {status}</source>
        <translation>案件 · {status}</translation>
    </message>
    <message>
        <source>Order · {total}</source>
        <translation>注文 · {total}</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Customers</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>New Customer…</source>
        <translation>新規顧客…</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>顧客はまだ登録されていません</translation>
    </message>
    <message>
        <source>A customer is added when you make a case from their mail, or with New Customer. Their mails, calls, cases and orders then come together here.</source>
        <translation>メールから案件を作成するか「新規顧客」で追加すると、顧客が登録されます。そのお客様のメール・通話・案件・注文がここにまとまります。</translation>
    </message>
    <message>
        <source>Name, kana, phone or email</source>
        <translation>名前・フリガナ・電話番号・メール</translation>
    </message>
    <message>
        <source>Find a customer ({shortcut})</source>
        <translation>顧客を検索（{shortcut}）</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} customer(s)</source>
        <translation>
            <numerusform>{total}人中 %n人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n人</numerusform>
        </translation>
    </message>
    <message>
        <source>New Customer</source>
        <translation>新規顧客</translation>
    </message>
    <message>
        <source>Name of the new customer:</source>
        <translation>新しい顧客の名前:</translation>
    </message>
</context>
<context>
    <name>CustomerTallyModel</name>
    <message>
        <source>Customer</source>
        <translation>お客様</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>通話回数</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>通話時間</translation>
    </message>
    <message>
        <source>In/Out</source>
        <translation>着信/発信</translation>
    </message>
    <message>
        <source>Mails</source>
        <translation>返信数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Calls logged in the month</source>
        <translation>この月に記録した通話の数</translation>
    </message>
    <message>
        <source>Incoming / outgoing calls</source>
        <translation>着信 / 発信の件数</translation>
    </message>
    <message>
        <source>Minutes on the phone</source>
        <translation>通話時間（分）</translation>
    </message>
    <message>
        <source>Mails answered (replies sent)</source>
        <translation>返信したメールの数</translation>
    </message>
    <message>
        <source>Pay for the customer&apos;s pieces, each at the rates in force on its day</source>
        <translation>このお客様の対応の報酬額（それぞれ対応した日の単価で計算）</translation>
    </message>
    <message>
        <source>Pieces tied to no customer: shipments, returns, replies to addresses not on file</source>
        <translation>お客様に紐付かない対応: 発送、返品、未登録のアドレスへの返信</translation>
    </message>
    <message>
        <source>Not on file: {phone}</source>
        <translation>未登録: {phone}</translation>
    </message>
    <message>
        <source>Other pieces</source>
        <translation>その他の対応</translation>
    </message>
    <message>
        <source>No number</source>
        <translation>番号なし</translation>
    </message>
</context>
<context>
    <name>DayChart</name>
    <message>
        <source>By day</source>
        <translation>日別</translation>
    </message>
    <message>
        <source>Pay (yen)</source>
        <translation>報酬（円）</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <source>Cancel</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Cancel this sync pass (Esc)</source>
        <translation>今回の同期を中止します（Esc）</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>今すぐ同期</translation>
    </message>
    <message>
        <source>Changes made here that the next sync sends to the shop&apos;s other machines</source>
        <translation>この端末で行った変更のうち、次回の同期でショップのほかの端末に送るもの</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>アカウント未設定</translation>
    </message>
    <message>
        <source>Offline (demo data)</source>
        <translation>オフライン（デモデータ）</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message numerus="yes">
        <source>Offline (%n account(s))</source>
        <translation>
            <numerusform>オフライン（%nアカウント）</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync off</source>
        <translation>同期なし</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>同期済み</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>同期中…</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>同期を中止しました</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>同期に失敗しました</translation>
    </message>
    <message>
        <source>Syncing {folder} {done}/{total}…</source>
        <translation>{folder} を同期中 {done}/{total}…</translation>
    </message>
    <message>
        <source>Sync failed — retrying in {delay}</source>
        <translation>同期に失敗しました（{delay}後に再試行）</translation>
    </message>
    <message>
        <source>Sync stopped — {reason}</source>
        <translation>同期を停止しました（{reason}）</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n分</numerusform>
        </translation>
    </message>
    <message>
        <source>Today {today_pieces} {today_yen} · This month {month_pieces} {month_yen}</source>
        <translation>今日 {today_pieces} {today_yen} ・ 今月 {month_pieces} {month_yen}</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s)</source>
        <translation>
            <numerusform>%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Pieces handled and their pay at your piece rates</source>
        <translation>対応件数と、単価（歩合）で計算した報酬額</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting to go out</source>
        <translation>
            <numerusform>送信待ちのレコード %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue case(s)</source>
        <translation>
            <numerusform>期日超過 %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>No overdue cases</source>
        <translation>期日超過なし</translation>
    </message>
</context>
<context>
    <name>DirectionChoice</name>
    <message>
        <source>Incoming (I)</source>
        <translation>着信（I）</translation>
    </message>
    <message>
        <source>Outgoing (O)</source>
        <translation>発信（O）</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Drafts</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>No drafts. A message you start writing is kept here until it is sent.</source>
        <translation>下書きはありません。書きかけのメールは、送信するまでここに保存されます。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>返信</translation>
    </message>
    <message>
        <source>Reply to all</source>
        <translation>全員に返信</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>転送</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>新規メール</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（件名なし）</translation>
    </message>
    <message>
        <source>(no recipient)</source>
        <translation>（宛先なし）</translation>
    </message>
    <message>
        <source>Delete Draft</source>
        <translation>下書きの削除</translation>
    </message>
    <message>
        <source>Delete this draft? What it says is lost.</source>
        <translation>この下書きを削除しますか？内容は元に戻せません。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>DraftsHint</name>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>下書き %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Messages you started and did not send; they are kept until sent or deleted</source>
        <translation>書きかけで未送信のメール（送信するか削除するまで保存されます）</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作者</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>CSV for Excel, UTF-8 (*.csv)</source>
        <translation>Excel 用 CSV・UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>CSV, Shift_JIS / cp932 (*.csv)</source>
        <translation>CSV・Shift_JIS / cp932 (*.csv)</translation>
    </message>
    <message>
        <source>Save Statement as PDF</source>
        <translation>明細を PDF で保存</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF saved: {path}</source>
        <translation>PDF を保存しました：{path}</translation>
    </message>
    <message>
        <source>Save Statement as CSV</source>
        <translation>明細を CSV で保存</translation>
    </message>
    <message>
        <source>CSV saved ({encoding}): {path}</source>
        <translation>CSV を保存しました（{encoding}）：{path}</translation>
    </message>
    <message>
        <source>Export the Bundle into Folder</source>
        <translation>提出ファイルの書き出し先フォルダー</translation>
    </message>
    <message>
        <source>Bundle written: {path}
SHA-256: {sha256}</source>
        <translation>提出ファイルを書き出しました：{path}
SHA-256：{sha256}</translation>
    </message>
    <message>
        <source>With the PDF beside it: {path}</source>
        <translation>同じフォルダーに PDF：{path}</translation>
    </message>
    <message>
        <source>Send both files to the owner.</source>
        <translation>2 つのファイルを店長に送ってください。</translation>
    </message>
    <message>
        <source>Import a Statement Bundle</source>
        <translation>提出ファイルの取り込み</translation>
    </message>
    <message>
        <source>Statement bundles (*.json)</source>
        <translation>明細の提出ファイル (*.json)</translation>
    </message>
    <message>
        <source>Imported {agent}&apos;s statement for {month} ({status}): {added} piece(s) added, {updated} updated, {same} unchanged.</source>
        <translation>{agent} さんの {month} の明細を取り込みました（{status}）：追加 {added} 件、更新 {updated} 件、変更なし {same} 件。</translation>
    </message>
    <message>
        <source>Note: the agent&apos;s total is {theirs}; with the rates on this computer it is {ours}.</source>
        <translation>注意：担当者側の合計は {theirs}、このパソコンの単価では {ours} です。</translation>
    </message>
</context>
<context>
    <name>HeaderFields</name>
    <message>
        <source>Addresses, separated by commas</source>
        <translation>メールアドレス（複数の場合はカンマ区切り）</translation>
    </message>
    <message>
        <source>Send as ISO-2022-JP (for old mail programs)</source>
        <translation>ISO-2022-JP で送信（古いメールソフト向け）</translation>
    </message>
    <message>
        <source>Some older Japanese mail programs show UTF-8 mail garbled. ISO-2022-JP cannot carry every character (emoji, circled numbers): sending then stops and names them.</source>
        <translation>古い日本語のメールソフトでは、UTF-8 のメールが文字化けすることがあります。ISO-2022-JP では送れない文字（絵文字、丸数字など）があり、その場合は送信を止めて該当する文字を表示します。</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>差出人:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>宛先:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>件名:</translation>
    </message>
</context>
<context>
    <name>Headline</name>
    <message>
        <source>Revenue</source>
        <translation>売上</translation>
    </message>
    <message>
        <source>Quantity × unit price over the lines of orders neither cancelled nor refunded</source>
        <translation>キャンセル・返金されていない注文の明細行について、数量 × 単価を合計したもの</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>注文数</translation>
    </message>
    <message>
        <source>Orders neither cancelled nor refunded</source>
        <translation>キャンセル・返金されていない注文の件数</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>販売数</translation>
    </message>
    <message>
        <source>Items sold in those orders</source>
        <translation>それらの注文で売れた商品の個数</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>客単価</translation>
    </message>
    <message>
        <source>Revenue ÷ orders, rounded down</source>
        <translation>売上 ÷ 注文数（端数切り捨て）</translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation>リピート率</translation>
    </message>
    <message>
        <source>Customers of the period (by email) with two or more orders in it</source>
        <translation>期間中のお客様（メールアドレス別）のうち、期間内に 2 回以上注文した方の割合</translation>
    </message>
</context>
<context>
    <name>ImportFormatDialog</name>
    <message>
        <source>Import Orders</source>
        <translation>注文の取り込み</translation>
    </message>
    <message>
        <source>New column mapping…</source>
        <translation>新しい列の割り当て…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式：</translation>
    </message>
    <message>
        <source>Next…</source>
        <translation>次へ…</translation>
    </message>
    <message>
        <source>Map this file&apos;s columns to the order fields, and save the mapping under a name to use it again for this shop&apos;s next exports.</source>
        <translation>このファイルの列を注文の項目に割り当て、名前を付けて保存します。このショップの次回以降のエクスポートにも同じ割り当てを使えます。</translation>
    </message>
    <message>
        <source>Recognised as: {format}</source>
        <translation>認識した形式：{format}</translation>
    </message>
    <message>
        <source>Not recognised: choose a format, or make a new column mapping.</source>
        <translation>形式を認識できません。形式を選ぶか、新しい列の割り当てを作成してください。</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <source>Import Cancelled</source>
        <translation>取り込みの中止</translation>
    </message>
    <message>
        <source>Orders Imported</source>
        <translation>注文の取り込み完了</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be imported:</source>
        <translation>
            <numerusform>%n行を取り込めませんでした：</numerusform>
        </translation>
    </message>
    <message>
        <source>The first {shown} are listed.</source>
        <translation>最初の {shown} 行を表示しています。</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) imported as {format}: {lines} line item(s), {updated} of the orders were here already and were updated.</source>
        <translation>
            <numerusform>%n件の注文を「{format}」として取り込みました。明細行は {lines} 行で、うち {updated} 件の注文は取り込み済みだったため更新しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled: these orders were stored, the rest of the file was not read.</source>
        <translation>取り込みを中止しました。ここまでの注文は保存しましたが、ファイルの残りは読み込んでいません。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <source>Importing {file}…</source>
        <translation>{file} を取り込み中…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Import Orders</source>
        <translation>注文の取り込み</translation>
    </message>
    <message numerus="yes">
        <source>Importing {file}… %n order(s) so far.</source>
        <translation>
            <numerusform>{file} を取り込み中…（これまでに %n件の注文）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxActions</name>
    <message>
        <source>Read Message</source>
        <translation>メールを開く</translation>
    </message>
    <message>
        <source>Scroll Message Down</source>
        <translation>本文を下へスクロール</translation>
    </message>
    <message>
        <source>Search Mail</source>
        <translation>メールを検索</translation>
    </message>
    <message>
        <source>Create Case</source>
        <translation>案件を作成</translation>
    </message>
    <message>
        <source>Mark as Unread</source>
        <translation>未読にする</translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>既読にする</translation>
    </message>
    <message>
        <source>Remove Flag</source>
        <translation>フラグを外す</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>フラグを付ける</translation>
    </message>
</context>
<context>
    <name>InboxFilterBar</name>
    <message>
        <source>Search this folder ({shortcut})</source>
        <translation>このフォルダーを検索（{shortcut}）</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>すべてのメール</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未読</translation>
    </message>
    <message>
        <source>With attachments</source>
        <translation>添付ファイルあり</translation>
    </message>
    <message>
        <source>Linked to a case</source>
        <translation>案件に紐付け済み</translation>
    </message>
    <message>
        <source>Not linked to a case</source>
        <translation>案件に未紐付け</translation>
    </message>
    <message>
        <source>Show only some of the messages</source>
        <translation>表示するメールを絞り込みます</translation>
    </message>
    <message>
        <source>Group by conversation</source>
        <translation>スレッド表示</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>No mail yet</source>
        <translation>メールはまだありません</translation>
    </message>
    <message>
        <source>Add an account in Settings, and its mail will appear here.</source>
        <translation>設定でアカウントを追加すると、ここにメールが表示されます。</translation>
    </message>
    <message>
        <source>No case could be made: {error}</source>
        <translation>案件を作成できませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>InstantSection</name>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>This value cannot be saved: {detail}</source>
        <translation>この値は保存できません: {detail}</translation>
    </message>
</context>
<context>
    <name>KnownMachinesTable</name>
    <message>
        <source>Agent</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>鍵のフィンガープリント</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最終変更番号</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最終受信</translation>
    </message>
    <message>
        <source>Device {device}</source>
        <translation>端末 {device}</translation>
    </message>
</context>
<context>
    <name>MailBrowser</name>
    <message>
        <source>Open Link</source>
        <translation>リンクを開く</translation>
    </message>
    <message>
        <source>Open this address in another program?</source>
        <translation>このアドレスを別のアプリで開きますか？</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
</context>
<context>
    <name>MailSection</name>
    <message>
        <source>Mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Check for mail every:</source>
        <translation>メールの確認間隔:</translation>
    </message>
    <message>
        <source>New mail in the Inbox usually arrives at once (the server tells desk_app); this is how often every folder is checked as well, and the Inbox on servers that cannot tell.</source>
        <translation>受信箱の新着メールは通常すぐに届きます（サーバーが知らせます）。この間隔ですべてのフォルダーも確認します。新着を知らせられないサーバーでは受信箱もこの間隔で確認します。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>今すぐ同期(&amp;S)</translation>
    </message>
    <message>
        <source>Fetch new mail from every account now</source>
        <translation>すべてのアカウントの新着メールを今すぐ受信します</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>メール(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About desk_app</source>
        <translation>desk_app について(&amp;A)</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>バージョン {version}</translation>
    </message>
    <message>
        <source>The support console of a small online shop: mail, calls, cases, the claim manual and sales in one window, working offline.</source>
        <translation>小さなネットショップのためのサポート窓口アプリ。メール、電話、対応案件、クレーム対応マニュアル、売上をひとつの画面で扱え、オフラインでも使えます。</translation>
    </message>
    <message>
        <source>Built with Qt {qt}</source>
        <translation>Qt {qt} を使用</translation>
    </message>
    <message>
        <source>About desk_app</source>
        <translation>desk_app について</translation>
    </message>
    <message>
        <source>Queued — it will be sent with the next sync</source>
        <translation>送信待ちにしました（次回の同期で送信します）</translation>
    </message>
    <message>
        <source>Call logged</source>
        <translation>通話を記録しました</translation>
    </message>
</context>
<context>
    <name>ManualActions</name>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Back to the section shown before</source>
        <translation>前に表示した項目に戻る</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>進む</translation>
    </message>
    <message>
        <source>Forward again</source>
        <translation>次の項目へ進む</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>文字を小さくする</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Text at its usual size</source>
        <translation>文字を標準の大きさに戻す</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>文字を大きくする</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>Print this section</source>
        <translation>この項目を印刷</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF で保存…</translation>
    </message>
    <message>
        <source>Save this section as a PDF file</source>
        <translation>この項目を PDF ファイルに保存</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Search the whole manual</source>
        <translation>マニュアル全体を検索</translation>
    </message>
</context>
<context>
    <name>ManualPage</name>
    <message>
        <source>Claim-handling manual</source>
        <translation>クレーム対応マニュアル</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>マニュアル</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n 項目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be loaded</source>
        <translation>
            <numerusform>%n 件のファイルを読み込めませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>The manual could not be read: {error}</source>
        <translation>マニュアルを読み込めませんでした: {error}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} に保存しました</translation>
    </message>
    <message>
        <source>The PDF could not be written to {path}.</source>
        <translation>{path} に PDF を書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>ManualSection</name>
    <message>
        <source>Manual</source>
        <translation>マニュアル</translation>
    </message>
    <message>
        <source>None: the bundled manual only</source>
        <translation>なし（付属のマニュアルのみ）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>解除</translation>
    </message>
    <message>
        <source>Use the bundled manual only</source>
        <translation>付属のマニュアルだけを使う</translation>
    </message>
    <message>
        <source>Your own sections:</source>
        <translation>独自の項目:</translation>
    </message>
    <message>
        <source>Markdown files in this folder replace the bundled sections of the same file name or add new ones; a sub-folder ja or en holds sections for one language only. Changes show in the Manual at once, and a file that cannot be read is listed there with the reason.</source>
        <translation>このフォルダーの Markdown ファイルは、同じファイル名の付属項目を置き換えるか、新しい項目として追加されます。サブフォルダー ja または en には、その言語だけの項目を置きます。変更はすぐにマニュアルに反映され、読み込めないファイルは理由とともに一覧に表示されます。</translation>
    </message>
    <message>
        <source>Folder of your manual sections</source>
        <translation>独自のマニュアル項目のフォルダー</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>New Column Mapping</source>
        <translation>新しい列の割り当て</translation>
    </message>
    <message>
        <source>Shift_JIS (cp932)</source>
        <translation>Shift_JIS（cp932）</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>The first rows of the file (encoding: {encoding}):</source>
        <translation>ファイルの先頭の行（文字コード：{encoding}）：</translation>
    </message>
    <message>
        <source>Orders whose status is one of these (separated by commas) are not counted as sales.</source>
        <translation>ステータスがこれらのいずれか（カンマ区切り）の注文は、売上に数えません。</translation>
    </message>
    <message>
        <source>e.g. BASE</source>
        <translation>例：BASE</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>{field} *</source>
        <translation>{field} *</translation>
    </message>
    <message>
        <source>* required. Of the product, the SKU or the name is enough; of the price, the unit price or the line total.</source>
        <translation>* は必須です。商品は SKU か商品名のどちらか、価格は単価か小計のどちらかがあれば足ります。</translation>
    </message>
    <message>
        <source>Cancelled or refunded when the status is:</source>
        <translation>キャンセル・返金とみなすステータス：</translation>
    </message>
    <message>
        <source>Mapping name:</source>
        <translation>割り当ての名前：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>A mapping called {name} exists already. Press Save again to replace it, or choose another name.</source>
        <translation>「{name}」という割り当ては既にあります。置き換えるにはもう一度「保存」を押すか、別の名前にしてください。</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge customer</source>
        <translation>顧客の統合</translation>
    </message>
    <message>
        <source>Merge {name} into the customer chosen below: the one to keep.</source>
        <translation>{name} を、下で選ぶ顧客（残す方）に統合します。</translation>
    </message>
    <message>
        <source>Name, kana, phone or email</source>
        <translation>名前・フリガナ・電話番号・メール</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>統合</translation>
    </message>
    <message>
        <source>— possible duplicate</source>
        <translation>— 重複の可能性あり</translation>
    </message>
    <message>
        <source>Choose the customer to keep.</source>
        <translation>残す顧客を選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>案件 %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>通話 %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work piece(s)</source>
        <translation>
            <numerusform>作業記録 %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>{gone} will be merged into {keep}.</source>
        <translation>{gone} を {keep} に統合します。</translation>
    </message>
    <message numerus="yes">
        <source>{keep} keeps their name and kana and gains %n phone number(s) or address(es) they lack.</source>
        <translation>
            <numerusform>{keep} の名前とフリガナはそのままで、未登録の電話番号・アドレス %n件が追加されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Moving to {keep}: {records}.</source>
        <translation>{keep} に移る記録: {records}。</translation>
    </message>
    <message>
        <source>The notes are joined; the unreasonable-claimant flag stays if either is flagged.</source>
        <translation>メモはまとめて残ります。どちらかが要注意のお客様なら、統合後も要注意のままです。</translation>
    </message>
    <message>
        <source>{gone} then disappears from the customer list. This cannot be undone.</source>
        <translation>その後、{gone} は顧客一覧から消えます。この操作は元に戻せません。</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>MessageBlock</name>
    <message>
        <source>Click to open or close this message</source>
        <translation>クリックでこのメールを開く／閉じる</translation>
    </message>
    <message>
        <source>(unknown sender)</source>
        <translation>（差出人不明）</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>フラグ付き</translation>
    </message>
    <message>
        <source>Show HTML</source>
        <translation>HTML で表示</translation>
    </message>
    <message>
        <source>Show the message as the sender formatted it (remote images stay blocked)</source>
        <translation>差出人が作成したレイアウトで表示します（外部の画像は読み込みません）</translation>
    </message>
    <message>
        <source>From: {sender}</source>
        <translation>差出人: {sender}</translation>
    </message>
    <message>
        <source>To: {names}</source>
        <translation>宛先: {names}</translation>
    </message>
    <message>
        <source>Cc: {names}</source>
        <translation>Cc: {names}</translation>
    </message>
    <message>
        <source>This message is damaged; it is shown as far as it could be read.</source>
        <translation>このメールは壊れています。読み取れた部分だけを表示しています。</translation>
    </message>
    <message>
        <source>Problems found: {codes}</source>
        <translation>検出された問題: {codes}</translation>
    </message>
    <message>
        <source>Remote images blocked</source>
        <translation>外部の画像をブロックしました</translation>
    </message>
    <message numerus="yes">
        <source>This message wanted to load %n image(s) from the internet. They were not loaded, so the sender cannot see that you opened it.</source>
        <translation>
            <numerusform>このメールはインターネットから%n件の画像を読み込もうとしました。画像は読み込んでいないため、メールを開いたことは差出人に伝わりません。</numerusform>
        </translation>
    </message>
    <message>
        <source>The HTML version could not be shown.</source>
        <translation>HTML 版を表示できませんでした。</translation>
    </message>
    <message>
        <source>Show text</source>
        <translation>テキストで表示</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <source>From</source>
        <translation>差出人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>フラグ付き</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（件名なし）</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in this conversation</source>
        <translation>
            <numerusform>このスレッドのメール %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Has attachments</source>
        <translation>添付ファイルあり</translation>
    </message>
    <message>
        <source>Click to flag</source>
        <translation>クリックでフラグを付ける</translation>
    </message>
</context>
<context>
    <name>MonthBar</name>
    <message>
        <source>Previous month ({shortcut})</source>
        <translation>前の月（{shortcut}）</translation>
    </message>
    <message>
        <source>Next month ({shortcut})</source>
        <translation>次の月（{shortcut}）</translation>
    </message>
    <message>
        <source>The month of the statement</source>
        <translation>明細の対象月</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>対象月(&amp;M)：</translation>
    </message>
    <message>
        <source>Whose statement to show</source>
        <translation>表示する担当者</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>担当者(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>NoMatches</name>
    <message>
        <source>Clear filters</source>
        <translation>絞り込みを解除</translation>
    </message>
    <message>
        <source>No messages match</source>
        <translation>該当するメールはありません</translation>
    </message>
    <message>
        <source>Try other words, or show all messages of this folder.</source>
        <translation>別の言葉で検索するか、このフォルダーのメールをすべて表示してください。</translation>
    </message>
    <message>
        <source>This folder is empty</source>
        <translation>このフォルダーは空です</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>試行回数</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>前回のエラー</translation>
    </message>
    <message>
        <source>next try {time}</source>
        <translation>{time} に再試行</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（件名なし）</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Outbox</source>
        <translation>送信トレイ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>試行回数</translation>
    </message>
    <message>
        <source>Nothing waiting to be sent</source>
        <translation>送信待ちのメールはありません</translation>
    </message>
    <message>
        <source>A message you send waits here until the next sync hands it to the mail server.</source>
        <translation>送信したメールは、次回の同期でメールサーバーに渡されるまでここで待機します。</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Take the message back into a draft to change it</source>
        <translation>メールを下書きに戻して編集します</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再送信</translation>
    </message>
    <message>
        <source>Send the message again with the next sync</source>
        <translation>次回の同期でもう一度送信します</translation>
    </message>
    <message>
        <source>Cancel Sending</source>
        <translation>送信を取り消す</translation>
    </message>
    <message>
        <source>Stop the message from going out (Retry sends it after all)</source>
        <translation>メールを送信しないようにします（「再送信」で改めて送信できます）</translation>
    </message>
    <message>
        <source>Show sent messages</source>
        <translation>送信済みも表示</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>送信待ち %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>送信失敗 %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>The outbox could not be read: {error}</source>
        <translation>送信トレイを読み込めませんでした: {error}</translation>
    </message>
    <message>
        <source>This message has changed meanwhile ({detail}).</source>
        <translation>このメールの状態はすでに変わっています（{detail}）。</translation>
    </message>
</context>
<context>
    <name>OwnerPassphraseDialog</name>
    <message>
        <source>Change Owner&apos;s Passphrase</source>
        <translation>店長のパスフレーズを変更</translation>
    </message>
    <message>
        <source>Set Owner&apos;s Passphrase</source>
        <translation>店長のパスフレーズを設定</translation>
    </message>
    <message>
        <source>The passphrase guards the owner&apos;s steps on this computer: approving, sending back and marking statements paid, and changing rates. It keeps the two roles apart; it does not encrypt the data.</source>
        <translation>パスフレーズは、このパソコンでの店長の操作（明細の承認・差し戻し・支払済みの記録、単価の変更）を守ります。担当者と店長の役割を分けるもので、データを暗号化するものではありません。</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>現在のパスフレーズ：</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>新しいパスフレーズ：</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>もう一度：</translation>
    </message>
    <message>
        <source>Leave the new passphrase empty to remove it.</source>
        <translation>新しいパスフレーズを空にすると、パスフレーズを解除します。</translation>
    </message>
    <message>
        <source>Enter the current passphrase.</source>
        <translation>現在のパスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>Enter the new passphrase.</source>
        <translation>新しいパスフレーズを入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>A passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>パスフレーズは %n 文字以上にしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>新しいパスフレーズが 2 回で一致しません。</translation>
    </message>
</context>
<context>
    <name>OwnerSection</name>
    <message>
        <source>Owner</source>
        <translation>店長</translation>
    </message>
    <message>
        <source>Work as the shop owner on this computer</source>
        <translation>このパソコンで店長として作業する</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>パスフレーズ：</translation>
    </message>
    <message>
        <source>Owner mode:</source>
        <translation>店長モード：</translation>
    </message>
    <message>
        <source>For this session only: desk_app forgets it when it closes. The Statements page then shows every agent&apos;s statements, with the owner&apos;s steps: approve, send back, mark paid, import bundles.</source>
        <translation>今回の起動中だけ有効で、desk_app を閉じると元に戻ります。月次明細のページに全担当者の明細と、店長の操作（承認、差し戻し、支払済み、提出ファイルの取り込み）が表示されます。</translation>
    </message>
    <message>
        <source>Set: the owner&apos;s steps ask for it.</source>
        <translation>設定済み：店長の操作で入力を求めます。</translation>
    </message>
    <message>
        <source>Change Passphrase…</source>
        <translation>パスフレーズを変更…</translation>
    </message>
    <message>
        <source>Not set: anyone at this computer can take the owner&apos;s steps.</source>
        <translation>未設定：このパソコンでは誰でも店長の操作ができます。</translation>
    </message>
    <message>
        <source>Set Passphrase…</source>
        <translation>パスフレーズを設定…</translation>
    </message>
    <message>
        <source>Passphrase saved.</source>
        <translation>パスフレーズを保存しました。</translation>
    </message>
    <message>
        <source>Passphrase removed.</source>
        <translation>パスフレーズを解除しました。</translation>
    </message>
    <message>
        <source>Not changed: the current passphrase is not right.</source>
        <translation>変更していません：現在のパスフレーズが違います。</translation>
    </message>
    <message>
        <source>Not changed: {detail}</source>
        <translation>変更していません：{detail}</translation>
    </message>
    <message>
        <source>Not changed: {error}</source>
        <translation>変更していません：{error}</translation>
    </message>
    <message>
        <source>You work as the owner now. No passphrase guards the owner&apos;s steps: set one above.</source>
        <translation>店長として作業中です。店長の操作はパスフレーズで守られていません。上で設定してください。</translation>
    </message>
    <message>
        <source>Working as the owner needs the owner&apos;s passphrase.</source>
        <translation>店長として作業するには、店長のパスフレーズが必要です。</translation>
    </message>
    <message>
        <source>That is not the owner&apos;s passphrase.</source>
        <translation>店長のパスフレーズではありません。</translation>
    </message>
    <message>
        <source>You work as the owner now, until desk_app closes.</source>
        <translation>desk_app を閉じるまで、店長として作業します。</translation>
    </message>
</context>
<context>
    <name>OwnerSteps</name>
    <message>
        <source>That is not the owner&apos;s passphrase.</source>
        <translation>店長のパスフレーズではありません。</translation>
    </message>
</context>
<context>
    <name>PaidDialog</name>
    <message>
        <source>Mark Paid</source>
        <translation>支払済みにする</translation>
    </message>
    <message>
        <source>Paid on:</source>
        <translation>支払日：</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Owner&apos;s Passphrase</source>
        <translation>店長のパスフレーズ</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>Password for {account}</source>
        <translation>{account} のパスワード</translation>
    </message>
    <message>
        <source>desk_app has no password for {user} on {host}. Enter it to sync this account; it is kept only until desk_app closes.</source>
        <translation>{host} のユーザー {user} のパスワードが保存されていません。このアカウントを同期するには、パスワードを入力してください。入力したパスワードは desk_app を終了するまでだけ保持します。</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <source>Periods count back from the day of the last order imported</source>
        <translation>期間は、取り込んだ注文のうち最後の注文の日からさかのぼって数えます</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P)：</translation>
    </message>
    <message>
        <source>The first day of the period</source>
        <translation>期間の初日</translation>
    </message>
    <message>
        <source>The last day of the period (included)</source>
        <translation>期間の最終日（この日を含みます）</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>開始日(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>終了日(&amp;T)：</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>直近 30 日</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>今月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>先月</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>直近 3 か月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>すべての注文</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>期間を指定</translation>
    </message>
</context>
<context>
    <name>PhoneLookupField</name>
    <message>
        <source>Flagged customer</source>
        <translation>要注意のお客様</translation>
    </message>
</context>
<context>
    <name>PieceCommands</name>
    <message numerus="yes">
        <source>Added: %n piece(s) of {kind}.</source>
        <translation>
            <numerusform>追加しました：{kind} %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Void Piece</source>
        <translation>作業の取消</translation>
    </message>
    <message>
        <source>Why does this piece not count? The reason is kept with it, and the piece stays listed as voided.</source>
        <translation>この作業を数えない理由は何ですか。理由は記録され、作業は取消済みとして一覧に残ります。</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>取り消す</translation>
    </message>
    <message>
        <source>The piece was voided.</source>
        <translation>作業を取り消しました。</translation>
    </message>
</context>
<context>
    <name>PiecesModel</name>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>単価</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>お客様</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>記録元</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Voided: {reason}</source>
        <translation>取消：{reason}</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PiecesTab</name>
    <message>
        <source>Search customers and notes</source>
        <translation>お客様とメモを検索</translation>
    </message>
    <message>
        <source>Show voided</source>
        <translation>取消分も表示</translation>
    </message>
    <message>
        <source>Add Pieces…</source>
        <translation>作業を追加…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>取消…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種別</translation>
    </message>
    <message>
        <source>Add shipments, returns or other work done by hand</source>
        <translation>発送・返品など手作業の分を追加します</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) shown, {amount}</source>
        <translation>
            <numerusform>%n 件表示・{amount}</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a piece that counts to void it</source>
        <translation>取り消す作業を選んでください</translation>
    </message>
    <message>
        <source>Take the selected piece off the statement, giving the reason</source>
        <translation>選んだ作業を理由を添えて明細から外します</translation>
    </message>
</context>
<context>
    <name>PreventionReportDialog</name>
    <message>
        <source>Recurrence prevention</source>
        <translation>再発防止</translation>
    </message>
    <message>
        <source>What closed claims taught, by category. Rows marked ⚠ repeat: the same category and product came up several times within 30 days.</source>
        <translation>完了したクレームから分かったことを分類別に表示します。⚠ の付いた行は繰り返し発生しています（30日以内に同じ分類・同じ商品で複数回）。</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>完了日</translation>
    </message>
    <message>
        <source>Prevention note</source>
        <translation>再発防止メモ</translation>
    </message>
    <message>
        <source>Must reach</source>
        <translation>共有先</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Repeats: the same category and product within 30 days</source>
        <translation>繰り返し: 30日以内に同じ分類・同じ商品で発生</translation>
    </message>
    <message>
        <source>No closed claim has a prevention note yet.</source>
        <translation>再発防止メモのある完了済みのクレームはまだありません。</translation>
    </message>
</context>
<context>
    <name>PrintCommands</name>
    <message>
        <source>Print section</source>
        <translation>項目を印刷</translation>
    </message>
    <message>
        <source>Save section as PDF</source>
        <translation>項目を PDF で保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
</context>
<context>
    <name>QuickEntryDialog</name>
    <message>
        <source>Log a call</source>
        <translation>通話の記録</translation>
    </message>
    <message>
        <source>Number, or a name to find the customer</source>
        <translation>電話番号、またはお客様の名前で検索</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>What the call was about (required)</source>
        <translation>通話の用件（必須）</translation>
    </message>
    <message>
        <source>What was agreed or done</source>
        <translation>合意した内容や対応したこと</translation>
    </message>
    <message>
        <source>&amp;Follow-up needed</source>
        <translation>要フォロー(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話番号(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>発着信(&amp;D):</translation>
    </message>
    <message>
        <source>S&amp;tarted:</source>
        <translation>開始日時(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>通話時間(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>分類(&amp;C):</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>内容(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>対応結果(&amp;O):</translation>
    </message>
    <message>
        <source>C&amp;ase:</source>
        <translation>案件(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Recording:</source>
        <translation>録音(&amp;R):</translation>
    </message>
    <message>
        <source>Type the caller&apos;s number.</source>
        <translation>相手の電話番号を入力してください。</translation>
    </message>
    <message>
        <source>Write a short summary.</source>
        <translation>通話の内容を簡単に入力してください。</translation>
    </message>
    <message>
        <source>Choose a category from the list, or leave it empty.</source>
        <translation>分類を一覧から選ぶか、空欄のままにしてください。</translation>
    </message>
    <message>
        <source>No file at the recording&apos;s path.</source>
        <translation>指定した場所に録音ファイルがありません。</translation>
    </message>
    <message>
        <source>The case chosen no longer exists. Choose another case or none.</source>
        <translation>選択した案件はもう存在しません。別の案件を選ぶか、「案件なし」を選んでください。</translation>
    </message>
    <message>
        <source>The call could not be logged: {detail} is not valid.</source>
        <translation>通話を記録できませんでした: {detail} が正しくありません。</translation>
    </message>
    <message>
        <source>The call could not be logged: {error}</source>
        <translation>通話を記録できませんでした: {error}</translation>
    </message>
    <message>
        <source>Discard this call?</source>
        <translation>この通話を破棄しますか？</translation>
    </message>
    <message>
        <source>What you typed about this call has not been logged.</source>
        <translation>この通話について入力した内容は、まだ記録されていません。</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>No number: the call is logged without a customer.</source>
        <translation>電話番号なし: お客様を指定せずに記録します。</translation>
    </message>
    <message>
        <source>New caller</source>
        <translation>新しいお客様</translation>
    </message>
    <message>
        <source>Flagged customer: stay firm and polite; involve the owner if needed.</source>
        <translation>要注意のお客様です。丁寧かつ毅然と対応し、必要に応じて店長に相談してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) match: press Down, then Enter to choose.</source>
        <translation>
            <numerusform>%n人のお客様が該当します。↓キーで移動し、Enter で選択してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RateCardDialog</name>
    <message>
        <source>New Rate Card for {agent}</source>
        <translation>{agent} さんの新しい単価表</translation>
    </message>
    <message>
        <source>Yen per piece</source>
        <translation>1 件あたりの単価</translation>
    </message>
    <message>
        <source>{kind}:</source>
        <translation>{kind}：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Shorter calls are logged and counted, but not paid (0: every call)</source>
        <translation>これより短い通話は記録して数えますが、報酬の対象外です（0：すべての通話が対象）</translation>
    </message>
    <message>
        <source>Shortest paid call:</source>
        <translation>報酬対象の最短通話：</translation>
    </message>
    <message>
        <source>Consumption tax</source>
        <translation>消費税</translation>
    </message>
    <message>
        <source>T and 13 digits, when the agent is registered</source>
        <translation>登録事業者なら T と 13 桁の数字</translation>
    </message>
    <message>
        <source>Prices are:</source>
        <translation>単価は：</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>税率：</translation>
    </message>
    <message>
        <source>Fractions:</source>
        <translation>端数：</translation>
    </message>
    <message>
        <source>Registration No.:</source>
        <translation>登録番号：</translation>
    </message>
    <message>
        <source>The card applies to pieces from its first day; the months before keep their rates. An approved month can no longer be reached.</source>
        <translation>単価表は適用開始日以降の作業に使われ、それより前の月は元の単価のままです。承認済みの月には適用できません。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Applies from:</source>
        <translation>適用開始日：</translation>
    </message>
</context>
<context>
    <name>RatesSection</name>
    <message>
        <source>Rates</source>
        <translation>単価</translation>
    </message>
    <message>
        <source>New Rate Card…</source>
        <translation>新しい単価表…</translation>
    </message>
    <message>
        <source>Applies from</source>
        <translation>適用開始日</translation>
    </message>
    <message>
        <source>Yen per piece</source>
        <translation>単価</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>消費税</translation>
    </message>
    <message>
        <source>Shortest paid call</source>
        <translation>最短の報酬対象通話</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>担当者：</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>{rate}% {mode}, {rounding}</source>
        <translation>{rate}%・{mode}・{rounding}</translation>
    </message>
    <message>
        <source>Changing rates needs the owner&apos;s passphrase.</source>
        <translation>単価の変更には店長のパスフレーズが必要です。</translation>
    </message>
    <message>
        <source>Rate card saved: it applies from {day}.</source>
        <translation>単価表を保存しました：{day} から適用します。</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <source>Expand all</source>
        <translation>すべて展開</translation>
    </message>
    <message>
        <source>Open every message of the conversation</source>
        <translation>このスレッドのメールをすべて開きます</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>案件を作成</translation>
    </message>
    <message>
        <source>Open a case for this conversation ({keys})</source>
        <translation>このスレッドの案件を作成します（{keys}）</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>返信</translation>
    </message>
    <message>
        <source>Reply all</source>
        <translation>全員に返信</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>転送</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier message(s) not shown</source>
        <translation>
            <numerusform>以前のメール %n件は表示していません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>No message selected</source>
        <translation>メールが選択されていません</translation>
    </message>
    <message>
        <source>Select a message to read it here.</source>
        <translation>一覧からメールを選ぶと、ここに本文が表示されます。</translation>
    </message>
    <message>
        <source>This message could not be shown</source>
        <translation>このメールを表示できませんでした</translation>
    </message>
    <message>
        <source>It may have been deleted by a sync. Select it again, or pick another message.</source>
        <translation>同期で削除された可能性があります。もう一度選択するか、別のメールを選んでください。</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（件名なし）</translation>
    </message>
</context>
<context>
    <name>RecordingField</name>
    <message>
        <source>Optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Recording of the call</source>
        <translation>通話の録音</translation>
    </message>
    <message>
        <source>Recordings ({patterns});;All files (*)</source>
        <translation>録音 ({patterns});;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>RecordsNotice</name>
    <message>
        <source>A change set from another machine was refused: {reason}</source>
        <translation>ほかの端末からの変更セットを拒否しました：{reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n change set(s) from other machines were refused. The first: {reason}</source>
        <translation>
            <numerusform>ほかの端末からの変更セット %n件を拒否しました。1件目の理由：{reason}</numerusform>
        </translation>
    </message>
    <message>
        <source>{month} {year} statement of {agent} approved by the owner</source>
        <translation>{year}年{month}の{agent}さんの支払明細が店長に承認されました</translation>
    </message>
    <message>
        <source>{month} {year} statement of {agent} sent back by the owner</source>
        <translation>{year}年{month}の{agent}さんの支払明細が店長から差し戻されました</translation>
    </message>
    <message>
        <source>a message that is not a change set (filed there by hand?)</source>
        <translation>変更セットではないメッセージです（手で入れたメール？）</translation>
    </message>
    <message>
        <source>its contents cannot be read</source>
        <translation>内容を読み取れません</translation>
    </message>
    <message>
        <source>its headers do not match its contents</source>
        <translation>ヘッダーが内容と一致しません</translation>
    </message>
    <message>
        <source>its signature does not match: it was changed on the way</source>
        <translation>署名が一致しません（途中で書き換えられています）</translation>
    </message>
    <message>
        <source>a known machine&apos;s change set signed with another key</source>
        <translation>既知の端末の変更セットが別の鍵で署名されています</translation>
    </message>
    <message>
        <source>a value does not fit its field</source>
        <translation>項目に合わない値があります</translation>
    </message>
    <message>
        <source>an owner&apos;s change (approval, rates…) without the owner&apos;s signature</source>
        <translation>店長の署名のない店長の操作（承認・単価など）です</translation>
    </message>
    <message>
        <source>the owner&apos;s signature does not match</source>
        <translation>店長の署名が一致しません</translation>
    </message>
    <message>
        <source>signed by an owner key this machine does not trust</source>
        <translation>この端末が信頼していない店長の鍵で署名されています</translation>
    </message>
    <message>
        <source>Records do not sync with the shop&apos;s other machines: this machine&apos;s signing key needs a password store (keyring), and none was found. See Settings → Record sync.</source>
        <translation>レコードをショップのほかの端末と同期できません。この端末の署名鍵にはパスワードの保管場所（キーリング）が必要ですが、見つかりませんでした。「設定 → レコード同期」を確認してください。</translation>
    </message>
    <message>
        <source>Records could not sync with the shop&apos;s other machines this time ({code}).</source>
        <translation>今回はレコードをショップのほかの端末と同期できませんでした（{code}）。</translation>
    </message>
</context>
<context>
    <name>RecordsSection</name>
    <message>
        <source>Record sync</source>
        <translation>レコード同期</translation>
    </message>
    <message>
        <source>Make This the Owner&apos;s Machine…</source>
        <translation>この端末を店長の端末にする…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the fingerprint</source>
        <translation>フィンガープリントをコピーします</translation>
    </message>
    <message>
        <source>Trust Owner Key…</source>
        <translation>店長の鍵を信頼…</translation>
    </message>
    <message>
        <source>No other machine has sent changes yet.</source>
        <translation>ほかの端末からの変更はまだ届いていません。</translation>
    </message>
    <message>
        <source>Cases, calls, statements and the other records travel between the shop&apos;s machines as messages in this folder of the account&apos;s mailbox. It is created when missing and never listed with your mail. Every machine of the shop uses the same server and folder.</source>
        <translation>案件・通話・支払明細などのレコードは、このアカウントのメールボックス内のこのフォルダーにメッセージとして置かれ、ショップの端末間でやり取りされます。フォルダーがなければ作成され、メールの一覧には表示されません。ショップのすべての端末で同じサーバーとフォルダーを使います。</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>アカウント：</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>フォルダー：</translation>
    </message>
    <message>
        <source>This machine:</source>
        <translation>この端末：</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>鍵のフィンガープリント：</translation>
    </message>
    <message>
        <source>Owner&apos;s key:</source>
        <translation>店長の鍵：</translation>
    </message>
    <message>
        <source>Other machines:</source>
        <translation>ほかの端末：</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>まだなし</translation>
    </message>
    <message>
        <source>First account ({account})</source>
        <translation>最初のアカウント（{account}）</translation>
    </message>
    <message>
        <source>{account} (not on this machine)</source>
        <translation>{account}（この端末にはありません）</translation>
    </message>
    <message>
        <source>Rates, approvals, send-backs and paid marks made here are signed with the owner&apos;s key (once the owner&apos;s passphrase was given in this session).</source>
        <translation>この端末で行う単価の変更・承認・差し戻し・支払済みの記録には、店長の鍵で署名します（このセッションで店長のパスフレーズを入力した後）。</translation>
    </message>
    <message>
        <source>This machine trusts an owner&apos;s machine, and a shop has only one: the owner&apos;s steps are taken there.</source>
        <translation>この端末は店長の端末を信頼しています。店長の端末はショップに 1 台だけで、店長の操作はそちらで行います。</translation>
    </message>
    <message>
        <source>Make this the owner&apos;s machine only on the computer where the owner reviews and approves the statements.</source>
        <translation>店長の端末にするのは、店長が支払明細を確認・承認するパソコンだけにしてください。</translation>
    </message>
    <message>
        <source>Agents&apos; machines trust this machine with: owner trust {fingerprint}
(or with Trust Owner Key… in these settings on their machine)</source>
        <translation>担当者の端末では、次のコマンドでこの端末を信頼します：owner trust {fingerprint}
（または、その端末の設定で「店長の鍵を信頼…」から）</translation>
    </message>
    <message>
        <source>This machine signs the changes it sends with this key.</source>
        <translation>この端末は、送信する変更にこの鍵で署名します。</translation>
    </message>
    <message>
        <source>none yet — owner-only changes (rates, approvals) are held until you trust the owner&apos;s key</source>
        <translation>まだなし — 店長専用の変更（単価・承認）は、店長の鍵を信頼するまで保留されます</translation>
    </message>
    <message>
        <source>Enter the name of the sync folder.</source>
        <translation>同期フォルダーの名前を入力してください。</translation>
    </message>
    <message>
        <source>Fingerprint copied.</source>
        <translation>フィンガープリントをコピーしました。</translation>
    </message>
    <message>
        <source>The owner&apos;s key is sealed by the owner&apos;s passphrase: enter it.</source>
        <translation>店長の鍵は店長のパスフレーズで保護されています。パスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>This machine gets the owner&apos;s signing key: rates, approvals, send-backs and paid marks made here are signed with it, and the agents&apos; machines that trust it accept them. The key is kept in this system&apos;s keyring, sealed by the owner&apos;s passphrase.</source>
        <translation>この端末が店長の署名鍵を持つようになります。この端末で行う単価の変更・承認・差し戻し・支払済みの記録はこの鍵で署名され、この鍵を信頼する担当者の端末で受け入れられます。鍵はこのシステムのキーリングに、店長のパスフレーズで保護して保管します。</translation>
    </message>
    <message>
        <source>Making the owner&apos;s key…</source>
        <translation>店長の鍵を作成中…</translation>
    </message>
    <message>
        <source>This is the owner&apos;s machine now. Agents&apos; machines trust it with: owner trust {fingerprint}</source>
        <translation>この端末が店長の端末になりました。担当者の端末では、次のコマンドでこの端末を信頼します：owner trust {fingerprint}</translation>
    </message>
    <message numerus="yes">
        <source>Owner&apos;s key trusted. %n change set(s) held for it were applied.</source>
        <translation>
            <numerusform>店長の鍵を信頼しました。保留していた変更セット %n件を適用しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Owner&apos;s key trusted. No change set was waiting for it.</source>
        <translation>店長の鍵を信頼しました。保留中の変更セットはありませんでした。</translation>
    </message>
    <message>
        <source>This machine&apos;s signing key must be kept in a password store (keyring: Secret Service, KWallet, the macOS Keychain or the Windows Credential Manager), and none was found. desk_app never keeps keys in plain text; without one, records do not sync with the shop&apos;s other machines.</source>
        <translation>この端末の署名鍵はパスワードの保管場所（キーリング：Secret Service、KWallet、macOS のキーチェーン、Windows の資格情報マネージャー）に保管する必要がありますが、見つかりませんでした。desk_app は鍵を平文で保存することはありません。キーリングがないと、レコードをショップのほかの端末と同期できません。</translation>
    </message>
</context>
<context>
    <name>SalesExports</name>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 画像 (*.svg)</translation>
    </message>
    <message>
        <source>CSV for Excel, UTF-8 (*.csv)</source>
        <translation>Excel 用 CSV（UTF-8） (*.csv)</translation>
    </message>
    <message>
        <source>Save {section}</source>
        <translation>「{section}」を保存</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>保存しました：{path}</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>{path} を保存できませんでした：{reason}</translation>
    </message>
</context>
<context>
    <name>SalesPage</name>
    <message>
        <source>Sales</source>
        <translation>売上</translation>
    </message>
    <message>
        <source>&amp;Import Orders…</source>
        <translation>注文の取り込み(&amp;I)…</translation>
    </message>
    <message>
        <source>Read a shop&apos;s orders export: Shopify, or any CSV by a column mapping ({shortcut})</source>
        <translation>ショップの注文エクスポートを読み込みます：Shopify、または列の割り当てを使って任意の CSV（{shortcut}）</translation>
    </message>
    <message>
        <source>No sales data yet</source>
        <translation>売上データはまだありません</translation>
    </message>
    <message>
        <source>Import a shop&apos;s orders export with Import Orders… ({shortcut}) to chart what sells, what does not, what is bought together and which products bring claims.</source>
        <translation>「注文の取り込み…」（{shortcut}）でショップの注文エクスポートを取り込むと、売れている商品・売れていない商品・一緒に買われる商品・クレームの多い商品をグラフで確認できます。</translation>
    </message>
    <message>
        <source>Could not read the sales: {reason}</source>
        <translation>売上データを読み込めませんでした：{reason}</translation>
    </message>
    <message>
        <source>Orders from {first} to {last}</source>
        <translation>{first}～{last} の注文</translation>
    </message>
</context>
<context>
    <name>ServerFields</name>
    <message>
        <source>mail.example.jp</source>
        <translation>mail.example.jp</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>暗号化:</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>A new language applies the next time desk_app starts.</source>
        <translation>表示言語の変更は、次に desk_app を起動したときに反映されます。</translation>
    </message>
    <message>
        <source>Your name as the owner sees it on statements</source>
        <translation>支払明細に載る担当者名</translation>
    </message>
    <message>
        <source>The shop you answer for</source>
        <translation>対応するショップの名前</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>表示言語:</translation>
    </message>
    <message>
        <source>Agent name:</source>
        <translation>担当者名:</translation>
    </message>
    <message>
        <source>Shop name:</source>
        <translation>ショップ名:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Enter the agent name: statements are made out to it.</source>
        <translation>担当者名を入力してください。支払明細はこの名前で作成されます。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>This value cannot be saved: {detail}</source>
        <translation>この値は保存できません: {detail}</translation>
    </message>
    <message>
        <source>Saving failed: {error}</source>
        <translation>保存できませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>SidePane</name>
    <message>
        <source>Search the manual</source>
        <translation>マニュアルを検索</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) found</source>
        <translation>
            <numerusform>%n 項目が見つかりました</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation>「{query}」は見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>SideTabs</name>
    <message>
        <source>Pieces</source>
        <translation>作業一覧</translation>
    </message>
    <message>
        <source>By Customer</source>
        <translation>お客様別</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>History ({count})</source>
        <translation>履歴（{count}）</translation>
    </message>
    <message>
        <source>Pay by customer: {total}</source>
        <translation>お客様別の報酬：{total}</translation>
    </message>
</context>
<context>
    <name>StatementActions</name>
    <message>
        <source>Submit</source>
        <translation>提出</translation>
    </message>
    <message>
        <source>Export Bundle…</source>
        <translation>提出ファイルを書き出す…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>承認…</translation>
    </message>
    <message>
        <source>Send Back…</source>
        <translation>差し戻す…</translation>
    </message>
    <message>
        <source>Mark Paid…</source>
        <translation>支払済みにする…</translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation>コメント…</translation>
    </message>
    <message>
        <source>Import Bundle…</source>
        <translation>提出ファイルを取り込む…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF 保存…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>CSV 保存…</translation>
    </message>
    <message>
        <source>The statement is still loading</source>
        <translation>明細を読み込み中です</translation>
    </message>
    <message>
        <source>Add a comment to the statement&apos;s history</source>
        <translation>明細の履歴にコメントを残します</translation>
    </message>
    <message>
        <source>Save the statement as a PDF (A4) to print or send</source>
        <translation>印刷や送付のため、明細を PDF（A4）で保存します</translation>
    </message>
    <message>
        <source>Save the statement as CSV for a spreadsheet</source>
        <translation>表計算ソフト用に明細を CSV で保存します</translation>
    </message>
    <message>
        <source>Write the month as a bundle for the owner: every piece, sealed with a checksum, and the PDF</source>
        <translation>店長に渡す提出ファイルを書き出します：すべての作業（チェックサム付き）と PDF</translation>
    </message>
    <message>
        <source>Open a bundle the agent exported, to review the month</source>
        <translation>担当者が書き出した提出ファイルを開いて、その月を確認します</translation>
    </message>
    <message>
        <source>Hand the month in for the owner&apos;s review</source>
        <translation>この月の明細を店長に提出します</translation>
    </message>
    <message>
        <source>Approve the month: it is locked and can no longer change</source>
        <translation>この月を承認します。承認すると確定し、変更できなくなります</translation>
    </message>
    <message>
        <source>Return the statement to the agent as a draft, saying why</source>
        <translation>理由を添えて、明細を下書きとして担当者に差し戻します</translation>
    </message>
    <message>
        <source>Note the day the month was paid</source>
        <translation>この月を支払った日を記録します</translation>
    </message>
    <message>
        <source>The statement is {status}: this step is for {allowed} statements only.</source>
        <translation>この明細は「{status}」です。この操作は「{allowed}」の明細にだけ行えます。</translation>
    </message>
    <message>
        <source>The month is not over yet: it can be approved from the first day of the next one.</source>
        <translation>この月はまだ終わっていません。翌月 1 日から承認できます。</translation>
    </message>
</context>
<context>
    <name>StatementDocument</name>
    <message>
        <source>{month} {year}</source>
        <translation>{year}年{month}分</translation>
    </message>
    <message>
        <source>Payment statement</source>
        <translation>支払明細書</translation>
    </message>
    <message>
        <source>paid on {day}</source>
        <translation>{day} 支払</translation>
    </message>
    <message>
        <source>approved on {day}</source>
        <translation>{day} 承認</translation>
    </message>
    <message>
        <source>submitted on {day}</source>
        <translation>{day} 提出</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>受領者</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>支払者</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>対象期間</translation>
    </message>
    <message>
        <source>{name}</source>
        <comment>the agent a statement is made out to (Japanese adds 様)</comment>
        <translation>{name} 様</translation>
    </message>
    <message>
        <source>Registration No. {number}</source>
        <translation>登録番号 {number}</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first}～{last}</translation>
    </message>
    <message>
        <source>Amount payable</source>
        <translation>お支払金額</translation>
    </message>
    <message>
        <source>Amount payable (tax included)</source>
        <translation>お支払金額（税込）</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>明細</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>品目</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>単価</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>No pieces this month.</source>
        <translation>この月の歩合はありません。</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>調整</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参照</translation>
    </message>
    <message>
        <source>Consumption tax (tax-exempt)</source>
        <translation>消費税（免税）</translation>
    </message>
    <message>
        <source>The recipient is a tax-exempt business: no consumption tax is charged.</source>
        <translation>受領者は免税事業者のため、消費税はかかりません。</translation>
    </message>
    <message>
        <source>of which consumption tax {rate}% ({mode})</source>
        <translation>うち消費税 {rate}%（{mode}）</translation>
    </message>
    <message>
        <source>Consumption tax {rate}% ({mode})</source>
        <translation>消費税 {rate}%（{mode}）</translation>
    </message>
    <message>
        <source>Consumption tax is computed once on the subtotal; fractions of a yen are {rounding}.</source>
        <translation>消費税は小計に対して一括で計算し、1 円未満を{rounding}ています。</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小計</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
</context>
<context>
    <name>StatementsPage</name>
    <message>
        <source>Monthly Statement</source>
        <translation>月次支払明細</translation>
    </message>
    <message>
        <source>{status} · {total}</source>
        <translation>{status}・{total}</translation>
    </message>
    <message>
        <source>The statement is still loading</source>
        <translation>明細を読み込み中です</translation>
    </message>
    <message>
        <source>{month} is approved and locked: its pieces can no longer be added, changed or voided. A correction goes to the next open month as an adjustment.</source>
        <translation>{month}は承認済みで確定しています。作業の追加・変更・取消はできません。訂正は次の未確定の月に調整として入れます。</translation>
    </message>
    <message>
        <source>Pieces are the agent&apos;s to add and void: switch owner mode off in Settings first.</source>
        <translation>作業の追加と取消は担当者の操作です。先に設定で店長モードをオフにしてください。</translation>
    </message>
</context>
<context>
    <name>StepCommands</name>
    <message>
        <source>Submitted for the owner&apos;s review. Until your computers sync, send the owner the bundle: Export Bundle…</source>
        <translation>店長の確認に提出しました。パソコン同士が同期するまでは、提出ファイルを店長に送ってください：「提出ファイルを書き出す…」</translation>
    </message>
    <message>
        <source>Approve Statement</source>
        <translation>明細の承認</translation>
    </message>
    <message>
        <source>Approve {agent}&apos;s statement for {month}? The month is then locked: its pieces can no longer change, and a later correction goes to the next open month.</source>
        <translation>{agent} さんの {month} の明細を承認しますか。承認するとこの月は確定し、作業は変更できません。後からの訂正は次の未確定の月に入ります。</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Approved: the month is locked.</source>
        <translation>承認しました。この月は確定しました。</translation>
    </message>
    <message>
        <source>Approving a statement needs the owner&apos;s passphrase.</source>
        <translation>明細の承認には店長のパスフレーズが必要です。</translation>
    </message>
    <message>
        <source>Send Back</source>
        <translation>差し戻し</translation>
    </message>
    <message>
        <source>Why does the statement go back to the agent? They will read this in its history.</source>
        <translation>明細を差し戻す理由を書いてください。担当者は履歴でこれを読みます。</translation>
    </message>
    <message>
        <source>Sent back to the agent as a draft.</source>
        <translation>下書きとして担当者に差し戻しました。</translation>
    </message>
    <message>
        <source>Sending a statement back needs the owner&apos;s passphrase.</source>
        <translation>明細の差し戻しには店長のパスフレーズが必要です。</translation>
    </message>
    <message>
        <source>Marked paid on {day}.</source>
        <translation>{day} に支払済みとしました。</translation>
    </message>
    <message>
        <source>Marking a statement paid needs the owner&apos;s passphrase.</source>
        <translation>支払済みの記録には店長のパスフレーズが必要です。</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Your comment on the statement (kept in its history):</source>
        <translation>明細へのコメント（履歴に残ります）：</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>コメントする</translation>
    </message>
    <message>
        <source>Comment added.</source>
        <translation>コメントを残しました。</translation>
    </message>
    <message>
        <source>Commenting as the owner needs the passphrase.</source>
        <translation>店長としてのコメントにはパスフレーズが必要です。</translation>
    </message>
</context>
<context>
    <name>StepToolBar</name>
    <message>
        <source>Save As</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the statement as a PDF or CSV file</source>
        <translation>明細を PDF または CSV ファイルで保存します</translation>
    </message>
</context>
<context>
    <name>TallyTotal</name>
    <message>
        <source>Total: {calls} · {mails} · {pieces} {amount}</source>
        <translation>合計: {calls} ・ {mails} ・ {pieces} {amount}</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>通話 %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s) answered</source>
        <translation>
            <numerusform>返信 %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s)</source>
        <translation>
            <numerusform>対応 %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) on the phone: {incoming} incoming, {outgoing} outgoing</source>
        <translation>
            <numerusform>通話時間 %n分（着信 {incoming}件・発信 {outgoing}件）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateForm</name>
    <message>
        <source>The key is lowercase letters, digits and _ and starts with a letter (e.g. late_reply).</source>
        <translation>キーには英小文字・数字・_ を使い、英字で始めてください（例: late_reply）。</translation>
    </message>
    <message>
        <source>A template with this key exists already in this language.</source>
        <translation>この言語には、同じキーの定型文がすでにあります。</translation>
    </message>
    <message>
        <source>Enter a title on one line.</source>
        <translation>タイトルを1行で入力してください。</translation>
    </message>
    <message>
        <source>The subject must fit on one line.</source>
        <translation>件名は1行で入力してください。</translation>
    </message>
    <message>
        <source>Enter the text of the template.</source>
        <translation>定型文の本文を入力してください。</translation>
    </message>
    <message>
        <source>One of the categories is not known.</source>
        <translation>不明な分類が含まれています。</translation>
    </message>
    <message>
        <source>Choose a language.</source>
        <translation>言語を選んでください。</translation>
    </message>
    <message>
        <source>Placeholders: {list}</source>
        <translation>差し込み項目: {list}</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>キー:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>タイトル:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>件名:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>本文:</translation>
    </message>
    <message>
        <source>Fits:</source>
        <translation>対象の分類:</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>Search templates</source>
        <translation>定型文を検索</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter insert · Esc close</source>
        <translation>↑↓ 選択 ・ Enter 挿入 ・ Esc 閉じる</translation>
    </message>
    <message>
        <source>In bold: templates for this case ({category}).</source>
        <translation>太字は、この案件（{category}）に合う定型文です。</translation>
    </message>
    <message>
        <source>No template matches “{text}”.</source>
        <translation>「{text}」に一致する定型文はありません。</translation>
    </message>
</context>
<context>
    <name>TemplatesPanel</name>
    <message>
        <source>Reply templates</source>
        <translation>定型文（返信テンプレート）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Save Template</source>
        <translation>定型文を保存</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <source>The templates could not be read: {error}</source>
        <translation>定型文を読み込めませんでした: {error}</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>定型文を保存しました。</translation>
    </message>
    <message>
        <source>Saving failed: {error}</source>
        <translation>保存できませんでした: {error}</translation>
    </message>
    <message>
        <source>Template deleted.</source>
        <translation>定型文を削除しました。</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>The template has unsaved changes. Save them?</source>
        <translation>この定型文には保存していない変更があります。保存しますか？</translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation>定型文の削除</translation>
    </message>
    <message>
        <source>Delete the template “{title}”?</source>
        <translation>定型文「{title}」を削除しますか？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>TrustOwnerDialog</name>
    <message>
        <source>Trust the Owner&apos;s Key</source>
        <translation>店長の鍵を信頼</translation>
    </message>
    <message>
        <source>Type the fingerprint exactly as the owner&apos;s machine shows it (Settings → Record sync). Take it from the owner in person or on the phone, not from a mail: a mail could have been changed on the way. Once trusted, rates, approvals and send-backs signed with this key apply here, and this machine no longer takes the owner&apos;s steps itself.</source>
        <translation>店長の端末に表示されているとおりに、フィンガープリントを正確に入力してください（設定 → レコード同期）。フィンガープリントはメールではなく、店長から直接または電話で受け取ってください。メールは途中で書き換えられている可能性があります。信頼すると、この鍵で署名された単価の変更・承認・差し戻しがこの端末に反映され、この端末では店長の操作を行わなくなります。</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>信頼する</translation>
    </message>
    <message>
        <source>Enter the fingerprint the owner&apos;s machine shows.</source>
        <translation>店長の端末に表示されているフィンガープリントを入力してください。</translation>
    </message>
    <message>
        <source>A fingerprint has only the digits 0–9 and the letters a–f.</source>
        <translation>フィンガープリントに使えるのは、数字 0–9 と英字 a–f だけです。</translation>
    </message>
    <message>
        <source>A fingerprint has {digits} digits; this one has {count}.</source>
        <translation>フィンガープリントは {digits} 桁ですが、入力されたものは {count} 桁です。</translation>
    </message>
</context>
<context>
    <name>cases</name>
    <message>
        <source>Mine open</source>
        <translation>自分の未完了</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期日超過</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>本日期日</translation>
    </message>
    <message>
        <source>Claims by category</source>
        <translation>分類別クレーム</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>返答待ち</translation>
    </message>
    <message>
        <source>After-follow due</source>
        <translation>アフターフォロー予定</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
</context>
<context>
    <name>compose_errors</name>
    <message>
        <source>Fill in: {names}</source>
        <translation>未入力の差し込み項目: {names}</translation>
    </message>
    <message>
        <source>ISO-2022-JP cannot carry: {chars}</source>
        <translation>ISO-2022-JP で送れない文字: {chars}</translation>
    </message>
    <message>
        <source>The message could not be queued: {error}</source>
        <translation>メールを送信トレイに入れられませんでした: {error}</translation>
    </message>
    <message>
        <source>Remove them, or send the message as UTF-8.</source>
        <translation>これらの文字を削除するか、UTF-8 で送信してください。</translation>
    </message>
    <message>
        <source>Add at least one recipient under To or Cc.</source>
        <translation>宛先または Cc に、少なくとも1つのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>This is not a valid mail address: {detail}. Correct it and send again.</source>
        <translation>メールアドレスが正しくありません: {detail}。修正してから、もう一度送信してください。</translation>
    </message>
    <message>
        <source>This attachment cannot be read (moved or deleted?): {detail}</source>
        <translation>添付ファイルを読み込めません（移動または削除された可能性があります）: {detail}</translation>
    </message>
    <message>
        <source>The mail account of this message no longer exists: {detail}</source>
        <translation>このメールのアカウントはもう存在しません: {detail}</translation>
    </message>
    <message>
        <source>The disk is full: the message could not be stored.</source>
        <translation>ディスクの空き容量がないため、メールを保存できませんでした。</translation>
    </message>
    <message>
        <source>Add a mail account in Settings before writing a message.</source>
        <translation>メールを作成する前に、設定でメールアカウントを追加してください。</translation>
    </message>
    <message>
        <source>This message is no longer stored: it may have been removed by a sync.</source>
        <translation>このメールはもう保存されていません。同期で削除された可能性があります。</translation>
    </message>
    <message>
        <source>The message could not be opened for writing: {error}</source>
        <translation>メールの作成を開始できませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>connection_errors</name>
    <message>
        <source>Wrong user name or password: the server refused to sign in.</source>
        <translation>ユーザー名またはパスワードが正しくありません。サーバーがサインインを拒否しました。</translation>
    </message>
    <message>
        <source>The secure connection failed: the server&apos;s certificate could not be verified. For a self-hosted server, add its CA file.</source>
        <translation>安全な接続を確立できませんでした。サーバーの証明書を検証できません。自社で運用しているサーバーの場合は、その CA ファイルを追加してください。</translation>
    </message>
    <message>
        <source>The server {host} cannot be reached. Check the host name, the port and your network.</source>
        <translation>{host} に接続できません。ホスト名、ポート番号、ネットワークを確認してください。</translation>
    </message>
    <message>
        <source>The server {host} did not answer in time. Try again later.</source>
        <translation>{host} から時間内に応答がありませんでした。しばらくしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server {host} does not offer IMAP4rev1, which desk_app needs.</source>
        <translation>{host} は、desk_app に必要な IMAP4rev1 に対応していません。</translation>
    </message>
    <message>
        <source>The connection to {host} was lost.</source>
        <translation>{host} との接続が切れました。</translation>
    </message>
    <message>
        <source>desk_app has no password for this account. Enter it to connect.</source>
        <translation>このアカウントのパスワードが保存されていません。接続するには、パスワードを入力してください。</translation>
    </message>
    <message>
        <source>No password store (keyring) was found on this system. desk_app never stores passwords in plain text.</source>
        <translation>このシステムにはパスワードの保管場所（キーリング）が見つかりません。desk_app はパスワードを平文で保存することはありません。</translation>
    </message>
    <message>
        <source>The mail server connection failed ({code}).</source>
        <translation>メールサーバーに接続できませんでした（{code}）。</translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <translation>サインインできません</translation>
    </message>
    <message>
        <source>certificate not trusted</source>
        <translation>証明書を信頼できません</translation>
    </message>
    <message>
        <source>password needed</source>
        <translation>パスワードが必要です</translation>
    </message>
    <message>
        <source>server unreachable</source>
        <translation>サーバーに接続できません</translation>
    </message>
    <message>
        <source>server not answering</source>
        <translation>サーバーが応答しません</translation>
    </message>
    <message>
        <source>server not supported</source>
        <translation>対応していないサーバーです</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>接続が切れました</translation>
    </message>
</context>
<context>
    <name>contacts</name>
    <message>
        <source>Demands far more than is reasonable, though the shop is not at fault</source>
        <translation>当店に非がないのに、妥当な範囲を大きく超える要求をする</translation>
    </message>
    <message>
        <source>Complains to vent stress rather than to solve a problem</source>
        <translation>問題の解決よりも、ストレス発散のために苦情を言う</translation>
    </message>
    <message>
        <source>Is after money or free goods</source>
        <translation>金銭や無償の商品が目的</translation>
    </message>
    <message>
        <source>Unreasonable claimant: stay calm, polite and firm. Do not apologise by reflex (a “sorry” can be taken as admitting fault), offer only what the policy allows, keep everything in writing or recorded, and involve the owner.</source>
        <translation>要注意のお客様です。冷静に、丁寧かつ毅然と対応してください。反射的に謝らないこと（「申し訳ございません」が非を認めたと受け取られることがあります）。規定で認められた対応だけを示し、やり取りはすべて文書か録音で残し、店長に相談してください。</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>電話番号が同じ</translation>
    </message>
    <message>
        <source>same email address</source>
        <translation>メールアドレスが同じ</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>名前が同じ</translation>
    </message>
    <message>
        <source>same kana</source>
        <translation>フリガナが同じ</translation>
    </message>
    <message>
        <source>Not saved: this customer no longer exists (merged or deleted).</source>
        <translation>保存できませんでした: この顧客はもう存在しません（統合または削除済み）。</translation>
    </message>
    <message>
        <source>Not saved: a customer needs a name.</source>
        <translation>保存できませんでした: 名前は必須です。</translation>
    </message>
    <message>
        <source>Not saved: that is not an email address.</source>
        <translation>保存できませんでした: メールアドレスの形式ではありません。</translation>
    </message>
    <message>
        <source>Not saved: that is not a phone number.</source>
        <translation>保存できませんでした: 電話番号の形式ではありません。</translation>
    </message>
    <message>
        <source>A customer cannot be merged into themselves.</source>
        <translation>同じ顧客同士は統合できません。</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>保存できませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Damaged or defective</source>
        <translation>破損・不良</translation>
    </message>
    <message>
        <source>Not as pictured</source>
        <translation>写真と違う</translation>
    </message>
    <message>
        <source>Does not work</source>
        <translation>動作しない</translation>
    </message>
    <message>
        <source>Not arrived</source>
        <translation>未着</translation>
    </message>
    <message>
        <source>Late delivery</source>
        <translation>配送遅延</translation>
    </message>
    <message>
        <source>Damaged in transit</source>
        <translation>配送中の破損</translation>
    </message>
    <message>
        <source>Wrong item or address</source>
        <translation>誤配送・欠品</translation>
    </message>
    <message>
        <source>Wrong amount charged</source>
        <translation>請求額の誤り</translation>
    </message>
    <message>
        <source>Unauthorised charge</source>
        <translation>身に覚えのない請求</translation>
    </message>
    <message>
        <source>Payment method problem</source>
        <translation>支払い方法の不具合</translation>
    </message>
    <message>
        <source>Slow reply</source>
        <translation>返信が遅い</translation>
    </message>
    <message>
        <source>Answer did not help</source>
        <translation>回答が不十分</translation>
    </message>
    <message>
        <source>Staff attitude</source>
        <translation>スタッフの対応</translation>
    </message>
    <message>
        <source>Personal data leak</source>
        <translation>個人情報の漏えい</translation>
    </message>
    <message>
        <source>Card misuse</source>
        <translation>カードの不正利用</translation>
    </message>
    <message>
        <source>Site security</source>
        <translation>サイトの安全性</translation>
    </message>
    <message>
        <source>Product question</source>
        <translation>商品について</translation>
    </message>
    <message>
        <source>Site question</source>
        <translation>サイトについて</translation>
    </message>
    <message>
        <source>Shipping question</source>
        <translation>配送・送料について</translation>
    </message>
    <message>
        <source>Restock question</source>
        <translation>再入荷について</translation>
    </message>
    <message>
        <source>Order change or cancel</source>
        <translation>注文の変更・キャンセル</translation>
    </message>
    <message>
        <source>Return or exchange</source>
        <translation>返品・交換</translation>
    </message>
    <message>
        <source>Receipt or invoice</source>
        <translation>領収書・請求書</translation>
    </message>
    <message>
        <source>Other question</source>
        <translation>その他の問い合わせ</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>商品品質</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>配送</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>決済</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>サポート対応</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>問い合わせ</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>お客様の返答待ち</translation>
    </message>
    <message>
        <source>Waiting for shop</source>
        <translation>ショップの確認待ち</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>着信</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>発信</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>受信箱</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>ごみ箱</translation>
    </message>
    <message>
        <source>Junk</source>
        <translation>迷惑メール</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>アーカイブ</translation>
    </message>
    <message>
        <source>Our shop</source>
        <translation>当店</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>配送業者</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>メーカー</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>お客様</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Product / purchasing</source>
        <translation>商品企画・仕入れ</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>サイト</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>物流</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Contact form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>SNS</source>
        <translation>SNS</translation>
    </message>
</context>
<context>
    <name>manual</name>
    <message>
        <source>The file cannot be opened or read.</source>
        <translation>ファイルを開けないか、読み込めません。</translation>
    </message>
    <message>
        <source>The file is not saved as UTF-8 text.</source>
        <translation>ファイルが UTF-8 のテキストとして保存されていません。</translation>
    </message>
    <message>
        <source>The file must start with a line of three hyphens (---).</source>
        <translation>ファイルは 3 つのハイフン（---）だけの行で始めてください。</translation>
    </message>
    <message>
        <source>The block at the top is not closed with a line of three hyphens (---).</source>
        <translation>先頭のブロックが 3 つのハイフン（---）の行で閉じられていません。</translation>
    </message>
    <message>
        <source>A line at the top is not written “name: value”.</source>
        <translation>先頭のブロックに「名前: 値」の形でない行があります。</translation>
    </message>
    <message>
        <source>A name at the top is not one the manual knows.</source>
        <translation>先頭のブロックにマニュアルが知らない名前があります。</translation>
    </message>
    <message>
        <source>A name at the top is given twice.</source>
        <translation>先頭のブロックに同じ名前が 2 回あります。</translation>
    </message>
    <message>
        <source>The section has no title.</source>
        <translation>項目にタイトルがありません。</translation>
    </message>
    <message>
        <source>A value at the top is not written as it should be.</source>
        <translation>先頭のブロックの値の書き方が正しくありません。</translation>
    </message>
    <message>
        <source>A category is not one of the case categories.</source>
        <translation>案件の分類にない分類が書かれています。</translation>
    </message>
    <message>
        <source>The file name (the section&apos;s id) must use lowercase letters, digits and hyphens.</source>
        <translation>ファイル名（項目の ID）には半角の小文字・数字・ハイフンだけを使ってください。</translation>
    </message>
    <message>
        <source>The manual folder chosen in Settings does not exist.</source>
        <translation>設定で選んだマニュアルのフォルダーがありません。</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>{line} 行目: {problem}</translation>
    </message>
    <message>
        <source>This part of the manual could not be loaded</source>
        <translation>マニュアルのこの部分を読み込めませんでした</translation>
    </message>
    <message>
        <source>Details: {detail}</source>
        <translation>詳細: {detail}</translation>
    </message>
    <message>
        <source>The bundled manual is shown. Choose another folder under Settings → Manual.</source>
        <translation>付属のマニュアルを表示しています。設定 → マニュアルで別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>The rest of the manual works as usual. Correct the file and save it: the manual reloads by itself.</source>
        <translation>マニュアルのほかの部分は通常どおり使えます。ファイルを直して保存すると、自動で読み込み直します。</translation>
    </message>
    <message>
        <source>No such section</source>
        <translation>項目が見つかりません</translation>
    </message>
    <message>
        <source>The manual has no section “{id}”. The link may be mistyped, or its file was removed.</source>
        <translation>マニュアルに項目「{id}」がありません。リンクの書き間違いか、ファイルが削除された可能性があります。</translation>
    </message>
    <message>
        <source>Reception basics</source>
        <translation>受付の基本</translation>
    </message>
    <message>
        <source>After the case</source>
        <translation>対応のあと</translation>
    </message>
    <message>
        <source>Unreasonable claimants</source>
        <translation>要注意のお客様</translation>
    </message>
    <message>
        <source>Channels and the shop</source>
        <translation>窓口とショップ運営</translation>
    </message>
    <message>
        <source>Other topics</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Could not be loaded</source>
        <translation>読み込めなかったファイル</translation>
    </message>
</context>
<context>
    <name>navigation</name>
    <message>
        <source>Inbox</source>
        <translation>受信箱</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>送信トレイ</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>通話記録</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>マニュアル</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>売上</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>支払明細</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>order_import</name>
    <message>
        <source>Import Orders</source>
        <translation>注文の取り込み</translation>
    </message>
    <message>
        <source>Order exports (*.csv *.txt);;All files (*)</source>
        <translation>注文のエクスポート (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The order number is empty.</source>
        <translation>注文番号が空です。</translation>
    </message>
    <message>
        <source>Not a date: {value}</source>
        <translation>日付ではありません：{value}</translation>
    </message>
    <message>
        <source>Not a yen amount: {value}</source>
        <translation>円の金額ではありません：{value}</translation>
    </message>
    <message>
        <source>Not a quantity: {value}</source>
        <translation>数量ではありません：{value}</translation>
    </message>
    <message>
        <source>The line item has neither a product name nor a SKU.</source>
        <translation>明細行に商品名も SKU もありません。</translation>
    </message>
    <message>
        <source>A further line of order {value}, but the order&apos;s first row is not before it.</source>
        <translation>注文 {value} の続きの行ですが、その注文の最初の行がこれより前にありません。</translation>
    </message>
    <message>
        <source>A line of order {value}, whose first row was skipped.</source>
        <translation>注文 {value} の行ですが、その注文の最初の行を取り込めなかったため飛ばしました。</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>注文番号</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>注文日</translation>
    </message>
    <message>
        <source>SKU (product code)</source>
        <translation>SKU（商品コード）</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>商品名</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>単価</translation>
    </message>
    <message>
        <source>Line total (price × quantity)</source>
        <translation>小計（単価 × 数量）</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>顧客名</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>注文合計</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>注文ステータス</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first}または{second}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動判別</translation>
    </message>
    <message>
        <source>Shopify</source>
        <translation>Shopify</translation>
    </message>
    <message>
        <source>{format} needs the columns: {columns}</source>
        <translation>「{format}」に必要な列：{columns}</translation>
    </message>
    <message>
        <source>The format of {subject} is not recognised: it is not a Shopify orders export, and no saved column mapping fits it. Make a new column mapping for it.
{lacks}</source>
        <translation>「{subject}」の形式を認識できません。Shopify の注文エクスポートではなく、保存済みの列の割り当てにも当てはまりません。このファイル用に新しい列の割り当てを作成してください。
{lacks}</translation>
    </message>
    <message>
        <source>{subject} does not have every column this format reads; nothing was imported.
{lacks}</source>
        <translation>「{subject}」には、この形式で読む列がそろっていません。何も取り込んでいません。
{lacks}</translation>
    </message>
    <message>
        <source>There is no column mapping called {subject}.</source>
        <translation>「{subject}」という列の割り当てはありません。</translation>
    </message>
    <message>
        <source>Choose a column for: {fields}</source>
        <translation>次の項目の列を選んでください：{fields}</translation>
    </message>
    <message>
        <source>Give the mapping a name of 1 to 40 characters, other than “auto” and “shopify”.</source>
        <translation>割り当ての名前は、「auto」と「shopify」以外の 1～40 文字にしてください。</translation>
    </message>
    <message>
        <source>The file is not there any more: {detail}</source>
        <translation>ファイルがなくなっています：{detail}</translation>
    </message>
    <message>
        <source>The disk is full: the orders read so far are kept, the rest is not.</source>
        <translation>ディスクがいっぱいです。ここまでに読み込んだ注文は保存しましたが、残りは保存していません。</translation>
    </message>
    <message>
        <source>The file cannot be read: {detail}</source>
        <translation>ファイルを読み込めません：{detail}</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>問題が発生しました：{error}</translation>
    </message>
</context>
<context>
    <name>outbox</name>
    <message>
        <source>Queued</source>
        <translation>送信待ち</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>送信失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>The outgoing mail server cannot be reached</source>
        <translation>送信メールサーバーに接続できません</translation>
    </message>
    <message>
        <source>The outgoing mail server did not answer in time</source>
        <translation>送信メールサーバーから時間内に応答がありません</translation>
    </message>
    <message>
        <source>The secure connection failed: the certificate could not be verified</source>
        <translation>安全な接続を確立できません（証明書を検証できません）</translation>
    </message>
    <message>
        <source>The server refused the user name or password</source>
        <translation>サーバーがユーザー名またはパスワードを拒否しました</translation>
    </message>
    <message>
        <source>The server refused a recipient address</source>
        <translation>サーバーが宛先アドレスを拒否しました</translation>
    </message>
    <message>
        <source>The server rejected the message</source>
        <translation>サーバーがメールの受け付けを拒否しました</translation>
    </message>
    <message>
        <source>The server is busy for now</source>
        <translation>サーバーが混み合っています</translation>
    </message>
</context>
<context>
    <name>record_sync</name>
    <message>
        <source>Owner&apos;s machine</source>
        <translation>店長の端末</translation>
    </message>
    <message>
        <source>Agent&apos;s machine</source>
        <translation>担当者の端末</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>店長</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>担当者</translation>
    </message>
</context>
<context>
    <name>sales</name>
    <message>
        <source>never sold</source>
        <translation>販売実績なし</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新規のお客様</translation>
    </message>
    <message>
        <source>Repeat customers</source>
        <translation>リピーター</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>お客様全体</translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation>リピート率</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品名</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>販売数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>売上</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>注文数</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>客単価</translation>
    </message>
    <message>
        <source>Last sale</source>
        <translation>最終販売日</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>経過日数</translation>
    </message>
    <message>
        <source>Product A</source>
        <translation>商品 A</translation>
    </message>
    <message>
        <source>Product B</source>
        <translation>商品 B</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>信頼度</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>リフト値</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>クレーム数</translation>
    </message>
    <message>
        <source>Claim rate</source>
        <translation>クレーム率</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>分類別</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>Top sellers</source>
        <translation>売れ筋商品</translation>
    </message>
    <message>
        <source>Slow movers</source>
        <translation>売れ行きの鈍い商品</translation>
    </message>
    <message>
        <source>Bought together</source>
        <translation>一緒に買われる商品</translation>
    </message>
    <message>
        <source>Claims per product</source>
        <translation>商品別のクレーム</translation>
    </message>
    <message>
        <source>Revenue and orders by day, week or month</source>
        <translation>日・週・月ごとの売上と注文数</translation>
    </message>
    <message>
        <source>The products that brought in the most</source>
        <translation>売上の多い商品</translation>
    </message>
    <message>
        <source>Products unsold for a while, and those that sold least</source>
        <translation>しばらく売れていない商品と、販売数の少ない商品</translation>
    </message>
    <message>
        <source>Products often in the same order: how often, and how much more than chance (lift)</source>
        <translation>同じ注文によく含まれる商品の組み合わせ：その頻度と、偶然と比べてどれだけ多いか（リフト値）</translation>
    </message>
    <message>
        <source>Cases linked by order number to the orders holding each product, per unit sold</source>
        <translation>注文番号で各商品の注文に紐付いた案件の数（販売数あたり）</translation>
    </message>
    <message>
        <source>Customers (by email) who ordered more than once in the period</source>
        <translation>期間内に 2 回以上注文したお客様（メールアドレス別）</translation>
    </message>
    <message>
        <source>No sales in this period</source>
        <translation>この期間の売上はありません</translation>
    </message>
    <message>
        <source>Revenue (yen)</source>
        <translation>売上（円）</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>土曜日</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>日曜日</translation>
    </message>
    <message>
        <source>Days since the last sale</source>
        <translation>最後に売れてからの日数</translation>
    </message>
    <message>
        <source>Orders with both</source>
        <translation>同時購入件数</translation>
    </message>
    <message>
        <source>lift {lift}</source>
        <translation>リフト値 {lift}</translation>
    </message>
    <message>
        <source>Claims per unit sold</source>
        <translation>販売数あたりのクレーム</translation>
    </message>
    <message>
        <source>claims: {claims}</source>
        <translation>クレーム {claims} 件</translation>
    </message>
    <message>
        <source>repeat rate</source>
        <translation>リピート率</translation>
    </message>
</context>
<context>
    <name>server_fields</name>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>なし（暗号化しない）</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>The database {db} was written by a newer version of desk_app. Update desk_app to open it. The file has not been changed.</source>
        <translation>データベース {db} は新しいバージョンの desk_app で作成されています。開くには desk_app を更新してください。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>The database {db} is damaged and cannot be opened. Restore a copy from the backups folder next to it ({backups}). The file has not been changed.</source>
        <translation>データベース {db} が壊れているため開けません。同じ場所にある backups フォルダー（{backups}）からバックアップを戻してください。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>{db} is not a desk_app database. Choose another file with --db. The file has not been changed.</source>
        <translation>{db} は desk_app のデータベースではありません。--db で別のファイルを指定してください。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>The database {db} cannot be read: check that it is a desk_app database and that you may read it. The file has not been changed.</source>
        <translation>データベース {db} を読み込めません。desk_app のデータベースであること、読み取りの権限があることを確認してください。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>The disk is full, so desk_app cannot write its database {db}. Free some space and start desk_app again.</source>
        <translation>ディスクの空き容量がないため、データベース {db} に書き込めません。空き容量を確保してから、もう一度 desk_app を起動してください。</translation>
    </message>
    <message>
        <source>desk_app cannot open its database {db}: {detail}</source>
        <translation>データベース {db} を開けません: {detail}</translation>
    </message>
    <message>
        <source>desk_app cannot start</source>
        <translation>desk_app を起動できません</translation>
    </message>
    <message>
        <source>The demo data could not be loaded.</source>
        <translation>デモデータを読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>statements</name>
    <message>
        <source>Email reply</source>
        <translation>メール返信</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>電話（着信）</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>電話（発信）</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>発送</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>返品対応</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提出済み</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>支払済み</translation>
    </message>
    <message>
        <source>Tax-exclusive</source>
        <translation>外税</translation>
    </message>
    <message>
        <source>Tax-inclusive</source>
        <translation>内税</translation>
    </message>
    <message>
        <source>Tax-exempt</source>
        <translation>免税</translation>
    </message>
    <message>
        <source>rounded down</source>
        <translation>切り捨て</translation>
    </message>
    <message>
        <source>rounded half up</source>
        <translation>四捨五入し</translation>
    </message>
    <message>
        <source>rounded up</source>
        <translation>切り上げ</translation>
    </message>
    <message>
        <source>Reply sent</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Call logged</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>手入力</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>差し戻し</translation>
    </message>
    <message>
        <source>Marked paid</source>
        <translation>支払済み</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>調整</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>店長</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>対象月</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>登録番号</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明細</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Rate (yen)</source>
        <translation>単価（円）</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Amount (yen)</source>
        <translation>金額（円）</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>調整</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参照</translation>
    </message>
    <message>
        <source>Subtotal (yen)</source>
        <translation>小計（円）</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>消費税の扱い</translation>
    </message>
    <message>
        <source>Tax rate (%)</source>
        <translation>税率（%）</translation>
    </message>
    <message>
        <source>Consumption tax (yen)</source>
        <translation>消費税（円）</translation>
    </message>
    <message>
        <source>Total (yen)</source>
        <translation>合計（円）</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>内訳（全件）</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>お客様</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>The file could not be written or read: {error}</source>
        <translation>ファイルを読み書きできませんでした：{error}</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>うまくいきませんでした：{error}</translation>
    </message>
    <message>
        <source>{detail} is approved and locked: its pieces can no longer change. Correct it with an adjustment in the next open month.</source>
        <translation>{detail} は承認済みで確定しています。作業は変更できません。訂正は次の未確定の月に調整として入れてください。</translation>
    </message>
    <message>
        <source>{detail} is not over yet: a month can be approved from the first day of the next one.</source>
        <translation>{detail} はまだ終わっていません。翌月 1 日から承認できます。</translation>
    </message>
    <message>
        <source>This step does not fit the statement as it stands now ({detail}). It may have changed meanwhile: look again.</source>
        <translation>いまの明細の状態ではこの操作はできません（{detail}）。その間に変わった可能性があります。もう一度確認してください。</translation>
    </message>
    <message>
        <source>This step needs the owner&apos;s passphrase.</source>
        <translation>この操作には店長のパスフレーズが必要です。</translation>
    </message>
    <message>
        <source>That is not the owner&apos;s passphrase.</source>
        <translation>店長のパスフレーズではありません。</translation>
    </message>
    <message>
        <source>The owner takes this step on the owner&apos;s machine: this machine follows it.</source>
        <translation>この操作は店長が店長の端末で行います。この端末にはその結果が反映されます。</translation>
    </message>
    <message>
        <source>This bundle was changed after it was exported (its checksum does not match: {detail}). It was not imported: ask the agent to export it again.</source>
        <translation>この提出ファイルは書き出した後に変更されています（チェックサム不一致：{detail}）。取り込みませんでした。担当者にもう一度書き出してもらってください。</translation>
    </message>
    <message>
        <source>This file is not a statement bundle desk_app can read ({detail}). Nothing was imported.</source>
        <translation>desk_app が読める明細の提出ファイルではありません（{detail}）。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>Shift_JIS (cp932) cannot hold these characters: {detail}. Save the CSV as UTF-8 instead.</source>
        <translation>Shift_JIS（cp932）では次の文字を保存できません：{detail}。CSV は UTF-8 で保存してください。</translation>
    </message>
    <message>
        <source>Not found: {detail}</source>
        <translation>見つかりません：{detail}</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved.</source>
        <translation>ディスクがいっぱいです。保存していません。</translation>
    </message>
    <message>
        <source>This was refused: {detail}</source>
        <translation>受け付けられませんでした：{detail}</translation>
    </message>
</context>
<context>
    <name>sync_status</name>
    <message>
        <source>Fix it in Settings, then choose Sync now (F5).</source>
        <translation>設定で修正してから、「今すぐ同期」（F5）を選んでください。</translation>
    </message>
</context>
</TS>
