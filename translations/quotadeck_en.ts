<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AlertBanner</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertPanel</name>
    <message numerus="yes">
        <source>%n alert(s) not yet seen</source>
        <translation>
            <numerusform>%n alert not yet seen</numerusform>
            <numerusform>%n alerts not yet seen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertTableModel</name>
    <message numerus="yes">
        <source>%1 (%n attempt(s)): %2</source>
        <translation>
            <numerusform>%1 (%n attempt): %2</numerusform>
            <numerusform>%1 (%n attempts): %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertText</name>
    <message numerus="yes">
        <source>%1 used %2 credits per hour over the last %n minute(s), against a usual %3 at this time of the week: a sign of a leaked or misused key.</source>
        <translation>
            <numerusform>%1 used %2 credits per hour over the last %n minute, against a usual %3 at this time of the week: a sign of a leaked or misused key.</numerusform>
            <numerusform>%1 used %2 credits per hour over the last %n minutes, against a usual %3 at this time of the week: a sign of a leaked or misused key.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was added %n day(s) ago, on %2: past the rotation age of %3 days, so replace it with a new key (Key &gt; Rotate).</source>
        <translation>
            <numerusform>%1 was added %n day ago, on %2: past the rotation age of %3 days, so replace it with a new key (Key &gt; Rotate).</numerusform>
            <numerusform>%1 was added %n days ago, on %2: past the rotation age of %3 days, so replace it with a new key (Key &gt; Rotate).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartAccessible</name>
    <message numerus="yes">
        <source>%1: latest %2, highest %3 (%n point(s))</source>
        <translation>
            <numerusform>%1: latest %2, highest %3 (%n point)</numerusform>
            <numerusform>%1: latest %2, highest %3 (%n points)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostTable</name>
    <message numerus="yes">
        <source>%n account(s) on a plan without a price left out.</source>
        <translation>
            <numerusform>%n account on a plan without a price left out.</numerusform>
            <numerusform>%n accounts on a plan without a price left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message numerus="yes">
        <source>Only the %n keys selected in the key table</source>
        <translation>
            <numerusform>Only the %n key selected in the key table</numerusform>
            <numerusform>Only the %n keys selected in the key table</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected key(s)</source>
        <translation>
            <numerusform>%n selected key</numerusform>
            <numerusform>%n selected keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the %n key(s) without a project</source>
        <translation>
            <numerusform>Only the %n key without a project</numerusform>
            <numerusform>Only the %n keys without a project</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only project %1 (%n key(s))</source>
        <translation>
            <numerusform>Only project %1 (%n key)</numerusform>
            <numerusform>Only project %1 (%n keys)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeadlineCards</name>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>Imported %n key(s).</source>
        <translation>
            <numerusform>Imported %n key.</numerusform>
            <numerusform>Imported %n keys.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) were not imported:</source>
        <translation>
            <numerusform>%n line was not imported:</numerusform>
            <numerusform>%n lines were not imported:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyCommands</name>
    <message numerus="yes">
        <source>imported %n key(s)</source>
        <translation>
            <numerusform>imported %n key</numerusform>
            <numerusform>imported %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) rejected</source>
        <translation>
            <numerusform>%n line rejected</numerusform>
            <numerusform>%n lines rejected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyEditor</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n key(s)</source>
        <translation>
            <numerusform>Imported %n key</numerusform>
            <numerusform>Imported %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n keys: %1?</source>
        <translation>
            <numerusform>Remove %n key: %1?</numerusform>
            <numerusform>Remove %n keys: %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) could not be removed.</source>
        <translation>
            <numerusform>A key could not be removed.</numerusform>
            <numerusform>%n keys could not be removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n key(s)</source>
        <translation>
            <numerusform>Removed %n key</numerusform>
            <numerusform>Removed %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enabled %n key(s)</source>
        <translation>
            <numerusform>Enabled %n key</numerusform>
            <numerusform>Enabled %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabled %n key(s)</source>
        <translation>
            <numerusform>Disabled %n key</numerusform>
            <numerusform>Disabled %n keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyTableModel</name>
    <message numerus="yes">
        <source>Added on %1, %n day(s) ago</source>
        <translation>
            <numerusform>Added on %1, %n day ago</numerusform>
            <numerusform>Added on %1, %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keys older than %n day(s) raise a reminder to replace them with a new key (Key &gt; Rotate)</source>
        <translation>
            <numerusform>Keys older than %n day raise a reminder to replace them with a new key (Key &gt; Rotate)</numerusform>
            <numerusform>Keys older than %n days raise a reminder to replace them with a new key (Key &gt; Rotate)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogSync</name>
    <message numerus="yes">
        <source>%n account(s) on the free plan: request logs come with a paid plan, so they were not asked for.</source>
        <translation>
            <numerusform>%n account on the free plan: request logs come with a paid plan, so it was not asked for.</numerusform>
            <numerusform>%n accounts on the free plan: request logs come with a paid plan, so they were not asked for.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgUsage</name>
    <message numerus="yes">
        <source>last answer %1: %n key(s) of this store answered in one call</source>
        <translation>
            <numerusform>last answer %1: %n key of this store answered in one call</numerusform>
            <numerusform>last answer %1: %n keys of this store answered in one call</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) of the organisation not managed here:</source>
        <translation>
            <numerusform>%n key of the organisation not managed here:</numerusform>
            <numerusform>%n keys of the organisation not managed here:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n credit(s)</source>
        <translation>
            <numerusform>  %1: %n credit</numerusform>
            <numerusform>  %1: %n credits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1 (%2): %n credit(s)</source>
        <translation>
            <numerusform>  %1 (%2): %n credit</numerusform>
            <numerusform>  %1 (%2): %n credits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>/org-usage: %n key(s) answered by one call</source>
        <translation>
            <numerusform>/org-usage: %n key answered by one call</numerusform>
            <numerusform>/org-usage: %n keys answered by one call</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message numerus="yes">
        <source>… and %n more line(s): quotadeck org show lists them all</source>
        <translation>
            <numerusform>… and %n more line: quotadeck org show lists them all</numerusform>
            <numerusform>… and %n more lines: quotadeck org show lists them all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message numerus="yes">
        <source>%1 / %2 / %3 (%4 network look-ups since %5 UTC, the raw history kept)</source>
        <translation>
            <numerusform>%1 / %2 / %3 (%4 network look-up since %5 UTC, the raw history kept)</numerusform>
            <numerusform>%1 / %2 / %3 (%4 network look-ups since %5 UTC, the raw history kept)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2 / %3 (%4 network look-ups)</source>
        <translation>
            <numerusform>%1 / %2 / %3 (%4 network look-up)</numerusform>
            <numerusform>%1 / %2 / %3 (%4 network look-ups)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 (%3 accounts with a plan limit)</source>
        <translation>
            <numerusform>%1 of %2 (%3 account with a plan limit)</numerusform>
            <numerusform>%1 of %2 (%3 accounts with a plan limit)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 of %3 look-ups)</source>
        <translation>
            <numerusform>%1 (%2 of %3 look-up)</numerusform>
            <numerusform>%1 (%2 of %3 look-ups)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 look-ups answered rate limited, %2 held back by QuotaDeck&apos;s limiter</source>
        <translation>
            <numerusform>%1 look-up answered rate limited, %2 held back by QuotaDeck&apos;s limiter</numerusform>
            <numerusform>%1 look-ups answered rate limited, %2 held back by QuotaDeck&apos;s limiter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s): the JSON report lists them all</source>
        <translation>
            <numerusform>… and %n more line: the JSON report lists them all</numerusform>
            <numerusform>… and %n more lines: the JSON report lists them all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefreshCommand</name>
    <message numerus="yes">
        <source>refreshed %n key(s) in %1 s</source>
        <translation>
            <numerusform>refreshed %n key in %1 s</numerusform>
            <numerusform>refreshed %n keys in %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>refresh interrupted; the %n answer(s) that had arrived were saved</source>
        <translation>
            <numerusform>refresh interrupted; the %n answer that had arrived was saved</numerusform>
            <numerusform>refresh interrupted; the %n answers that had arrived were saved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>request logs: %1 new entries (%2 read) from %n account(s), %3 unattributed; %4 account(s) whose plan does not offer them</source>
        <translation>
            <numerusform>request logs: %1 new entries (%2 read) from %n account, %3 unattributed; %4 account(s) whose plan does not offer them</numerusform>
            <numerusform>request logs: %1 new entries (%2 read) from %n accounts, %3 unattributed; %4 account(s) whose plan does not offer them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefreshController</name>
    <message numerus="yes">
        <source>Refreshing %Ln key(s)</source>
        <translation>
            <numerusform>Refreshing %Ln key</numerusform>
            <numerusform>Refreshing %Ln keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln runs)</source>
        <translation>
            <numerusform> (%Ln run)</numerusform>
            <numerusform> (%Ln runs)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefreshEngine</name>
    <message numerus="yes">
        <source>%n key(s) that /org-usage did not name were asked on their own</source>
        <translation>
            <numerusform>%n key that /org-usage did not name was asked on its own</numerusform>
            <numerusform>%n keys that /org-usage did not name were asked on their own</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefreshStatusBar</name>
    <message numerus="yes">
        <source>%1 key(s)</source>
        <translation>
            <numerusform>%1 key</numerusform>
            <numerusform>%1 keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamCommands</name>
    <message numerus="yes">
        <source>team store ready at %1: %n key(s) re-sealed under the new team key; every other admin runs: quotadeck --db %1 team join
</source>
        <translation>
            <numerusform>team store ready at %1: %n key re-sealed under the new team key; every other admin runs: quotadeck --db %1 team join
</numerusform>
            <numerusform>team store ready at %1: %n keys re-sealed under the new team key; every other admin runs: quotadeck --db %1 team join
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamFlows</name>
    <message numerus="yes">
        <source>This is a team store now: %Ln key(s) sealed under the team key; the other admins join with the passphrase</source>
        <translation>
            <numerusform>This is a team store now: %Ln key sealed under the team key; the other admins join with the passphrase</numerusform>
            <numerusform>This is a team store now: %Ln keys sealed under the team key; the other admins join with the passphrase</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>QuotaDeck: %n new alert(s)</source>
        <translation>
            <numerusform>QuotaDeck: %n new alert</numerusform>
            <numerusform>QuotaDeck: %n new alerts</numerusform>
        </translation>
    </message>
</context>
</TS>
