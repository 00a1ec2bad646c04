<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AlertTableModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="81"/>
        <source>%1 (%n attempt(s)): %2</source>
        <translation>
            <numerusform>%1（%n 次嘗試）：%2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="101"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="103"/>
        <source>Key</source>
        <translation>金鑰</translation>
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
        <translation>詳細資料</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="118"/>
        <source>Usage over the alert threshold</source>
        <translation>用量超過警示門檻</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="120"/>
        <source>Runs out before the cycle ends</source>
        <translation>將在週期結束前耗盡</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="122"/>
        <source>Turned invalid</source>
        <translation>已失效</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="124"/>
        <source>Turned exhausted</source>
        <translation>已耗盡</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="126"/>
        <source>Recovered</source>
        <translation>已還原</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="128"/>
        <source>Unusual usage</source>
        <translation>用量異常</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="139"/>
        <source>%1: sent</source>
        <translation>%1：已傳送</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="142"/>
        <source>%1: failed</source>
        <translation>%1：失敗</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="145"/>
        <source>%1: retrying</source>
        <translation>%1：正在重試</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="145"/>
        <source>%1: waiting</source>
        <translation>%1：等待中</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/AlertTableModel.cpp" line="148"/>
        <source>%1: sending</source>
        <translation>%1：正在傳送</translation>
    </message>
</context>
<context>
    <name>ApiKey</name>
    <message>
        <location filename="../models/tavily/ApiKey.cpp" line="42"/>
        <source>The key is empty.</source>
        <translation>金鑰為空。</translation>
    </message>
    <message>
        <location filename="../models/tavily/ApiKey.cpp" line="44"/>
        <source>Not a Tavily key (it must start with tvly-).</source>
        <translation>不是 Tavily 金鑰（必須以 tvly- 開頭）。</translation>
    </message>
    <message>
        <location filename="../models/tavily/ApiKey.cpp" line="47"/>
        <source>The key contains a character that is not a letter, a digit, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>金鑰包含字母、數字、「-」和「_」以外的字元。</translation>
    </message>
    <message>
        <location filename="../models/tavily/ApiKey.cpp" line="51"/>
        <source>The key is too short (a Tavily key has at least %1 characters).</source>
        <translation>金鑰過短（Tavily 金鑰至少 %1 個字元）。</translation>
    </message>
    <message>
        <location filename="../models/tavily/ApiKey.cpp" line="54"/>
        <source>The key is too long (a Tavily key has at most %1 characters).</source>
        <translation>金鑰過長（Tavily 金鑰最多 %1 個字元）。</translation>
    </message>
    <message>
        <location filename="../models/tavily/ApiKey.cpp" line="110"/>
        <source>the label looks like an API key (tvly- and 16 or more letters or digits); give the key on its own, with a label that is not a key</source>
        <translation>標籤看起來像 API 金鑰（tvly- 加 16 個或更多字母或數字）；請單獨提供金鑰，並使用不是金鑰的標籤</translation>
    </message>
</context>
<context>
    <name>CommandJob</name>
    <message>
        <location filename="../app/cli/CommandJob.cpp" line="58"/>
        <source>the history could not be rolled up, so accounts may be out of date: %1</source>
        <translation>歷史資料無法彙總，帳戶資料可能不是最新的：%1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="121"/>
        <source>%1 needs a value</source>
        <translation>%1 需要一個值</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="130"/>
        <source>--smtp-port takes a port from 1 to 65535</source>
        <translation>--smtp-port 取值為 1 到 65535 的埠號</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="137"/>
        <source>--concurrency takes a whole number from 1 to 256</source>
        <translation>--concurrency 取值為 1 到 256 的整數</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="147"/>
        <source>unknown option %1 (see quotadeck --help)</source>
        <translation>未知選項 %1（參見 quotadeck --help）</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="157"/>
        <source>%1 goes with a command (see quotadeck --help)</source>
        <translation>%1 需要與命令一起使用（參見 quotadeck --help）</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="174"/>
        <source>unknown notify command &quot;%1&quot; (add, list, test, remove)</source>
        <translation>未知的 notify 子命令「%1」（add、list、test、remove）</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="176"/>
        <source>notify needs a command: add, list, test or remove</source>
        <translation>notify 需要一個子命令：add、list、test 或 remove</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="179"/>
        <source>unknown keys command &quot;%1&quot; (add, import, list, remove, enable, disable)</source>
        <translation>未知的 keys 子命令「%1」（add、import、list、remove、enable、disable）</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="182"/>
        <source>keys needs a command: add, import, list, remove, enable or disable</source>
        <translation>keys 需要一個子命令：add、import、list、remove、enable 或 disable</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="185"/>
        <source>unknown command &quot;%1&quot; (see quotadeck --help)</source>
        <translation>未知命令「%1」（參見 quotadeck --help）</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="193"/>
        <source>quotadeck %1 needs %2</source>
        <translation>quotadeck %1 需要%2</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="196"/>
        <source>a file name (or - for standard input)</source>
        <translation>一個檔名（或用 - 表示標準輸入）</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="198"/>
        <source>a channel name</source>
        <translation>一個通知管道名稱</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="199"/>
        <source>a key id or label</source>
        <translation>一個金鑰 ID 或標籤</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="203"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>多餘的參數「%1」</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="206"/>
        <source>keys add reads the key from standard input, never from the command line</source>
        <translation>keys add 只從標準輸入讀取金鑰，絕不從命令列讀取</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="210"/>
        <source>notify add reads the URL (or the SMTP password) from standard input, never from the command line</source>
        <translation>notify add 只從標準輸入讀取 URL（或 SMTP 密碼），絕不從命令列讀取</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="219"/>
        <source>%1 does not go with quotadeck %2</source>
        <translation>%1 不能與 quotadeck %2 一起使用</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="226"/>
        <source>--demo opens the window; it does not go with a command</source>
        <translation>--demo 會開啟視窗，不能與命令一起使用</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="230"/>
        <source>--lang takes a language such as en, zh_CN or zh_TW, not &quot;%1&quot;</source>
        <translation>--lang 需要一種語言，如 en、zh_CN 或 zh_TW，而不是「%1」</translation>
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
        <translation>用法：quotadeck [全域選項] [命令]

將一組 Tavily API 金鑰封存在系統金鑰圈中，並重新整理它們的配額。
不帶命令時開啟視窗。

