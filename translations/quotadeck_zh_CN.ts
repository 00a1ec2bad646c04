<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About QuotaDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;QuotaDeck %1&lt;/h2&gt;&lt;p&gt;Quota console for pools of Tavily API keys.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;QuotaDeck is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY. See &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;the GNU GPL&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;It uses these libraries:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blessing (public domain)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddKeyDialog</name>
    <message>
        <source>Add key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. research-agent (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the key while you check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is encrypted with this computer&apos;s keychain before it is stored. Only its masked form is ever shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or paste the key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Show alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertPanel</name>
    <message>
        <source>&amp;Mark all as seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts yet. Alerts are raised after each refresh: usage over %1%, exhaustion predicted before the cycle ends, a key turned invalid or exhausted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) not yet seen</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertTableModel</name>
    <message numerus="yes">
        <source>%1 (%n attempt(s)): %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage over the alert threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs out before the cycle ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned exhausted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusual usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallsChart</name>
    <message>
        <source>per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuotaDeck /usage calls per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coalesced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, calls %2
Network: %3 (%4)
Cache: %5 (%6)
Coalesced: %7 (%8)
Held back: %9 (%10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuotaDeck /usage calls %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — none in this range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditsChart</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crawl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits per hour by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, credits %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 (%2 credits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more used across a silence, when is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits %1 by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits %1 by kind, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — none in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This billing cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forecast for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All keys (select rows in the key table to narrow the charts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 (selected in the key table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only the %n keys selected in the key table</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>all keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected key(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No keys yet — add or import keys, then click Refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refresh yet — click Refresh (F5) to fill the dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard could not read the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF: title page, charts and tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: one table, for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON: everything, for scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This billing cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is empty: its start is not before its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the report to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 in &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForecastChart</name>
    <message>
        <source>Quota forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80% band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted to run out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2: %3 credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit: %1 credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cycle ends %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected at the cycle end: %1 to %2 credits (80% band)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota forecast — no usage history yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection: %1 at the cycle end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough history yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, confidence %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota forecast: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlineCards</name>
    <message>
        <source>Keys by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits left this cycle (all accounts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache hit rate over the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next predicted exhaustion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;span style=&quot;font-weight:normal&quot;&gt;of %2 (%3)&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the accounts with a plan limit and a figure this billing cycle: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;span style=&quot;font-weight:normal&quot;&gt;of %2 look-ups, %3 an hour&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in whole hours: look-ups older than the raw history are kept per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none before the cycle ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HitRateChart</name>
    <message>
        <source>Cache hit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held back by the rate limiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Hit rate %2% (%3 cache + %4 coalesced of %5 look-ups)
Held back %6% (%7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache hit rate — no look-ups in this range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One key per line: &lt;code&gt;tvly-…&lt;/code&gt;, &lt;code&gt;label,tvly-…&lt;/code&gt; or &lt;code&gt;.env&lt;/code&gt; style &lt;code&gt;NAME=tvly-…&lt;/code&gt;. Blank lines and &lt;code&gt;#&lt;/code&gt; comments are skipped; keys already stored are reported, not added twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text, CSV or .env file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the lines here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a key list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key lists (*.txt *.csv *.env *.keys);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; is it a key list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the lines to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n key(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) were not imported:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyEditor</name>
    <message>
        <source>Added %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the key %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted key is deleted from this store together with its history. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was removed: a refresh started meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys cannot be renamed while a refresh runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n key(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n keys: %1?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) could not be removed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n key(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enabled %n key(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabled %n key(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyTableModel</name>
    <message>
        <source>Disabled: Refresh skips this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be asked again at %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be asked again (since %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key used %1 credits this billing cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account used %1 credits of its plan this billing cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3); %4 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit of its own: the plan&apos;s limit applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan limit reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay-as-you-go: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name for the key (double-click to rename)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key, masked: only its prefix and last characters are ever shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome of the key&apos;s last look-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits this key used in the current billing cycle, against its own limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan of the account the key belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits the whole account used in the current billing cycle, against the plan&apos;s limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the key was last looked up (exact UTC time in the tooltip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong on the last look-up, if anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limited until %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyTableView</name>
    <message>
        <source>No keys yet — Add key or Import a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh, &amp;ignoring the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the refresh; what already came back is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change team passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make this a team store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About QuotaDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auto-refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the keychain to open the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the team first (Tools &gt; Team &gt; Join team…): this keychain does not hold the team key yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the team again (Tools &gt; Team &gt; Join team…): the store&apos;s team key has changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable: the vault is not open. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the refresh to finish (or cancel it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a key (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a list of keys from a file or pasted text (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every enabled key is part of the refresh that is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up the quota of every enabled key (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up every enabled key on the network, skipping the cache but not the rate limit (Shift+F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more keys first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected keys are disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected keys are part of the refresh that is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up the quota of the selected keys (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected keys (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the key (F2 or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the selected keys: Refresh includes them again (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the selected keys: Refresh skips them (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store is not a team store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the team passphrase to keep the team key in this keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This keychain already holds the team key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-seal every key under a new team passphrase; the other admins join again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the team first: changing the passphrase needs the present team key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share this PostgreSQL store with other admins through a team passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team mode needs a shared PostgreSQL store (quotadeck migrate --to postgresql://...)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainTabs</name>
    <message>
        <source>&amp;Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;lerts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;uto-refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh every enabled key on a schedule. A scheduled refresh is skipped while another is still running. Saved in settings.ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter keys (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the keys whose label, masked key, status, plan or error contains the text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Settings applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuotaDeck — demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoryKeychain</name>
    <message>
        <source>The keychain has no entry named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain has no such entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send one test message to the selected channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ops-slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack incoming webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ntfy topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info (recoveries too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… (kept sealed, never shown again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp.example.com (smtps://… for TLS from the start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: no login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts go to these channels after the refresh that raised them, once each, from whichever QuotaDeck runs (this window, a cron job, the service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channels cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added. Test it to see that it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the test message was delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not delivered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the passphrase while you check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>QuotaDeck report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuotaDeck report · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuotaDeck report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current billing cycle. Generated %1 UTC. Figures and forecasts as of the end of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 UTC. Figures and forecasts as of the end of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 UTC (whole hours: look-ups older than the raw history are kept per hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2 / %3 (%Ln network look-ups since %4 UTC, the raw history kept)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2 / %3 (%Ln network look-ups)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits remaining (all accounts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 (%Ln accounts with a plan limit)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Next predicted exhaustion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none in the current cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 complete, %3 cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look-ups succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache hit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 of %Ln look-ups)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Look-ups counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look-up latency p50 / p95 / p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln look-ups answered rate limited, %1 held back by QuotaDeck&apos;s limiter</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), continued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be completed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefreshController</name>
    <message>
        <source>Refresh is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-refresh skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-refresh changed for now but not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-refresh is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-refresh: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refresh: %1 succeeded, %2 failed, %3 rate limited, %4 from cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh cancelled; what came back before is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %Ln key(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln runs)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefreshStatusBar</name>
    <message>
        <source>Demo: throwaway data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local usage server answers; nothing here is a real Tavily key, and the data folder is deleted on exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last refresh %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refresh finished %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next refresh %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scheduled refresh is skipped while another is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-refresh runs %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team key open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team key open (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys are encrypted with the team key, derived from the team passphrase and held by this keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault open (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys are encrypted with a data key held by the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the keychain; it may ask you to unlock it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team key needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln key(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tavily API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look-ups in flight at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use HTTP/2 when the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (the system&apos;s certificates only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Concurrent look-ups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout per request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra trusted &amp;CAs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a key&apos;s answer is reused instead of asking again (0: never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a refresh waits while another instance refreshes the same store (another admin, a cron job) before it gives up without asking anything (0: it does not wait)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls per key per window (Tavily allows 10 per 10 minutes; 0: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doubling up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache &amp;TTL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for a&amp;nother refresh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backoff after failures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auto-refresh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts and forecasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key is &apos;low&apos; and raises an alert when less than this share of its limit is left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected usage at the cycle end, as a share of the limit, that makes a forecast WARNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... that makes it CRITICAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the month (UTC) the billing cycle starts; corrected by the drops the history shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far above a key&apos;s usual credits per hour at this time of the week its last interval must be to raise &apos;unusual usage&apos; (a sign of a leaked key), in robust standard deviations; lower finds more and errs more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert when &amp;less than this is left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unusual usage at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast &amp;warning at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast c&amp;ritical at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing &amp;reset day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw snapshots older than this live on as hourly and daily roll-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep raw &amp;history for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must be an http:// or https:// address, such as https://api.tavily.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificates file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backoff ceiling must not be below its base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The critical share must not be below the warning share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings are in force but could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect when QuotaDeck starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languag&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>another QuotaDeck window on this data folder does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemKeychain</name>
    <message>
        <source>The keyring that holds &quot;%1&quot; is locked: unlock it (log in again, or open it in your keyring manager), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has no entry named &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (no Secret Service on D-Bus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 denied access to &quot;%2&quot;; unlock the keyring when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 reported an error: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamFlows</name>
    <message>
        <source>Joined the team: this keychain holds the team key, refresh works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team passphrase changed: the team key stays, so every admin who joined keeps working</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This is a team store now: %Ln key(s) sealed under the team key; the other admins join with the passphrase</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamJoinDialog</name>
    <message>
        <source>Deriving the team key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team passphrase of this store has changed since this keychain learnt it. Enter the new passphrase to go on refreshing and adding keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a team store. Enter the team passphrase an admin of the team gave you to refresh and add keys from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuotaDeck derives the team key from the passphrase and keeps the key in this computer&apos;s keychain (%1). The passphrase itself is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the team passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the team passphrase: it has at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the team passphrase. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamPassphraseDialog</name>
    <message>
        <source>Deriving the new team key and re-sealing every key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make team store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change team passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this a team store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team key of %1 is wrapped under the new passphrase instead of the old one. The team key itself stays, so every admin who joined keeps working; an admin who joins from now on needs the new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new team key is made and every key in %1 is re-sealed under it, in one transaction; the store keeps the team key only wrapped under this passphrase. Give the passphrase to the other admins of the team: each joins once with it and keeps the team key in their own keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team passphrase must be at least %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters; a few unrelated words are easy to pass on and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short: %1 of at least %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long enough.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeChart</name>
    <message>
        <source>(partial: %1 of %2 min)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>&amp;Show window</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>QuotaDeck: %n new alert(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>The vault cannot work because the cryptography library (libsodium) failed to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has no keychain to keep its data key in, so QuotaDeck will not store keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault cannot be opened: the store has no identifier to name its keychain entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry &quot;%1&quot; does not hold a valid QuotaDeck data key, so this store&apos;s keys cannot be opened. Restore the original keychain entry, or delete it and enter the keys again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a team store and this keychain does not hold its team key yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain has no data key for this store (entry &quot;%1&quot;), so its saved API keys cannot be opened. Restore that keychain entry, for example from a backup of your keyring, or remove the keys and enter them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store cannot record its new data key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another QuotaDeck created this store&apos;s data key at the same moment, but its keychain entry (&quot;%1&quot;) did not appear. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team key of this store has changed since this keychain learnt it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds a different data key for this store (entry &quot;%1&quot;), so its saved API keys cannot be opened. Restore the original keychain entry, or remove the keys and enter them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run &quot;quotadeck team join&quot; with the team passphrase (from standard input or QUOTADECK_TEAM_PASSPHRASE) to refresh or add keys; listing keys and the charts work meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault cannot be opened with that key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (no Secret Service on D-Bus): QuotaDeck will not store keys without one. Start a Secret Service provider such as GNOME Keyring or KWallet, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available: QuotaDeck will not store keys without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access to QuotaDeck&apos;s data key: unlock your keyring (or the collection that holds it) when asked, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuotaDeck could not save a new data key in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuotaDeck could not read its data key from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultBanner</name>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the team passphrase to keep the team key in this keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Join the team to refresh.&lt;/b&gt; This is a team store and this computer&apos;s keychain does not hold its team key yet. The key list and the charts work; refreshing, adding and importing keys need the team passphrase once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The team key has changed.&lt;/b&gt; The team key in this keychain is from before the store was set up again. The key list and the charts work; join again with the team passphrase to refresh, add and import keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The vault is unavailable.&lt;/b&gt; %1&lt;br&gt;The key list still works; adding, importing and refreshing keys need the vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
