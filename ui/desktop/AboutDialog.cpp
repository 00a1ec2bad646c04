#include "ui/desktop/AboutDialog.h"

#include "models/core/Versions.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

QList<AboutDialog::Component> AboutDialog::thirdPartyComponents()
{
    const QString qt = QString::fromLatin1(qVersion());
    return {
        { QStringLiteral("Qt 6 (Core, Gui, Widgets, Network, Sql, D-Bus)"),
          qt,
          QStringLiteral("LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only"),
          QStringLiteral("https://www.qt.io/") },
        { QStringLiteral("Qt Charts"), qt, QStringLiteral("GPL-3.0-only"), QStringLiteral("https://www.qt.io/") },
        { QStringLiteral("QtKeychain"),
          Versions::qtKeychain(),
          QStringLiteral("BSD-2-Clause"),
          QStringLiteral("https://github.com/frankosterfeld/qtkeychain") },
        { QStringLiteral("libsodium"),
          Versions::sodium(),
          QStringLiteral("ISC"),
          QStringLiteral("https://libsodium.org/") },
        { QStringLiteral("SQLite"),
          Versions::sqlite(),
          tr("blessing (public domain)"),
          QStringLiteral("https://sqlite.org/") },
    };
}

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About QuotaDeck"));

    auto* icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));

    auto* title = new QLabel(this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    title->setTextFormat(Qt::RichText);
    title->setText(tr("<h2>QuotaDeck %1</h2><p>Quota console for pools of Tavily API keys.</p>")
                       .arg(QStringLiteral(QUOTADECK_VERSION)));

    auto* licence = new QLabel(this);
    licence->setObjectName(QStringLiteral("aboutLicence"));
    licence->setTextFormat(Qt::RichText);
    licence->setWordWrap(true);
    licence->setOpenExternalLinks(true);
    licence->setText(
        tr("<p>QuotaDeck is free software: you can redistribute it and/or modify it under the terms of the GNU "
           "General Public License as published by the Free Software Foundation, either version 3 of the "
           "License, or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO "
           "WARRANTY. See <a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">the GNU GPL</a>.</p>"
           "<p>It uses these libraries:</p>"));

    auto* list = new QTreeWidget(this);
    list->setObjectName(QStringLiteral("aboutComponents"));
    list->setRootIsDecorated(false);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setFocusPolicy(Qt::NoFocus); // read-only: no focus frame on the first row
    list->setHeaderLabels({ tr("Library"), tr("Version"), tr("Licence"), tr("Website") });
    for (const Component& component : thirdPartyComponents()) {
        new QTreeWidgetItem(list, { component.name, component.version, component.licence, component.url });
    }
    // As tall and wide as its rows: no empty space, no cut-off licence or address.
    list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    int width = 2 * list->frameWidth();
    for (int column = 0; column < list->columnCount(); ++column) {
        list->resizeColumnToContents(column);
        width += list->columnWidth(column);
    }
    list->setMinimumWidth(width);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::ActionRole);
    aboutQt->setObjectName(QStringLiteral("aboutQtButton"));
    connect(aboutQt, &QPushButton::clicked, qApp, &QApplication::aboutQt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addWidget(title, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(licence);
    layout->addWidget(list);
    layout->addWidget(buttons);
}
