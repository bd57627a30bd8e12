#include "article/articletext.h"

#include <QCryptographicHash>

#include <algorithm>
#include <array>

namespace Randnotiz {

namespace {

constexpr std::array<std::pair<Part, const char16_t *>, 7> partNames { {
    { Part::Headline, u"headline" },
    { Part::Body, u"body" },
    { Part::Commentary, u"commentary" },
    { Part::Forecast, u"forecast" },
    { Part::Explanation, u"explanation" },
    { Part::Notes, u"notes" },
    { Part::Extra, u"extra" },
} };

bool isInvisible(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x00AD || u == 0x200B || u == 0x200C || u == 0x200D || u == 0x2060 || u == 0xFEFF;
}

} // namespace

QString partName(Part part)
{
    for (const auto &[p, name] : partNames) {
        if (p == part)
            return QString::fromUtf16(name);
    }
    return {};
}

std::optional<Part> partFromName(const QString &name)
{
    for (const auto &[p, n] : partNames) {
        if (name == QStringView(n))
            return p;
    }
    return std::nullopt;
}

QString ArticleText::normalise(const QString &paragraph)
{
    const QString nfc = paragraph.normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(nfc.size());
    bool pendingSpace = false;
    for (const QChar c : nfc) {
        if (isInvisible(c))
            continue;
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(u' ');
            pendingSpace = false;
        }
        out.append(c);
    }
    return out;
}

void ArticleText::append(Part part, int index, const QString &paragraph)
{
    const QString normalised = normalise(paragraph);
    if (normalised.isEmpty())
        return;
    if (!m_text.isEmpty())
        m_text.append(Separator);
    m_segments.append(Segment { part, index, int(m_text.size()), int(normalised.size()) });
    m_text.append(normalised);
}

ArticleText::ArticleText(const Article &article)
{
    append(Part::Headline, 0, article.headline());
    for (int i = 0; i < article.body().size(); ++i)
        append(Part::Body, i, article.body().at(i));
    if (const auto &commentary = article.commentary()) {
        append(Part::Commentary, 0, commentary->title);
        for (int i = 0; i < commentary->paragraphs.size(); ++i)
            append(Part::Commentary, i + 1, commentary->paragraphs.at(i));
    }
    if (const auto &forecast = article.forecast()) {
        for (int i = 0; i < forecast->size(); ++i)
            append(Part::Forecast, i, forecast->at(i));
    }
    int extra = 0;
    for (const Section &section : article.extraSections()) {
        append(Part::Extra, extra++, section.heading);
        for (const QString &paragraph : section.paragraphs)
            append(Part::Extra, extra++, paragraph);
    }
    int explanation = 0;
    for (const Explanation &e : article.explanations()) {
        append(Part::Explanation, explanation++, e.question);
        for (const QString &paragraph : e.paragraphs)
            append(Part::Explanation, explanation++, paragraph);
    }
    int notes = 0;
    if (const auto &list = article.notes()) {
        for (const QString &note : *list)
            append(Part::Notes, notes++, note);
    }
    if (const auto &photo = article.photo())
        append(Part::Notes, notes, *photo);

    for (int i = 0; i < m_text.size(); ++i) {
        if (m_text.at(i).isLowSurrogate())
            m_lowSurrogates.append(i);
    }
    m_fingerprint = QString::fromLatin1(QCryptographicHash::hash(m_text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

int ArticleText::segmentIndex(Part part, int index) const
{
    for (int i = 0; i < m_segments.size(); ++i) {
        if (m_segments.at(i).part == part && m_segments.at(i).index == index)
            return i;
    }
    return -1;
}

int ArticleText::segmentAt(int offset) const
{
    if (m_segments.isEmpty() || offset < 0 || offset > m_text.size())
        return -1;
    // The last segment starting at or before offset.
    const auto it = std::upper_bound(m_segments.cbegin(), m_segments.cend(), offset,
                                     [](int value, const Segment &s) { return value < s.start; });
    if (it == m_segments.cbegin())
        return -1;
    return int(std::distance(m_segments.cbegin(), it)) - 1;
}

std::optional<int> ArticleText::offsetOf(const Location &location) const
{
    const int i = segmentIndex(location.part, location.index);
    if (i < 0 || location.offset < 0 || location.offset > m_segments.at(i).length)
        return std::nullopt;
    return m_segments.at(i).start + location.offset;
}

std::optional<ArticleText::Location> ArticleText::locationOf(int offset) const
{
    const int i = segmentAt(offset);
    if (i < 0)
        return std::nullopt;
    const Segment &s = m_segments.at(i);
    return Location { s.part, s.index, std::min(offset - s.start, s.length) };
}

int ArticleText::toCodePoints(int utf16Offset) const
{
    const auto before = std::lower_bound(m_lowSurrogates.cbegin(), m_lowSurrogates.cend(), utf16Offset);
    return utf16Offset - int(std::distance(m_lowSurrogates.cbegin(), before));
}

int ArticleText::fromCodePoints(int codePointOffset) const
{
    // Each low surrogate before the result adds one UTF-16 unit.
    int offset = codePointOffset;
    for (const int low : m_lowSurrogates) {
        if (low <= offset)
            ++offset;
        else
            break;
    }
    return offset;
}

} // namespace Randnotiz
