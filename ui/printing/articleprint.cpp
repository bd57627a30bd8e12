#include "printing/articleprint.h"

#include "highlightcolors.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace Randnotiz {

namespace {

constexpr qreal BodyPoints = 11;
constexpr qreal Resolution = 300; // dots per inch of the PDF; fine enough for text and cheap to write

// Paper has no translucency worth trusting: the highlight colour mixed with white, opaque.
QColor paperHighlight(Color color)
{
    const QColor c = swatchColor(color);
    const auto mix = [](int channel) { return int(channel * 0.4 + 255 * 0.6); };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue()));
}

class Builder
{
public:
    Builder(QTextDocument &document, qreal dpi)
        : m_document(document)
        , m_cursor(&document)
        , m_pixelsPerPoint(dpi / 72.0)
    {
        QFont font = document.defaultFont();
        font.setPointSizeF(BodyPoints);
        document.setDefaultFont(font);
    }

    QTextCharFormat text(qreal points = BodyPoints, bool bold = false, const QColor &color = {}) const
    {
        QTextCharFormat format;
        format.setFontPointSize(points);
        format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        if (color.isValid())
            format.setForeground(color);
        return format;
    }

    QTextBlockFormat block(qreal topPoints, qreal bottomPoints) const
    {
        QTextBlockFormat format;
        format.setTopMargin(topPoints * m_pixelsPerPoint);
        format.setBottomMargin(bottomPoints * m_pixelsPerPoint);
        return format;
    }

    // Starts a paragraph; the document's first, empty block is used for the first one.
    void paragraph(const QTextBlockFormat &blockFormat, const QTextCharFormat &charFormat)
    {
        if (m_first) {
            m_cursor.setBlockFormat(blockFormat);
            m_cursor.setBlockCharFormat(charFormat);
            m_cursor.setCharFormat(charFormat);
            m_first = false;
        } else {
            m_cursor.insertBlock(blockFormat, charFormat);
        }
    }

    void line(const QString &content, const QTextBlockFormat &blockFormat, const QTextCharFormat &charFormat)
    {
        paragraph(blockFormat, charFormat);
        m_cursor.insertText(content, charFormat);
    }

    QTextCursor &cursor() { return m_cursor; }

private:
    QTextDocument &m_document;
    QTextCursor m_cursor;
    qreal m_pixelsPerPoint;
    bool m_first = true;
};

// The indices (within their part) of the segments that are headings: a section's heading, an entry's question.
// Maps each such index to the number of its section or entry.
template<typename List, typename Count> QHash<int, int> headingIndices(const List &list, Count paragraphsOf)
{
    QHash<int, int> indices;
    int index = 0;
    for (int item = 0; item < list.size(); ++item) {
        indices.insert(index, item);
        index += 1 + int(paragraphsOf(list.at(item)));
    }
    return indices;
}

QString partHeader(Part part)
{
    switch (part) {
    case Part::Commentary:
        return ArticlePrint::tr("Commentary");
    case Part::Forecast:
        return ArticlePrint::tr("Forecast");
    case Part::Explanation:
        return ArticlePrint::tr("Persons and terms");
    case Part::Notes:
        return ArticlePrint::tr("Notes and photo credit");
    case Part::Headline:
    case Part::Body:
    case Part::Extra:
        break;
    }
    return {};
}

} // namespace

QString ArticlePrint::footerText(const QString &fileName, int page, int pages)
{
    return tr("%1 · page %2 of %3", "file name, page number, number of pages").arg(fileName).arg(page).arg(pages);
}

