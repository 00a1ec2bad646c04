<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About QuotaDeck</source>
        <translation>關於 QuotaDeck</translation>
    </message>
    <message>
        <source>&lt;h2&gt;QuotaDeck %1&lt;/h2&gt;&lt;p&gt;Quota console for pools of Tavily API keys.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;QuotaDeck %1&lt;/h2&gt;&lt;p&gt;Tavily API 金鑰池的配額主控台。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;QuotaDeck is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY. See &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;the GNU GPL&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;It uses these libraries:&lt;/p&gt;</source>
        <translation>&lt;p&gt;QuotaDeck 是自由軟體：您可以依據自由軟體基金會發布的 GNU 通用公共授權條款第 3 版或（由您選擇）任何更新的版本（GPL-3.0-or-later）重新散布及/或修改它。本軟體不提供任何擔保。詳見 &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU GPL&lt;/a&gt;。&lt;/p&gt;&lt;p&gt;它使用了以下函式庫：&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>函式庫</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>授權條款</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>網站</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>關於 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>blessing (public domain)</source>
        <translation>祝福聲明（公有領域）</translation>
    </message>
</context>
<context>
    <name>AccountCommands</name>
    <message>
        <source>cannot read the usage history: %1</source>
        <translation>無法讀取用量歷史：%1</translation>
    </message>
    <message>
        <source>no account is &quot;%1&quot; (see quotadeck accounts list)</source>
        <translation>沒有帳戶是「%1」（見 quotadeck accounts list）</translation>
    </message>
    <message>
        <source>account %1 is gone</source>
        <translation>帳戶 %1 已不存在</translation>
    </message>
    <message>
        <source>account %1: the billing cycle resets on day %2 (%3)
</source>
        <translation>帳戶 %1：計費週期於每月 %2 日重置（%3）
</translation>
    </message>
    <message>
        <source>no accounts yet: a key joins its account once a refresh has looked it up
</source>
        <translation>尚無帳戶：金鑰在一次重新整理查詢過它之後才歸入其帳戶
</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <source>INFERRED</source>
        <translation>推斷</translation>
    </message>
    <message>
        <source>SET</source>
        <translation>手動設定</translation>
    </message>
    <message>
        <source>RESET DAY IN USE</source>
        <translation>使用中的重置日</translation>
    </message>
    <message>
        <source>CYCLE (UTC)</source>
        <translation>週期（UTC）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>reset day (where it comes from)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a billing cycle</comment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>AccountCycle</name>
    <message>
        <source>set</source>
        <comment>a billing reset day a person chose</comment>
        <translation>手動設定</translation>
    </message>
    <message>
        <source>inferred</source>
        <comment>a billing reset day read from the drops of the usage history</comment>
        <translation>推斷</translation>
    </message>
    <message>
        <source>global setting</source>
        <comment>a billing reset day taken from the settings, for lack of anything else</comment>
        <translation>全域設定</translation>
    </message>
</context>
<context>
    <name>AccountCycleControl</name>
    <message>
        <source>Set the billing &amp;reset day…</source>
        <translation>設定計費重置日(&amp;R)…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>變更…</translation>
    </message>
    <message>
        <source>The usage history shows resets on day %1.</source>
        <translation>用量歷史記錄顯示每月 %1 日重置。</translation>
    </message>
    <message>
        <source>The usage history shows no reset yet.</source>
        <translation>用量歷史記錄尚未顯示重置。</translation>
    </message>
    <message>
        <source>Billing cycle resets on day %1 (%2)</source>
        <comment>day of month (where it comes from)</comment>
        <translation>計費週期於每月 %1 日重置（%2）</translation>
    </message>
    <message>
        <source>Billing reset day</source>
        <translation>計費重置日</translation>
    </message>
    <message>
        <source>The reset day could not be saved: %1</source>
        <translation>無法儲存重置日：%1</translation>
    </message>
</context>
<context>
    <name>AccountCycleDialog</name>
    <message>
        <source>&amp;Set by hand, day of the month (UTC):</source>
        <translation>手動設定，每月第幾天（UTC）(&amp;S)：</translation>
    </message>
    <message>
        <source>Billing reset day</source>
        <translation>計費重置日</translation>
    </message>
    <message>
        <source>When does the billing cycle of %1 start?</source>
        <translation>%1 的計費週期從哪天開始？</translation>
    </message>
    <message>
        <source>&amp;Infer it from the usage history (now day %1)</source>
        <translation>依用量歷史記錄推斷(&amp;I)（目前為 %1 日）</translation>
    </message>
    <message>
        <source>&amp;Infer it from the usage history (no reset seen yet: day %1 of the settings)</source>
        <translation>依用量歷史記錄推斷(&amp;I)（尚未見到重置：使用設定中的 %1 日）</translation>
    </message>
</context>
<context>
    <name>AddKeyDialog</name>
    <message>
        <source>Add key</source>
        <translation>新增金鑰</translation>
    </message>
    <message>
        <source>e.g. research-agent (optional)</source>
        <translation>例如 research-agent（選填）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>標籤(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>金鑰(&amp;K)：</translation>
    </message>
    <message>
        <source>The key is encrypted with this computer&apos;s keychain before it is stored. Only its masked form is ever shown.</source>
        <translation>金鑰在儲存前以本機的系統金鑰圈加密，畫面上只會顯示其遮罩形式。</translation>
    </message>
    <message>
        <source>Enter or paste the key.</source>
        <translation>請輸入或貼上金鑰。</translation>
    </message>
    <message>
        <source>Tavily project ID (optional)</source>
        <translation>Tavily 專案 ID（選填）</translation>
    </message>
    <message>
        <source>Look-ups of this key then report only this project&apos;s usage (X-Project-ID)</source>
        <translation>之後查詢這把金鑰時只回報此專案的用量（X-Project-ID）</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>專案(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Show alerts</source>
        <translation>檢視警示</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 則</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertPanel</name>
    <message>
        <source>&amp;Mark all as seen</source>
        <translation>全部標為已讀(&amp;M)</translation>
    </message>
    <message>
        <source>Alerts could not be checked: %1</source>
        <translation>無法檢查警示：%1</translation>
    </message>
    <message>
        <source>Alerts could not be read: %1</source>
        <translation>無法讀取警示：%1</translation>
    </message>
    <message>
        <source>No alerts yet. Alerts are raised after each refresh: usage over %1%, exhaustion predicted before the cycle ends, a key turned invalid or exhausted.</source>
        <translation>目前沒有警示。每次重新整理後，出現以下情況時會發出警示：用量超過 %1%、預測在週期結束前耗盡、金鑰失效或已耗盡。</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) not yet seen</source>
        <translation>
            <numerusform>%n 則警示未讀</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as &amp;seen</source>
        <translation>標為已讀(&amp;S)</translation>
    </message>
</context>
<context>
    <name>AlertTableModel</name>
    <message numerus="yes">
        <source>%1 (%n attempt(s)): %2</source>
        <translation>
            <numerusform>%1（%n 次嘗試）：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>金鑰</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <source>%1: sent</source>
        <translation>%1：已傳送</translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation>%1：失敗</translation>
    </message>
    <message>
        <source>%1: retrying</source>
        <translation>%1：正在重試</translation>
    </message>
    <message>
        <source>%1: waiting</source>
        <translation>%1：等待中</translation>
    </message>
    <message>
        <source>%1: sending</source>
        <translation>%1：正在傳送</translation>
    </message>
</context>
<context>
    <name>AlertText</name>
    <message>
        <source>%1 was refused as invalid or revoked (HTTP %2).</source>
        <translation>%1 遭拒：金鑰無效或已被撤銷（HTTP %2）。</translation>
    </message>
    <message>
        <source>%1 has no credits left this cycle.</source>
        <translation>%1 本計費週期的點數已用完。</translation>
    </message>
    <message>
        <source>%1 has used %2% of its %3 credits (alert at %4%).</source>
        <translation>%1 已用掉其 %3 點數的 %2%（警示門檻為 %4%）。</translation>
    </message>
    <message>
        <source>%1 is predicted to run out at %2, before its cycle ends at %3.</source>
        <translation>預計 %1 將於 %2 耗盡，早於計費週期結束時間 %3。</translation>
    </message>
    <message>
        <source>%1 answers normally again (it had turned invalid); a new billing cycle began.</source>
        <translation>%1 已恢復正常（先前金鑰無效），新的計費週期已開始。</translation>
    </message>
    <message>
        <source>%1 answers normally again (it had turned invalid).</source>
        <translation>%1 已恢復正常（先前金鑰無效）。</translation>
    </message>
    <message>
        <source>%1 answers normally again (it had run out of credits); a new billing cycle began.</source>
        <translation>%1 已恢復正常（先前點數已用完），新的計費週期已開始。</translation>
    </message>
    <message>
        <source>%1 answers normally again (it had run out of credits).</source>
        <translation>%1 已恢復正常（先前點數已用完）。</translation>
    </message>
    <message>
        <source>A new billing cycle began for %1: its usage was reset.</source>
        <translation>%1 的新計費週期已開始，用量已重設。</translation>
    </message>
    <message numerus="yes">
        <source>%1 used %2 credits per hour over the last %n minute(s), against a usual %3 at this time of the week: a sign of a leaked or misused key.</source>
        <translation>
            <numerusform>%1 在最近 %n 分鐘內每小時消耗 %2 點數，而每週此時段通常僅為 %3：金鑰可能已外洩或遭濫用。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage over the alert threshold</source>
        <translation>用量超過警示門檻</translation>
    </message>
    <message>
        <source>Runs out before the cycle ends</source>
        <translation>將在週期結束前耗盡</translation>
    </message>
    <message>
        <source>Turned invalid</source>
        <translation>已失效</translation>
    </message>
    <message>
        <source>Turned exhausted</source>
        <translation>已耗盡</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>已恢復</translation>
    </message>
    <message>
        <source>Unusual usage</source>
        <translation>用量異常</translation>
    </message>
    <message numerus="yes">
        <source>%1 was added %n day(s) ago, on %2: past the rotation age of %3 days, so replace it with a new key (Key &gt; Rotate).</source>
        <translation>
            <numerusform>%1 已於 %n 天前（%2）新增，超過了 %3 天的輪替期限，請換用新金鑰（金鑰 &gt; 輪替）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Due for rotation</source>
        <translation>需要輪替</translation>
    </message>
</context>
<context>
    <name>ApiKey</name>
    <message>
        <source>The key is empty.</source>
        <translation>金鑰為空。</translation>
    </message>
    <message>
        <source>Not a Tavily key (it must start with tvly-).</source>
        <translation>不是 Tavily 金鑰（必須以 tvly- 開頭）。</translation>
    </message>
    <message>
        <source>The key contains a character that is not a letter, a digit, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>金鑰包含字母、數字、「-」和「_」以外的字元。</translation>
    </message>
    <message>
        <source>The key is too short (a Tavily key has at least %1 characters).</source>
        <translation>金鑰過短（Tavily 金鑰至少 %1 個字元）。</translation>
    </message>
    <message>
        <source>The key is too long (a Tavily key has at most %1 characters).</source>
        <translation>金鑰過長（Tavily 金鑰最多 %1 個字元）。</translation>
    </message>
    <message>
        <source>the label looks like an API key (tvly- and 16 or more letters or digits); give the key on its own, with a label that is not a key</source>
        <translation>標籤看起來像 API 金鑰（tvly- 加 16 個或更多字母或數字）；請單獨提供金鑰，並使用不是金鑰的標籤</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>開發</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>正式</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>CallsChart</name>
    <message>
        <source>per minute</source>
        <translation>每分鐘</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>每小時</translation>
    </message>
    <message>
        <source>QuotaDeck /usage calls per hour</source>
        <translation>QuotaDeck 每小時的 /usage 呼叫次數</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>網路</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>快取</translation>
    </message>
    <message>
        <source>Coalesced</source>
        <translation>合併</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>暫緩</translation>
    </message>
    <message>
        <source>%1, calls %2
Network: %3 (%4)
Cache: %5 (%6)
Coalesced: %7 (%8)
Held back: %9 (%10)</source>
        <translation>%1，呼叫次數（%2）
網路：%3（%4）
快取：%5（%6）
合併：%7（%8）
暫緩：%9（%10）</translation>
    </message>
    <message>
        <source>QuotaDeck /usage calls %1</source>
        <translation>QuotaDeck /usage 呼叫次數（%1）</translation>
    </message>
    <message>
        <source>%1 — none in this range</source>
        <translation>%1 — 此範圍內沒有資料</translation>
    </message>
</context>
<context>
    <name>ChartAccessible</name>
    <message>
        <source>%1: no data</source>
        <translation>%1：無資料</translation>
    </message>
    <message numerus="yes">
        <source>%1: latest %2, highest %3 (%n point(s))</source>
        <translation>
            <numerusform>%1：最新 %2，最高 %3（%n 個資料點）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandJob</name>
    <message>
        <source>the history could not be rolled up, so accounts may be out of date: %1</source>
        <translation>歷史資料無法彙總，帳戶資料可能不是最新的：%1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一個值</translation>
    </message>
    <message>
        <source>--smtp-port takes a port from 1 to 65535</source>
        <translation>--smtp-port 取值為 1 到 65535 的埠號</translation>
    </message>
    <message>
        <source>--concurrency takes a whole number from 1 to 256</source>
        <translation>--concurrency 取值為 1 到 256 的整數</translation>
    </message>
    <message>
        <source>unknown option %1 (see quotadeck --help)</source>
        <translation>未知選項 %1（參見 quotadeck --help）</translation>
    </message>
    <message>
        <source>%1 goes with a command (see quotadeck --help)</source>
        <translation>%1 需要與命令一起使用（參見 quotadeck --help）</translation>
    </message>
    <message>
        <source>unknown notify command &quot;%1&quot; (add, list, test, remove)</source>
        <translation>未知的 notify 子命令「%1」（add、list、test、remove）</translation>
    </message>
    <message>
        <source>notify needs a command: add, list, test or remove</source>
        <translation>notify 需要一個子命令：add、list、test 或 remove</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see quotadeck --help)</source>
        <translation>未知命令「%1」（參見 quotadeck --help）</translation>
    </message>
    <message>
        <source>a file name (or - for standard input)</source>
        <translation>一個檔名（或用 - 表示標準輸入）</translation>
    </message>
    <message>
        <source>a channel name</source>
        <translation>一個通知管道名稱</translation>
    </message>
    <message>
        <source>a key id or label</source>
        <translation>一個金鑰 ID 或標籤</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>多餘的參數「%1」</translation>
    </message>
    <message>
        <source>keys add reads the key from standard input, never from the command line</source>
        <translation>keys add 只從標準輸入讀取金鑰，絕不從命令列讀取</translation>
    </message>
    <message>
        <source>notify add reads the URL (or the SMTP password) from standard input, never from the command line</source>
        <translation>notify add 只從標準輸入讀取 URL（或 SMTP 密碼），絕不從命令列讀取</translation>
    </message>
    <message>
        <source>%1 does not go with quotadeck %2</source>
        <translation>%1 不能與 quotadeck %2 一起使用</translation>
    </message>
    <message>
        <source>--demo opens the window; it does not go with a command</source>
        <translation>--demo 會開啟視窗，不能與命令一起使用</translation>
    </message>
    <message>
        <source>--lang takes a language such as en, zh_CN or zh_TW, not &quot;%1&quot;</source>
        <translation>--lang 需要一種語言，如 en、zh_CN 或 zh_TW，而不是「%1」</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 需要%2</translation>
    </message>
    <message>
        <source>keys set needs --label LABEL or --project PROJECT</source>
        <translation>keys set 需要 --label LABEL 或 --project PROJECT</translation>
    </message>
    <message>
        <source>where the store lives (default: %1)</source>
        <translation>資料庫所在位置（預設：%1）</translation>
    </message>
    <message>
        <source>database file, sqlite:///path, or postgresql://user@host:port/db for a
store shared by a team (default: DIR/quotadeck.sqlite)</source>
        <translation>資料庫檔案、sqlite:///path，或團隊共用資料庫