全域選項：
  --data-dir DIR     資料庫所在位置（預設：%1）
  --db URL           資料庫檔案、sqlite:///path，或團隊共用資料庫
                     postgresql://user@host:port/db（預設：DIR/quotadeck.sqlite）
  --api-base URL     Tavily API 位址（預設：https://api.tavily.com）
  --demo             開啟視窗，使用內建的本機用量伺服器和範例金鑰，
                     資料放在用完即刪的暫存目錄中
  --version, --help

命令：
  keys add [--label LABEL]     從標準輸入讀取一個金鑰並封存儲存
  keys import FILE|-           匯入 `key`、`label,key` 或 `NAME=tvly-...` 格式的行
  keys list [--json]           列出金鑰（已遮蔽）、狀態和用量
  keys remove ID|LABEL         移除金鑰及其封存的密文
  keys enable|disable ID|LABEL
  refresh [--force] [--concurrency N] [--json]
                               重新整理所有已啟用金鑰的配額
  forecast [--json] [--lang LANG]
                               依金鑰和帳戶列出：每日點數、到週期末的預計用量
                               及其 80% 區間、預計耗盡時間、等級和信賴度
  report --format csv|json|pdf --output FILE|- [--since T] [--until T] [--table TABLE]
         [--lang LANG]
                               某一期間的報告（預設：目前計費週期至今）；
                               T：2026-11-01、2026-11-01T08:00Z、now、7d、12h、30m、2w（從現在往回）；
                               CSV 只包含一個 TABLE：keys（預設）、accounts、runs 或 alerts
  --lang LANG                  報告或預測中標籤、日期和數字所用的語言
                               （en、zh_CN、zh_TW；預設：系統地區設定，即 LANG/LC_ALL）；
                               JSON、CSV 表頭和結束代碼不隨語言改變
  team init|join|passphrase    在共用 PostgreSQL 資料庫上使用團隊模式（--db postgresql://...）：
                               設定團隊通關密語、用通關密語加入或變更通關密語；通關密語
                               來自標準輸入或 QUOTADECK_TEAM_PASSPHRASE
  migrate --to postgresql://user@host:port/db
                               將此 SQLite 資料庫（含歷史資料）複製到一個空的共用資料庫，
                               金鑰以團隊金鑰重新封存，並核對列數
  notify add NAME --kind webhook|slack|ntfy [--min-level info|warning|critical] &lt; url.txt
  notify add NAME --kind email --to ADDRESS --smtp-host HOST [--smtp-port N] [--smtp-user U]
             [--min-level LEVEL] &lt; smtp-password.txt   （輸入為空：不登入）
                               新增警示通知管道；URL 或密碼像金鑰一樣封存
  notify list [--json]         列出通知管道，URL 已遮蔽
  notify test NAME             傳送一則測試訊息（送達時結束代碼為 0，否則為 1 並顯示回應）
  notify remove NAME
  serve [--listen ADDR:PORT] [--token-file FILE]
                               無介面執行：自動重新整理、警示、通知，並在 ADDR:PORT（預設
                               127.0.0.1:9464）上提供 /metrics 和 /healthz；迴路以外的位址
                               需要 --token-file（Bearer 權杖）

