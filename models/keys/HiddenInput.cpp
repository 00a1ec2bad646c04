#include "models/keys/HiddenInput.h"

#include <cstdio>
#include <termios.h>
#include <unistd.h>

struct HiddenInput::Saved
{
    termios settings {};
};

HiddenInput::HiddenInput(const char* prompt)
    : m_terminal(::isatty(STDIN_FILENO) != 0)
{
    if (!m_terminal) {
        return;
    }
    m_saved = new Saved;
    if (::tcgetattr(STDIN_FILENO, &m_saved->settings) == 0) {
        termios hidden = m_saved->settings;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &hidden);
    }
    std::fputs(prompt, stderr);
    std::fflush(stderr);
}

HiddenInput::~HiddenInput()
{
    if (!m_terminal) {
        return;
    }
    ::tcsetattr(STDIN_FILENO, TCSANOW, &m_saved->settings);
    delete m_saved;
    std::fputs("\n", stderr);
}
