#include "app/cli/KeyCommands.h"

#include "app/cli/CommandJob.h"
#include "models/analytics/Figures.h"
#include "models/core/TextWidth.h"
#include "models/itemmodels/KeyTableModel.h"
#include "models/tavily/ApiKey.h"

#include <QCoreApplication>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

using Commands::jsonInt;
using Commands::jsonText;
using Commands::jsonTime;
using Commands::writeOut;

class KeyJob : public CommandJob
{
    Q_DECLARE_TR_FUNCTIONS(KeyCommands)

public:
    using CommandJob::CommandJob;

private:
    void start() override
    {
        const QStringList& c = m_inv.command;
        const QString verb = c.size() > 1 ? c.at(1) : QString();
        if (c.first() == QLatin1String("keys")) {
            if (verb == QLatin1String("list")) {
                return listKeys();
            }
            if (verb == QLatin1String("remove") || verb == QLatin1String("enable")
                || verb == QLatin1String("disable")) {
                return changeKey(verb);
            }
            if (verb == QLatin1String("add")) {
                return withVault([this]() { addKey(); });
            }
            if (verb == QLatin1String("import")) {
                return importKeys();
            }
            if (verb == QLatin1String("set")) {
                return setKey();
            }
            if (verb == QLatin1String("rotate")) {
                return withVault([this]() { rotateKey(); });
            }
        }
        fail(Commands::Failure, tr("%1 is not available in this version yet").arg(c.join(QLatin1Char(' '))));
    }

    void listKeys()
    {
        // The session's cache, read when it opened the store a moment ago.
        const QList<KeyRecord> keys = m_session->allKeys();
        if (m_inv.json) {
            QJsonArray array;
            for (const KeyRecord& key : keys) {
                array.append(QJsonObject {
                    { QStringLiteral("id"), double(key.id) },
                    { QStringLiteral("label"), key.label },
                    { QStringLiteral("masked"), key.masked },
                    { QStringLiteral("status"), keyStatusName(key.effectiveStatus()) },
                    { QStringLiteral("enabled"), key.enabled },
                    { QStringLiteral("key_usage"), jsonInt(key.keyUsage) },
                    { QStringLiteral("key_limit"), jsonInt(key.keyLimit) },
                    { QStringLiteral("plan"), jsonText(key.plan) },
                    { QStringLiteral("plan_usage"), jsonInt(key.planUsage) },
                    { QStringLiteral("plan_limit"), jsonInt(key.planLimit) },
                    { QStringLiteral("last_refreshed"), jsonTime(key.lastRefreshed) },
                    { QStringLiteral("last_error"), jsonText(key.lastError) },
                    { QStringLiteral("retry_at"), jsonTime(key.retryAt) },
                    { QStringLiteral("project"), jsonText(key.project) },
                    { QStringLiteral("kind"), ApiKey::kindName(ApiKey::kindOf(key.masked)) },
                    { QStringLiteral("added"), jsonTime(key.createdAt) },
                    { QStringLiteral("replaces"), jsonInt(key.replaces) },
                    { QStringLiteral("replaced_by"), jsonInt(key.replacedBy) },
                });
            }
            writeOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
            return done(Commands::Success);
        }
        if (keys.isEmpty()) {
            writeOut(tr("No keys yet. Add one with: quotadeck keys add --label NAME < keyfile") + QLatin1Char('\n'));
            return done(Commands::Success);
        }
        // Usage figures right-aligned so their magnitudes line up; labels never cut.
        using Align = TextTable::Align;
        TextTable table(
            { Align::Right, Align::Left, Align::Left, Align::Left, Align::Left, Align::Right, Align::Right });
        table.addRow({ tr("ID"),
                       tr("LABEL"),
                       tr("KEY"),
                       tr("PROJECT"),
                       tr("STATUS"),
                       tr("KEY USAGE"),
                       tr("PLAN USAGE"),
                       tr("LAST REFRESHED") });
        for (const KeyRecord& key : keys) {
            table.addRow({ QString::number(key.id),
                           key.label,
                           key.masked,
                           key.project.isEmpty() ? QStringLiteral("-") : key.project,
                           Figures::statusWord(key.effectiveStatus()),
                           KeyTableModel::formatUsage(key.keyUsage, key.keyLimit),
                           KeyTableModel::formatUsage(key.planUsage, key.planLimit),
                           key.lastRefreshed.isValid() ? key.lastRefreshed.toString(Qt::ISODate) : tr("never") });
            if (!key.lastError.isEmpty()) {
                table.addNote(QStringLiteral("      %1").arg(key.lastError));
            }
        }
        writeOut(table.text());
        done(Commands::Success);
    }

