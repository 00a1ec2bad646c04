<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlertTableModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="81"/>
        <source>%1 (%n attempt(s)): %2</source>
        <translation>
            <numerusform>%1（%n 次尝试）：%2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="101"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="103"/>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="105"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="107"/>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="109"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="118"/>
        <source>Usage over the alert threshold</source>
        <translation>用量超过告警阈值</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="120"/>
        <source>Runs out before the cycle ends</source>
        <translation>将在周期结束前耗尽</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="122"/>
        <source>Turned invalid</source>
        <translation>已失效</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="124"/>
        <source>Turned exhausted</source>
        <translation>已耗尽</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="126"/>
        <source>Recovered</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="128"/>
        <source>Unusual usage</source>
        <translation>用量异常</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="139"/>
        <source>%1: sent</source>
        <translation>%1：已发送</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="142"/>
        <source>%1: failed</source>
        <translation>%1：失败</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="145"/>
        <source>%1: retrying</source>
        <translation>%1：正在重试</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="145"/>
        <source>%1: waiting</source>
        <translation>%1：等待中</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="148"/>
        <source>%1: sending</source>
        <translation>%1：正在发送</translation>
    </message>
</context>
<context>
    <name>ApiKey</name>
    <message>
        <location filename="../models/tavily/ApiKey.cpp" line="42"/>
        <source>The key is empty.</source>
        <translation>密钥为空。</translation>
    </message>
    <message>
        <location filename="../models/tavily/ApiKey.cpp" line="44"/>
        <source>Not a Tavily key (it must start with tvly-).</source>
        <translation>不是 Tavily 密钥（必须以 tvly- 开头）。</translation>
    </message>
    <message>
        <location filename="../models/tavily/ApiKey.cpp" line="47"/>
        <source>The key contains a character that is not a letter, a digit, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>密钥包含字母、数字、“-”和“_”以外的字符。</translation>
    </message>
    <message>
        <location filename="../models/tavily/ApiKey.cpp" line="51"/>
        <source>The key is too short (a Tavily key has at least %1 characters).</source>
        <translation>密钥过短（Tavily 密钥至少 %1 个字符）。</translation>
    </message>
    <message>
        <location filename="../models/tavily/ApiKey.cpp" line="54"/>
        <source>The key is too long (a Tavily key has at most %1 characters).</source>
        <translation>密钥过长（Tavily 密钥最多 %1 个字符）。</translation>
    </message>
    <message>
        <location filename="../models/tavily/ApiKey.cpp" line="110"/>
        <source>the label looks like an API key (tvly- and 16 or more letters or digits); give the key on its own, with a label that is not a key</source>
        <translation>标签看起来像 API 密钥（tvly- 加 16 个或更多字母或数字）；请单独提供密钥，并使用不是密钥的标签</translation>
    </message>
</context>
<context>
    <name>CommandJob</name>
    <message>
        <location filename="../app/cli/CommandJob.cpp" line="58"/>
        <source>the history could not be rolled up, so accounts may be out of date: %1</source>
        <translation>历史数据无法汇总，账户数据可能不是最新的：%1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="121"/>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="130"/>
        <source>--smtp-port takes a port from 1 to 65535</source>
        <translation>--smtp-port 取值为 1 到 65535 的端口号</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="137"/>
        <source>--concurrency takes a whole number from 1 to 256</source>
        <translation>--concurrency 取值为 1 到 256 的整数</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="147"/>
        <source>unknown option %1 (see quotadeck --help)</source>
        <translation>未知选项 %1（参见 quotadeck --help）</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="157"/>
        <source>%1 goes with a command (see quotadeck --help)</source>
        <translation>%1 需要与命令一起使用（参见 quotadeck --help）</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="174"/>
        <source>unknown notify command &quot;%1&quot; (add, list, test, remove)</source>
        <translation>未知的 notify 子命令“%1”（add、list、test、remove）</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="176"/>
        <source>notify needs a command: add, list, test or remove</source>
        <translation>notify 需要一个子命令：add、list、test 或 remove</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="179"/>
        <source>unknown keys command &quot;%1&quot; (add, import, list, remove, enable, disable)</source>
        <translation>未知的 keys 子命令“%1”（add、import、list、remove、enable、disable）</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="182"/>
        <source>keys needs a command: add, import, list, remove, enable or disable</source>
        <translation>keys 需要一个子命令：add、import、list、remove、enable 或 disable</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="185"/>
        <source>unknown command &quot;%1&quot; (see quotadeck --help)</source>
        <translation>未知命令“%1”（参见 quotadeck --help）</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="193"/>
        <source>quotadeck %1 needs %2</source>
        <translation>quotadeck %1 需要%2</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="196"/>
        <source>a file name (or - for standard input)</source>
        <translation>一个文件名（或用 - 表示标准输入）</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="198"/>
        <source>a channel name</source>
        <translation>一个通知渠道名称</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="199"/>
        <source>a key id or label</source>
        <translation>一个密钥 ID 或标签</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="203"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="206"/>
        <source>keys add reads the key from standard input, never from the command line</source>
        <translation>keys add 只从标准输入读取密钥，绝不从命令行读取</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="210"/>
        <source>notify add reads the URL (or the SMTP password) from standard input, never from the command line</source>
        <translation>notify add 只从标准输入读取 URL（或 SMTP 密码），绝不从命令行读取</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="219"/>
        <source>%1 does not go with quotadeck %2</source>
        <translation>%1 不能与 quotadeck %2 一起使用</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="226"/>
        <source>--demo opens the window; it does not go with a command</source>
        <translation>--demo 会打开窗口，不能与命令一起使用</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="230"/>
        <source>--lang takes a language such as en, zh_CN or zh_TW, not &quot;%1&quot;</source>
        <translation>--lang 需要一种语言，如 en、zh_CN 或 zh_TW，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="239"/>
        <source>Usage: quotadeck [global options] [command]

Keeps a pool of Tavily API keys sealed in the system keychain and refreshes their quotas.
Without a command, opens the window.

