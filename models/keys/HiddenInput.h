#pragma once
// While alive, standard input (when it is a terminal) does not echo what is typed, and `prompt` is on stderr.
// Echo goes off before the prompt shows, so nothing typed once the prompt is seen can appear on screen.
// The terminal's settings come back, and the line ends on stderr, when it goes.

class HiddenInput
{
public:
    explicit HiddenInput(const char* prompt);
    ~HiddenInput();
    HiddenInput(const HiddenInput&) = delete;
    HiddenInput& operator=(const HiddenInput&) = delete;

    bool terminal() const { return m_terminal; }

private:
    bool m_terminal = false;
    struct Saved;
    Saved* m_saved = nullptr;
};
