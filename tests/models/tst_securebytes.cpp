// SecureBytes: the buffer every secret passes through. Its wiping of freed memory cannot be observed without
// undefined behaviour, so these tests check what can be: moves leave nothing behind, clear() empties,
// takeFrom()/wipe() zero the caller's QByteArray in place, and comparison is by content.

#include "models/vault/SecureBytes.h"

#include <QFile>

#include <QTest>

#include <algorithm>
#include <csignal>
#include <sys/resource.h>
#include <sys/wait.h>
#include <type_traits>
#include <unistd.h>

static_assert(!std::is_copy_constructible_v<SecureBytes>);
static_assert(!std::is_copy_assignable_v<SecureBytes>);
static_assert(std::is_nothrow_move_constructible_v<SecureBytes>);
static_assert(std::is_nothrow_move_assignable_v<SecureBytes>);

namespace {
const QByteArray apiKey = QByteArrayLiteral("tvly-dev-TESTabcdef0123456789");

bool allZero(const char* data, qsizetype size)
{
    return std::all_of(data, data + size, [](char c) { return c == 0; });
}
} // namespace

class TstSecureBytes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultIsEmpty()
    {
        SecureBytes bytes;
        QVERIFY(bytes.isEmpty());
        QCOMPARE(bytes.size(), std::size_t(0));
        QVERIFY(bytes.data() == nullptr);
        QVERIFY(bytes.view().isEmpty());
        QVERIFY(!bytes.isGuarded());
    }

    void sizeConstructorZeroFills()
    {
        SecureBytes bytes(std::size_t(64));
        QCOMPARE(bytes.size(), std::size_t(64));
        QVERIFY(!bytes.isEmpty());
        QVERIFY(allZero(bytes.view().data(), bytes.view().size()));
        SecureBytes none(std::size_t(0));
        QVERIFY(none.isEmpty());
    }

    void viewConstructorCopies()
    {
        QByteArray source = apiKey;
        SecureBytes bytes { QByteArrayView(source) };
        QCOMPARE(bytes.view(), QByteArrayView(apiKey));
        QVERIFY(reinterpret_cast<const char*>(bytes.data()) != source.constData());
        source[0] = 'X'; // the copy is independent of the source
        QCOMPARE(bytes.view(), QByteArrayView(apiKey));
        QCOMPARE(source.at(0), 'X'); // and the source is the caller's to wipe
    }

    void moveConstructionTakesTheBuffer()
    {
        SecureBytes a { QByteArrayView(apiKey) };
        const unsigned char* buffer = a.data();
        SecureBytes b(std::move(a));
        QVERIFY(b.data() == buffer); // moved, not copied
        QCOMPARE(b.view(), QByteArrayView(apiKey));
        QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): a moved-from buffer is defined to be empty
        QVERIFY(a.data() == nullptr);
    }

    void moveAssignmentReplacesAndEmptiesSource()
    {
        SecureBytes a { QByteArrayView(apiKey) };
        SecureBytes b { QByteArrayView("something else entirely") };
        b = std::move(a);
        QCOMPARE(b.view(), QByteArrayView(apiKey));
        QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move)
        SecureBytes c;
        c = std::move(b);
        QCOMPARE(c.view(), QByteArrayView(apiKey));
        QVERIFY(b.isEmpty()); // NOLINT(bugprone-use-after-move)
    }

    void cloneIsADeepCopy()
    {
        SecureBytes a { QByteArrayView(apiKey) };
        SecureBytes b = a.clone();
        QVERIFY(a == b);
        QVERIFY(a.data() != b.data());
        b.data()[0] = 'X';
        QVERIFY(!(a == b));
        QCOMPARE(a.view(), QByteArrayView(apiKey));
        QVERIFY(SecureBytes().clone().isEmpty());
    }

    void clearResets()
    {
        SecureBytes bytes { QByteArrayView(apiKey) };
        bytes.clear();
        QVERIFY(bytes.isEmpty());
        QCOMPARE(bytes.size(), std::size_t(0));
        QVERIFY(bytes.data() == nullptr);
        bytes.clear(); // twice is harmless
        QVERIFY(bytes.isEmpty());
        SecureBytes guarded = SecureBytes::guarded(32);
        guarded.clear();
        QVERIFY(guarded.isEmpty());
        QVERIFY(!guarded.isGuarded());
    }

    void takeFromWipesAndEmptiesTheSource()
    {
        QByteArray source = apiKey;
        source.detach();
        QVERIFY(source.isDetached());
        SecureBytes bytes = SecureBytes::takeFrom(source);
        QCOMPARE(bytes.view(), QByteArrayView(apiKey));
        QVERIFY(source.isEmpty());
    }

    void wipeZeroesTheBufferInPlace()
    {
        // wipe() is the half of takeFrom() that can be watched: the buffer stays allocated, zeroed.
        QByteArray source = apiKey;
        source.detach();
        const char* buffer = source.constData();
        QVERIFY(SecureBytes::wipe(source));
        QCOMPARE(source.size(), apiKey.size());
        QVERIFY(source.constData() == buffer); // wiped in place, not detached into a new copy
        QVERIFY(allZero(source.constData(), source.size()));
    }

    void wipeCoversSpareCapacity()
    {
        // A key typed, then shortened: the cut-off tail is still in the allocation.
        QByteArray source = apiKey + QByteArrayLiteral("-typo");
        source.detach();
        source.chop(5);
        const qsizetype capacity = source.capacity();
        QVERIFY(capacity >= apiKey.size() + 5);
        QVERIFY(SecureBytes::wipe(source));
        QVERIFY(allZero(source.constData(), capacity));
    }

    void wipeCoversSpaceBeforeTheData()
    {
        QByteArray source = QByteArrayLiteral("KEY=") + apiKey;
        source.detach();
        source.remove(0, 4); // may leave the prefix in front of data()
        QCOMPARE(source, apiKey);
        QVERIFY(SecureBytes::wipe(source));
        QVERIFY(allZero(source.constData(), source.size()));
    }

    void takeFromLeavesASharedBufferToItsOtherHolders()
    {
        // The documented limitation: another QByteArray still refers to the buffer, so it is not wiped.
        QByteArray source = apiKey;
        source.detach();
        const QByteArray otherHolder = source; // implicitly shared
        QVERIFY(!source.isDetached());
        QVERIFY(!SecureBytes::wipe(source));
        SecureBytes bytes = SecureBytes::takeFrom(source);
        QCOMPARE(bytes.view(), QByteArrayView(apiKey));
        QVERIFY(source.isEmpty());
        QCOMPARE(otherHolder, apiKey);
    }

    void takeFromNeverWritesToRawData()
    {
        static const char raw[] = "tvly-dev-TESTabcdef0123456789";
        QByteArray source = QByteArray::fromRawData(raw, qsizetype(sizeof raw - 1));
        SecureBytes bytes = SecureBytes::takeFrom(source);
        QCOMPARE(bytes.view(), QByteArrayView(apiKey));
        QVERIFY(source.isEmpty());
        QCOMPARE(QByteArrayView(raw), QByteArrayView(apiKey)); // not ours to wipe (and read-only)
        QByteArray empty;
        QVERIFY(SecureBytes::takeFrom(empty).isEmpty());
        QVERIFY(!SecureBytes::wipe(empty));
    }

    void equality_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<bool>("equal");
        QTest::newRow("same") << apiKey << apiKey << true;
        QTest::newRow("last byte differs") << apiKey << QByteArray(apiKey).replace(apiKey.size() - 1, 1, "X") << false;
        QTest::newRow("first byte differs") << apiKey << QByteArray(apiKey).replace(0, 1, "X") << false;
        QTest::newRow("prefix") << apiKey << apiKey.left(10) << false;
        QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
        QTest::newRow("empty and not") << QByteArray() << apiKey << false;
        QTest::newRow("binary with zeros") << QByteArray(16, '\0') << QByteArray(16, '\0') << true;
        QTest::newRow("zeros of other length") << QByteArray(16, '\0') << QByteArray(17, '\0') << false;
    }

    void equality()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QFETCH(bool, equal);
        const SecureBytes x { QByteArrayView(a) };
        const SecureBytes y { QByteArrayView(b) };
        QCOMPARE(x == y, equal);
        QCOMPARE(y == x, equal);
        QVERIFY(x == x);
    }

    void guardedBuffer()
    {
        SecureBytes key = SecureBytes::guarded(32);
        QCOMPARE(key.size(), std::size_t(32));
        QVERIFY(key.isGuarded());
        QVERIFY(allZero(key.view().data(), key.view().size()));
        std::fill(key.data(), key.data() + key.size(), static_cast<unsigned char>(0x5a));

        SecureBytes copy = key.clone();
        QVERIFY(copy.isGuarded());
        QVERIFY(copy == key);
        QVERIFY(copy == SecureBytes(QByteArray(32, char(0x5a))));

        SecureBytes moved(std::move(key));
        QVERIFY(moved.isGuarded());
        QVERIFY(!key.isGuarded()); // NOLINT(bugprone-use-after-move)
        QVERIFY(key.isEmpty()); // NOLINT(bugprone-use-after-move)
        moved = SecureBytes { QByteArrayView(apiKey) }; // frees the guarded buffer through sodium_free
        QVERIFY(!moved.isGuarded());
        QVERIFY(SecureBytes::guarded(0).isEmpty());
    }

    // sodium_malloc fails (the address space is used up, so it cannot map its guard pages) while the
    // ordinary heap still has room: a guarded buffer must not quietly become an ordinary one. Run in a child
    // process, since failing loudly ends it.
    void guardedFailsLoudlyWithoutProtectedMemory()
    {
        int pipeFds[2];
        QCOMPARE(::pipe(pipeFds), 0);
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            ::dup2(pipeFds[1], STDERR_FILENO);
            ::close(pipeFds[0]);
            qInstallMessageHandler(nullptr); // Qt Test's handler would log and carry on
            std::signal(SIGABRT, SIG_DFL);
            const rlimit noCore { 0, 0 };
            ::setrlimit(RLIMIT_CORE, &noCore);
            delete[] new unsigned char[64]; // a free heap chunk for the fallback to find
            QFile status(QStringLiteral("/proc/self/status"));
            status.open(QIODevice::ReadOnly);
            quint64 vmSize = 0;
            for (const QByteArray& line : status.readAll().split('\n')) {
                if (line.startsWith("VmSize:")) {
                    vmSize = line.mid(7).trimmed().split(' ').value(0).toULongLong() * 1024;
                }
            }
            status.close();
            const rlimit noMoreMappings { rlim_t(vmSize), rlim_t(vmSize) };
            if (vmSize == 0 || ::setrlimit(RLIMIT_AS, &noMoreMappings) != 0) {
                ::_exit(4);
            }
            SecureBytes bytes = SecureBytes::guarded(32);
            ::_exit(bytes.isGuarded() ? 0 : 3); // 3: it fell back to the ordinary heap
        }
        ::close(pipeFds[1]);
        QByteArray said;
        char buffer[512];
        for (ssize_t n = 0; (n = ::read(pipeFds[0], buffer, sizeof buffer)) > 0;) {
            said.append(buffer, n);
        }
        ::close(pipeFds[0]);
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY2(!WIFEXITED(status) || WEXITSTATUS(status) != 4, "could not limit the child's address space");
        QVERIFY2(!WIFEXITED(status) || WEXITSTATUS(status) != 0, "sodium_malloc did not fail in the child");
        QVERIFY2(!WIFEXITED(status) || WEXITSTATUS(status) != 3,
                 "SecureBytes::guarded() fell back to ordinary heap memory");
        QVERIFY2(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT, said.constData());
        QVERIFY2(said.contains("protected memory"), said.constData());
    }
};

QTEST_GUILESS_MAIN(TstSecureBytes)
#include "tst_securebytes.moc"
