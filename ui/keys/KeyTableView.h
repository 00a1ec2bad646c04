#pragma once
// The key table: one row per key through the filter proxy, status pills and usage bars, columns fitted to
// what they hold (again when keys come or go, only grown after a refresh, never over a width the user chose), a hint
// over the empty table, and the selection read back as keys in table order.

#include "models/store/Records.h"

#include <QSet>
#include <QTableView>

class KeyFilterProxyModel;
class KeyTableModel;
class QLabel;

class KeyTableView : public QTableView
{
    Q_OBJECT
public:
    KeyTableView(KeyTableModel* model, KeyFilterProxyModel* proxy, QWidget* parent);
    ~KeyTableView() override;

    // The selected keys in table order, so a confirmation lists them as they appear.
    QList<KeyRecord> selectedKeys() const;
    QList<qint64> selectedEnabledIds() const;
    void selectKey(qint64 id);
    // Starts editing the current row's label.
    void editCurrentLabel();
    // Says beside the key's label why a rename was refused.
    void showRenameError(qint64 id, const QString& error);
    // Renaming touches the rows a running refresh is about to write.
    void setRenamable(bool renamable);
    // Fits the short columns when the keys are others than at the last fit (the first keys in, an import,
    // an addition or a removal); growOnly after a refresh. Columns the user sized keep their width.
    void fitColumnsToKeys();
    void fitColumns(bool growOnly);
    // "No keys yet" or "No key matches" over the empty viewport.
    void updateEmptyHint(const QString& filterText);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    KeyTableModel* m_model;
    KeyFilterProxyModel* m_proxy;
    QLabel* m_emptyHint;
    bool m_fittingColumns = false;
    QSet<qint64> m_fittedKeys; // the keys the columns were last fitted to
    QSet<int> m_userSizedColumns;
};
