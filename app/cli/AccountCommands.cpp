#include "app/cli/AccountCommands.h"

#include "app/cli/CommandJob.h"
#include "models/analytics/AnalyticsCalls.h"
#include "models/analytics/Figures.h"
#include "models/core/TextWidth.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using Commands::jsonTime;
using Commands::writeOut;

QJsonValue jsonDay(const std::optional<int>& day)
{
    return day ? QJsonValue(*day) : QJsonValue(QJsonValue::Null);
}

class AccountJob : public CommandJob
{
    Q_DECLARE_TR_FUNCTIONS(AccountCommands)

public:
    using CommandJob::CommandJob;

private:
    void start() override
    {
        // The accounts and their histories come from the rollups (key_accounts): roll up first.
        rollUp(0, [this]() { withForecasts([this](const ForecastSet& set) { answer(set); }); });
    }

    void withForecasts(std::function<void(const ForecastSet&)> then)
    {
        AnalyticsCalls::forecasts(m_session->storeService(),
                                  this,
                                  m_session->settings(),
                                  m_session->clock()->now(),
                                  [this, then](const ForecastSet& set) {
                                      if (!set.error.isEmpty()) {
                                          return fail(Commands::Failure,
                                                      tr("cannot read the usage history: %1").arg(set.error));
                                      }
                                      then(set);
                                  });
    }

    void answer(const ForecastSet& set)
    {
        if (m_inv.command.at(1) == QLatin1String("list")) {
            return list(set);
        }
        const AccountForecast* account = AccountCommands::find(set, m_inv.arguments.first());
        if (!account) {
            return fail(Commands::BadInput,
                        tr("no account is \"%1\" (see quotadeck accounts list)").arg(m_inv.arguments.first()));
        }
        const std::optional<int> day
            = m_inv.resetDay == QLatin1String("auto") ? std::nullopt : std::optional<int>(m_inv.resetDay.toInt());
        const qint64 id = account->account.id;
        AnalyticsCalls::setAccountResetDay(
            m_session->storeService(), this, id, day, m_session->clock()->now(), [this, id](const QString& error) {
                if (!error.isEmpty()) {
                    return fail(Commands::Failure, error);
                }
                // Read back as the forecasts will use it.
                withForecasts([this, id](const ForecastSet& after) {
                    const AccountForecast* a = AccountCommands::find(after, QString::number(id));
                    if (!a) {
                        return fail(Commands::Failure, tr("account %1 is gone").arg(id));
                    }
                    writeOut(tr("account %1: the billing cycle resets on day %2 (%3)\n")
                                 .arg(id)
                                 .arg(a->cycle.day())
                                 .arg(accountCycleSourceText(a->cycle.source())));
                    done(Commands::Success);
                });
            });
    }

    void list(const ForecastSet& set)
    {
        if (m_inv.json) {
            QJsonArray accounts;
            for (const AccountForecast& a : set.accounts) {
                accounts.append(QJsonObject {
                    { QStringLiteral("id"), double(a.account.id) },
                    { QStringLiteral("plan"), Commands::jsonText(a.account.plan) },
                    { QStringLiteral("keys"), QJsonArray::fromStringList(a.labels) },
                    { QStringLiteral("inferred_reset_day"), jsonDay(a.cycle.inferredDay) },
                    { QStringLiteral("reset_day_override"), jsonDay(a.cycle.overrideDay) },
                    { QStringLiteral("reset_day"), a.cycle.day() },
                    { QStringLiteral("reset_day_source"), accountCycleSourceName(a.cycle.source()) },
                    { QStringLiteral("cycle_start"), jsonTime(a.forecast.cycleStart) },
                    { QStringLiteral("cycle_end"), jsonTime(a.forecast.cycleEnd) },
                });
            }
            writeOut(QString::fromUtf8(QJsonDocument(accounts).toJson(QJsonDocument::Indented)));
            return done(Commands::Success);
        }
        if (set.accounts.isEmpty()) {
            writeOut(tr("no accounts yet: a key joins its account once a refresh has looked it up\n"));
            return done(Commands::Success);
        }
        using Align = TextTable::Align;
        TextTable table({ Align::Right, Align::Left, Align::Right, Align::Right, Align::Left, Align::Left });
        table.addRow({ tr("ID"), tr("ACCOUNT"), tr("INFERRED"), tr("SET"), tr("RESET DAY IN USE"), tr("CYCLE (UTC)") });
        const QString none = QStringLiteral("-");
        for (const AccountForecast& a : set.accounts) {
            const QString format = QStringLiteral("yyyy-MM-dd");
            table.addRow({ QString::number(a.account.id),
                           Figures::accountName(a),
                           a.cycle.inferredDay ? QString::number(*a.cycle.inferredDay) : none,
                           a.cycle.overrideDay ? QString::number(*a.cycle.overrideDay) : none,
                           tr("%1 (%2)", "reset day (where it comes from)")
                               .arg(a.cycle.day())
                               .arg(accountCycleSourceText(a.cycle.source())),
                           tr("%1 – %2", "a billing cycle")
                               .arg(a.forecast.cycleStart.toUTC().toString(format),
                                    a.forecast.cycleEnd.toUTC().toString(format)) });
        }
        writeOut(table.text());
        done(Commands::Success);
    }
};

} // namespace

bool AccountCommands::handles(const Invocation& invocation)
{
    return !invocation.command.isEmpty() && invocation.command.first() == QLatin1String("accounts");
}

int AccountCommands::run(const Invocation& invocation)
{
    return CommandJob::run<AccountJob>(invocation);
}

const AccountForecast* AccountCommands::find(const ForecastSet& set, const QString& text)
{
    const QString wanted = text.trimmed();
    bool isNumber = false;
    const qint64 number = wanted.toLongLong(&isNumber);
    // An account's id first, then a key of it (by id, then by label).
    for (const AccountForecast& a : set.accounts) {
        if (isNumber && a.account.id == number) {
            return &a;
        }
    }
    for (const KeyForecast& k : set.keys) {
        if ((isNumber && k.key.id == number) || k.key.label == wanted) {
            for (const AccountForecast& a : set.accounts) {
                if (a.account.keyIds.contains(k.key.id)) {
                    return &a;
                }
            }
        }
    }
    return nullptr;
}
