#pragma once
// Help > About QuotaDeck: the version, the licence (GPL-3.0-or-later: Qt Charts is GPL-3.0, so the whole
// program must be GPL-compatible) and the third-party libraries the executable links, each with its licence
// and, where the library can say so, the version running now.

#include <QDialog>
#include <QList>
#include <QString>

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    struct Component
    {
        QString name;
        QString version; // the one running now, where the library reports it; else empty
        QString licence; // SPDX expression
        QString url;
    };
    // What the quotadeck executable links, as shipped by Debian 12 (see debian/copyright of each package).
    static QList<Component> thirdPartyComponents();

    explicit AboutDialog(QWidget* parent = nullptr);
};