結束代碼：0 成功，2 用法或輸入有誤，3 重新整理完成但有金鑰失敗，
1 其他錯誤。
</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../app/cli/Commands.cpp" line="119"/>
        <source>quotadeck %1 is not available in this version yet</source>
        <translation>此版本尚不支援 quotadeck %1</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../app/cli/Demo.cpp" line="39"/>
        <source>cannot create a temporary data folder for the demo</source>
        <translation>無法為示範建立暫存資料資料夾</translation>
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
        <translation>已耗盡</translation>
    </message>
    <message>
        <location filename="../models/analytics/Figures.cpp" line="26"/>
        <source>invalid</source>
        <comment>key status</comment>
        <translation>無效</translation>
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
        <translation>錯誤</translation>
    </message>
    <message>
        <location filename="../models/analytics/Figures.cpp" line="32"/>
        <source>disabled</source>
        <comment>key status</comment>
        <translation>已停用</translation>
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
        <translation>嚴重</translation>
    </message>
    <message>
        <location filename="../models/analytics/Figures.cpp" line="49"/>
        <source>exhausted</source>
        <comment>forecast level</comment>
        <translation>已耗盡</translation>
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
            <numerusform>另 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/analytics/Figures.cpp" line="88"/>
        <source>Account</source>
        <translation>帳戶</translation>
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
        <translation>金鑰</translation>
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
        <translation>週期末預計</translation>
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
        <translation>耗盡時間（UTC）</translation>
    </message>
    <message>
        <location filename="../models/analytics/ForecastTable.cpp" line="36"/>
        <source>LEVEL</source>
        <translation>等級</translation>
    </message>
    <message>
        <location filename="../models/analytics/ForecastTable.cpp" line="37"/>
        <source>CONFIDENCE</source>
        <translation>信賴度</translation>
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
        <translation>%1（歷史資料太少）</translation>
    </message>
    <message>
        <location filename="../models/analytics/ForecastTable.cpp" line="67"/>
        <source>account: %1</source>
        <translation>帳戶：%1</translation>
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
        <translation>此版本尚不支援 quotadeck %1</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="81"/>
        <source>No keys yet. Add one with: quotadeck keys add --label NAME &lt; keyfile</source>
        <translation>還沒有金鑰。可用以下命令新增：quotadeck keys add --label NAME &lt; keyfile</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="87"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="88"/>
        <source>LABEL</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="89"/>
        <source>KEY</source>
        <translation>金鑰</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="90"/>
        <source>STATUS</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="91"/>
        <source>KEY USAGE</source>
        <translation>金鑰用量</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="92"/>
        <source>PLAN USAGE</source>
        <translation>方案用量</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="93"/>
        <source>LAST REFRESHED</source>
        <translation>上次重新整理</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="101"/>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="124"/>
        <source>removed key %1 &quot;%2&quot; (%3)</source>
        <translation>已移除金鑰 %1「%2」（%3）</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="125"/>
        <source>enabled key %1 &quot;%2&quot; (%3)</source>
        <translation>已啟用金鑰 %1「%2」（%3）</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="126"/>
        <source>disabled key %1 &quot;%2&quot; (%3)</source>
        <translation>已停用金鑰 %1「%2」（%3）</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="144"/>
        <source>Paste the Tavily API key (input hidden), then press Enter: </source>
        <translation>貼上 Tavily API 金鑰（輸入不回顯），然後按 Enter 鍵：</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="146"/>
        <source>no key arrived on standard input</source>
        <translation>標準輸入中沒有收到金鑰</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="154"/>
        <source>added key %1 &quot;%2&quot; (%3)</source>
        <translation>已新增金鑰 %1「%2」（%3）</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="168"/>
        <source>cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/KeyCommands.cpp" line="173"/>
        <source>%1 is larger than %2 MiB; split it</source>
        <translation>%1 大於 %2 MiB，請拆分後再匯入</translation>
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
            <numerusform>已匯入 %n 個金鑰</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/KeyCommands.cpp" line="206"/>
        <source>%n line(s) rejected</source>
        <translation>
            <numerusform>拒絕 %n 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyImportParser</name>
    <message>
        <location filename="../models/keys/KeyImportParser.cpp" line="63"/>
        <source>the label is not valid UTF-8 text</source>
        <translation>標籤不是有效的 UTF-8 文字</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyImportParser.cpp" line="70"/>
        <source>the label has an opening quote but no closing quote</source>
        <translation>標籤有開引號但沒有閉引號</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyImportParser.cpp" line="78"/>
        <source>a quote inside the quoted label is not doubled (write &quot;&quot;)</source>
        <translation>帶引號的標籤中的引號沒有成對書寫（請寫成 &quot;&quot;）</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyImportParser.cpp" line="90"/>
        <source>the label contains control characters</source>
        <translation>標籤包含控制字元</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyImportParser.cpp" line="95"/>
        <source>the label is longer than %1 characters</source>
        <translation>標籤超過 %1 個字元</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyImportParser.cpp" line="114"/>
        <source>the name before = is longer than %1 characters</source>
        <translation>= 前的名稱超過 %1 個字元</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyImportParser.cpp" line="124"/>
        <source>the value has an opening quote but no closing quote</source>
        <translation>值有開引號但沒有閉引號</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyImportParser.cpp" line="129"/>
        <source>unexpected text after the closing quote</source>
        <translation>閉引號後有多餘的文字</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyImportParser.cpp" line="143"/>
        <source>no key after %1=</source>
        <translation>%1= 後面沒有金鑰</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyImportParser.cpp" line="171"/>
        <source>an export line needs the form export NAME=key</source>
        <translation>export 行的格式應為 export NAME=key</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyImportParser.cpp" line="187"/>
        <source>no label after the comma; the form is label,key or just the key</source>
        <translation>逗號後沒有標籤；格式應為 label,key 或只寫金鑰</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyImportParser.cpp" line="189"/>
        <source>no key after the label</source>
        <translation>標籤後面沒有金鑰</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyImportParser.cpp" line="193"/>
        <source>the key must come last on the line (label,key)</source>
        <translation>金鑰必須位於行末（label,key）</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyImportParser.cpp" line="227"/>
        <source>the input is larger than %1 MiB; split the key list into smaller files</source>
        <translation>輸入大於 %1 MiB；請將金鑰清單拆分成較小的檔案</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyImportParser.cpp" line="235"/>
        <source>this looks like a binary or UTF-16 file; save the key list as UTF-8 text</source>
        <translation>這看起來是二進位或 UTF-16 檔案；請將金鑰清單儲存為 UTF-8 文字</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyImportParser.cpp" line="268"/>
        <source>same key as line %1</source>
        <translation>與第 %1 行的金鑰相同</translation>
    </message>
</context>
<context>
    <name>KeyManager</name>
    <message>
        <location filename="../models/keys/KeyManager.cpp" line="17"/>
        <source>the keychain is not open, so keys cannot be sealed</source>
        <translation>系統金鑰圈未開啟，無法封存金鑰</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyManager.cpp" line="36"/>
        <source>the label is empty</source>
        <translation>標籤為空</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyManager.cpp" line="39"/>
        <source>the label is longer than %1 characters</source>
        <translation>標籤超過 %1 個字元</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyManager.cpp" line="44"/>
        <source>the label contains control characters</source>
        <translation>標籤包含控制字元</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyManager.cpp" line="112"/>
        <location filename="../models/keys/KeyManager.cpp" line="233"/>
        <source>the label &quot;%1&quot; is already used by another key</source>
        <translation>標籤「%1」已被另一個金鑰使用</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyManager.cpp" line="118"/>
        <source>this key is already stored as &quot;%1&quot;</source>
        <translation>此金鑰已儲存為「%1」</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyManager.cpp" line="180"/>
        <source>already stored as &quot;%1&quot;</source>
        <translation>已儲存為「%1」</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyManager.cpp" line="195"/>
        <source>nothing was imported: %1</source>
        <translation>未匯入任何內容：%1</translation>
    </message>
    <message>
        <location filename="../models/keys/KeyManager.cpp" line="259"/>
        <source>no key has the id or label &quot;%1&quot;</source>
        <translation>沒有 ID 或標籤為「%1」的金鑰</translation>
    </message>
