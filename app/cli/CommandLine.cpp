#include "app/cli/CommandLine.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <functional>

namespace {

struct CommandSpec
{
    QStringList words;
    int minArgs = 0;
    int maxArgs = 0;
    QStringList options; // options the command accepts beyond the global ones
};

const QList<CommandSpec>& commands()
{
    static const QList<CommandSpec> all {
        { { QStringLiteral("keys"), QStringLiteral("add") },
          0,
          0,
          { QStringLiteral("--label"), QStringLiteral("--project") } },
        { { QStringLiteral("keys"), QStringLiteral("import") }, 1, 1, { QStringLiteral("--project") } },
        { { QStringLiteral("keys"), QStringLiteral("set") },
          1,
          1,
          { QStringLiteral("--label"), QStringLiteral("--project") } },
        { { QStringLiteral("keys"), QStringLiteral("list") }, 0, 0, { QStringLiteral("--json") } },
        { { QStringLiteral("keys"), QStringLiteral("rotate") }, 1, 1, {} },
        { { QStringLiteral("keys"), QStringLiteral("remove") }, 1, 1, {} },
        { { QStringLiteral("keys"), QStringLiteral("enable") }, 1, 1, {} },
        { { QStringLiteral("keys"), QStringLiteral("disable") }, 1, 1, {} },
        { { QStringLiteral("refresh") },
          0,
          0,
          { QStringLiteral("--force"), QStringLiteral("--concurrency"), QStringLiteral("--json") } },
        { { QStringLiteral("forecast") }, 0, 0, { QStringLiteral("--json"), QStringLiteral("--lang") } },
        { { QStringLiteral("logs") },
          0,
          0,
          { QStringLiteral("--since"), QStringLiteral("--until"), QStringLiteral("--json") } },
        { { QStringLiteral("team"), QStringLiteral("init") }, 0, 0, {} },
        { { QStringLiteral("team"), QStringLiteral("join") }, 0, 0, {} },
        { { QStringLiteral("team"), QStringLiteral("passphrase") }, 0, 0, {} },
        { { QStringLiteral("migrate") }, 0, 0, { QStringLiteral("--to") } },
        { { QStringLiteral("accounts"), QStringLiteral("list") }, 0, 0, { QStringLiteral("--json") } },
        { { QStringLiteral("accounts"), QStringLiteral("set") }, 1, 1, { QStringLiteral("--reset-day") } },
        { { QStringLiteral("org"), QStringLiteral("set-key") }, 0, 0, { QStringLiteral("--name") } },
        { { QStringLiteral("org"), QStringLiteral("show") }, 0, 0, { QStringLiteral("--json") } },
        { { QStringLiteral("org"), QStringLiteral("clear") }, 0, 0, {} },
        { { QStringLiteral("notify"), QStringLiteral("add") },
          1,
          1,
          { QStringLiteral("--kind"),
            QStringLiteral("--min-level"),
            QStringLiteral("--to"),
            QStringLiteral("--smtp-host"),
            QStringLiteral("--smtp-port"),
            QStringLiteral("--smtp-user") } },
        { { QStringLiteral("notify"), QStringLiteral("list") }, 0, 0, { QStringLiteral("--json") } },
        { { QStringLiteral("notify"), QStringLiteral("test") }, 1, 1, {} },
        { { QStringLiteral("notify"), QStringLiteral("remove") }, 1, 1, {} },
        { { QStringLiteral("serve") }, 0, 0, { QStringLiteral("--listen"), QStringLiteral("--token-file") } },
        { { QStringLiteral("report") },
          0,
          0,
          { QStringLiteral("--format"),
            QStringLiteral("--output"),
            QStringLiteral("--since"),
            QStringLiteral("--until"),
            QStringLiteral("--table"),
            QStringLiteral("--lang"),
            QStringLiteral("--project"),
            QStringLiteral("--account") } },
    };
    return all;
}

const QStringList kGlobalOptions { QStringLiteral("--data-dir"), QStringLiteral("--db"),   QStringLiteral("--api-base"),
                                   QStringLiteral("--demo"),     QStringLiteral("--help"), QStringLiteral("-h"),
                                   QStringLiteral("--version") };

} // namespace

