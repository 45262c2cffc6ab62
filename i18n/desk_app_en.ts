<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Edit account</source>
        <translation></translation>
    </message>
    <message>
        <source>Add account</source>
        <translation></translation>
    </message>
    <message>
        <source>For example: Shop support</source>
        <translation></translation>
    </message>
    <message>
        <source>support@example.jp</source>
        <translation></translation>
    </message>
    <message>
        <source>The sender name customers see</source>
        <translation></translation>
    </message>
    <message>
        <source>Usually the email address</source>
        <translation></translation>
    </message>
    <message>
        <source>Leave empty to keep the saved password</source>
        <translation></translation>
    </message>
    <message>
        <source>No password store (keyring) was found on this system. desk_app never stores passwords in plain text.</source>
        <translation></translation>
    </message>
    <message>
        <source>Ask for the password once per session</source>
        <translation></translation>
    </message>
    <message>
        <source>Only for a server with its own certificate authority</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation></translation>
    </message>
    <message>
        <source>All mail</source>
        <translation></translation>
    </message>
    <message>
        <source> days</source>
        <translation></translation>
    </message>
    <message>
        <source>Older mail is kept as headers only, to save disk space. &apos;All mail&apos; stores every message in full.</source>
        <translation></translation>
    </message>
    <message>
        <source>Account</source>
        <translation></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation></translation>
    </message>
    <message>
        <source>Email address:</source>
        <translation></translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation></translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation></translation>
    </message>
    <message>
        <source>Incoming (IMAP):</source>
        <translation></translation>
    </message>
    <message>
        <source>Outgoing (SMTP):</source>
        <translation></translation>
    </message>
    <message>
        <source>Extra CA file:</source>
        <translation></translation>
    </message>
    <message>
        <source>Store full messages of the last:</source>
        <translation></translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation></translation>
    </message>
    <message>
        <source>The account could not be saved: {detail}</source>
        <translation></translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation></translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation></translation>
    </message>
    <message>
        <source>The test failed: {error}</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the password to test the connection.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the server&apos;s CA certificate</source>
        <translation></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter a name for the account.</source>
        <translation></translation>
    </message>
    <message>
        <source>An account with this name exists already: choose another name.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter an email address such as support@example.jp.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the host name of the incoming (IMAP) server.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the port of the incoming (IMAP) server (1–65535).</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose how the incoming (IMAP) connection is secured.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the host name of the outgoing (SMTP) server.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the port of the outgoing (SMTP) server (1–65535).</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose how the outgoing (SMTP) connection is secured.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the user name for signing in.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation></translation>
    </message>
    <message>
        <source>Without a password store the password can only be kept until desk_app closes: tick “Ask for the password once per session” to go on.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <source>Mail accounts</source>
        <translation></translation>
    </message>
    <message>
        <source>No mail account yet. Add one, and its mail will arrive in the Inbox.</source>
        <translation></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation></translation>
    </message>
    <message>
        <source>User name: {user}</source>
        <translation></translation>
    </message>
    <message>
        <source>Demo data: not synced</source>
        <translation></translation>
    </message>
    <message>
        <source>Last sync failed: {reason}</source>
        <translation></translation>
    </message>
    <message>
        <source>Last synced {time}</source>
        <translation></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>AddPiecesDialog</name>
    <message>
        <source>Add Pieces</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. order numbers, what was sent</source>
        <translation></translation>
    </message>
    <message>
        <source>Replies and calls count themselves; enter here the work done by hand.</source>
        <translation></translation>
    </message>
    <message>
        <source>Add</source>
        <translation></translation>
    </message>
    <message>
        <source>The rate card names no kind to enter by hand: the owner sets the rates (Settings → Rates).</source>
        <translation></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation></translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation></translation>
    </message>
    <message>
        <source>Day:</source>
        <translation></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation></translation>
    </message>
    <message>
        <source> h</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>AfterFollowReminder</name>
    <message>
        <source>(unknown customer)</source>
        <translation></translation>
    </message>
    <message>
        <source>After-follow due: “{title}” ({customer}) is waiting for its follow-up mail.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n more case(s) due</source>
        <translation>
            <numerusform>%n more case due</numerusform>
            <numerusform>%n more cases due</numerusform>
        </translation>
    </message>
    <message>
        <source>Send follow-up mail…</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>AfterFollowRow</name>
    <message>
        <source>After-follow on</source>
        <translation></translation>
    </message>
    <message>
        <source>The case comes back on this day as a reminder to send a follow-up mail</source>
        <translation></translation>
    </message>
    <message>
        <source>Send follow-up mail…</source>
        <translation></translation>
    </message>
    <message>
        <source>Write to the customer with the after-follow template</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <source>Day</source>
        <translation></translation>
    </message>
    <message>
        <source>Week</source>
        <translation></translation>
    </message>
    <message>
        <source>Month</source>
        <translation></translation>
    </message>
    <message>
        <source> days</source>
        <translation></translation>
    </message>
    <message>
        <source>A product unsold for this many days up to the period&apos;s end is a slow mover; the products that sold least follow it</source>
        <translation></translation>
    </message>
    <message>
        <source> orders</source>
        <translation></translation>
    </message>
    <message>
        <source>Only pairs bought together in at least this many orders</source>
        <translation></translation>
    </message>
    <message>
        <source>Show &amp;by:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Unsold for:</source>
        <translation></translation>
    </message>
    <message>
        <source>In at &amp;least:</source>
        <translation></translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the chart as a picture</source>
        <translation></translation>
    </message>
    <message>
        <source>Save SVG…</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the chart as a drawing that scales without blurring</source>
        <translation></translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the table for a spreadsheet (UTF-8)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Save…</source>
        <translation></translation>
    </message>
    <message>
        <source>Save this attachment to a file</source>
        <translation></translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation></translation>
    </message>
    <message>
        <source>the attachment could not be read from the stored message</source>
        <translation></translation>
    </message>
    <message>
        <source>an unexpected error occurred</source>
        <translation></translation>
    </message>
    <message>
        <source>“{name}” was not saved: {reason}</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>AttachmentsBar</name>
    <message>
        <source>Attachments:</source>
        <translation></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation></translation>
    </message>
    <message>
        <source>From the forwarded message: it is sent along</source>
        <translation></translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation></translation>
    </message>
    <message>
        <source>missing</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CallEntryAction</name>
    <message>
        <source>&amp;Log Call…</source>
        <translation></translation>
    </message>
    <message>
        <source>Log a phone call: number, length, topic</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CallFilterBar</name>
    <message>
        <source>The month shown; the arrow keys step through the months</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation></translation>
    </message>
    <message>
        <source>Incoming and outgoing</source>
        <translation></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation></translation>
    </message>
    <message>
        <source>Claims only</source>
        <translation></translation>
    </message>
    <message>
        <source>Questions only</source>
        <translation></translation>
    </message>
    <message>
        <source>Search summaries, names and numbers</source>
        <translation></translation>
    </message>