</context>
<context>
    <name>KeyTableModel</name>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="287"/>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="291"/>
        <source>Disabled: Refresh skips this key</source>
        <translation>已停用：重新整理時跳過此金鑰</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="294"/>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="315"/>
        <source>Not refreshed yet</source>
        <translation>尚未重新整理</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="298"/>
        <source>May be asked again at %1 (%2)</source>
        <translation>可於 %1 再次查詢（%2）</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="300"/>
        <source>May be asked again (since %1)</source>
        <translation>可再次查詢（自 %1 起）</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="306"/>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="345"/>
        <source>HTTP status %1</source>
        <translation>HTTP 狀態 %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="317"/>
        <source>This key used %1 credits this billing cycle</source>
        <translation>此金鑰在本計費週期已用點數 %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="318"/>
        <source>The account used %1 credits of its plan this billing cycle</source>
        <translation>該帳戶在本計費週期已用方案點數 %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="323"/>
        <source>%1 of %2 (%3); %4 left</source>
        <translation>已用 %1 / %2（%3），剩餘 %4</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="330"/>
        <source>No limit of its own: the plan&apos;s limit applies</source>
        <translation>自身無上限：適用方案上限</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="331"/>
        <source>No plan limit reported</source>
        <translation>未報告方案上限</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="334"/>
        <source>Pay-as-you-go: %1</source>
        <translation>隨用隨付：%1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="339"/>
        <source>Never refreshed</source>
        <translation>從未重新整理</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="385"/>
        <source>Label</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="387"/>
        <source>Key</source>
        <translation>金鑰</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="389"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="391"/>
        <source>Key usage</source>
        <translation>金鑰用量</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="393"/>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="395"/>
        <source>Plan usage</source>
        <translation>方案用量</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="397"/>
        <source>Last refreshed</source>
        <translation>上次重新整理</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="399"/>
        <source>Last error</source>
        <translation>最近錯誤</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="409"/>
        <source>Your name for the key (double-click to rename)</source>
        <translation>您為金鑰起的名稱（雙擊可重新命名）</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="411"/>
        <source>The key, masked: only its prefix and last characters are ever shown</source>
        <translation>已遮蔽的金鑰：只顯示其字首和最後幾個字元</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="413"/>
        <source>The outcome of the key&apos;s last look-up</source>
        <translation>該金鑰最近一次查詢的結果</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="415"/>
        <source>Credits this key used in the current billing cycle, against its own limit</source>
        <translation>此金鑰在目前計費週期已用的點數，對照其自身上限</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="417"/>
        <source>The plan of the account the key belongs to</source>
        <translation>該金鑰所屬帳戶的方案</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="419"/>
        <source>Credits the whole account used in the current billing cycle, against the plan&apos;s limit</source>
        <translation>整個帳戶在目前計費週期已用的點數，對照方案上限</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="421"/>
        <source>When the key was last looked up (exact UTC time in the tooltip)</source>
        <translation>該金鑰最近一次查詢的時間（工具提示中為精確的 UTC 時間）</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="423"/>
        <source>What went wrong on the last look-up, if anything</source>
        <translation>最近一次查詢出現的問題（如有）</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/KeyTableModel.cpp" line="474"/>
        <source>no limit</source>
        <translation>無上限</translation>
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
        <translation>系統金鑰圈中沒有名為「%1」的項目。</translation>
    </message>
    <message>
        <location filename="../models/vault/MemoryKeychain.cpp" line="95"/>
        <source>The keychain has no such entry.</source>
        <translation>系統金鑰圈中沒有該項目。</translation>
    </message>
    <message>
        <location filename="../models/vault/MemoryKeychain.cpp" line="97"/>
        <source>No keychain service is available.</source>
        <translation>沒有可用的金鑰圈服務。</translation>
    </message>
    <message>
        <location filename="../models/vault/MemoryKeychain.cpp" line="99"/>
        <source>Access to the keychain was denied.</source>
        <translation>存取系統金鑰圈被拒絕。</translation>
    </message>
    <message>
        <location filename="../models/vault/MemoryKeychain.cpp" line="103"/>
        <source>The keychain failed.</source>
        <translation>系統金鑰圈出錯。</translation>
    </message>
</context>
<context>
    <name>MetricsEndpoint</name>
    <message>
        <location filename="../app/serve/MetricsEndpoint.cpp" line="60"/>
        <source>--listen takes ADDRESS:PORT, such as 127.0.0.1:9464</source>
        <translation>--listen 的格式為 位址:埠，例如 127.0.0.1:9464</translation>
    </message>
    <message>
        <location filename="../app/serve/MetricsEndpoint.cpp" line="67"/>
        <source>--listen needs an IP address (or localhost), not &quot;%1&quot;</source>
        <translation>--listen 需要 IP 位址（或 localhost），而不是「%1」</translation>
    </message>
</context>
<context>
    <name>NotifyCommands</name>
    <message>
        <location filename="../app/cli/NotifyCommands.cpp" line="30"/>
        <source>SMTP password (input hidden; empty for no login), then Enter: </source>
        <translation>SMTP 密碼（輸入不回顯；留空則不登入），然後按 Enter 鍵：</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommands.cpp" line="32"/>
        <source>Paste the channel&apos;s URL (input hidden), then press Enter: </source>
        <translation>貼上通知管道的 URL（輸入不回顯），然後按 Enter 鍵：</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommands.cpp" line="116"/>
        <source>notify add needs --kind webhook, slack, ntfy or email</source>
        <translation>notify add 需要 --kind webhook、slack、ntfy 或 email</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommands.cpp" line="122"/>
        <source>--min-level takes info, warning or critical</source>
        <translation>--min-level 取值為 info、warning 或 critical</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommands.cpp" line="129"/>
        <source>--to and --smtp-* go with --kind email</source>
        <translation>--to 和 --smtp-* 只能與 --kind email 一起使用</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommands.cpp" line="136"/>
        <source>an e-mail channel needs --to ADDRESS and --smtp-host HOST</source>
        <translation>電子郵件通知管道需要 --to ADDRESS 和 --smtp-host HOST</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommands.cpp" line="151"/>
        <source>added channel %1 (%2, %3 and above, %4)</source>
        <translation>已新增通知管道 %1（%2，%3 及以上，%4）</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommands.cpp" line="178"/>
        <source>cannot read the channels: %1</source>
        <translation>無法讀取通知管道：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommands.cpp" line="204"/>
        <source>No channels yet. Add one with: quotadeck notify add NAME --kind webhook &lt; url.txt</source>
        <translation>還沒有通知管道。可用以下命令新增：quotadeck notify add NAME --kind webhook &lt; url.txt</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommands.cpp" line="210"/>
        <source>NAME</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommands.cpp" line="210"/>
        <source>KIND</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommands.cpp" line="210"/>
        <source>MIN LEVEL</source>
        <translation>最低等級</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommands.cpp" line="210"/>
        <source>TARGET</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommands.cpp" line="214"/>
        <source>, no login</source>
        <translation>，不登入</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommands.cpp" line="214"/>
        <source>, login %1</source>
        <translation>，登入使用者 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommands.cpp" line="237"/>
        <source>no channel is named &quot;%1&quot;</source>
        <translation>沒有名為「%1」的通知管道</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommands.cpp" line="259"/>
        <source>delivered a test message to %1</source>
        <translation>已向 %1 傳送一則測試訊息</translation>
    </message>
    <message>
        <location filename="../app/cli/NotifyCommands.cpp" line="288"/>
        <source>removed channel %1</source>
        <translation>已移除通知管道 %1</translation>
    </message>
