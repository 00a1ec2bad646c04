#include "ui/window/ElidedLabel.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace {
const QChar kEllipsis(0x2026);

// The width of the block's widest line as laid out now (asking the layout for the block lays it out again
// after an edit).
qreal naturalWidth(QTextDocument* doc, const QTextBlock& block)
{
    doc->documentLayout()->blockBoundingRect(block);
    qreal width = 0;
    const QTextLayout* layout = block.layout();
    for (int i = 0; layout && i < layout->lineCount(); ++i) {
        width = std::max(width, layout->lineAt(i).naturalTextWidth());
    }
    return width;
}
} // namespace

ElidedLabel::ElidedLabel(QWidget* parent)
    : QLabel(parent)
{
}

ElidedLabel::ElidedLabel(const QString& text, QWidget* parent)
    : QLabel(text, parent)
{
    updateElision();
}

ElidedLabel::~ElidedLabel() = default;

void ElidedLabel::setText(const QString& text)
{
    QLabel::setText(text);
    updateElision();
}

void ElidedLabel::setDetailToolTip(const QString& tip)
{
    m_detail = tip;
    updateElision();
}

QString ElidedLabel::plainText() const
{
    QTextDocument doc;
    const QString whole = text();
    const bool rich = textFormat() == Qt::RichText || (textFormat() == Qt::AutoText && Qt::mightBeRichText(whole));
    if (rich) {
        doc.setHtml(whole);
    } else {
        doc.setPlainText(whole);
    }
    return doc.toPlainText();
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QSize whole = QLabel::minimumSizeHint();
    if (wordWrap()) {
        return whole;
    }
    // A few letters and the ellipsis: enough to see that something is there and that it goes on.
    const int few
        = fontMetrics().horizontalAdvance(QStringLiteral("Mmm") + kEllipsis) + 2 * margin() + 2 * frameWidth();
    return { std::min(whole.width(), few), whole.height() };
}

void ElidedLabel::layoutText(QTextDocument* doc, int width, bool* elided) const
{
    doc->setDocumentMargin(0);
    doc->setDefaultFont(font());
    QTextOption option = doc->defaultTextOption();
    option.setWrapMode(QTextOption::NoWrap);
    doc->setDefaultTextOption(option);
    const QString whole = text();
    const bool rich = textFormat() == Qt::RichText || (textFormat() == Qt::AutoText && Qt::mightBeRichText(whole));
    if (rich) {
        doc->setHtml(whole);
    } else {
        doc->setPlainText(whole);
    }
    *elided = false;
    const qreal ellipsis = fontMetrics().horizontalAdvance(kEllipsis);
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (naturalWidth(doc, block) <= width) {
            continue;
        }
        *elided = true;
        const QTextLine line = block.layout()->lineAt(0);
        int cut = line.isValid() ? line.xToCursor(std::max<qreal>(0, width - ellipsis)) : 0;
        cut = std::clamp(cut, 0, std::max(0, block.length() - 1));
        // The ellipsis takes the format of the text before it (its colour, its weight).
        QTextCursor cursor(doc);
        cursor.setPosition(block.position() + cut);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        cursor.insertText(QString(kEllipsis));
        // Mixed fonts (a bold figure, normal words) can still overrun by a letter or two.
        while (cut > 0 && naturalWidth(doc, block) > width) {
            QTextCursor before(doc);
            before.setPosition(block.position() + cut - 1);
            before.setPosition(block.position() + cut, QTextCursor::KeepAnchor);
            before.removeSelectedText();
            --cut;
        }
    }
}

void ElidedLabel::updateElision()
{
    bool elided = false;
    if (!wordWrap() && !text().isEmpty()) {
        QTextDocument doc;
        layoutText(&doc, contentsRect().width() - 2 * margin(), &elided);
    }
    m_elided = elided;
    QString tip = m_detail;
    if (elided) {
        tip = m_detail.isEmpty() ? plainText() : plainText() + QLatin1Char('\n') + m_detail;
    }
    if (tip != toolTip()) {
        QWidget::setToolTip(tip);
    }
}

void ElidedLabel::paintEvent(QPaintEvent* event)
{
    const QRect area = contentsRect().adjusted(margin(), margin(), -margin(), -margin());
    QTextDocument doc;
    bool elided = false;
    if (!wordWrap() && !text().isEmpty()) {
        layoutText(&doc, area.width(), &elided);
    }
    if (elided != m_elided) {
        updateElision();
    }
    if (!elided) {
        QLabel::paintEvent(event); // the whole text, drawn exactly as a QLabel draws it
        return;
    }
    QPainter painter(this);
    drawFrame(&painter);
    const qreal height = doc.size().height();
    qreal top = area.top() + (area.height() - height) / 2;
    if (alignment() & Qt::AlignTop) {
        top = area.top();
    } else if (alignment() & Qt::AlignBottom) {
        top = area.bottom() + 1 - height;
    }
    painter.translate(area.left(), std::floor(top));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette();
    context.palette.setColor(QPalette::Text, palette().color(foregroundRole()));
    context.clip = QRectF(0, 0, area.width(), height);
    painter.setClipRect(context.clip);
    doc.documentLayout()->draw(&painter, context);
}

void ElidedLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    updateElision();
}

void ElidedLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        updateElision();
    }
}
