<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About QuotaDeck</source>
        <translation>关于 QuotaDeck</translation>
    </message>
    <message>
        <source>&lt;h2&gt;QuotaDeck %1&lt;/h2&gt;&lt;p&gt;Quota console for pools of Tavily API keys.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;QuotaDeck %1&lt;/h2&gt;&lt;p&gt;Tavily API 密钥池的配额控制台。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;QuotaDeck is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY. See &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;the GNU GPL&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;It uses these libraries:&lt;/p&gt;</source>
        <translation>&lt;p&gt;QuotaDeck 是自由软件：您可以依据自由软件基金会发布的 GNU 通用公共许可证第 3 版或（由您选择）任何更高版本（GPL-3.0-or-later）重新分发和/或修改它。本软件不提供任何担保。详见 &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU GPL&lt;/a&gt;。&lt;/p&gt;&lt;p&gt;它使用了以下库：&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>blessing (public domain)</source>
        <translation>祝福声明（公有领域）</translation>
    </message>
</context>
<context>
    <name>AccountCommands</name>
    <message>
        <source>cannot read the usage history: %1</source>
        <translation>无法读取用量历史：%1</translation>
    </message>
    <message>
        <source>no account is &quot;%1&quot; (see quotadeck accounts list)</source>
        <translation>没有账户是“%1”（见 quotadeck accounts list）</translation>
    </message>
    <message>
        <source>account %1 is gone</source>
        <translation>账户 %1 已不存在</translation>
    </message>
    <message>
        <source>account %1: the billing cycle resets on day %2 (%3)
</source>
        <translation>账户 %1：计费周期在每月 %2 日重置（%3）
</translation>
    </message>
    <message>
        <source>no accounts yet: a key joins its account once a refresh has looked it up
</source>
        <translation>尚无账户：密钥在一次刷新查询过它之后才归入其账户
</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>INFERRED</source>
        <translation>推断</translation>
    </message>
    <message>
        <source>SET</source>
        <translation>手动设置</translation>
    </message>
    <message>
        <source>RESET DAY IN USE</source>
        <translation>使用中的重置日</translation>
    </message>
    <message>
        <source>CYCLE (UTC)</source>
        <translation>周期（UTC）</translation>
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
        <translation>手动设置</translation>
    </message>
    <message>
        <source>inferred</source>
        <comment>a billing reset day read from the drops of the usage history</comment>
        <translation>推断</translation>
    </message>
    <message>
        <source>global setting</source>
        <comment>a billing reset day taken from the settings, for lack of anything else</comment>
        <translation>全局设置</translation>
    </message>
</context>
<context>
    <name>AccountCycleControl</name>
    <message>
        <source>Set the billing &amp;reset day…</source>
        <translation>设置计费重置日(&amp;R)…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>The usage history shows resets on day %1.</source>
        <translation>用量历史显示每月 %1 日重置。</translation>
    </message>
    <message>
        <source>The usage history shows no reset yet.</source>
        <translation>用量历史尚未显示重置。</translation>
    </message>
    <message>
        <source>Billing cycle resets on day %1 (%2)</source>
        <comment>day of month (where it comes from)</comment>
        <translation>计费周期在每月 %1 日重置（%2）</translation>
    </message>
    <message>
        <source>Billing reset day</source>
        <translation>计费重置日</translation>
    </message>
    <message>
        <source>The reset day could not be saved: %1</source>
        <translation>无法保存重置日：%1</translation>
    </message>
</context>
<context>
    <name>AccountCycleDialog</name>
    <message>
        <source>&amp;Set by hand, day of the month (UTC):</source>
        <translation>手动设置，每月第几天（UTC）(&amp;S)：</translation>
    </message>
    <message>
        <source>Billing reset day</source>
        <translation>计费重置日</translation>
    </message>
    <message>
        <source>When does the billing cycle of %1 start?</source>
        <translation>%1 的计费周期从哪天开始？</translation>
    </message>
    <message>
        <source>&amp;Infer it from the usage history (now day %1)</source>
        <translation>根据用量历史推断(&amp;I)（目前为 %1 日）</translation>
    </message>
    <message>
        <source>&amp;Infer it from the usage history (no reset seen yet: day %1 of the settings)</source>
        <translation>根据用量历史推断(&amp;I)（尚未见到重置：使用设置中的 %1 日）</translation>
    </message>
</context>
<context>
    <name>AddKeyDialog</name>
    <message>
        <source>Add key</source>
        <translation>添加密钥</translation>
    </message>
    <message>
        <source>e.g. research-agent (optional)</source>
        <translation>例如 research-agent（可选）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>标签(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>The key is encrypted with this computer&apos;s keychain before it is stored. Only its masked form is ever shown.</source>
        <translation>密钥在存储前用本机的系统密钥环加密，界面上只显示其掩码形式。</translation>
    </message>
    <message>
        <source>Enter or paste the key.</source>
        <translation>请输入或粘贴密钥。</translation>
    </message>
    <message>
        <source>Tavily project ID (optional)</source>
        <translation>Tavily 项目 ID（可选）</translation>
    </message>
    <message>
        <source>Look-ups of this key then report only this project&apos;s usage (X-Project-ID)</source>
        <translation>此后查询该密钥时只报告此项目的用量（X-Project-ID）</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>项目(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Show alerts</source>
        <translation>查看告警</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertPanel</name>
    <message>
        <source>&amp;Mark all as seen</source>
        <translation>全部标为已读(&amp;M)</translation>
    </message>
    <message>
        <source>Alerts could not be checked: %1</source>
        <translation>无法检查告警：%1</translation>
    </message>
    <message>
        <source>Alerts could not be read: %1</source>
        <translation>无法读取告警：%1</translation>
    </message>
    <message>
        <source>No alerts yet. Alerts are raised after each refresh: usage over %1%, exhaustion predicted before the cycle ends, a key turned invalid or exhausted.</source>
        <translation>暂无告警。每次刷新后，出现以下情况时会产生告警：用量超过 %1%、预测在周期结束前耗尽、密钥失效或已耗尽。</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) not yet seen</source>
        <translation>
            <numerusform>%n 条告警未读</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as &amp;seen</source>
        <translation>标为已读(&amp;S)</translation>
    </message>
</context>
<context>
    <name>AlertTableModel</name>
    <message numerus="yes">
        <source>%1 (%n attempt(s)): %2</source>
        <translation>
            <numerusform>%1（%n 次尝试）：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
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
        <translation>详情</translation>
    </message>
    <message>
        <source>%1: sent</source>
        <translation>%1：已发送</translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation>%1：失败</translation>
    </message>
    <message>
        <source>%1: retrying</source>
        <translation>%1：正在重试</translation>
    </message>
    <message>
        <source>%1: waiting</source>
        <translation>%1：等待中</translation>
    </message>
    <message>
        <source>%1: sending</source>
        <translation>%1：正在发送</translation>
    </message>
</context>
<context>
    <name>AlertText</name>
    <message>
        <source>%1 was refused as invalid or revoked (HTTP %2).</source>
        <translation>%1 被拒绝：密钥无效或已被吊销（HTTP %2）。</translation>
    </message>
    <message>
        <source>%1 has no credits left this cycle.</source>
        <translation>%1 本计费周期的积分已用完。</translation>
    </message>
    <message>
        <source>%1 has used %2% of its %3 credits (alert at %4%).</source>
        <translation>%1 已用掉其 %3 积分的 %2%（告警阈值为 %4%）。</translation>
    </message>
    <message>
        <source>%1 is predicted to run out at %2, before its cycle ends at %3.</source>
        <translation>预计 %1 将于 %2 耗尽，早于计费周期结束时间 %3。</translation>
    </message>
    <message>
        <source>%1 answers normally again (it had turned invalid); a new billing cycle began.</source>
        <translation>%1 已恢复正常（此前密钥无效），新的计费周期已开始。</translation>
    </message>
    <message>
        <source>%1 answers normally again (it had turned invalid).</source>
        <translation>%1 已恢复正常（此前密钥无效）。</translation>
    </message>
    <message>
        <source>%1 answers normally again (it had run out of credits); a new billing cycle began.</source>
        <translation>%1 已恢复正常（此前积分已用完），新的计费周期已开始。</translation>
    </message>
    <message>
        <source>%1 answers normally again (it had run out of credits).</source>
        <translation>%1 已恢复正常（此前积分已用完）。</translation>
    </message>
    <message>
        <source>A new billing cycle began for %1: its usage was reset.</source>
        <translation>%1 的新计费周期已开始，用量已重置。</translation>
    </message>
    <message numerus="yes">
        <source>%1 used %2 credits per hour over the last %n minute(s), against a usual %3 at this time of the week: a sign of a leaked or misused key.</source>
        <translation>
            <numerusform>%1 在最近 %n 分钟内每小时消耗 %2 积分，而每周此时段通常仅为 %3：密钥可能已泄露或被滥用。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage over the alert threshold</source>
        <translation>用量超过告警阈值</translation>
    </message>
    <message>
        <source>Runs out before the cycle ends</source>
        <translation>将在周期结束前耗尽</translation>
    </message>
    <message>
        <source>Turned invalid</source>
        <translation>已失效</translation>
    </message>
    <message>
        <source>Turned exhausted</source>
        <translation>已耗尽</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>Unusual usage</source>
        <translation>用量异常</translation>
    </message>
    <message numerus="yes">
        <source>%1 was added %n day(s) ago, on %2: past the rotation age of %3 days, so replace it with a new key (Key &gt; Rotate).</source>
        <translation>
            <numerusform>%1 已于 %n 天前（%2）添加，超过了 %3 天的轮换期限，请换用新密钥（密钥 &gt; 轮换）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Due for rotation</source>
        <translation>需要轮换</translation>
    </message>
</context>
<context>
    <name>ApiKey</name>
    <message>
        <source>The key is empty.</source>
        <translation>密钥为空。</translation>
    </message>
    <message>
        <source>Not a Tavily key (it must start with tvly-).</source>
        <translation>不是 Tavily 密钥（必须以 tvly- 开头）。</translation>
    </message>
    <message>
        <source>The key contains a character that is not a letter, a digit, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>密钥包含字母、数字、“-”和“_”以外的字符。</translation>
    </message>
    <message>
        <source>The key is too short (a Tavily key has at least %1 characters).</source>
        <translation>密钥过短（Tavily 密钥至少 %1 个字符）。</translation>
    </message>
    <message>
        <source>The key is too long (a Tavily key has at most %1 characters).</source>
        <translation>密钥过长（Tavily 密钥最多 %1 个字符）。</translation>
    </message>
    <message>
        <source>the label looks like an API key (tvly- and 16 or more letters or digits); give the key on its own, with a label that is not a key</source>
        <translation>标签看起来像 API 密钥（tvly- 加 16 个或更多字母或数字）；请单独提供密钥，并使用不是密钥的标签</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>开发</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>生产</translation>
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
        <translation>每分钟</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>每小时</translation>
    </message>
    <message>
        <source>QuotaDeck /usage calls per hour</source>
        <translation>QuotaDeck 每小时的 /usage 调用次数</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>Coalesced</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <source>%1, calls %2
Network: %3 (%4)
Cache: %5 (%6)
Coalesced: %7 (%8)
Held back: %9 (%10)</source>
        <translation>%1，调用次数（%2）
网络：%3（%4）
缓存：%5（%6）
合并：%7（%8）
暂缓：%9（%10）</translation>
    </message>
    <message>
        <source>QuotaDeck /usage calls %1</source>
        <translation>QuotaDeck /usage 调用次数（%1）</translation>
    </message>
    <message>
        <source>%1 — none in this range</source>
        <translation>%1 — 此范围内没有数据</translation>
    </message>
</context>
<context>
    <name>ChartAccessible</name>
    <message>
        <source>%1: no data</source>
        <translation>%1：无数据</translation>
    </message>
    <message numerus="yes">
        <source>%1: latest %2, highest %3 (%n point(s))</source>
        <translation>
            <numerusform>%1：最新 %2，最高 %3（%n 个数据点）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandJob</name>
    <message>
        <source>the history could not be rolled up, so accounts may be out of date: %1</source>
        <translation>历史数据无法汇总，账户数据可能不是最新的：%1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>--smtp-port takes a port from 1 to 65535</source>
        <translation>--smtp-port 取值为 1 到 65535 的端口号</translation>
    </message>
    <message>
        <source>--concurrency takes a whole number from 1 to 256</source>
        <translation>--concurrency 取值为 1 到 256 的整数</translation>
    </message>
    <message>
        <source>unknown option %1 (see quotadeck --help)</source>
        <translation>未知选项 %1（参见 quotadeck --help）</translation>
    </message>
    <message>
        <source>%1 goes with a command (see quotadeck --help)</source>
        <translation>%1 需要与命令一起使用（参见 quotadeck --help）</translation>
    </message>
    <message>
        <source>unknown notify command &quot;%1&quot; (add, list, test, remove)</source>
        <translation>未知的 notify 子命令“%1”（add、list、test、remove）</translation>
    </message>
    <message>
        <source>notify needs a command: add, list, test or remove</source>
        <translation>notify 需要一个子命令：add、list、test 或 remove</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see quotadeck --help)</source>
        <translation>未知命令“%1”（参见 quotadeck --help）</translation>
    </message>
    <message>
        <source>a file name (or - for standard input)</source>
        <translation>一个文件名（或用 - 表示标准输入）</translation>
    </message>
    <message>
        <source>a channel name</source>
        <translation>一个通知渠道名称</translation>
    </message>
    <message>
        <source>a key id or label</source>
        <translation>一个密钥 ID 或标签</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>keys add reads the key from standard input, never from the command line</source>
        <translation>keys add 只从标准输入读取密钥，绝不从命令行读取</translation>
    </message>
    <message>
        <source>notify add reads the URL (or the SMTP password) from standard input, never from the command line</source>
        <translation>notify add 只从标准输入读取 URL（或 SMTP 密码），绝不从命令行读取</translation>
    </message>
    <message>
        <source>%1 does not go with quotadeck %2</source>
        <translation>%1 不能与 quotadeck %2 一起使用</translation>
    </message>
    <message>
        <source>--demo opens the window; it does not go with a command</source>
        <translation>--demo 会打开窗口，不能与命令一起使用</translation>
    </message>
    <message>
        <source>--lang takes a language such as en, zh_CN or zh_TW, not &quot;%1&quot;</source>
        <translation>--lang 需要一种语言，如 en、zh_CN 或 zh_TW，而不是“%1”</translation>
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
        <translation>数据库所在位置（默认：%1）</translation>
    </message>
    <message>
        <source>database file, sqlite:///path, or postgresql://user@host:port/db for a
store shared by a team (default: DIR/quotadeck.sqlite)</source>
        <translation>数据库文件、sqlite:///path，或团队共享数据库
