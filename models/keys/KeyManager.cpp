#include "models/keys/KeyManager.h"

#include "models/core/Logging.h"
#include "models/store/KeyRepository.h"
#include "models/store/Store.h"
#include "models/tavily/ApiKey.h"
#include "models/vault/Vault.h"

#include <QCoreApplication>
#include <QSet>

#include <vector>

namespace {
QString vaultClosed()
{
    return QCoreApplication::translate("KeyManager", "the keychain is not open, so keys cannot be sealed");
}

QString labelFromMask(const QString& masked)
{
    // "tvly-dev-****Ab3x" -> "key Ab3x": short, recognisable, and reveals nothing the mask does not.
    return QStringLiteral("key ") + masked.section(QLatin1Char('*'), -1);
}
} // namespace

KeyManager::KeyManager(Store& store, const Vault& vault, const QDateTime& now)
    : m_store(&store)
    , m_vault(&vault)
    , m_now(now.toUTC())
{
}

namespace {
// What is wrong with a label or a project name: both are free text shown in tables, reports and logs, so
// they get one check; only the words differ.
enum class TextProblem { None, Empty, TooLong, Control, KeyLike };

TextProblem textProblem(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        return TextProblem::Empty;
    }
    if (text.size() > KeyImportParser::kMaxLabelLength) {
        return TextProblem::TooLong;
    }
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control) {
            return TextProblem::Control;
        }
    }
    return ApiKey::holdsKeyLikeText(text) ? TextProblem::KeyLike : TextProblem::None;
}
} // namespace

QString KeyManager::validateLabel(const QString& label)
{
    switch (textProblem(label)) {
    case TextProblem::None:
        return {};
    case TextProblem::Empty:
        return QCoreApplication::translate("KeyManager", "the label is empty");
    case TextProblem::TooLong:
        return QCoreApplication::translate("KeyManager", "the label is longer than %1 characters")
            .arg(KeyImportParser::kMaxLabelLength);
    case TextProblem::Control:
        return QCoreApplication::translate("KeyManager", "the label contains control characters");
    case TextProblem::KeyLike:
        return ApiKey::keyLikeLabelReason();
    }
    return {};
}

QString KeyManager::validateProject(const QString& project)
{
    switch (textProblem(project)) {
    case TextProblem::None:
    case TextProblem::Empty:
        return {};
    case TextProblem::TooLong:
        return QCoreApplication::translate("KeyManager", "the project name is longer than %1 characters")
            .arg(KeyImportParser::kMaxLabelLength);
    case TextProblem::Control:
        return QCoreApplication::translate("KeyManager", "the project name contains control characters");
    case TextProblem::KeyLike:
        return QCoreApplication::translate("KeyManager",
                                           "the project name looks like an API key (tvly- and 16 or more letters or "
                                           "digits); a project is named, not keyed");
    }
    return {};
}

QString
KeyManager::uniqueLabel(const QString& wanted, const QSet<QString>& taken, QHash<QString, int>* nextSuffix) const
{
    // nextSuffix remembers, per wanted label, where the search for a free "label (n)" stopped: without it an
    // import of many keys wanting the same label (100 000 unlabelled keys ending alike) is quadratic.
    const auto nameFor = [&wanted](int n) { return n == 1 ? wanted : QStringLiteral("%1 (%2)").arg(wanted).arg(n); };
    int n = nextSuffix ? nextSuffix->value(wanted, 1) : 1; // 1: the label itself, then "label (2)", ...
    QString label = nameFor(n);
    while (taken.contains(label) || KeyRepository(*m_store).labelExists(label)) {
        label = nameFor(++n);
    }
    if (nextSuffix) {
        nextSuffix->insert(wanted, n + 1);
    }
    return label;
}

