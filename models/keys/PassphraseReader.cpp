#include "models/keys/PassphraseReader.h"
#include "models/keys/HiddenInput.h"

#include <QCoreApplication>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sodium.h>
#include <unistd.h>

namespace {
struct Taken
{
    SecureBytes passphrase;
    bool present = false;
    bool tooLong = false;
};

Taken& taken()
{
    static Taken value;
    return value;
}

// One sentence each, so a translator sees where the passphrase came from in its own words.
QString tooLongMessage(bool fromEnvironment)
{
    return (fromEnvironment ? QCoreApplication::translate("PassphraseReader",
                                                          "the team passphrase in QUOTADECK_TEAM_PASSPHRASE is longer "
                                                          "than %1 bytes; QuotaDeck refuses it rather than use only "
                                                          "part of it")
                            : QCoreApplication::translate("PassphraseReader",
                                                          "the team passphrase on standard input is longer than %1 "
                                                          "bytes; QuotaDeck refuses it rather than use only part of "
                                                          "it"))
        .arg(PassphraseReader::maxLength);
}

// One line from `fd` into guarded memory; false when it runs past maxLength. *length excludes the line end.
bool readLine(int fd, SecureBytes& buffer, std::size_t* length)
{
    unsigned char c = 0;
    *length = 0;
    while (::read(fd, &c, 1) == 1 && c != '\n') {
        if (*length == buffer.size()) {
            sodium_memzero(&c, sizeof c);
            return false;
        }
        buffer.data()[(*length)++] = c;
    }
    sodium_memzero(&c, sizeof c);
    if (*length > 0 && buffer.data()[*length - 1] == '\r') {
        --*length;
    }
    return true;
}
} // namespace

void PassphraseReader::takeFromEnvironment()
{
    char* value = std::getenv(variable);
    if (value == nullptr) {
        return;
    }
    const std::size_t length = std::strlen(value);
    Taken& t = taken();
    t.present = length > 0;
    t.tooLong = length > maxLength;
    if (t.present && !t.tooLong) {
        t.passphrase = SecureBytes::guarded(length);
        std::memcpy(t.passphrase.data(), value, length);
    }
    // getenv() points into the block itself: zero it there, then drop the variable.
    sodium_memzero(value, length);
    ::unsetenv(variable);
}

SecureBytes PassphraseReader::read(const char* prompt, QString* error)
{
    Taken& t = taken();
    if (t.present) {
        t.present = false;
        if (t.tooLong) {
            *error = tooLongMessage(true);
            return {};
        }
        return std::move(t.passphrase);
    }
    SecureBytes buffer = SecureBytes::guarded(maxLength);
    std::size_t length = 0;
    bool fits = false;
    {
        const HiddenInput hidden(prompt);
        fits = readLine(STDIN_FILENO, buffer, &length);
    }
    if (!fits) {
        *error = tooLongMessage(false);
        return {};
    }
    if (length == 0) {
        *error = QCoreApplication::translate(
            "PassphraseReader", "no team passphrase: give it on standard input or in QUOTADECK_TEAM_PASSPHRASE");
        return {};
    }
    SecureBytes line = SecureBytes::guarded(length);
    std::memcpy(line.data(), buffer.data(), length);
    return line; // `buffer` is wiped as it goes
}