postgresql://user@host:port/db（默认：DIR/quotadeck.sqlite）</translation>
    </message>
    <message>
        <source>Tavily API base (default: https://api.tavily.com)</source>
        <translation>Tavily API 地址（默认：https://api.tavily.com）</translation>
    </message>
    <message>
        <source>open the window on a built-in local usage server with sample keys
in a throwaway data dir</source>
        <translation>打开窗口，使用内置的本地用量服务器和示例密钥，
数据放在用后即删的临时目录中</translation>
    </message>
    <message>
        <source>print the version, or this help</source>
        <translation>显示版本号或本帮助</translation>
    </message>
    <message>
        <source>list keys (masked), status and usage</source>
        <translation>列出密钥（已遮盖）、状态和用量</translation>
    </message>
    <message>
        <source>remove a key and its sealed secret</source>
        <translation>移除密钥及其封存的密文</translation>
    </message>
    <message>
        <source>take a key into refreshes again, or leave it out</source>
        <translation>启用密钥，使其重新参与刷新；或停用，使其不再刷新</translation>
    </message>
    <message>
        <source>refresh every enabled key&apos;s quota</source>
        <translation>刷新所有已启用密钥的配额</translation>
    </message>
    <message>
        <source>per key and account: credits per day, projection to the cycle end
with its 80% band, predicted exhaustion, level and confidence</source>
        <translation>按密钥和账户列出：每日积分、到周期末的预计用量
及其 80% 区间、预计耗尽时间、级别和置信度</translation>
    </message>
    <message>
        <source>the language of a report&apos;s or forecast&apos;s labels, dates and numbers
(en, zh_CN, zh_TW; default: the system locale, LANG/LC_ALL); JSON,
CSV headers and exit codes never change with the language</source>
        <translation>报告或预测中标签、日期和数字所用的语言
（en、zh_CN、zh_TW；默认：系统区域设置，即 LANG/LC_ALL）；
JSON、CSV 表头和退出码不随语言改变</translation>
    </message>
    <message>
        <source>team mode on a shared PostgreSQL store (--db postgresql://...):
set up the team passphrase, join with it, or change it; the
passphrase from standard input or QUOTADECK_TEAM_PASSPHRASE</source>
        <translation>在共享 PostgreSQL 数据库上使用团队模式（--db postgresql://...）：
设置团队口令、用口令加入或更改口令；口令来自标准输入
或 QUOTADECK_TEAM_PASSPHRASE</translation>
    </message>
    <message>
        <source>copy this SQLite store (history too) into an empty shared store,
keys re-sealed under the team key, counts verified</source>
        <translation>将此 SQLite 数据库（含历史数据）复制到一个空的共享数据库，
密钥用团队密钥重新封存，并校验行数</translation>
    </message>
    <message>
        <source>a channel for alerts that posts to the URL, sealed like a key</source>
        <translation>添加向该 URL 发送告警的通知渠道；URL 像密钥一样封存</translation>
    </message>
    <message>
        <source>a channel for alerts that sends e-mail; the password is sealed like a
key (empty input: no login)</source>
        <translation>添加通过电子邮件发送告警的通知渠道；密码像密钥一样封存
（输入为空：不登录）</translation>
    </message>
    <message>
        <source>channels, URLs masked</source>
        <translation>列出通知渠道，URL 已遮盖</translation>
    </message>
    <message>
        <source>send one test message (exit 0 when delivered, 1 with the answer)</source>
        <translation>发送一条测试消息（送达时退出码为 0，否则为 1 并显示应答）</translation>
    </message>
    <message>
        <source>remove a channel</source>
        <translation>移除通知渠道</translation>
    </message>
    <message>
        <source>headless: auto-refresh, alerts, notifications, and /metrics and
/healthz on ADDR:PORT (default 127.0.0.1:9464); an address other
than loopback needs --token-file (a bearer token)</source>
        <translation>无界面运行：自动刷新、告警、通知，并在 ADDR:PORT（默认
127.0.0.1:9464）上提供 /metrics 和 /healthz；回环以外的地址
需要 --token-file（Bearer 令牌）</translation>
    </message>
    <message>
        <source>Usage: quotadeck [global options] [command]</source>
        <translation>用法：quotadeck [全局选项] [命令]</translation>
    </message>
    <message>
        <source>Keeps a pool of Tavily API keys sealed in the system keychain and refreshes their quotas.
Without a command, opens the window.</source>
        <translation>将一组 Tavily API 密钥封存在系统密钥环中，并刷新它们的配额。
不带命令时打开窗口。</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>全局选项：</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 2 bad usage or bad input, 3 refresh finished with some keys failed,
1 anything else.</source>
        <translation>退出码：0 成功，2 用法或输入有误，3 刷新完成但有密钥失败，
1 其他错误。</translation>
    </message>
    <message>
        <source>unknown keys command &quot;%1&quot; (add, import, list, set, rotate, remove, enable, disable)</source>
        <translation>未知的 keys 命令“%1”（add、import、list、set、rotate、remove、enable、disable）</translation>
    </message>
    <message>
        <source>keys needs a command: add, import, list, set, rotate, remove, enable or disable</source>
        <translation>keys 需要一个命令：add、import、list、set、rotate、remove、enable 或 disable</translation>
    </message>
    <message>
        <source>keys rotate reads the new key from standard input, never from the command line</source>
        <translation>keys rotate 只从标准输入读取新密钥，绝不从命令行读取</translation>
    </message>
    <message>
        <source>replace a key by a new one from standard input: the new key takes its
label and project, the old one is disabled as &quot;LABEL (retired DATE)&quot;</source>
        <translation>用标准输入中的新密钥替换一个密钥：新密钥沿用其标签和项目，
旧密钥以“LABEL (retired DATE)”为名被禁用</translation>
    </message>
    <message>
        <source>unknown accounts command &quot;%1&quot; (list, set)</source>
        <translation>未知的 accounts 命令“%1”（list、set）</translation>
    </message>
    <message>
        <source>accounts needs a command: list or set</source>
        <translation>accounts 需要一个命令：list 或 set</translation>
    </message>
    <message>
        <source>an account id, or a key id or label</source>
        <translation>账户 ID，或密钥的 ID 或标签</translation>
    </message>
    <message>
        <source>accounts set needs --reset-day DAY (1 to 28) or --reset-day auto</source>
        <translation>accounts set 需要 --reset-day DAY（1 到 28）或 --reset-day auto</translation>
    </message>
    <message>
        <source>accounts with their billing reset day: inferred from the usage
history, set by hand, and the one in use</source>
        <translation>各账户的计费重置日：从用量历史推断的、
手动设置的，以及正在使用的</translation>
    </message>
    <message>
        <source>set an account&apos;s billing reset day (1-28), or infer it again;
ACCOUNT: an account id, or a key id or label of the account</source>
        <translation>设置账户的计费重置日（1-28），或重新推断；
ACCOUNT：账户 ID，或该账户某个密钥的 ID 或标签</translation>
    </message>
    <message>
        <source>the request log read by refreshes (default: the last day): credits by
endpoint and search depth, requests per hour, the slowest requests</source>
        <translation>刷新时读取的请求日志（默认：最近一天）：按端点和搜索深度
统计的积分、每小时请求数、最慢的请求</translation>
    </message>
    <message>
        <source>unknown org command &quot;%1&quot; (set-key, show, clear)</source>
        <translation>未知的 org 命令“%1”（set-key、show、clear）</translation>
    </message>
    <message>
        <source>org needs a command: set-key, show or clear</source>
        <translation>org 需要一个命令：set-key、show 或 clear</translation>
    </message>
    <message>
        <source>org set-key needs --name NAME, the organisation&apos;s name on Tavily</source>
        <translation>org set-key 需要 --name NAME，即组织在 Tavily 上的名称</translation>
    </message>
    <message>
        <source>an organisation (enterprise): refreshes ask /org-usage once for all
its keys instead of each key on its own; the owner&apos;s personal key
from standard input, sealed like a key</source>
        <translation>设置组织（企业版）：刷新时对其全部密钥只调用一次 /org-usage，
而不是逐个查询每个密钥；所有者的个人密钥从标准输入读取，
像密钥一样加密保存</translation>
    </message>
    <message>
        <source>the organisation, its last answer and the keys it names that are not
managed here; or remove it (every key is asked on its own again)</source>
        <translation>显示组织、其最近一次应答以及其中未在此管理的密钥；
或将其删除（每个密钥重新单独查询）</translation>
    </message>
    <message>
        <source>read one key from standard input and store it sealed; PROJECT: the
Tavily project its look-ups ask for (X-Project-ID)</source>
        <translation>从标准输入读取一个密钥并封存保存；PROJECT：
其查询所针对的 Tavily 项目（X-Project-ID）</translation>
    </message>
    <message>
        <source>import lines `key`, `label,key` or `NAME=tvly-...`, every key in
PROJECT when given</source>
        <translation>导入 `key`、`label,key` 或 `NAME=tvly-...` 格式的行，
给出 PROJECT 时每个密钥都归入该项目</translation>
    </message>
    <message>
        <source>rename a key, or move it to a project (&quot;&quot; clears it)</source>
        <translation>重命名密钥，或将其移入某个项目（&quot;&quot; 表示清除）</translation>
    </message>
    <message>
        <source>a report of a period (default: the current billing cycle up to now,
the account&apos;s own with --account, which keeps only its keys;
--project keeps only that project&apos;s keys);
T: 2026-11-01, 2026-11-01T08:00Z, now, 7d, 12h, 30m, 2w (back from now);
CSV holds one TABLE: keys (default), accounts, runs or alerts</source>
        <translation>某一时间段的报告（默认：当前计费周期至今；
使用 --account 时为该账户自己的周期，且只包含其密钥；
--project 只保留该项目的密钥）；
T：2026-11-01、2026-11-01T08:00Z、now、7d、12h、30m、2w（从现在往回）；
CSV 只包含一个 TABLE：keys（默认）、accounts、runs 或 alerts</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>%1 is not available in this version yet</source>
        <translation>此版本尚不支持 %1</translation>
    </message>
</context>
<context>
    <name>CostColumns</name>
    <message>
        <source>Cost so far (USD)</source>
        <translation>迄今费用（美元）</translation>
    </message>
    <message>
        <source>Cost 80% low (USD)</source>
        <translation>费用 80% 区间下限（美元）</translation>
    </message>
    <message>
        <source>Cost at cycle end (USD)</source>
        <translation>周期结束时费用（美元）</translation>
    </message>
    <message>
        <source>Cost 80% high (USD)</source>
        <translation>费用 80% 区间上限（美元）</translation>
    </message>
    <message>
        <source>Paygo spent (USD)</source>
        <translation>按量付费已用（美元）</translation>
    </message>
    <message>
        <source>Paygo risk</source>
        <translation>按量付费风险</translation>
    </message>
    <message>
        <source>Advised plan</source>
        <translation>建议套餐</translation>
    </message>
    <message>
        <source>Advised paygo credits</source>
        <translation>建议按量付费积分</translation>
    </message>
    <message>
        <source>Advised cost (USD)</source>
        <translation>建议费用（美元）</translation>
    </message>
    <message>
        <source>Current plan cost (USD)</source>
        <translation>当前套餐费用（美元）</translation>
    </message>
    <message>
        <source>Saving (USD)</source>
        <translation>节省（美元）</translation>
    </message>
    <message>
        <source>Change plan</source>
        <translation>更换套餐</translation>
    </message>
</context>
<context>
    <name>CostTable</name>
    <message>
        <source>ACCOUNT (PLAN)</source>
        <translation>账户（套餐）</translation>
    </message>
    <message>
        <source>SO FAR</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>AT CYCLE END</source>
        <translation>周期末预计</translation>
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
        <translation>建议</translation>
    </message>
    <message>
        <source>%1 saves %2</source>
        <translation>改用 %1 可省 %2</translation>
    </message>
    <message>
        <source>keep %1</source>
        <translation>保持 %1</translation>
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
        <translation>合计</translation>
    </message>
    <message>
        <source>saves %1</source>
        <translation>可省 %1</translation>
    </message>
    <message>
        <source>Prices of %1 in US dollars (%2); edit them under [prices] in settings.ini.</source>
        <translation>价格为 %1 的美元价格（%2）；可在 settings.ini 的 [prices] 中修改。</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) on a plan without a price left out.</source>
        <translation>
            <numerusform>%n 个账户的套餐没有价格，未计入。</numerusform>
        </translation>
    </message>
    <message>
        <source>pay-as-you-go limit reached</source>
        <translation>已达按量付费上限</translation>
    </message>
    <message>
        <source>near the pay-as-you-go limit</source>
        <translation>接近按量付费上限</translation>
    </message>
    <message>
        <source>%1: no price for this plan</source>
        <translation>%1：此套餐没有价格</translation>
    </message>
    <message>
        <source>%1: %2 so far</source>
        <translation>%1：迄今 %2</translation>
    </message>
    <message>
        <source>, %1 at the cycle end (%2 to %3)</source>
        <translation>，周期末 %1（%2 至 %3）</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>迄今 %1</translation>
    </message>
    <message>
        <source>keep %1 with %2 pay-as-you-go credits (%3)</source>
        <translation>保持 %1，另购 %2 按量付费积分（%3）</translation>
    </message>
    <message>
        <source>pay-as-you-go limit reached before the cycle ends</source>
        <translation>周期结束前将达按量付费上限</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between advice and risk</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>, %1 at the cycle end</source>
        <translation>，周期末 %1</translation>
    </message>
</context>
<context>
    <name>CreditsChart</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>提取</translation>
    </message>
    <message>
        <source>Crawl</source>
        <translation>爬取</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>站点地图</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>研究</translation>
    </message>
    <message>
        <source>Credits per hour by kind</source>
        <translation>按类型统计的每小时积分</translation>
    </message>
    <message>
        <source>%1, credits %2</source>
        <translation>%1，积分（%2）</translation>
    </message>
    <message>
        <source>Total: %1 (%2 credits)</source>
        <translation>合计：%1（%2 积分）</translation>
    </message>
    <message>
        <source>%1 more used across a silence, when is unknown</source>
        <translation>另有 %1 在数据空白期间用掉，具体时间未知</translation>
    </message>
    <message>
        <source>Credits %1 by kind</source>
        <translation>按类型统计的积分（%1）</translation>
    </message>
    <message>
        <source>Credits %1 by kind, %2</source>
        <translation>按类型统计的积分（%1），%2</translation>
    </message>
    <message>
        <source>%1 — none in this range</source>
        <translation>%1 — 此范围内没有数据</translation>
    </message>
    <message>
        <source>per minute</source>
        <translation>每分钟</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>每小时</translation>
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
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
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
        <translation>本计费周期</translation>
    </message>
    <message>
        <source>All keys (select rows in the key table to narrow the charts)</source>
        <translation>全部密钥（在密钥表中选择行可缩小图表范围）</translation>
    </message>
    <message>
        <source>Only %1 (selected in the key table)</source>
        <translation>仅 %1（已在密钥表中选中）</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n keys selected in the key table</source>
        <translation>
            <numerusform>仅在密钥表中选中的 %n 个密钥</numerusform>
        </translation>
    </message>
    <message>
        <source>all keys</source>
        <translation>全部密钥</translation>
    </message>
    <message numerus="yes">
        <source>%n selected key(s)</source>
        <translation>
            <numerusform>选中的 %n 个密钥</numerusform>
        </translation>
    </message>
    <message>
        <source>No keys yet — add or import keys, then click Refresh.</source>
        <translation>还没有密钥 — 请添加或导入密钥，然后点击“刷新”。</translation>
    </message>
    <message>
        <source>No refresh yet — click Refresh (F5) to fill the dashboard.</source>
        <translation>尚未刷新 — 点击“刷新”（F5）以填充仪表板。</translation>
    </message>
    <message>
        <source>The dashboard could not read the history: %1</source>
        <translation>仪表板无法读取历史记录：%1</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>密钥 %1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>账户：%1</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>密钥：%1</translation>
    </message>
    <message>
        <source>Ra&amp;nge:</source>
        <translation>范围(&amp;N)：</translation>
    </message>
    <message>
        <source>Forecast f&amp;or:</source>
        <translation>预测对象(&amp;O)：</translation>
    </message>
    <message>
        <source>%1; the cycle resets on day %2 (%3)</source>
        <comment>an account&apos;s cost line; day of month (where it comes from)</comment>
        <translation>%1；周期在每月 %2 日重置（%3）</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>项目(&amp;J)：</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n key(s) without a project</source>
        <translation>
            <numerusform>仅无项目的 %n 个密钥</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only project %1 (%n key(s))</source>
        <translation>
            <numerusform>仅项目 %1（%n 个密钥）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>cannot create a temporary data folder for the demo</source>
        <translation>无法为演示创建临时数据文件夹</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>PDF: title page, charts and tables</source>
        <translation>PDF：封面、图表和表格</translation>
    </message>
    <message>
        <source>CSV: one table, for a spreadsheet</source>
        <translation>CSV：单个表格，用于电子表格</translation>
    </message>
    <message>
        <source>JSON: everything, for scripts</source>
        <translation>JSON：全部数据，用于脚本</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Refresh runs</source>
        <translation>刷新运行记录</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Summary figures</source>
        <translation>汇总数据</translation>
    </message>
    <message>
        <source>This billing cycle</source>
        <translation>本计费周期</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
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
        <translation>自定义（UTC）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
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
        <translation>时段(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>请选择报告的保存位置。</translation>
    </message>
    <message>
        <source>The period is empty: its start is not before its end.</source>
        <translation>时段为空：开始时间不早于结束时间。</translation>
    </message>
    <message>
        <source>Reading the store…</source>
        <translation>正在读取数据库…</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>cannot write the report to %1: %2</source>
        <translation>无法将报告写入 %1：%2</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>正在写入 PDF…</translation>
    </message>
    <message>
        <source>Saved %1 in &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;.</source>
        <translation>已将 %1 保存到 &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;。</translation>
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
        <translation>已耗尽</translation>
    </message>
    <message>
        <source>invalid</source>
        <comment>key status</comment>
        <translation>无效</translation>
    </message>
    <message>
        <source>rate limited</source>
        <comment>key status</comment>
        <translation>受速率限制</translation>
    </message>
    <message>
        <source>error</source>
        <comment>key status</comment>
        <translation>错误</translation>
    </message>
    <message>
        <source>disabled</source>
        <comment>key status</comment>
        <translation>已禁用</translation>
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
        <translation>严重</translation>
    </message>
    <message>
        <source>exhausted</source>
        <comment>forecast level</comment>
        <translation>已耗尽</translation>
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
            <numerusform>另 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
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
        <translation>配额预测</translation>
    </message>
    <message>
        <source>80% band</source>
        <translation>80% 区间</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>预计</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Cycle end</source>
        <translation>周期结束</translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation>耗尽</translation>
    </message>
    <message>
        <source>Predicted to run out</source>
        <translation>预计耗尽</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>预计</translation>
    </message>
    <message>
        <source>%1
%2: %3 credits</source>
        <translation>%1
%2：%3 积分</translation>
    </message>
    <message>
        <source>Limit: %1 credits</source>
        <translation>上限：%1 积分</translation>
    </message>
    <message>
        <source>The cycle ends %1</source>
        <translation>周期于 %1 结束</translation>
    </message>
    <message>
        <source>Projected at the cycle end: %1 to %2 credits (80% band)</source>
        <translation>预计周期结束时：%1 至 %2 积分（80% 区间）</translation>
    </message>
    <message>
        <source>Quota forecast — no usage history yet</source>
        <translation>配额预测 — 尚无用量历史</translation>
    </message>
    <message>
        <source>Projection: %1 at the cycle end</source>
        <translation>预计周期结束时为 %1</translation>
    </message>
    <message>
        <source>level unknown</source>
        <translation>级别未知</translation>
    </message>
    <message>
        <source>not enough history yet</source>
        <translation>历史数据尚不足</translation>
    </message>
    <message>
        <source>%1, confidence %2%</source>
        <translation>%1，置信度 %2%</translation>
    </message>
    <message>
        <source>Quota forecast: %1 (%2)</source>
        <translation>配额预测：%1（%2）</translation>
    </message>
</context>
<context>
    <name>ForecastTable</name>
    <message>
        <source>KEY</source>
        <translation>密钥</translation>
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
        <translation>周期末预计</translation>
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
        <translation>耗尽时间（UTC）</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>CONFIDENCE</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>level (key status)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (little history)</source>
        <translation>%1（历史数据太少）</translation>
    </message>
    <message>
        <source>account: %1</source>
        <translation>账户：%1</translation>
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
        <translation>各状态密钥数</translation>
    </message>
    <message>
        <source>Cache hit rate over the range</source>
        <translation>范围内的缓存命中率</translation>
    </message>
    <message>
        <source>Next predicted exhaustion</source>
        <translation>下一次预计耗尽</translation>
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
        <translation>统计本计费周期内有套餐上限且有数据的账户：%2 个中的 %1 个</translation>
    </message>
    <message>
        <source>%1 &lt;span style=&quot;font-weight:normal&quot;&gt;of %2 look-ups, %3 an hour&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&quot;font-weight:normal&quot;&gt;（共 %2 次查询，每小时 %3 次）&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Counted %1 – %2</source>
        <translation>统计区间 %1 – %2</translation>
    </message>
    <message>
        <source>in whole hours: look-ups older than the raw history are kept per hour</source>
        <translation>按整点小时统计：早于原始历史的查询按小时保存</translation>
    </message>
    <message>
        <source>none before the cycle ends</source>
        <translation>周期结束前不会耗尽</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln 个账户</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost this cycle (US dollars)</source>
        <translation>本周期费用（美元）</translation>
    </message>
    <message>
        <source>%1 at the cycle end</source>
        <translation>周期末 %1</translation>
    </message>
    <message>
        <source>no projection yet</source>
        <translation>尚无预测</translation>
    </message>
    <message>
        <source>%1 &lt;span style=&quot;font-weight:normal&quot;&gt;so far, %2&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&quot;font-weight:normal&quot;&gt;迄今，%2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>The advised plans would save %1 a month.</source>
        <translation>改用建议的套餐每月可省 %1。</translation>
    </message>
    <message>
        <source>Credits left this cycle</source>
        <translation>本周期剩余积分</translation>
    </message>
</context>
<context>
    <name>HiddenField</name>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show the key while you check it</source>
        <translation>核对时显示密钥</translation>
    </message>
</context>
<context>
    <name>HitRateChart</name>
    <message>
        <source>Cache hit rate</source>
        <translation>缓存命中率</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>命中率</translation>
    </message>
    <message>
        <source>Held back by the rate limiter</source>
        <translation>被速率限制器暂缓</translation>
    </message>
    <message>
        <source>%1
Hit rate %2% (%3 cache + %4 coalesced of %5 look-ups)
Held back %6% (%7)</source>
        <translation>%1
命中率 %2%（%5 次查询中缓存 %3 次 + 合并 %4 次）
暂缓 %6%（%7）</translation>
    </message>
    <message>
        <source>Cache hit rate — no look-ups in this range</source>
        <translation>缓存命中率 — 此范围内没有查询</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import keys</source>
        <translation>导入密钥</translation>
    </message>
    <message>
        <source>One key per line: &lt;code&gt;tvly-…&lt;/code&gt;, &lt;code&gt;label,tvly-…&lt;/code&gt; or &lt;code&gt;.env&lt;/code&gt; style &lt;code&gt;NAME=tvly-…&lt;/code&gt;. Blank lines and &lt;code&gt;#&lt;/code&gt; comments are skipped; keys already stored are reported, not added twice.</source>
        <translation>每行一个密钥：&lt;code&gt;tvly-…&lt;/code&gt;、&lt;code&gt;label,tvly-…&lt;/code&gt; 或 &lt;code&gt;.env&lt;/code&gt; 格式的 &lt;code&gt;NAME=tvly-…&lt;/code&gt;。空行和 &lt;code&gt;#&lt;/code&gt; 注释会被跳过；已存储的密钥会列出，不会重复添加。</translation>
    </message>
    <message>
        <source>A text, CSV or .env file</source>
        <translation>文本、CSV 或 .env 文件</translation>
    </message>
    <message>
        <source>Paste the lines here</source>
        <translation>在此粘贴各行</translation>
    </message>
    <message>
        <source>From a &amp;file</source>
        <translation>从文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation>未导入的原因</translation>
    </message>
    <message>
        <source>Choose a key list</source>
        <translation>选择密钥列表</translation>
    </message>
    <message>
        <source>Key lists (*.txt *.csv *.env *.keys);;All files (*)</source>
        <translation>密钥列表 (*.txt *.csv *.env *.keys);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; is it a key list?</source>
        <translation>%1 大于 %2 MiB，确定是密钥列表吗？</translation>
    </message>
    <message>
        <source>Paste the lines to import.</source>
        <translation>请粘贴要导入的行。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n key(s).</source>
        <translation>
            <numerusform>已导入 %n 个密钥。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) were not imported:</source>
        <translation>
            <numerusform>有 %n 行未导入：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyCommands</name>
    <message>
        <source>No keys yet. Add one with: quotadeck keys add --label NAME &lt; keyfile</source>
        <translation>还没有密钥。可用以下命令添加：quotadeck keys add --label NAME &lt; keyfile</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>KEY USAGE</source>
        <translation>密钥用量</translation>
    </message>
    <message>
        <source>PLAN USAGE</source>
        <translation>套餐用量</translation>
    </message>
    <message>
        <source>LAST REFRESHED</source>
        <translation>上次刷新</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>removed key %1 &quot;%2&quot; (%3)</source>
        <translation>已移除密钥 %1“%2”（%3）</translation>
    </message>
    <message>
        <source>enabled key %1 &quot;%2&quot; (%3)</source>
        <translation>已启用密钥 %1“%2”（%3）</translation>
    </message>
    <message>
        <source>disabled key %1 &quot;%2&quot; (%3)</source>
        <translation>已禁用密钥 %1“%2”（%3）</translation>
    </message>
    <message>
        <source>Paste the Tavily API key (input hidden), then press Enter: </source>
        <translation>粘贴 Tavily API 密钥（输入不回显），然后按回车键：</translation>
    </message>
    <message>
        <source>no key arrived on standard input</source>
        <translation>标准输入中没有收到密钥</translation>
    </message>
    <message>
        <source>added key %1 &quot;%2&quot; (%3)</source>
        <translation>已添加密钥 %1“%2”（%3）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; split it</source>
        <translation>%1 大于 %2 MiB，请拆分后再导入</translation>
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
            <numerusform>已导入 %n 个密钥</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) rejected</source>
        <translation>
            <numerusform>拒绝 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not available in this version yet</source>
        <translation>此版本尚不支持 %1</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>key %1 &quot;%2&quot; (%3) has no project</source>
        <translation>密钥 %1“%2”（%3）不属于任何项目</translation>
    </message>
    <message>
        <source>key %1 &quot;%2&quot; (%3) is in project &quot;%4&quot;</source>
        <translation>密钥 %1“%2”（%3）属于项目“%4”</translation>
    </message>
    <message>
        <source>Paste the new Tavily API key (input hidden), then press Enter: </source>
        <translation>粘贴新的 Tavily API 密钥（输入不回显），然后按回车键：</translation>
    </message>
    <message>
        <source>rotated &quot;%1&quot;: key %2 (%3) replaces key %4 (%5), now disabled as &quot;%6&quot;</source>
        <translation>已轮换“%1”：密钥 %2（%3）替换了密钥 %4（%5），后者已禁用，现名为“%6”</translation>
    </message>