postgresql://user@host:port/db（預設：DIR/quotadeck.sqlite）</translation>
    </message>
    <message>
        <source>Tavily API base (default: https://api.tavily.com)</source>
        <translation>Tavily API 位址（預設：https://api.tavily.com）</translation>
    </message>
    <message>
        <source>open the window on a built-in local usage server with sample keys
in a throwaway data dir</source>
        <translation>開啟視窗，使用內建的本機用量伺服器和範例金鑰，
資料放在用完即刪的暫存目錄中</translation>
    </message>
    <message>
        <source>print the version, or this help</source>
        <translation>顯示版本或本說明</translation>
    </message>
    <message>
        <source>list keys (masked), status and usage</source>
        <translation>列出金鑰（已遮蔽）、狀態和用量</translation>
    </message>
    <message>
        <source>remove a key and its sealed secret</source>
        <translation>移除金鑰及其封存的密文</translation>
    </message>
    <message>
        <source>take a key into refreshes again, or leave it out</source>
        <translation>啟用金鑰，使其重新參與重新整理；或停用，使其不再重新整理</translation>
    </message>
    <message>
        <source>refresh every enabled key&apos;s quota</source>
        <translation>重新整理所有已啟用金鑰的配額</translation>
    </message>
    <message>
        <source>per key and account: credits per day, projection to the cycle end
with its 80% band, predicted exhaustion, level and confidence</source>
        <translation>依金鑰和帳戶列出：每日點數、到週期末的預計用量
及其 80% 區間、預計耗盡時間、等級和信賴度</translation>
    </message>
    <message>
        <source>the language of a report&apos;s or forecast&apos;s labels, dates and numbers
(en, zh_CN, zh_TW; default: the system locale, LANG/LC_ALL); JSON,
CSV headers and exit codes never change with the language</source>
        <translation>報告或預測中標籤、日期和數字所用的語言
（en、zh_CN、zh_TW；預設：系統地區設定，即 LANG/LC_ALL）；
JSON、CSV 表頭和結束代碼不隨語言改變</translation>
    </message>
    <message>
        <source>team mode on a shared PostgreSQL store (--db postgresql://...):
set up the team passphrase, join with it, or change it; the
passphrase from standard input or QUOTADECK_TEAM_PASSPHRASE</source>
        <translation>在共用 PostgreSQL 資料庫上使用團隊模式（--db postgresql://...）：
設定團隊通關密語、用通關密語加入或變更通關密語；通關密語
來自標準輸入或 QUOTADECK_TEAM_PASSPHRASE</translation>
    </message>
    <message>
        <source>copy this SQLite store (history too) into an empty shared store,
keys re-sealed under the team key, counts verified</source>
        <translation>將此 SQLite 資料庫（含歷史資料）複製到一個空的共用資料庫，
金鑰以團隊金鑰重新封存，並核對列數</translation>
    </message>
    <message>
        <source>a channel for alerts that posts to the URL, sealed like a key</source>
        <translation>新增向該 URL 傳送警示的通知管道；URL 像金鑰一樣封存</translation>
    </message>
    <message>
        <source>a channel for alerts that sends e-mail; the password is sealed like a
key (empty input: no login)</source>
        <translation>新增以電子郵件傳送警示的通知管道；密碼像金鑰一樣封存
（輸入為空：不登入）</translation>
    </message>
    <message>
        <source>channels, URLs masked</source>
        <translation>列出通知管道，URL 已遮蔽</translation>
    </message>
    <message>
        <source>send one test message (exit 0 when delivered, 1 with the answer)</source>
        <translation>傳送一則測試訊息（送達時結束代碼為 0，否則為 1 並顯示回應）</translation>
    </message>
    <message>
        <source>remove a channel</source>
        <translation>移除通知管道</translation>
    </message>
    <message>
        <source>headless: auto-refresh, alerts, notifications, and /metrics and
/healthz on ADDR:PORT (default 127.0.0.1:9464); an address other
than loopback needs --token-file (a bearer token)</source>
        <translation>無介面執行：自動重新整理、警示、通知，並在 ADDR:PORT（預設
127.0.0.1:9464）上提供 /metrics 和 /healthz；迴路以外的位址
需要 --token-file（Bearer 權杖）</translation>
    </message>
    <message>
        <source>Usage: quotadeck [global options] [command]</source>
        <translation>用法：quotadeck [全域選項] [命令]</translation>
    </message>
    <message>
        <source>Keeps a pool of Tavily API keys sealed in the system keychain and refreshes their quotas.
Without a command, opens the window.</source>
        <translation>將一組 Tavily API 金鑰封存在系統金鑰圈中，並重新整理它們的配額。
不帶命令時開啟視窗。</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>全域選項：</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 2 bad usage or bad input, 3 refresh finished with some keys failed,
1 anything else.</source>
        <translation>結束代碼：0 成功，2 用法或輸入有誤，3 重新整理完成但有金鑰失敗，
1 其他錯誤。</translation>
    </message>
    <message>
        <source>unknown keys command &quot;%1&quot; (add, import, list, set, rotate, remove, enable, disable)</source>
        <translation>未知的 keys 命令「%1」（add、import、list、set、rotate、remove、enable、disable）</translation>
    </message>
    <message>
        <source>keys needs a command: add, import, list, set, rotate, remove, enable or disable</source>
        <translation>keys 需要一個命令：add、import、list、set、rotate、remove、enable 或 disable</translation>
    </message>
    <message>
        <source>keys rotate reads the new key from standard input, never from the command line</source>
        <translation>keys rotate 只從標準輸入讀取新金鑰，絕不從命令列讀取</translation>
    </message>
    <message>
        <source>replace a key by a new one from standard input: the new key takes its
label and project, the old one is disabled as &quot;LABEL (retired DATE)&quot;</source>
        <translation>以標準輸入中的新金鑰取代一個金鑰：新金鑰沿用其標籤與專案，
舊金鑰以「LABEL (retired DATE)」為名被停用</translation>
    </message>
    <message>
        <source>unknown accounts command &quot;%1&quot; (list, set)</source>
        <translation>未知的 accounts 指令「%1」（list、set）</translation>
    </message>
    <message>
        <source>accounts needs a command: list or set</source>
        <translation>accounts 需要一個指令：list 或 set</translation>
    </message>
    <message>
        <source>an account id, or a key id or label</source>
        <translation>帳戶 ID，或金鑰的 ID 或標籤</translation>
    </message>
    <message>
        <source>accounts set needs --reset-day DAY (1 to 28) or --reset-day auto</source>
        <translation>accounts set 需要 --reset-day DAY（1 到 28）或 --reset-day auto</translation>
    </message>
    <message>
        <source>accounts with their billing reset day: inferred from the usage
history, set by hand, and the one in use</source>
        <translation>各帳戶的計費重置日：依用量歷史記錄推斷的、
手動設定的，以及使用中的</translation>
    </message>
    <message>
        <source>set an account&apos;s billing reset day (1-28), or infer it again;
ACCOUNT: an account id, or a key id or label of the account</source>
        <translation>設定帳戶的計費重置日（1-28），或重新推斷；
ACCOUNT：帳戶 ID，或該帳戶某個金鑰的 ID 或標籤</translation>
    </message>
    <message>
        <source>the request log read by refreshes (default: the last day): credits by
endpoint and search depth, requests per hour, the slowest requests</source>
        <translation>重新整理時讀取的請求記錄（預設：最近一天）：依端點和搜尋深度
統計的點數、每小時請求數、最慢的請求</translation>
    </message>
    <message>
        <source>unknown org command &quot;%1&quot; (set-key, show, clear)</source>
        <translation>未知的 org 命令「%1」（set-key、show、clear）</translation>
    </message>
    <message>
        <source>org needs a command: set-key, show or clear</source>
        <translation>org 需要一個命令：set-key、show 或 clear</translation>
    </message>
    <message>
        <source>org set-key needs --name NAME, the organisation&apos;s name on Tavily</source>
        <translation>org set-key 需要 --name NAME，即組織在 Tavily 上的名稱</translation>
    </message>
    <message>
        <source>an organisation (enterprise): refreshes ask /org-usage once for all
its keys instead of each key on its own; the owner&apos;s personal key
from standard input, sealed like a key</source>
        <translation>設定組織（企業版）：重新整理時對其全部金鑰只呼叫一次 /org-usage，
而不是逐一查詢每把金鑰；擁有者的個人金鑰從標準輸入讀取，
如同金鑰一樣加密保存</translation>
    </message>
    <message>
        <source>the organisation, its last answer and the keys it names that are not
managed here; or remove it (every key is asked on its own again)</source>
        <translation>顯示組織、其最近一次回應以及其中未在此管理的金鑰；
或將其移除（每把金鑰重新單獨查詢）</translation>
    </message>
    <message>
        <source>read one key from standard input and store it sealed; PROJECT: the
Tavily project its look-ups ask for (X-Project-ID)</source>
        <translation>從標準輸入讀取一個金鑰並封存儲存；PROJECT：
其查詢所針對的 Tavily 專案（X-Project-ID）</translation>
    </message>
    <message>
        <source>import lines `key`, `label,key` or `NAME=tvly-...`, every key in
PROJECT when given</source>
        <translation>匯入 `key`、`label,key` 或 `NAME=tvly-...` 格式的行，
給出 PROJECT 時每個金鑰都歸入該專案</translation>
    </message>
    <message>
        <source>rename a key, or move it to a project (&quot;&quot; clears it)</source>
        <translation>重新命名金鑰，或將其移入某個專案（&quot;&quot; 表示清除）</translation>
    </message>
    <message>
        <source>a report of a period (default: the current billing cycle up to now,
the account&apos;s own with --account, which keeps only its keys;
--project keeps only that project&apos;s keys);
T: 2026-11-01, 2026-11-01T08:00Z, now, 7d, 12h, 30m, 2w (back from now);
CSV holds one TABLE: keys (default), accounts, runs or alerts</source>
        <translation>某一期間的報告（預設：目前計費週期至今；
使用 --account 時為該帳戶自己的週期，且只包含其金鑰；
--project 只保留該專案的金鑰）；
T：2026-11-01、2026-11-01T08:00Z、now、7d、12h、30m、2w（從現在往回）；
CSV 只包含一個 TABLE：keys（預設）、accounts、runs 或 alerts</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>%1 is not available in this version yet</source>
        <translation>此版本尚不支援 %1</translation>
    </message>
</context>
<context>
    <name>CostColumns</name>
    <message>
        <source>Cost so far (USD)</source>
        <translation>迄今費用（美元）</translation>
    </message>
    <message>
        <source>Cost 80% low (USD)</source>
        <translation>費用 80% 區間下限（美元）</translation>
    </message>
    <message>
        <source>Cost at cycle end (USD)</source>
        <translation>週期結束時費用（美元）</translation>
    </message>
    <message>
        <source>Cost 80% high (USD)</source>
        <translation>費用 80% 區間上限（美元）</translation>
    </message>
    <message>
        <source>Paygo spent (USD)</source>
        <translation>隨用隨付已用（美元）</translation>
    </message>
    <message>
        <source>Paygo risk</source>
        <translation>隨用隨付風險</translation>
    </message>
    <message>
        <source>Advised plan</source>
        <translation>建議方案</translation>
    </message>
    <message>
        <source>Advised paygo credits</source>
        <translation>建議隨用隨付點數</translation>
    </message>
    <message>
        <source>Advised cost (USD)</source>
        <translation>建議費用（美元）</translation>
    </message>
    <message>
        <source>Current plan cost (USD)</source>
        <translation>目前方案費用（美元）</translation>
    </message>
    <message>
        <source>Saving (USD)</source>
        <translation>節省（美元）</translation>
    </message>
    <message>
        <source>Change plan</source>
        <translation>變更方案</translation>
    </message>
</context>
<context>
    <name>CostTable</name>
    <message>
        <source>ACCOUNT (PLAN)</source>
        <translation>帳戶（方案）</translation>
    </message>
    <message>
        <source>SO FAR</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>AT CYCLE END</source>
        <translation>週期末預計</translation>
    </message>
    <message>
        <source>LOW (80%)</source>
        <translation>下界（80%）</translation>
    </message>
    <message>
        <source>HIGH (80%)</source>
        <translation>上界（80%）</translation>
    </message>
    <message>
        <source>ADVICE</source>
        <translation>建議</translation>
    </message>
    <message>
        <source>%1 saves %2</source>
        <translation>改用 %1 可省 %2</translation>
    </message>
    <message>
        <source>keep %1</source>
        <translation>維持 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>account (plan)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between labels</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>saves %1</source>
        <translation>可省 %1</translation>
    </message>
    <message>
        <source>Prices of %1 in US dollars (%2); edit them under [prices] in settings.ini.</source>
        <translation>價格為 %1 的美元價格（%2）；可在 settings.ini 的 [prices] 中修改。</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) on a plan without a price left out.</source>
        <translation>
            <numerusform>%n 個帳戶的方案沒有價格，未計入。</numerusform>
        </translation>
    </message>
    <message>
        <source>pay-as-you-go limit reached</source>
        <translation>已達隨用隨付上限</translation>
    </message>
    <message>
        <source>near the pay-as-you-go limit</source>
        <translation>接近隨用隨付上限</translation>
    </message>
    <message>
        <source>%1: no price for this plan</source>
        <translation>%1：此方案沒有價格</translation>
    </message>
    <message>
        <source>%1: %2 so far</source>
        <translation>%1：至今 %2</translation>
    </message>
    <message>
        <source>, %1 at the cycle end (%2 to %3)</source>
        <translation>，週期末 %1（%2 至 %3）</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>至今 %1</translation>
    </message>
    <message>
        <source>keep %1 with %2 pay-as-you-go credits (%3)</source>
        <translation>維持 %1，另購 %2 隨用隨付點數（%3）</translation>
    </message>
    <message>
        <source>pay-as-you-go limit reached before the cycle ends</source>
        <translation>週期結束前將達隨用隨付上限</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between advice and risk</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>, %1 at the cycle end</source>
        <translation>，週期末 %1</translation>
    </message>
</context>
<context>
    <name>CreditsChart</name>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>擷取</translation>
    </message>
    <message>
        <source>Crawl</source>
        <translation>爬取</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>網站地圖</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>研究</translation>
    </message>
    <message>
        <source>Credits per hour by kind</source>
        <translation>依類型統計的每小時點數</translation>
    </message>
    <message>
        <source>%1, credits %2</source>
        <translation>%1，點數（%2）</translation>
    </message>
    <message>
        <source>Total: %1 (%2 credits)</source>
        <translation>合計：%1（%2 點數）</translation>
    </message>
    <message>
        <source>%1 more used across a silence, when is unknown</source>
        <translation>另有 %1 在資料空白期間用掉，確切時間不明</translation>
    </message>
    <message>
        <source>Credits %1 by kind</source>
        <translation>依類型統計的點數（%1）</translation>
    </message>
    <message>
        <source>Credits %1 by kind, %2</source>
        <translation>依類型統計的點數（%1），%2</translation>
    </message>
    <message>
        <source>%1 — none in this range</source>
        <translation>%1 — 此範圍內沒有資料</translation>
    </message>
    <message>
        <source>per minute</source>
        <translation>每分鐘</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>每小時</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小時</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小時</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>This billing cycle</source>
        <translation>本計費週期</translation>
    </message>
    <message>
        <source>All keys (select rows in the key table to narrow the charts)</source>
        <translation>全部金鑰（在金鑰表中選取列可縮小圖表範圍）</translation>
    </message>
    <message>
        <source>Only %1 (selected in the key table)</source>
        <translation>僅 %1（已在金鑰表中選取）</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n keys selected in the key table</source>
        <translation>
            <numerusform>僅在金鑰表中選取的 %n 個金鑰</numerusform>
        </translation>
    </message>
    <message>
        <source>all keys</source>
        <translation>全部金鑰</translation>
    </message>
    <message numerus="yes">
        <source>%n selected key(s)</source>
        <translation>
            <numerusform>選取的 %n 個金鑰</numerusform>
        </translation>
    </message>
    <message>
        <source>No keys yet — add or import keys, then click Refresh.</source>
        <translation>還沒有金鑰 — 請新增或匯入金鑰，然後按一下「重新整理」。</translation>
    </message>
    <message>
        <source>No refresh yet — click Refresh (F5) to fill the dashboard.</source>
        <translation>尚未重新整理 — 按一下「重新整理」（F5）以填入儀表板。</translation>
    </message>
    <message>
        <source>The dashboard could not read the history: %1</source>
        <translation>儀表板無法讀取歷史記錄：%1</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>金鑰 %1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>帳戶：%1</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>金鑰：%1</translation>
    </message>
    <message>
        <source>Ra&amp;nge:</source>
        <translation>範圍(&amp;N)：</translation>
    </message>
    <message>
        <source>Forecast f&amp;or:</source>
        <translation>預測對象(&amp;O)：</translation>
    </message>
    <message>
        <source>%1; the cycle resets on day %2 (%3)</source>
        <comment>an account&apos;s cost line; day of month (where it comes from)</comment>
        <translation>%1；週期於每月 %2 日重置（%3）</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>專案(&amp;J)：</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n key(s) without a project</source>
        <translation>
            <numerusform>僅無專案的 %n 把金鑰</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only project %1 (%n key(s))</source>
        <translation>
            <numerusform>僅專案 %1（%n 把金鑰）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>cannot create a temporary data folder for the demo</source>
        <translation>無法為示範建立暫存資料資料夾</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>匯出報告</translation>
    </message>
    <message>
        <source>PDF: title page, charts and tables</source>
        <translation>PDF：封面、圖表與表格</translation>
    </message>
    <message>
        <source>CSV: one table, for a spreadsheet</source>
        <translation>CSV：單一表格，供試算表使用</translation>
    </message>
    <message>
        <source>JSON: everything, for scripts</source>
        <translation>JSON：完整資料，供指令碼使用</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>金鑰</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <source>Refresh runs</source>
        <translation>重新整理執行記錄</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>警示</translation>
    </message>
    <message>
        <source>Summary figures</source>
        <translation>摘要數據</translation>
    </message>
    <message>
        <source>This billing cycle</source>
        <translation>本計費週期</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小時</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Custom (UTC)</source>
        <translation>自訂（UTC）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>表格(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>儲存至(&amp;S)：</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 檔案 (*.%2)</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>請選擇報告的儲存位置。</translation>
    </message>
    <message>
        <source>The period is empty: its start is not before its end.</source>
        <translation>期間為空：開始時間不早於結束時間。</translation>
    </message>
    <message>
        <source>Reading the store…</source>
        <translation>正在讀取資料庫…</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>這是一個資料夾</translation>
    </message>
    <message>
        <source>cannot write the report to %1: %2</source>
        <translation>無法將報告寫入 %1：%2</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>正在寫入 PDF…</translation>
    </message>
    <message>
        <source>Saved %1 in &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;.</source>
        <translation>已將 %1 儲存至 &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;。</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>unknown</source>
        <comment>key status</comment>
        <translation>未知</translation>
    </message>
    <message>
        <source>ok</source>
        <comment>key status</comment>
        <translation>正常</translation>
    </message>
    <message>
        <source>low</source>
        <comment>key status</comment>
        <translation>偏低</translation>
    </message>
    <message>
        <source>exhausted</source>
        <comment>key status</comment>
        <translation>已耗盡</translation>
    </message>
    <message>
        <source>invalid</source>
        <comment>key status</comment>
        <translation>無效</translation>
    </message>
    <message>
        <source>rate limited</source>
        <comment>key status</comment>
        <translation>受速率限制</translation>
    </message>
    <message>
        <source>error</source>
        <comment>key status</comment>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>disabled</source>
        <comment>key status</comment>
        <translation>已停用</translation>
    </message>
    <message>
        <source>ok</source>
        <comment>forecast level</comment>
        <translation>正常</translation>
    </message>
    <message>
        <source>warning</source>
        <comment>forecast level</comment>
        <translation>警告</translation>
    </message>
    <message>
        <source>critical</source>
        <comment>forecast level</comment>
        <translation>嚴重</translation>
    </message>
    <message>
        <source>exhausted</source>
        <comment>forecast level</comment>
        <translation>已耗盡</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>forecast level</comment>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>count status</comment>
        <translation>%2 %1</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>另 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>plan (labels)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between labels</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ForecastChart</name>
    <message>
        <source>Quota forecast</source>
        <translation>配額預測</translation>
    </message>
    <message>
        <source>80% band</source>
        <translation>80% 區間</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>預估</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Cycle end</source>
        <translation>週期結束</translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation>耗盡</translation>
    </message>
    <message>
        <source>Predicted to run out</source>
        <translation>預估耗盡</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>預估</translation>
    </message>
    <message>
        <source>%1
%2: %3 credits</source>
        <translation>%1
%2：%3 點數</translation>
    </message>
    <message>
        <source>Limit: %1 credits</source>
        <translation>上限：%1 點數</translation>
    </message>
    <message>
        <source>The cycle ends %1</source>
        <translation>週期於 %1 結束</translation>
    </message>
    <message>
        <source>Projected at the cycle end: %1 to %2 credits (80% band)</source>
        <translation>預估週期結束時：%1 至 %2 點數（80% 區間）</translation>
    </message>
    <message>
        <source>Quota forecast — no usage history yet</source>
        <translation>配額預測 — 尚無用量歷史</translation>
    </message>
    <message>
        <source>Projection: %1 at the cycle end</source>
        <translation>預估週期結束時為 %1</translation>
    </message>
    <message>
        <source>level unknown</source>
        <translation>等級未知</translation>
    </message>
    <message>
        <source>not enough history yet</source>
        <translation>歷史資料尚不足</translation>
    </message>
    <message>
        <source>%1, confidence %2%</source>
        <translation>%1，信賴度 %2%</translation>
    </message>
    <message>
        <source>Quota forecast: %1 (%2)</source>
        <translation>配額預測：%1（%2）</translation>
    </message>
</context>
<context>
    <name>ForecastTable</name>
    <message>
        <source>KEY</source>
        <translation>金鑰</translation>
    </message>
    <message>
        <source>USED / LIMIT</source>
        <translation>已用 / 上限</translation>
    </message>
    <message>
        <source>PER DAY</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>AT CYCLE END</source>
        <translation>週期末預計</translation>
    </message>
    <message>
        <source>LOW (80%)</source>
        <translation>下界（80%）</translation>
    </message>
    <message>
        <source>HIGH (80%)</source>
        <translation>上界（80%）</translation>
    </message>
    <message>
        <source>RUNS OUT (UTC)</source>
        <translation>耗盡時間（UTC）</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>CONFIDENCE</source>
        <translation>信賴度</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>level (key status)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (little history)</source>
        <translation>%1（歷史資料太少）</translation>
    </message>
    <message>
        <source>account: %1</source>
        <translation>帳戶：%1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between labels</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>HeadlineCards</name>
    <message>
        <source>Keys by status</source>
        <translation>各狀態金鑰數</translation>
    </message>
    <message>
        <source>Cache hit rate over the range</source>
        <translation>範圍內的快取命中率</translation>
    </message>
    <message>
        <source>Next predicted exhaustion</source>
        <translation>下一次預估耗盡</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 &lt;span style=&quot;font-weight:normal&quot;&gt;of %2 (%3)&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&quot;font-weight:normal&quot;&gt;/ %2（%3）&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Over the accounts with a plan limit and a figure this billing cycle: %1 of %2</source>
        <translation>統計本計費週期內有方案上限且有數據的帳戶：%2 個中的 %1 個</translation>
    </message>
    <message>
        <source>%1 &lt;span style=&quot;font-weight:normal&quot;&gt;of %2 look-ups, %3 an hour&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&quot;font-weight:normal&quot;&gt;（共 %2 次查詢，每小時 %3 次）&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Counted %1 – %2</source>
        <translation>統計區間 %1 – %2</translation>
    </message>
    <message>
        <source>in whole hours: look-ups older than the raw history are kept per hour</source>
        <translation>以整點小時統計：早於原始歷史的查詢按小時保存</translation>
    </message>
    <message>
        <source>none before the cycle ends</source>
        <translation>週期結束前不會耗盡</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln 個帳戶</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost this cycle (US dollars)</source>
        <translation>本週期費用（美元）</translation>
    </message>
    <message>
        <source>%1 at the cycle end</source>
        <translation>週期末 %1</translation>
    </message>
    <message>
        <source>no projection yet</source>
        <translation>尚無預測</translation>
    </message>
    <message>
        <source>%1 &lt;span style=&quot;font-weight:normal&quot;&gt;so far, %2&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&quot;font-weight:normal&quot;&gt;至今，%2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>The advised plans would save %1 a month.</source>
        <translation>改用建議的方案每月可省 %1。</translation>
    </message>
    <message>
        <source>Credits left this cycle</source>
        <translation>本週期剩餘點數</translation>
    </message>
</context>
<context>
    <name>HiddenField</name>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隱藏</translation>
    </message>
    <message>
        <source>Show the key while you check it</source>
        <translation>核對時顯示金鑰</translation>
    </message>
</context>
<context>
    <name>HitRateChart</name>
    <message>
        <source>Cache hit rate</source>
        <translation>快取命中率</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>命中率</translation>
    </message>
    <message>
        <source>Held back by the rate limiter</source>
        <translation>遭速率限制器暫緩</translation>
    </message>
    <message>
        <source>%1
Hit rate %2% (%3 cache + %4 coalesced of %5 look-ups)
Held back %6% (%7)</source>
        <translation>%1
命中率 %2%（%5 次查詢中快取 %3 次 + 合併 %4 次）
暫緩 %6%（%7）</translation>
    </message>
    <message>
        <source>Cache hit rate — no look-ups in this range</source>
        <translation>快取命中率 — 此範圍內沒有查詢</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <source>Import keys</source>
        <translation>匯入金鑰</translation>
    </message>
    <message>
        <source>One key per line: &lt;code&gt;tvly-…&lt;/code&gt;, &lt;code&gt;label,tvly-…&lt;/code&gt; or &lt;code&gt;.env&lt;/code&gt; style &lt;code&gt;NAME=tvly-…&lt;/code&gt;. Blank lines and &lt;code&gt;#&lt;/code&gt; comments are skipped; keys already stored are reported, not added twice.</source>
        <translation>每行一個金鑰：&lt;code&gt;tvly-…&lt;/code&gt;、&lt;code&gt;label,tvly-…&lt;/code&gt; 或 &lt;code&gt;.env&lt;/code&gt; 格式的 &lt;code&gt;NAME=tvly-…&lt;/code&gt;。空白行與 &lt;code&gt;#&lt;/code&gt; 註解會略過；已儲存的金鑰會列出，不會重複新增。</translation>
    </message>
    <message>
        <source>A text, CSV or .env file</source>
        <translation>文字、CSV 或 .env 檔案</translation>
    </message>
    <message>
        <source>Paste the lines here</source>
        <translation>在此貼上各行</translation>
    </message>
    <message>
        <source>From a &amp;file</source>
        <translation>從檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼上(&amp;P)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation>未匯入的原因</translation>
    </message>
    <message>
        <source>Choose a key list</source>
        <translation>選擇金鑰清單</translation>
    </message>
    <message>
        <source>Key lists (*.txt *.csv *.env *.keys);;All files (*)</source>
        <translation>金鑰清單 (*.txt *.csv *.env *.keys);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>請選擇要匯入的檔案。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; is it a key list?</source>
        <translation>%1 大於 %2 MiB，確定是金鑰清單嗎？</translation>
    </message>
    <message>
        <source>Paste the lines to import.</source>
        <translation>請貼上要匯入的行。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未匯入任何內容：%1</translation>
    </message>
    <message>
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n key(s).</source>
        <translation>
            <numerusform>已匯入 %n 個金鑰。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) were not imported:</source>
        <translation>
            <numerusform>有 %n 行未匯入：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyCommands</name>
    <message>
        <source>No keys yet. Add one with: quotadeck keys add --label NAME &lt; keyfile</source>
        <translation>還沒有金鑰。可用以下命令新增：quotadeck keys add --label NAME &lt; keyfile</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>金鑰</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>KEY USAGE</source>
        <translation>金鑰用量</translation>
    </message>
    <message>
        <source>PLAN USAGE</source>
        <translation>方案用量</translation>
    </message>
    <message>
        <source>LAST REFRESHED</source>
        <translation>上次重新整理</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>removed key %1 &quot;%2&quot; (%3)</source>
        <translation>已移除金鑰 %1「%2」（%3）</translation>
    </message>
    <message>
        <source>enabled key %1 &quot;%2&quot; (%3)</source>
        <translation>已啟用金鑰 %1「%2」（%3）</translation>
    </message>
    <message>
        <source>disabled key %1 &quot;%2&quot; (%3)</source>
        <translation>已停用金鑰 %1「%2」（%3）</translation>
    </message>
    <message>
        <source>Paste the Tavily API key (input hidden), then press Enter: </source>
        <translation>貼上 Tavily API 金鑰（輸入不回顯），然後按 Enter 鍵：</translation>
    </message>
    <message>
        <source>no key arrived on standard input</source>
        <translation>標準輸入中沒有收到金鑰</translation>
    </message>
    <message>
        <source>added key %1 &quot;%2&quot; (%3)</source>
        <translation>已新增金鑰 %1「%2」（%3）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; split it</source>
        <translation>%1 大於 %2 MiB，請拆分後再匯入</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>imported; rejected</comment>
        <translation>%1；%2</translation>
    </message>
    <message numerus="yes">
        <source>imported %n key(s)</source>
        <translation>
            <numerusform>已匯入 %n 個金鑰</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) rejected</source>
        <translation>
            <numerusform>拒絕 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not available in this version yet</source>
        <translation>此版本尚不支援 %1</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>專案</translation>
    </message>
    <message>
        <source>key %1 &quot;%2&quot; (%3) has no project</source>
        <translation>金鑰 %1「%2」（%3）不屬於任何專案</translation>
    </message>
    <message>
        <source>key %1 &quot;%2&quot; (%3) is in project &quot;%4&quot;</source>
        <translation>金鑰 %1「%2」（%3）屬於專案「%4」</translation>
    </message>
    <message>
        <source>Paste the new Tavily API key (input hidden), then press Enter: </source>
        <translation>貼上新的 Tavily API 金鑰（輸入不回顯），然後按 Enter 鍵：</translation>
    </message>
    <message>
        <source>rotated &quot;%1&quot;: key %2 (%3) replaces key %4 (%5), now disabled as &quot;%6&quot;</source>
        <translation>已輪替「%1」：金鑰 %2（%3）取代了金鑰 %4（%5），後者已停用，現名為「%6」</translation>
    </message>
