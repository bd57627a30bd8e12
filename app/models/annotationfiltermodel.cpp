#include "models/annotationfiltermodel.h"

#include "models/roles.h"

#include <algorithm>

namespace Randnotiz {

AnnotationFilterModel::AnnotationFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    // Rows whose note or tags change are filtered again.
    setDynamicSortFilter(true);
}

AnnotationFilterModel::~AnnotationFilterModel() = default;

QString AnnotationFilterModel::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        folded.append(c);
    }
    return folded.toCaseFolded();
}

void AnnotationFilterModel::setTextFilter(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = fold(text).split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

void AnnotationFilterModel::setTagFilter(const QString &tag)
{
    const QString trimmed = tag.trimmed();
    if (trimmed == m_tag)
        return;
    m_tag = trimmed;
    invalidateFilter();
}

void AnnotationFilterModel::setColorFilter(std::optional<Color> color)
{
    if (color == m_color)
        return;
    m_color = color;
    invalidateFilter();
}

void AnnotationFilterModel::setStatusFilter(StatusFilter status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
}

void AnnotationFilterModel::clearFilters()
{
    if (!hasFilters())
        return;
    m_text.clear();
    m_words.clear();
    m_tag.clear();
    m_color.reset();
    invalidateFilter();
}

bool AnnotationFilterModel::hasFilters() const
{
    return !m_words.isEmpty() || !m_tag.isEmpty() || m_color.has_value();
}

bool AnnotationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!index.isValid())
        return false;

    if (m_status != StatusFilter::All) {
        const bool orphaned = AnchorStatus(index.data(AnchorStatusRole).toInt()) == AnchorStatus::Orphaned;
        if (orphaned != (m_status == StatusFilter::Orphaned))
            return false;
    }
    if (m_color && Color(index.data(AnnotationColorRole).toInt()) != *m_color)
        return false;

    const QStringList tags = index.data(TagsRole).toStringList();
    if (!m_tag.isEmpty()) {
        const bool tagged = std::any_of(
            tags.begin(), tags.end(), [this](const QString &t) { return t.compare(m_tag, Qt::CaseInsensitive) == 0; });
        if (!tagged)
            return false;
    }
    if (!m_words.isEmpty()) {
        const QString haystack = fold(index.data(QuoteRole).toString() % u'\n' % index.data(NoteRole).toString() % u'\n'
                                      % tags.join(u'\n'));
        for (const QString &word : m_words) {
            if (!haystack.contains(word))
                return false;
        }
    }
    return true;
}

} // namespace Randnotiz