</context>
<context>
    <name>KeyEditor</name>
    <message>
        <source>Added %1 (%2)</source>
        <translation>已添加 %1（%2）</translation>
    </message>
    <message>
        <source>Remove the key %1 (%2)?</source>
        <translation>要删除密钥 %1（%2）吗？</translation>
    </message>
    <message>
        <source>Remove keys</source>
        <translation>删除密钥</translation>
    </message>
    <message>
        <source>The encrypted key is deleted from this store together with its history. This cannot be undone.</source>
        <translation>加密的密钥将连同其历史记录从此数据库中删除。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Nothing was removed: a refresh started meanwhile</source>
        <translation>未删除任何密钥：期间有刷新开始运行</translation>
    </message>
    <message>
        <source>Keys cannot be renamed while a refresh runs</source>
        <translation>刷新运行期间无法重命名密钥</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform>，以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n key(s)</source>
        <translation>
            <numerusform>已导入 %n 个密钥</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n keys: %1?</source>
        <translation>
            <numerusform>要删除 %n 个密钥：%1 吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) could not be removed.</source>
        <translation>
            <numerusform>%n 个密钥无法删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n key(s)</source>
        <translation>
            <numerusform>已删除 %n 个密钥</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enabled %n key(s)</source>
        <translation>
            <numerusform>已启用 %n 个密钥</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabled %n key(s)</source>
        <translation>
            <numerusform>已禁用 %n 个密钥</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotated %1: %2 replaces %3</source>
        <translation>已轮换 %1：%2 替换了 %3</translation>
    </message>
</context>
<context>
    <name>KeyErrorText</name>
    <message>
        <source>Invalid or revoked key (HTTP %1)</source>
        <translation>密钥无效或已被吊销（HTTP %1）</translation>
    </message>
    <message>
        <source>Rate limited by Tavily (HTTP 429)</source>
        <translation>触发 Tavily 速率限制（HTTP 429）</translation>
    </message>
    <message>
        <source>Rate limited by Tavily (HTTP 429); may be asked again at %1</source>
        <translation>触发 Tavily 速率限制（HTTP 429），%1 后可再次查询</translation>
    </message>
    <message>
        <source>Held back to respect Tavily&apos;s rate limit</source>
        <translation>为遵守 Tavily 速率限制而暂缓查询</translation>
    </message>
    <message>
        <source>Held back to respect Tavily&apos;s rate limit; asked again at %1</source>
        <translation>为遵守 Tavily 速率限制而暂缓查询，将于 %1 再次查询</translation>
    </message>
    <message>
        <source>Key or plan limit exceeded (HTTP 432)</source>
        <translation>已超出密钥或套餐的额度上限（HTTP 432）</translation>
    </message>
    <message>
        <source>Pay-as-you-go limit exceeded (HTTP 433)</source>
        <translation>已超出按量付费上限（HTTP 433）</translation>
    </message>
    <message>
        <source>Bad request (HTTP 400)</source>
        <translation>请求无效（HTTP 400）</translation>
    </message>
    <message>
        <source>Tavily server error (HTTP %1)</source>
        <translation>Tavily 服务器错误（HTTP %1）</translation>
    </message>
    <message>
        <source>Unexpected answer from Tavily (HTTP %1)</source>
        <translation>Tavily 返回了意外的应答（HTTP %1）</translation>
    </message>
    <message>
        <source>Unreadable answer from the usage API</source>
        <translation>用量 API 返回的内容无法解析</translation>
    </message>
    <message>
        <source>The answer was too large</source>
        <translation>应答内容过大</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>等待应答超时</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>Server not found (DNS)</source>
        <translation>找不到服务器（DNS）</translation>
    </message>
    <message>
        <source>The server closed the connection before answering</source>
        <translation>服务器在应答前关闭了连接</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS 握手失败</translation>
    </message>
    <message>
        <source>The network is not available</source>
        <translation>网络不可用</translation>
    </message>
    <message>
        <source>Proxy error</source>
        <translation>代理服务器错误</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>Look-up cancelled</source>
        <translation>查询已取消</translation>
    </message>
    <message>
        <source>The API base URL in the settings is not usable</source>
        <translation>设置中的 API 基础地址不可用</translation>
    </message>
    <message>
        <source>The key is empty or holds characters that cannot be sent</source>
        <translation>密钥为空或含有无法发送的字符</translation>
    </message>
    <message>
        <source>The sealed key cannot be opened with this keychain&apos;s data key</source>
        <translation>无法用此系统密钥环中的数据密钥解开加密的密钥</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 状态 %1</translation>
    </message>
    <message>
        <source>As reported: %1</source>
        <translation>原始信息：%1</translation>
    </message>