AddKeyOutcome KeyManager::add(const QString& label, SecureBytes key, const QString& project)
{
    AddKeyOutcome outcome;
    const QString wantedProject = project.trimmed();
    if (const QString why = validateProject(wantedProject); !why.isEmpty()) {
        key.clear();
        outcome.error = why;
        return outcome;
    }
    if (!m_vault->isOpen()) {
        outcome.error = vaultClosed();
        return outcome;
    }
    SecureBytes trimmed = trimmedKey(std::move(key), &outcome.error);
    if (trimmed.isEmpty()) {
        return outcome;
    }
    const QString wantedLabel = label.trimmed();
    if (!wantedLabel.isEmpty()) {
        if (const QString why = validateLabel(wantedLabel); !why.isEmpty()) {
            outcome.error = why;
            return outcome;
        }
    }
    // Sealed before the first statement (see the header): wasted work only for a duplicate.
    KeyRecord record;
    record.fingerprint = m_vault->fingerprint(trimmed.view());
    record.masked = ApiKey::mask(trimmed.view());
    record.sealed = m_vault->seal(trimmed, record.fingerprint);
    trimmed.clear();
    if (record.sealed.isEmpty() || record.fingerprint.isEmpty()) {
        outcome.error = vaultClosed();
        return outcome;
    }
    if (!wantedLabel.isEmpty() && KeyRepository(*m_store).labelExists(wantedLabel)) {
        outcome.error = QCoreApplication::translate("KeyManager", "the label \"%1\" is already used by another key")
                            .arg(wantedLabel);
        return outcome;
    }
    if (const auto existing = KeyRepository(*m_store).byFingerprint(record.fingerprint)) {
        outcome.error
            = QCoreApplication::translate("KeyManager", "this key is already stored as \"%1\"").arg(existing->label);
        return outcome;
    }
    record.label = wantedLabel.isEmpty() ? uniqueLabel(labelFromMask(record.masked), {}) : wantedLabel;
    record.project = wantedProject;
    record.createdAt = m_now;
    QList<KeyRecord> batch { record };
    if (!KeyRepository(*m_store).insert(batch)) {
        outcome.error = m_store->lastError();
        return outcome;
    }
    qCInfo(lcKeys).noquote() << "added key" << record.masked << "as" << record.label;
    outcome.ok = true;
    outcome.key = batch.first();
    return outcome;
}

ImportReport KeyManager::import(QByteArrayView text, const QString& project)
{
    ImportReport report;
    const QString wantedProject = project.trimmed();
    if (const QString why = validateProject(wantedProject); !why.isEmpty()) {
        report.error = why;
        return report;
    }
    ImportParse parsed = KeyImportParser::parse(text);
    report.rejected = parsed.rejections;
    if (parsed.entries.empty()) {
        return report;
    }
    if (!m_vault->isOpen()) {
        report.error = vaultClosed();
        return report;
    }
    // First every key sealed and fingerprinted, no SQL (see the header); then the store's checks.
    struct Sealed
    {
        int line;
        QString wanted;
        KeyRecord record;
    };
    std::vector<Sealed> sealed;
    sealed.reserve(parsed.entries.size());
    for (ImportEntry& entry : parsed.entries) {
        KeyRecord record;
        record.project = wantedProject;
        record.createdAt = m_now;
        record.fingerprint = m_vault->fingerprint(entry.key.view());
        record.masked = ApiKey::mask(entry.key.view());
        const QString wanted = entry.label.isEmpty() ? labelFromMask(record.masked) : entry.label;
        if (const QString why = validateLabel(wanted); !why.isEmpty()) {
            report.rejected.append({ entry.line, why });
            entry.key.clear();
            continue;
        }
        record.sealed = m_vault->seal(entry.key, record.fingerprint);
        entry.key.clear();
        if (record.sealed.isEmpty() || record.fingerprint.isEmpty()) {
            report.error = vaultClosed(); // closed meanwhile
            return report;
        }
        sealed.push_back({ entry.line, wanted, std::move(record) });
    }
    QSet<QString> takenLabels;
    QHash<QString, int> nextSuffix;
    QList<KeyRecord> batch;
    batch.reserve(qsizetype(sealed.size()));
    for (Sealed& one : sealed) {
        if (const auto existing = KeyRepository(*m_store).byFingerprint(one.record.fingerprint)) {
            report.rejected.append(
                { one.line,
                  QCoreApplication::translate("KeyManager", "already stored as \"%1\"").arg(existing->label) });
            continue;
        }
        // Imports never fail over a label clash: a list of 500 keys should not stop at a repeated name.
        one.record.label = uniqueLabel(one.wanted, takenLabels, &nextSuffix);
        takenLabels.insert(one.record.label);
        batch.append(std::move(one.record));
    }
    std::sort(report.rejected.begin(), report.rejected.end(), [](const ImportRejection& a, const ImportRejection& b) {
        return a.line < b.line;
    });
    if (batch.isEmpty()) {
        return report;
    }
    if (!KeyRepository(*m_store).insert(batch)) {
        report.error = QCoreApplication::translate("KeyManager", "nothing was imported: %1").arg(m_store->lastError());
        return report;
    }
    report.imported = batch;
    qCInfo(lcKeys) << "imported" << batch.size() << "keys," << report.rejected.size() << "lines rejected";
    return report;
}