    void changeKey(const QString& verb)
    {
        // Each step on the store thread; the command goes on from its answer.
        m_session->resolveKey(
            m_inv.arguments.first(), [this, verb](const std::optional<KeyRecord>& key, const QString& error) {
                if (!key) {
                    const bool unreachable = error.contains(QLatin1String("unreachable"));
                    return fail(unreachable ? Commands::Failure : Commands::BadInput, error);
                }
                const KeyRecord found = *key;
                const auto finish = [this, verb, found](const QString& why) {
                    if (!why.isEmpty()) {
                        return fail(Commands::Failure, why);
                    }
                    const QString said = verb == QLatin1String("remove") ? tr("removed key %1 \"%2\" (%3)")
                        : verb == QLatin1String("enable")                ? tr("enabled key %1 \"%2\" (%3)")
                                                                         : tr("disabled key %1 \"%2\" (%3)");
                    writeOut(said.arg(found.id).arg(found.label, found.masked) + QLatin1Char('\n'));
                    done(Commands::Success);
                };
                if (verb == QLatin1String("remove")) {
                    m_session->removeKey(found.id, finish);
                } else {
                    m_session->setKeyEnabled(
                        found.id,
                        verb == QLatin1String("enable"),
                        [finish](const std::optional<KeyRecord>&, const QString& why) { finish(why); });
                }
            });
    }

    void addKey()
    {
        SecureBytes key = Commands::readSecretFromStdin(
            tr("Paste the Tavily API key (input hidden), then press Enter: ").toUtf8().constData(), 4096);
        if (key.isEmpty()) {
            return fail(Commands::BadInput, tr("no key arrived on standard input"));
        }
        if (const QString why = KeyManager::validateProject(m_inv.project.trimmed()); !why.isEmpty()) {
            return fail(Commands::BadInput, why);
        }
        m_session->addKey(
            m_inv.label,
            std::move(key),
            [this](const AddKeyOutcome& outcome) {
                if (!outcome.ok) {
                    const bool storeProblem = outcome.error.startsWith(QLatin1String("cannot"))
                        || outcome.error.contains(QLatin1String("unreachable"));
                    return fail(storeProblem ? Commands::Failure : Commands::BadInput, outcome.error);
                }
                writeOut(tr("added key %1 \"%2\" (%3)").arg(outcome.key.id).arg(outcome.key.label, outcome.key.masked)
                         + QLatin1Char('\n'));
                done(Commands::Success);
            },
            m_inv.project);
    }

    // keys rotate ID|LABEL < new-key: the new key from standard input exactly as `keys add` reads it.
    void rotateKey()
    {
        auto key = std::make_shared<SecureBytes>(Commands::readSecretFromStdin(
            tr("Paste the new Tavily API key (input hidden), then press Enter: ").toUtf8().constData(), 4096));
        if (key->isEmpty()) {
            return fail(Commands::BadInput, tr("no key arrived on standard input"));
        }
        m_session->resolveKey(
            m_inv.arguments.first(), [this, key](const std::optional<KeyRecord>& old, const QString& error) {
                if (!old) {
                    key->clear();
                    const bool unreachable = error.contains(QLatin1String("unreachable"));
                    return fail(unreachable ? Commands::Failure : Commands::BadInput, error);
                }
                m_session->rotateKey(old->id, std::move(*key), [this](const RotateOutcome& outcome) {
                    if (!outcome.ok) {
                        return fail(outcome.refused ? Commands::BadInput : Commands::Failure, outcome.error);
                    }
                    const KeyRecord& now = outcome.key;
                    const KeyRecord& was = outcome.retired;
                    writeOut(tr("rotated \"%1\": key %2 (%3) replaces key %4 (%5), now disabled as \"%6\"")
                                 .arg(now.label,
                                      QString::number(now.id),
                                      now.masked,
                                      QString::number(was.id),
                                      was.masked,
                                      was.label)
                             + QLatin1Char('\n'));
                    done(Commands::Success);
                });
            });
    }