Invocation CommandLine::parse(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    return parse(arguments);
}

Invocation CommandLine::parse(const QStringList& arguments)
{
    Invocation inv;
    QStringList positional;
    QStringList seenOptions;
    const QHash<QString, QString*> valued {
        { QStringLiteral("--data-dir"), &inv.dataDir },   { QStringLiteral("--db"), &inv.database },
        { QStringLiteral("--api-base"), &inv.apiBase },   { QStringLiteral("--label"), &inv.label },
        { QStringLiteral("--format"), &inv.format },      { QStringLiteral("--output"), &inv.output },
        { QStringLiteral("--since"), &inv.since },        { QStringLiteral("--until"), &inv.until },
        { QStringLiteral("--table"), &inv.table },        { QStringLiteral("--to"), &inv.to },
        { QStringLiteral("--kind"), &inv.kind },          { QStringLiteral("--min-level"), &inv.minLevel },
        { QStringLiteral("--smtp-host"), &inv.smtpHost }, { QStringLiteral("--smtp-user"), &inv.smtpUser },
        { QStringLiteral("--listen"), &inv.listen },      { QStringLiteral("--token-file"), &inv.tokenFile },
        { QStringLiteral("--lang"), &inv.lang },          { QStringLiteral("--project"), &inv.project },
        { QStringLiteral("--account"), &inv.account },    { QStringLiteral("--reset-day"), &inv.resetDay },
        { QStringLiteral("--name"), &inv.name },
    };
    const QHash<QString, bool*> flags {
        { QStringLiteral("--demo"), &inv.demo },   { QStringLiteral("--json"), &inv.json },
        { QStringLiteral("--force"), &inv.force }, { QStringLiteral("--help"), &inv.help },
        { QStringLiteral("-h"), &inv.help },       { QStringLiteral("--version"), &inv.version },
    };
    bool optionsEnded = false;
    for (int i = 1; i < arguments.size(); ++i) {
        QString arg = arguments.at(i);
        if (optionsEnded || !arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-")) {
            positional << arg;
            continue;
        }
        if (arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        QString inlineValue;
        bool hasInline = false;
        if (const qsizetype eq = arg.indexOf(QLatin1Char('=')); eq > 0) {
            inlineValue = arg.mid(eq + 1);
            arg = arg.left(eq);
            hasInline = true;
        }
        seenOptions << arg;
        if (arg == QLatin1String("--concurrency") || arg == QLatin1String("--smtp-port") || valued.contains(arg)) {
            QString value = inlineValue;
            if (!hasInline) {
                if (i + 1 >= arguments.size()) {
                    inv.error = QCoreApplication::translate("CommandLine", "%1 needs a value").arg(arg);
                    return inv;
                }
                value = arguments.at(++i);
            }
            if (arg == QLatin1String("--smtp-port")) {
                bool ok = false;
                inv.smtpPort = value.toInt(&ok);
                if (!ok || inv.smtpPort < 1 || inv.smtpPort > 65535) {
                    inv.error = QCoreApplication::translate("CommandLine", "--smtp-port takes a port from 1 to 65535");
                    return inv;
                }
            } else if (arg == QLatin1String("--concurrency")) {
                bool ok = false;
                inv.concurrency = value.toInt(&ok);
                if (!ok || inv.concurrency < 1 || inv.concurrency > 256) {
                    inv.error = QCoreApplication::translate("CommandLine",
                                                            "--concurrency takes a whole number from 1 to 256");
                    return inv;
                }
            } else {
                *valued.value(arg) = value;
            }
        } else if (flags.contains(arg) && !hasInline) {
            *flags.value(arg) = true;
        } else {
            inv.error = QCoreApplication::translate("CommandLine", "unknown option %1 (see quotadeck --help)").arg(arg);
            return inv;
        }
    }
    inv.labelGiven = seenOptions.contains(QStringLiteral("--label"));
    inv.projectGiven = seenOptions.contains(QStringLiteral("--project"));
    inv.accountGiven = seenOptions.contains(QStringLiteral("--account"));
    if (inv.help || inv.version) {
        return inv;
    }
    if (positional.isEmpty()) {
        for (const QString& option : std::as_const(seenOptions)) {
            if (!kGlobalOptions.contains(option)) {
                inv.error = QCoreApplication::translate("CommandLine", "%1 goes with a command (see quotadeck --help)")
                                .arg(option);
                return inv;
            }
        }
        return inv; // the window
    }
    const CommandSpec* spec = nullptr;
    for (const CommandSpec& candidate : commands()) {
        if (positional.mid(0, candidate.words.size()) == candidate.words) {
            spec = &candidate;
            break;
        }
    }
    if (!spec) {
        if (positional.first() == QLatin1String("notify")) {
            inv.error = positional.size() > 1
                ? QCoreApplication::translate("CommandLine", "unknown notify command \"%1\" (add, list, test, remove)")
                      .arg(positional.at(1))
                : QCoreApplication::translate("CommandLine", "notify needs a command: add, list, test or remove");
        } else if (positional.first() == QLatin1String("org")) {
            inv.error = positional.size() > 1
                ? QCoreApplication::translate("CommandLine", "unknown org command \"%1\" (set-key, show, clear)")
                      .arg(positional.at(1))
                : QCoreApplication::translate("CommandLine", "org needs a command: set-key, show or clear");
        } else if (positional.first() == QLatin1String("accounts")) {
            inv.error = positional.size() > 1
                ? QCoreApplication::translate("CommandLine", "unknown accounts command \"%1\" (list, set)")
                      .arg(positional.at(1))
                : QCoreApplication::translate("CommandLine", "accounts needs a command: list or set");
        } else if (positional.first() == QLatin1String("keys")) {
            inv.error = positional.size() > 1
                ? QCoreApplication::translate(
                      "CommandLine",
                      "unknown keys command \"%1\" (add, import, list, set, rotate, remove, enable, disable)")
                      .arg(positional.at(1))
                : QCoreApplication::translate(
                    "CommandLine", "keys needs a command: add, import, list, set, rotate, remove, enable or disable");
        } else {
            inv.error = QCoreApplication::translate("CommandLine", "unknown command \"%1\" (see quotadeck --help)")
                            .arg(positional.first());
        }
        return inv;
    }
    inv.command = spec->words;
    inv.arguments = positional.mid(spec->words.size());
    if (inv.arguments.size() < spec->minArgs) {
        inv.error = QCoreApplication::translate("CommandLine", "%1 needs %2")
                        .arg(inv.command.join(QLatin1Char(' ')),
                             inv.command.last() == QLatin1String("import")
                                 ? QCoreApplication::translate("CommandLine", "a file name (or - for standard input)")
                                 : inv.command.first() == QLatin1String("notify")
                                 ? QCoreApplication::translate("CommandLine", "a channel name")
                                 : inv.command.first() == QLatin1String("accounts")
                                 ? QCoreApplication::translate("CommandLine", "an account id, or a key id or label")
                                 : QCoreApplication::translate("CommandLine", "a key id or label"));
        return inv;
    }
    if (inv.arguments.size() > spec->maxArgs) {
        inv.error = QCoreApplication::translate("CommandLine", "unexpected argument \"%1\"")
                        .arg(inv.arguments.at(spec->maxArgs));
        if (inv.command == QStringList { QStringLiteral("keys"), QStringLiteral("add") }) {
            inv.error = QCoreApplication::translate(
                "CommandLine", "keys add reads the key from standard input, never from the command line");
        }
        if (inv.command == QStringList { QStringLiteral("keys"), QStringLiteral("rotate") }) {
            inv.error = QCoreApplication::translate(
                "CommandLine", "keys rotate reads the new key from standard input, never from the command line");
        }
        if (inv.command == QStringList { QStringLiteral("notify"), QStringLiteral("add") }) {
            inv.error = QCoreApplication::translate(
                "CommandLine",
                "notify add reads the URL (or the SMTP password) from standard input, never "
                "from the command line");
        }
        return inv;
    }
    for (const QString& option : std::as_const(seenOptions)) {
        if (!kGlobalOptions.contains(option) && !spec->options.contains(option)) {
            inv.error = QCoreApplication::translate("CommandLine", "%1 does not go with quotadeck %2")
                            .arg(option, inv.command.join(QLatin1Char(' ')));
            return inv;
        }
    }
    if (inv.command == QStringList { QStringLiteral("keys"), QStringLiteral("set") } && !inv.labelGiven
        && !inv.projectGiven) {
        inv.error = QCoreApplication::translate("CommandLine", "keys set needs --label LABEL or --project PROJECT");
        return inv;
    }
    if (inv.command == QStringList { QStringLiteral("org"), QStringLiteral("set-key") }
        && inv.name.trimmed().isEmpty()) {
        inv.error = QCoreApplication::translate("CommandLine",
                                                "org set-key needs --name NAME, the organisation's name on Tavily");
        return inv;
    }
    if (inv.command == QStringList { QStringLiteral("accounts"), QStringLiteral("set") }) {
        bool ok = false;
        const int day = inv.resetDay.toInt(&ok);
        if (inv.resetDay != QLatin1String("auto") && (!ok || day < 1 || day > 28)) {
            inv.error = QCoreApplication::translate("CommandLine",
                                                    "accounts set needs --reset-day DAY (1 to 28) or --reset-day auto");
            return inv;
        }
    }
    if (inv.demo) {
        inv.error
            = QCoreApplication::translate("CommandLine", "--demo opens the window; it does not go with a command");
    }
    // A tag QLocale does not know would silently mean the C locale.
    if (!inv.lang.isEmpty() && inv.lang != QLatin1String("C") && QLocale(inv.lang).language() == QLocale::C) {
        inv.error = QCoreApplication::translate("CommandLine",
                                                "--lang takes a language such as en, zh_CN or zh_TW, not \"%1\"")
                        .arg(inv.lang);
    }
    return inv;
}

namespace {
// One entry of the help: what is typed (the same in every language, so never translated) and what it does
// (a translation of its own, so a translator handles one line's meaning at a time and a change to one entry
// leaves the others' translations standing). Either may span lines ('\n').
struct HelpEntry
{
    const char* syntax;
    const char* text; // in the "CommandLine" context
};

// The entries in two columns: each syntax indented by two, what it does from `column` on (its further
// lines too); a syntax of more than one line, or one that leaves less than two spaces before the column,
// puts its text on the next line. Syntax is ASCII, so its length is its width on a terminal; the text may
// be Chinese, which only the right column holds.
QString columns(std::initializer_list<HelpEntry> entries, int column)
{
    QString out;
    const QString indent(column, u' ');
    for (const HelpEntry& entry : entries) {
        const QStringList syntax = QString::fromLatin1(entry.syntax).split(u'\n');
        for (const QString& line : syntax) {
            out += QStringLiteral("  ") + line + u'\n';
        }
        const QStringList text = QCoreApplication::translate("CommandLine", entry.text).split(u'\n');
        const int last = 2 + int(syntax.last().size());
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (i == 0 && syntax.size() == 1 && last + 2 <= column) {
                out.chop(1); // beside the syntax's last line
                out += QString(column - last, u' ') + text.at(i) + u'\n';
            } else {
                out += indent + text.at(i) + u'\n';
            }
        }
    }
    return out;
}
} // namespace