OrgSetOutcome KeyManager::setOrganization(const QString& name, SecureBytes key)
{
    OrgSetOutcome outcome;
    outcome.refused = true;
    SecureBytes trimmed = trimmedKey(std::move(key), &outcome.error);
    if (trimmed.isEmpty()) {
        return outcome;
    }
    const QString wanted = name.simplified();
    if (const QString why = validateLabel(wanted); !why.isEmpty()) {
        trimmed.clear();
        outcome.error = QCoreApplication::translate("KeyManager", "the organisation's name: %1").arg(why);
        return outcome;
    }
    outcome.refused = false;
    OrgRecord& org = outcome.org;
    org.name = wanted;
    org.fingerprint = m_vault->fingerprint(trimmed.view());
    org.masked = ApiKey::mask(trimmed.view());
    org.sealed = m_vault->seal(trimmed, org.fingerprint);
    trimmed.clear();
    if (org.sealed.isEmpty() || org.fingerprint.isEmpty()) {
        outcome.error = vaultClosed();
        return outcome;
    }
    org.updatedAt = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    if (!OrgStore(*m_store).set(org, org.updatedAt.toMSecsSinceEpoch(), &outcome.error)) {
        return outcome;
    }
    outcome.ok = true;
    return outcome;
}

SecureBytes KeyManager::trimmedKey(SecureBytes key, QString* error)
{
    qsizetype begin = 0;
    qsizetype end = qsizetype(key.size());
    const QByteArrayView raw = key.view();
    while (begin < end && QChar::isSpace(uchar(raw.at(begin)))) {
        ++begin;
    }
    while (end > begin && QChar::isSpace(uchar(raw.at(end - 1)))) {
        --end;
    }
    SecureBytes trimmed(raw.sliced(begin, end - begin));
    key.clear();
    if (const QString why = ApiKey::validate(trimmed.view()); !why.isEmpty()) {
        trimmed.clear();
        if (error) {
            *error = why;
        }
        return {};
    }
    return trimmed;
}

QString KeyManager::retiredLabel(const QString& label, const QDate& day, int n)
{
    QString suffix = QStringLiteral(" (retired %1)").arg(day.toString(Qt::ISODate));
    if (n > 1) {
        suffix += QLatin1Char(' ') + QString::number(n);
    }
    // Labels are at most kMaxLabelLength long wherever they are given; the retired one keeps to that too.
    return label.left(KeyImportParser::kMaxLabelLength - suffix.size()) + suffix;
}