</context>
<context>
    <name>KeyEditor</name>
    <message>
        <source>Added %1 (%2)</source>
        <translation>已新增 %1（%2）</translation>
    </message>
    <message>
        <source>Remove the key %1 (%2)?</source>
        <translation>要移除金鑰 %1（%2）嗎？</translation>
    </message>
    <message>
        <source>Remove keys</source>
        <translation>移除金鑰</translation>
    </message>
    <message>
        <source>The encrypted key is deleted from this store together with its history. This cannot be undone.</source>
        <translation>加密的金鑰將連同其歷史記錄從此資料庫中刪除。此動作無法復原。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Nothing was removed: a refresh started meanwhile</source>
        <translation>未移除任何金鑰：期間已有重新整理開始執行</translation>
    </message>
    <message>
        <source>Keys cannot be renamed while a refresh runs</source>
        <translation>重新整理執行期間無法重新命名金鑰</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform>，以及另外 %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n key(s)</source>
        <translation>
            <numerusform>已匯入 %n 個金鑰</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n keys: %1?</source>
        <translation>
            <numerusform>要移除 %n 個金鑰：%1 嗎？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) could not be removed.</source>
        <translation>
            <numerusform>%n 個金鑰無法移除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n key(s)</source>
        <translation>
            <numerusform>已移除 %n 個金鑰</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enabled %n key(s)</source>
        <translation>
            <numerusform>已啟用 %n 個金鑰</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabled %n key(s)</source>
        <translation>
            <numerusform>已停用 %n 個金鑰</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotated %1: %2 replaces %3</source>
        <translation>已輪替 %1：%2 取代了 %3</translation>
    </message>
</context>
<context>
    <name>KeyErrorText</name>
    <message>
        <source>Invalid or revoked key (HTTP %1)</source>
        <translation>金鑰無效或已被撤銷（HTTP %1）</translation>
    </message>
    <message>
        <source>Rate limited by Tavily (HTTP 429)</source>
        <translation>觸發 Tavily 速率限制（HTTP 429）</translation>
    </message>
    <message>
        <source>Rate limited by Tavily (HTTP 429); may be asked again at %1</source>
        <translation>觸發 Tavily 速率限制（HTTP 429），%1 後可再次查詢</translation>
    </message>
    <message>
        <source>Held back to respect Tavily&apos;s rate limit</source>
        <translation>為遵守 Tavily 速率限制而暫緩查詢</translation>
    </message>
    <message>
        <source>Held back to respect Tavily&apos;s rate limit; asked again at %1</source>
        <translation>為遵守 Tavily 速率限制而暫緩查詢，將於 %1 再次查詢</translation>
    </message>
    <message>
        <source>Key or plan limit exceeded (HTTP 432)</source>
        <translation>已超出金鑰或方案的額度上限（HTTP 432）</translation>
    </message>
    <message>
        <source>Pay-as-you-go limit exceeded (HTTP 433)</source>
        <translation>已超出隨用隨付上限（HTTP 433）</translation>
    </message>
    <message>
        <source>Bad request (HTTP 400)</source>
        <translation>請求無效（HTTP 400）</translation>
    </message>
    <message>
        <source>Tavily server error (HTTP %1)</source>
        <translation>Tavily 伺服器錯誤（HTTP %1）</translation>
    </message>
    <message>
        <source>Unexpected answer from Tavily (HTTP %1)</source>
        <translation>Tavily 傳回非預期的回應（HTTP %1）</translation>
    </message>
    <message>
        <source>Unreadable answer from the usage API</source>
        <translation>用量 API 傳回的內容無法解析</translation>
    </message>
    <message>
        <source>The answer was too large</source>
        <translation>回應內容過大</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>等待回應逾時</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>連線遭拒</translation>
    </message>
    <message>
        <source>Server not found (DNS)</source>
        <translation>找不到伺服器（DNS）</translation>
    </message>
    <message>
        <source>The server closed the connection before answering</source>
        <translation>伺服器在回應前關閉了連線</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>連線逾時</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS 交握失敗</translation>
    </message>
    <message>
        <source>The network is not available</source>
        <translation>網路無法使用</translation>
    </message>
    <message>
        <source>Proxy error</source>
        <translation>代理伺服器錯誤</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>網路錯誤</translation>
    </message>
    <message>
        <source>Look-up cancelled</source>
        <translation>查詢已取消</translation>
    </message>
    <message>
        <source>The API base URL in the settings is not usable</source>
        <translation>設定中的 API 基礎網址無法使用</translation>
    </message>
    <message>
        <source>The key is empty or holds characters that cannot be sent</source>
        <translation>金鑰為空或含有無法傳送的字元</translation>
    </message>
    <message>
        <source>The sealed key cannot be opened with this keychain&apos;s data key</source>
        <translation>無法以此系統金鑰圈中的資料金鑰解開加密的金鑰</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 狀態 %1</translation>
    </message>
    <message>
        <source>As reported: %1</source>
        <translation>原始訊息：%1</translation>
    </message>