</context>
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
    <name>CallTimer</name>
    <message>
        <source>Stop</source>
        <translation></translation>
    </message>
    <message>
        <source>Stop the timer and take its minutes ({keys})</source>
        <translation></translation>
    </message>
    <message>
        <source>Start</source>
        <translation></translation>
    </message>
    <message>
        <source>Time the call ({keys})</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <source>Call log</source>
        <translation></translation>
    </message>
    <message>
        <source>Log Call…</source>
        <translation></translation>
    </message>
    <message>
        <source>Log a phone call ({shortcut})</source>
        <translation></translation>
    </message>
    <message>
        <source>By customer, {month}</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} call(s)</source>
        <translation>
            <numerusform>%n of {total} call</numerusform>
            <numerusform>%n of {total} calls</numerusform>
        </translation>
    </message>
    <message>
        <source>No calls logged in this month</source>
        <translation></translation>
    </message>
    <message>
        <source>Each phone call you log appears here with its customer, length and topic. Press {shortcut} to log one, or choose another month above.</source>
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
    <name>CaseBox</name>
    <message>
        <source>No case</source>
        <translation></translation>
    </message>
    <message>
        <source>New case from this call</source>
        <translation></translation>
    </message>
    <message>
        <source>Make a case of this call: its category, summary and customer</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CaseDetailPanel</name>
    <message>
        <source>No case selected</source>
        <translation></translation>
    </message>
    <message>
        <source>Pick a case in the list to see its mails, calls and notes.</source>
        <translation></translation>
    </message>
    <message>
        <source>Flagged customer (unreasonable claims): stay calm and firm, do not promise more than the policy, and involve the owner.</source>
        <translation></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation></translation>
    </message>
    <message>
        <source>A note for the record ({keys} saves)</source>
        <translation></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation></translation>
    </message>
    <message>
        <source>Log call…</source>
        <translation></translation>
    </message>
    <message>
        <source>Log a phone call with this case&apos;s customer on this case</source>
        <translation></translation>
    </message>
    <message>
        <source>Close case…</source>
        <translation></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation></translation>
    </message>
    <message>
        <source>Manual {done}/{total}</source>
        <translation></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation></translation>
    </message>
    <message>
        <source>Closed {when}</source>
        <translation></translation>
    </message>
    <message>
        <source>Not saved: {detail}</source>
        <translation></translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CaseFields</name>
    <message>
        <source>(not set)</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. #1001</source>
        <translation></translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation></translation>
    </message>
    <message>
        <source>The deadline (回答期日) promised to the customer</source>
        <translation></translation>
    </message>
    <message>
        <source>Involve the owner</source>
        <translation></translation>
    </message>
    <message>
        <source>Escalate: the owner should know of this case and may decide</source>
        <translation></translation>
    </message>
    <message>
        <source>Channel</source>
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
        <source>(unknown customer)</source>
        <translation></translation>
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
    <name>CaseManualPanel</name>
    <message>
        <source>The sections of the manual for this case</source>
        <translation></translation>
    </message>
    <message>
        <source>Open in Manual</source>
        <translation></translation>
    </message>
    <message>
        <source>Read this section in the Manual page</source>
        <translation></translation>
    </message>
    <message>
        <source>Click a step to tick it for this case</source>
        <translation></translation>
    </message>
    <message>
        <source>The manual has no section for this case&apos;s category. Choose the category above, or look it up in the Manual page.</source>
        <translation></translation>
    </message>
    <message>
        <source>The tick was not saved: {detail}</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CaseTimeline</name>
    <message>
        <source>Open in Inbox</source>
        <translation></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation></translation>
    </message>
    <message>
        <source>Answer the selected mail</source>
        <translation></translation>
    </message>
    <message>
        <source>Answer the customer&apos;s latest mail</source>
        <translation></translation>
    </message>
    <message>
        <source>This case has no mail to answer yet</source>
        <translation></translation>
    </message>
    <message>
        <source>Mail from {sender}</source>
        <translation></translation>
    </message>
    <message>
        <source>Call ({direction})</source>
        <translation></translation>
    </message>
    <message>
        <source>Note by {author}</source>
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
    <message>
        <source>Recurrence prevention…</source>
        <translation></translation>
    </message>
    <message>
        <source>Prevention notes of closed claims by category, repeats flagged</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation></translation>
    </message>
    <message>
        <source>Any category</source>
        <translation></translation>
    </message>
    <message>
        <source>Title, customer, order number</source>
        <translation></translation>
    </message>
    <message>
        <source>View</source>
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
    <message>
        <source>“{title}”: the customer has no mail address on record, so no follow-up mail can be written. Add their address to the customer, or follow up by phone.</source>
        <translation></translation>
    </message>
    <message>
        <source>The after-follow template (key “after_follow”) is missing in this language: add it under Settings → Reply templates.</source>
        <translation></translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation></translation>
    </message>
    <message>
        <source>Deadline passed, still open: {cases}</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesSection</name>
    <message>
        <source>Cases</source>
        <translation></translation>
    </message>
    <message>
        <source>Open a case for every new mail thread in the Inbox</source>
        <translation></translation>
    </message>
    <message>
        <source>A new mail that joins no open case becomes a case of its own as it arrives</source>
        <translation></translation>
    </message>
    <message>
        <source> times</source>
        <translation></translation>
    </message>
    <message>
        <source>The recurrence-prevention report marks a claim as a repeat when its category and product came up more often than this within 30 days.</source>
        <translation></translation>
    </message>
    <message>
        <source>New mail:</source>
        <translation></translation>
    </message>
    <message>
        <source>Repeat after more than:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CategoryBox</name>
    <message>
        <source>Type to find a category</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ChannelEditor</name>
    <message>
        <source>Add an email address or phone number</source>
        <translation></translation>
    </message>
    <message>
        <source>Add</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ClaimantBox</name>
    <message>
        <source>Unreasonable claimant</source>
        <translation></translation>
    </message>
    <message>
        <source>Tick the signs you have seen; one is enough to flag the customer.</source>
        <translation></translation>
    </message>
    <message>
        <source>How to handle this customer (saved when you leave the field)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close case</source>
        <translation></translation>
    </message>
    <message>
        <source>“{title}” is a claim ({category}). Before closing, record what caused it, where the responsibility lies, what was done for the customer and how it is kept from happening again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Close “{title}”.</source>
        <translation></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. resent the item, refunded the shipping fee</source>
        <translation></translation>
    </message>
    <message>
        <source>After-follow on</source>
        <translation></translation>
    </message>
    <message>
        <source>The case comes back on this day as a reminder to send a follow-up mail</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n step(s) of “{title}” not ticked:</source>
        <translation>
            <numerusform>⚠ %n step of “{title}” not ticked:</numerusform>
            <numerusform>⚠ %n steps of “{title}” not ticked:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>You can still close the case.</source>
        <translation></translation>
    </message>
    <message>
        <source>Still needed before closing: {fields}</source>
        <translation></translation>
    </message>
    <message>
        <source>, </source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the case&apos;s category before closing it.</source>
        <translation></translation>
    </message>
    <message>
        <source>The case could not be closed: {error}</source>
        <translation></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation></translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation></translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation></translation>
    </message>
    <message>
        <source>Prevention note</source>
        <translation></translation>
    </message>
    <message>
        <source>Must reach</source>
        <translation></translation>
    </message>
    <message>
        <source>Category</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ComposeActions</name>
    <message>
        <source>&amp;New Message</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Drafts…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation></translation>
    </message>
    <message>
        <source>Reply to &amp;All</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation></translation>
    </message>
    <message>
        <source>Reply to the sender of the open message</source>
        <translation></translation>
    </message>
    <message>
        <source>Reply to the sender and everyone else the message went to</source>
        <translation></translation>
    </message>
    <message>
        <source>Forward the open message with its attachments</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ComposeWindow</name>
    <message>
        <source>Drafts are saved automatically.</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing Attached</source>
        <translation></translation>
    </message>
    <message>
        <source>The text mentions an attachment, but nothing is attached. Send anyway?</source>
        <translation></translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation></translation>
    </message>
    <message>
        <source>Putting the message in the outbox…</source>
        <translation></translation>
    </message>
    <message>
        <source>Send as UTF-8 Instead</source>
        <translation></translation>
    </message>
    <message>
        <source>Draft saved at {time}.</source>
        <translation></translation>
    </message>
    <message>
        <source>The draft could not be saved: {error}</source>
        <translation></translation>
    </message>
    <message>
        <source>Next placeholder (F3)</source>
        <translation></translation>
    </message>
    <message>
        <source>Fill in every placeholder first</source>
        <translation></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation></translation>
    </message>
    <message>
        <source>Reply to All</source>
        <translation></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation></translation>
    </message>
    <message>
        <source>New Message</source>
        <translation></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation></translation>
    </message>
    <message>
        <source>Discard Draft</source>
        <translation></translation>
    </message>
    <message>
        <source>Discard this draft? What you wrote is deleted.</source>
        <translation></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation></translation>
    </message>
    <message>
        <source>The template could not be inserted: {error}</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ComposeWindowActions</name>
    <message>
        <source>Send</source>
        <translation></translation>
    </message>
    <message>
        <source>Put the message in the outbox; it goes out with the next sync</source>
        <translation></translation>
    </message>
    <message>
        <source>Save Draft</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the draft now</source>
        <translation></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete this draft</source>
        <translation></translation>
    </message>
    <message>
        <source>Template…</source>
        <translation></translation>
    </message>
    <message>
        <source>Insert a reply template at the cursor</source>
        <translation></translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation></translation>
    </message>
    <message>
        <source>Next Placeholder</source>
        <translation></translation>
    </message>
    <message>
        <source>Select the next placeholder still to fill in</source>
        <translation></translation>
    </message>
    <message>
        <source>Close</source>
        <translation></translation>
    </message>
    <message>
        <source>Close the window; the draft is kept</source>
        <translation></translation>
    </message>
    <message>
        <source>Message</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ContactDetailPanel</name>
    <message>
        <source>No customer selected</source>
        <translation></translation>
    </message>
    <message>
        <source>Pick a customer in the list to see their details and history.</source>
        <translation></translation>
    </message>
    <message>
        <source>Reading in katakana, e.g. ヤマダ ハナコ</source>
        <translation></translation>
    </message>
    <message>
        <source>Anything worth knowing next time (saved when you leave the field)</source>
        <translation></translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation></translation>
    </message>
    <message>
        <source>This customer is a duplicate: move everything to another one</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Kana</source>
        <translation></translation>
    </message>
    <message>
        <source>Phone / email</source>
        <translation></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation></translation>
    </message>
    <message>
        <source>History</source>
        <translation></translation>
    </message>
    <message>
        <source>Possibly the same person as {name} ({reasons}).</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n more look-alike(s).</source>
        <translation>
            <numerusform>%n more look-alike.</numerusform>
            <numerusform>%n more look-alikes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Kana</source>
        <translation></translation>
    </message>
    <message>
        <source>Phone / email</source>
        <translation></translation>
    </message>
    <message>
        <source>Flagged: unreasonable claimant</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ContactSharesModel</name>
    <message>
        <source>Customer</source>
        <translation></translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation></translation>
    </message>
    <message>
        <source>Other pieces</source>
        <translation></translation>
    </message>
    <message>
        <source>Pieces tied to no customer: shipments, returns, replies to addresses not on file</source>
        <translation></translation>
    </message>
    <message>
        <source>Not on file: {phone}</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ContactTimeline</name>
    <message>
        <source>Open</source>
        <translation></translation>
    </message>
    <message>
        <source>Show the selected mail, call or case where it lives</source>
        <translation></translation>
    </message>
    <message>
        <source>No mails, calls, cases or orders yet</source>
        <translation></translation>
    </message>
    <message>
        <source>Mail from the customer</source>
        <translation></translation>
    </message>
    <message>
        <source>Mail to the customer</source>
        <translation></translation>
    </message>
    <message>
        <source>Call ({direction})</source>
        <translation></translation>
    </message>
    <message>
        <source>Case · {status}</source>
        <translation></translation>
    </message>
    <message>
        <source>Order · {total}</source>
        <translation></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Customers</source>
        <translation></translation>
    </message>
    <message>
        <source>New Customer…</source>
        <translation></translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation></translation>
    </message>
    <message>
        <source>A customer is added when you make a case from their mail, or with New Customer. Their mails, calls, cases and orders then come together here.</source>
        <translation></translation>
    </message>
    <message>
        <source>Name, kana, phone or email</source>
        <translation></translation>
    </message>
    <message>
        <source>Find a customer ({shortcut})</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} customer(s)</source>
        <translation>
            <numerusform>%n of {total} customers</numerusform>
            <numerusform>%n of {total} customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>New Customer</source>
        <translation></translation>
    </message>
    <message>
        <source>Name of the new customer:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CustomerTallyModel</name>
    <message>
        <source>Customer</source>
        <translation></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation></translation>
    </message>
    <message>
        <source>In/Out</source>
        <translation></translation>
    </message>
    <message>
        <source>Mails</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation></translation>
    </message>
    <message>
        <source>Calls logged in the month</source>
        <translation></translation>
    </message>
    <message>
        <source>Incoming / outgoing calls</source>
        <translation></translation>
    </message>
    <message>
        <source>Minutes on the phone</source>
        <translation></translation>
    </message>
    <message>
        <source>Mails answered (replies sent)</source>
        <translation></translation>
    </message>
    <message>
        <source>Pay for the customer&apos;s pieces, each at the rates in force on its day</source>
        <translation></translation>
    </message>
    <message>
        <source>Pieces tied to no customer: shipments, returns, replies to addresses not on file</source>
        <translation></translation>
    </message>
    <message>
        <source>Not on file: {phone}</source>
        <translation></translation>
    </message>
    <message>
        <source>Other pieces</source>
        <translation></translation>
    </message>
    <message>
        <source>No number</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DayChart</name>
    <message>
        <source>By day</source>
        <translation></translation>
    </message>
    <message>
        <source>Pay (yen)</source>
        <translation></translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel this sync pass (Esc)</source>
        <translation></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation></translation>
    </message>
    <message>
        <source>Changes made here that the next sync sends to the shop&apos;s other machines</source>
        <translation></translation>
    </message>
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
    <message numerus="yes">
        <source>Offline (%n account(s))</source>
        <translation>
            <numerusform>Offline (%n account)</numerusform>
            <numerusform>Offline (%n accounts)</numerusform>
        </translation>
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
        <source>Sync cancelled</source>
        <translation></translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation></translation>
    </message>
    <message>
        <source>Syncing {folder} {done}/{total}…</source>
        <translation></translation>
    </message>
    <message>
        <source>Sync failed — retrying in {delay}</source>
        <translation></translation>
    </message>
    <message>
        <source>Sync stopped — {reason}</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
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
        <source>%n record(s) waiting to go out</source>
        <translation>
            <numerusform>%n record waiting to go out</numerusform>
            <numerusform>%n records waiting to go out</numerusform>
        </translation>
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
    <name>DirectionChoice</name>
    <message>
        <source>Incoming (I)</source>
        <translation></translation>
    </message>
    <message>
        <source>Outgoing (O)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Drafts</source>
        <translation></translation>
    </message>
    <message>
        <source>No drafts. A message you start writing is kept here until it is sent.</source>
        <translation></translation>
    </message>
    <message>
        <source>Open</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation></translation>
    </message>
    <message>
        <source>Reply to all</source>
        <translation></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation></translation>
    </message>
    <message>
        <source>New message</source>
        <translation></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation></translation>
    </message>
    <message>
        <source>(no recipient)</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete Draft</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete this draft? What it says is lost.</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DraftsHint</name>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n draft</numerusform>
            <numerusform>%n drafts</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation></translation>
    </message>
    <message>
        <source>Messages you started and did not send; they are kept until sent or deleted</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>Time</source>
        <translation></translation>
    </message>
    <message>
        <source>Step</source>
        <translation></translation>
    </message>
    <message>
        <source>By</source>
        <translation></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation></translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>CSV for Excel, UTF-8 (*.csv)</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV, Shift_JIS / cp932 (*.csv)</source>
        <translation></translation>
    </message>
    <message>
        <source>Save Statement as PDF</source>
        <translation></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation></translation>
    </message>
    <message>
        <source>PDF saved: {path}</source>
        <translation></translation>
    </message>
    <message>
        <source>Save Statement as CSV</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV saved ({encoding}): {path}</source>
        <translation></translation>
    </message>
    <message>
        <source>Export the Bundle into Folder</source>
        <translation></translation>
    </message>
    <message>
        <source>Bundle written: {path}
