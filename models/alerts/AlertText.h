#pragma once
// What an alert says to the person at the window, in the language and locale QuotaDeck speaks now
// (Translations::install): rendered when shown, from the alert's kind and the facts AlertEngine recorded,
// so an alert raised under one language reads right under another. The Alerts tab, the banner, the tray and
// the PDF report show this text.
//
// The stored English `message` stays what notification channels (webhook, Slack, ntfy, e-mail) and the JSON
// report send: those go to team channels and scripts, in one language for everyone. An alert stored before
// the facts existed (or one whose facts lack what its kind needs) is shown with its stored message.

#include "models/alerts/AlertRecord.h"

#include <QCoreApplication>
#include <QString>

class AlertText
{
    Q_DECLARE_TR_FUNCTIONS(AlertText)
public:
    // What an alert is about, in a few words ("Usage over the alert threshold").
    static QString title(AlertKind kind);
    // One sentence with the figures, numbers and times in the default locale's format (times in the local
    // time zone); the stored message when the facts cannot say it.
    static QString message(const AlertRecord& alert);
    // Whether message() is rendered from the facts (false: it is the stored English message).
    static bool rendered(const AlertRecord& alert);
};
