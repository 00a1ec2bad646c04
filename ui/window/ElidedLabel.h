#pragma once
// A label that never clips: when its text (plain or rich, one or more lines) is wider than the label, each
// line too long is drawn cut with an ellipsis, colours and weights kept, and the whole text goes into the
// tooltip (ahead of any tooltip of its own). text() stays the whole text, so whoever reads the label reads
// what it says, not what fits. It asks for little width (an ellipsis and a few letters), so a long line never
// widens the window. With word wrap on it behaves as a plain QLabel.

#include <QLabel>

class QTextDocument;

class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget* parent = nullptr);
    explicit ElidedLabel(const QString& text, QWidget* parent = nullptr);
    ~ElidedLabel() override;

    // QLabel::setText and setToolTip are not virtual: call these on an ElidedLabel.
    void setText(const QString& text);
    // The label's own tooltip; the whole text is put before it while the text is cut.
    void setDetailToolTip(const QString& tip);
    // True while some line is drawn cut at the current width.
    bool isElided() const { return m_elided; }
    // The text without markup, lines joined by '\n'.
    QString plainText() const;

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    // The text as drawn at `width`: every line wider than it cut to fit, ending in an ellipsis.
    void layoutText(QTextDocument* doc, int width, bool* elided) const;
    void updateElision();

    QString m_detail;
    bool m_elided = false;
};