SHA-256: {sha256}</source>
        <translation></translation>
    </message>
    <message>
        <source>With the PDF beside it: {path}</source>
        <translation></translation>
    </message>
    <message>
        <source>Send both files to the owner.</source>
        <translation></translation>
    </message>
    <message>
        <source>Import a Statement Bundle</source>
        <translation></translation>
    </message>
    <message>
        <source>Statement bundles (*.json)</source>
        <translation></translation>
    </message>
    <message>
        <source>Imported {agent}&apos;s statement for {month} ({status}): {added} piece(s) added, {updated} updated, {same} unchanged.</source>
        <translation></translation>
    </message>
    <message>
        <source>Note: the agent&apos;s total is {theirs}; with the rates on this computer it is {ours}.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>HeaderFields</name>
    <message>
        <source>Addresses, separated by commas</source>
        <translation></translation>
    </message>
    <message>
        <source>Send as ISO-2022-JP (for old mail programs)</source>
        <translation></translation>
    </message>
    <message>
        <source>Some older Japanese mail programs show UTF-8 mail garbled. ISO-2022-JP cannot carry every character (emoji, circled numbers): sending then stops and names them.</source>
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
        <source>Cc:</source>
        <translation></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Headline</name>
    <message>
        <source>Revenue</source>
        <translation></translation>
    </message>
    <message>
        <source>Quantity × unit price over the lines of orders neither cancelled nor refunded</source>
        <translation></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation></translation>
    </message>
    <message>
        <source>Orders neither cancelled nor refunded</source>
        <translation></translation>
    </message>
    <message>
        <source>Units</source>
        <translation></translation>
    </message>
    <message>
        <source>Items sold in those orders</source>
        <translation></translation>
    </message>
    <message>
        <source>Average order</source>
        <translation></translation>
    </message>
    <message>
        <source>Revenue ÷ orders, rounded down</source>
        <translation></translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation></translation>
    </message>
    <message>
        <source>Customers of the period (by email) with two or more orders in it</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ImportFormatDialog</name>
    <message>
        <source>Import Orders</source>
        <translation></translation>
    </message>
    <message>
        <source>New column mapping…</source>
        <translation></translation>
    </message>
    <message>
        <source>Import</source>
        <translation></translation>
    </message>
    <message>
        <source>File:</source>
        <translation></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation></translation>
    </message>
    <message>
        <source>Next…</source>
        <translation></translation>
    </message>
    <message>
        <source>Map this file&apos;s columns to the order fields, and save the mapping under a name to use it again for this shop&apos;s next exports.</source>
        <translation></translation>
    </message>
    <message>
        <source>Recognised as: {format}</source>
        <translation></translation>
    </message>
    <message>
        <source>Not recognised: choose a format, or make a new column mapping.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <source>Import Cancelled</source>
        <translation></translation>
    </message>
    <message>
        <source>Orders Imported</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be imported:</source>
        <translation>
            <numerusform>%n row could not be imported:</numerusform>
            <numerusform>%n rows could not be imported:</numerusform>
        </translation>
    </message>
    <message>
        <source>The first {shown} are listed.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) imported as {format}: {lines} line item(s), {updated} of the orders were here already and were updated.</source>
        <translation>
            <numerusform>%n order imported as {format}: {lines} line item(s), {updated} of the orders were here already and were updated.</numerusform>
            <numerusform>%n orders imported as {format}: {lines} line item(s), {updated} of the orders were here already and were updated.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled: these orders were stored, the rest of the file was not read.</source>
        <translation></translation>
    </message>
    <message>
        <source>Line</source>
        <translation></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <source>Importing {file}…</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>Import Orders</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Importing {file}… %n order(s) so far.</source>
        <translation>
            <numerusform>Importing {file}… %n order so far.</numerusform>
            <numerusform>Importing {file}… %n orders so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxActions</name>
    <message>
        <source>Read Message</source>
        <translation></translation>
    </message>
    <message>
        <source>Scroll Message Down</source>
        <translation></translation>
    </message>
    <message>
        <source>Search Mail</source>
        <translation></translation>
    </message>
    <message>
        <source>Create Case</source>
        <translation></translation>
    </message>
    <message>
        <source>Mark as Unread</source>
        <translation></translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove Flag</source>
        <translation></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>InboxFilterBar</name>
    <message>
        <source>Search this folder ({shortcut})</source>
        <translation></translation>
    </message>
    <message>
        <source>All messages</source>
        <translation></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation></translation>
    </message>
    <message>
        <source>With attachments</source>
        <translation></translation>
    </message>
    <message>
        <source>Linked to a case</source>
        <translation></translation>
    </message>
    <message>
        <source>Not linked to a case</source>
        <translation></translation>
    </message>
    <message>
        <source>Show only some of the messages</source>
        <translation></translation>
    </message>
    <message>
        <source>Group by conversation</source>
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
    <message>
        <source>No case could be made: {error}</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>InstantSection</name>
    <message>
        <source>Saved.</source>
        <translation></translation>
    </message>
    <message>
        <source>This value cannot be saved: {detail}</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>KnownMachinesTable</name>
    <message>
        <source>Agent</source>
        <translation></translation>
    </message>
    <message>
        <source>Role</source>
        <translation></translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation></translation>
    </message>
    <message>
        <source>Device {device}</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MailBrowser</name>
    <message>
        <source>Open Link</source>
        <translation></translation>
    </message>
    <message>
        <source>Open this address in another program?</source>
        <translation></translation>
    </message>
    <message>
        <source>Open</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MailSection</name>
    <message>
        <source>Mail</source>
        <translation></translation>
    </message>
    <message>
        <source> min</source>
        <translation></translation>
    </message>
    <message>
        <source>Check for mail every:</source>
        <translation></translation>
    </message>
    <message>
        <source>New mail in the Inbox usually arrives at once (the server tells desk_app); this is how often every folder is checked as well, and the Inbox on servers that cannot tell.</source>
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
        <source>&amp;Sync now</source>
        <translation></translation>
    </message>
    <message>
        <source>Fetch new mail from every account now</source>
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
        <source>&amp;Message</source>
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
    <message>
        <source>Queued — it will be sent with the next sync</source>
        <translation></translation>
    </message>
    <message>
        <source>Call logged</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ManualActions</name>
    <message>
        <source>Back</source>
        <translation></translation>
    </message>
    <message>
        <source>Back to the section shown before</source>
        <translation></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation></translation>
    </message>
    <message>
        <source>Forward again</source>
        <translation></translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation></translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation></translation>
    </message>
    <message>
        <source>100%</source>
        <translation></translation>
    </message>
    <message>
        <source>Text at its usual size</source>
        <translation></translation>
    </message>
    <message>
        <source>Larger</source>
        <translation></translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation></translation>
    </message>
    <message>
        <source>Print this section</source>
        <translation></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation></translation>
    </message>
    <message>
        <source>Save this section as a PDF file</source>
        <translation></translation>
    </message>
    <message>
        <source>Find</source>
        <translation></translation>
    </message>
    <message>
        <source>Search the whole manual</source>
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
        <source>Manual</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n section</numerusform>
            <numerusform>%n sections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be loaded</source>
        <translation>
            <numerusform>%n file could not be loaded</numerusform>
            <numerusform>%n files could not be loaded</numerusform>
        </translation>
    </message>
    <message>
        <source>The manual could not be read: {error}</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation></translation>
    </message>
    <message>
        <source>The PDF could not be written to {path}.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ManualSection</name>
    <message>
        <source>Manual</source>
        <translation></translation>
    </message>
    <message>
        <source>None: the bundled manual only</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation></translation>
    </message>
    <message>
        <source>Use the bundled manual only</source>
        <translation></translation>
    </message>
    <message>
        <source>Your own sections:</source>
        <translation></translation>
    </message>
    <message>
        <source>Markdown files in this folder replace the bundled sections of the same file name or add new ones; a sub-folder ja or en holds sections for one language only. Changes show in the Manual at once, and a file that cannot be read is listed there with the reason.</source>
        <translation></translation>
    </message>
    <message>
        <source>Folder of your manual sections</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>New Column Mapping</source>
        <translation></translation>
    </message>
    <message>
        <source>Shift_JIS (cp932)</source>
        <translation></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation></translation>
    </message>
    <message>
        <source>The first rows of the file (encoding: {encoding}):</source>
        <translation></translation>
    </message>
    <message>
        <source>Orders whose status is one of these (separated by commas) are not counted as sales.</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. BASE</source>
        <translation></translation>
    </message>
    <message>
        <source>Save</source>
        <translation></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation></translation>
    </message>
    <message>
        <source>{field} *</source>
        <translation></translation>
    </message>
    <message>
        <source>* required. Of the product, the SKU or the name is enough; of the price, the unit price or the line total.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelled or refunded when the status is:</source>
        <translation></translation>
    </message>
    <message>
        <source>Mapping name:</source>
        <translation></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation></translation>
    </message>
    <message>
        <source>A mapping called {name} exists already. Press Save again to replace it, or choose another name.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge customer</source>
        <translation></translation>
    </message>
    <message>
        <source>Merge {name} into the customer chosen below: the one to keep.</source>
        <translation></translation>
    </message>
    <message>
        <source>Name, kana, phone or email</source>
        <translation></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation></translation>
    </message>
    <message>
        <source>— possible duplicate</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the customer to keep.</source>
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
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work piece(s)</source>
        <translation>
            <numerusform>%n work piece</numerusform>
            <numerusform>%n work pieces</numerusform>
        </translation>
    </message>
    <message>
        <source>{gone} will be merged into {keep}.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>{keep} keeps their name and kana and gains %n phone number(s) or address(es) they lack.</source>
        <translation>
            <numerusform>{keep} keeps their name and kana and gains %n phone number or address they lack.</numerusform>
            <numerusform>{keep} keeps their name and kana and gains %n phone numbers or addresses they lack.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moving to {keep}: {records}.</source>
        <translation></translation>
    </message>
    <message>
        <source>The notes are joined; the unreasonable-claimant flag stays if either is flagged.</source>
        <translation></translation>
    </message>
    <message>
        <source>{gone} then disappears from the customer list. This cannot be undone.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MessageBlock</name>
    <message>
        <source>Click to open or close this message</source>
        <translation></translation>
    </message>
    <message>
        <source>(unknown sender)</source>
        <translation></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation></translation>
    </message>
    <message>
        <source>Show HTML</source>
        <translation></translation>
    </message>
    <message>
        <source>Show the message as the sender formatted it (remote images stay blocked)</source>
        <translation></translation>
    </message>
    <message>
        <source>From: {sender}</source>
        <translation></translation>
    </message>
    <message>
        <source>To: {names}</source>
        <translation></translation>
    </message>
    <message>
        <source>Cc: {names}</source>
        <translation></translation>
    </message>
    <message>
        <source>This message is damaged; it is shown as far as it could be read.</source>
        <translation></translation>
    </message>
    <message>
        <source>Problems found: {codes}</source>
        <translation></translation>
    </message>
    <message>
        <source>Remote images blocked</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>This message wanted to load %n image(s) from the internet. They were not loaded, so the sender cannot see that you opened it.</source>
        <translation>
            <numerusform>This message wanted to load %n image from the internet. It was not loaded, so the sender cannot see that you opened it.</numerusform>
            <numerusform>This message wanted to load %n images from the internet. They were not loaded, so the sender cannot see that you opened it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The HTML version could not be shown.</source>
        <translation></translation>
    </message>
    <message>
        <source>Show text</source>
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
        <source>Flagged</source>
        <translation></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in this conversation</source>
        <translation>
            <numerusform>%n message in this conversation</numerusform>
            <numerusform>%n messages in this conversation</numerusform>
        </translation>
    </message>
    <message>
        <source>Has attachments</source>
        <translation></translation>
    </message>
    <message>
        <source>Click to flag</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MonthBar</name>
    <message>
        <source>Previous month ({shortcut})</source>
        <translation></translation>
    </message>
    <message>
        <source>Next month ({shortcut})</source>
        <translation></translation>
    </message>
    <message>
        <source>The month of the statement</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation></translation>
    </message>
    <message>
        <source>Whose statement to show</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>NoMatches</name>
    <message>
        <source>Clear filters</source>
        <translation></translation>
    </message>
    <message>
        <source>No messages match</source>
        <translation></translation>
    </message>
    <message>
        <source>Try other words, or show all messages of this folder.</source>
        <translation></translation>
    </message>
    <message>
        <source>This folder is empty</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>State</source>
        <translation></translation>
    </message>
    <message>
        <source>To</source>
        <translation></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation></translation>
    </message>
    <message>
        <source>Time</source>
        <translation></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation></translation>
    </message>
    <message>
        <source>next try {time}</source>
        <translation></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Outbox</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing waiting to be sent</source>
        <translation></translation>
    </message>
    <message>
        <source>A message you send waits here until the next sync hands it to the mail server.</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation></translation>
    </message>
    <message>
        <source>Take the message back into a draft to change it</source>
        <translation></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation></translation>
    </message>
    <message>
        <source>Send the message again with the next sync</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel Sending</source>
        <translation></translation>
    </message>
    <message>
        <source>Stop the message from going out (Retry sends it after all)</source>
        <translation></translation>
    </message>
    <message>
        <source>Show sent messages</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>The outbox could not be read: {error}</source>
        <translation></translation>
    </message>
    <message>
        <source>This message has changed meanwhile ({detail}).</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>OwnerPassphraseDialog</name>
    <message>
        <source>Change Owner&apos;s Passphrase</source>
        <translation></translation>
    </message>
    <message>
        <source>Set Owner&apos;s Passphrase</source>
        <translation></translation>
    </message>
    <message>
        <source>The passphrase guards the owner&apos;s steps on this computer: approving, sending back and marking statements paid, and changing rates. It keeps the two roles apart; it does not encrypt the data.</source>
        <translation></translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation></translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation></translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation></translation>
    </message>
    <message>
        <source>Leave the new passphrase empty to remove it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the current passphrase.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the new passphrase.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>A passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>A passphrase needs at least %n character.</numerusform>
            <numerusform>A passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>OwnerSection</name>
    <message>
        <source>Owner</source>
        <translation></translation>
    </message>
    <message>
        <source>Work as the shop owner on this computer</source>
        <translation></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation></translation>
    </message>
    <message>
        <source>Owner mode:</source>
        <translation></translation>
    </message>
    <message>
        <source>For this session only: desk_app forgets it when it closes. The Statements page then shows every agent&apos;s statements, with the owner&apos;s steps: approve, send back, mark paid, import bundles.</source>
        <translation></translation>
    </message>
    <message>
        <source>Set: the owner&apos;s steps ask for it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Change Passphrase…</source>
        <translation></translation>
    </message>
    <message>
        <source>Not set: anyone at this computer can take the owner&apos;s steps.</source>
        <translation></translation>
    </message>
    <message>
        <source>Set Passphrase…</source>
        <translation></translation>
    </message>
    <message>
        <source>Passphrase saved.</source>
        <translation></translation>
    </message>
    <message>
        <source>Passphrase removed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not changed: the current passphrase is not right.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not changed: {detail}</source>
        <translation></translation>
    </message>
    <message>
        <source>Not changed: {error}</source>
        <translation></translation>
    </message>
    <message>
        <source>You work as the owner now. No passphrase guards the owner&apos;s steps: set one above.</source>
        <translation></translation>
    </message>
    <message>
        <source>Working as the owner needs the owner&apos;s passphrase.</source>
        <translation></translation>
    </message>
    <message>
        <source>That is not the owner&apos;s passphrase.</source>
        <translation></translation>
    </message>
    <message>
        <source>You work as the owner now, until desk_app closes.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>OwnerSteps</name>
    <message>
        <source>That is not the owner&apos;s passphrase.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PaidDialog</name>
    <message>
        <source>Mark Paid</source>
        <translation></translation>
    </message>
    <message>
        <source>Paid on:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Owner&apos;s Passphrase</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>Password for {account}</source>
        <translation></translation>
    </message>
    <message>
        <source>desk_app has no password for {user} on {host}. Enter it to sync this account; it is kept only until desk_app closes.</source>
        <translation></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <source>Periods count back from the day of the last order imported</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation></translation>
    </message>
    <message>
        <source>The first day of the period</source>
        <translation></translation>
    </message>
    <message>
        <source>The last day of the period (included)</source>
        <translation></translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation></translation>
    </message>
    <message>
        <source>This month</source>
        <translation></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation></translation>
    </message>
    <message>
        <source>This year</source>
        <translation></translation>
    </message>
    <message>
        <source>All orders</source>
        <translation></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PhoneLookupField</name>
    <message>
        <source>Flagged customer</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PieceCommands</name>
    <message numerus="yes">
        <source>Added: %n piece(s) of {kind}.</source>
        <translation>
            <numerusform>Added: %n piece of {kind}.</numerusform>
            <numerusform>Added: %n pieces of {kind}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Void Piece</source>
        <translation></translation>
    </message>
    <message>
        <source>Why does this piece not count? The reason is kept with it, and the piece stays listed as voided.</source>
        <translation></translation>
    </message>
    <message>
        <source>Void</source>
        <translation></translation>
    </message>
    <message>
        <source>The piece was voided.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PiecesModel</name>
    <message>
        <source>Time</source>
        <translation></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation></translation>
    </message>
    <message>
        <source>Source</source>
        <translation></translation>
    </message>
    <message>
        <source>Note</source>
        <translation></translation>
    </message>
    <message>
        <source>Voided: {reason}</source>
        <translation></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PiecesTab</name>
    <message>
        <source>Search customers and notes</source>
        <translation></translation>
    </message>
    <message>
        <source>Show voided</source>
        <translation></translation>
    </message>
    <message>
        <source>Add Pieces…</source>
        <translation></translation>
    </message>
    <message>
        <source>Void…</source>
        <translation></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation></translation>
    </message>
    <message>
        <source>Add shipments, returns or other work done by hand</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) shown, {amount}</source>
        <translation>
            <numerusform>%n piece shown, {amount}</numerusform>
            <numerusform>%n pieces shown, {amount}</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a piece that counts to void it</source>
        <translation></translation>
    </message>
    <message>
        <source>Take the selected piece off the statement, giving the reason</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PreventionReportDialog</name>
    <message>
        <source>Recurrence prevention</source>
        <translation></translation>
    </message>
    <message>
        <source>What closed claims taught, by category. Rows marked ⚠ repeat: the same category and product came up several times within 30 days.</source>
        <translation></translation>
    </message>
    <message>
        <source>Case</source>
        <translation></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation></translation>
    </message>
    <message>
        <source>Prevention note</source>
        <translation></translation>
    </message>
    <message>
        <source>Must reach</source>
        <translation></translation>
    </message>
    <message>
        <source>Products</source>
        <translation></translation>
    </message>
    <message>
        <source>Repeats: the same category and product within 30 days</source>
        <translation></translation>
    </message>
    <message>
        <source>No closed claim has a prevention note yet.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PrintCommands</name>
    <message>
        <source>Print section</source>
        <translation></translation>
    </message>
    <message>
        <source>Save section as PDF</source>
        <translation></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>QuickEntryDialog</name>
    <message>
        <source>Log a call</source>
        <translation></translation>
    </message>
    <message>
        <source>Number, or a name to find the customer</source>
        <translation></translation>
    </message>
    <message>
        <source> min</source>
        <translation></translation>
    </message>
    <message>
        <source>What the call was about (required)</source>
        <translation></translation>
    </message>
    <message>
        <source>What was agreed or done</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Follow-up needed</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation></translation>
    </message>
    <message>
        <source>S&amp;tarted:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation></translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation></translation>
    </message>
    <message>
        <source>C&amp;ase:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Recording:</source>
        <translation></translation>
    </message>
    <message>
        <source>Type the caller&apos;s number.</source>
        <translation></translation>
    </message>
    <message>
        <source>Write a short summary.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a category from the list, or leave it empty.</source>
        <translation></translation>
    </message>
    <message>
        <source>No file at the recording&apos;s path.</source>
        <translation></translation>
    </message>
    <message>
        <source>The case chosen no longer exists. Choose another case or none.</source>
        <translation></translation>
    </message>
    <message>
        <source>The call could not be logged: {detail} is not valid.</source>
        <translation></translation>
    </message>
    <message>
        <source>The call could not be logged: {error}</source>
        <translation></translation>
    </message>
    <message>
        <source>Discard this call?</source>
        <translation></translation>
    </message>
    <message>
        <source>What you typed about this call has not been logged.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation></translation>
    </message>
    <message>
        <source>No number: the call is logged without a customer.</source>
        <translation></translation>
    </message>
    <message>
        <source>New caller</source>
        <translation></translation>
    </message>
    <message>
        <source>Flagged customer: stay firm and polite; involve the owner if needed.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) match: press Down, then Enter to choose.</source>
        <translation>
            <numerusform>%n customer matches: press Down, then Enter to choose.</numerusform>
            <numerusform>%n customers match: press Down, then Enter to choose.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RateCardDialog</name>
    <message>
        <source>New Rate Card for {agent}</source>
        <translation></translation>
    </message>
    <message>
        <source>Yen per piece</source>
        <translation></translation>
    </message>
    <message>
        <source>{kind}:</source>
        <translation></translation>
    </message>
    <message>
        <source> s</source>
        <translation></translation>
    </message>
    <message>
        <source>Shorter calls are logged and counted, but not paid (0: every call)</source>
        <translation></translation>
    </message>
    <message>
        <source>Shortest paid call:</source>
        <translation></translation>
    </message>
    <message>
        <source>Consumption tax</source>
        <translation></translation>
    </message>
    <message>
        <source>T and 13 digits, when the agent is registered</source>
        <translation></translation>
    </message>
    <message>
        <source>Prices are:</source>
        <translation></translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation></translation>
    </message>
    <message>
        <source>Fractions:</source>
        <translation></translation>
    </message>
    <message>
        <source>Registration No.:</source>
        <translation></translation>
    </message>
    <message>
        <source>The card applies to pieces from its first day; the months before keep their rates. An approved month can no longer be reached.</source>
        <translation></translation>
    </message>
    <message>
        <source>Save</source>
        <translation></translation>
    </message>
    <message>
        <source>Applies from:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RatesSection</name>
    <message>
        <source>Rates</source>
        <translation></translation>
    </message>
    <message>
        <source>New Rate Card…</source>
        <translation></translation>
    </message>
    <message>
        <source>Applies from</source>
        <translation></translation>
    </message>
    <message>
        <source>Yen per piece</source>
        <translation></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation></translation>
    </message>
    <message>
        <source>Shortest paid call</source>
        <translation></translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>{rate}% {mode}, {rounding}</source>
        <translation></translation>
    </message>
    <message>
        <source>Changing rates needs the owner&apos;s passphrase.</source>
        <translation></translation>
    </message>
    <message>
        <source>Rate card saved: it applies from {day}.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <source>Expand all</source>
        <translation></translation>
    </message>
    <message>
        <source>Open every message of the conversation</source>
        <translation></translation>
    </message>
    <message>
        <source>Create case</source>
        <translation></translation>
    </message>
    <message>
        <source>Open a case for this conversation ({keys})</source>
        <translation></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation></translation>
    </message>
    <message>
        <source>Reply all</source>
        <translation></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n earlier message(s) not shown</source>
        <translation>
            <numerusform>%n earlier message not shown</numerusform>
            <numerusform>%n earlier messages not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>No message selected</source>
        <translation></translation>
    </message>
    <message>
        <source>Select a message to read it here.</source>
        <translation></translation>
    </message>
    <message>
        <source>This message could not be shown</source>
        <translation></translation>
    </message>
    <message>
        <source>It may have been deleted by a sync. Select it again, or pick another message.</source>
        <translation></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RecordingField</name>
    <message>
        <source>Optional</source>
        <translation></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation></translation>
    </message>
    <message>
        <source>Recording of the call</source>
        <translation></translation>
    </message>
    <message>
        <source>Recordings ({patterns});;All files (*)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RecordsNotice</name>
    <message>
        <source>A change set from another machine was refused: {reason}</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n change set(s) from other machines were refused. The first: {reason}</source>
        <translation>
            <numerusform>%n change set from another machine was refused: {reason}</numerusform>
            <numerusform>%n change sets from other machines were refused. The first: {reason}</numerusform>
        </translation>
    </message>
    <message>
        <source>{month} {year} statement of {agent} approved by the owner</source>
        <translation></translation>
    </message>
    <message>
        <source>{month} {year} statement of {agent} sent back by the owner</source>
        <translation></translation>
    </message>
    <message>
        <source>a message that is not a change set (filed there by hand?)</source>
        <translation></translation>
    </message>
    <message>
        <source>its contents cannot be read</source>
        <translation></translation>
    </message>
    <message>
        <source>its headers do not match its contents</source>
        <translation></translation>
    </message>
    <message>
        <source>its signature does not match: it was changed on the way</source>
        <translation></translation>
    </message>
    <message>
        <source>a known machine&apos;s change set signed with another key</source>
        <translation></translation>
    </message>
    <message>
        <source>a value does not fit its field</source>
        <translation></translation>
    </message>
    <message>
        <source>an owner&apos;s change (approval, rates…) without the owner&apos;s signature</source>
        <translation></translation>
    </message>
    <message>
        <source>the owner&apos;s signature does not match</source>
        <translation></translation>
    </message>
    <message>
        <source>signed by an owner key this machine does not trust</source>
        <translation></translation>
    </message>
    <message>
        <source>Records do not sync with the shop&apos;s other machines: this machine&apos;s signing key needs a password store (keyring), and none was found. See Settings → Record sync.</source>
        <translation></translation>
    </message>
    <message>
        <source>Records could not sync with the shop&apos;s other machines this time ({code}).</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RecordsSection</name>
    <message>
        <source>Record sync</source>
        <translation></translation>
    </message>
    <message>
        <source>Make This the Owner&apos;s Machine…</source>
        <translation></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation></translation>
    </message>
    <message>
        <source>Copy the fingerprint</source>
        <translation></translation>
    </message>
    <message>
        <source>Trust Owner Key…</source>
        <translation></translation>
    </message>
    <message>
        <source>No other machine has sent changes yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cases, calls, statements and the other records travel between the shop&apos;s machines as messages in this folder of the account&apos;s mailbox. It is created when missing and never listed with your mail. Every machine of the shop uses the same server and folder.</source>
        <translation></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation></translation>
    </message>
    <message>
        <source>This machine:</source>
        <translation></translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation></translation>
    </message>
    <message>
        <source>Owner&apos;s key:</source>
        <translation></translation>
    </message>
    <message>
        <source>Other machines:</source>
        <translation></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation></translation>
    </message>
    <message>
        <source>First account ({account})</source>
        <translation></translation>
    </message>
    <message>
        <source>{account} (not on this machine)</source>
        <translation></translation>
    </message>
    <message>
        <source>Rates, approvals, send-backs and paid marks made here are signed with the owner&apos;s key (once the owner&apos;s passphrase was given in this session).</source>
        <translation></translation>
    </message>
    <message>
        <source>This machine trusts an owner&apos;s machine, and a shop has only one: the owner&apos;s steps are taken there.</source>
        <translation></translation>
    </message>
    <message>
        <source>Make this the owner&apos;s machine only on the computer where the owner reviews and approves the statements.</source>
        <translation></translation>
    </message>
    <message>
        <source>Agents&apos; machines trust this machine with: owner trust {fingerprint}