</context>
<context>
    <name>KeyImportParser</name>
    <message>
        <source>the label is not valid UTF-8 text</source>
        <translation>标签不是有效的 UTF-8 文本</translation>
    </message>
    <message>
        <source>the label has an opening quote but no closing quote</source>
        <translation>标签有开引号但没有闭引号</translation>
    </message>
    <message>
        <source>a quote inside the quoted label is not doubled (write &quot;&quot;)</source>
        <translation>带引号的标签中的引号没有成对书写（请写成 &quot;&quot;）</translation>
    </message>
    <message>
        <source>the label contains control characters</source>
        <translation>标签包含控制字符</translation>
    </message>
    <message>
        <source>the label is longer than %1 characters</source>
        <translation>标签超过 %1 个字符</translation>
    </message>
    <message>
        <source>the name before = is longer than %1 characters</source>
        <translation>= 前的名称超过 %1 个字符</translation>
    </message>
    <message>
        <source>the value has an opening quote but no closing quote</source>
        <translation>值有开引号但没有闭引号</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote</source>
        <translation>闭引号后有多余的文本</translation>
    </message>
    <message>
        <source>no key after %1=</source>
        <translation>%1= 后面没有密钥</translation>
    </message>
    <message>
        <source>an export line needs the form export NAME=key</source>
        <translation>export 行的格式应为 export NAME=key</translation>
    </message>
    <message>
        <source>no label after the comma; the form is label,key or just the key</source>
        <translation>逗号后没有标签；格式应为 label,key 或只写密钥</translation>
    </message>
    <message>
        <source>no key after the label</source>
        <translation>标签后面没有密钥</translation>
    </message>
    <message>
        <source>the key must come last on the line (label,key)</source>
        <translation>密钥必须位于行末（label,key）</translation>
    </message>
    <message>
        <source>the input is larger than %1 MiB; split the key list into smaller files</source>
        <translation>输入大于 %1 MiB；请将密钥列表拆分成较小的文件</translation>
    </message>
    <message>
        <source>this looks like a binary or UTF-16 file; save the key list as UTF-8 text</source>
        <translation>这看起来是二进制或 UTF-16 文件；请将密钥列表保存为 UTF-8 文本</translation>
    </message>
    <message>
        <source>same key as line %1</source>
        <translation>与第 %1 行的密钥相同</translation>
    </message>
</context>
<context>
    <name>KeyManager</name>
    <message>
        <source>the keychain is not open, so keys cannot be sealed</source>
        <translation>系统密钥环未打开，无法封存密钥</translation>
    </message>
    <message>
        <source>the label is empty</source>
        <translation>标签为空</translation>
    </message>
    <message>
        <source>the label is longer than %1 characters</source>
        <translation>标签超过 %1 个字符</translation>
    </message>
    <message>
        <source>the label contains control characters</source>
        <translation>标签包含控制字符</translation>
    </message>
    <message>
        <source>the label &quot;%1&quot; is already used by another key</source>
        <translation>标签“%1”已被另一个密钥使用</translation>
    </message>
    <message>
        <source>this key is already stored as &quot;%1&quot;</source>
        <translation>此密钥已保存为“%1”</translation>
    </message>
    <message>
        <source>already stored as &quot;%1&quot;</source>
        <translation>已保存为“%1”</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>no key has the id or label &quot;%1&quot;</source>
        <translation>没有 ID 或标签为“%1”的密钥</translation>
    </message>
    <message>
        <source>the project name is longer than %1 characters</source>
        <translation>项目名称超过 %1 个字符</translation>
    </message>
    <message>
        <source>the project name contains control characters</source>
        <translation>项目名称包含控制字符</translation>
    </message>
    <message>
        <source>the project name looks like an API key (tvly- and 16 or more letters or digits); a project is named, not keyed</source>
        <translation>项目名称看起来像 API 密钥（tvly- 加 16 个或更多字母或数字）；项目应使用名称，而不是密钥</translation>
    </message>
    <message>
        <source>the new key is the same as the old one of &quot;%1&quot;</source>
        <translation>新密钥与“%1”的旧密钥相同</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; was already rotated</source>
        <translation>密钥“%1”已经轮换过</translation>
    </message>
    <message>
        <source>the organisation&apos;s name: %1</source>
        <translation>组织名称：%1</translation>
    </message>
</context>
<context>
    <name>KeyTableModel</name>
    <message>
        <source>Disabled: Refresh skips this key</source>
        <translation>已禁用：刷新时跳过此密钥</translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation>尚未刷新</translation>
    </message>
    <message>
        <source>May be asked again at %1 (%2)</source>
        <translation>可于 %1 再次查询（%2）</translation>
    </message>
    <message>
        <source>May be asked again (since %1)</source>
        <translation>可再次查询（自 %1 起）</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 状态 %1</translation>
    </message>
    <message>
        <source>This key used %1 credits this billing cycle</source>
        <translation>此密钥在本计费周期已用积分 %1</translation>
    </message>
    <message>
        <source>The account used %1 credits of its plan this billing cycle</source>
        <translation>该账户在本计费周期已用套餐积分 %1</translation>
    </message>
    <message>
        <source>%1 of %2 (%3); %4 left</source>
        <translation>已用 %1 / %2（%3），剩余 %4</translation>
    </message>
    <message>
        <source>No limit of its own: the plan&apos;s limit applies</source>
        <translation>自身无上限：适用套餐上限</translation>
    </message>
    <message>
        <source>No plan limit reported</source>
        <translation>未报告套餐上限</translation>
    </message>
    <message>
        <source>Pay-as-you-go: %1</source>
        <translation>按量付费：%1</translation>
    </message>
    <message>
        <source>Never refreshed</source>
        <translation>从未刷新</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>密钥用量</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Plan usage</source>
        <translation>套餐用量</translation>
    </message>
    <message>
        <source>Last refreshed</source>
        <translation>上次刷新</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <source>Your name for the key (double-click to rename)</source>
        <translation>您为密钥起的名称（双击可重命名）</translation>
    </message>
    <message>
        <source>The key, masked: only its prefix and last characters are ever shown</source>
        <translation>已遮盖的密钥：只显示其前缀和最后几个字符</translation>
    </message>
    <message>
        <source>The outcome of the key&apos;s last look-up</source>
        <translation>该密钥最近一次查询的结果</translation>
    </message>
    <message>
        <source>Credits this key used in the current billing cycle, against its own limit</source>
        <translation>此密钥在当前计费周期已用的积分，对照其自身上限</translation>
    </message>
    <message>
        <source>The plan of the account the key belongs to</source>
        <translation>该密钥所属账户的套餐</translation>
    </message>
    <message>
        <source>Credits the whole account used in the current billing cycle, against the plan&apos;s limit</source>
        <translation>整个账户在当前计费周期已用的积分，对照套餐上限</translation>
    </message>
    <message>
        <source>When the key was last looked up (exact UTC time in the tooltip)</source>
        <translation>该密钥最近一次查询的时间（工具提示中为精确的 UTC 时间）</translation>
    </message>
    <message>
        <source>What went wrong on the last look-up, if anything</source>
        <translation>最近一次查询出现的问题（如有）</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>无上限</translation>
    </message>
    <message>
        <source>rate limited until %1</source>
        <translation>受速率限制，直到 %1</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>尚不知道</translation>
    </message>
    <message>
        <source>%1 credits used, no limit</source>
        <translation>已用 %1 积分，无上限</translation>
    </message>
    <message>
        <source>%1 of %2 credits used (%3%)</source>
        <translation>已用 %1 / %2 积分（%3%）</translation>
    </message>
    <message>
        <source>%1 key: Tavily allows it %2 requests per minute</source>
        <translation>%1密钥：Tavily 允许它每分钟 %2 次请求</translation>
    </message>
    <message>
        <source>%1 key: neither a development (tvly-dev-) nor a production (tvly-prod-) key</source>
        <translation>%1密钥：既不是开发密钥（tvly-dev-），也不是生产密钥（tvly-prod-）</translation>
    </message>
    <message>
        <source>No project: look-ups report the whole key&apos;s usage</source>
        <translation>无项目：查询报告整个密钥的用量</translation>
    </message>
    <message>
        <source>Look-ups ask for project &quot;%1&quot; only (X-Project-ID)</source>
        <translation>查询只针对项目“%1”（X-Project-ID）</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>The Tavily project the key&apos;s look-ups are scoped to, if any</source>
        <translation>该密钥的查询所限定的 Tavily 项目（如有）</translation>
    </message>
    <message>
        <source>Rotate by</source>
        <translation>轮换期限</translation>
    </message>
    <message>
        <source>When the key reaches the rotation age set in Settings (when it was added in the tooltip)</source>
        <translation>密钥达到设置中轮换期限的日期（添加时间见提示）</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>自 %1 起已逾期</translation>
    </message>
    <message numerus="yes">
        <source>Added on %1, %n day(s) ago</source>
        <translation>
            <numerusform>添加于 %1，%n 天前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keys older than %n day(s) raise a reminder to replace them with a new key (Key &gt; Rotate)</source>
        <translation>
            <numerusform>添加超过 %n 天的密钥会提醒换用新密钥（密钥 &gt; 轮换）</numerusform>
        </translation>
    </message>
    <message>
        <source>Retired: another key replaced it</source>
        <translation>已退役：已被另一个密钥替换</translation>
    </message>
    <message>
        <source>No rotation reminder: it is off in Settings</source>
        <translation>无轮换提醒：已在设置中关闭</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>密钥 %1</translation>
    </message>
    <message>
        <source>Retired: replaced by “%1”</source>
        <translation>已退役：已由“%1”替换</translation>
    </message>
    <message>
        <source>Replaces “%1”, whose history stays with it</source>
        <translation>替换了“%1”，其历史记录仍保留在那里</translation>
    </message>
</context>
<context>
    <name>KeyTableView</name>
    <message>
        <source>No keys yet — Add key or Import a list</source>
        <translation>还没有密钥 — 请添加密钥或导入列表</translation>
    </message>
    <message>
        <source>No key matches “%1”</source>
        <translation>没有与“%1”匹配的密钥</translation>
    </message>
</context>
<context>
    <name>LogCommand</name>
    <message>
        <source>the request log cannot be read: %1</source>
        <translation>无法读取请求日志：%1</translation>
    </message>
    <message>
        <source>Request log from %1 to %2 (UTC): %3 requests, %4 credits, %5 unattributed
</source>
        <translation>请求日志，%1 至 %2（UTC）：%3 个请求，%4 积分，%5 个无法归属
</translation>
    </message>
    <message>
        <source>Credits by endpoint: %1
</source>
        <translation>按端点统计的积分：%1
</translation>
    </message>
    <message>
        <source>Search credits by depth: %1
</source>
        <translation>按搜索深度统计的搜索积分：%1
</translation>
    </message>
    <message>
        <source>Requests per hour: %1 in the busiest of %2 hour(s) with requests
</source>
        <translation>每小时请求数：在有请求的 %2 个小时中，最忙的一小时为 %1 个
</translation>
    </message>
    <message>
        <source>Slowest requests:
</source>
        <translation>最慢的请求：
</translation>
    </message>
