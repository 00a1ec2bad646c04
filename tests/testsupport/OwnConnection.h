#pragma once
// The test's own connection to a session's store, to read or seed what a test checks directly: the
// session itself only reaches its store through its store thread.

#include "models/session/Session.h"
#include "models/store/Store.h"

#include <QtGlobal>
#include <memory>

inline std::unique_ptr<Store> ownConnection(const Session& session)
{
    QString error;
    std::unique_ptr<Store> store = Store::open(session.storeLocation(), &error);
    if (!store) {
        qFatal("cannot open the test's own connection: %s", qPrintable(error));
    }
    return store;
}