QString CommandLine::helpText()
{
    const QString globalOptions = columns(
        {
            { "--data-dir DIR", QT_TRANSLATE_NOOP("CommandLine", "where the store lives (default: %1)") },
            { "--db URL",
              QT_TRANSLATE_NOOP("CommandLine",
                                "database file, sqlite:///path, or postgresql://user@host:port/db for a\n"
                                "store shared by a team (default: DIR/quotadeck.sqlite)") },
            { "--api-base URL", QT_TRANSLATE_NOOP("CommandLine", "Tavily API base (default: https://api.tavily.com)") },
            { "--demo",
              QT_TRANSLATE_NOOP("CommandLine",
                                "open the window on a built-in local usage server with sample keys\n"
                                "in a throwaway data dir") },
            { "--version, --help", QT_TRANSLATE_NOOP("CommandLine", "print the version, or this help") },
        },
        21);
    const QString commands = columns(
        {
            { "keys add [--label LABEL] [--project PROJECT]",
              QT_TRANSLATE_NOOP("CommandLine",
                                "read one key from standard input and store it sealed; PROJECT: the\n"
                                "Tavily project its look-ups ask for (X-Project-ID)") },
            { "keys import FILE|- [--project PROJECT]",
              QT_TRANSLATE_NOOP("CommandLine",
                                "import lines `key`, `label,key` or `NAME=tvly-...`, every key in\n"
                                "PROJECT when given") },
            { "keys set ID|LABEL [--label LABEL] [--project PROJECT]",
              QT_TRANSLATE_NOOP("CommandLine", "rename a key, or move it to a project (\"\" clears it)") },
            { "keys list [--json]", QT_TRANSLATE_NOOP("CommandLine", "list keys (masked), status and usage") },
            { "keys rotate ID|LABEL < new-key.txt",
              QT_TRANSLATE_NOOP("CommandLine",
                                "replace a key by a new one from standard input: the new key takes its\n"
                                "label and project, the old one is disabled as \"LABEL (retired DATE)\"") },
            { "keys remove ID|LABEL", QT_TRANSLATE_NOOP("CommandLine", "remove a key and its sealed secret") },
            { "keys enable|disable ID|LABEL",
              QT_TRANSLATE_NOOP("CommandLine", "take a key into refreshes again, or leave it out") },
            { "refresh [--force] [--concurrency N] [--json]",
              QT_TRANSLATE_NOOP("CommandLine", "refresh every enabled key's quota") },
            { "forecast [--json] [--lang LANG]",
              QT_TRANSLATE_NOOP("CommandLine",
                                "per key and account: credits per day, projection to the cycle end\n"
                                "with its 80% band, predicted exhaustion, level and confidence") },
            { "logs [--since T] [--until T] [--json]",
              QT_TRANSLATE_NOOP("CommandLine",
                                "the request log read by refreshes (default: the last day): credits by\n"
                                "endpoint and search depth, requests per hour, the slowest requests") },
            { "report --format csv|json|pdf --output FILE|- [--since T] [--until T] [--table TABLE]\n"
              "       [--lang LANG] [--account ACCOUNT] [--project PROJECT]",
              QT_TRANSLATE_NOOP("CommandLine",
                                "a report of a period (default: the current billing cycle up to now,\n"
                                "the account's own with --account, which keeps only its keys;\n"
                                "--project keeps only that project's keys);\n"
                                "T: 2026-11-01, 2026-11-01T08:00Z, now, 7d, 12h, 30m, 2w (back from now);\n"
                                "CSV holds one TABLE: keys (default), accounts, runs or alerts") },
            { "--lang LANG",
              QT_TRANSLATE_NOOP("CommandLine",
                                "the language of a report's or forecast's labels, dates and numbers\n"
                                "(en, zh_CN, zh_TW; default: the system locale, LANG/LC_ALL); JSON,\n"
                                "CSV headers and exit codes never change with the language") },
            { "accounts list [--json]",
              QT_TRANSLATE_NOOP("CommandLine",
                                "accounts with their billing reset day: inferred from the usage\n"
                                "history, set by hand, and the one in use") },
            { "accounts set ACCOUNT --reset-day DAY|auto",
              QT_TRANSLATE_NOOP("CommandLine",
                                "set an account's billing reset day (1-28), or infer it again;\n"
                                "ACCOUNT: an account id, or a key id or label of the account") },
            { "org set-key --name NAME < owner-key.txt",
              QT_TRANSLATE_NOOP("CommandLine",
                                "an organisation (enterprise): refreshes ask /org-usage once for all\n"
                                "its keys instead of each key on its own; the owner's personal key\n"
                                "from standard input, sealed like a key") },
            { "org show [--json] | org clear",
              QT_TRANSLATE_NOOP("CommandLine",
                                "the organisation, its last answer and the keys it names that are not\n"
                                "managed here; or remove it (every key is asked on its own again)") },
            { "team init|join|passphrase",
              QT_TRANSLATE_NOOP("CommandLine",
                                "team mode on a shared PostgreSQL store (--db postgresql://...):\n"
                                "set up the team passphrase, join with it, or change it; the\n"
                                "passphrase from standard input or QUOTADECK_TEAM_PASSPHRASE") },
            { "migrate --to postgresql://user@host:port/db",
              QT_TRANSLATE_NOOP("CommandLine",
                                "copy this SQLite store (history too) into an empty shared store,\n"
                                "keys re-sealed under the team key, counts verified") },
            { "notify add NAME --kind webhook|slack|ntfy [--min-level info|warning|critical] < url.txt",
              QT_TRANSLATE_NOOP("CommandLine", "a channel for alerts that posts to the URL, sealed like a key") },
            { "notify add NAME --kind email --to ADDRESS --smtp-host HOST [--smtp-port N] [--smtp-user U]\n"
              "           [--min-level LEVEL] < smtp-password.txt",
              QT_TRANSLATE_NOOP("CommandLine",
                                "a channel for alerts that sends e-mail; the password is sealed like a\n"
                                "key (empty input: no login)") },
            { "notify list [--json]", QT_TRANSLATE_NOOP("CommandLine", "channels, URLs masked") },
            { "notify test NAME",
              QT_TRANSLATE_NOOP("CommandLine", "send one test message (exit 0 when delivered, 1 with the answer)") },
            { "notify remove NAME", QT_TRANSLATE_NOOP("CommandLine", "remove a channel") },
            { "serve [--listen ADDR:PORT] [--token-file FILE]",
              QT_TRANSLATE_NOOP("CommandLine",
                                "headless: auto-refresh, alerts, notifications, and /metrics and\n"
                                "/healthz on ADDR:PORT (default 127.0.0.1:9464); an address other\n"
                                "than loopback needs --token-file (a bearer token)") },
        },
        31);
    return QCoreApplication::translate("CommandLine", "Usage: quotadeck [global options] [command]") + u'\n' + u'\n'
        + QCoreApplication::translate("CommandLine",
                                      "Keeps a pool of Tavily API keys sealed in the system keychain and refreshes "
                                      "their quotas.\nWithout a command, opens the window.")
        + u'\n' + u'\n' + QCoreApplication::translate("CommandLine", "Global options:") + u'\n' + globalOptions + u'\n'
        + QCoreApplication::translate("CommandLine", "Commands:") + u'\n' + commands + u'\n'
        + QCoreApplication::translate("CommandLine",
                                      "Exit codes: 0 success, 2 bad usage or bad input, 3 refresh finished with some "
                                      "keys failed,\n1 anything else.")
        + u'\n';
}
