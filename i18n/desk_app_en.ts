<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CallListModel</name>
    <message>
        <source>Time</source>
        <translation></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer / phone</source>
        <translation></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation></translation>
    </message>
    <message>
        <source>Category</source>
        <translation></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <source>Call log</source>
        <translation></translation>
    </message>
    <message>
        <source>No calls logged yet</source>
        <translation></translation>
    </message>
    <message>
        <source>Each phone call you log appears here with its customer, length and topic.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Title</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Category</source>
        <translation></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation></translation>
    </message>
    <message>
        <source>Past the deadline promised to the customer</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Cases</source>
        <translation></translation>
    </message>
    <message>
        <source>No cases yet</source>
        <translation></translation>
    </message>
    <message>
        <source>Cases tie a customer&apos;s mails and calls together until the problem is solved.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <source>No account</source>
        <translation></translation>
    </message>
    <message>
        <source>Offline (demo data)</source>
        <translation></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation></translation>
    </message>
    <message>
        <source>Online</source>
        <translation></translation>
    </message>
    <message>
        <source>Sync off</source>
        <translation></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation></translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation></translation>
    </message>
    <message>
        <source>Today {today_pieces} {today_yen} · This month {month_pieces} {month_yen}</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s)</source>
        <translation>
            <numerusform>%n piece</numerusform>
            <numerusform>%n pieces</numerusform>
        </translation>
    </message>
    <message>
        <source>Pieces handled and their pay at your piece rates</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue case(s)</source>
        <translation>
            <numerusform>%n overdue case</numerusform>
            <numerusform>%n overdue cases</numerusform>
        </translation>
    </message>
    <message>
        <source>No overdue cases</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>No mail yet</source>
        <translation></translation>
    </message>
    <message>
        <source>Add an account in Settings, and its mail will appear here.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;About desk_app</source>
        <translation></translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation></translation>
    </message>
    <message>
        <source>The support console of a small online shop: mail, calls, cases, the claim manual and sales in one window, working offline.</source>
        <translation></translation>
    </message>
    <message>
        <source>Built with Qt {qt}</source>
        <translation></translation>
    </message>
    <message>
        <source>About desk_app</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ManualPage</name>
    <message>
        <source>Claim-handling manual</source>
        <translation></translation>
    </message>
    <message>
        <source>No manual yet</source>
        <translation></translation>
    </message>
    <message>
        <source>The claim-handling manual will appear here, so that you can look up how to answer each kind of claim while you reply.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <source>From</source>
        <translation></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation></translation>
    </message>
    <message>
        <source>Date</source>
        <translation></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation></translation>
    </message>
    <message>
        <source>Has attachments</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <source>No message selected</source>
        <translation></translation>
    </message>
    <message>
        <source>Select a message to read it here.</source>
        <translation></translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation></translation>
    </message>
    <message>
        <source>From:</source>
        <translation></translation>
    </message>
    <message>
        <source>To:</source>
        <translation></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SalesPage</name>
    <message>
        <source>Sales</source>
        <translation></translation>
    </message>
    <message>
        <source>No sales data yet</source>
        <translation></translation>
    </message>
    <message>
        <source>Charts of what sells, what does not and what is bought together will appear here once orders are imported.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation></translation>
    </message>
    <message>
        <source>System default</source>
        <translation></translation>
    </message>
    <message>
        <source>A new language applies the next time desk_app starts.</source>
        <translation></translation>
    </message>
    <message>
        <source>Your name as the owner sees it on statements</source>
        <translation></translation>
    </message>
    <message>
        <source>The shop you answer for</source>
        <translation></translation>
    </message>
    <message>
        <source>General</source>
        <translation></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation></translation>
    </message>
    <message>
        <source>Agent name:</source>
        <translation></translation>
    </message>
    <message>
        <source>Shop name:</source>
        <translation></translation>
    </message>
    <message>
        <source>Save</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the agent name: statements are made out to it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation></translation>
    </message>
    <message>
        <source>This value cannot be saved: {detail}</source>
        <translation></translation>
    </message>
    <message>
        <source>Saving failed: {error}</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>StatementsPage</name>
    <message>
        <source>Monthly statements</source>
        <translation></translation>
    </message>
    <message>
        <source>No statements yet</source>
        <translation></translation>
    </message>
    <message>
        <source>Your monthly piece-rate statements will appear here, to submit to the owner for approval.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Damaged or defective</source>
        <translation></translation>
    </message>
    <message>
        <source>Not as pictured</source>
        <translation></translation>
    </message>
    <message>
        <source>Does not work</source>
        <translation></translation>
    </message>
    <message>
        <source>Not arrived</source>
        <translation></translation>
    </message>
    <message>
        <source>Late delivery</source>
        <translation></translation>
    </message>
    <message>
        <source>Damaged in transit</source>
        <translation></translation>
    </message>
    <message>
        <source>Wrong item or address</source>
        <translation></translation>
    </message>
    <message>
        <source>Wrong amount charged</source>
        <translation></translation>
    </message>
    <message>
        <source>Unauthorised charge</source>
        <translation></translation>
    </message>
    <message>
        <source>Payment method problem</source>
        <translation></translation>
    </message>
    <message>
        <source>Slow reply</source>
        <translation></translation>
    </message>
    <message>
        <source>Answer did not help</source>
        <translation></translation>
    </message>
    <message>
        <source>Staff attitude</source>
        <translation></translation>
    </message>
    <message>
        <source>Personal data leak</source>
        <translation></translation>
    </message>
    <message>
        <source>Card misuse</source>
        <translation></translation>
    </message>
    <message>
        <source>Site security</source>
        <translation></translation>
    </message>
    <message>
        <source>Product question</source>
        <translation></translation>
    </message>
    <message>
        <source>Site question</source>
        <translation></translation>
    </message>
    <message>
        <source>Shipping question</source>
        <translation></translation>
    </message>
    <message>
        <source>Restock question</source>
        <translation></translation>
    </message>
    <message>
        <source>Order change or cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>Return or exchange</source>
        <translation></translation>
    </message>
    <message>
        <source>Receipt or invoice</source>
        <translation></translation>
    </message>
    <message>
        <source>Other question</source>
        <translation></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation></translation>
    </message>
    <message>
        <source>Support</source>
        <translation></translation>
    </message>
    <message>
        <source>Security</source>
        <translation></translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation></translation>
    </message>
    <message>
        <source>New</source>
        <translation></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation></translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation></translation>
    </message>
    <message>
        <source>Waiting for shop</source>
        <translation></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation></translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation></translation>
    </message>
    <message>
        <source>Junk</source>
        <translation></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>navigation</name>
    <message>
        <source>Inbox</source>
        <translation></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>The database {db} was written by a newer version of desk_app. Update desk_app to open it. The file has not been changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>The database {db} is damaged and cannot be opened. Restore a copy from the backups folder next to it ({backups}). The file has not been changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>{db} is not a desk_app database. Choose another file with --db. The file has not been changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>The database {db} cannot be read: check that it is a desk_app database and that you may read it. The file has not been changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>The disk is full, so desk_app cannot write its database {db}. Free some space and start desk_app again.</source>
        <translation></translation>
    </message>
    <message>
        <source>desk_app cannot open its database {db}: {detail}</source>
        <translation></translation>
    </message>
    <message>
        <source>desk_app cannot start</source>
        <translation></translation>
    </message>
    <message>
        <source>The demo data could not be loaded.</source>
        <translation></translation>
    </message>
</context>
</TS>