    void importKeys()
    {
        // A refused project refuses the whole file before it is read.
        if (const QString why = KeyManager::validateProject(m_inv.project.trimmed()); !why.isEmpty()) {
            return fail(Commands::BadInput, why);
        }
        const QString source = m_inv.arguments.first();
        QFile file;
        const bool fromStdin = source == QLatin1String("-");
        // Unbuffered: QIODevice's own read buffer would be one more copy of the keys that nobody wipes.
        const auto mode = QIODevice::ReadOnly | QIODevice::Unbuffered;
        if (fromStdin ? !file.open(stdin, mode) : (file.setFileName(source), !file.open(mode))) {
            return fail(Commands::BadInput, tr("cannot read %1: %2").arg(source, file.errorString()));
        }
        if (!fromStdin && file.size() > KeyImportParser::kMaxInputBytes) {
            return fail(
                Commands::BadInput,
                tr("%1 is larger than %2 MiB; split it").arg(source).arg(KeyImportParser::kMaxInputBytes >> 20));
        }
        // Read one byte past the cap so the parser can tell an oversized stream from one at the limit.
        // Wiped however it ends, also when the vault never opens and the import does not run.
        auto text = std::shared_ptr<QByteArray>(new QByteArray, [](QByteArray* bytes) {
            SecureBytes::wipe(*bytes);
            delete bytes;
        });
        // A pipe hands over what it has, a chunk at a time: read to the end (or one byte past the cap),
        // into one buffer, so no partial list is imported as if it were the whole, and no copies are left.
        const qint64 cap = KeyImportParser::kMaxInputBytes + 1;
        text->resize(cap);
        qint64 used = 0;
        for (qint64 n = 0; used < cap && (n = file.read(text->data() + used, cap - used)) > 0;) {
            used += n;
        }
        text->resize(used);
        withVault([this, text]() {
            // The list moves to the store thread, which wipes it once parsed; `text` is left empty.
            const QString project = m_inv.project;
            m_session->importKeys(
                std::move(*text),
                [this](const ImportReport& report) {
                    for (const ImportRejection& rejection : report.rejected) {
                        std::fputs((tr("line %1: %2").arg(rejection.line).arg(rejection.reason) + QLatin1Char('\n'))
                                       .toUtf8()
                                       .constData(),
                                   stderr);
                    }
                    if (!report.error.isEmpty()) {
                        return fail(Commands::Failure, report.error);
                    }
                    const int imported = int(report.imported.size());
                    const int rejected = int(report.rejected.size());
                    writeOut(tr("%1; %2", "imported; rejected")
                                 .arg(tr("imported %n key(s)", nullptr, imported),
                                      tr("%n line(s) rejected", nullptr, rejected))
                             + QLatin1Char('\n'));
                    done(report.rejected.isEmpty() ? Commands::Success : Commands::BadInput);
                },
                project);
        });
    }

    // keys set ID|LABEL [--label L] [--project P]: the label first, then the project (an empty one clears it).
    void setKey()
    {
        if (m_inv.labelGiven) {
            if (const QString why = KeyManager::validateLabel(m_inv.label.trimmed()); !why.isEmpty()) {
                return fail(Commands::BadInput, why);
            }
        }
        if (const QString why = KeyManager::validateProject(m_inv.project.trimmed()); !why.isEmpty()) {
            return fail(Commands::BadInput, why);
        }
        m_session->resolveKey(
            m_inv.arguments.first(), [this](const std::optional<KeyRecord>& key, const QString& error) {
                if (!key) {
                    const bool unreachable = error.contains(QLatin1String("unreachable"));
                    return fail(unreachable ? Commands::Failure : Commands::BadInput, error);
                }
                const qint64 id = key->id;
                if (m_inv.labelGiven) {
                    m_session->renameKey(id, m_inv.label, [this](const auto& renamed, const QString& why) {
                        if (!renamed) {
                            return fail(why.contains(QLatin1String("already used")) ? Commands::BadInput
                                                                                    : Commands::Failure,
                                        why);
                        }
                        setProjectThenSay(*renamed);
                    });
                } else {
                    setProjectThenSay(*key);
                }
            });
    }

    void setProjectThenSay(const KeyRecord& key)
    {
        const auto say = [this](const KeyRecord& changed) {
            const QString line = changed.project.isEmpty()
                ? tr("key %1 \"%2\" (%3) has no project").arg(changed.id).arg(changed.label, changed.masked)
                : tr("key %1 \"%2\" (%3) is in project \"%4\"")
                      .arg(changed.id)
                      .arg(changed.label, changed.masked, changed.project);
            writeOut(line + QLatin1Char('\n'));
            done(Commands::Success);
        };
        if (!m_inv.projectGiven) {
            return say(key);
        }
        m_session->setKeyProject(key.id, m_inv.project, [this, say](const auto& changed, const QString& why) {
            if (!changed) {
                return fail(Commands::Failure, why);
            }
            say(*changed);
        });
    }
};

} // namespace

bool KeyCommands::handles(const Invocation& invocation)
{
    return !invocation.command.isEmpty() && invocation.command.first() == QLatin1String("keys");
}

int KeyCommands::run(const Invocation& invocation)
{
    return CommandJob::run<KeyJob>(invocation);
}