</context>
<context>
    <name>LogSync</name>
    <message>
        <source>the key chosen to read the log cannot be unsealed</source>
        <translation>用于读取日志的密钥无法解封</translation>
    </message>
    <message>
        <source>Account #%1 (%2): its plan does not offer request logs (HTTP %3); not asked again until the plan changes.</source>
        <translation>账户 #%1（%2）：其套餐不提供请求日志（HTTP %3）；在套餐变更之前不再请求。</translation>
    </message>
    <message>
        <source>Account #%1: reading its request log stopped: %2</source>
        <translation>账户 #%1：读取其请求日志时中止：%2</translation>
    </message>
    <message>
        <source>the request log could not be written: %1</source>
        <translation>无法写入请求日志：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) on the free plan: request logs come with a paid plan, so they were not asked for.</source>
        <translation>
            <numerusform>%n 个账户使用免费套餐：请求日志仅随付费套餐提供，因此未请求。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>每小时</translation>
    </message>
    <message>
        <source>Every %1 min</source>
        <translation>每 %1 分钟</translation>
    </message>
    <message>
        <source>&amp;Add key…</source>
        <translation>添加密钥(&amp;A)…</translation>
    </message>
    <message>
        <source>Add key</source>
        <translation>添加密钥</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>禁用(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>重命名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh, &amp;ignoring the cache</source>
        <translation>刷新并忽略缓存(&amp;I)</translation>
    </message>
    <message>
        <source>Refresh &amp;selected</source>
        <translation>刷新所选(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the refresh; what already came back is kept</source>
        <translation>停止刷新；已返回的结果会保留</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>筛选(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Join team…</source>
        <translation>加入团队(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Change team passphrase…</source>
        <translation>更改团队口令(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Make this a team store…</source>
        <translation>设为团队数据库(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;About QuotaDeck</source>
        <translation>关于 QuotaDeck(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>密钥(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh</source>
        <translation>自动刷新(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>团队(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Waiting for the keychain to open the vault…</source>
        <translation>正在等待系统密钥环打开密钥保管库…</translation>
    </message>
    <message>
        <source>Join the team first (Tools &gt; Team &gt; Join team…): this keychain does not hold the team key yet</source>
        <translation>请先加入团队（工具 &gt; 团队 &gt; 加入团队…）：此密钥环中还没有团队密钥</translation>
    </message>
    <message>
        <source>Join the team again (Tools &gt; Team &gt; Join team…): the store&apos;s team key has changed</source>
        <translation>请重新加入团队（工具 &gt; 团队 &gt; 加入团队…）：数据库的团队密钥已更改</translation>
    </message>
    <message>
        <source>Unavailable: the vault is not open. %1</source>
        <translation>不可用：密钥保管库未打开。%1</translation>
    </message>
    <message>
        <source>Wait for the refresh to finish (or cancel it)</source>
        <translation>请等待刷新完成（或取消刷新）</translation>
    </message>
    <message>
        <source>Add a key (Ctrl+N)</source>
        <translation>添加一个密钥（Ctrl+N）</translation>
    </message>
    <message>
        <source>Import a list of keys from a file or pasted text (Ctrl+I)</source>
        <translation>从文件或粘贴的文本导入密钥列表（Ctrl+I）</translation>
    </message>
    <message>
        <source>Every enabled key is part of the refresh that is running</source>
        <translation>所有已启用的密钥都在正在运行的刷新中</translation>
    </message>
    <message>
        <source>Look up the quota of every enabled key (F5)</source>
        <translation>查询所有已启用密钥的配额（F5）</translation>
    </message>
    <message>
        <source>Look up every enabled key on the network, skipping the cache but not the rate limit (Shift+F5)</source>
        <translation>通过网络查询所有已启用的密钥，跳过缓存但仍遵守速率限制（Shift+F5）</translation>
    </message>
    <message>
        <source>Select one or more keys first</source>
        <translation>请先选择一个或多个密钥</translation>
    </message>
    <message>
        <source>The selected keys are disabled</source>
        <translation>所选密钥已禁用</translation>
    </message>
    <message>
        <source>The selected keys are part of the refresh that is running</source>
        <translation>所选密钥都在正在运行的刷新中</translation>
    </message>
    <message>
        <source>Look up the quota of the selected keys (Ctrl+R)</source>
        <translation>查询所选密钥的配额（Ctrl+R）</translation>
    </message>
    <message>
        <source>Remove the selected keys (Delete)</source>
        <translation>删除所选密钥（Delete）</translation>
    </message>
    <message>
        <source>Rename the key (F2 or double-click)</source>
        <translation>重命名密钥（F2 或双击）</translation>
    </message>
    <message>
        <source>Select one key</source>
        <translation>请选择一个密钥</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>禁用</translation>
    </message>
    <message>
        <source>Enable the selected keys: Refresh includes them again (Ctrl+E)</source>
        <translation>启用所选密钥：刷新时重新包括它们（Ctrl+E）</translation>
    </message>
    <message>
        <source>Disable the selected keys: Refresh skips them (Ctrl+E)</source>
        <translation>禁用所选密钥：刷新时跳过它们（Ctrl+E）</translation>
    </message>
    <message>
        <source>This store is not a team store</source>
        <translation>此数据库不是团队数据库</translation>
    </message>
    <message>
        <source>Enter the team passphrase to keep the team key in this keychain</source>
        <translation>输入团队口令，将团队密钥保存在此密钥环中</translation>
    </message>
    <message>
        <source>This keychain already holds the team key</source>
        <translation>此密钥环已持有团队密钥</translation>
    </message>
    <message>
        <source>Re-seal every key under a new team passphrase; the other admins join again</source>
        <translation>用新的团队口令重新加密所有密钥；其他管理员需重新加入</translation>
    </message>
    <message>
        <source>Join the team first: changing the passphrase needs the present team key</source>
        <translation>请先加入团队：更改口令需要当前的团队密钥</translation>
    </message>
    <message>
        <source>Share this PostgreSQL store with other admins through a team passphrase</source>
        <translation>通过团队口令与其他管理员共享此 PostgreSQL 数据库</translation>
    </message>
    <message>
        <source>Team mode needs a shared PostgreSQL store (quotadeck migrate --to postgresql://...)</source>
        <translation>团队模式需要共享的 PostgreSQL 数据库（quotadeck migrate --to postgresql://...）</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>删除(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>密钥(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>仪表板(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>告警(&amp;A)</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>轮换(&amp;O)…</translation>
    </message>
    <message>
        <source>Replace the key by a new one: it takes the label and project; the old one is kept, disabled</source>
        <translation>用新密钥替换此密钥：新密钥沿用标签和项目，旧密钥保留并禁用</translation>
    </message>
    <message>
        <source>&amp;Organisation usage…</source>
        <translation>组织用量(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>MainTabs</name>
    <message>
        <source>&amp;Dashboard</source>
        <translation>仪表板(&amp;D)</translation>
    </message>
    <message>
        <source>A&amp;lerts</source>
        <translation>告警(&amp;L)</translation>
    </message>
    <message>
        <source>Ke&amp;ys</source>
        <translation>密钥(&amp;Y)</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>请求(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>A&amp;uto-refresh</source>
        <translation>自动刷新(&amp;U)</translation>
    </message>
    <message>
        <source>Refresh every enabled key on a schedule. A scheduled refresh is skipped while another is still running. Saved in settings.ini.</source>
        <translation>按计划刷新所有已启用的密钥。若上一次刷新仍在运行，则跳过本次计划刷新。保存在 settings.ini 中。</translation>
    </message>
    <message>
        <source>Filter keys (Ctrl+F)</source>
        <translation>筛选密钥（Ctrl+F）</translation>
    </message>
    <message>
        <source>Shows the keys whose label, masked key, status, plan or error contains the text</source>
        <translation>显示标签、掩码密钥、状态、套餐或错误中包含此文本的密钥</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Settings applied</source>
        <translation>设置已应用</translation>
    </message>
    <message>
        <source>QuotaDeck — demo</source>
        <translation>QuotaDeck — 演示</translation>
    </message>
</context>
<context>
    <name>MemoryKeychain</name>
    <message>
        <source>The keychain has no entry named &quot;%1&quot;.</source>
        <translation>系统密钥环中没有名为“%1”的条目。</translation>
    </message>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>系统密钥环中没有该条目。</translation>
    </message>
    <message>
        <source>No keychain service is available.</source>
        <translation>没有可用的密钥环服务。</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>访问系统密钥环被拒绝。</translation>
    </message>
    <message>
        <source>The keychain failed.</source>
        <translation>系统密钥环出错。</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>内存</translation>
    </message>
</context>
<context>
    <name>MetricsEndpoint</name>
    <message>
        <source>--listen takes ADDRESS:PORT, such as 127.0.0.1:9464</source>
        <translation>--listen 的格式为 地址:端口，例如 127.0.0.1:9464</translation>
    </message>
    <message>
        <source>--listen needs an IP address (or localhost), not &quot;%1&quot;</source>
        <translation>--listen 需要 IP 地址（或 localhost），而不是“%1”</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>From level</source>
        <translation>起始级别</translation>
    </message>
    <message>
        <source>Sends to</source>
        <translation>发送至</translation>
    </message>
    <message>
        <source>Send one test message to the selected channel</source>
        <translation>向所选渠道发送一条测试消息</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Add a channel</source>
        <translation>添加渠道</translation>
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
        <translation>Slack 传入 Webhook</translation>
    </message>
    <message>
        <source>ntfy topic</source>
        <translation>ntfy 主题</translation>
    </message>
    <message>
        <source>E-mail (SMTP)</source>
        <translation>电子邮件（SMTP）</translation>
    </message>
    <message>
        <source>Info (recoveries too)</source>
        <translation>信息（包括恢复）</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>仅严重</translation>
    </message>
    <message>
        <source>https://… (kept sealed, never shown again)</source>
        <translation>https://…（加密保存，不再显示）</translation>
    </message>
    <message>
        <source>smtp.example.com (smtps://… for TLS from the start)</source>
        <translation>smtp.example.com（如需从一开始就使用 TLS，请用 smtps://…）</translation>
    </message>
    <message>
        <source>empty: no login</source>
        <translation>留空：不登录</translation>
    </message>
    <message>
        <source>&amp;Add channel</source>
        <translation>添加渠道(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>网址(&amp;U)：</translation>
    </message>
    <message>
        <source>SMTP &amp;host:</source>
        <translation>SMTP 主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>用户名(&amp;S)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Alerts go to these channels after the refresh that raised them, once each, from whichever QuotaDeck runs (this window, a cron job, the service).</source>
        <translation>告警在产生它的刷新之后发送到这些渠道，每条只发一次，由当时运行的 QuotaDeck（此窗口、cron 任务或服务）发送。</translation>
    </message>
    <message>
        <source>The channels cannot be read: %1</source>
        <translation>无法读取渠道：%1</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>未添加 %1：%2</translation>
    </message>
    <message>
        <source>%1 was added. Test it to see that it arrives.</source>
        <translation>已添加 %1。请测试一下，确认消息能够送达。</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>未删除 %1：%2</translation>
    </message>
    <message>
        <source>%1: the test message was delivered.</source>
        <translation>%1：测试消息已送达。</translation>
    </message>
    <message>
        <source>%1: not delivered: %2</source>
        <translation>%1：未送达：%2</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>正在添加 %1…</translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation>正在向 %1 发送测试消息…</translation>
    </message>
    <message>
        <source>T&amp;est</source>
        <translation>测试(&amp;E)</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
    <message>
        <source>Send &amp;from:</source>
        <translation>发件人(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>收件人(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>NotifyCommands</name>
    <message>
        <source>SMTP password (input hidden; empty for no login), then Enter: </source>
        <translation>SMTP 密码（输入不回显；留空则不登录），然后按回车键：</translation>
    </message>
    <message>
        <source>Paste the channel&apos;s URL (input hidden), then press Enter: </source>
        <translation>粘贴通知渠道的 URL（输入不回显），然后按回车键：</translation>
    </message>
    <message>
        <source>notify add needs --kind webhook, slack, ntfy or email</source>
        <translation>notify add 需要 --kind webhook、slack、ntfy 或 email</translation>
    </message>
    <message>
        <source>--min-level takes info, warning or critical</source>
        <translation>--min-level 取值为 info、warning 或 critical</translation>
    </message>
    <message>
        <source>--to and --smtp-* go with --kind email</source>
        <translation>--to 和 --smtp-* 只能与 --kind email 一起使用</translation>
    </message>
    <message>
        <source>an e-mail channel needs --to ADDRESS and --smtp-host HOST</source>
        <translation>电子邮件通知渠道需要 --to ADDRESS 和 --smtp-host HOST</translation>
    </message>
    <message>
        <source>added channel %1 (%2, %3 and above, %4)</source>
        <translation>已添加通知渠道 %1（%2，%3 及以上，%4）</translation>
    </message>
    <message>
        <source>cannot read the channels: %1</source>
        <translation>无法读取通知渠道：%1</translation>
    </message>
    <message>
        <source>No channels yet. Add one with: quotadeck notify add NAME --kind webhook &lt; url.txt</source>
        <translation>还没有通知渠道。可用以下命令添加：quotadeck notify add NAME --kind webhook &lt; url.txt</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>MIN LEVEL</source>
        <translation>最低级别</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>, no login</source>
        <translation>，不登录</translation>
    </message>
    <message>
        <source>, login %1</source>
        <translation>，登录用户 %1</translation>
    </message>
    <message>
        <source>no channel is named &quot;%1&quot;</source>
        <translation>没有名为“%1”的通知渠道</translation>
    </message>
    <message>
        <source>delivered a test message to %1</source>
        <translation>已向 %1 发送一条测试消息</translation>
    </message>
    <message>
        <source>removed channel %1</source>
        <translation>已移除通知渠道 %1</translation>
    </message>
</context>
<context>
    <name>OrgCommands</name>
    <message>
        <source>the organisation is removed: every key is asked on its own again
</source>
        <translation>已删除组织：每个密钥重新单独查询
</translation>
    </message>
    <message>
        <source>no organisation is set up (quotadeck org set-key --name NAME &lt; owner-key.txt)
</source>
        <translation>尚未设置组织（quotadeck org set-key --name NAME &lt; owner-key.txt）
</translation>
    </message>
    <message>
        <source>Paste the organisation owner&apos;s personal Tavily API key (input hidden), then press Enter: </source>
        <translation>粘贴组织所有者的个人 Tavily API 密钥（输入不显示），然后按回车：</translation>
    </message>
    <message>
        <source>no key arrived on standard input</source>
        <translation>标准输入中没有收到密钥</translation>
    </message>
    <message>
        <source>organisation &quot;%1&quot; set up with owner key %2: refreshes ask /org-usage first
</source>
        <translation>已设置组织“%1”，所有者密钥 %2：刷新时先调用 /org-usage
</translation>
    </message>
</context>
<context>
    <name>OrgUsage</name>
    <message>
        <source>organisation &quot;%1&quot;, owner key %2, set up %3</source>
        <translation>组织“%1”，所有者密钥 %2，设置于 %3</translation>
    </message>
    <message>
        <source>not asked yet: the next refresh asks /org-usage once for its keys</source>
        <translation>尚未查询：下次刷新时对其密钥调用一次 /org-usage</translation>
    </message>
    <message>
        <source>refused (HTTP %1) %2: %3; keys are asked on their own until the key or name is set again</source>
        <translation>%2 被拒绝（HTTP %1）：%3；在重新设置密钥或名称之前，各密钥单独查询</translation>
    </message>
    <message>
        <source>no answer %1: %2; keys were asked on their own, and the next refresh asks again</source>
        <translation>%1 无应答：%2；各密钥已单独查询，下次刷新时会再次调用</translation>
    </message>
    <message numerus="yes">
        <source>last answer %1: %n key(s) of this store answered in one call</source>
        <translation>
            <numerusform>最近一次应答 %1：一次调用应答了此数据库的 %n 个密钥</numerusform>
        </translation>
    </message>
    <message>
        <source>unmatched, as more than one key here fits: %1</source>
        <translation>未匹配（此处有多个密钥符合）：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) of the organisation not managed here:</source>
        <translation>
            <numerusform>组织中有 %n 个密钥未在此管理：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n credit(s)</source>
        <translation>
            <numerusform>  %1：%n 积分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1 (%2): %n credit(s)</source>
        <translation>
            <numerusform>  %1（%2）：%n 积分</numerusform>
        </translation>
    </message>
    <message>
        <source>/org-usage not asked</source>
        <translation>未调用 /org-usage</translation>
    </message>
    <message numerus="yes">
        <source>/org-usage: %n key(s) answered by one call</source>
        <translation>
            <numerusform>/org-usage：一次调用应答了 %n 个密钥</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <source>&amp;Set up</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Organisation usage</source>
        <translation>组织用量</translation>
    </message>
    <message>
        <source>On an enterprise plan one call of /org-usage returns the usage of every key of the organisation: refreshes use it instead of asking each key on its own, and ask on their own only the keys it does not name. Tavily wants the organisation&apos;s name and the owner&apos;s personal API key, which is sealed in the keychain like any key.</source>
        <translation>在企业版套餐中，一次 /org-usage 调用即可返回组织所有密钥的用量：刷新时用它代替逐个查询，只对其中未列出的密钥单独查询。Tavily 需要组织名称和所有者的个人 API 密钥，该密钥像其他密钥一样加密保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>Organisation &amp;name:</source>
        <translation>组织名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Owner&apos;s personal &amp;key:</source>
        <translation>所有者的个人密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>No organisation is set up: every key is asked on its own.</source>
        <translation>尚未设置组织：每个密钥单独查询。</translation>
    </message>
    <message>
        <source>Organisation %1 set up: refreshes ask /org-usage first</source>
        <translation>已设置组织 %1：刷新时先调用 /org-usage</translation>
    </message>
    <message>
        <source>Organisation removed: every key is asked on its own again</source>
        <translation>已删除组织：每个密钥重新单独查询</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s): quotadeck org show lists them all</source>
        <translation>
            <numerusform>…… 另有 %n 行：quotadeck org show 会全部列出</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show the passphrase while you check it</source>
        <translation>核对时显示口令</translation>
    </message>
</context>
<context>
    <name>PassphraseReader</name>
    <message>
        <source>no team passphrase: give it on standard input or in QUOTADECK_TEAM_PASSPHRASE</source>
        <translation>没有团队口令：请通过标准输入或 QUOTADECK_TEAM_PASSPHRASE 提供</translation>
    </message>
    <message>
        <source>the team passphrase in QUOTADECK_TEAM_PASSPHRASE is longer than %1 bytes; QuotaDeck refuses it rather than use only part of it</source>
        <translation>QUOTADECK_TEAM_PASSPHRASE 中的团队口令超过 %1 字节；QuotaDeck 拒绝使用，而不是只取其中一部分</translation>
    </message>
    <message>
        <source>the team passphrase on standard input is longer than %1 bytes; QuotaDeck refuses it rather than use only part of it</source>
        <translation>标准输入中的团队口令超过 %1 字节；QuotaDeck 拒绝使用，而不是只取其中一部分</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>QuotaDeck report %1</source>
        <translation>QuotaDeck 报告 %1</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>无法开始生成 PDF</translation>
    </message>
    <message>
        <source>QuotaDeck report · %1</source>
        <translation>QuotaDeck 报告 · %1</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>QuotaDeck report</source>
        <translation>QuotaDeck 报告</translation>
    </message>
    <message>
        <source>The current billing cycle. Generated %1 UTC. Figures and forecasts as of the end of the period.</source>
        <translation>当前计费周期。生成于 %1 UTC。数据和预测均截至时段结束时。</translation>
    </message>
    <message>
        <source>Generated %1 UTC. Figures and forecasts as of the end of the period.</source>
        <translation>生成于 %1 UTC。数据和预测均截至时段结束时。</translation>
    </message>
    <message>
        <source>%1 – %2 UTC</source>
        <translation>%1 – %2 UTC</translation>
    </message>
    <message>
        <source>%1 – %2 UTC (whole hours: look-ups older than the raw history are kept per hour)</source>
        <translation>%1 – %2 UTC（按整点小时：早于原始历史的查询按小时保存）</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Credits remaining (all accounts)</source>
        <translation>剩余积分（全部账户）</translation>
    </message>
    <message>
        <source>Next predicted exhaustion</source>
        <translation>下一次预计耗尽</translation>
    </message>
    <message>
        <source>%1 UTC, %2</source>
        <translation>%1 UTC，%2</translation>
    </message>
    <message>
        <source>none in the current cycle</source>
        <translation>当前周期内没有</translation>
    </message>
    <message>
        <source>Refresh runs</source>
        <translation>刷新运行次数</translation>
    </message>
    <message>
        <source>%1 (%2 complete, %3 cancelled)</source>
        <translation>%1（完成 %2 次，取消 %3 次）</translation>
    </message>
    <message>
        <source>Look-ups succeeded</source>
        <translation>查询成功率</translation>
    </message>
    <message>
        <source>Cache hit rate</source>
        <translation>缓存命中率</translation>
    </message>
    <message>
        <source>Look-ups counted</source>
        <translation>查询统计区间</translation>
    </message>
    <message>
        <source>Calls per hour</source>
        <translation>每小时调用次数</translation>
    </message>
    <message>
        <source>Look-up latency p50 / p95 / p99</source>
        <translation>查询延迟 p50 / p95 / p99</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>速率限制</translation>
    </message>
    <message>
        <source>Alerts raised</source>
        <translation>产生的告警</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>all keys</source>
        <translation>全部密钥</translation>
    </message>
    <message>
        <source>%1 (%2), continued</source>
        <translation>%1（%2，续）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>此时段内没有。</translation>
    </message>
    <message>
        <source>the PDF could not be completed</source>
        <translation>无法完成 PDF</translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2 / %3 (%4 network look-ups since %5 UTC, the raw history kept)</source>
        <translation>
            <numerusform>%1 / %2 / %3（自 %5 UTC 起的 %4 次网络查询，即所保留的原始历史）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2 / %3 (%4 network look-ups)</source>
        <translation>
            <numerusform>%1 / %2 / %3（%4 次网络查询）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 (%3 accounts with a plan limit)</source>
        <translation>
            <numerusform>%1 / %2（%3 个有套餐上限的账户）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 of %3 look-ups)</source>
        <translation>
            <numerusform>%1（%3 次查询中的 %2 次）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 look-ups answered rate limited, %2 held back by QuotaDeck&apos;s limiter</source>
        <translation>
            <numerusform>%1 次查询被告知速率受限，%2 次被 QuotaDeck 的限制器暂缓</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%3 次中的 %2 次）</translation>
    </message>
    <message>
        <source>Cost this cycle (US dollars)</source>
        <translation>本周期费用（美元）</translation>
    </message>
    <message>
        <source>none set up: every key is asked on its own</source>
        <translation>未设置：每个密钥单独查询</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s): the JSON report lists them all</source>
        <translation>
            <numerusform>…… 另有 %n 行：JSON 报告中全部列出</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation (/org-usage)</source>
        <translation>组织（/org-usage）</translation>
    </message>
</context>
<context>
    <name>PricesPage</name>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Monthly price (US dollars)</source>
        <translation>月价格（美元）</translation>
    </message>
    <message>
        <source>Credits per month</source>
        <translation>每月积分</translation>
    </message>
    <message>
        <source>The plan&apos;s name as Tavily reports it for the account (current_plan); accounts on a plan not listed here have no cost</source>
        <translation>Tavily 为账户报告的套餐名称（current_plan）；套餐未列在此处的账户不计费用</translation>
    </message>
    <message>
        <source>P&amp;lans:</source>
        <translation>套餐(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Add plan</source>
        <translation>添加套餐(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove plan</source>
        <translation>删除套餐(&amp;R)</translation>
    </message>
    <message>
        <source>Restore &amp;default prices</source>
        <translation>恢复默认价格(&amp;D)</translation>
    </message>
    <message>
        <source>What Tavily charges per credit used beyond the plan&apos;s, up to the account&apos;s pay-as-you-go limit</source>
        <translation>超出套餐的积分在账户按量付费上限内，Tavily 对每个积分收取的价格</translation>
    </message>
    <message>
        <source>Pa&amp;y-as-you-go price per credit (US dollars):</source>
        <translation>按量付费每积分价格（美元）(&amp;Y)：</translation>
    </message>
    <message>
        <source>Defaults taken on %1 from Tavily&apos;s pricing page (%2).</source>
        <translation>默认值取自 Tavily 价格页面（%2），日期 %1。</translation>
    </message>
    <message>
        <source>Plan %1 of the price table needs a name.</source>
        <translation>价格表的第 %1 个套餐需要名称。</translation>
    </message>
    <message>
        <source>The monthly price of %1, &quot;%2&quot;, must be a number of dollars from 0 up.</source>
        <translation>%1 的月价格“%2”必须是不小于 0 的美元金额。</translation>
    </message>
    <message>
        <source>The credits of %1, &quot;%2&quot;, must be a whole number above 0.</source>
        <translation>%1 的积分“%2”必须是大于 0 的整数。</translation>
    </message>
    <message>
        <source>The price table lists the plan %1 twice.</source>
        <translation>价格表中套餐 %1 出现了两次。</translation>
    </message>
    <message>
        <source>Plan %1 of the price table cannot be used.</source>
        <translation>价格表的第 %1 个套餐无法使用。</translation>
    </message>
    <message>
        <source>The price table needs at least one plan.</source>
        <translation>价格表至少需要一个套餐。</translation>
    </message>
    <message>
        <source>The pay-as-you-go price per credit, &quot;%1&quot;, must be a number of dollars from 0 to 100.</source>
        <translation>按量付费每积分价格“%1”必须是 0 到 100 之间的美元金额。</translation>
    </message>
</context>
<context>
    <name>ProjectFilter</name>
    <message>
        <source>Narrow the dashboard to the keys of one Tavily project</source>
        <translation>仅显示某个 Tavily 项目的密钥</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>所有项目</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>无项目</translation>
    </message>
</context>
<context>
    <name>RefreshCommand</name>
    <message numerus="yes">
        <source>refreshed %n key(s) in %1 s</source>
        <translation>
            <numerusform>已刷新 %n 个密钥，用时 %1 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ok, %2 failed, %3 rate limited; %4 asked over the network (%5 ok), %6 from the cache, %7 joined a look-up in flight, %8 held back</source>
        <translation>成功 %1 个，失败 %2 个，受速率限制 %3 个；经网络查询 %4 个（成功 %5 个），来自缓存 %6 个，并入进行中的查询 %7 个，暂缓 %8 个</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>refreshed keys: counts</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3 — %4</source>
        <comment>id label: status — message</comment>
        <translation>%1“%2”：%3 — %4</translation>
    </message>
    <message numerus="yes">
        <source>refresh interrupted; the %n answer(s) that had arrived were saved</source>
        <translation>
            <numerusform>刷新已中断；已保存收到的 %n 个应答</numerusform>
        </translation>
    </message>
    <message>
        <source>request logs not stored: %1</source>
        <translation>请求日志未保存：%1</translation>
    </message>
    <message numerus="yes">
        <source>request logs: %1 new entries (%2 read) from %n account(s), %3 unattributed; %4 account(s) whose plan does not offer them</source>
        <translation>
            <numerusform>请求日志：来自 %n 个账户的 %1 条新记录（读取 %2 条），%3 条无法归属；%4 个账户的套餐不提供请求日志</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefreshController</name>
    <message>
        <source>Refresh is %1</source>
        <translation>刷新：%1</translation>
    </message>
    <message>
        <source>Auto-refresh skipped: %1</source>
        <translation>已跳过自动刷新：%1</translation>
    </message>
    <message>
        <source>Auto-refresh changed for now but not saved: %1</source>
        <translation>自动刷新已临时更改，但未保存：%1</translation>
    </message>
    <message>
        <source>Auto-refresh is off</source>
        <translation>自动刷新已关闭</translation>
    </message>
    <message>
        <source>Auto-refresh: %1</source>
        <translation>自动刷新：%1</translation>
    </message>
    <message>
        <source>Refresh: %1</source>
        <translation>刷新：%1</translation>
    </message>
    <message>
        <source>The refresh could not be saved: %1</source>
        <translation>无法保存刷新结果：%1</translation>
    </message>
    <message>
        <source>Last refresh: %1 succeeded, %2 failed, %3 rate limited, %4 from cache</source>
        <translation>上次刷新：%1 个成功，%2 个失败，%3 个受速率限制，%4 个来自缓存</translation>
    </message>
    <message>
        <source>Refresh cancelled; what came back before is kept</source>
        <translation>刷新已取消；之前返回的结果已保留</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %Ln key(s)</source>
        <translation>
            <numerusform>正在刷新 %Ln 个密钥</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln runs)</source>
        <translation>
            <numerusform>（%Ln 次运行）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefreshEngine</name>
    <message>
        <source>the keychain is not open yet</source>
        <translation>系统密钥环尚未打开</translation>
    </message>
    <message>
        <source>keys cannot be refreshed: %1</source>
        <translation>无法刷新密钥：%1</translation>
    </message>
    <message>
        <source>keys cannot be refreshed: the store&apos;s data key has changed since this keychain key was opened (the team key was set up again); join the team again</source>
        <translation>无法刷新密钥：自打开此密钥环中的密钥以来，数据库的数据密钥已更改（团队密钥已重新设置）；请重新加入团队</translation>
    </message>
    <message>
        <source>the refresh was cancelled before it asked about any key</source>
        <translation>刷新在查询任何密钥之前已取消</translation>
    </message>
    <message>
        <source>waiting for another instance&apos;s refresh of this store to finish (giving up after %1 s)...</source>
        <translation>正在等待另一个实例完成此数据库的刷新（%1 秒后放弃）……</translation>
    </message>
    <message>
        <source>gave up after %1 s waiting for another instance&apos;s refresh of this store to finish; no key was asked or changed</source>
        <translation>等待另一个实例完成此数据库的刷新 %1 秒后放弃；没有查询或更改任何密钥</translation>
    </message>
    <message>
        <source>another instance is refreshing this store and refresh/lock_wait_seconds is 0; no key was asked or changed</source>
        <translation>另一个实例正在刷新此数据库，且 refresh/lock_wait_seconds 为 0；没有查询或更改任何密钥</translation>
    </message>
    <message>
        <source>Tavily asked to wait before /org-usage is asked again</source>
        <translation>Tavily 要求稍后再调用 /org-usage</translation>
    </message>
    <message>
        <source>the organisation&apos;s key cannot be opened with this keychain&apos;s data key; set it again</source>
        <translation>无法用此密钥环的数据密钥打开组织的密钥；请重新设置</translation>
    </message>
    <message>
        <source>/org-usage did not answer (%1); each key was asked on its own</source>
        <translation>/org-usage 无应答（%1）；各密钥已单独查询</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) that /org-usage did not name were asked on their own</source>
        <translation>
            <numerusform>/org-usage 未列出的 %n 个密钥已单独查询</numerusform>
        </translation>
    </message>
    <message>
        <source>/org-usage refused the organisation&apos;s key (HTTP %1); keys are asked on their own until it is set up again</source>
        <translation>/org-usage 拒绝了组织的密钥（HTTP %1）；在重新设置之前，各密钥单独查询</translation>
    </message>
    <message>
        <source>no key could take its answer yet: a key needs one /usage answer first (its plan and limits), and one with a project or that the organisation did not name is asked on its own</source>
        <translation>暂无密钥可以采用它的答复：密钥需先有一次 /usage 答复（其套餐和上限），带项目的密钥和组织未列出的密钥都单独查询</translation>
    </message>
</context>
<context>
    <name>RefreshStatusBar</name>
    <message>
        <source>Demo: throwaway data</source>
        <translation>演示：临时数据</translation>
    </message>
    <message>
        <source>A local usage server answers; nothing here is a real Tavily key, and the data folder is deleted on exit</source>
        <translation>由本地用量服务器应答；这里没有真正的 Tavily 密钥，退出时会删除数据文件夹</translation>
    </message>
    <message>
        <source>No keys</source>
        <translation>没有密钥</translation>
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
        <translation>上次刷新 %1（%2）</translation>
    </message>
    <message>
        <source>Last refresh finished %1</source>
        <translation>上次刷新完成于 %1</translation>
    </message>
    <message>
        <source>never refreshed</source>
        <translation>从未刷新</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 个失败</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Next refresh %1 UTC</source>
        <translation>下次刷新 %1 UTC</translation>
    </message>
    <message>
        <source>A scheduled refresh is skipped while another is still running.</source>
        <translation>若上一次刷新仍在运行，则跳过计划刷新。</translation>
    </message>
    <message>
        <source>Auto-refresh runs %1.</source>
        <translation>自动刷新：%1。</translation>
    </message>
    <message>
        <source>Team key open</source>
        <translation>团队密钥已打开</translation>
    </message>
    <message>
        <source>Team key open (%1)</source>
        <translation>团队密钥已打开（%1）</translation>
    </message>
    <message>
        <source>Keys are encrypted with the team key, derived from the team passphrase and held by this keychain</source>
        <translation>密钥使用团队密钥加密；团队密钥由团队口令派生，保存在此密钥环中</translation>
    </message>
    <message>
        <source>Vault open</source>
        <translation>密钥保管库已打开</translation>
    </message>
    <message>
        <source>Vault open (%1)</source>
        <translation>密钥保管库已打开（%1）</translation>
    </message>
    <message>
        <source>Keys are encrypted with a data key held by the keychain</source>
        <translation>密钥使用保存在系统密钥环中的数据密钥加密</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>正在打开密钥保管库…</translation>
    </message>
    <message>
        <source>Waiting for the keychain; it may ask you to unlock it</source>
        <translation>正在等待系统密钥环；它可能会要求您解锁</translation>
    </message>
    <message>
        <source>Vault unavailable</source>
        <translation>密钥保管库不可用</translation>
    </message>
    <message>
        <source>Team key needed</source>
        <translation>需要团队密钥</translation>
    </message>
    <message numerus="yes">
        <source>%1 key(s)</source>
        <translation>
            <numerusform>%1 个密钥</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>刷新进度</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>cannot read the usage history: %1</source>
        <translation>无法读取用量历史：%1</translation>
    </message>
    <message>
        <source>report needs --output FILE (- for standard output)</source>
        <translation>report 需要 --output FILE（- 表示标准输出）</translation>
    </message>
    <message>
        <source>report needs --format csv, json or pdf</source>
        <translation>report 需要 --format csv、json 或 pdf</translation>
    </message>
    <message>
        <source>unknown report format &quot;%1&quot; (csv, json or pdf)</source>
        <translation>未知的报告格式“%1”（csv、json 或 pdf）</translation>
    </message>
    <message>
        <source>unknown table &quot;%1&quot; (keys, accounts, runs, alerts or summary)</source>
        <translation>未知的表“%1”（keys、accounts、runs、alerts 或 summary）</translation>
    </message>
    <message>
        <source>--table goes with --format csv (JSON and PDF hold every table)</source>
        <translation>--table 只能与 --format csv 一起使用（JSON 和 PDF 包含所有表）</translation>
    </message>
    <message>
        <source>a PDF report needs a file name, not standard output</source>
        <translation>PDF 报告需要文件名，不能输出到标准输出</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>无法写入标准输出</translation>
    </message>
    <message>
        <source>wrote the %1 report of %2 to %3
</source>
        <translation>已将 %2 的 %1 报告写入 %3
</translation>
    </message>
    <message>
        <source>no account is &quot;%1&quot; (see quotadeck accounts list)</source>
        <translation>没有账户是“%1”（见 quotadeck accounts list）</translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message>
        <source>cannot read the refresh runs: %1</source>
        <translation>无法读取刷新运行记录：%1</translation>
    </message>
    <message>
        <source>cannot read the look-ups: %1</source>
        <translation>无法读取查询记录：%1</translation>
    </message>
    <message>
        <source>cannot read the alerts: %1</source>
        <translation>无法读取告警：%1</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
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
        <translation>剩余</translation>
    </message>
    <message>
        <source>Credits/day</source>
        <translation>积分/天</translation>
    </message>
    <message>
        <source>Runs out (UTC)</source>
        <translation>耗尽时间（UTC）</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Conf.</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Last refreshed (UTC)</source>
        <translation>上次刷新（UTC）</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Plan usage</source>
        <translation>套餐用量</translation>
    </message>
    <message>
        <source>Plan limit</source>
        <translation>套餐上限</translation>
    </message>
    <message>
        <source>Paygo</source>
        <translation>按量付费</translation>
    </message>
    <message>
        <source>Paygo lim.</source>
        <translation>按量付费上限</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
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
        <translation>周期结束（UTC）</translation>
    </message>
    <message>
        <source>Refresh runs</source>
        <translation>刷新运行</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>开始时间（UTC）</translation>
    </message>
    <message>
        <source>Finished (UTC)</source>
        <translation>结束时间（UTC）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>Coalesced</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>受速率限制</translation>
    </message>
    <message>
        <source>Wall ms</source>
        <translation>耗时（毫秒）</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Raised (UTC)</source>
        <translation>触发时间（UTC）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Cycle start (UTC)</source>
        <translation>周期开始（UTC）</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Ack.</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>cannot read the organisation&apos;s answers: %1</source>
        <translation>无法读取组织的答复：%1</translation>
    </message>
    <message>
        <source>By /org-usage</source>
        <translation>经 /org-usage</translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <source>cannot write the report to %1: it is a folder</source>
        <translation>无法将报告写入 %1：它是一个文件夹</translation>
    </message>
    <message>
        <source>cannot write the report to %1: %2</source>
        <translation>无法将报告写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>a PDF report is painted by the window library, not written as text</source>
        <translation>PDF 报告由窗口库绘制，不能作为文本写出</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>cannot read the time &quot;%1&quot; (use an ISO 8601 date or time such as 2026-11-01 or 2026-11-01T08:00Z, &quot;now&quot;, or a span back from now such as 7d, 12h, 30m, 2w)</source>
        <translation>无法识别时间“%1”（请使用 ISO 8601 日期或时间，如 2026-11-01 或 2026-11-01T08:00Z，或 &quot;now&quot;，或从现在往回的时长，如 7d、12h、30m、2w）</translation>
    </message>
    <message>
        <source>the period is empty: --since (%1) is not before --until (%2)</source>
        <translation>时间段为空：--since（%1）不早于 --until（%2）</translation>
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
        <translation>无法归属（…%1）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Search depth</source>
        <translation>搜索深度</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Response (s)</source>
        <translation>响应（秒）</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <source>All endpoints</source>
        <translation>所有端点</translation>
    </message>
    <message>
        <source>Any search depth</source>
        <translation>任意搜索深度</translation>
    </message>
    <message>
        <source>Unattributed o&amp;nly</source>
        <translation>仅无法归属的(&amp;N)</translation>
    </message>
    <message>
        <source>Requests whose key could not be told: Tavily names a key by its last four characters, and none or several of the account&apos;s keys end with them.</source>
        <translation>无法确定所用密钥的请求：Tavily 只给出密钥的最后四个字符，而该账户中没有或有多个密钥以这四个字符结尾。</translation>
    </message>
    <message>
        <source>Request logs are read after each refresh, for accounts whose plan offers them.</source>
        <translation>每次刷新后，会为套餐提供请求日志的账户读取请求日志。</translation>
    </message>
    <message>
        <source>The request log cannot be read: %1</source>
        <translation>无法读取请求日志：%1</translation>
    </message>
    <message>
        <source>showing %1 of %2 requests</source>
        <translation>显示 %2 个请求中的 %1 个</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 个请求</numerusform>
        </translation>
    </message>
    <message>
        <source>No requests in the log yet.</source>
        <translation>日志中还没有请求。</translation>
    </message>
    <message>
        <source>%1 credits: %2</source>
        <translation>%1 积分：%2</translation>
    </message>
    <message>
        <source>Search credits by depth: %1</source>
        <translation>按搜索深度统计的搜索积分：%1</translation>
    </message>
    <message>
        <source>Requests per hour: %1 on average over %2 hour(s) with requests, %3 in the busiest</source>
        <translation>每小时请求数：在有请求的 %2 个小时中平均 %1 个，最忙的一小时 %3 个</translation>
    </message>
    <message>
        <source>Slowest: %1 s (%2, %3)</source>
        <translation>最慢：%1 秒（%2，%3）</translation>
    </message>
    <message>
        <source>%1 request(s) could not be matched to one key.</source>
        <translation>有 %1 个请求无法对应到某一个密钥。</translation>
    </message>
    <message>
        <source>The last read of the request logs failed: %1</source>
        <translation>上次读取请求日志失败：%1</translation>
    </message>
    <message>
        <source>Last read: %1 new request(s) from %2 account(s).</source>
        <translation>上次读取：来自 %2 个账户的 %1 个新请求。</translation>
    </message>
    <message>
        <source>%1 account(s) whose plan refused request logs earlier are not asked until the plan changes.</source>
        <translation>%1 个账户的套餐此前已拒绝提供请求日志，在套餐变更之前不再请求。</translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message>
        <source>Rotate key</source>
        <translation>轮换密钥</translation>
    </message>
    <message>
        <source>Replace “%1” (%2) by a new key from Tavily. The new key takes its label and project; the old one stays, disabled, as “%3”, with its history.</source>
        <translation>用 Tavily 的新密钥替换“%1”（%2）。新密钥沿用其标签和项目；旧密钥以“%3”为名保留并禁用，其历史记录也一并保留。</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>轮换</translation>
    </message>
    <message>
        <source>&amp;New key:</source>
        <translation>新密钥(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>cannot read the token file %1: %2</source>
        <translation>无法读取令牌文件 %1：%2</translation>
    </message>
    <message>
        <source>the token file %1 is readable by others; chmod 600 it</source>
        <translation>令牌文件 %1 可被他人读取；请对其执行 chmod 600</translation>
    </message>
    <message>
        <source>the token in %1 must be one word of at least 16 characters</source>
        <translation>%1 中的令牌必须是至少 16 个字符的单个词</translation>
    </message>
    <message>
        <source>auto-refresh is off in the settings (refresh/auto_refresh_minutes): serving metrics and alerts of refreshes made elsewhere</source>
        <translation>设置中已关闭自动刷新（refresh/auto_refresh_minutes）：仅提供其他地方刷新所产生的指标和告警</translation>
    </message>
    <message>
        <source>no keychain (%1): serving metrics and checking alerts from the store without refreshing</source>
        <translation>没有系统密钥环（%1）：只根据数据库提供指标并检查告警，不进行刷新</translation>
    </message>
    <message>
        <source>--listen on an address other than loopback needs --token-file FILE (a bearer token every request must carry)</source>
        <translation>在回环以外的地址上使用 --listen 需要 --token-file FILE（每个请求都须携带的 Bearer 令牌）</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>无法监听 %1:%2：%3</translation>
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
        <translation>设置</translation>
    </message>
    <message>
        <source>Tavily API</source>
        <translation>Tavily API</translation>
    </message>
    <message>
        <source>Look-ups in flight at once</source>
        <translation>同时进行的查询数</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Use HTTP/2 when the server offers it</source>
        <translation>服务器支持时使用 HTTP/2</translation>
    </message>
    <message>
        <source>none (the system&apos;s certificates only)</source>
        <translation>无（仅使用系统证书）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation>CA 证书（PEM）</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>PEM 文件 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>基础 URL(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Timeout per request:</source>
        <translation>每个请求的超时(&amp;T)：</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>How long a key&apos;s answer is reused instead of asking again (0: never)</source>
        <translation>密钥的查询结果在多长时间内直接复用而不重新查询（0：从不复用）</translation>
    </message>
    <message>
        <source>How long a refresh waits while another instance refreshes the same store (another admin, a cron job) before it gives up without asking anything (0: it does not wait)</source>
        <translation>另一个实例（其他管理员、cron 任务）正在刷新同一数据库时，本次刷新等待多久后放弃且不发出任何查询（0：不等待）</translation>
    </message>
    <message>
        <source>Calls per key per window (Tavily allows 10 per 10 minutes; 0: no limit)</source>
        <translation>每个密钥在每个时间窗口内的调用次数（Tavily 允许每 10 分钟 10 次；0：不限制）</translation>
    </message>
    <message>
        <source>calls per</source>
        <translation>次调用，每</translation>
    </message>
    <message>
        <source>doubling up to</source>
        <translation>逐次加倍，最多</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>每 5 分钟</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>每 15 分钟</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>每小时</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>速率限制(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh:</source>
        <translation>自动刷新(&amp;A)：</translation>
    </message>
    <message>
        <source>Alerts and forecasts</source>
        <translation>告警与预测</translation>
    </message>
    <message>
        <source>A key is &apos;low&apos; and raises an alert when less than this share of its limit is left</source>
        <translation>当剩余额度低于上限的此比例时，密钥标记为“偏低”并产生告警</translation>
    </message>
    <message>
        <source>Projected usage at the cycle end, as a share of the limit, that makes a forecast WARNING</source>
        <translation>周期结束时的预计用量占上限的比例达到此值时，预测为“警告”</translation>
    </message>
    <message>
        <source>... that makes it CRITICAL</source>
        <translation>……达到此值时为“严重”</translation>
    </message>
    <message>
        <source>How far above a key&apos;s usual credits per hour at this time of the week its last interval must be to raise &apos;unusual usage&apos; (a sign of a leaked key), in robust standard deviations; lower finds more and errs more</source>
        <translation>密钥最近一个时段的每小时积分须比它在每周同一时间的通常水平高出多少（以稳健标准差计）才会产生“异常用量”告警（可能是密钥泄露的迹象）；值越低，发现越多，误报也越多</translation>
    </message>
    <message>
        <source>&amp;Unusual usage at:</source>
        <translation>异常用量阈值(&amp;U)：</translation>
    </message>
    <message>
        <source>Forecast &amp;warning at:</source>
        <translation>预测警告阈值(&amp;W)：</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Raw snapshots older than this live on as hourly and daily roll-ups</source>
        <translation>早于此时间的原始快照将汇总为按小时和按天的数据保留</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>通知(&amp;N)</translation>
    </message>
    <message>
        <source>The base URL must be an http:// or https:// address, such as https://api.tavily.com.</source>
        <translation>基础 URL 必须是 http:// 或 https:// 地址，例如 https://api.tavily.com。</translation>
    </message>
    <message>
        <source>The CA certificates file %1 cannot be read.</source>
        <translation>无法读取 CA 证书文件 %1。</translation>
    </message>
    <message>
        <source>The backoff ceiling must not be below its base.</source>
        <translation>退避上限不能低于其基数。</translation>
    </message>
    <message>
        <source>The critical share must not be below the warning share.</source>
        <translation>严重比例不能低于警告比例。</translation>
    </message>
    <message>
        <source>The settings are in force but could not be saved: %1</source>
        <translation>设置已生效，但无法保存：%1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>Takes effect when QuotaDeck starts again.</source>
        <translation>重新启动 QuotaDeck 后生效。</translation>
    </message>
    <message>
        <source>Concurrent &amp;look-ups:</source>
        <translation>并发查询数(&amp;L)：</translation>
    </message>
    <message>
        <source>Extra trusted CA&amp;s:</source>
        <translation>额外信任的 CA(&amp;S)：</translation>
    </message>
    <message>
        <source>Cac&amp;he TTL:</source>
        <translation>缓存有效期(&amp;H)：</translation>
    </message>
    <message>
        <source>Wait for another re&amp;fresh:</source>
        <translation>等待其他刷新(&amp;F)：</translation>
    </message>
    <message>
        <source>Bac&amp;koff after failures:</source>
        <translation>失败后退避(&amp;K)：</translation>
    </message>
    <message>
        <source>Alert when less than this is l&amp;eft:</source>
        <translation>剩余低于此值时告警(&amp;E)：</translation>
    </message>
    <message>
        <source>Forecast cr&amp;itical at:</source>
        <translation>预测严重阈值(&amp;I)：</translation>
    </message>
    <message>
        <source>Billing reset &amp;day:</source>
        <translation>计费重置日(&amp;D)：</translation>
    </message>
    <message>
        <source>Keep raw histor&amp;y for:</source>
        <translation>原始历史保留(&amp;Y)：</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Kee&amp;p running in the system tray when the window is closed</source>
        <translation>关闭窗口后继续在系统托盘中运行(&amp;P)</translation>
    </message>
    <message>
        <source>Auto-refresh and alerts go on; File &gt; Quit (Ctrl+Q) ends QuotaDeck</source>
        <translation>自动刷新和告警继续进行；“文件 &gt; 退出”（Ctrl+Q）结束 QuotaDeck</translation>
    </message>
    <message>
        <source>This desktop has no system tray: closing the window quits</source>
        <translation>此桌面没有系统托盘：关闭窗口即退出</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Look up added and i&amp;mported keys at once</source>
        <translation>立即查询新添加和导入的密钥(&amp;M)</translation>
    </message>
    <message>
        <source>Keys added or imported here, by the command line or by another admin are looked up as soon as they appear, within the rate limit; off: they stay unknown until the next refresh</source>
        <translation>在此处、通过命令行或由其他管理员添加或导入的密钥一出现就立即查询（遵守速率限制）；关闭时，它们在下次刷新前保持“未知”</translation>
    </message>
    <message>
        <source>A key added longer ago than this raises one reminder to replace it with a new key (Key &gt; Rotate); Tavily advises every 90 days</source>
        <translation>添加时间超过此期限的密钥会提醒一次换用新密钥（密钥 &gt; 轮换）；Tavily 建议每 90 天轮换一次</translation>
    </message>
    <message>
        <source>Rotate keys e&amp;very:</source>
        <translation>密钥轮换期限(&amp;V)：</translation>
    </message>
    <message>
        <source>Day of the month (UTC) the billing cycle starts, for an account whose history shows no reset yet and no day set of its own (Dashboard, forecast of the account)</source>
        <translation>计费周期开始于每月的第几天（UTC），用于历史中尚未出现重置、也未单独设置重置日的账户（仪表板，该账户的预测）</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>价格</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>another QuotaDeck window on this data folder does not answer</source>
        <translation>使用此数据文件夹的另一个 QuotaDeck 窗口没有响应</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>无法在 %1 上监听：%2</translation>
    </message>
</context>
<context>
    <name>SystemKeychain</name>
    <message>
        <source>The keyring that holds &quot;%1&quot; is locked: unlock it (log in again, or open it in your keyring manager), then try again.</source>
        <translation>保存“%1”的密钥环已锁定：请解锁（重新登录，或在密钥环管理器中打开），然后重试。</translation>
    </message>
    <message>
        <source>The %1 has no entry named &quot;%2&quot;.</source>
        <translation>%1 中没有名为“%2”的条目。</translation>
    </message>
    <message>
        <source>No system keychain is available (no Secret Service on D-Bus).</source>
        <translation>没有可用的系统密钥环（D-Bus 上没有 Secret Service）。</translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation>没有可用的系统密钥环。</translation>
    </message>
    <message>
        <source>The %1 denied access to &quot;%2&quot;; unlock the keyring when asked.</source>
        <translation>%1 拒绝访问“%2”；请在提示时解锁密钥环。</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>The %1 reported an error: %2</source>
        <translation>%1 报告了错误：%2</translation>
    </message>
</context>
<context>
    <name>TeamCommands</name>
    <message>
        <source>team mode needs a shared PostgreSQL store: add --db postgresql://user@host:port/database (see quotadeck --help)</source>
        <translation>团队模式需要共享的 PostgreSQL 数据库：请加上 --db postgresql://user@host:port/database（参见 quotadeck --help）</translation>
    </message>
    <message>
        <source>%1 is not a team store yet; an admin sets it up with: quotadeck team init</source>
        <translation>%1 还不是团队数据库；管理员可用以下命令设置：quotadeck team init</translation>
    </message>
    <message>
        <source>Team passphrase: </source>
        <translation>团队口令：</translation>
    </message>
    <message>
        <source>joined the team store %1: this keychain now holds its team key
</source>
        <translation>已加入团队数据库 %1：此密钥环现已保存其团队密钥
</translation>
    </message>
    <message>
        <source>%1 is already a team store; join it with quotadeck team join, or change its passphrase with quotadeck team passphrase</source>
        <translation>%1 已是团队数据库；请用 quotadeck team join 加入，或用 quotadeck team passphrase 更改其口令</translation>
    </message>
    <message>
        <source>%1 is not a team store yet; set it up with: quotadeck team init</source>
        <translation>%1 还不是团队数据库；请用以下命令设置：quotadeck team init</translation>
    </message>
    <message>
        <source>New team passphrase: </source>
        <translation>新的团队口令：</translation>
    </message>
    <message numerus="yes">
        <source>team store ready at %1: %n key(s) re-sealed under the new team key; every other admin runs: quotadeck --db %1 team join
</source>
        <translation>
            <numerusform>团队数据库 %1 已就绪：%n 个密钥已用新的团队密钥重新封存；其他每位管理员请运行：quotadeck --db %1 team join
</numerusform>
        </translation>
    </message>
    <message>
        <source>team passphrase changed for %1: the team key is the same, so every admin who joined keeps working; the new passphrase is what the next admin joins with
</source>
        <translation>已更改 %1 的团队口令：团队密钥不变，已加入的管理员照常工作；之后加入的管理员使用新口令
</translation>
    </message>
    <message>
        <source>migrate copies a local SQLite store; this one is already %1</source>
        <translation>migrate 用于复制本地 SQLite 数据库；此数据库已是 %1</translation>
    </message>
    <message>
        <source>migrate needs --to postgresql://user@host:port/database</source>
        <translation>migrate 需要 --to postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>the store was copied, but the team key cannot be kept in the keychain (%1); run quotadeck team join on it</source>
        <translation>数据库已复制，但团队密钥无法保存到系统密钥环（%1）；请对其运行 quotadeck team join</translation>
    </message>
    <message>
        <source>copied %1 to %2 (verified):
</source>
        <translation>已将 %1 复制到 %2（已校验）：
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
        <translation>密钥已用团队密钥封存；其他管理员请运行：quotadeck --db %1 team join
</translation>
    </message>
</context>
<context>
    <name>TeamFlows</name>
    <message>
        <source>Joined the team: this keychain holds the team key, refresh works</source>
        <translation>已加入团队：此密钥环已持有团队密钥，可以刷新</translation>
    </message>
    <message>
        <source>Team passphrase changed: the team key stays, so every admin who joined keeps working</source>
        <translation>团队口令已更改：团队密钥不变，已加入的管理员可继续使用</translation>
    </message>
    <message numerus="yes">
        <source>This is a team store now: %Ln key(s) sealed under the team key; the other admins join with the passphrase</source>
        <translation>
            <numerusform>现在这是团队数据库：%Ln 个密钥已用团队密钥加密；其他管理员使用口令加入</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamJoinDialog</name>
    <message>
        <source>Deriving the team key…</source>
        <translation>正在派生团队密钥…</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>加入(&amp;J)</translation>
    </message>
    <message>
        <source>Join team</source>
        <translation>加入团队</translation>
    </message>
    <message>
        <source>The team passphrase of this store has changed since this keychain learnt it. Enter the new passphrase to go on refreshing and adding keys.</source>
        <translation>此密钥环记下团队口令之后，此数据库的团队口令已更改。请输入新口令以继续刷新和添加密钥。</translation>
    </message>
    <message>
        <source>This is a team store. Enter the team passphrase an admin of the team gave you to refresh and add keys from this computer.</source>
        <translation>这是一个团队数据库。请输入团队管理员提供给您的团队口令，以便在本机刷新和添加密钥。</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>QuotaDeck derives the team key from the passphrase and keeps the key in this computer&apos;s keychain (%1). The passphrase itself is not stored.</source>
        <translation>QuotaDeck 从口令派生团队密钥，并将其保存在本机的系统密钥环（%1）中。口令本身不会被存储。</translation>
    </message>
    <message>
        <source>Team &amp;passphrase:</source>
        <translation>团队口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Enter the team passphrase.</source>
        <translation>请输入团队口令。</translation>
    </message>
    <message>
        <source>That is not the team passphrase: it has at least %1 characters.</source>
        <translation>这不是团队口令：团队口令至少有 %1 个字符。</translation>
    </message>
    <message>
        <source>That is not the team passphrase. Check it and try again.</source>
        <translation>这不是团队口令。请检查后重试。</translation>
    </message>
</context>
<context>
    <name>TeamPassphraseDialog</name>
    <message>
        <source>Deriving the new team key and re-sealing every key…</source>
        <translation>正在派生新的团队密钥并重新加密所有密钥…</translation>
    </message>
    <message>
        <source>&amp;Make team store</source>
        <translation>设为团队数据库(&amp;M)</translation>
    </message>
    <message>
        <source>Change team passphrase</source>
        <translation>更改团队口令</translation>
    </message>
    <message>
        <source>Make this a team store</source>
        <translation>设为团队数据库</translation>
    </message>
    <message>
        <source>The team key of %1 is wrapped under the new passphrase instead of the old one. The team key itself stays, so every admin who joined keeps working; an admin who joins from now on needs the new passphrase.</source>
        <translation>%1 的团队密钥将改由新口令（而非旧口令）保护。团队密钥本身不变，已加入的管理员可继续使用；此后加入的管理员需要使用新口令。</translation>
    </message>
    <message>
        <source>A new team key is made and every key in %1 is re-sealed under it, in one transaction; the store keeps the team key only wrapped under this passphrase. Give the passphrase to the other admins of the team: each joins once with it and keeps the team key in their own keychain.</source>
        <translation>将生成新的团队密钥，并在同一事务中用它重新加密 %1 中的所有密钥；数据库只保存经此口令保护的团队密钥。请将口令告知团队中的其他管理员：每人用它加入一次，并将团队密钥保存在自己的密钥环中。</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>新口令(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <source>The team passphrase must be at least %1 characters long.</source>
        <translation>团队口令至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>两次输入的口令不一致。请输入相同的口令两次。</translation>
    </message>
    <message>
        <source>At least %1 characters; a few unrelated words are easy to pass on and hard to guess.</source>
        <translation>至少 %1 个字符；几个互不相关的词既便于转告又难以猜测。</translation>
    </message>
    <message>
        <source>Too short: %1 of at least %2 characters.</source>
        <translation>太短：%1 个字符，至少需要 %2 个。</translation>
    </message>
    <message>
        <source>The two passphrases differ so far.</source>
        <translation>目前两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>Long enough.</source>
        <translation>长度足够。</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>更改口令(&amp;H)</translation>
    </message>
</context>
<context>
    <name>TeamSecrets</name>
    <message>
        <source>the team passphrase must be at least %1 characters long</source>
        <translation>团队口令至少需要 %1 个字符</translation>
    </message>
    <message>
        <source>the store&apos;s present data key is not open, so its keys cannot be re-sealed</source>
        <translation>数据库当前的数据密钥未打开，无法重新封存其中的密钥</translation>
    </message>
    <message>
        <source>this keychain does not hold the store&apos;s team key; join the team first</source>
        <translation>此密钥环中没有该数据库的团队密钥；请先加入团队</translation>
    </message>
    <message>
        <source>the team passphrase is not right</source>
        <translation>团队口令不正确</translation>
    </message>
    <message>
        <source>the cryptography library (libsodium) failed to start</source>
        <translation>密码库（libsodium）启动失败</translation>
    </message>
    <message>
        <source>the team key cannot be derived (not enough memory for Argon2id)</source>
        <translation>无法派生团队密钥（Argon2id 所需内存不足）</translation>
    </message>
    <message>
        <source>this store is not a team store yet (set it up with: quotadeck team init)</source>
        <translation>此数据库还不是团队数据库（请用 quotadeck team init 设置）</translation>
    </message>
    <message>
        <source>the store&apos;s team key record is unreadable</source>
        <translation>无法读取数据库的团队密钥记录</translation>
    </message>
</context>
<context>
    <name>TimeChart</name>
    <message>
        <source>(partial: %1 of %2 min)</source>
        <translation>（不完整：%2 分钟中的 %1 分钟）</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1后</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
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
        <translation>显示窗口(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>QuotaDeck: %n new alert(s)</source>
        <translation>
            <numerusform>QuotaDeck：%n 条新告警</numerusform>
        </translation>
    </message>
    <message>
        <source>QuotaDeck keeps running</source>
        <translation>QuotaDeck 仍在运行</translation>
    </message>
    <message>
        <source>QuotaDeck is still here, in the system tray: auto-refresh and alerts go on. To quit, choose Quit in this icon&apos;s menu or File &gt; Quit (Ctrl+Q). To quit when the window closes, turn off &quot;Keep running in the system tray&quot; in Tools &gt; Settings.</source>
        <translation>QuotaDeck 仍在系统托盘中运行：自动刷新和告警会继续。要退出，请在此图标的菜单中选择“退出”，或使用“文件 &gt; 退出”（Ctrl+Q）。若希望关闭窗口即退出，请在“工具 &gt; 设置”中关闭“关闭窗口后继续在系统托盘中运行”。</translation>
    </message>
    <message>
        <source>&amp;Hide window</source>
        <translation>隐藏窗口(&amp;H)</translation>
    </message>
</context>
<context>
    <name>TraySummary</name>
    <message>
        <source>No keys yet</source>
        <translation>还没有密钥</translation>
    </message>
    <message>
        <source>Next to run out: %1, %2 (%3)</source>
        <translation>下一个耗尽：%1，%2（%3）</translation>
    </message>
    <message>
        <source>No key is predicted to run out this cycle</source>
        <translation>本计费周期内预计没有密钥耗尽</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>The vault cannot work because the cryptography library (libsodium) failed to start.</source>
        <translation>密码库（libsodium）启动失败，密钥保管库无法工作。</translation>
    </message>
    <message>
        <source>The vault has no keychain to keep its data key in, so QuotaDeck will not store keys.</source>
        <translation>密钥保管库没有可保存数据密钥的系统密钥环，因此 QuotaDeck 不会保存密钥。</translation>
    </message>
    <message>
        <source>The vault cannot be opened: the store has no identifier to name its keychain entry.</source>
        <translation>无法打开密钥保管库：数据库没有可用于命名密钥环条目的标识符。</translation>
    </message>
    <message>
        <source>The keychain entry &quot;%1&quot; does not hold a valid QuotaDeck data key, so this store&apos;s keys cannot be opened. Restore the original keychain entry, or delete it and enter the keys again.</source>
        <translation>系统密钥环条目“%1”中没有有效的 QuotaDeck 数据密钥，因此无法打开此数据库中的密钥。请恢复原来的密钥环条目，或删除该条目并重新输入密钥。</translation>
    </message>
    <message>
        <source>This is a team store and this keychain does not hold its team key yet: %1</source>
        <translation>这是团队数据库，而此密钥环中还没有它的团队密钥：%1</translation>
    </message>
    <message>
        <source>The keychain has no data key for this store (entry &quot;%1&quot;), so its saved API keys cannot be opened. Restore that keychain entry, for example from a backup of your keyring, or remove the keys and enter them again.</source>
        <translation>系统密钥环中没有此数据库的数据密钥（条目“%1”），因此无法打开已保存的 API 密钥。请恢复该密钥环条目（例如从密钥环备份中恢复），或移除这些密钥后重新输入。</translation>
    </message>
    <message>
        <source>The store cannot record its new data key: %1</source>
        <translation>数据库无法记录新的数据密钥：%1</translation>
    </message>
    <message>
        <source>Another QuotaDeck created this store&apos;s data key at the same moment, but its keychain entry (&quot;%1&quot;) did not appear. Try again.</source>
        <translation>另一个 QuotaDeck 同时创建了此数据库的数据密钥，但其系统密钥环条目（“%1”）没有出现。请重试。</translation>
    </message>
    <message>
        <source>The team key of this store has changed since this keychain learnt it: %1</source>
        <translation>自此密钥环获得团队密钥以来，此数据库的团队密钥已更改：%1</translation>
    </message>
    <message>
        <source>The keychain holds a different data key for this store (entry &quot;%1&quot;), so its saved API keys cannot be opened. Restore the original keychain entry, or remove the keys and enter them again.</source>
        <translation>系统密钥环中保存的是此数据库的另一个数据密钥（条目“%1”），因此无法打开已保存的 API 密钥。请恢复原来的密钥环条目，或移除这些密钥后重新输入。</translation>
    </message>
    <message>
        <source>run &quot;quotadeck team join&quot; with the team passphrase (from standard input or QUOTADECK_TEAM_PASSPHRASE) to refresh or add keys; listing keys and the charts work meanwhile.</source>
        <translation>请用团队口令（来自标准输入或 QUOTADECK_TEAM_PASSPHRASE）运行 &quot;quotadeck team join&quot;，之后才能刷新或添加密钥；在此之前仍可列出密钥和查看图表。</translation>
    </message>
    <message>
        <source>The vault cannot be opened with that key.</source>
        <translation>无法用该密钥打开密钥保管库。</translation>
    </message>
    <message>
        <source>No system keychain is available (no Secret Service on D-Bus): QuotaDeck will not store keys without one. Start a Secret Service provider such as GNOME Keyring or KWallet, then try again.</source>
        <translation>没有可用的系统密钥环（D-Bus 上没有 Secret Service）：没有它，QuotaDeck 不会保存密钥。请启动 GNOME Keyring 或 KWallet 等 Secret Service 提供程序，然后重试。</translation>
    </message>
    <message>
        <source>No system keychain is available: QuotaDeck will not store keys without one.</source>
        <translation>没有可用的系统密钥环：没有它，QuotaDeck 不会保存密钥。</translation>
    </message>
    <message>
        <source>The system keychain refused access to QuotaDeck&apos;s data key: unlock your keyring (or the collection that holds it) when asked, then try again.</source>
        <translation>系统密钥环拒绝访问 QuotaDeck 的数据密钥：请在提示时解锁密钥环（或保存它的集合），然后重试。</translation>
    </message>
    <message>
        <source>QuotaDeck could not save a new data key in the system keychain.</source>
        <translation>QuotaDeck 无法在系统密钥环中保存新的数据密钥。</translation>
    </message>
    <message>
        <source>QuotaDeck could not read its data key from the system keychain.</source>
        <translation>QuotaDeck 无法从系统密钥环读取其数据密钥。</translation>
    </message>
</context>
<context>
    <name>VaultBanner</name>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Join team…</source>
        <translation>加入团队…</translation>
    </message>
    <message>
        <source>Enter the team passphrase to keep the team key in this keychain</source>
        <translation>输入团队口令，将团队密钥保存在此密钥环中</translation>
    </message>
    <message>
        <source>&lt;b&gt;Join the team to refresh.&lt;/b&gt; This is a team store and this computer&apos;s keychain does not hold its team key yet. The key list and the charts work; refreshing, adding and importing keys need the team passphrase once.</source>
        <translation>&lt;b&gt;加入团队后才能刷新。&lt;/b&gt;这是一个团队数据库，本机的系统密钥环中还没有它的团队密钥。密钥列表和图表可以正常使用；刷新、添加和导入密钥需要输入一次团队口令。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The team key has changed.&lt;/b&gt; The team key in this keychain is from before the store was set up again. The key list and the charts work; join again with the team passphrase to refresh, add and import keys.</source>
        <translation>&lt;b&gt;团队密钥已更改。&lt;/b&gt;此密钥环中的团队密钥来自数据库重新设置之前。密钥列表和图表可以正常使用；请用团队口令重新加入，以便刷新、添加和导入密钥。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The vault is unavailable.&lt;/b&gt; %1&lt;br&gt;The key list still works; adding, importing and refreshing keys need the vault.</source>
        <translation>&lt;b&gt;密钥保管库不可用。&lt;/b&gt;%1&lt;br&gt;密钥列表仍可使用；添加、导入和刷新密钥需要密钥保管库。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>the demo cannot start: %1</source>
        <translation>演示无法启动：%1</translation>
    </message>
    <message>
        <source>the demo&apos;s history could not be written: %1</source>
        <translation>无法写入演示的历史数据：%1</translation>
    </message>
</context>
</TS>