</context>
<context>
    <name>KeyImportParser</name>
    <message>
        <source>the label is not valid UTF-8 text</source>
        <translation>標籤不是有效的 UTF-8 文字</translation>
    </message>
    <message>
        <source>the label has an opening quote but no closing quote</source>
        <translation>標籤有開引號但沒有閉引號</translation>
    </message>
    <message>
        <source>a quote inside the quoted label is not doubled (write &quot;&quot;)</source>
        <translation>帶引號的標籤中的引號沒有成對書寫（請寫成 &quot;&quot;）</translation>
    </message>
    <message>
        <source>the label contains control characters</source>
        <translation>標籤包含控制字元</translation>
    </message>
    <message>
        <source>the label is longer than %1 characters</source>
        <translation>標籤超過 %1 個字元</translation>
    </message>
    <message>
        <source>the name before = is longer than %1 characters</source>
        <translation>= 前的名稱超過 %1 個字元</translation>
    </message>
    <message>
        <source>the value has an opening quote but no closing quote</source>
        <translation>值有開引號但沒有閉引號</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote</source>
        <translation>閉引號後有多餘的文字</translation>
    </message>
    <message>
        <source>no key after %1=</source>
        <translation>%1= 後面沒有金鑰</translation>
    </message>
    <message>
        <source>an export line needs the form export NAME=key</source>
        <translation>export 行的格式應為 export NAME=key</translation>
    </message>
    <message>
        <source>no label after the comma; the form is label,key or just the key</source>
        <translation>逗號後沒有標籤；格式應為 label,key 或只寫金鑰</translation>
    </message>
    <message>
        <source>no key after the label</source>
        <translation>標籤後面沒有金鑰</translation>
    </message>
    <message>
        <source>the key must come last on the line (label,key)</source>
        <translation>金鑰必須位於行末（label,key）</translation>
    </message>
    <message>
        <source>the input is larger than %1 MiB; split the key list into smaller files</source>
        <translation>輸入大於 %1 MiB；請將金鑰清單拆分成較小的檔案</translation>
    </message>
    <message>
        <source>this looks like a binary or UTF-16 file; save the key list as UTF-8 text</source>
        <translation>這看起來是二進位或 UTF-16 檔案；請將金鑰清單儲存為 UTF-8 文字</translation>
    </message>
    <message>
        <source>same key as line %1</source>
        <translation>與第 %1 行的金鑰相同</translation>
    </message>
</context>
<context>
    <name>KeyManager</name>
    <message>
        <source>the keychain is not open, so keys cannot be sealed</source>
        <translation>系統金鑰圈未開啟，無法封存金鑰</translation>
    </message>
    <message>
        <source>the label is empty</source>
        <translation>標籤為空</translation>
    </message>
    <message>
        <source>the label is longer than %1 characters</source>
        <translation>標籤超過 %1 個字元</translation>
    </message>
    <message>
        <source>the label contains control characters</source>
        <translation>標籤包含控制字元</translation>
    </message>
    <message>
        <source>the label &quot;%1&quot; is already used by another key</source>
        <translation>標籤「%1」已被另一個金鑰使用</translation>
    </message>
    <message>
        <source>this key is already stored as &quot;%1&quot;</source>
        <translation>此金鑰已儲存為「%1」</translation>
    </message>
    <message>
        <source>already stored as &quot;%1&quot;</source>
        <translation>已儲存為「%1」</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>未匯入任何內容：%1</translation>
    </message>
    <message>
        <source>no key has the id or label &quot;%1&quot;</source>
        <translation>沒有 ID 或標籤為「%1」的金鑰</translation>
    </message>
    <message>
        <source>the project name is longer than %1 characters</source>
        <translation>專案名稱超過 %1 個字元</translation>
    </message>
    <message>
        <source>the project name contains control characters</source>
        <translation>專案名稱含有控制字元</translation>
    </message>
    <message>
        <source>the project name looks like an API key (tvly- and 16 or more letters or digits); a project is named, not keyed</source>
        <translation>專案名稱看起來像 API 金鑰（tvly- 加 16 個或更多字母或數字）；專案應使用名稱，而不是金鑰</translation>
    </message>
    <message>
        <source>the new key is the same as the old one of &quot;%1&quot;</source>
        <translation>新金鑰與「%1」的舊金鑰相同</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; was already rotated</source>
        <translation>金鑰「%1」已經輪替過</translation>
    </message>
    <message>
        <source>the organisation&apos;s name: %1</source>
        <translation>組織名稱：%1</translation>
    </message>
</context>
<context>
    <name>KeyTableModel</name>
    <message>
        <source>Disabled: Refresh skips this key</source>
        <translation>已停用：重新整理時跳過此金鑰</translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation>尚未重新整理</translation>
    </message>
    <message>
        <source>May be asked again at %1 (%2)</source>
        <translation>可於 %1 再次查詢（%2）</translation>
    </message>
    <message>
        <source>May be asked again (since %1)</source>
        <translation>可再次查詢（自 %1 起）</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 狀態 %1</translation>
    </message>
    <message>
        <source>This key used %1 credits this billing cycle</source>
        <translation>此金鑰在本計費週期已用點數 %1</translation>
    </message>
    <message>
        <source>The account used %1 credits of its plan this billing cycle</source>
        <translation>該帳戶在本計費週期已用方案點數 %1</translation>
    </message>
    <message>
        <source>%1 of %2 (%3); %4 left</source>
        <translation>已用 %1 / %2（%3），剩餘 %4</translation>
    </message>
    <message>
        <source>No limit of its own: the plan&apos;s limit applies</source>
        <translation>自身無上限：適用方案上限</translation>
    </message>
    <message>
        <source>No plan limit reported</source>
        <translation>未報告方案上限</translation>
    </message>
    <message>
        <source>Pay-as-you-go: %1</source>
        <translation>隨用隨付：%1</translation>
    </message>
    <message>
        <source>Never refreshed</source>
        <translation>從未重新整理</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>金鑰</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>金鑰用量</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Plan usage</source>
        <translation>方案用量</translation>
    </message>
    <message>
        <source>Last refreshed</source>
        <translation>上次重新整理</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近錯誤</translation>
    </message>
    <message>
        <source>Your name for the key (double-click to rename)</source>
        <translation>您為金鑰起的名稱（雙擊可重新命名）</translation>
    </message>
    <message>
        <source>The key, masked: only its prefix and last characters are ever shown</source>
        <translation>已遮蔽的金鑰：只顯示其字首和最後幾個字元</translation>
    </message>
    <message>
        <source>The outcome of the key&apos;s last look-up</source>
        <translation>該金鑰最近一次查詢的結果</translation>
    </message>
    <message>
        <source>Credits this key used in the current billing cycle, against its own limit</source>
        <translation>此金鑰在目前計費週期已用的點數，對照其自身上限</translation>
    </message>
    <message>
        <source>The plan of the account the key belongs to</source>
        <translation>該金鑰所屬帳戶的方案</translation>
    </message>
    <message>
        <source>Credits the whole account used in the current billing cycle, against the plan&apos;s limit</source>
        <translation>整個帳戶在目前計費週期已用的點數，對照方案上限</translation>
    </message>
    <message>
        <source>When the key was last looked up (exact UTC time in the tooltip)</source>
        <translation>該金鑰最近一次查詢的時間（工具提示中為精確的 UTC 時間）</translation>
    </message>
    <message>
        <source>What went wrong on the last look-up, if anything</source>
        <translation>最近一次查詢出現的問題（如有）</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>無上限</translation>
    </message>
    <message>
        <source>rate limited until %1</source>
        <translation>受速率限制，直到 %1</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>尚未得知</translation>
    </message>
    <message>
        <source>%1 credits used, no limit</source>
        <translation>已用 %1 點數，無上限</translation>
    </message>
    <message>
        <source>%1 of %2 credits used (%3%)</source>
        <translation>已用 %1 / %2 點數（%3%）</translation>
    </message>
    <message>
        <source>%1 key: Tavily allows it %2 requests per minute</source>
        <translation>%1金鑰：Tavily 允許它每分鐘 %2 次請求</translation>
    </message>
    <message>
        <source>%1 key: neither a development (tvly-dev-) nor a production (tvly-prod-) key</source>
        <translation>%1金鑰：既不是開發金鑰（tvly-dev-），也不是正式金鑰（tvly-prod-）</translation>
    </message>
    <message>
        <source>No project: look-ups report the whole key&apos;s usage</source>
        <translation>無專案：查詢回報整把金鑰的用量</translation>
    </message>
    <message>
        <source>Look-ups ask for project &quot;%1&quot; only (X-Project-ID)</source>
        <translation>查詢只針對專案「%1」（X-Project-ID）</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>專案</translation>
    </message>
    <message>
        <source>The Tavily project the key&apos;s look-ups are scoped to, if any</source>
        <translation>這把金鑰的查詢所限定的 Tavily 專案（如有）</translation>
    </message>
    <message>
        <source>Rotate by</source>
        <translation>輪替期限</translation>
    </message>
    <message>
        <source>When the key reaches the rotation age set in Settings (when it was added in the tooltip)</source>
        <translation>金鑰達到設定中輪替期限的日期（新增時間見提示）</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>自 %1 起已逾期</translation>
    </message>
    <message numerus="yes">
        <source>Added on %1, %n day(s) ago</source>
        <translation>
            <numerusform>新增於 %1，%n 天前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keys older than %n day(s) raise a reminder to replace them with a new key (Key &gt; Rotate)</source>
        <translation>
            <numerusform>新增超過 %n 天的金鑰會提醒換用新金鑰（金鑰 &gt; 輪替）</numerusform>
        </translation>
    </message>
    <message>
        <source>Retired: another key replaced it</source>
        <translation>已汰換：已由另一個金鑰取代</translation>
    </message>
    <message>
        <source>No rotation reminder: it is off in Settings</source>
        <translation>無輪替提醒：已在設定中關閉</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>金鑰 %1</translation>
    </message>
    <message>
        <source>Retired: replaced by “%1”</source>
        <translation>已汰換：已由「%1」取代</translation>
    </message>
    <message>
        <source>Replaces “%1”, whose history stays with it</source>
        <translation>取代了「%1」，其歷史記錄仍保留在該金鑰</translation>
    </message>
</context>
<context>
    <name>KeyTableView</name>
    <message>
        <source>No keys yet — Add key or Import a list</source>
        <translation>還沒有金鑰 — 請新增金鑰或匯入清單</translation>
    </message>
    <message>
        <source>No key matches “%1”</source>
        <translation>沒有符合「%1」的金鑰</translation>
    </message>
</context>
<context>
    <name>LogCommand</name>
    <message>
        <source>the request log cannot be read: %1</source>
        <translation>無法讀取請求記錄：%1</translation>
    </message>
    <message>
        <source>Request log from %1 to %2 (UTC): %3 requests, %4 credits, %5 unattributed
</source>
        <translation>請求記錄，%1 至 %2（UTC）：%3 個請求，%4 點數，%5 個無法歸屬
</translation>
    </message>
    <message>
        <source>Credits by endpoint: %1
</source>
        <translation>依端點統計的點數：%1
</translation>
    </message>
    <message>
        <source>Search credits by depth: %1
</source>
        <translation>依搜尋深度統計的搜尋點數：%1
</translation>
    </message>
    <message>
        <source>Requests per hour: %1 in the busiest of %2 hour(s) with requests
</source>
        <translation>每小時請求數：在有請求的 %2 個小時中，最忙的一小時為 %1 個
</translation>
    </message>
    <message>
        <source>Slowest requests:
</source>
        <translation>最慢的請求：
</translation>
    </message>