std::unique_ptr<QTextDocument> ArticlePrint::buildDocument(const PrintInput &input, qreal dpi)
{
    auto document = std::make_unique<QTextDocument>();
    Builder b(*document, dpi);
    const ArticleText text = input.text.isEmpty() ? ArticleText(input.article) : input.text;
    const Article &article = input.article;

    const QHash<int, int> sectionHeadings
        = headingIndices(article.extraSections(), [](const Section &s) { return s.paragraphs.size(); });
    const QHash<int, int> questions
        = headingIndices(article.explanations(), [](const Explanation &e) { return e.paragraphs.size(); });
    const int photoIndex = article.notes() ? int(article.notes()->size()) : 0;
    const QColor quiet(0x55, 0x55, 0x55);

    // Where each segment's first character sits in the document, before any note number is inserted.
    QList<int> segmentStart;
    segmentStart.reserve(text.segments().size());
    bool creditDone = false;
    std::optional<Part> previous;
    const auto credit = [&] {
        if (creditDone)
            return;
        creditDone = true;
        if (const auto &source = article.source())
            b.line(source->line, b.block(2, 8), b.text(9, false, quiet));
    };

    for (const ArticleText::Segment &segment : text.segments()) {
        const Part part = segment.part;
        if (part != Part::Headline && part != Part::Body)
            credit();
        if (part != previous) {
            const QString header = partHeader(part);
            if (!header.isEmpty())
                b.line(header, b.block(16, 4), b.text(14, true));
        }
        previous = part;

        QString prefix;
        QTextCharFormat format = b.text();
        QTextBlockFormat blockFormat = b.block(0, 6);
        if (part == Part::Headline) {
            format = b.text(20, true);
            blockFormat = b.block(0, 10);
        } else if ((part == Part::Commentary && segment.index == 0)
                   || (part == Part::Explanation && questions.contains(segment.index))) {
            format = b.text(BodyPoints, true);
            blockFormat = b.block(6, 2);
        } else if (part == Part::Extra && sectionHeadings.contains(segment.index)) {
            format = b.text(14, true);
            blockFormat = b.block(16, 4);
        } else if (part == Part::Notes && article.photo() && segment.index == photoIndex) {
            prefix = tr("Photo: ");
        }
        b.paragraph(blockFormat, format);
        if (!prefix.isEmpty())
            b.cursor().insertText(prefix, format);
        segmentStart.append(b.cursor().position());
        b.cursor().insertText(text.text().mid(segment.start, segment.length), format);
        // An entry's link is part of what the article says about it, though no note can sit on it.
        if (part == Part::Explanation && questions.contains(segment.index)) {
            const Explanation &e = article.explanations().at(questions.value(segment.index));
            if (e.wikipedia)
                b.line(e.wikipedia->url.toDisplayString(), b.block(0, 4), b.text(9, false, quiet));
        }
    }
    credit();

    // Highlights, then the note numbers from the end backwards so that earlier positions stay valid.
    const auto documentPosition = [&](int offset, bool atEnd) -> int {
        const int i = text.segmentAt(atEnd ? std::max(0, offset - 1) : offset);
        if (i < 0)
            return -1;
        const ArticleText::Segment &s = text.segments().at(i);
        return segmentStart.at(i) + std::clamp(offset - s.start, 0, s.length);
    };
    struct Marker
    {
        int position;
        int number;
    };
    QList<Marker> markers;
    for (int n = 0; n < input.annotations.size(); ++n) {
        const Annotation &a = input.annotations.at(n);
        if (a.status == AnchorStatus::Orphaned || a.start < 0 || a.end <= a.start || a.end > text.text().size())
            continue;
        QTextCharFormat background;
        background.setBackground(paperHighlight(a.color));
        for (int i = std::max(0, text.segmentAt(a.start)); i < text.segments().size(); ++i) {
            const ArticleText::Segment &s = text.segments().at(i);
            if (s.start >= a.end)
                break;
            const int from = std::max(a.start, s.start);
            const int to = std::min(a.end, s.end());
            if (from >= to)
                continue;
            QTextCursor range(document.get());
            range.setPosition(segmentStart.at(i) + from - s.start);
            range.setPosition(segmentStart.at(i) + to - s.start, QTextCursor::KeepAnchor);
            range.mergeCharFormat(background);
        }
        const int end = documentPosition(a.end, true);
        if (end >= 0)
            markers.append(Marker { end, n + 1 });
    }
    std::sort(markers.begin(), markers.end(), [](const Marker &x, const Marker &y) {
        return x.position != y.position ? x.position > y.position : x.number > y.number;
    });
    QTextCharFormat superscript = b.text(BodyPoints, true, QColor(0x1a, 0x4f, 0x9c));
    superscript.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
    for (const Marker &marker : std::as_const(markers)) {
        QTextCursor at(document.get());
        at.setPosition(marker.position);
        at.insertText(QString::number(marker.number), superscript);
    }

    // The notes as endnotes, numbered as in the text.
    if (!input.annotations.isEmpty()) {
        QTextCursor end(document.get());
        end.movePosition(QTextCursor::End);
        b.cursor() = end;
        b.line(tr("Your notes"), b.block(22, 6), b.text(14, true));
        for (int n = 0; n < input.annotations.size(); ++n) {
            const Annotation &a = input.annotations.at(n);
            QString quote = a.quote;
            if (quote.size() > 300)
                quote = quote.left(300) + QStringLiteral("…");
            b.line(tr("%1. “%2”", "note number, quoted passage").arg(n + 1).arg(quote), b.block(8, 2),
                   b.text(BodyPoints, true));
            if (a.status == AnchorStatus::Orphaned)
                b.line(tr("(this passage is no longer in the article)"), b.block(0, 2), b.text(9, false, quiet));
            const QStringList noteLines = a.note.split(u'\n');
            for (const QString &noteLine : noteLines) {
                if (!noteLine.trimmed().isEmpty())
                    b.line(noteLine, b.block(0, 2), b.text());
            }
            QString details = tr("Colour: %1").arg(input.labels.describe(a.color));
            if (!a.tags.isEmpty())
                details += QStringLiteral(" · ") + tr("Tags: %1").arg(a.tags.join(QStringLiteral(", ")));
            b.line(details, b.block(0, 4), b.text(9, false, quiet));
        }
    }
    return document;
}

bool ArticlePrint::paint(QTextDocument &document, QPagedPaintDevice &device, const QString &fileName)
{
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    document.documentLayout()->setPaintDevice(&device);
    QFont footerFont = document.defaultFont();
    footerFont.setPointSizeF(8.5);
    const QFontMetricsF metrics(footerFont, &device);
    const qreal width = device.width();
    const qreal height = device.height();
    const qreal footerHeight = metrics.height() * 2.5;
    const QSizeF body(width, height - footerHeight);
    document.setPageSize(body);
    const int pages = document.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return false;
        }
        painter.save();
        const QRectF clip(0, page * body.height(), body.width(), body.height());
        painter.translate(0, -clip.top());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(QRectF(0, height - metrics.height(), width, metrics.height()), Qt::AlignHCenter,
                         footerText(fileName, page + 1, pages));
    }
    return painter.end();
}

bool ArticlePrint::writePdf(const PrintInput &input, const QString &outputPath, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = tr("cannot write %1: %2").arg(outputPath, why);
        return false;
    };
    QSaveFile file(outputPath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setResolution(int(Resolution));
        writer.setCreator(QStringLiteral("Randnotiz"));
        writer.setTitle(input.article.headline());
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 18, 20, 14),
                                         QPageLayout::Millimeter));
        const std::unique_ptr<QTextDocument> document = buildDocument(input, Resolution);
        if (!paint(*document, writer, QFileInfo(input.path).fileName())) {
            file.cancelWriting();
            return fail(tr("the PDF could not be drawn"));
        }
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace Randnotiz
