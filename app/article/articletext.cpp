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
    // Written in place: every character out stands for at least one in (a space for a run of them).
    QString out(nfc.size(), Qt::Uninitialized);
    QChar *const begin = out.data();
    QChar *to = begin;
    bool pendingSpace = false;
    for (const QChar c : nfc) {
        if (isInvisible(c))
            continue;
        if (c.isSpace()) {
            pendingSpace = to != begin;
            continue;
        }
        if (pendingSpace) {
            *to++ = u' ';
            pendingSpace = false;
        }
        *to++ = c;
    }
    out.truncate(to - begin);
    return out;
}

namespace {

// The parts in the order of the plain text, for looking a segment up by (part, index).
int partRank(Part part)
{
    switch (part) {
    case Part::Headline:
        return 0;
    case Part::Body:
        return 1;
    case Part::Commentary:
        return 2;
    case Part::Forecast:
        return 3;
    case Part::Extra:
        return 4;
    case Part::Explanation:
        return 5;
    case Part::Notes:
        return 6;
    }
    return 7;
}

} // namespace

void ArticleText::append(Part part, int index, const QString &paragraph, Role role, int group, int row)
{
    const QString normalised = normalise(paragraph);
    if (normalised.isEmpty())
        return;
    if (!m_text.isEmpty())
        m_text.append(Separator);
    m_segments.append(Segment { part, index, int(m_text.size()), int(normalised.size()), role, group, row });
    m_text.append(normalised);
}

ArticleText::ArticleText(const Article &article)
{
    append(Part::Headline, 0, article.headline(), Role::Headline, 0, -1);
    for (int i = 0; i < article.body().size(); ++i)
        append(Part::Body, i, article.body().at(i), Role::Paragraph, 0, i);
    if (const auto &commentary = article.commentary()) {
        append(Part::Commentary, 0, commentary->title, Role::Heading, 0, -1);
        for (int i = 0; i < commentary->paragraphs.size(); ++i)
            append(Part::Commentary, i + 1, commentary->paragraphs.at(i), Role::Paragraph, 0, i);
    }
    if (const auto &forecast = article.forecast()) {
        for (int i = 0; i < forecast->size(); ++i)
            append(Part::Forecast, i, forecast->at(i), Role::Paragraph, 0, i);
    }
    // Headings and paragraphs of all sections are numbered together, questions and paragraphs of all
    // explanations too (see the README); group and row say where each sits in the article.
    int extra = 0;
    for (int s = 0; s < article.extraSections().size(); ++s) {
        const Section &section = article.extraSections().at(s);
        append(Part::Extra, extra++, section.heading, Role::Heading, s, -1);
        for (int p = 0; p < section.paragraphs.size(); ++p)
            append(Part::Extra, extra++, section.paragraphs.at(p), Role::Paragraph, s, p);
    }
    int explanation = 0;
    for (int n = 0; n < article.explanations().size(); ++n) {
        const Explanation &e = article.explanations().at(n);
        append(Part::Explanation, explanation++, e.question, Role::Question, n, -1);
        for (int p = 0; p < e.paragraphs.size(); ++p)
            append(Part::Explanation, explanation++, e.paragraphs.at(p), Role::Paragraph, n, p);
    }
    int notes = 0;
    if (const auto &list = article.notes()) {
        for (const QString &note : *list) {
            append(Part::Notes, notes, note, Role::Paragraph, 0, notes);
            ++notes;
        }
    }
    if (const auto &photo = article.photo())
        append(Part::Notes, notes, *photo, Role::Credit, 0, -1);

    for (int i = 0; i < m_text.size(); ++i) {
        if (m_text.at(i).isLowSurrogate())
            m_lowSurrogates.append(i);
    }
    m_fingerprint = QString::fromLatin1(QCryptographicHash::hash(m_text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

int ArticleText::segmentIndex(Part part, int index) const
{
    // Segments stand in plain-text order: by part in reading order, then by index.
    const auto key = [](Part p, int i) { return (qint64(partRank(p)) << 32) | quint32(i); };
    const qint64 wanted = key(part, index);
    const auto it = std::lower_bound(m_segments.cbegin(), m_segments.cend(), wanted,
                                     [&key](const Segment &s, qint64 value) { return key(s.part, s.index) < value; });
    if (it == m_segments.cend() || it->part != part || it->index != index)
        return -1;
    return int(std::distance(m_segments.cbegin(), it));
}

int ArticleText::entrySegment(int entry) const
{
    const auto it = std::lower_bound(m_segments.cbegin(), m_segments.cend(), entry, [](const Segment &s, int value) {
        return partRank(s.part) < partRank(Part::Explanation) || (s.part == Part::Explanation && s.group < value);
    });
    if (it == m_segments.cend() || it->part != Part::Explanation || it->group != entry || it->role != Role::Question)
        return -1;
    return int(std::distance(m_segments.cbegin(), it));
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