</context>
<context>
    <name>LogSync</name>
    <message>
        <source>the key chosen to read the log cannot be unsealed</source>
        <translation>用於讀取記錄的金鑰無法解封</translation>
    </message>
    <message>
        <source>Account #%1 (%2): its plan does not offer request logs (HTTP %3); not asked again until the plan changes.</source>
        <translation>帳戶 #%1（%2）：其方案不提供請求記錄（HTTP %3）；在方案變更之前不再請求。</translation>
    </message>
    <message>
        <source>Account #%1: reading its request log stopped: %2</source>
        <translation>帳戶 #%1：讀取其請求記錄時中止：%2</translation>
    </message>
    <message>
        <source>the request log could not be written: %1</source>
        <translation>無法寫入請求記錄：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) on the free plan: request logs come with a paid plan, so they were not asked for.</source>
        <translation>
            <numerusform>%n 個帳戶使用免費方案：請求記錄僅隨付費方案提供，因此未請求。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>Off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>每小時</translation>
    </message>
    <message>
        <source>Every %1 min</source>
        <translation>每 %1 分鐘</translation>
    </message>
    <message>
        <source>&amp;Add key…</source>
        <translation>新增金鑰(&amp;A)…</translation>
    </message>
    <message>
        <source>Add key</source>
        <translation>新增金鑰</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>重新命名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh, &amp;ignoring the cache</source>
        <translation>重新整理並略過快取(&amp;I)</translation>
    </message>
    <message>
        <source>Refresh &amp;selected</source>
        <translation>重新整理所選項目(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the refresh; what already came back is kept</source>
        <translation>停止重新整理；已傳回的結果會保留</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>篩選(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>匯出報告(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Join team…</source>
        <translation>加入團隊(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Change team passphrase…</source>
        <translation>變更團隊通關密語(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Make this a team store…</source>
        <translation>設為團隊資料庫(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;About QuotaDeck</source>
        <translation>關於 QuotaDeck(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>金鑰(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh</source>
        <translation>自動重新整理(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>團隊(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Waiting for the keychain to open the vault…</source>
        <translation>正在等待系統金鑰圈開啟金鑰保管庫…</translation>
    </message>
    <message>
        <source>Join the team first (Tools &gt; Team &gt; Join team…): this keychain does not hold the team key yet</source>
        <translation>請先加入團隊（工具 &gt; 團隊 &gt; 加入團隊…）：此金鑰圈中還沒有團隊金鑰</translation>
    </message>
    <message>
        <source>Join the team again (Tools &gt; Team &gt; Join team…): the store&apos;s team key has changed</source>
        <translation>請重新加入團隊（工具 &gt; 團隊 &gt; 加入團隊…）：資料庫的團隊金鑰已變更</translation>
    </message>
    <message>
        <source>Unavailable: the vault is not open. %1</source>
        <translation>無法使用：金鑰保管庫未開啟。%1</translation>
    </message>
    <message>
        <source>Wait for the refresh to finish (or cancel it)</source>
        <translation>請等待重新整理完成（或取消）</translation>
    </message>
    <message>
        <source>Add a key (Ctrl+N)</source>
        <translation>新增一個金鑰（Ctrl+N）</translation>
    </message>
    <message>
        <source>Import a list of keys from a file or pasted text (Ctrl+I)</source>
        <translation>從檔案或貼上的文字匯入金鑰清單（Ctrl+I）</translation>
    </message>
    <message>
        <source>Every enabled key is part of the refresh that is running</source>
        <translation>所有已啟用的金鑰都在執行中的重新整理裡</translation>
    </message>
    <message>
        <source>Look up the quota of every enabled key (F5)</source>
        <translation>查詢所有已啟用金鑰的配額（F5）</translation>
    </message>
    <message>
        <source>Look up every enabled key on the network, skipping the cache but not the rate limit (Shift+F5)</source>
        <translation>透過網路查詢所有已啟用的金鑰，略過快取但仍遵守速率限制（Shift+F5）</translation>
    </message>
    <message>
        <source>Select one or more keys first</source>
        <translation>請先選取一或多個金鑰</translation>
    </message>
    <message>
        <source>The selected keys are disabled</source>
        <translation>所選金鑰已停用</translation>
    </message>
    <message>
        <source>The selected keys are part of the refresh that is running</source>
        <translation>所選金鑰都在執行中的重新整理裡</translation>
    </message>
    <message>
        <source>Look up the quota of the selected keys (Ctrl+R)</source>
        <translation>查詢所選金鑰的配額（Ctrl+R）</translation>
    </message>
    <message>
        <source>Remove the selected keys (Delete)</source>
        <translation>移除所選金鑰（Delete）</translation>
    </message>
    <message>
        <source>Rename the key (F2 or double-click)</source>
        <translation>重新命名金鑰（F2 或按兩下）</translation>
    </message>
    <message>
        <source>Select one key</source>
        <translation>請選取一個金鑰</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>啟用(&amp;E)</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Enable the selected keys: Refresh includes them again (Ctrl+E)</source>
        <translation>啟用所選金鑰：重新整理時再次納入（Ctrl+E）</translation>
    </message>
    <message>
        <source>Disable the selected keys: Refresh skips them (Ctrl+E)</source>
        <translation>停用所選金鑰：重新整理時略過（Ctrl+E）</translation>
    </message>
    <message>
        <source>This store is not a team store</source>
        <translation>此資料庫不是團隊資料庫</translation>
    </message>
    <message>
        <source>Enter the team passphrase to keep the team key in this keychain</source>
        <translation>輸入團隊通關密語，將團隊金鑰保存在此金鑰圈中</translation>
    </message>
    <message>
        <source>This keychain already holds the team key</source>
        <translation>此金鑰圈已持有團隊金鑰</translation>
    </message>
    <message>
        <source>Re-seal every key under a new team passphrase; the other admins join again</source>
        <translation>以新的團隊通關密語重新加密所有金鑰；其他管理員需重新加入</translation>
    </message>
    <message>
        <source>Join the team first: changing the passphrase needs the present team key</source>
        <translation>請先加入團隊：變更通關密語需要目前的團隊金鑰</translation>
    </message>
    <message>
        <source>Share this PostgreSQL store with other admins through a team passphrase</source>
        <translation>透過團隊通關密語與其他管理員共用此 PostgreSQL 資料庫</translation>
    </message>
    <message>
        <source>Team mode needs a shared PostgreSQL store (quotadeck migrate --to postgresql://...)</source>
        <translation>團隊模式需要共用的 PostgreSQL 資料庫（quotadeck migrate --to postgresql://...）</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>移除(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>金鑰(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>儀表板(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>警示(&amp;A)</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>輪替(&amp;O)…</translation>
    </message>
    <message>
        <source>Replace the key by a new one: it takes the label and project; the old one is kept, disabled</source>
        <translation>以新金鑰取代此金鑰：新金鑰沿用標籤與專案，舊金鑰保留並停用</translation>
    </message>
    <message>
        <source>&amp;Organisation usage…</source>
        <translation>組織用量(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>MainTabs</name>
    <message>
        <source>&amp;Dashboard</source>
        <translation>儀表板(&amp;D)</translation>
    </message>
    <message>
        <source>A&amp;lerts</source>
        <translation>警示(&amp;L)</translation>
    </message>
    <message>
        <source>Ke&amp;ys</source>
        <translation>金鑰(&amp;Y)</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>請求(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <source>Keys</source>
        <translation>金鑰</translation>
    </message>
    <message>
        <source>A&amp;uto-refresh</source>
        <translation>自動重新整理(&amp;U)</translation>
    </message>
    <message>
        <source>Refresh every enabled key on a schedule. A scheduled refresh is skipped while another is still running. Saved in settings.ini.</source>
        <translation>依排程重新整理所有已啟用的金鑰。若上一次重新整理仍在執行，則略過本次排程。儲存在 settings.ini 中。</translation>
    </message>
    <message>
        <source>Filter keys (Ctrl+F)</source>
        <translation>篩選金鑰（Ctrl+F）</translation>
    </message>
    <message>
        <source>Shows the keys whose label, masked key, status, plan or error contains the text</source>
        <translation>顯示標籤、遮罩金鑰、狀態、方案或錯誤中包含此文字的金鑰</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Settings applied</source>
        <translation>設定已套用</translation>
    </message>
    <message>
        <source>QuotaDeck — demo</source>
        <translation>QuotaDeck — 示範</translation>
    </message>
</context>
<context>
    <name>MemoryKeychain</name>
    <message>
        <source>The keychain has no entry named &quot;%1&quot;.</source>
        <translation>系統金鑰圈中沒有名為「%1」的項目。</translation>
    </message>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>系統金鑰圈中沒有該項目。</translation>
    </message>
    <message>
        <source>No keychain service is available.</source>
        <translation>沒有可用的金鑰圈服務。</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>存取系統金鑰圈被拒絕。</translation>
    </message>
    <message>
        <source>The keychain failed.</source>
        <translation>系統金鑰圈出錯。</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>記憶體</translation>
    </message>
</context>
<context>
    <name>MetricsEndpoint</name>
    <message>
        <source>--listen takes ADDRESS:PORT, such as 127.0.0.1:9464</source>
        <translation>--listen 的格式為 位址:埠，例如 127.0.0.1:9464</translation>
    </message>
    <message>
        <source>--listen needs an IP address (or localhost), not &quot;%1&quot;</source>
        <translation>--listen 需要 IP 位址（或 localhost），而不是「%1」</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>From level</source>
        <translation>起始等級</translation>
    </message>
    <message>
        <source>Sends to</source>
        <translation>傳送至</translation>
    </message>
    <message>
        <source>Send one test message to the selected channel</source>
        <translation>向所選管道傳送一則測試訊息</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Add a channel</source>
        <translation>新增管道</translation>
    </message>
    <message>
        <source>e.g. ops-slack</source>
        <translation>例如 ops-slack</translation>
    </message>
    <message>
        <source>Webhook (JSON)</source>
        <translation>Webhook（JSON）</translation>
    </message>
    <message>
        <source>Slack incoming webhook</source>
        <translation>Slack 傳入 Webhook</translation>
    </message>
    <message>
        <source>ntfy topic</source>
        <translation>ntfy 主題</translation>
    </message>
    <message>
        <source>E-mail (SMTP)</source>
        <translation>電子郵件（SMTP）</translation>
    </message>
    <message>
        <source>Info (recoveries too)</source>
        <translation>資訊（包含恢復）</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>僅嚴重</translation>
    </message>
    <message>
        <source>https://… (kept sealed, never shown again)</source>
        <translation>https://…（加密保存，不再顯示）</translation>
    </message>
    <message>
        <source>smtp.example.com (smtps://… for TLS from the start)</source>
        <translation>smtp.example.com（若要從一開始就使用 TLS，請用 smtps://…）</translation>
    </message>
    <message>
        <source>empty: no login</source>
        <translation>留空：不登入</translation>
    </message>
    <message>
        <source>&amp;Add channel</source>
        <translation>新增管道(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>類型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>網址(&amp;U)：</translation>
    </message>
    <message>
        <source>SMTP &amp;host:</source>
        <translation>SMTP 主機(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>連接埠(&amp;P)：</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>使用者名稱(&amp;S)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密碼(&amp;W)：</translation>
    </message>
    <message>
        <source>Alerts go to these channels after the refresh that raised them, once each, from whichever QuotaDeck runs (this window, a cron job, the service).</source>
        <translation>警示在產生它的重新整理之後傳送到這些管道，每則只傳送一次，由當時執行的 QuotaDeck（此視窗、cron 工作或服務）傳送。</translation>
    </message>
    <message>
        <source>The channels cannot be read: %1</source>
        <translation>無法讀取管道：%1</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>未新增 %1：%2</translation>
    </message>
    <message>
        <source>%1 was added. Test it to see that it arrives.</source>
        <translation>已新增 %1。請測試一下，確認訊息能夠送達。</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>已移除 %1。</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>未移除 %1：%2</translation>
    </message>
    <message>
        <source>%1: the test message was delivered.</source>
        <translation>%1：測試訊息已送達。</translation>
    </message>
    <message>
        <source>%1: not delivered: %2</source>
        <translation>%1：未送達：%2</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>正在新增 %1…</translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation>正在傳送測試訊息至 %1…</translation>
    </message>
    <message>
        <source>T&amp;est</source>
        <translation>測試(&amp;E)</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名稱(&amp;M)：</translation>
    </message>
    <message>
        <source>Send &amp;from:</source>
        <translation>寄件者(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>收件者(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>NotifyCommands</name>
    <message>
        <source>SMTP password (input hidden; empty for no login), then Enter: </source>
        <translation>SMTP 密碼（輸入不回顯；留空則不登入），然後按 Enter 鍵：</translation>
    </message>
    <message>
        <source>Paste the channel&apos;s URL (input hidden), then press Enter: </source>
        <translation>貼上通知管道的 URL（輸入不回顯），然後按 Enter 鍵：</translation>
    </message>
    <message>
        <source>notify add needs --kind webhook, slack, ntfy or email</source>
        <translation>notify add 需要 --kind webhook、slack、ntfy 或 email</translation>
    </message>
    <message>
        <source>--min-level takes info, warning or critical</source>
        <translation>--min-level 取值為 info、warning 或 critical</translation>
    </message>
    <message>
        <source>--to and --smtp-* go with --kind email</source>
        <translation>--to 和 --smtp-* 只能與 --kind email 一起使用</translation>
    </message>
    <message>
        <source>an e-mail channel needs --to ADDRESS and --smtp-host HOST</source>
        <translation>電子郵件通知管道需要 --to ADDRESS 和 --smtp-host HOST</translation>
    </message>
    <message>
        <source>added channel %1 (%2, %3 and above, %4)</source>
        <translation>已新增通知管道 %1（%2，%3 及以上，%4）</translation>
    </message>
    <message>
        <source>cannot read the channels: %1</source>
        <translation>無法讀取通知管道：%1</translation>
    </message>
    <message>
        <source>No channels yet. Add one with: quotadeck notify add NAME --kind webhook &lt; url.txt</source>
        <translation>還沒有通知管道。可用以下命令新增：quotadeck notify add NAME --kind webhook &lt; url.txt</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>MIN LEVEL</source>
        <translation>最低等級</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>, no login</source>
        <translation>，不登入</translation>
    </message>
    <message>
        <source>, login %1</source>
        <translation>，登入使用者 %1</translation>
    </message>
    <message>
        <source>no channel is named &quot;%1&quot;</source>
        <translation>沒有名為「%1」的通知管道</translation>
    </message>
    <message>
        <source>delivered a test message to %1</source>
        <translation>已向 %1 傳送一則測試訊息</translation>
    </message>
    <message>
        <source>removed channel %1</source>
        <translation>已移除通知管道 %1</translation>
    </message>
</context>
<context>
    <name>OrgCommands</name>
    <message>
        <source>the organisation is removed: every key is asked on its own again
</source>
        <translation>已移除組織：每把金鑰重新單獨查詢
</translation>
    </message>
    <message>
        <source>no organisation is set up (quotadeck org set-key --name NAME &lt; owner-key.txt)
</source>
        <translation>尚未設定組織（quotadeck org set-key --name NAME &lt; owner-key.txt）
</translation>
    </message>
    <message>
        <source>Paste the organisation owner&apos;s personal Tavily API key (input hidden), then press Enter: </source>
        <translation>貼上組織擁有者的個人 Tavily API 金鑰（輸入不顯示），然後按 Enter：</translation>
    </message>
    <message>
        <source>no key arrived on standard input</source>
        <translation>標準輸入中沒有收到金鑰</translation>
    </message>
    <message>
        <source>organisation &quot;%1&quot; set up with owner key %2: refreshes ask /org-usage first
</source>
        <translation>已設定組織「%1」，擁有者金鑰 %2：重新整理時先呼叫 /org-usage
</translation>
    </message>
</context>
<context>
    <name>OrgUsage</name>
    <message>
        <source>organisation &quot;%1&quot;, owner key %2, set up %3</source>
        <translation>組織「%1」，擁有者金鑰 %2，設定於 %3</translation>
    </message>
    <message>
        <source>not asked yet: the next refresh asks /org-usage once for its keys</source>
        <translation>尚未查詢：下次重新整理時對其金鑰呼叫一次 /org-usage</translation>
    </message>
    <message>
        <source>refused (HTTP %1) %2: %3; keys are asked on their own until the key or name is set again</source>
        <translation>%2 遭拒（HTTP %1）：%3；在重新設定金鑰或名稱之前，各金鑰單獨查詢</translation>
    </message>
    <message>
        <source>no answer %1: %2; keys were asked on their own, and the next refresh asks again</source>
        <translation>%1 無回應：%2；各金鑰已單獨查詢，下次重新整理時會再次呼叫</translation>
    </message>
    <message numerus="yes">
        <source>last answer %1: %n key(s) of this store answered in one call</source>
        <translation>
            <numerusform>最近一次回應 %1：一次呼叫回應了此資料庫的 %n 把金鑰</numerusform>
        </translation>
    </message>
    <message>
        <source>unmatched, as more than one key here fits: %1</source>
        <translation>未比對（此處有多把金鑰符合）：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) of the organisation not managed here:</source>
        <translation>
            <numerusform>組織中有 %n 把金鑰未在此管理：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n credit(s)</source>
        <translation>
            <numerusform>  %1：%n 點數</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1 (%2): %n credit(s)</source>
        <translation>
            <numerusform>  %1（%2）：%n 點數</numerusform>
        </translation>
    </message>
    <message>
        <source>/org-usage not asked</source>
        <translation>未呼叫 /org-usage</translation>
    </message>
    <message numerus="yes">
        <source>/org-usage: %n key(s) answered by one call</source>
        <translation>
            <numerusform>/org-usage：一次呼叫回應了 %n 把金鑰</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <source>&amp;Set up</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Organisation usage</source>
        <translation>組織用量</translation>
    </message>
    <message>
        <source>On an enterprise plan one call of /org-usage returns the usage of every key of the organisation: refreshes use it instead of asking each key on its own, and ask on their own only the keys it does not name. Tavily wants the organisation&apos;s name and the owner&apos;s personal API key, which is sealed in the keychain like any key.</source>
        <translation>在企業版方案中，一次 /org-usage 呼叫即可傳回組織所有金鑰的用量：重新整理時以它取代逐一查詢，只對其中未列出的金鑰單獨查詢。Tavily 需要組織名稱和擁有者的個人 API 金鑰，該金鑰如同其他金鑰一樣加密保存在系統金鑰圈中。</translation>
    </message>
    <message>
        <source>Organisation &amp;name:</source>
        <translation>組織名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>Owner&apos;s personal &amp;key:</source>
        <translation>擁有者的個人金鑰(&amp;K)：</translation>
    </message>
    <message>
        <source>No organisation is set up: every key is asked on its own.</source>
        <translation>尚未設定組織：每把金鑰單獨查詢。</translation>
    </message>
    <message>
        <source>Organisation %1 set up: refreshes ask /org-usage first</source>
        <translation>已設定組織 %1：重新整理時先呼叫 /org-usage</translation>
    </message>
    <message>
        <source>Organisation removed: every key is asked on its own again</source>
        <translation>已移除組織：每把金鑰重新單獨查詢</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s): quotadeck org show lists them all</source>
        <translation>
            <numerusform>…… 另有 %n 行：quotadeck org show 會全部列出</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show the passphrase while you check it</source>
        <translation>核對時顯示通關密語</translation>
    </message>
</context>
<context>
    <name>PassphraseReader</name>
    <message>
        <source>no team passphrase: give it on standard input or in QUOTADECK_TEAM_PASSPHRASE</source>
        <translation>沒有團隊通關密語：請透過標準輸入或 QUOTADECK_TEAM_PASSPHRASE 提供</translation>
    </message>
    <message>
        <source>the team passphrase in QUOTADECK_TEAM_PASSPHRASE is longer than %1 bytes; QuotaDeck refuses it rather than use only part of it</source>
        <translation>QUOTADECK_TEAM_PASSPHRASE 中的團隊通關密語超過 %1 位元組；QuotaDeck 拒絕使用，而不是只取其中一部分</translation>
    </message>
    <message>
        <source>the team passphrase on standard input is longer than %1 bytes; QuotaDeck refuses it rather than use only part of it</source>
        <translation>標準輸入中的團隊通關密語超過 %1 位元組；QuotaDeck 拒絕使用，而不是只取其中一部分</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>QuotaDeck report %1</source>
        <translation>QuotaDeck 報告 %1</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>無法開始產生 PDF</translation>
    </message>
    <message>
        <source>QuotaDeck report · %1</source>
        <translation>QuotaDeck 報告 · %1</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>第 %1 頁</translation>
    </message>
    <message>
        <source>QuotaDeck report</source>
        <translation>QuotaDeck 報告</translation>
    </message>
    <message>
        <source>The current billing cycle. Generated %1 UTC. Figures and forecasts as of the end of the period.</source>
        <translation>目前計費週期。產生於 %1 UTC。數據與預測皆截至期間結束時。</translation>
    </message>
    <message>
        <source>Generated %1 UTC. Figures and forecasts as of the end of the period.</source>
        <translation>產生於 %1 UTC。數據與預測皆截至期間結束時。</translation>
    </message>
    <message>
        <source>%1 – %2 UTC</source>
        <translation>%1 – %2 UTC</translation>
    </message>
    <message>
        <source>%1 – %2 UTC (whole hours: look-ups older than the raw history are kept per hour)</source>
        <translation>%1 – %2 UTC（以整點小時計：早於原始歷史的查詢按小時保存）</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>金鑰</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <source>Credits remaining (all accounts)</source>
        <translation>剩餘點數（全部帳戶）</translation>
    </message>
    <message>
        <source>Next predicted exhaustion</source>
        <translation>下一次預估耗盡</translation>
    </message>
    <message>
        <source>%1 UTC, %2</source>
        <translation>%1 UTC，%2</translation>
    </message>
    <message>
        <source>none in the current cycle</source>
        <translation>目前週期內沒有</translation>
    </message>
    <message>
        <source>Refresh runs</source>
        <translation>重新整理執行次數</translation>
    </message>
    <message>
        <source>%1 (%2 complete, %3 cancelled)</source>
        <translation>%1（完成 %2 次，取消 %3 次）</translation>
    </message>
    <message>
        <source>Look-ups succeeded</source>
        <translation>查詢成功率</translation>
    </message>
    <message>
        <source>Cache hit rate</source>
        <translation>快取命中率</translation>
    </message>
    <message>
        <source>Look-ups counted</source>
        <translation>查詢統計區間</translation>
    </message>
    <message>
        <source>Calls per hour</source>
        <translation>每小時呼叫次數</translation>
    </message>
    <message>
        <source>Look-up latency p50 / p95 / p99</source>
        <translation>查詢延遲 p50 / p95 / p99</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>速率限制</translation>
    </message>
    <message>
        <source>Alerts raised</source>
        <translation>發出的警示</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>圖表</translation>
    </message>
    <message>
        <source>all keys</source>
        <translation>全部金鑰</translation>
    </message>
    <message>
        <source>%1 (%2), continued</source>
        <translation>%1（%2，續）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>此期間內沒有。</translation>
    </message>
    <message>
        <source>the PDF could not be completed</source>
        <translation>無法完成 PDF</translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2 / %3 (%4 network look-ups since %5 UTC, the raw history kept)</source>
        <translation>
            <numerusform>%1 / %2 / %3（自 %5 UTC 起的 %4 次網路查詢，即所保留的原始歷史）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2 / %3 (%4 network look-ups)</source>
        <translation>
            <numerusform>%1 / %2 / %3（%4 次網路查詢）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 (%3 accounts with a plan limit)</source>
        <translation>
            <numerusform>%1 / %2（%3 個有方案上限的帳戶）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 of %3 look-ups)</source>
        <translation>
            <numerusform>%1（%3 次查詢中的 %2 次）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 look-ups answered rate limited, %2 held back by QuotaDeck&apos;s limiter</source>
        <translation>
            <numerusform>%1 次查詢收到速率受限回應，%2 次遭 QuotaDeck 的限制器暫緩</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%3 次中的 %2 次）</translation>
    </message>
    <message>
        <source>Cost this cycle (US dollars)</source>
        <translation>本週期費用（美元）</translation>
    </message>
    <message>
        <source>none set up: every key is asked on its own</source>
        <translation>未設定：每個金鑰單獨查詢</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s): the JSON report lists them all</source>
        <translation>
            <numerusform>…… 另有 %n 行：JSON 報告中全部列出</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation (/org-usage)</source>
        <translation>組織（/org-usage）</translation>
    </message>
</context>
<context>
    <name>PricesPage</name>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Monthly price (US dollars)</source>
        <translation>月價格（美元）</translation>
    </message>
    <message>
        <source>Credits per month</source>
        <translation>每月點數</translation>
    </message>
    <message>
        <source>The plan&apos;s name as Tavily reports it for the account (current_plan); accounts on a plan not listed here have no cost</source>
        <translation>Tavily 為帳戶回報的方案名稱（current_plan）；方案未列在此處的帳戶不計費用</translation>
    </message>
    <message>
        <source>P&amp;lans:</source>
        <translation>方案(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Add plan</source>
        <translation>新增方案(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove plan</source>
        <translation>移除方案(&amp;R)</translation>
    </message>
    <message>
        <source>Restore &amp;default prices</source>
        <translation>還原預設價格(&amp;D)</translation>
    </message>
    <message>
        <source>What Tavily charges per credit used beyond the plan&apos;s, up to the account&apos;s pay-as-you-go limit</source>
        <translation>超出方案的點數在帳戶隨用隨付上限內，Tavily 對每個點數收取的價格</translation>
    </message>
    <message>
        <source>Pa&amp;y-as-you-go price per credit (US dollars):</source>
        <translation>隨用隨付每點數價格（美元）(&amp;Y)：</translation>
    </message>
    <message>
        <source>Defaults taken on %1 from Tavily&apos;s pricing page (%2).</source>
        <translation>預設值取自 Tavily 價格頁面（%2），日期 %1。</translation>
    </message>
    <message>
        <source>Plan %1 of the price table needs a name.</source>
        <translation>價格表的第 %1 個方案需要名稱。</translation>
    </message>
    <message>
        <source>The monthly price of %1, &quot;%2&quot;, must be a number of dollars from 0 up.</source>
        <translation>%1 的月價格「%2」必須是不小於 0 的美元金額。</translation>
    </message>
    <message>
        <source>The credits of %1, &quot;%2&quot;, must be a whole number above 0.</source>
        <translation>%1 的點數「%2」必須是大於 0 的整數。</translation>
    </message>
    <message>
        <source>The price table lists the plan %1 twice.</source>
        <translation>價格表中方案 %1 出現了兩次。</translation>
    </message>
    <message>
        <source>Plan %1 of the price table cannot be used.</source>
        <translation>價格表的第 %1 個方案無法使用。</translation>
    </message>
    <message>
        <source>The price table needs at least one plan.</source>
        <translation>價格表至少需要一個方案。</translation>
    </message>
    <message>
        <source>The pay-as-you-go price per credit, &quot;%1&quot;, must be a number of dollars from 0 to 100.</source>
        <translation>隨用隨付每點數價格「%1」必須是 0 到 100 之間的美元金額。</translation>
    </message>
</context>
<context>
    <name>ProjectFilter</name>
    <message>
        <source>Narrow the dashboard to the keys of one Tavily project</source>
        <translation>僅顯示某個 Tavily 專案的金鑰</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>所有專案</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>無專案</translation>
    </message>
</context>
<context>
    <name>RefreshCommand</name>
    <message numerus="yes">
        <source>refreshed %n key(s) in %1 s</source>
        <translation>
            <numerusform>已重新整理 %n 個金鑰，耗時 %1 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ok, %2 failed, %3 rate limited; %4 asked over the network (%5 ok), %6 from the cache, %7 joined a look-up in flight, %8 held back</source>
        <translation>成功 %1 個，失敗 %2 個，受速率限制 %3 個；經網路查詢 %4 個（成功 %5 個），來自快取 %6 個，併入進行中的查詢 %7 個，暫緩 %8 個</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>refreshed keys: counts</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3 — %4</source>
        <comment>id label: status — message</comment>
        <translation>%1「%2」：%3 — %4</translation>
    </message>
    <message numerus="yes">
        <source>refresh interrupted; the %n answer(s) that had arrived were saved</source>
        <translation>
            <numerusform>重新整理已中斷；已儲存收到的 %n 個回應</numerusform>
        </translation>
    </message>
    <message>
        <source>request logs not stored: %1</source>
        <translation>請求記錄未儲存：%1</translation>
    </message>
    <message numerus="yes">
        <source>request logs: %1 new entries (%2 read) from %n account(s), %3 unattributed; %4 account(s) whose plan does not offer them</source>
        <translation>
            <numerusform>請求記錄：來自 %n 個帳戶的 %1 筆新記錄（讀取 %2 筆），%3 筆無法歸屬；%4 個帳戶的方案不提供請求記錄</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefreshController</name>
    <message>
        <source>Refresh is %1</source>
        <translation>重新整理：%1</translation>
    </message>
    <message>
        <source>Auto-refresh skipped: %1</source>
        <translation>已略過自動重新整理：%1</translation>
    </message>
    <message>
        <source>Auto-refresh changed for now but not saved: %1</source>
        <translation>自動重新整理已暫時變更，但未儲存：%1</translation>
    </message>
    <message>
        <source>Auto-refresh is off</source>
        <translation>自動重新整理已關閉</translation>
    </message>
    <message>
        <source>Auto-refresh: %1</source>
        <translation>自動重新整理：%1</translation>
    </message>
    <message>
        <source>Refresh: %1</source>
        <translation>重新整理：%1</translation>
    </message>
    <message>
        <source>The refresh could not be saved: %1</source>
        <translation>無法儲存重新整理結果：%1</translation>
    </message>
    <message>
        <source>Last refresh: %1 succeeded, %2 failed, %3 rate limited, %4 from cache</source>
        <translation>上次重新整理：%1 個成功，%2 個失敗，%3 個受速率限制，%4 個來自快取</translation>
    </message>
    <message>
        <source>Refresh cancelled; what came back before is kept</source>
        <translation>重新整理已取消；先前傳回的結果已保留</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %Ln key(s)</source>
        <translation>
            <numerusform>正在重新整理 %Ln 個金鑰</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln runs)</source>
        <translation>
            <numerusform>（%Ln 次執行）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefreshEngine</name>
    <message>
        <source>the keychain is not open yet</source>
        <translation>系統金鑰圈尚未開啟</translation>
    </message>
    <message>
        <source>keys cannot be refreshed: %1</source>
        <translation>無法重新整理金鑰：%1</translation>
    </message>
    <message>
        <source>keys cannot be refreshed: the store&apos;s data key has changed since this keychain key was opened (the team key was set up again); join the team again</source>
        <translation>無法重新整理金鑰：自開啟此金鑰圈中的金鑰以來，資料庫的資料金鑰已變更（團隊金鑰已重新設定）；請重新加入團隊</translation>
    </message>
    <message>
        <source>the refresh was cancelled before it asked about any key</source>
        <translation>重新整理在查詢任何金鑰之前已取消</translation>
    </message>
    <message>
        <source>waiting for another instance&apos;s refresh of this store to finish (giving up after %1 s)...</source>
        <translation>正在等待另一個執行個體完成此資料庫的重新整理（%1 秒後放棄）……</translation>
    </message>
    <message>
        <source>gave up after %1 s waiting for another instance&apos;s refresh of this store to finish; no key was asked or changed</source>
        <translation>等待另一個執行個體完成此資料庫的重新整理 %1 秒後放棄；沒有查詢或變更任何金鑰</translation>
    </message>
    <message>
        <source>another instance is refreshing this store and refresh/lock_wait_seconds is 0; no key was asked or changed</source>
        <translation>另一個執行個體正在重新整理此資料庫，且 refresh/lock_wait_seconds 為 0；沒有查詢或變更任何金鑰</translation>
    </message>
    <message>
        <source>Tavily asked to wait before /org-usage is asked again</source>
        <translation>Tavily 要求稍後再呼叫 /org-usage</translation>
    </message>
    <message>
        <source>the organisation&apos;s key cannot be opened with this keychain&apos;s data key; set it again</source>
        <translation>無法用此金鑰圈的資料金鑰開啟組織的金鑰；請重新設定</translation>
    </message>
    <message>
        <source>/org-usage did not answer (%1); each key was asked on its own</source>
        <translation>/org-usage 無回應（%1）；各金鑰已單獨查詢</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) that /org-usage did not name were asked on their own</source>
        <translation>
            <numerusform>/org-usage 未列出的 %n 把金鑰已單獨查詢</numerusform>
        </translation>
    </message>
    <message>
        <source>/org-usage refused the organisation&apos;s key (HTTP %1); keys are asked on their own until it is set up again</source>
        <translation>/org-usage 拒絕了組織的金鑰（HTTP %1）；在重新設定之前，各金鑰單獨查詢</translation>
    </message>
    <message>
        <source>no key could take its answer yet: a key needs one /usage answer first (its plan and limits), and one with a project or that the organisation did not name is asked on its own</source>
        <translation>暫無金鑰可以採用它的回應：金鑰需先有一次 /usage 回應（其方案和上限），帶專案的金鑰和組織未列出的金鑰都單獨查詢</translation>
    </message>
</context>
<context>
    <name>RefreshStatusBar</name>
    <message>
        <source>Demo: throwaway data</source>
        <translation>示範：暫存資料</translation>
    </message>
    <message>
        <source>A local usage server answers; nothing here is a real Tavily key, and the data folder is deleted on exit</source>
        <translation>由本機用量伺服器回應；這裡沒有真正的 Tavily 金鑰，結束時會刪除資料資料夾</translation>
    </message>
    <message>
        <source>No keys</source>
        <translation>沒有金鑰</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>, cancelled</source>
        <translation>，已取消</translation>
    </message>
    <message>
        <source>last refresh %1 (%2)</source>
        <translation>上次重新整理 %1（%2）</translation>
    </message>
    <message>
        <source>Last refresh finished %1</source>
        <translation>上次重新整理完成於 %1</translation>
    </message>
    <message>
        <source>never refreshed</source>
        <translation>從未重新整理</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 個失敗</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Next refresh %1 UTC</source>
        <translation>下次重新整理 %1 UTC</translation>
    </message>
    <message>
        <source>A scheduled refresh is skipped while another is still running.</source>
        <translation>若上一次重新整理仍在執行，則略過排程重新整理。</translation>
    </message>
    <message>
        <source>Auto-refresh runs %1.</source>
        <translation>自動重新整理：%1。</translation>
    </message>
    <message>
        <source>Team key open</source>
        <translation>團隊金鑰已開啟</translation>
    </message>
    <message>
        <source>Team key open (%1)</source>
        <translation>團隊金鑰已開啟（%1）</translation>
    </message>
    <message>
        <source>Keys are encrypted with the team key, derived from the team passphrase and held by this keychain</source>
        <translation>金鑰以團隊金鑰加密；團隊金鑰由團隊通關密語衍生，保存在此金鑰圈中</translation>
    </message>
    <message>
        <source>Vault open</source>
        <translation>金鑰保管庫已開啟</translation>
    </message>
    <message>
        <source>Vault open (%1)</source>
        <translation>金鑰保管庫已開啟（%1）</translation>
    </message>
    <message>
        <source>Keys are encrypted with a data key held by the keychain</source>
        <translation>金鑰以保存在系統金鑰圈中的資料金鑰加密</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>正在開啟金鑰保管庫…</translation>
    </message>
    <message>
        <source>Waiting for the keychain; it may ask you to unlock it</source>
        <translation>正在等待系統金鑰圈；它可能會要求您解鎖</translation>
    </message>
    <message>
        <source>Vault unavailable</source>
        <translation>金鑰保管庫無法使用</translation>
    </message>
    <message>
        <source>Team key needed</source>
        <translation>需要團隊金鑰</translation>
    </message>
    <message numerus="yes">
        <source>%1 key(s)</source>
        <translation>
            <numerusform>%1 個金鑰</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>重新整理進度</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>cannot read the usage history: %1</source>
        <translation>無法讀取用量歷史：%1</translation>
    </message>
    <message>
        <source>report needs --output FILE (- for standard output)</source>
        <translation>report 需要 --output FILE（- 表示標準輸出）</translation>
    </message>
    <message>
        <source>report needs --format csv, json or pdf</source>
        <translation>report 需要 --format csv、json 或 pdf</translation>
    </message>
    <message>
        <source>unknown report format &quot;%1&quot; (csv, json or pdf)</source>
        <translation>未知的報告格式「%1」（csv、json 或 pdf）</translation>
    </message>
    <message>
        <source>unknown table &quot;%1&quot; (keys, accounts, runs, alerts or summary)</source>
        <translation>未知的表「%1」（keys、accounts、runs、alerts 或 summary）</translation>
    </message>
    <message>
        <source>--table goes with --format csv (JSON and PDF hold every table)</source>
        <translation>--table 只能與 --format csv 一起使用（JSON 和 PDF 包含所有表）</translation>
    </message>
    <message>
        <source>a PDF report needs a file name, not standard output</source>
        <translation>PDF 報告需要檔名，不能輸出到標準輸出</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>無法寫入標準輸出</translation>
    </message>
    <message>
        <source>wrote the %1 report of %2 to %3
</source>
        <translation>已將 %2 的 %1 報告寫入 %3
</translation>
    </message>
    <message>
        <source>no account is &quot;%1&quot; (see quotadeck accounts list)</source>
        <translation>沒有帳戶是「%1」（見 quotadeck accounts list）</translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message>
        <source>cannot read the refresh runs: %1</source>
        <translation>無法讀取重新整理執行記錄：%1</translation>
    </message>
    <message>
        <source>cannot read the look-ups: %1</source>
        <translation>無法讀取查詢記錄：%1</translation>
    </message>
    <message>
        <source>cannot read the alerts: %1</source>
        <translation>無法讀取警示：%1</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>金鑰</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>金鑰</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>用量</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩餘</translation>
    </message>
    <message>
        <source>Credits/day</source>
        <translation>點數/天</translation>
    </message>
    <message>
        <source>Runs out (UTC)</source>
        <translation>耗盡時間（UTC）</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Conf.</source>
        <translation>信賴度</translation>
    </message>
    <message>
        <source>Last refreshed (UTC)</source>
        <translation>上次重新整理（UTC）</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <source>Plan usage</source>
        <translation>方案用量</translation>
    </message>
    <message>
        <source>Plan limit</source>
        <translation>方案上限</translation>
    </message>
    <message>
        <source>Paygo</source>
        <translation>隨用隨付</translation>
    </message>
    <message>
        <source>Paygo lim.</source>
        <translation>隨用隨付上限</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>預測</translation>
    </message>
    <message>
        <source>80% low</source>
        <translation>80% 下界</translation>
    </message>
    <message>
        <source>80% high</source>
        <translation>80% 上界</translation>
    </message>
    <message>
        <source>Cycle end (UTC)</source>
        <translation>週期結束（UTC）</translation>
    </message>
    <message>
        <source>Refresh runs</source>
        <translation>重新整理執行</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>執行</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>開始時間（UTC）</translation>
    </message>
    <message>
        <source>Finished (UTC)</source>
        <translation>結束時間（UTC）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>快取</translation>
    </message>
    <message>
        <source>Coalesced</source>
        <translation>合併</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>受速率限制</translation>
    </message>
    <message>
        <source>Wall ms</source>
        <translation>耗時（毫秒）</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>警示</translation>
    </message>
    <message>
        <source>Raised (UTC)</source>
        <translation>觸發時間（UTC）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Cycle start (UTC)</source>
        <translation>週期開始（UTC）</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Ack.</source>
        <translation>已讀</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>專案</translation>
    </message>
    <message>
        <source>cannot read the organisation&apos;s answers: %1</source>
        <translation>無法讀取組織的答覆：%1</translation>
    </message>
    <message>
        <source>By /org-usage</source>
        <translation>經 /org-usage</translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <source>cannot write the report to %1: it is a folder</source>
        <translation>無法將報告寫入 %1：它是一個資料夾</translation>
    </message>
    <message>
        <source>cannot write the report to %1: %2</source>
        <translation>無法將報告寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>a PDF report is painted by the window library, not written as text</source>
        <translation>PDF 報告由視窗庫繪製，不能作為文字寫出</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>cannot read the time &quot;%1&quot; (use an ISO 8601 date or time such as 2026-11-01 or 2026-11-01T08:00Z, &quot;now&quot;, or a span back from now such as 7d, 12h, 30m, 2w)</source>
        <translation>無法識別時間「%1」（請使用 ISO 8601 日期或時間，如 2026-11-01 或 2026-11-01T08:00Z，或 &quot;now&quot;，或從現在往回的時長，如 7d、12h、30m、2w）</translation>
    </message>
    <message>
        <source>the period is empty: --since (%1) is not before --until (%2)</source>
        <translation>期間為空：--since（%1）不早於 --until（%2）</translation>
    </message>
    <message>
        <source>%1 – %2 UTC</source>
        <comment>a period</comment>
        <translation>%1 – %2（UTC）</translation>
    </message>
</context>
<context>
    <name>RequestLogModel</name>
    <message>
        <source>unattributed (…%1)</source>
        <extracomment>An entry of the request log that no single key matches; %1 is the key&apos;s last four characters.</extracomment>
        <translation>無法歸屬（…%1）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>金鑰</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端點</translation>
    </message>
    <message>
        <source>Search depth</source>
        <translation>搜尋深度</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>點數</translation>
    </message>
    <message>
        <source>Response (s)</source>
        <translation>回應（秒）</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>請求 ID</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <source>All endpoints</source>
        <translation>所有端點</translation>
    </message>
    <message>
        <source>Any search depth</source>
        <translation>任意搜尋深度</translation>
    </message>
    <message>
        <source>Unattributed o&amp;nly</source>
        <translation>僅無法歸屬的(&amp;N)</translation>
    </message>
    <message>
        <source>Requests whose key could not be told: Tavily names a key by its last four characters, and none or several of the account&apos;s keys end with them.</source>
        <translation>無法確定所用金鑰的請求：Tavily 只提供金鑰的最後四個字元，而該帳戶中沒有或有多個金鑰以這四個字元結尾。</translation>
    </message>
    <message>
        <source>Request logs are read after each refresh, for accounts whose plan offers them.</source>
        <translation>每次重新整理後，會為方案提供請求記錄的帳戶讀取請求記錄。</translation>
    </message>
    <message>
        <source>The request log cannot be read: %1</source>
        <translation>無法讀取請求記錄：%1</translation>
    </message>
    <message>
        <source>showing %1 of %2 requests</source>
        <translation>顯示 %2 個請求中的 %1 個</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 個請求</numerusform>
        </translation>
    </message>
    <message>
        <source>No requests in the log yet.</source>
        <translation>記錄中還沒有請求。</translation>
    </message>
    <message>
        <source>%1 credits: %2</source>
        <translation>%1 點數：%2</translation>
    </message>
    <message>
        <source>Search credits by depth: %1</source>
        <translation>依搜尋深度統計的搜尋點數：%1</translation>
    </message>
    <message>
        <source>Requests per hour: %1 on average over %2 hour(s) with requests, %3 in the busiest</source>
        <translation>每小時請求數：在有請求的 %2 個小時中平均 %1 個，最忙的一小時 %3 個</translation>
    </message>
    <message>
        <source>Slowest: %1 s (%2, %3)</source>
        <translation>最慢：%1 秒（%2，%3）</translation>
    </message>
    <message>
        <source>%1 request(s) could not be matched to one key.</source>
        <translation>有 %1 個請求無法對應到某一個金鑰。</translation>
    </message>
    <message>
        <source>The last read of the request logs failed: %1</source>
        <translation>上次讀取請求記錄失敗：%1</translation>
    </message>
    <message>
        <source>Last read: %1 new request(s) from %2 account(s).</source>
        <translation>上次讀取：來自 %2 個帳戶的 %1 個新請求。</translation>
    </message>
    <message>
        <source>%1 account(s) whose plan refused request logs earlier are not asked until the plan changes.</source>
        <translation>%1 個帳戶的方案先前已拒絕提供請求記錄，在方案變更之前不再請求。</translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message>
        <source>Rotate key</source>
        <translation>輪替金鑰</translation>
    </message>
    <message>
        <source>Replace “%1” (%2) by a new key from Tavily. The new key takes its label and project; the old one stays, disabled, as “%3”, with its history.</source>
        <translation>以 Tavily 的新金鑰取代「%1」（%2）。新金鑰沿用其標籤與專案；舊金鑰以「%3」為名保留並停用，其歷史記錄也一併保留。</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>輪替</translation>
    </message>
    <message>
        <source>&amp;New key:</source>
        <translation>新金鑰(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>cannot read the token file %1: %2</source>
        <translation>無法讀取權杖檔案 %1：%2</translation>
    </message>
    <message>
        <source>the token file %1 is readable by others; chmod 600 it</source>
        <translation>權杖檔案 %1 可被他人讀取；請對其執行 chmod 600</translation>
    </message>
    <message>
        <source>the token in %1 must be one word of at least 16 characters</source>
        <translation>%1 中的權杖必須是至少 16 個字元的單個詞</translation>
    </message>
    <message>
        <source>auto-refresh is off in the settings (refresh/auto_refresh_minutes): serving metrics and alerts of refreshes made elsewhere</source>
        <translation>設定中已關閉自動重新整理（refresh/auto_refresh_minutes）：僅提供其他地方重新整理所產生的指標和警示</translation>
    </message>
    <message>
        <source>no keychain (%1): serving metrics and checking alerts from the store without refreshing</source>
        <translation>沒有系統金鑰圈（%1）：只根據資料庫提供指標並檢查警示，不進行重新整理</translation>
    </message>
    <message>
        <source>--listen on an address other than loopback needs --token-file FILE (a bearer token every request must carry)</source>
        <translation>在回送以外的位址上使用 --listen 需要 --token-file FILE（每個請求都須攜帶的 Bearer 權杖）</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>無法監聽 %1:%2：%3</translation>
    </message>
    <message>
        <source>serving /metrics and /healthz on http://%1:%2</source>
        <translation>正在 http://%1:%2 上提供 /metrics 和 /healthz</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Tavily API</source>
        <translation>Tavily API</translation>
    </message>
    <message>
        <source>Look-ups in flight at once</source>
        <translation>同時進行的查詢數</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Use HTTP/2 when the server offers it</source>
        <translation>伺服器支援時使用 HTTP/2</translation>
    </message>
    <message>
        <source>none (the system&apos;s certificates only)</source>
        <translation>無（僅使用系統憑證）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation>CA 憑證（PEM）</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>PEM 檔案 (*.pem *.crt);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>基礎 URL(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Timeout per request:</source>
        <translation>每個請求的逾時(&amp;T)：</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>How long a key&apos;s answer is reused instead of asking again (0: never)</source>
        <translation>金鑰的查詢結果在多長時間內直接沿用而不重新查詢（0：永不沿用）</translation>
    </message>
    <message>
        <source>How long a refresh waits while another instance refreshes the same store (another admin, a cron job) before it gives up without asking anything (0: it does not wait)</source>
        <translation>另一個執行個體（其他管理員、cron 工作）正在重新整理同一資料庫時，本次重新整理等待多久後放棄且不發出任何查詢（0：不等待）</translation>
    </message>
    <message>
        <source>Calls per key per window (Tavily allows 10 per 10 minutes; 0: no limit)</source>
        <translation>每個金鑰在每個時間窗內的呼叫次數（Tavily 允許每 10 分鐘 10 次；0：不限制）</translation>
    </message>
    <message>
        <source>calls per</source>
        <translation>次呼叫，每</translation>
    </message>
    <message>
        <source>doubling up to</source>
        <translation>逐次加倍，最多</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>每 5 分鐘</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>每 15 分鐘</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>每小時</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>速率限制(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh:</source>
        <translation>自動重新整理(&amp;A)：</translation>
    </message>
    <message>
        <source>Alerts and forecasts</source>
        <translation>警示與預測</translation>
    </message>
    <message>
        <source>A key is &apos;low&apos; and raises an alert when less than this share of its limit is left</source>
        <translation>當剩餘額度低於上限的此比例時，金鑰標示為「偏低」並發出警示</translation>
    </message>
    <message>
        <source>Projected usage at the cycle end, as a share of the limit, that makes a forecast WARNING</source>
        <translation>週期結束時的預估用量占上限的比例達到此值時，預測為「警告」</translation>
    </message>
    <message>
        <source>... that makes it CRITICAL</source>
        <translation>……達到此值時為「嚴重」</translation>
    </message>
    <message>
        <source>How far above a key&apos;s usual credits per hour at this time of the week its last interval must be to raise &apos;unusual usage&apos; (a sign of a leaked key), in robust standard deviations; lower finds more and errs more</source>
        <translation>金鑰最近一個時段的每小時點數須比它在每週同一時間的平常水準高出多少（以穩健標準差計）才會發出「異常用量」警示（可能是金鑰外洩的跡象）；值越低，偵測越多，誤報也越多</translation>
    </message>
    <message>
        <source>&amp;Unusual usage at:</source>
        <translation>異常用量門檻(&amp;U)：</translation>
    </message>
    <message>
        <source>Forecast &amp;warning at:</source>
        <translation>預測警告門檻(&amp;W)：</translation>
    </message>
    <message>
        <source>History</source>
        <translation>歷史記錄</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Raw snapshots older than this live on as hourly and daily roll-ups</source>
        <translation>早於此時間的原始快照將彙總為每小時與每日的資料保留</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>一般(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>通知(&amp;N)</translation>
    </message>
    <message>
        <source>The base URL must be an http:// or https:// address, such as https://api.tavily.com.</source>
        <translation>基礎 URL 必須是 http:// 或 https:// 位址，例如 https://api.tavily.com。</translation>
    </message>
    <message>
        <source>The CA certificates file %1 cannot be read.</source>
        <translation>無法讀取 CA 憑證檔案 %1。</translation>
    </message>
    <message>
        <source>The backoff ceiling must not be below its base.</source>
        <translation>退避上限不得低於其基數。</translation>
    </message>
    <message>
        <source>The critical share must not be below the warning share.</source>
        <translation>嚴重比例不得低於警告比例。</translation>
    </message>
    <message>
        <source>The settings are in force but could not be saved: %1</source>
        <translation>設定已生效，但無法儲存：%1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>跟隨系統（%1）</translation>
    </message>
    <message>
        <source>Takes effect when QuotaDeck starts again.</source>
        <translation>重新啟動 QuotaDeck 後生效。</translation>
    </message>
    <message>
        <source>Concurrent &amp;look-ups:</source>
        <translation>並行查詢數(&amp;L)：</translation>
    </message>
    <message>
        <source>Extra trusted CA&amp;s:</source>
        <translation>額外信任的 CA(&amp;S)：</translation>
    </message>
    <message>
        <source>Cac&amp;he TTL:</source>
        <translation>快取有效期(&amp;H)：</translation>
    </message>
    <message>
        <source>Wait for another re&amp;fresh:</source>
        <translation>等待其他重新整理(&amp;F)：</translation>
    </message>
    <message>
        <source>Bac&amp;koff after failures:</source>
        <translation>失敗後退避(&amp;K)：</translation>
    </message>
    <message>
        <source>Alert when less than this is l&amp;eft:</source>
        <translation>剩餘低於此值時警示(&amp;E)：</translation>
    </message>
    <message>
        <source>Forecast cr&amp;itical at:</source>
        <translation>預測嚴重門檻(&amp;I)：</translation>
    </message>
    <message>
        <source>Billing reset &amp;day:</source>
        <translation>計費重設日(&amp;D)：</translation>
    </message>
    <message>
        <source>Keep raw histor&amp;y for:</source>
        <translation>原始歷史保留(&amp;Y)：</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>視窗</translation>
    </message>
    <message>
        <source>Kee&amp;p running in the system tray when the window is closed</source>
        <translation>關閉視窗後繼續在系統匣中執行(&amp;P)</translation>
    </message>
    <message>
        <source>Auto-refresh and alerts go on; File &gt; Quit (Ctrl+Q) ends QuotaDeck</source>
        <translation>自動重新整理和警示持續進行；「檔案 &gt; 結束」（Ctrl+Q）結束 QuotaDeck</translation>
    </message>
    <message>
        <source>This desktop has no system tray: closing the window quits</source>
        <translation>此桌面沒有系統匣：關閉視窗即結束</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>語言：</translation>
    </message>
    <message>
        <source>Look up added and i&amp;mported keys at once</source>
        <translation>立即查詢新增和匯入的金鑰(&amp;M)</translation>
    </message>
    <message>
        <source>Keys added or imported here, by the command line or by another admin are looked up as soon as they appear, within the rate limit; off: they stay unknown until the next refresh</source>
        <translation>在此處、透過命令列或由其他管理員新增或匯入的金鑰一出現就立即查詢（遵守速率限制）；關閉時，它們在下次重新整理前保持「未知」</translation>
    </message>
    <message>
        <source>A key added longer ago than this raises one reminder to replace it with a new key (Key &gt; Rotate); Tavily advises every 90 days</source>
        <translation>新增時間超過此期限的金鑰會提醒一次換用新金鑰（金鑰 &gt; 輪替）；Tavily 建議每 90 天輪替一次</translation>
    </message>
    <message>
        <source>Rotate keys e&amp;very:</source>
        <translation>金鑰輪替期限(&amp;V)：</translation>
    </message>
    <message>
        <source>Day of the month (UTC) the billing cycle starts, for an account whose history shows no reset yet and no day set of its own (Dashboard, forecast of the account)</source>
        <translation>計費週期開始於每月的第幾天（UTC），用於歷史記錄中尚未出現重置、也未單獨設定重置日的帳戶（儀表板，該帳戶的預測）</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>價格</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>another QuotaDeck window on this data folder does not answer</source>
        <translation>使用此資料資料夾的另一個 QuotaDeck 視窗沒有回應</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>無法在 %1 上監聽：%2</translation>
    </message>
</context>
<context>
    <name>SystemKeychain</name>
    <message>
        <source>The keyring that holds &quot;%1&quot; is locked: unlock it (log in again, or open it in your keyring manager), then try again.</source>
        <translation>儲存「%1」的金鑰圈已鎖定：請解鎖（重新登入，或在金鑰圈管理器中開啟），然後重試。</translation>
    </message>
    <message>
        <source>The %1 has no entry named &quot;%2&quot;.</source>
        <translation>%1 中沒有名為「%2」的項目。</translation>
    </message>
    <message>
        <source>No system keychain is available (no Secret Service on D-Bus).</source>
        <translation>沒有可用的系統金鑰圈（D-Bus 上沒有 Secret Service）。</translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation>沒有可用的系統金鑰圈。</translation>
    </message>
    <message>
        <source>The %1 denied access to &quot;%2&quot;; unlock the keyring when asked.</source>
        <translation>%1 拒絕存取「%2」；請在提示時解鎖金鑰圈。</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知錯誤</translation>
    </message>
    <message>
        <source>The %1 reported an error: %2</source>
        <translation>%1 報告了錯誤：%2</translation>
    </message>
</context>
<context>
    <name>TeamCommands</name>
    <message>
        <source>team mode needs a shared PostgreSQL store: add --db postgresql://user@host:port/database (see quotadeck --help)</source>
        <translation>團隊模式需要共用的 PostgreSQL 資料庫：請加上 --db postgresql://user@host:port/database（參見 quotadeck --help）</translation>
    </message>
    <message>
        <source>%1 is not a team store yet; an admin sets it up with: quotadeck team init</source>
        <translation>%1 還不是團隊資料庫；管理員可用以下命令設定：quotadeck team init</translation>
    </message>
    <message>
        <source>Team passphrase: </source>
        <translation>團隊通關密語：</translation>
    </message>
    <message>
        <source>joined the team store %1: this keychain now holds its team key
</source>
        <translation>已加入團隊資料庫 %1：此金鑰圈現已儲存其團隊金鑰
</translation>
    </message>
    <message>
        <source>%1 is already a team store; join it with quotadeck team join, or change its passphrase with quotadeck team passphrase</source>
        <translation>%1 已是團隊資料庫；請用 quotadeck team join 加入，或用 quotadeck team passphrase 變更其通關密語</translation>
    </message>
    <message>
        <source>%1 is not a team store yet; set it up with: quotadeck team init</source>
        <translation>%1 還不是團隊資料庫；請用以下命令設定：quotadeck team init</translation>
    </message>
    <message>
        <source>New team passphrase: </source>
        <translation>新的團隊通關密語：</translation>
    </message>
    <message numerus="yes">
        <source>team store ready at %1: %n key(s) re-sealed under the new team key; every other admin runs: quotadeck --db %1 team join
</source>
        <translation>
            <numerusform>團隊資料庫 %1 已就緒：%n 個金鑰已用新的團隊金鑰重新封存；其他每位管理員請執行：quotadeck --db %1 team join
</numerusform>
        </translation>
    </message>
    <message>
        <source>team passphrase changed for %1: the team key is the same, so every admin who joined keeps working; the new passphrase is what the next admin joins with
</source>
        <translation>已變更 %1 的團隊通關密語：團隊金鑰不變，已加入的管理員照常工作；之後加入的管理員使用新通關密語
</translation>
    </message>
    <message>
        <source>migrate copies a local SQLite store; this one is already %1</source>
        <translation>migrate 用於複製本機 SQLite 資料庫；此資料庫已是 %1</translation>
    </message>
    <message>
        <source>migrate needs --to postgresql://user@host:port/database</source>
        <translation>migrate 需要 --to postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>the store was copied, but the team key cannot be kept in the keychain (%1); run quotadeck team join on it</source>
        <translation>資料庫已複製，但團隊金鑰無法儲存到系統金鑰圈（%1）；請對其執行 quotadeck team join</translation>
    </message>
    <message>
        <source>copied %1 to %2 (verified):
</source>
        <translation>已將 %1 複製到 %2（已驗證）：
</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>keys are sealed under the team key; other admins run: quotadeck --db %1 team join
</source>
        <translation>金鑰已用團隊金鑰封存；其他管理員請執行：quotadeck --db %1 team join
</translation>
    </message>
</context>
<context>
    <name>TeamFlows</name>
    <message>
        <source>Joined the team: this keychain holds the team key, refresh works</source>
        <translation>已加入團隊：此金鑰圈已持有團隊金鑰，可以重新整理</translation>
    </message>
    <message>
        <source>Team passphrase changed: the team key stays, so every admin who joined keeps working</source>
        <translation>團隊通關密語已變更：團隊金鑰不變，已加入的管理員可繼續使用</translation>
    </message>
    <message numerus="yes">
        <source>This is a team store now: %Ln key(s) sealed under the team key; the other admins join with the passphrase</source>
        <translation>
            <numerusform>現在這是團隊資料庫：%Ln 個金鑰已以團隊金鑰加密；其他管理員使用通關密語加入</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamJoinDialog</name>
    <message>
        <source>Deriving the team key…</source>
        <translation>正在衍生團隊金鑰…</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>加入(&amp;J)</translation>
    </message>
    <message>
        <source>Join team</source>
        <translation>加入團隊</translation>
    </message>
    <message>
        <source>The team passphrase of this store has changed since this keychain learnt it. Enter the new passphrase to go on refreshing and adding keys.</source>
        <translation>此金鑰圈記下團隊通關密語之後，此資料庫的團隊通關密語已變更。請輸入新的通關密語以繼續重新整理及新增金鑰。</translation>
    </message>
    <message>
        <source>This is a team store. Enter the team passphrase an admin of the team gave you to refresh and add keys from this computer.</source>
        <translation>這是一個團隊資料庫。請輸入團隊管理員提供給您的團隊通關密語，以便在本機重新整理及新增金鑰。</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>資料庫：%1</translation>
    </message>
    <message>
        <source>QuotaDeck derives the team key from the passphrase and keeps the key in this computer&apos;s keychain (%1). The passphrase itself is not stored.</source>
        <translation>QuotaDeck 從通關密語衍生團隊金鑰，並將其保存在本機的系統金鑰圈（%1）中。通關密語本身不會被儲存。</translation>
    </message>
    <message>
        <source>Team &amp;passphrase:</source>
        <translation>團隊通關密語(&amp;P)：</translation>
    </message>
    <message>
        <source>Enter the team passphrase.</source>
        <translation>請輸入團隊通關密語。</translation>
    </message>
    <message>
        <source>That is not the team passphrase: it has at least %1 characters.</source>
        <translation>這不是團隊通關密語：團隊通關密語至少有 %1 個字元。</translation>
    </message>
    <message>
        <source>That is not the team passphrase. Check it and try again.</source>
        <translation>這不是團隊通關密語。請檢查後再試一次。</translation>
    </message>
</context>
<context>
    <name>TeamPassphraseDialog</name>
    <message>
        <source>Deriving the new team key and re-sealing every key…</source>
        <translation>正在衍生新的團隊金鑰並重新加密所有金鑰…</translation>
    </message>
    <message>
        <source>&amp;Make team store</source>
        <translation>設為團隊資料庫(&amp;M)</translation>
    </message>
    <message>
        <source>Change team passphrase</source>
        <translation>變更團隊通關密語</translation>
    </message>
    <message>
        <source>Make this a team store</source>
        <translation>設為團隊資料庫</translation>
    </message>
    <message>
        <source>The team key of %1 is wrapped under the new passphrase instead of the old one. The team key itself stays, so every admin who joined keeps working; an admin who joins from now on needs the new passphrase.</source>
        <translation>%1 的團隊金鑰將改由新的通關密語（而非舊的）保護。團隊金鑰本身不變，已加入的管理員可繼續使用；此後加入的管理員需要使用新的通關密語。</translation>
    </message>
    <message>
        <source>A new team key is made and every key in %1 is re-sealed under it, in one transaction; the store keeps the team key only wrapped under this passphrase. Give the passphrase to the other admins of the team: each joins once with it and keeps the team key in their own keychain.</source>
        <translation>將產生新的團隊金鑰，並在同一筆交易中以它重新加密 %1 中的所有金鑰；資料庫只保存經此通關密語保護的團隊金鑰。請將通關密語告知團隊中的其他管理員：每人以它加入一次，並將團隊金鑰保存在自己的金鑰圈中。</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>新的通關密語(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>再次輸入(&amp;R)：</translation>
    </message>
    <message>
        <source>The team passphrase must be at least %1 characters long.</source>
        <translation>團隊通關密語至少需要 %1 個字元。</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>兩次輸入的通關密語不一致。請輸入相同的通關密語兩次。</translation>
    </message>
    <message>
        <source>At least %1 characters; a few unrelated words are easy to pass on and hard to guess.</source>
        <translation>至少 %1 個字元；幾個互不相關的詞既便於轉告又難以猜測。</translation>
    </message>
    <message>
        <source>Too short: %1 of at least %2 characters.</source>
        <translation>太短：%1 個字元，至少需要 %2 個。</translation>
    </message>
    <message>
        <source>The two passphrases differ so far.</source>
        <translation>目前兩次輸入的通關密語不一致。</translation>
    </message>
    <message>
        <source>Long enough.</source>
        <translation>長度足夠。</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>變更通關密語(&amp;H)</translation>
    </message>
</context>
<context>
    <name>TeamSecrets</name>
    <message>
        <source>the team passphrase must be at least %1 characters long</source>
        <translation>團隊通關密語至少需要 %1 個字元</translation>
    </message>
    <message>
        <source>the store&apos;s present data key is not open, so its keys cannot be re-sealed</source>
        <translation>資料庫目前的資料金鑰未開啟，無法重新封存其中的金鑰</translation>
    </message>
    <message>
        <source>this keychain does not hold the store&apos;s team key; join the team first</source>
        <translation>此金鑰圈中沒有該資料庫的團隊金鑰；請先加入團隊</translation>
    </message>
    <message>
        <source>the team passphrase is not right</source>
        <translation>團隊通關密語不正確</translation>
    </message>
    <message>
        <source>the cryptography library (libsodium) failed to start</source>
        <translation>密碼庫（libsodium）啟動失敗</translation>
    </message>
    <message>
        <source>the team key cannot be derived (not enough memory for Argon2id)</source>
        <translation>無法派生團隊金鑰（Argon2id 所需記憶體不足）</translation>
    </message>
    <message>
        <source>this store is not a team store yet (set it up with: quotadeck team init)</source>
        <translation>此資料庫還不是團隊資料庫（請用 quotadeck team init 設定）</translation>
    </message>
    <message>
        <source>the store&apos;s team key record is unreadable</source>
        <translation>無法讀取資料庫的團隊金鑰記錄</translation>
    </message>
</context>
<context>
    <name>TimeChart</name>
    <message>
        <source>(partial: %1 of %2 min)</source>
        <translation>（不完整：%2 分鐘中的 %1 分鐘）</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>剛剛</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1後</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分鐘</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小時</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>&amp;Show window</source>
        <translation>顯示視窗(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 則</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>QuotaDeck: %n new alert(s)</source>
        <translation>
            <numerusform>QuotaDeck：%n 則新警示</numerusform>
        </translation>
    </message>
    <message>
        <source>QuotaDeck keeps running</source>
        <translation>QuotaDeck 仍在執行</translation>
    </message>
    <message>
        <source>QuotaDeck is still here, in the system tray: auto-refresh and alerts go on. To quit, choose Quit in this icon&apos;s menu or File &gt; Quit (Ctrl+Q). To quit when the window closes, turn off &quot;Keep running in the system tray&quot; in Tools &gt; Settings.</source>
        <translation>QuotaDeck 仍在系統匣中執行：自動重新整理和警示會持續進行。要結束，請在此圖示的選單中選擇「結束」，或使用「檔案 &gt; 結束」（Ctrl+Q）。若希望關閉視窗即結束，請在「工具 &gt; 設定」中關閉「關閉視窗後繼續在系統匣中執行」。</translation>
    </message>
    <message>
        <source>&amp;Hide window</source>
        <translation>隱藏視窗(&amp;H)</translation>
    </message>
</context>
<context>
    <name>TraySummary</name>
    <message>
        <source>No keys yet</source>
        <translation>尚無金鑰</translation>
    </message>
    <message>
        <source>Next to run out: %1, %2 (%3)</source>
        <translation>下一個耗盡：%1，%2（%3）</translation>
    </message>
    <message>
        <source>No key is predicted to run out this cycle</source>
        <translation>本計費週期內預計沒有金鑰耗盡</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>The vault cannot work because the cryptography library (libsodium) failed to start.</source>
        <translation>密碼庫（libsodium）啟動失敗，金鑰保管庫無法工作。</translation>
    </message>
    <message>
        <source>The vault has no keychain to keep its data key in, so QuotaDeck will not store keys.</source>
        <translation>金鑰保管庫沒有可儲存資料金鑰的系統金鑰圈，因此 QuotaDeck 不會儲存金鑰。</translation>
    </message>
    <message>
        <source>The vault cannot be opened: the store has no identifier to name its keychain entry.</source>
        <translation>無法開啟金鑰保管庫：資料庫沒有可用於命名金鑰圈項目的識別碼。</translation>
    </message>
    <message>
        <source>The keychain entry &quot;%1&quot; does not hold a valid QuotaDeck data key, so this store&apos;s keys cannot be opened. Restore the original keychain entry, or delete it and enter the keys again.</source>
        <translation>系統金鑰圈項目「%1」中沒有有效的 QuotaDeck 資料金鑰，因此無法開啟此資料庫中的金鑰。請還原原來的金鑰圈項目，或刪除該項目並重新輸入金鑰。</translation>
    </message>
    <message>
        <source>This is a team store and this keychain does not hold its team key yet: %1</source>
        <translation>這是團隊資料庫，而此金鑰圈中還沒有它的團隊金鑰：%1</translation>
    </message>
    <message>
        <source>The keychain has no data key for this store (entry &quot;%1&quot;), so its saved API keys cannot be opened. Restore that keychain entry, for example from a backup of your keyring, or remove the keys and enter them again.</source>
        <translation>系統金鑰圈中沒有此資料庫的資料金鑰（項目「%1」），因此無法開啟已儲存的 API 金鑰。請還原該金鑰圈項目（例如從金鑰圈備份中還原），或移除這些金鑰後重新輸入。</translation>
    </message>
    <message>
        <source>The store cannot record its new data key: %1</source>
        <translation>資料庫無法記錄新的資料金鑰：%1</translation>
    </message>
    <message>
        <source>Another QuotaDeck created this store&apos;s data key at the same moment, but its keychain entry (&quot;%1&quot;) did not appear. Try again.</source>
        <translation>另一個 QuotaDeck 同時建立了此資料庫的資料金鑰，但其系統金鑰圈項目（「%1」）沒有出現。請重試。</translation>
    </message>
    <message>
        <source>The team key of this store has changed since this keychain learnt it: %1</source>
        <translation>自此金鑰圈獲得團隊金鑰以來，此資料庫的團隊金鑰已變更：%1</translation>
    </message>
    <message>
        <source>The keychain holds a different data key for this store (entry &quot;%1&quot;), so its saved API keys cannot be opened. Restore the original keychain entry, or remove the keys and enter them again.</source>
        <translation>系統金鑰圈中儲存的是此資料庫的另一個資料金鑰（項目「%1」），因此無法開啟已儲存的 API 金鑰。請還原原來的金鑰圈項目，或移除這些金鑰後重新輸入。</translation>
    </message>
    <message>
        <source>run &quot;quotadeck team join&quot; with the team passphrase (from standard input or QUOTADECK_TEAM_PASSPHRASE) to refresh or add keys; listing keys and the charts work meanwhile.</source>
        <translation>請用團隊通關密語（來自標準輸入或 QUOTADECK_TEAM_PASSPHRASE）執行 &quot;quotadeck team join&quot;，之後才能重新整理或新增金鑰；在此之前仍可列出金鑰和檢視圖表。</translation>
    </message>
    <message>
        <source>The vault cannot be opened with that key.</source>
        <translation>無法用該金鑰開啟金鑰保管庫。</translation>
    </message>
    <message>
        <source>No system keychain is available (no Secret Service on D-Bus): QuotaDeck will not store keys without one. Start a Secret Service provider such as GNOME Keyring or KWallet, then try again.</source>
        <translation>沒有可用的系統金鑰圈（D-Bus 上沒有 Secret Service）：沒有它，QuotaDeck 不會儲存金鑰。請啟動 GNOME Keyring 或 KWallet 等 Secret Service 提供者，然後重試。</translation>
    </message>
    <message>
        <source>No system keychain is available: QuotaDeck will not store keys without one.</source>
        <translation>沒有可用的系統金鑰圈：沒有它，QuotaDeck 不會儲存金鑰。</translation>
    </message>
    <message>
        <source>The system keychain refused access to QuotaDeck&apos;s data key: unlock your keyring (or the collection that holds it) when asked, then try again.</source>
        <translation>系統金鑰圈拒絕存取 QuotaDeck 的資料金鑰：請在提示時解鎖金鑰圈（或儲存它的集合），然後重試。</translation>
    </message>
    <message>
        <source>QuotaDeck could not save a new data key in the system keychain.</source>
        <translation>QuotaDeck 無法在系統金鑰圈中儲存新的資料金鑰。</translation>
    </message>
    <message>
        <source>QuotaDeck could not read its data key from the system keychain.</source>
        <translation>QuotaDeck 無法從系統金鑰圈讀取其資料金鑰。</translation>
    </message>
</context>
<context>
    <name>VaultBanner</name>
    <message>
        <source>Try again</source>
        <translation>重試</translation>
    </message>
    <message>
        <source>Join team…</source>
        <translation>加入團隊…</translation>
    </message>
    <message>
        <source>Enter the team passphrase to keep the team key in this keychain</source>
        <translation>輸入團隊通關密語，將團隊金鑰保存在此金鑰圈中</translation>
    </message>
    <message>
        <source>&lt;b&gt;Join the team to refresh.&lt;/b&gt; This is a team store and this computer&apos;s keychain does not hold its team key yet. The key list and the charts work; refreshing, adding and importing keys need the team passphrase once.</source>
        <translation>&lt;b&gt;加入團隊後才能重新整理。&lt;/b&gt;這是一個團隊資料庫，本機的系統金鑰圈中還沒有它的團隊金鑰。金鑰清單與圖表可以正常使用；重新整理、新增及匯入金鑰需要輸入一次團隊通關密語。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The team key has changed.&lt;/b&gt; The team key in this keychain is from before the store was set up again. The key list and the charts work; join again with the team passphrase to refresh, add and import keys.</source>
        <translation>&lt;b&gt;團隊金鑰已變更。&lt;/b&gt;此金鑰圈中的團隊金鑰來自資料庫重新設定之前。金鑰清單與圖表可以正常使用；請以團隊通關密語重新加入，以便重新整理、新增及匯入金鑰。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The vault is unavailable.&lt;/b&gt; %1&lt;br&gt;The key list still works; adding, importing and refreshing keys need the vault.</source>
        <translation>&lt;b&gt;金鑰保管庫無法使用。&lt;/b&gt;%1&lt;br&gt;金鑰清單仍可使用；新增、匯入及重新整理金鑰需要金鑰保管庫。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>the demo cannot start: %1</source>
        <translation>示範無法啟動：%1</translation>
    </message>
    <message>
        <source>the demo&apos;s history could not be written: %1</source>
        <translation>無法寫入示範的歷史資料：%1</translation>
    </message>
</context>
</TS>
