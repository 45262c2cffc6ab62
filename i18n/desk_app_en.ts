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
    <name>PhoneLookupField</name>
    <message>
        <source>Flagged customer</source>
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
    <name>sync_status</name>
    <message>
        <source>Fix it in Settings, then choose Sync now (F5).</source>
        <translation></translation>
    </message>
</context>
</TS>