Global options:
  --data-dir DIR     where the store lives (default: %1)
  --db URL           database file, sqlite:///path, or postgresql://user@host:port/db for a
                     store shared by a team (default: DIR/quotadeck.sqlite)
  --api-base URL     Tavily API base (default: https://api.tavily.com)
  --demo             open the window on a built-in local usage server with sample keys
                     in a throwaway data dir
  --version, --help

Commands:
  keys add [--label LABEL]     read one key from standard input and store it sealed
  keys import FILE|-           import lines `key`, `label,key` or `NAME=tvly-...`
  keys list [--json]           list keys (masked), status and usage
  keys remove ID|LABEL         remove a key and its sealed secret
  keys enable|disable ID|LABEL
  refresh [--force] [--concurrency N] [--json]
                               refresh every enabled key&apos;s quota
  forecast [--json] [--lang LANG]
                               per key and account: credits per day, projection to the cycle end
                               with its 80% band, predicted exhaustion, level and confidence
  report --format csv|json|pdf --output FILE|- [--since T] [--until T] [--table TABLE]
         [--lang LANG]
                               a report of a period (default: the current billing cycle up to now);
                               T: 2026-11-01, 2026-11-01T08:00Z, now, 7d, 12h, 30m, 2w (back from now);
                               CSV holds one TABLE: keys (default), accounts, runs or alerts
  --lang LANG                  the language of a report&apos;s or forecast&apos;s labels, dates and numbers
                               (en, zh_CN, zh_TW; default: the system locale, LANG/LC_ALL); JSON,
                               CSV headers and exit codes never change with the language
  team init|join|passphrase    team mode on a shared PostgreSQL store (--db postgresql://...):
                               set up the team passphrase, join with it, or change it; the
                               passphrase from standard input or QUOTADECK_TEAM_PASSPHRASE
  migrate --to postgresql://user@host:port/db
                               copy this SQLite store (history too) into an empty shared store,
                               keys re-sealed under the team key, counts verified
  notify add NAME --kind webhook|slack|ntfy [--min-level info|warning|critical] &lt; url.txt
  notify add NAME --kind email --to ADDRESS --smtp-host HOST [--smtp-port N] [--smtp-user U]
             [--min-level LEVEL] &lt; smtp-password.txt   (empty input: no login)
                               a channel for alerts; the URL or password is sealed like a key
  notify list [--json]         channels, URLs masked
  notify test NAME             send one test message (exit 0 when delivered, 1 with the answer)
  notify remove NAME
  serve [--listen ADDR:PORT] [--token-file FILE]
                               headless: auto-refresh, alerts, notifications, and /metrics and
                               /healthz on ADDR:PORT (default 127.0.0.1:9464); an address other
                               than loopback needs --token-file (a bearer token)

Exit codes: 0 success, 2 bad usage or bad input, 3 refresh finished with some keys failed,
1 anything else.
</source>
        <translation>用法：quotadeck [全局选项] [命令]

将一组 Tavily API 密钥封存在系统密钥环中，并刷新它们的配额。
不带命令时打开窗口。

全局选项：
  --data-dir DIR     数据库所在位置（默认：%1）
  --db URL           数据库文件、sqlite:///path，或团队共享数据库
                     postgresql://user@host:port/db（默认：DIR/quotadeck.sqlite）
  --api-base URL     Tavily API 地址（默认：https://api.tavily.com）
  --demo             打开窗口，使用内置的本地用量服务器和示例密钥，
                     数据放在用后即删的临时目录中
  --version, --help

命令：
  keys add [--label LABEL]     从标准输入读取一个密钥并封存保存
  keys import FILE|-           导入 `key`、`label,key` 或 `NAME=tvly-...` 格式的行
  keys list [--json]           列出密钥（已遮盖）、状态和用量
  keys remove ID|LABEL         移除密钥及其封存的密文
  keys enable|disable ID|LABEL
  refresh [--force] [--concurrency N] [--json]
                               刷新所有已启用密钥的配额
  forecast [--json] [--lang LANG]
                               按密钥和账户列出：每日积分、到周期末的预计用量
                               及其 80% 区间、预计耗尽时间、级别和置信度
  report --format csv|json|pdf --output FILE|- [--since T] [--until T] [--table TABLE]
         [--lang LANG]
                               某一时间段的报告（默认：当前计费周期至今）；
                               T：2026-11-01、2026-11-01T08:00Z、now、7d、12h、30m、2w（从现在往回）；
                               CSV 只包含一个 TABLE：keys（默认）、accounts、runs 或 alerts
  --lang LANG                  报告或预测中标签、日期和数字所用的语言
                               （en、zh_CN、zh_TW；默认：系统区域设置，即 LANG/LC_ALL）；
                               JSON、CSV 表头和退出码不随语言改变
  team init|join|passphrase    在共享 PostgreSQL 数据库上使用团队模式（--db postgresql://...）：
                               设置团队口令、用口令加入或更改口令；口令来自标准输入
                               或 QUOTADECK_TEAM_PASSPHRASE
  migrate --to postgresql://user@host:port/db
                               将此 SQLite 数据库（含历史数据）复制到一个空的共享数据库，
                               密钥用团队密钥重新封存，并校验行数
  notify add NAME --kind webhook|slack|ntfy [--min-level info|warning|critical] &lt; url.txt
  notify add NAME --kind email --to ADDRESS --smtp-host HOST [--smtp-port N] [--smtp-user U]
             [--min-level LEVEL] &lt; smtp-password.txt   （输入为空：不登录）
                               添加告警通知渠道；URL 或密码像密钥一样封存
  notify list [--json]         列出通知渠道，URL 已遮盖
  notify test NAME             发送一条测试消息（送达时退出码为 0，否则为 1 并显示应答）
  notify remove NAME
  serve [--listen ADDR:PORT] [--token-file FILE]
                               无界面运行：自动刷新、告警、通知，并在 ADDR:PORT（默认
                               127.0.0.1:9464）上提供 /metrics 和 /healthz；回环以外的地址
                               需要 --token-file（Bearer 令牌）

退出码：0 成功，2 用法或输入有误，3 刷新完成但有密钥失败，
1 其他错误。
</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../app/cli/Commands.cpp" line="119"/>
        <source>quotadeck %1 is not available in this version yet</source>
        <translation>此版本尚不支持 quotadeck %1</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../app/cli/Demo.cpp" line="39"/>
        <source>cannot create a temporary data folder for the demo</source>
        <translation>无法为演示创建临时数据文件夹</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <location filename="../models/analytics/Figures.cpp" line="18"/>
        <source>unknown</source>
        <comment>key status</comment>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../models/analytics/Figures.cpp" line="20"/>
        <source>ok</source>
        <comment>key status</comment>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../models/analytics/Figures.cpp" line="22"/>
        <source>low</source>
        <comment>key status</comment>
        <translation>偏低</translation>
    </message>
    <message>
        <location filename="../models/analytics/Figures.cpp" line="24"/>
        <source>exhausted</source>
        <comment>key status</comment>
        <translation>已耗尽</translation>
    </message>
    <message>
        <location filename="../models/analytics/Figures.cpp" line="26"/>
        <source>invalid</source>
        <comment>key status</comment>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../models/analytics/Figures.cpp" line="28"/>
        <source>rate limited</source>
        <comment>key status</comment>
        <translation>受速率限制</translation>
    </message>
    <message>
        <location filename="../models/analytics/Figures.cpp" line="30"/>
        <source>error</source>
        <comment>key status</comment>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../models/analytics/Figures.cpp" line="32"/>
        <source>disabled</source>
        <comment>key status</comment>
        <translation>已禁用</translation>
    </message>
    <message>
        <location filename="../models/analytics/Figures.cpp" line="43"/>
        <source>ok</source>
        <comment>forecast level</comment>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../models/analytics/Figures.cpp" line="45"/>
        <source>warning</source>
        <comment>forecast level</comment>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../models/analytics/Figures.cpp" line="47"/>
        <source>critical</source>
        <comment>forecast level</comment>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../models/analytics/Figures.cpp" line="49"/>
        <source>exhausted</source>
        <comment>forecast level</comment>
        <translation>已耗尽</translation>
    </message>
    <message>
        <location filename="../models/analytics/Figures.cpp" line="53"/>
        <source>unknown</source>
        <comment>forecast level</comment>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../models/analytics/Figures.cpp" line="75"/>
        <source>%1 %2</source>
        <comment>count status</comment>
        <translation>%2 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/analytics/Figures.cpp" line="85"/>
        <source>+%n more</source>
        <translation>
            <numerusform>另 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/analytics/Figures.cpp" line="88"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../models/analytics/Figures.cpp" line="89"/>
        <source>%1 (%2)</source>
        <comment>plan (labels)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../models/analytics/Figures.cpp" line="90"/>
        <source>, </source>
        <comment>between labels</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ForecastTable</name>
    <message>
        <location filename="../models/analytics/ForecastTable.cpp" line="29"/>
        <source>KEY</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location filename="../models/analytics/ForecastTable.cpp" line="30"/>
        <source>USED / LIMIT</source>
        <translation>已用 / 上限</translation>
    </message>
    <message>
        <location filename="../models/analytics/ForecastTable.cpp" line="31"/>
        <source>PER DAY</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../models/analytics/ForecastTable.cpp" line="32"/>
        <source>AT CYCLE END</source>
        <translation>周期末预计</translation>
    </message>
    <message>
        <location filename="../models/analytics/ForecastTable.cpp" line="33"/>
        <source>LOW (80%)</source>
        <translation>下界（80%）</translation>
    </message>
    <message>
        <location filename="../models/analytics/ForecastTable.cpp" line="34"/>
        <source>HIGH (80%)</source>
        <translation>上界（80%）</translation>
    </message>
    <message>
        <location filename="../models/analytics/ForecastTable.cpp" line="35"/>
        <source>RUNS OUT (UTC)</source>
        <translation>耗尽时间（UTC）</translation>
    </message>
    <message>
        <location filename="../models/analytics/ForecastTable.cpp" line="36"/>
        <source>LEVEL</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../models/analytics/ForecastTable.cpp" line="37"/>
        <source>CONFIDENCE</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../models/analytics/ForecastTable.cpp" line="45"/>
        <source>%1 (%2)</source>
        <comment>level (key status)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../models/analytics/ForecastTable.cpp" line="47"/>
        <source>%1 (little history)</source>
        <translation>%1（历史数据太少）</translation>
    </message>
    <message>
        <location filename="../models/analytics/ForecastTable.cpp" line="67"/>
        <source>account: %1</source>
        <translation>账户：%1</translation>
    </message>
    <message>
        <location filename="../models/analytics/ForecastTable.cpp" line="68"/>
        <source>, </source>
        <comment>between labels</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>KeyCommands</name>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="51"/>
        <source>quotadeck %1 is not available in this version yet</source>
        <translation>此版本尚不支持 quotadeck %1</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="81"/>
        <source>No keys yet. Add one with: quotadeck keys add --label NAME &lt; keyfile</source>
        <translation>还没有密钥。可用以下命令添加：quotadeck keys add --label NAME &lt; keyfile</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="87"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="88"/>
        <source>LABEL</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="89"/>
        <source>KEY</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="90"/>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="91"/>
        <source>KEY USAGE</source>
        <translation>密钥用量</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="92"/>
        <source>PLAN USAGE</source>
        <translation>套餐用量</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="93"/>
        <source>LAST REFRESHED</source>
        <translation>上次刷新</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="101"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="124"/>
        <source>removed key %1 &quot;%2&quot; (%3)</source>
        <translation>已移除密钥 %1“%2”（%3）</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="125"/>
        <source>enabled key %1 &quot;%2&quot; (%3)</source>
        <translation>已启用密钥 %1“%2”（%3）</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="126"/>
        <source>disabled key %1 &quot;%2&quot; (%3)</source>
        <translation>已禁用密钥 %1“%2”（%3）</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="144"/>
        <source>Paste the Tavily API key (input hidden), then press Enter: </source>
        <translation>粘贴 Tavily API 密钥（输入不回显），然后按回车键：</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="146"/>
        <source>no key arrived on standard input</source>
        <translation>标准输入中没有收到密钥</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="154"/>
        <source>added key %1 &quot;%2&quot; (%3)</source>
        <translation>已添加密钥 %1“%2”（%3）</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="168"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="173"/>
        <source>%1 is larger than %2 MiB; split it</source>
        <translation>%1 大于 %2 MiB，请拆分后再导入</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="194"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="205"/>
        <source>%1; %2</source>
        <comment>imported; rejected</comment>
        <translation>%1；%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/KeyCommands.cpp" line="206"/>
        <source>imported %n key(s)</source>
        <translation>
            <numerusform>已导入 %n 个密钥</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/KeyCommands.cpp" line="206"/>
        <source>%n line(s) rejected</source>
        <translation>
            <numerusform>拒绝 %n 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyImportParser</name>
    <message>
        <location filename="../models/keys/KeyImportParser.cpp" line="63"/>
        <source>the label is not valid UTF-8 text</source>
        <translation>标签不是有效的 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyImportParser.cpp" line="70"/>
        <source>the label has an opening quote but no closing quote</source>
        <translation>标签有开引号但没有闭引号</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyImportParser.cpp" line="78"/>
        <source>a quote inside the quoted label is not doubled (write &quot;&quot;)</source>
        <translation>带引号的标签中的引号没有成对书写（请写成 &quot;&quot;）</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyImportParser.cpp" line="90"/>
        <source>the label contains control characters</source>
        <translation>标签包含控制字符</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyImportParser.cpp" line="95"/>
        <source>the label is longer than %1 characters</source>
        <translation>标签超过 %1 个字符</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyImportParser.cpp" line="114"/>
        <source>the name before = is longer than %1 characters</source>
        <translation>= 前的名称超过 %1 个字符</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyImportParser.cpp" line="124"/>
        <source>the value has an opening quote but no closing quote</source>
        <translation>值有开引号但没有闭引号</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyImportParser.cpp" line="129"/>
        <source>unexpected text after the closing quote</source>
        <translation>闭引号后有多余的文本</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyImportParser.cpp" line="143"/>
        <source>no key after %1=</source>
        <translation>%1= 后面没有密钥</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyImportParser.cpp" line="171"/>
        <source>an export line needs the form export NAME=key</source>
        <translation>export 行的格式应为 export NAME=key</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyImportParser.cpp" line="187"/>
        <source>no label after the comma; the form is label,key or just the key</source>
        <translation>逗号后没有标签；格式应为 label,key 或只写密钥</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyImportParser.cpp" line="189"/>
        <source>no key after the label</source>
        <translation>标签后面没有密钥</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyImportParser.cpp" line="193"/>
        <source>the key must come last on the line (label,key)</source>
        <translation>密钥必须位于行末（label,key）</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyImportParser.cpp" line="227"/>
        <source>the input is larger than %1 MiB; split the key list into smaller files</source>
        <translation>输入大于 %1 MiB；请将密钥列表拆分成较小的文件</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyImportParser.cpp" line="235"/>
        <source>this looks like a binary or UTF-16 file; save the key list as UTF-8 text</source>
        <translation>这看起来是二进制或 UTF-16 文件；请将密钥列表保存为 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyImportParser.cpp" line="268"/>
        <source>same key as line %1</source>
        <translation>与第 %1 行的密钥相同</translation>
    </message>
</context>
<context>
    <name>KeyManager</name>
    <message>
        <location filename="../models/keys/KeyManager.cpp" line="17"/>
        <source>the keychain is not open, so keys cannot be sealed</source>
        <translation>系统密钥环未打开，无法封存密钥</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyManager.cpp" line="36"/>
        <source>the label is empty</source>
        <translation>标签为空</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyManager.cpp" line="39"/>
        <source>the label is longer than %1 characters</source>
        <translation>标签超过 %1 个字符</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyManager.cpp" line="44"/>
        <source>the label contains control characters</source>
        <translation>标签包含控制字符</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyManager.cpp" line="112"/>
        <location filename="../models/keys/KeyManager.cpp" line="233"/>
        <source>the label &quot;%1&quot; is already used by another key</source>
        <translation>标签“%1”已被另一个密钥使用</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyManager.cpp" line="118"/>
        <source>this key is already stored as &quot;%1&quot;</source>
        <translation>此密钥已保存为“%1”</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyManager.cpp" line="180"/>
        <source>already stored as &quot;%1&quot;</source>
        <translation>已保存为“%1”</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyManager.cpp" line="195"/>
        <source>nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyManager.cpp" line="259"/>
        <source>no key has the id or label &quot;%1&quot;</source>
        <translation>没有 ID 或标签为“%1”的密钥</translation>
    </message>
</context>
<context>
    <name>KeyTableModel</name>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="287"/>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="291"/>
        <source>Disabled: Refresh skips this key</source>
        <translation>已禁用：刷新时跳过此密钥</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="294"/>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="315"/>
        <source>Not refreshed yet</source>
        <translation>尚未刷新</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="298"/>
        <source>May be asked again at %1 (%2)</source>
        <translation>可于 %1 再次查询（%2）</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="300"/>
        <source>May be asked again (since %1)</source>
        <translation>可再次查询（自 %1 起）</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="306"/>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="345"/>
        <source>HTTP status %1</source>
        <translation>HTTP 状态 %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="317"/>
        <source>This key used %1 credits this billing cycle</source>
        <translation>此密钥在本计费周期已用积分 %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="318"/>
        <source>The account used %1 credits of its plan this billing cycle</source>
        <translation>该账户在本计费周期已用套餐积分 %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="323"/>
        <source>%1 of %2 (%3); %4 left</source>
        <translation>已用 %1 / %2（%3），剩余 %4</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="330"/>
        <source>No limit of its own: the plan&apos;s limit applies</source>
        <translation>自身无上限：适用套餐上限</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="331"/>
        <source>No plan limit reported</source>
        <translation>未报告套餐上限</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="334"/>
        <source>Pay-as-you-go: %1</source>
        <translation>按量付费：%1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="339"/>
        <source>Never refreshed</source>
        <translation>从未刷新</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="385"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="387"/>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="389"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="391"/>
        <source>Key usage</source>
        <translation>密钥用量</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="393"/>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="395"/>
        <source>Plan usage</source>
        <translation>套餐用量</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="397"/>
        <source>Last refreshed</source>
        <translation>上次刷新</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="399"/>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="409"/>
        <source>Your name for the key (double-click to rename)</source>
        <translation>您为密钥起的名称（双击可重命名）</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="411"/>
        <source>The key, masked: only its prefix and last characters are ever shown</source>
        <translation>已遮盖的密钥：只显示其前缀和最后几个字符</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="413"/>
        <source>The outcome of the key&apos;s last look-up</source>
        <translation>该密钥最近一次查询的结果</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="415"/>
        <source>Credits this key used in the current billing cycle, against its own limit</source>
        <translation>此密钥在当前计费周期已用的积分，对照其自身上限</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="417"/>
        <source>The plan of the account the key belongs to</source>
        <translation>该密钥所属账户的套餐</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="419"/>
        <source>Credits the whole account used in the current billing cycle, against the plan&apos;s limit</source>
        <translation>整个账户在当前计费周期已用的积分，对照套餐上限</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="421"/>
        <source>When the key was last looked up (exact UTC time in the tooltip)</source>
        <translation>该密钥最近一次查询的时间（工具提示中为精确的 UTC 时间）</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="423"/>
        <source>What went wrong on the last look-up, if anything</source>
        <translation>最近一次查询出现的问题（如有）</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="474"/>
        <source>no limit</source>
        <translation>无上限</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="481"/>
        <source>rate limited until %1</source>
        <translation>受速率限制，直到 %1</translation>
    </message>
</context>
<context>
    <name>MemoryKeychain</name>
    <message>
        <location filename="../models/vault/MemoryKeychain.cpp" line="37"/>
        <location filename="../models/vault/MemoryKeychain.cpp" line="67"/>
        <source>The keychain has no entry named &quot;%1&quot;.</source>
        <translation>系统密钥环中没有名为“%1”的条目。</translation>
    </message>
    <message>
        <location filename="../models/vault/MemoryKeychain.cpp" line="95"/>
        <source>The keychain has no such entry.</source>
        <translation>系统密钥环中没有该条目。</translation>
    </message>
    <message>
        <location filename="../models/vault/MemoryKeychain.cpp" line="97"/>
        <source>No keychain service is available.</source>
        <translation>没有可用的密钥环服务。</translation>
    </message>
    <message>
        <location filename="../models/vault/MemoryKeychain.cpp" line="99"/>
        <source>Access to the keychain was denied.</source>
        <translation>访问系统密钥环被拒绝。</translation>
    </message>
    <message>
        <location filename="../models/vault/MemoryKeychain.cpp" line="103"/>
        <source>The keychain failed.</source>
        <translation>系统密钥环出错。</translation>
    </message>
</context>
<context>
    <name>MetricsEndpoint</name>
    <message>
        <location filename="../app/serve/MetricsEndpoint.cpp" line="60"/>
        <source>--listen takes ADDRESS:PORT, such as 127.0.0.1:9464</source>
        <translation>--listen 的格式为 地址:端口，例如 127.0.0.1:9464</translation>
    </message>
    <message>
        <location filename="../app/serve/MetricsEndpoint.cpp" line="67"/>
        <source>--listen needs an IP address (or localhost), not &quot;%1&quot;</source>
        <translation>--listen 需要 IP 地址（或 localhost），而不是“%1”</translation>
    </message>
</context>
<context>
    <name>NotifyCommands</name>
    <message>
        <location filename="../app/cli/NotifyCommands.cpp" line="30"/>
        <source>SMTP password (input hidden; empty for no login), then Enter: </source>
        <translation>SMTP 密码（输入不回显；留空则不登录），然后按回车键：</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommands.cpp" line="32"/>
        <source>Paste the channel&apos;s URL (input hidden), then press Enter: </source>
        <translation>粘贴通知渠道的 URL（输入不回显），然后按回车键：</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommands.cpp" line="116"/>
        <source>notify add needs --kind webhook, slack, ntfy or email</source>
        <translation>notify add 需要 --kind webhook、slack、ntfy 或 email</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommands.cpp" line="122"/>
        <source>--min-level takes info, warning or critical</source>
        <translation>--min-level 取值为 info、warning 或 critical</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommands.cpp" line="129"/>
        <source>--to and --smtp-* go with --kind email</source>
        <translation>--to 和 --smtp-* 只能与 --kind email 一起使用</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommands.cpp" line="136"/>
        <source>an e-mail channel needs --to ADDRESS and --smtp-host HOST</source>
        <translation>电子邮件通知渠道需要 --to ADDRESS 和 --smtp-host HOST</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommands.cpp" line="151"/>
        <source>added channel %1 (%2, %3 and above, %4)</source>
        <translation>已添加通知渠道 %1（%2，%3 及以上，%4）</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommands.cpp" line="178"/>
        <source>cannot read the channels: %1</source>
        <translation>无法读取通知渠道：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommands.cpp" line="204"/>
        <source>No channels yet. Add one with: quotadeck notify add NAME --kind webhook &lt; url.txt</source>
        <translation>还没有通知渠道。可用以下命令添加：quotadeck notify add NAME --kind webhook &lt; url.txt</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommands.cpp" line="210"/>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommands.cpp" line="210"/>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommands.cpp" line="210"/>
        <source>MIN LEVEL</source>
        <translation>最低级别</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommands.cpp" line="210"/>
        <source>TARGET</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommands.cpp" line="214"/>
        <source>, no login</source>
        <translation>，不登录</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommands.cpp" line="214"/>
        <source>, login %1</source>
        <translation>，登录用户 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommands.cpp" line="237"/>
        <source>no channel is named &quot;%1&quot;</source>
        <translation>没有名为“%1”的通知渠道</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommands.cpp" line="259"/>
        <source>delivered a test message to %1</source>
        <translation>已向 %1 发送一条测试消息</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommands.cpp" line="288"/>
        <source>removed channel %1</source>
        <translation>已移除通知渠道 %1</translation>
    </message>
</context>
<context>
    <name>PassphraseReader</name>
    <message>
        <location filename="../models/keys/PassphraseReader.cpp" line="95"/>
        <source>no team passphrase: give it on standard input or in QUOTADECK_TEAM_PASSPHRASE</source>
        <translation>没有团队口令：请通过标准输入或 QUOTADECK_TEAM_PASSPHRASE 提供</translation>
    </message>
</context>
<context>
    <name>RefreshCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/RefreshCommand.cpp" line="120"/>
        <source>refreshed %n key(s) in %1 s</source>
        <translation>
            <numerusform>已刷新 %n 个密钥，用时 %1 秒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/RefreshCommand.cpp" line="123"/>
        <source>%1 ok, %2 failed, %3 rate limited; %4 asked over the network (%5 ok), %6 from the cache, %7 joined a look-up in flight, %8 held back</source>
        <translation>成功 %1 个，失败 %2 个，受速率限制 %3 个；经网络查询 %4 个（成功 %5 个），来自缓存 %6 个，并入进行中的查询 %7 个，暂缓 %8 个</translation>
    </message>
    <message>
        <location filename="../app/cli/RefreshCommand.cpp" line="133"/>
        <source>%1: %2</source>
        <comment>refreshed keys: counts</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/RefreshCommand.cpp" line="136"/>
        <source>%1 &quot;%2&quot;: %3 — %4</source>
        <comment>id label: status — message</comment>
        <translation>%1“%2”：%3 — %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/RefreshCommand.cpp" line="147"/>
        <source>refresh interrupted; the %n answer(s) that had arrived were saved</source>
        <translation>
            <numerusform>刷新已中断；已保存收到的 %n 个应答</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefreshEngine</name>
    <message>
        <location filename="../models/refresh/RunLifecycle.cpp" line="37"/>
        <source>the keychain is not open yet</source>
        <translation>系统密钥环尚未打开</translation>
    </message>
    <message>
        <location filename="../models/refresh/RunLifecycle.cpp" line="39"/>
        <location filename="../models/refresh/RunLifecycle.cpp" line="93"/>
        <source>keys cannot be refreshed: %1</source>
        <translation>无法刷新密钥：%1</translation>
    </message>
    <message>
        <location filename="../models/refresh/RunLifecycle.cpp" line="99"/>
        <source>keys cannot be refreshed: the store&apos;s data key has changed since this keychain key was opened (the team key was set up again); join the team again</source>
        <translation>无法刷新密钥：自打开此密钥环中的密钥以来，数据库的数据密钥已更改（团队密钥已重新设置）；请重新加入团队</translation>
    </message>
    <message>
        <location filename="../models/refresh/RunLifecycle.cpp" line="108"/>
        <source>the refresh was cancelled before it asked about any key</source>
        <translation>刷新在查询任何密钥之前已取消</translation>
    </message>
    <message>
        <location filename="../models/refresh/RunLifecycle.cpp" line="133"/>
        <source>waiting for another instance&apos;s refresh of this store to finish (giving up after %1 s)...</source>
        <translation>正在等待另一个实例完成此数据库的刷新（%1 秒后放弃）……</translation>
    </message>
    <message>
        <location filename="../models/refresh/RunLifecycle.cpp" line="340"/>
        <source>gave up after %1 s waiting for another instance&apos;s refresh of this store to finish; no key was asked or changed</source>
        <translation>等待另一个实例完成此数据库的刷新 %1 秒后放弃；没有查询或更改任何密钥</translation>
    </message>
    <message>
        <location filename="../models/refresh/RunLifecycle.cpp" line="345"/>
        <source>another instance is refreshing this store and refresh/lock_wait_seconds is 0; no key was asked or changed</source>
        <translation>另一个实例正在刷新此数据库，且 refresh/lock_wait_seconds 为 0；没有查询或更改任何密钥</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="59"/>
        <source>cannot read the usage history: %1</source>
        <translation>无法读取用量历史：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="116"/>
        <source>report needs --output FILE (- for standard output)</source>
        <translation>report 需要 --output FILE（- 表示标准输出）</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="123"/>
        <source>report needs --format csv, json or pdf</source>
        <translation>report 需要 --format csv、json 或 pdf</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="124"/>
        <source>unknown report format &quot;%1&quot; (csv, json or pdf)</source>
        <translation>未知的报告格式“%1”（csv、json 或 pdf）</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="130"/>
        <source>unknown table &quot;%1&quot; (keys, accounts, runs, alerts or summary)</source>
        <translation>未知的表“%1”（keys、accounts、runs、alerts 或 summary）</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="133"/>
        <source>--table goes with --format csv (JSON and PDF hold every table)</source>
        <translation>--table 只能与 --format csv 一起使用（JSON 和 PDF 包含所有表）</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="136"/>
        <source>a PDF report needs a file name, not standard output</source>
        <translation>PDF 报告需要文件名，不能输出到标准输出</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="169"/>
        <source>cannot write to standard output</source>
        <translation>无法写入标准输出</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="183"/>
        <source>wrote the %1 report of %2 to %3
</source>
        <translation>已将 %2 的 %1 报告写入 %3
</translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="126"/>
        <source>cannot read the refresh runs: %1</source>
        <translation>无法读取刷新运行记录：%1</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="146"/>
        <source>cannot read the look-ups: %1</source>
        <translation>无法读取查询记录：%1</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="169"/>
        <source>cannot read the alerts: %1</source>
        <translation>无法读取告警：%1</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="184"/>
        <location filename="../models/reports/ReportData.cpp" line="231"/>
        <location filename="../models/reports/ReportData.cpp" line="279"/>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="186"/>
        <location filename="../models/reports/ReportData.cpp" line="307"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="187"/>
        <location filename="../models/reports/ReportData.cpp" line="310"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="188"/>
        <location filename="../models/reports/ReportData.cpp" line="309"/>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="189"/>
        <location filename="../models/reports/ReportData.cpp" line="229"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="190"/>
        <location filename="../models/reports/ReportData.cpp" line="230"/>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="191"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="192"/>
        <source>Usage</source>
        <translation>用量</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="193"/>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="194"/>
        <location filename="../models/reports/ReportData.cpp" line="234"/>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="196"/>
        <location filename="../models/reports/ReportData.cpp" line="238"/>
        <source>Credits/day</source>
        <translation>积分/天</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="200"/>
        <location filename="../models/reports/ReportData.cpp" line="247"/>
        <source>Runs out (UTC)</source>
        <translation>耗尽时间（UTC）</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="202"/>
        <location filename="../models/reports/ReportData.cpp" line="249"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="203"/>
        <source>Conf.</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="205"/>
        <source>Last refreshed (UTC)</source>
        <translation>上次刷新（UTC）</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="227"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="232"/>
        <source>Plan usage</source>
        <translation>套餐用量</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="233"/>
        <source>Plan limit</source>
        <translation>套餐上限</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="235"/>
        <source>Paygo</source>
        <translation>按量付费</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="236"/>
        <source>Paygo lim.</source>
        <translation>按量付费上限</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="242"/>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="244"/>
        <source>80% low</source>
        <translation>80% 下界</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="245"/>
        <source>80% high</source>
        <translation>80% 上界</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="250"/>
        <source>Cycle end (UTC)</source>
        <translation>周期结束（UTC）</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="273"/>
        <source>Refresh runs</source>
        <translation>刷新运行</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="275"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="276"/>
        <source>Started (UTC)</source>
        <translation>开始时间（UTC）</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="277"/>
        <source>Finished (UTC)</source>
        <translation>结束时间（UTC）</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="278"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="280"/>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="281"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="282"/>
        <source>Cache</source>
        <translation>缓存</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="283"/>
        <source>Coalesced</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="285"/>
        <source>Rate limited</source>
        <translation>受速率限制</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="287"/>
        <source>Wall ms</source>
        <translation>耗时（毫秒）</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="305"/>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="308"/>
        <source>Raised (UTC)</source>
        <translation>触发时间（UTC）</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="311"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="313"/>
        <source>Cycle start (UTC)</source>
        <translation>周期开始（UTC）</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="315"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="316"/>
        <source>Ack.</source>
        <translation>已读</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="330"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="331"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="332"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <location filename="../models/reports/ReportFile.cpp" line="12"/>
        <source>cannot write the report to %1: it is a folder</source>
        <translation>无法将报告写入 %1：它是一个文件夹</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportFile.cpp" line="17"/>
        <location filename="../models/reports/ReportFile.cpp" line="24"/>
        <location filename="../models/reports/ReportFile.cpp" line="29"/>
        <source>cannot write the report to %1: %2</source>
        <translation>无法将报告写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <location filename="../models/reports/ReportFormat.cpp" line="55"/>
        <source>a PDF report is painted by the window library, not written as text</source>
        <translation>PDF 报告由窗口库绘制，不能作为文本写出</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <location filename="../models/reports/ReportPeriod.cpp" line="42"/>
        <source>cannot read the time &quot;%1&quot; (use an ISO 8601 date or time such as 2026-11-01 or 2026-11-01T08:00Z, &quot;now&quot;, or a span back from now such as 7d, 12h, 30m, 2w)</source>
        <translation>无法识别时间“%1”（请使用 ISO 8601 日期或时间，如 2026-11-01 或 2026-11-01T08:00Z，或 &quot;now&quot;，或从现在往回的时长，如 7d、12h、30m、2w）</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportPeriod.cpp" line="75"/>
        <source>the period is empty: --since (%1) is not before --until (%2)</source>
        <translation>时间段为空：--since（%1）不早于 --until（%2）</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportPeriod.cpp" line="112"/>
        <source>%1 – %2 UTC</source>
        <comment>a period</comment>
        <translation>%1 – %2（UTC）</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="48"/>
        <source>cannot read the token file %1: %2</source>
        <translation>无法读取令牌文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="53"/>
        <source>the token file %1 is readable by others; chmod 600 it</source>
        <translation>令牌文件 %1 可被他人读取；请对其执行 chmod 600</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="63"/>
        <source>the token in %1 must be one word of at least 16 characters</source>
        <translation>%1 中的令牌必须是至少 16 个字符的单个词</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="149"/>
        <source>auto-refresh is off in the settings (refresh/auto_refresh_minutes): serving metrics and alerts of refreshes made elsewhere</source>
        <translation>设置中已关闭自动刷新（refresh/auto_refresh_minutes）：仅提供其他地方刷新所产生的指标和告警</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="167"/>
        <source>no keychain (%1): serving metrics and checking alerts from the store without refreshing</source>
        <translation>没有系统密钥环（%1）：只根据数据库提供指标并检查告警，不进行刷新</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="233"/>
        <source>--listen on an address other than loopback needs --token-file FILE (a bearer token every request must carry)</source>
        <translation>在回环以外的地址上使用 --listen 需要 --token-file FILE（每个请求都须携带的 Bearer 令牌）</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="255"/>
        <source>cannot listen on %1:%2: %3</source>
        <translation>无法监听 %1:%2：%3</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="278"/>
        <source>serving /metrics and /healthz on http://%1:%2</source>
        <translation>正在 http://%1:%2 上提供 /metrics 和 /healthz</translation>
    </message>
</context>
<context>
    <name>SystemKeychain</name>
    <message>
        <location filename="../models/vault/SystemKeychain.cpp" line="173"/>
        <source>The keyring that holds &quot;%1&quot; is locked: unlock it (log in again, or open it in your keyring manager), then try again.</source>
        <translation>保存“%1”的密钥环已锁定：请解锁（重新登录，或在密钥环管理器中打开），然后重试。</translation>
    </message>
    <message>
        <location filename="../models/vault/SystemKeychain.cpp" line="269"/>
        <source>The %1 has no entry named &quot;%2&quot;.</source>
        <translation>%1 中没有名为“%2”的条目。</translation>
    </message>
    <message>
        <location filename="../models/vault/SystemKeychain.cpp" line="273"/>
        <source>No system keychain is available (no Secret Service on D-Bus).</source>
        <translation>没有可用的系统密钥环（D-Bus 上没有 Secret Service）。</translation>
    </message>
    <message>
        <location filename="../models/vault/SystemKeychain.cpp" line="275"/>
        <source>No system keychain is available.</source>
        <translation>没有可用的系统密钥环。</translation>
    </message>
    <message>
        <location filename="../models/vault/SystemKeychain.cpp" line="279"/>
        <source>The %1 denied access to &quot;%2&quot;; unlock the keyring when asked.</source>
        <translation>%1 拒绝访问“%2”；请在提示时解锁密钥环。</translation>
    </message>
    <message>
        <location filename="../models/vault/SystemKeychain.cpp" line="284"/>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <location filename="../models/vault/SystemKeychain.cpp" line="287"/>
        <source>The %1 reported an error: %2</source>
        <translation>%1 报告了错误：%2</translation>
    </message>
</context>
<context>
    <name>TeamCommands</name>
    <message>
        <location filename="../app/cli/TeamCommands.cpp" line="83"/>
        <source>team mode needs a shared PostgreSQL store: add --db postgresql://user@host:port/database (see quotadeck --help)</source>
        <translation>团队模式需要共享的 PostgreSQL 数据库：请加上 --db postgresql://user@host:port/database（参见 quotadeck --help）</translation>
    </message>
    <message>
        <location filename="../app/cli/TeamCommands.cpp" line="90"/>
        <source>%1 is not a team store yet; an admin sets it up with: quotadeck team init</source>
        <translation>%1 还不是团队数据库；管理员可用以下命令设置：quotadeck team init</translation>
    </message>
    <message>
        <location filename="../app/cli/TeamCommands.cpp" line="94"/>
        <location filename="../app/cli/TeamCommands.cpp" line="182"/>
        <source>Team passphrase: </source>
        <translation>团队口令：</translation>
    </message>
    <message>
        <location filename="../app/cli/TeamCommands.cpp" line="105"/>
        <source>joined the team store %1: this keychain now holds its team key
</source>
        <translation>已加入团队数据库 %1：此密钥环现已保存其团队密钥
</translation>
    </message>
    <message>
        <location filename="../app/cli/TeamCommands.cpp" line="114"/>
        <source>%1 is already a team store; join it with quotadeck team join, or change its passphrase with quotadeck team passphrase</source>
        <translation>%1 已是团队数据库；请用 quotadeck team join 加入，或用 quotadeck team passphrase 更改其口令</translation>
    </message>
    <message>
        <location filename="../app/cli/TeamCommands.cpp" line="120"/>
        <source>%1 is not a team store yet; set it up with: quotadeck team init</source>
        <translation>%1 还不是团队数据库；请用以下命令设置：quotadeck team init</translation>
    </message>
    <message>
        <location filename="../app/cli/TeamCommands.cpp" line="124"/>
        <source>New team passphrase: </source>
        <translation>新的团队口令：</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/TeamCommands.cpp" line="135"/>
        <source>team store ready at %1: %n key(s) re-sealed under the new team key; every other admin runs: quotadeck --db %1 team join
</source>
        <translation>
            <numerusform>团队数据库 %1 已就绪：%n 个密钥已用新的团队密钥重新封存；其他每位管理员请运行：quotadeck --db %1 team join
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/TeamCommands.cpp" line="141"/>
        <source>team passphrase changed for %1: the team key is the same, so every admin who joined keeps working; the new passphrase is what the next admin joins with
</source>
        <translation>已更改 %1 的团队口令：团队密钥不变，已加入的管理员照常工作；之后加入的管理员使用新口令
</translation>
    </message>
    <message>
        <location filename="../app/cli/TeamCommands.cpp" line="155"/>
        <source>migrate copies a local SQLite store; this one is already %1</source>
        <translation>migrate 用于复制本地 SQLite 数据库；此数据库已是 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/TeamCommands.cpp" line="159"/>
        <source>migrate needs --to postgresql://user@host:port/database</source>
        <translation>migrate 需要 --to postgresql://user@host:port/database</translation>
    </message>
    <message>
        <location filename="../app/cli/TeamCommands.cpp" line="274"/>
        <source>the store was copied, but the team key cannot be kept in the keychain (%1); run quotadeck team join on it</source>
        <translation>数据库已复制，但团队密钥无法保存到系统密钥环（%1）；请对其运行 quotadeck team join</translation>
    </message>
    <message>
        <location filename="../app/cli/TeamCommands.cpp" line="278"/>
        <source>copied %1 to %2 (verified):
</source>
        <translation>已将 %1 复制到 %2（已校验）：
</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/TeamCommands.cpp" line="282"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/TeamCommands.cpp" line="285"/>
        <source>keys are sealed under the team key; other admins run: quotadeck --db %1 team join
</source>
        <translation>密钥已用团队密钥封存；其他管理员请运行：quotadeck --db %1 team join
</translation>
    </message>
</context>
<context>
    <name>TeamSecrets</name>
    <message>
        <location filename="../models/keys/TeamSecrets.cpp" line="132"/>
        <source>the team passphrase must be at least %1 characters long</source>
        <translation>团队口令至少需要 %1 个字符</translation>
    </message>
    <message>
        <location filename="../models/keys/TeamSecrets.cpp" line="142"/>
        <source>the store&apos;s present data key is not open, so its keys cannot be re-sealed</source>
        <translation>数据库当前的数据密钥未打开，无法重新封存其中的密钥</translation>
    </message>
    <message>
        <location filename="../models/keys/TeamSecrets.cpp" line="152"/>
        <source>this keychain does not hold the store&apos;s team key; join the team first</source>
        <translation>此密钥环中没有该数据库的团队密钥；请先加入团队</translation>
    </message>
    <message>
        <location filename="../models/keys/TeamSecrets.cpp" line="161"/>
        <source>the team passphrase is not right</source>
        <translation>团队口令不正确</translation>
    </message>
    <message>
        <location filename="../models/keys/TeamSecrets.cpp" line="170"/>
        <source>the cryptography library (libsodium) failed to start</source>
        <translation>密码库（libsodium）启动失败</translation>
    </message>
    <message>
        <location filename="../models/keys/TeamSecrets.cpp" line="183"/>
        <source>the team key cannot be derived (not enough memory for Argon2id)</source>
        <translation>无法派生团队密钥（Argon2id 所需内存不足）</translation>
    </message>
    <message>
        <location filename="../models/keys/TeamSecrets.cpp" line="205"/>
        <source>this store is not a team store yet (set it up with: quotadeck team init)</source>
        <translation>此数据库还不是团队数据库（请用 quotadeck team init 设置）</translation>
    </message>
    <message>
        <location filename="../models/keys/TeamSecrets.cpp" line="215"/>
        <source>the store&apos;s team key record is unreadable</source>
        <translation>无法读取数据库的团队密钥记录</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <location filename="../models/core/TimeText.cpp" line="19"/>
        <location filename="../models/core/TimeText.cpp" line="50"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../models/core/TimeText.cpp" line="25"/>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <location filename="../models/core/TimeText.cpp" line="31"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../models/core/TimeText.cpp" line="33"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../models/core/TimeText.cpp" line="37"/>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../models/core/TimeText.cpp" line="42"/>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <location filename="../models/core/TimeText.cpp" line="42"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../models/core/TimeText.cpp" line="44"/>
        <source>in %1</source>
        <translation>%1后</translation>
    </message>
    <message>
        <location filename="../models/core/TimeText.cpp" line="44"/>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../models/vault/Vault.cpp" line="122"/>
        <source>The vault cannot work because the cryptography library (libsodium) failed to start.</source>
        <translation>密码库（libsodium）启动失败，密钥保管库无法工作。</translation>
    </message>
    <message>
        <location filename="../models/vault/Vault.cpp" line="126"/>
        <source>The vault has no keychain to keep its data key in, so QuotaDeck will not store keys.</source>
        <translation>密钥保管库没有可保存数据密钥的系统密钥环，因此 QuotaDeck 不会保存密钥。</translation>
    </message>
    <message>
        <location filename="../models/vault/Vault.cpp" line="130"/>
        <source>The vault cannot be opened: the store has no identifier to name its keychain entry.</source>
        <translation>无法打开密钥保管库：数据库没有可用于命名密钥环条目的标识符。</translation>
    </message>
    <message>
        <location filename="../models/vault/Vault.cpp" line="152"/>
        <source>The keychain entry &quot;%1&quot; does not hold a valid QuotaDeck data key, so this store&apos;s keys cannot be opened. Restore the original keychain entry, or delete it and enter the keys again.</source>
        <translation>系统密钥环条目“%1”中没有有效的 QuotaDeck 数据密钥，因此无法打开此数据库中的密钥。请恢复原来的密钥环条目，或删除该条目并重新输入密钥。</translation>
    </message>
    <message>
        <location filename="../models/vault/Vault.cpp" line="166"/>
        <source>This is a team store and this keychain does not hold its team key yet: %1</source>
        <translation>这是团队数据库，而此密钥环中还没有它的团队密钥：%1</translation>
    </message>
    <message>
        <location filename="../models/vault/Vault.cpp" line="173"/>
        <source>The keychain has no data key for this store (entry &quot;%1&quot;), so its saved API keys cannot be opened. Restore that keychain entry, for example from a backup of your keyring, or remove the keys and enter them again.</source>
        <translation>系统密钥环中没有此数据库的数据密钥（条目“%1”），因此无法打开已保存的 API 密钥。请恢复该密钥环条目（例如从密钥环备份中恢复），或移除这些密钥后重新输入。</translation>
    </message>
    <message>
        <location filename="../models/vault/Vault.cpp" line="214"/>
        <source>The store cannot record its new data key: %1</source>
        <translation>数据库无法记录新的数据密钥：%1</translation>
    </message>
    <message>
        <location filename="../models/vault/Vault.cpp" line="224"/>
        <source>Another QuotaDeck created this store&apos;s data key at the same moment, but its keychain entry (&quot;%1&quot;) did not appear. Try again.</source>
        <translation>另一个 QuotaDeck 同时创建了此数据库的数据密钥，但其系统密钥环条目（“%1”）没有出现。请重试。</translation>
    </message>
    <message>
        <location filename="../models/vault/Vault.cpp" line="306"/>
        <source>The team key of this store has changed since this keychain learnt it: %1</source>
        <translation>自此密钥环获得团队密钥以来，此数据库的团队密钥已更改：%1</translation>
    </message>
    <message>
        <location filename="../models/vault/Vault.cpp" line="310"/>
        <source>The keychain holds a different data key for this store (entry &quot;%1&quot;), so its saved API keys cannot be opened. Restore the original keychain entry, or remove the keys and enter them again.</source>
        <translation>系统密钥环中保存的是此数据库的另一个数据密钥（条目“%1”），因此无法打开已保存的 API 密钥。请恢复原来的密钥环条目，或移除这些密钥后重新输入。</translation>
    </message>
    <message>
        <location filename="../models/vault/Vault.cpp" line="338"/>
        <source>run &quot;quotadeck team join&quot; with the team passphrase (from standard input or QUOTADECK_TEAM_PASSPHRASE) to refresh or add keys; listing keys and the charts work meanwhile.</source>
        <translation>请用团队口令（来自标准输入或 QUOTADECK_TEAM_PASSPHRASE）运行 &quot;quotadeck team join&quot;，之后才能刷新或添加密钥；在此之前仍可列出密钥和查看图表。</translation>
    </message>
    <message>
        <location filename="../models/vault/Vault.cpp" line="353"/>
        <source>The vault cannot be opened with that key.</source>
        <translation>无法用该密钥打开密钥保管库。</translation>
    </message>
    <message>
        <location filename="../models/vault/Vault.cpp" line="417"/>
        <source>No system keychain is available (no Secret Service on D-Bus): QuotaDeck will not store keys without one. Start a Secret Service provider such as GNOME Keyring or KWallet, then try again.</source>
        <translation>没有可用的系统密钥环（D-Bus 上没有 Secret Service）：没有它，QuotaDeck 不会保存密钥。请启动 GNOME Keyring 或 KWallet 等 Secret Service 提供程序，然后重试。</translation>
    </message>
    <message>
        <location filename="../models/vault/Vault.cpp" line="420"/>
        <source>No system keychain is available: QuotaDeck will not store keys without one.</source>
        <translation>没有可用的系统密钥环：没有它，QuotaDeck 不会保存密钥。</translation>
    </message>
    <message>
        <location filename="../models/vault/Vault.cpp" line="423"/>
        <source>The system keychain refused access to QuotaDeck&apos;s data key: unlock your keyring (or the collection that holds it) when asked, then try again.</source>
        <translation>系统密钥环拒绝访问 QuotaDeck 的数据密钥：请在提示时解锁密钥环（或保存它的集合），然后重试。</translation>
    </message>
    <message>
        <location filename="../models/vault/Vault.cpp" line="430"/>
        <source>QuotaDeck could not save a new data key in the system keychain.</source>
        <translation>QuotaDeck 无法在系统密钥环中保存新的数据密钥。</translation>
    </message>
    <message>
        <location filename="../models/vault/Vault.cpp" line="431"/>
        <source>QuotaDeck could not read its data key from the system keychain.</source>
        <translation>QuotaDeck 无法从系统密钥环读取其数据密钥。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="62"/>
        <source>the demo cannot start: %1</source>
        <translation>演示无法启动：%1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="99"/>
        <source>the demo&apos;s history could not be written: %1</source>
        <translation>无法写入演示的历史数据：%1</translation>
    </message>
</context>
</TS>