</context>
<context>
    <name>PassphraseReader</name>
    <message>
        <location filename="../models/keys/PassphraseReader.cpp" line="95"/>
        <source>no team passphrase: give it on standard input or in QUOTADECK_TEAM_PASSPHRASE</source>
        <translation>沒有團隊通關密語：請透過標準輸入或 QUOTADECK_TEAM_PASSPHRASE 提供</translation>
    </message>
</context>
<context>
    <name>RefreshCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/RefreshCommand.cpp" line="120"/>
        <source>refreshed %n key(s) in %1 s</source>
        <translation>
            <numerusform>已重新整理 %n 個金鑰，耗時 %1 秒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/RefreshCommand.cpp" line="123"/>
        <source>%1 ok, %2 failed, %3 rate limited; %4 asked over the network (%5 ok), %6 from the cache, %7 joined a look-up in flight, %8 held back</source>
        <translation>成功 %1 個，失敗 %2 個，受速率限制 %3 個；經網路查詢 %4 個（成功 %5 個），來自快取 %6 個，併入進行中的查詢 %7 個，暫緩 %8 個</translation>
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
        <translation>%1「%2」：%3 — %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/RefreshCommand.cpp" line="147"/>
        <source>refresh interrupted; the %n answer(s) that had arrived were saved</source>
        <translation>
            <numerusform>重新整理已中斷；已儲存收到的 %n 個回應</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefreshEngine</name>
    <message>
        <location filename="../models/refresh/RunLifecycle.cpp" line="37"/>
        <source>the keychain is not open yet</source>
        <translation>系統金鑰圈尚未開啟</translation>
    </message>
    <message>
        <location filename="../models/refresh/RunLifecycle.cpp" line="39"/>
        <location filename="../models/refresh/RunLifecycle.cpp" line="93"/>
        <source>keys cannot be refreshed: %1</source>
        <translation>無法重新整理金鑰：%1</translation>
    </message>
    <message>
        <location filename="../models/refresh/RunLifecycle.cpp" line="99"/>
        <source>keys cannot be refreshed: the store&apos;s data key has changed since this keychain key was opened (the team key was set up again); join the team again</source>
        <translation>無法重新整理金鑰：自開啟此金鑰圈中的金鑰以來，資料庫的資料金鑰已變更（團隊金鑰已重新設定）；請重新加入團隊</translation>
    </message>
    <message>
        <location filename="../models/refresh/RunLifecycle.cpp" line="108"/>
        <source>the refresh was cancelled before it asked about any key</source>
        <translation>重新整理在查詢任何金鑰之前已取消</translation>
    </message>
    <message>
        <location filename="../models/refresh/RunLifecycle.cpp" line="133"/>
        <source>waiting for another instance&apos;s refresh of this store to finish (giving up after %1 s)...</source>
        <translation>正在等待另一個執行個體完成此資料庫的重新整理（%1 秒後放棄）……</translation>
    </message>
    <message>
        <location filename="../models/refresh/RunLifecycle.cpp" line="340"/>
        <source>gave up after %1 s waiting for another instance&apos;s refresh of this store to finish; no key was asked or changed</source>
        <translation>等待另一個執行個體完成此資料庫的重新整理 %1 秒後放棄；沒有查詢或變更任何金鑰</translation>
    </message>
    <message>
        <location filename="../models/refresh/RunLifecycle.cpp" line="345"/>
        <source>another instance is refreshing this store and refresh/lock_wait_seconds is 0; no key was asked or changed</source>
        <translation>另一個執行個體正在重新整理此資料庫，且 refresh/lock_wait_seconds 為 0；沒有查詢或變更任何金鑰</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="59"/>
        <source>cannot read the usage history: %1</source>
        <translation>無法讀取用量歷史：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="116"/>
        <source>report needs --output FILE (- for standard output)</source>
        <translation>report 需要 --output FILE（- 表示標準輸出）</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="123"/>
        <source>report needs --format csv, json or pdf</source>
        <translation>report 需要 --format csv、json 或 pdf</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="124"/>
        <source>unknown report format &quot;%1&quot; (csv, json or pdf)</source>
        <translation>未知的報告格式「%1」（csv、json 或 pdf）</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="130"/>
        <source>unknown table &quot;%1&quot; (keys, accounts, runs, alerts or summary)</source>
        <translation>未知的表「%1」（keys、accounts、runs、alerts 或 summary）</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="133"/>
        <source>--table goes with --format csv (JSON and PDF hold every table)</source>
        <translation>--table 只能與 --format csv 一起使用（JSON 和 PDF 包含所有表）</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="136"/>
        <source>a PDF report needs a file name, not standard output</source>
        <translation>PDF 報告需要檔名，不能輸出到標準輸出</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="169"/>
        <source>cannot write to standard output</source>
        <translation>無法寫入標準輸出</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="183"/>
        <source>wrote the %1 report of %2 to %3
</source>
        <translation>已將 %2 的 %1 報告寫入 %3
</translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="126"/>
        <source>cannot read the refresh runs: %1</source>
        <translation>無法讀取重新整理執行記錄：%1</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="146"/>
        <source>cannot read the look-ups: %1</source>
        <translation>無法讀取查詢記錄：%1</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="169"/>
        <source>cannot read the alerts: %1</source>
        <translation>無法讀取警示：%1</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="184"/>
        <location filename="../models/reports/ReportData.cpp" line="231"/>
        <location filename="../models/reports/ReportData.cpp" line="279"/>
        <source>Keys</source>
        <translation>金鑰</translation>
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
        <translation>標籤</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="188"/>
        <location filename="../models/reports/ReportData.cpp" line="309"/>
        <source>Key</source>
        <translation>金鑰</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="189"/>
        <location filename="../models/reports/ReportData.cpp" line="229"/>
        <source>Account</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="190"/>
        <location filename="../models/reports/ReportData.cpp" line="230"/>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="191"/>
        <source>Status</source>
        <translation>狀態</translation>
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
        <translation>剩餘</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="196"/>
        <location filename="../models/reports/ReportData.cpp" line="238"/>
        <source>Credits/day</source>
        <translation>點數/天</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="200"/>
        <location filename="../models/reports/ReportData.cpp" line="247"/>
        <source>Runs out (UTC)</source>
        <translation>耗盡時間（UTC）</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="202"/>
        <location filename="../models/reports/ReportData.cpp" line="249"/>
        <source>Level</source>
        <translation>等級</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="203"/>
        <source>Conf.</source>
        <translation>信賴度</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="205"/>
        <source>Last refreshed (UTC)</source>
        <translation>上次重新整理（UTC）</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="227"/>
        <source>Accounts</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="232"/>
        <source>Plan usage</source>
        <translation>方案用量</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="233"/>
        <source>Plan limit</source>
        <translation>方案上限</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="235"/>
        <source>Paygo</source>
        <translation>隨用隨付</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="236"/>
        <source>Paygo lim.</source>
        <translation>隨用隨付上限</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="242"/>
        <source>Forecast</source>
        <translation>預測</translation>
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
        <translation>週期結束（UTC）</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="273"/>
        <source>Refresh runs</source>
        <translation>重新整理執行</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="275"/>
        <source>Run</source>
        <translation>執行</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="276"/>
        <source>Started (UTC)</source>
        <translation>開始時間（UTC）</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="277"/>
        <source>Finished (UTC)</source>
        <translation>結束時間（UTC）</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="278"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="280"/>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="281"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="282"/>
        <source>Cache</source>
        <translation>快取</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="283"/>
        <source>Coalesced</source>
        <translation>合併</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="285"/>
        <source>Rate limited</source>
        <translation>受速率限制</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="287"/>
        <source>Wall ms</source>
        <translation>耗時（毫秒）</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="305"/>
        <source>Alerts</source>
        <translation>警示</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="308"/>
        <source>Raised (UTC)</source>
        <translation>觸發時間（UTC）</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="311"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="313"/>
        <source>Cycle start (UTC)</source>
        <translation>週期開始（UTC）</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="315"/>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="316"/>
        <source>Ack.</source>
        <translation>已讀</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="330"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportData.cpp" line="331"/>
        <source>Figure</source>
        <translation>指標</translation>
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
        <translation>無法將報告寫入 %1：它是一個資料夾</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportFile.cpp" line="17"/>
        <location filename="../models/reports/ReportFile.cpp" line="24"/>
        <location filename="../models/reports/ReportFile.cpp" line="29"/>
        <source>cannot write the report to %1: %2</source>
        <translation>無法將報告寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <location filename="../models/reports/ReportFormat.cpp" line="55"/>
        <source>a PDF report is painted by the window library, not written as text</source>
        <translation>PDF 報告由視窗庫繪製，不能作為文字寫出</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <location filename="../models/reports/ReportPeriod.cpp" line="42"/>
        <source>cannot read the time &quot;%1&quot; (use an ISO 8601 date or time such as 2026-11-01 or 2026-11-01T08:00Z, &quot;now&quot;, or a span back from now such as 7d, 12h, 30m, 2w)</source>
        <translation>無法識別時間「%1」（請使用 ISO 8601 日期或時間，如 2026-11-01 或 2026-11-01T08:00Z，或 &quot;now&quot;，或從現在往回的時長，如 7d、12h、30m、2w）</translation>
    </message>
    <message>
        <location filename="../models/reports/ReportPeriod.cpp" line="75"/>
        <source>the period is empty: --since (%1) is not before --until (%2)</source>
        <translation>期間為空：--since（%1）不早於 --until（%2）</translation>
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
        <translation>無法讀取權杖檔案 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="53"/>
        <source>the token file %1 is readable by others; chmod 600 it</source>
        <translation>權杖檔案 %1 可被他人讀取；請對其執行 chmod 600</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="63"/>
        <source>the token in %1 must be one word of at least 16 characters</source>
        <translation>%1 中的權杖必須是至少 16 個字元的單個詞</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="149"/>
        <source>auto-refresh is off in the settings (refresh/auto_refresh_minutes): serving metrics and alerts of refreshes made elsewhere</source>
        <translation>設定中已關閉自動重新整理（refresh/auto_refresh_minutes）：僅提供其他地方重新整理所產生的指標和警示</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="167"/>
        <source>no keychain (%1): serving metrics and checking alerts from the store without refreshing</source>
        <translation>沒有系統金鑰圈（%1）：只根據資料庫提供指標並檢查警示，不進行重新整理</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="233"/>
        <source>--listen on an address other than loopback needs --token-file FILE (a bearer token every request must carry)</source>
        <translation>在回送以外的位址上使用 --listen 需要 --token-file FILE（每個請求都須攜帶的 Bearer 權杖）</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="255"/>
        <source>cannot listen on %1:%2: %3</source>
        <translation>無法監聽 %1:%2：%3</translation>
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
        <translation>儲存「%1」的金鑰圈已鎖定：請解鎖（重新登入，或在金鑰圈管理器中開啟），然後重試。</translation>
    </message>
    <message>
        <location filename="../models/vault/SystemKeychain.cpp" line="269"/>
        <source>The %1 has no entry named &quot;%2&quot;.</source>
        <translation>%1 中沒有名為「%2」的項目。</translation>
    </message>
    <message>
        <location filename="../models/vault/SystemKeychain.cpp" line="273"/>
        <source>No system keychain is available (no Secret Service on D-Bus).</source>
        <translation>沒有可用的系統金鑰圈（D-Bus 上沒有 Secret Service）。</translation>
    </message>
    <message>
        <location filename="../models/vault/SystemKeychain.cpp" line="275"/>
        <source>No system keychain is available.</source>
        <translation>沒有可用的系統金鑰圈。</translation>
    </message>
    <message>
        <location filename="../models/vault/SystemKeychain.cpp" line="279"/>
        <source>The %1 denied access to &quot;%2&quot;; unlock the keyring when asked.</source>
        <translation>%1 拒絕存取「%2」；請在提示時解鎖金鑰圈。</translation>
    </message>
    <message>
        <location filename="../models/vault/SystemKeychain.cpp" line="284"/>
        <source>unknown error</source>
        <translation>未知錯誤</translation>
    </message>
    <message>
        <location filename="../models/vault/SystemKeychain.cpp" line="287"/>
        <source>The %1 reported an error: %2</source>
        <translation>%1 報告了錯誤：%2</translation>
    </message>