(or with Trust Owner Key… in these settings on their machine)</source>
        <translation></translation>
    </message>
    <message>
        <source>This machine signs the changes it sends with this key.</source>
        <translation></translation>
    </message>
    <message>
        <source>none yet — owner-only changes (rates, approvals) are held until you trust the owner&apos;s key</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the name of the sync folder.</source>
        <translation></translation>
    </message>
    <message>
        <source>Fingerprint copied.</source>
        <translation></translation>
    </message>
    <message>
        <source>The owner&apos;s key is sealed by the owner&apos;s passphrase: enter it.</source>
        <translation></translation>
    </message>
    <message>
        <source>This machine gets the owner&apos;s signing key: rates, approvals, send-backs and paid marks made here are signed with it, and the agents&apos; machines that trust it accept them. The key is kept in this system&apos;s keyring, sealed by the owner&apos;s passphrase.</source>
        <translation></translation>
    </message>
    <message>
        <source>Making the owner&apos;s key…</source>
        <translation></translation>
    </message>
    <message>
        <source>This is the owner&apos;s machine now. Agents&apos; machines trust it with: owner trust {fingerprint}</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Owner&apos;s key trusted. %n change set(s) held for it were applied.</source>
        <translation>
            <numerusform>Owner&apos;s key trusted. %n change set held for it was applied.</numerusform>
            <numerusform>Owner&apos;s key trusted. %n change sets held for it were applied.</numerusform>
        </translation>
    </message>
    <message>
        <source>Owner&apos;s key trusted. No change set was waiting for it.</source>
        <translation></translation>
    </message>
    <message>
        <source>This machine&apos;s signing key must be kept in a password store (keyring: Secret Service, KWallet, the macOS Keychain or the Windows Credential Manager), and none was found. desk_app never keeps keys in plain text; without one, records do not sync with the shop&apos;s other machines.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SalesExports</name>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV for Excel, UTF-8 (*.csv)</source>
        <translation></translation>
    </message>
    <message>
        <source>Save {section}</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
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
        <source>&amp;Import Orders…</source>
        <translation></translation>
    </message>
    <message>
        <source>Read a shop&apos;s orders export: Shopify, or any CSV by a column mapping ({shortcut})</source>
        <translation></translation>
    </message>
    <message>
        <source>No sales data yet</source>
        <translation></translation>
    </message>
    <message>
        <source>Import a shop&apos;s orders export with Import Orders… ({shortcut}) to chart what sells, what does not, what is bought together and which products bring claims.</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not read the sales: {reason}</source>
        <translation></translation>
    </message>
    <message>
        <source>Orders from {first} to {last}</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ServerFields</name>
    <message>
        <source>mail.example.jp</source>
        <translation></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation></translation>
    </message>
    <message>
        <source>Security:</source>
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
    <name>SidePane</name>
    <message>
        <source>Search the manual</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) found</source>
        <translation>
            <numerusform>%n section found</numerusform>
            <numerusform>%n sections found</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SideTabs</name>
    <message>
        <source>Pieces</source>
        <translation></translation>
    </message>
    <message>
        <source>By Customer</source>
        <translation></translation>
    </message>
    <message>
        <source>History</source>
        <translation></translation>
    </message>
    <message>
        <source>History ({count})</source>
        <translation></translation>
    </message>
    <message>
        <source>Pay by customer: {total}</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>StatementActions</name>
    <message>
        <source>Submit</source>
        <translation></translation>
    </message>
    <message>
        <source>Export Bundle…</source>
        <translation></translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation></translation>
    </message>
    <message>
        <source>Send Back…</source>
        <translation></translation>
    </message>
    <message>
        <source>Mark Paid…</source>
        <translation></translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation></translation>
    </message>
    <message>
        <source>Import Bundle…</source>
        <translation></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation></translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation></translation>
    </message>
    <message>
        <source>The statement is still loading</source>
        <translation></translation>
    </message>
    <message>
        <source>Add a comment to the statement&apos;s history</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the statement as a PDF (A4) to print or send</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the statement as CSV for a spreadsheet</source>
        <translation></translation>
    </message>
    <message>
        <source>Write the month as a bundle for the owner: every piece, sealed with a checksum, and the PDF</source>
        <translation></translation>
    </message>
    <message>
        <source>Open a bundle the agent exported, to review the month</source>
        <translation></translation>
    </message>
    <message>
        <source>Hand the month in for the owner&apos;s review</source>
        <translation></translation>
    </message>
    <message>
        <source>Approve the month: it is locked and can no longer change</source>
        <translation></translation>
    </message>
    <message>
        <source>Return the statement to the agent as a draft, saying why</source>
        <translation></translation>
    </message>
    <message>
        <source>Note the day the month was paid</source>
        <translation></translation>
    </message>
    <message>
        <source>The statement is {status}: this step is for {allowed} statements only.</source>
        <translation></translation>
    </message>
    <message>
        <source>The month is not over yet: it can be approved from the first day of the next one.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>StatementDocument</name>
    <message>
        <source>{month} {year}</source>
        <translation></translation>
    </message>
    <message>
        <source>Payment statement</source>
        <translation></translation>
    </message>
    <message>
        <source>paid on {day}</source>
        <translation></translation>
    </message>
    <message>
        <source>approved on {day}</source>
        <translation></translation>
    </message>
    <message>
        <source>submitted on {day}</source>
        <translation></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation></translation>
    </message>
    <message>
        <source>Period</source>
        <translation></translation>
    </message>
    <message>
        <source>{name}</source>
        <comment>the agent a statement is made out to (Japanese adds 様)</comment>
        <translation></translation>
    </message>
    <message>
        <source>Registration No. {number}</source>
        <translation></translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount payable</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount payable (tax included)</source>
        <translation></translation>
    </message>
    <message>
        <source>Details</source>
        <translation></translation>
    </message>
    <message>
        <source>Item</source>
        <translation></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation></translation>
    </message>
    <message>
        <source>No pieces this month.</source>
        <translation></translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation></translation>
    </message>
    <message>
        <source>Consumption tax (tax-exempt)</source>
        <translation></translation>
    </message>
    <message>
        <source>The recipient is a tax-exempt business: no consumption tax is charged.</source>
        <translation></translation>
    </message>
    <message>
        <source>of which consumption tax {rate}% ({mode})</source>
        <translation></translation>
    </message>
    <message>
        <source>Consumption tax {rate}% ({mode})</source>
        <translation></translation>
    </message>
    <message>
        <source>Consumption tax is computed once on the subtotal; fractions of a yen are {rounding}.</source>
        <translation></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation></translation>
    </message>
    <message>
        <source>Total</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>StatementsPage</name>
    <message>
        <source>Monthly Statement</source>
        <translation></translation>
    </message>
    <message>
        <source>{status} · {total}</source>
        <translation></translation>
    </message>
    <message>
        <source>The statement is still loading</source>
        <translation></translation>
    </message>
    <message>
        <source>{month} is approved and locked: its pieces can no longer be added, changed or voided. A correction goes to the next open month as an adjustment.</source>
        <translation></translation>
    </message>
    <message>
        <source>Pieces are the agent&apos;s to add and void: switch owner mode off in Settings first.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>StepCommands</name>
    <message>
        <source>Submitted for the owner&apos;s review. Until your computers sync, send the owner the bundle: Export Bundle…</source>
        <translation></translation>
    </message>
    <message>
        <source>Approve Statement</source>
        <translation></translation>
    </message>
    <message>
        <source>Approve {agent}&apos;s statement for {month}? The month is then locked: its pieces can no longer change, and a later correction goes to the next open month.</source>
        <translation></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation></translation>
    </message>
    <message>
        <source>Approved: the month is locked.</source>
        <translation></translation>
    </message>
    <message>
        <source>Approving a statement needs the owner&apos;s passphrase.</source>
        <translation></translation>
    </message>
    <message>
        <source>Send Back</source>
        <translation></translation>
    </message>
    <message>
        <source>Why does the statement go back to the agent? They will read this in its history.</source>
        <translation></translation>
    </message>
    <message>
        <source>Sent back to the agent as a draft.</source>
        <translation></translation>
    </message>
    <message>
        <source>Sending a statement back needs the owner&apos;s passphrase.</source>
        <translation></translation>
    </message>
    <message>
        <source>Marked paid on {day}.</source>
        <translation></translation>
    </message>
    <message>
        <source>Marking a statement paid needs the owner&apos;s passphrase.</source>
        <translation></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation></translation>
    </message>
    <message>
        <source>Your comment on the statement (kept in its history):</source>
        <translation></translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation></translation>
    </message>
    <message>
        <source>Comment added.</source>
        <translation></translation>
    </message>
    <message>
        <source>Commenting as the owner needs the passphrase.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>StepToolBar</name>
    <message>
        <source>Save As</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the statement as a PDF or CSV file</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TallyTotal</name>
    <message>
        <source>Total: {calls} · {mails} · {pieces} {amount}</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s) answered</source>
        <translation>
            <numerusform>%n mail answered</numerusform>
            <numerusform>%n mails answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s)</source>
        <translation>
            <numerusform>%n piece</numerusform>
            <numerusform>%n pieces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) on the phone: {incoming} incoming, {outgoing} outgoing</source>
        <translation>
            <numerusform>%n minute on the phone: {incoming} incoming, {outgoing} outgoing</numerusform>
            <numerusform>%n minutes on the phone: {incoming} incoming, {outgoing} outgoing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateForm</name>
    <message>
        <source>The key is lowercase letters, digits and _ and starts with a letter (e.g. late_reply).</source>
        <translation></translation>
    </message>
    <message>
        <source>A template with this key exists already in this language.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter a title on one line.</source>
        <translation></translation>
    </message>
    <message>
        <source>The subject must fit on one line.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the text of the template.</source>
        <translation></translation>
    </message>
    <message>
        <source>One of the categories is not known.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a language.</source>
        <translation></translation>
    </message>
    <message>
        <source>Placeholders: {list}</source>
        <translation></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation></translation>
    </message>
    <message>
        <source>Fits:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>Search templates</source>
        <translation></translation>
    </message>
    <message>
        <source>↑↓ choose · Enter insert · Esc close</source>
        <translation></translation>
    </message>
    <message>
        <source>In bold: templates for this case ({category}).</source>
        <translation></translation>
    </message>
    <message>
        <source>No template matches “{text}”.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TemplatesPanel</name>
    <message>
        <source>Reply templates</source>
        <translation></translation>
    </message>
    <message>
        <source>Add</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation></translation>
    </message>
    <message>
        <source>Save Template</source>
        <translation></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation></translation>
    </message>
    <message>
        <source>The templates could not be read: {error}</source>
        <translation></translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation></translation>
    </message>
    <message>
        <source>Saving failed: {error}</source>
        <translation></translation>
    </message>
    <message>
        <source>Template deleted.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation></translation>
    </message>
    <message>
        <source>The template has unsaved changes. Save them?</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete the template “{title}”?</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TrustOwnerDialog</name>
    <message>
        <source>Trust the Owner&apos;s Key</source>
        <translation></translation>
    </message>
    <message>
        <source>Type the fingerprint exactly as the owner&apos;s machine shows it (Settings → Record sync). Take it from the owner in person or on the phone, not from a mail: a mail could have been changed on the way. Once trusted, rates, approvals and send-backs signed with this key apply here, and this machine no longer takes the owner&apos;s steps itself.</source>
        <translation></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the fingerprint the owner&apos;s machine shows.</source>
        <translation></translation>
    </message>
    <message>
        <source>A fingerprint has only the digits 0–9 and the letters a–f.</source>
        <translation></translation>
    </message>
    <message>
        <source>A fingerprint has {digits} digits; this one has {count}.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cases</name>
    <message>
        <source>Mine open</source>
        <translation></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation></translation>
    </message>
    <message>
        <source>Claims by category</source>
        <translation></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation></translation>
    </message>
    <message>
        <source>After-follow due</source>
        <translation></translation>
    </message>
    <message>
        <source>All</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>compose_errors</name>
    <message>
        <source>Fill in: {names}</source>
        <translation></translation>
    </message>
    <message>
        <source>ISO-2022-JP cannot carry: {chars}</source>
        <translation></translation>
    </message>
    <message>
        <source>The message could not be queued: {error}</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove them, or send the message as UTF-8.</source>
        <translation></translation>
    </message>
    <message>
        <source>Add at least one recipient under To or Cc.</source>
        <translation></translation>
    </message>
    <message>
        <source>This is not a valid mail address: {detail}. Correct it and send again.</source>
        <translation></translation>
    </message>
    <message>
        <source>This attachment cannot be read (moved or deleted?): {detail}</source>
        <translation></translation>
    </message>
    <message>
        <source>The mail account of this message no longer exists: {detail}</source>
        <translation></translation>
    </message>
    <message>
        <source>The disk is full: the message could not be stored.</source>
        <translation></translation>
    </message>
    <message>
        <source>Add a mail account in Settings before writing a message.</source>
        <translation></translation>
    </message>
    <message>
        <source>This message is no longer stored: it may have been removed by a sync.</source>
        <translation></translation>
    </message>
    <message>
        <source>The message could not be opened for writing: {error}</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>connection_errors</name>
    <message>
        <source>Wrong user name or password: the server refused to sign in.</source>
        <translation></translation>
    </message>
    <message>
        <source>The secure connection failed: the server&apos;s certificate could not be verified. For a self-hosted server, add its CA file.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server {host} cannot be reached. Check the host name, the port and your network.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server {host} did not answer in time. Try again later.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server {host} does not offer IMAP4rev1, which desk_app needs.</source>
        <translation></translation>
    </message>
    <message>
        <source>The connection to {host} was lost.</source>
        <translation></translation>
    </message>
    <message>
        <source>desk_app has no password for this account. Enter it to connect.</source>
        <translation></translation>
    </message>
    <message>
        <source>No password store (keyring) was found on this system. desk_app never stores passwords in plain text.</source>
        <translation></translation>
    </message>
    <message>
        <source>The mail server connection failed ({code}).</source>
        <translation></translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <translation></translation>
    </message>
    <message>
        <source>certificate not trusted</source>
        <translation></translation>
    </message>
    <message>
        <source>password needed</source>
        <translation></translation>
    </message>
    <message>
        <source>server unreachable</source>
        <translation></translation>
    </message>
    <message>
        <source>server not answering</source>
        <translation></translation>
    </message>
    <message>
        <source>server not supported</source>
        <translation></translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>contacts</name>
    <message>
        <source>Demands far more than is reasonable, though the shop is not at fault</source>
        <translation></translation>
    </message>
    <message>
        <source>Complains to vent stress rather than to solve a problem</source>
        <translation></translation>
    </message>
    <message>
        <source>Is after money or free goods</source>
        <translation></translation>
    </message>
    <message>
        <source>Unreasonable claimant: stay calm, polite and firm. Do not apologise by reflex (a “sorry” can be taken as admitting fault), offer only what the policy allows, keep everything in writing or recorded, and involve the owner.</source>
        <translation></translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation></translation>
    </message>
    <message>
        <source>same email address</source>
        <translation></translation>
    </message>
    <message>
        <source>same name</source>
        <translation></translation>
    </message>
    <message>
        <source>same kana</source>
        <translation></translation>
    </message>
    <message>
        <source>Not saved: this customer no longer exists (merged or deleted).</source>
        <translation></translation>
    </message>
    <message>
        <source>Not saved: a customer needs a name.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not saved: that is not an email address.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not saved: that is not a phone number.</source>
        <translation></translation>
    </message>
    <message>
        <source>A customer cannot be merged into themselves.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
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
    <message>
        <source>Our shop</source>
        <translation></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation></translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation></translation>
    </message>
    <message>
        <source>Product / purchasing</source>
        <translation></translation>
    </message>
    <message>
        <source>Site</source>
        <translation></translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation></translation>
    </message>
    <message>
        <source>Mail</source>
        <translation></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation></translation>
    </message>
    <message>
        <source>Contact form</source>
        <translation></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation></translation>
    </message>
    <message>
        <source>SNS</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>manual</name>
    <message>
        <source>The file cannot be opened or read.</source>
        <translation></translation>
    </message>
    <message>
        <source>The file is not saved as UTF-8 text.</source>
        <translation></translation>
    </message>
    <message>
        <source>The file must start with a line of three hyphens (---).</source>
        <translation></translation>
    </message>
    <message>
        <source>The block at the top is not closed with a line of three hyphens (---).</source>
        <translation></translation>
    </message>
    <message>
        <source>A line at the top is not written “name: value”.</source>
        <translation></translation>
    </message>
    <message>
        <source>A name at the top is not one the manual knows.</source>
        <translation></translation>
    </message>
    <message>
        <source>A name at the top is given twice.</source>
        <translation></translation>
    </message>
    <message>
        <source>The section has no title.</source>
        <translation></translation>
    </message>
    <message>
        <source>A value at the top is not written as it should be.</source>
        <translation></translation>
    </message>
    <message>
        <source>A category is not one of the case categories.</source>
        <translation></translation>
    </message>
    <message>
        <source>The file name (the section&apos;s id) must use lowercase letters, digits and hyphens.</source>
        <translation></translation>
    </message>
    <message>
        <source>The manual folder chosen in Settings does not exist.</source>
        <translation></translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation></translation>
    </message>
    <message>
        <source>This part of the manual could not be loaded</source>
        <translation></translation>
    </message>
    <message>
        <source>Details: {detail}</source>
        <translation></translation>
    </message>
    <message>
        <source>The bundled manual is shown. Choose another folder under Settings → Manual.</source>
        <translation></translation>
    </message>
    <message>
        <source>The rest of the manual works as usual. Correct the file and save it: the manual reloads by itself.</source>
        <translation></translation>
    </message>
    <message>
        <source>No such section</source>
        <translation></translation>
    </message>
    <message>
        <source>The manual has no section “{id}”. The link may be mistyped, or its file was removed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Reception basics</source>
        <translation></translation>
    </message>
    <message>
        <source>After the case</source>
        <translation></translation>
    </message>
    <message>
        <source>Unreasonable claimants</source>
        <translation></translation>
    </message>
    <message>
        <source>Channels and the shop</source>
        <translation></translation>
    </message>
    <message>
        <source>Other topics</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not be loaded</source>
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
        <source>Outbox</source>
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
        <source>Customers</source>
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
    <name>order_import</name>
    <message>
        <source>Import Orders</source>
        <translation></translation>
    </message>
    <message>
        <source>Order exports (*.csv *.txt);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <source>The order number is empty.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not a date: {value}</source>
        <translation></translation>
    </message>
    <message>
        <source>Not a yen amount: {value}</source>
        <translation></translation>
    </message>
    <message>
        <source>Not a quantity: {value}</source>
        <translation></translation>
    </message>
    <message>
        <source>The line item has neither a product name nor a SKU.</source>
        <translation></translation>
    </message>
    <message>
        <source>A further line of order {value}, but the order&apos;s first row is not before it.</source>
        <translation></translation>
    </message>
    <message>
        <source>A line of order {value}, whose first row was skipped.</source>
        <translation></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation></translation>
    </message>
    <message>
        <source>Order date</source>
        <translation></translation>
    </message>
    <message>
        <source>SKU (product code)</source>
        <translation></translation>
    </message>
    <message>
        <source>Product name</source>
        <translation></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation></translation>
    </message>
    <message>
        <source>Line total (price × quantity)</source>
        <translation></translation>
    </message>
    <message>
        <source>Email</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation></translation>
    </message>
    <message>
        <source>Order total</source>
        <translation></translation>
    </message>
    <message>
        <source>Order status</source>
        <translation></translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation></translation>
    </message>
    <message>
        <source>, </source>
        <translation></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation></translation>
    </message>
    <message>
        <source>Shopify</source>
        <translation></translation>
    </message>
    <message>
        <source>{format} needs the columns: {columns}</source>
        <translation></translation>
    </message>
    <message>
        <source>The format of {subject} is not recognised: it is not a Shopify orders export, and no saved column mapping fits it. Make a new column mapping for it.
{lacks}</source>
        <translation></translation>
    </message>
    <message>
        <source>{subject} does not have every column this format reads; nothing was imported.
{lacks}</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no column mapping called {subject}.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a column for: {fields}</source>
        <translation></translation>
    </message>
    <message>
        <source>Give the mapping a name of 1 to 40 characters, other than “auto” and “shopify”.</source>
        <translation></translation>
    </message>
    <message>
        <source>The file is not there any more: {detail}</source>
        <translation></translation>
    </message>
    <message>
        <source>The disk is full: the orders read so far are kept, the rest is not.</source>
        <translation></translation>
    </message>
    <message>
        <source>The file cannot be read: {detail}</source>
        <translation></translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>outbox</name>
    <message>
        <source>Queued</source>
        <translation></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation></translation>
    </message>
    <message>
        <source>The outgoing mail server cannot be reached</source>
        <translation></translation>
    </message>
    <message>
        <source>The outgoing mail server did not answer in time</source>
        <translation></translation>
    </message>
    <message>
        <source>The secure connection failed: the certificate could not be verified</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refused the user name or password</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refused a recipient address</source>
        <translation></translation>
    </message>
    <message>
        <source>The server rejected the message</source>
        <translation></translation>
    </message>
    <message>
        <source>The server is busy for now</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>record_sync</name>
    <message>
        <source>Owner&apos;s machine</source>
        <translation></translation>
    </message>
    <message>
        <source>Agent&apos;s machine</source>
        <translation></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>sales</name>
    <message>
        <source>never sold</source>
        <translation></translation>
    </message>
    <message>
        <source>New customers</source>
        <translation></translation>
    </message>
    <message>
        <source>Repeat customers</source>
        <translation></translation>
    </message>
    <message>
        <source>All customers</source>
        <translation></translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation></translation>
    </message>
    <message>
        <source>Product</source>
        <translation></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation></translation>
    </message>
    <message>
        <source>Units</source>
        <translation></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation></translation>
    </message>
    <message>
        <source>Period</source>
        <translation></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation></translation>
    </message>
    <message>
        <source>Average order</source>
        <translation></translation>
    </message>
    <message>
        <source>Last sale</source>
        <translation></translation>
    </message>
    <message>
        <source>Days since</source>
        <translation></translation>
    </message>
    <message>
        <source>Product A</source>
        <translation></translation>
    </message>
    <message>
        <source>Product B</source>
        <translation></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation></translation>
    </message>
    <message>
        <source>Lift</source>
        <translation></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation></translation>
    </message>
    <message>
        <source>Claim rate</source>
        <translation></translation>
    </message>
    <message>
        <source>By category</source>
        <translation></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation></translation>
    </message>
    <message>
        <source>Number</source>
        <translation></translation>
    </message>
    <message>
        <source>Top sellers</source>
        <translation></translation>
    </message>
    <message>
        <source>Slow movers</source>
        <translation></translation>
    </message>
    <message>
        <source>Bought together</source>
        <translation></translation>
    </message>
    <message>
        <source>Claims per product</source>
        <translation></translation>
    </message>
    <message>
        <source>Revenue and orders by day, week or month</source>
        <translation></translation>
    </message>
    <message>
        <source>The products that brought in the most</source>
        <translation></translation>
    </message>
    <message>
        <source>Products unsold for a while, and those that sold least</source>
        <translation></translation>
    </message>
    <message>
        <source>Products often in the same order: how often, and how much more than chance (lift)</source>
        <translation></translation>
    </message>
    <message>
        <source>Cases linked by order number to the orders holding each product, per unit sold</source>
        <translation></translation>
    </message>
    <message>
        <source>Customers (by email) who ordered more than once in the period</source>
        <translation></translation>
    </message>
    <message>
        <source>No sales in this period</source>
        <translation></translation>
    </message>
    <message>
        <source>Revenue (yen)</source>
        <translation></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation></translation>
    </message>
    <message>
        <source>Days since the last sale</source>
        <translation></translation>
    </message>
    <message>
        <source>Orders with both</source>
        <translation></translation>
    </message>
    <message>
        <source>lift {lift}</source>
        <translation></translation>
    </message>
    <message>
        <source>Claims per unit sold</source>
        <translation></translation>
    </message>
    <message>
        <source>claims: {claims}</source>
        <translation></translation>
    </message>
    <message>
        <source>repeat rate</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>server_fields</name>
    <message>
        <source>SSL/TLS</source>
        <translation></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation></translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
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
<context>
    <name>statements</name>
    <message>
        <source>Email reply</source>
        <translation></translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation></translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation></translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation></translation>
    </message>
    <message>
        <source>Return</source>
        <translation></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation></translation>
    </message>
    <message>
        <source>Tax-exclusive</source>
        <translation></translation>
    </message>
    <message>
        <source>Tax-inclusive</source>
        <translation></translation>
    </message>
    <message>
        <source>Tax-exempt</source>
        <translation></translation>
    </message>
    <message>
        <source>rounded down</source>
        <translation></translation>
    </message>
    <message>
        <source>rounded half up</source>
        <translation></translation>
    </message>
    <message>
        <source>rounded up</source>
        <translation></translation>
    </message>
    <message>
        <source>Reply sent</source>
        <translation></translation>
    </message>
    <message>
        <source>Call logged</source>
        <translation></translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation></translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation></translation>
    </message>
    <message>
        <source>Marked paid</source>
        <translation></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation></translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation></translation>
    </message>
    <message>
        <source>agent</source>
        <translation></translation>
    </message>
    <message>
        <source>owner</source>
        <translation></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation></translation>
    </message>
    <message>
        <source>Month</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation></translation>
    </message>
    <message>
        <source>Rate (yen)</source>
        <translation></translation>
    </message>
    <message>
        <source>Count</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount (yen)</source>
        <translation></translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation></translation>
    </message>
    <message>
        <source>Subtotal (yen)</source>
        <translation></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation></translation>
    </message>
    <message>
        <source>Tax rate (%)</source>
        <translation></translation>
    </message>
    <message>
        <source>Consumption tax (yen)</source>
        <translation></translation>
    </message>
    <message>
        <source>Total (yen)</source>
        <translation></translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation></translation>
    </message>
    <message>
        <source>Note</source>
        <translation></translation>
    </message>
    <message>
        <source>The file could not be written or read: {error}</source>
        <translation></translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation></translation>
    </message>
    <message>
        <source>{detail} is approved and locked: its pieces can no longer change. Correct it with an adjustment in the next open month.</source>
        <translation></translation>
    </message>
    <message>
        <source>{detail} is not over yet: a month can be approved from the first day of the next one.</source>
        <translation></translation>
    </message>
    <message>
        <source>This step does not fit the statement as it stands now ({detail}). It may have changed meanwhile: look again.</source>
        <translation></translation>
    </message>
    <message>
        <source>This step needs the owner&apos;s passphrase.</source>
        <translation></translation>
    </message>
    <message>
        <source>That is not the owner&apos;s passphrase.</source>
        <translation></translation>
    </message>
    <message>
        <source>The owner takes this step on the owner&apos;s machine: this machine follows it.</source>
        <translation></translation>
    </message>
    <message>
        <source>This bundle was changed after it was exported (its checksum does not match: {detail}). It was not imported: ask the agent to export it again.</source>
        <translation></translation>
    </message>
    <message>
        <source>This file is not a statement bundle desk_app can read ({detail}). Nothing was imported.</source>
        <translation></translation>
    </message>
    <message>
        <source>Shift_JIS (cp932) cannot hold these characters: {detail}. Save the CSV as UTF-8 instead.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not found: {detail}</source>
        <translation></translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved.</source>
        <translation></translation>
    </message>
    <message>
        <source>This was refused: {detail}</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>sync_status</name>
    <message>
        <source>Fix it in Settings, then choose Sync now (F5).</source>
        <translation></translation>
    </message>
</context>
</TS>
