#pragma once
// The team passphrase of a headless command, from QUOTADECK_TEAM_PASSPHRASE or one line of standard input,
// into guarded memory only (SecureBytes::guarded).
//
// The environment: unsetenv() drops the variable from environ but leaves its bytes in the block the kernel
// shows as /proc/PID/environ for the life of the process. takeFromEnvironment() (first thing in main, before
// anything reads the environment) copies the value out, overwrites it in place, then removes it.
// Standard input: read byte by byte with read(2) (no stdio buffer keeps a copy), without echo at a terminal.
// A passphrase longer than maxLength is refused, never cut to what fits.

#include "models/vault/SecureBytes.h"

#include <QString>
#include <cstddef>

class PassphraseReader
{
public:
    static constexpr std::size_t maxLength = 1024; // bytes; the window's passphrase field takes fewer
    static constexpr char variable[] = "QUOTADECK_TEAM_PASSPHRASE";

    // Moves the variable's value into this process's keeping and wipes it from the environment block.
    static void takeFromEnvironment();
    // The passphrase: the one taken from the environment (once), else one line of standard input, after
    // `prompt` on stderr and with echo off when it is a terminal. Empty with *error when there is none or it
    // is longer than maxLength.
    static SecureBytes read(const char* prompt, QString* error);
};