</context>
<context>
    <name>TeamCommands</name>
    <message>
        <location filename="../app/cli/TeamCommands.cpp" line="83"/>
        <source>team mode needs a shared PostgreSQL store: add --db postgresql://user@host:port/database (see quotadeck --help)</source>
        <translation>團隊模式需要共用的 PostgreSQL 資料庫：請加上 --db postgresql://user@host:port/database（參見 quotadeck --help）</translation>
    </message>
    <message>
        <location filename="../app/cli/TeamCommands.cpp" line="90"/>
        <source>%1 is not a team store yet; an admin sets it up with: quotadeck team init</source>
        <translation>%1 還不是團隊資料庫；管理員可用以下命令設定：quotadeck team init</translation>
    </message>
    <message>
        <location filename="../app/cli/TeamCommands.cpp" line="94"/>
        <location filename="../app/cli/TeamCommands.cpp" line="182"/>
        <source>Team passphrase: </source>
        <translation>團隊通關密語：</translation>
    </message>
    <message>
        <location filename="../app/cli/TeamCommands.cpp" line="105"/>
        <source>joined the team store %1: this keychain now holds its team key
</source>
        <translation>已加入團隊資料庫 %1：此金鑰圈現已儲存其團隊金鑰
</translation>
    </message>
    <message>
        <location filename="../app/cli/TeamCommands.cpp" line="114"/>
        <source>%1 is already a team store; join it with quotadeck team join, or change its passphrase with quotadeck team passphrase</source>
        <translation>%1 已是團隊資料庫；請用 quotadeck team join 加入，或用 quotadeck team passphrase 變更其通關密語</translation>
    </message>
    <message>
        <location filename="../app/cli/TeamCommands.cpp" line="120"/>
        <source>%1 is not a team store yet; set it up with: quotadeck team init</source>
        <translation>%1 還不是團隊資料庫；請用以下命令設定：quotadeck team init</translation>
    </message>
    <message>
        <location filename="../app/cli/TeamCommands.cpp" line="124"/>
        <source>New team passphrase: </source>
        <translation>新的團隊通關密語：</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/TeamCommands.cpp" line="135"/>
        <source>team store ready at %1: %n key(s) re-sealed under the new team key; every other admin runs: quotadeck --db %1 team join
</source>
        <translation>
            <numerusform>團隊資料庫 %1 已就緒：%n 個金鑰已用新的團隊金鑰重新封存；其他每位管理員請執行：quotadeck --db %1 team join
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/TeamCommands.cpp" line="141"/>
        <source>team passphrase changed for %1: the team key is the same, so every admin who joined keeps working; the new passphrase is what the next admin joins with
</source>
        <translation>已變更 %1 的團隊通關密語：團隊金鑰不變，已加入的管理員照常工作；之後加入的管理員使用新通關密語
</translation>
    </message>
    <message>
        <location filename="../app/cli/TeamCommands.cpp" line="155"/>
        <source>migrate copies a local SQLite store; this one is already %1</source>
        <translation>migrate 用於複製本機 SQLite 資料庫；此資料庫已是 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/TeamCommands.cpp" line="159"/>
        <source>migrate needs --to postgresql://user@host:port/database</source>
        <translation>migrate 需要 --to postgresql://user@host:port/database</translation>
    </message>
    <message>
        <location filename="../app/cli/TeamCommands.cpp" line="274"/>
        <source>the store was copied, but the team key cannot be kept in the keychain (%1); run quotadeck team join on it</source>
        <translation>資料庫已複製，但團隊金鑰無法儲存到系統金鑰圈（%1）；請對其執行 quotadeck team join</translation>
    </message>
    <message>
        <location filename="../app/cli/TeamCommands.cpp" line="278"/>
        <source>copied %1 to %2 (verified):
</source>
        <translation>已將 %1 複製到 %2（已驗證）：
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
        <translation>金鑰已用團隊金鑰封存；其他管理員請執行：quotadeck --db %1 team join
</translation>
    </message>