RotateOutcome KeyManager::rotate(qint64 id, SecureBytes key)
{
    RotateOutcome outcome;
    auto refuse = [&outcome](const QString& why) {
        outcome.refused = true;
        outcome.error = why;
        return outcome;
    };
    if (!m_vault->isOpen()) {
        key.clear();
        outcome.error = vaultClosed();
        return outcome;
    }
    SecureBytes trimmed = trimmedKey(std::move(key), &outcome.error);
    if (trimmed.isEmpty()) {
        return refuse(outcome.error);
    }
    // Sealed before the first statement (see the header).
    KeyRecord record;
    record.fingerprint = m_vault->fingerprint(trimmed.view());
    record.masked = ApiKey::mask(trimmed.view());
    record.sealed = m_vault->seal(trimmed, record.fingerprint);
    record.createdAt = m_now;
    trimmed.clear();
    if (record.sealed.isEmpty() || record.fingerprint.isEmpty()) {
        outcome.error = vaultClosed();
        return outcome;
    }
    KeyRepository keys(*m_store);
    const std::optional<KeyRecord> old = keys.byId(id);
    if (!old) {
        return refuse(QCoreApplication::translate("KeyManager", "no key has the id or label \"%1\"").arg(id));
    }
    if (old->fingerprint == record.fingerprint) {
        return refuse(QCoreApplication::translate("KeyManager", "the new key is the same as the old one of \"%1\"")
                          .arg(old->label));
    }
    if (const auto existing = keys.byFingerprint(record.fingerprint)) {
        return refuse(
            QCoreApplication::translate("KeyManager", "this key is already stored as \"%1\"").arg(existing->label));
    }
    if (old->replacedBy) {
        return refuse(QCoreApplication::translate("KeyManager", "the key \"%1\" was already rotated").arg(old->label));
    }
    const QDate day = (m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc()).date();
    const auto name = [day](const QString& label, int n) { return retiredLabel(label, day, n); };
    if (!keys.rotate(id, name, record, &outcome.retired)) {
        outcome.error = m_store->lastError();
        return outcome;
    }
    qCInfo(lcKeys).noquote() << "rotated key" << outcome.retired.masked << "to" << record.masked << "as"
                             << record.label;
    outcome.ok = true;
    outcome.key = record;
    return outcome;
}

bool KeyManager::remove(qint64 id, QString* error)
{
    // The sealed secret lives in the row, so deleting the row removes the secret with it.
    if (KeyRepository(*m_store).remove(id)) {
        return true;
    }
    if (error) {
        *error = m_store->lastError();
    }
    return false;
}

bool KeyManager::setEnabled(qint64 id, bool enabled, QString* error)
{
    if (KeyRepository(*m_store).setEnabled(id, enabled)) {
        return true;
    }
    if (error) {
        *error = m_store->lastError();
    }
    return false;
}

bool KeyManager::rename(qint64 id, const QString& label, QString* error)
{
    const QString wanted = label.trimmed();
    QString why = validateLabel(wanted);
    if (why.isEmpty()) {
        const auto other = KeyRepository(*m_store).byLabel(wanted);
        if (other && other->id != id) {
            why = QCoreApplication::translate("KeyManager", "the label \"%1\" is already used by another key")
                      .arg(wanted);
        } else if (!KeyRepository(*m_store).setLabel(id, wanted)) {
            why = m_store->lastError();
        }
    }
    if (error) {
        *error = why;
    }
    return why.isEmpty();
}

bool KeyManager::setProject(qint64 id, const QString& project, QString* error)
{
    const QString wanted = project.trimmed();
    QString why = validateProject(wanted);
    if (why.isEmpty() && !KeyRepository(*m_store).setProject(id, wanted)) {
        why = m_store->lastError();
    }
    if (error) {
        *error = why;
    }
    return why.isEmpty();
}

std::optional<KeyRecord> KeyManager::resolve(const QString& idOrLabel, QString* error) const
{
    // A label wins over an id: a key labelled "12" is still reachable by its label.
    if (auto byLabel = KeyRepository(*m_store).byLabel(idOrLabel)) {
        return byLabel;
    }
    bool isNumber = false;
    const qint64 id = idOrLabel.toLongLong(&isNumber);
    if (isNumber) {
        if (auto byId = KeyRepository(*m_store).byId(id)) {
            return byId;
        }
    }
    if (error) {
        *error = QCoreApplication::translate("KeyManager", "no key has the id or label \"%1\"").arg(idOrLabel);
    }
    return std::nullopt;
}
