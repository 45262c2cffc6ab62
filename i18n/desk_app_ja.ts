<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
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
    <name>CallsPage</name>
    <message>
        <source>Call log</source>
        <translation>通話記録</translation>
    </message>
    <message>
        <source>No calls logged yet</source>
        <translation>通話記録はまだありません</translation>
    </message>
    <message>
        <source>Each phone call you log appears here with its customer, length and topic.</source>
        <translation>記録した電話対応が、お客様・通話時間・内容とともにここに表示されます。</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n件</numerusform>
        </translation>
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
</context>
<context>
    <name>DeskStatusBar</name>
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
        <source>Sync failed</source>
        <translation>同期に失敗しました</translation>
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
    <name>InboxPage</name>
    <message>
        <source>No mail yet</source>
        <translation>メールはまだありません</translation>
    </message>
    <message>
        <source>Add an account in Settings, and its mail will appear here.</source>
        <translation>設定でアカウントを追加すると、ここにメールが表示されます。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
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
</context>
<context>
    <name>ManualPage</name>
    <message>
        <source>Claim-handling manual</source>
        <translation>クレーム対応マニュアル</translation>
    </message>
    <message>
        <source>No manual yet</source>
        <translation>マニュアルはまだありません</translation>
    </message>
    <message>
        <source>The claim-handling manual will appear here, so that you can look up how to answer each kind of claim while you reply.</source>
        <translation>ここにクレーム対応マニュアルが表示されます。返信しながら、クレームの種類ごとの対応方法を確認できます。</translation>
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
        <source>(no subject)</source>
        <translation>（件名なし）</translation>
    </message>
    <message>
        <source>Has attachments</source>
        <translation>添付ファイルあり</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <source>No message selected</source>
        <translation>メールが選択されていません</translation>
    </message>
    <message>
        <source>Select a message to read it here.</source>
        <translation>一覧からメールを選ぶと、ここに本文が表示されます。</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>添付:</translation>
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
        <source>Date:</source>
        <translation>日時:</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（件名なし）</translation>
    </message>
</context>
<context>
    <name>SalesPage</name>
    <message>
        <source>Sales</source>
        <translation>売上</translation>
    </message>
    <message>
        <source>No sales data yet</source>
        <translation>売上データはまだありません</translation>
    </message>
    <message>
        <source>Charts of what sells, what does not and what is bought together will appear here once orders are imported.</source>
        <translation>注文データを取り込むと、売れ筋・売れ残り・一緒に買われている商品のグラフがここに表示されます。</translation>
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
    <name>StatementsPage</name>
    <message>
        <source>Monthly statements</source>
        <translation>支払明細</translation>
    </message>
    <message>
        <source>No statements yet</source>
        <translation>支払明細はまだありません</translation>
    </message>
    <message>
        <source>Your monthly piece-rate statements will appear here, to submit to the owner for approval.</source>
        <translation>歩合の月次明細がここに表示され、店長へ承認を依頼できます。</translation>
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
</context>
<context>
    <name>navigation</name>
    <message>
        <source>Inbox</source>
        <translation>受信箱</translation>
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
</TS>