</context>
<context>
    <name>TeamSecrets</name>
    <message>
        <location filename="../models/keys/TeamSecrets.cpp" line="132"/>
        <source>the team passphrase must be at least %1 characters long</source>
        <translation>團隊通關密語至少需要 %1 個字元</translation>
    </message>
    <message>
        <location filename="../models/keys/TeamSecrets.cpp" line="142"/>
        <source>the store&apos;s present data key is not open, so its keys cannot be re-sealed</source>
        <translation>資料庫目前的資料金鑰未開啟，無法重新封存其中的金鑰</translation>
    </message>
    <message>
        <location filename="../models/keys/TeamSecrets.cpp" line="152"/>
        <source>this keychain does not hold the store&apos;s team key; join the team first</source>
        <translation>此金鑰圈中沒有該資料庫的團隊金鑰；請先加入團隊</translation>
    </message>
    <message>
        <location filename="../models/keys/TeamSecrets.cpp" line="161"/>
        <source>the team passphrase is not right</source>
        <translation>團隊通關密語不正確</translation>
    </message>
    <message>
        <location filename="../models/keys/TeamSecrets.cpp" line="170"/>
        <source>the cryptography library (libsodium) failed to start</source>
        <translation>密碼庫（libsodium）啟動失敗</translation>
    </message>
    <message>
        <location filename="../models/keys/TeamSecrets.cpp" line="183"/>
        <source>the team key cannot be derived (not enough memory for Argon2id)</source>
        <translation>無法派生團隊金鑰（Argon2id 所需記憶體不足）</translation>
    </message>
    <message>
        <location filename="../models/keys/TeamSecrets.cpp" line="205"/>
        <source>this store is not a team store yet (set it up with: quotadeck team init)</source>
        <translation>此資料庫還不是團隊資料庫（請用 quotadeck team init 設定）</translation>
    </message>
    <message>
        <location filename="../models/keys/TeamSecrets.cpp" line="215"/>
        <source>the store&apos;s team key record is unreadable</source>
        <translation>無法讀取資料庫的團隊金鑰記錄</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <location filename="../models/core/TimeText.cpp" line="19"/>
        <location filename="../models/core/TimeText.cpp" line="50"/>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <location filename="../models/core/TimeText.cpp" line="25"/>
        <source>just now</source>
        <translation>剛剛</translation>
    </message>
    <message>
        <location filename="../models/core/TimeText.cpp" line="31"/>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <location filename="../models/core/TimeText.cpp" line="33"/>
        <source>%1 h</source>
        <translation>%1 小時</translation>
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
        <translation>%1後</translation>
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
        <translation>密碼庫（libsodium）啟動失敗，金鑰保管庫無法工作。</translation>
    </message>
    <message>
        <location filename="../models/vault/Vault.cpp" line="126"/>
        <source>The vault has no keychain to keep its data key in, so QuotaDeck will not store keys.</source>
        <translation>金鑰保管庫沒有可儲存資料金鑰的系統金鑰圈，因此 QuotaDeck 不會儲存金鑰。</translation>
    </message>
    <message>
        <location filename="../models/vault/Vault.cpp" line="130"/>
        <source>The vault cannot be opened: the store has no identifier to name its keychain entry.</source>
        <translation>無法開啟金鑰保管庫：資料庫沒有可用於命名金鑰圈項目的識別碼。</translation>
    </message>
    <message>
        <location filename="../models/vault/Vault.cpp" line="152"/>
        <source>The keychain entry &quot;%1&quot; does not hold a valid QuotaDeck data key, so this store&apos;s keys cannot be opened. Restore the original keychain entry, or delete it and enter the keys again.</source>
        <translation>系統金鑰圈項目「%1」中沒有有效的 QuotaDeck 資料金鑰，因此無法開啟此資料庫中的金鑰。請還原原來的金鑰圈項目，或刪除該項目並重新輸入金鑰。</translation>
    </message>
    <message>
        <location filename="../models/vault/Vault.cpp" line="166"/>
        <source>This is a team store and this keychain does not hold its team key yet: %1</source>
        <translation>這是團隊資料庫，而此金鑰圈中還沒有它的團隊金鑰：%1</translation>
    </message>
    <message>
        <location filename="../models/vault/Vault.cpp" line="173"/>
        <source>The keychain has no data key for this store (entry &quot;%1&quot;), so its saved API keys cannot be opened. Restore that keychain entry, for example from a backup of your keyring, or remove the keys and enter them again.</source>
        <translation>系統金鑰圈中沒有此資料庫的資料金鑰（項目「%1」），因此無法開啟已儲存的 API 金鑰。請還原該金鑰圈項目（例如從金鑰圈備份中還原），或移除這些金鑰後重新輸入。</translation>
    </message>
    <message>
        <location filename="../models/vault/Vault.cpp" line="214"/>
        <source>The store cannot record its new data key: %1</source>
        <translation>資料庫無法記錄新的資料金鑰：%1</translation>
    </message>
    <message>
        <location filename="../models/vault/Vault.cpp" line="224"/>
        <source>Another QuotaDeck created this store&apos;s data key at the same moment, but its keychain entry (&quot;%1&quot;) did not appear. Try again.</source>
        <translation>另一個 QuotaDeck 同時建立了此資料庫的資料金鑰，但其系統金鑰圈項目（「%1」）沒有出現。請重試。</translation>
    </message>
    <message>
        <location filename="../models/vault/Vault.cpp" line="306"/>
        <source>The team key of this store has changed since this keychain learnt it: %1</source>
        <translation>自此金鑰圈獲得團隊金鑰以來，此資料庫的團隊金鑰已變更：%1</translation>
    </message>
    <message>
        <location filename="../models/vault/Vault.cpp" line="310"/>
        <source>The keychain holds a different data key for this store (entry &quot;%1&quot;), so its saved API keys cannot be opened. Restore the original keychain entry, or remove the keys and enter them again.</source>
        <translation>系統金鑰圈中儲存的是此資料庫的另一個資料金鑰（項目「%1」），因此無法開啟已儲存的 API 金鑰。請還原原來的金鑰圈項目，或移除這些金鑰後重新輸入。</translation>
    </message>
    <message>
        <location filename="../models/vault/Vault.cpp" line="338"/>
        <source>run &quot;quotadeck team join&quot; with the team passphrase (from standard input or QUOTADECK_TEAM_PASSPHRASE) to refresh or add keys; listing keys and the charts work meanwhile.</source>
        <translation>請用團隊通關密語（來自標準輸入或 QUOTADECK_TEAM_PASSPHRASE）執行 &quot;quotadeck team join&quot;，之後才能重新整理或新增金鑰；在此之前仍可列出金鑰和檢視圖表。</translation>
    </message>
    <message>
        <location filename="../models/vault/Vault.cpp" line="353"/>
        <source>The vault cannot be opened with that key.</source>
        <translation>無法用該金鑰開啟金鑰保管庫。</translation>
    </message>
    <message>
        <location filename="../models/vault/Vault.cpp" line="417"/>
        <source>No system keychain is available (no Secret Service on D-Bus): QuotaDeck will not store keys without one. Start a Secret Service provider such as GNOME Keyring or KWallet, then try again.</source>
        <translation>沒有可用的系統金鑰圈（D-Bus 上沒有 Secret Service）：沒有它，QuotaDeck 不會儲存金鑰。請啟動 GNOME Keyring 或 KWallet 等 Secret Service 提供者，然後重試。</translation>
    </message>
    <message>
        <location filename="../models/vault/Vault.cpp" line="420"/>
        <source>No system keychain is available: QuotaDeck will not store keys without one.</source>
        <translation>沒有可用的系統金鑰圈：沒有它，QuotaDeck 不會儲存金鑰。</translation>
    </message>
    <message>
        <location filename="../models/vault/Vault.cpp" line="423"/>
        <source>The system keychain refused access to QuotaDeck&apos;s data key: unlock your keyring (or the collection that holds it) when asked, then try again.</source>
        <translation>系統金鑰圈拒絕存取 QuotaDeck 的資料金鑰：請在提示時解鎖金鑰圈（或儲存它的集合），然後重試。</translation>
    </message>
    <message>
        <location filename="../models/vault/Vault.cpp" line="430"/>
        <source>QuotaDeck could not save a new data key in the system keychain.</source>
        <translation>QuotaDeck 無法在系統金鑰圈中儲存新的資料金鑰。</translation>
    </message>
    <message>
        <location filename="../models/vault/Vault.cpp" line="431"/>
        <source>QuotaDeck could not read its data key from the system keychain.</source>
        <translation>QuotaDeck 無法從系統金鑰圈讀取其資料金鑰。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="62"/>
        <source>the demo cannot start: %1</source>
        <translation>示範無法啟動：%1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="99"/>
        <source>the demo&apos;s history could not be written: %1</source>
        <translation>無法寫入示範的歷史資料：%1</translation>
    </message>
</context>
</TS>
