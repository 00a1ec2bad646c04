#pragma once
// The command-line contract of DESIGN.md, parsed without a QCoreApplication so main() can decide between a
// window (no subcommand) and a headless job before creating one. Global options may stand anywhere.

#include <QString>
#include <QStringList>

struct Invocation
{
    QStringList command; // {"keys","add"}, {"refresh"}, ...; empty opens the window
    QStringList arguments; // positional arguments after the command words
    QString dataDir;
    QString database;
    QString apiBase;
    QString label;
    QString project; // keys add|import|set --project; report --project
    QString account; // report --account: an account id, or the id or label of one of its keys
    QString resetDay; // accounts set --reset-day: 1..28 or "auto"
    QString name; // org set-key --name: the organisation's name as Tavily knows it
    bool labelGiven = false; // --label was on the command line (keys set: even empty)
    bool projectGiven = false; // --project was on the command line (keys set: empty clears it)
    bool accountGiven = false; // --account was on the command line
    QString format;
    QString output;
    QString since;
    QString until;
    QString table;
    QString lang; // report, forecast: the language of human-readable output ("" follows the system locale)
    QString to; // migrate --to URL; notify add --to ADDRESS
    // notify add
    QString kind;
    QString minLevel;
    QString smtpHost;
    QString smtpUser;
    int smtpPort = 0; // 0: default
    // serve
    QString listen;
    QString tokenFile;
    int concurrency = 0; // 0: default
    bool demo = false;
    bool json = false;
    bool force = false;
    bool help = false;
    bool version = false;
    QString error; // set when the command line is unusable (exit code 2)

    bool opensWindow() const { return command.isEmpty() && !help && !version; }
};

namespace CommandLine {
Invocation parse(const QStringList& arguments); // arguments[0] is the program
Invocation parse(int argc, char** argv);
// The --help text in the installed language, one translation per entry; %1 stands for the default data dir.
QString helpText();
} // namespace CommandLine
