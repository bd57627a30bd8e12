// AnnotationFilterModel: what the notes panel shows of an AnnotationModel: filtered by words, tag, colour and
// anchor status, sorted by each column's SortRole.
#pragma once

#include "notes/annotation.h"

#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

namespace Randnotiz {

class AnnotationFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationFilterModel)

public:
    enum class StatusFilter { All, Attached, Orphaned }; // Attached: exact, moved or fuzzy

    explicit AnnotationFilterModel(QObject *parent = nullptr);
    ~AnnotationFilterModel() override;

    // Every word must appear in the quote, the note or a tag; case and diacritics do not matter.
    void setTextFilter(const QString &text);
    QString textFilter() const { return m_text; }
    // One tag, exactly but case-insensitively; empty for any.
    void setTagFilter(const QString &tag);
    QString tagFilter() const { return m_tag; }
    void setColorFilter(std::optional<Color> color);
    std::optional<Color> colorFilter() const { return m_color; }
    void setStatusFilter(StatusFilter status);
    StatusFilter statusFilter() const { return m_status; }
    // Text, tag and colour filters off (the status filter is how a view is split, not a user choice).
    void clearFilters();
    bool hasFilters() const;

    // Lower case without diacritics: "Brüssel" -> "brussel".
    static QString fold(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words; // folded
    QString m_tag;
    std::optional<Color> m_color;
    StatusFilter m_status = StatusFilter::All;
};

} // namespace Randnotiz
