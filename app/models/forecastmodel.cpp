#include "models/forecastmodel.h"

#include "models/languagewatch.h"
#include "models/roles.h"

#include <QLocale>

namespace Randnotiz {

ForecastModel::ForecastModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    // The headers and some cells are translated: a language change redraws them.
    new LanguageWatch(this, [this] {
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

void ForecastModel::setForecasts(const QList<Forecast> &forecasts, const QHash<QString, ForecastVerdict> &verdicts)
{
    beginResetModel();
    m_all = forecasts;
    for (Forecast &f : m_all)
        f.verdict = verdicts.value(f.key);
    std::stable_sort(m_all.begin(), m_all.end(), [](const Forecast &a, const Forecast &b) { return a.date < b.date; });
    applyFilter();
    endResetModel();
}

void ForecastModel::setDueFilter(std::optional<int> weeks, const QDateTime &now)
{
    beginResetModel();
    m_weeks = weeks;
    m_now = now;
    applyFilter();
    endResetModel();
}

void ForecastModel::applyFilter()
{
    m_visible.clear();
    const QDateTime due = m_weeks ? m_now.addDays(-7 * qint64(*m_weeks)) : QDateTime();
    for (int i = 0; i < m_all.size(); ++i) {
        const Forecast &f = m_all.at(i);
        if (m_weeks && (f.verdict.verdict != Verdict::Open || f.date > due))
            continue;
        m_visible.append(i);
    }
}

QList<Forecast> ForecastModel::shown() const
{
    QList<Forecast> list;
    for (int i : m_visible)
        list.append(m_all.at(i));
    return list;
}

int ForecastModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int ForecastModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ForecastModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Forecast &f = m_all.at(m_visible.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return QLocale().toString(f.date.toLocalTime().date(), QLocale::ShortFormat);
        case HeadlineColumn:
            return f.headline;
        case ForecastColumn:
            return QString(f.text).replace(u'\n', u' ');
        case VerdictColumn:
            return verdictTitle(f.verdict.verdict);
        case NoteColumn:
            return f.verdict.note;
        }
        return {};
    case Qt::EditRole:
        if (index.column() == VerdictColumn)
            return int(f.verdict.verdict);
        if (index.column() == NoteColumn)
            return f.verdict.note;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ForecastColumn || index.column() == HeadlineColumn)
            return QString(QStringLiteral("<p style='white-space:pre-wrap'>") + f.text.toHtmlEscaped()
                           + QStringLiteral("</p>"));
        return {};
    case ArticlePathRole:
        return f.file;
    case FileTimeRole:
        return f.date;
    default:
        return {};
    }
}

bool ForecastModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Forecast &f = m_all[m_visible.at(index.row())];
    ForecastVerdict verdict = f.verdict;
    if (index.column() == VerdictColumn) {
        const int v = value.toInt();
        if (v < int(Verdict::Open) || v > int(Verdict::DidNot))
            return false;
        verdict.verdict = Verdict(v);
    } else if (index.column() == NoteColumn) {
        verdict.note = value.toString().trimmed();
    } else {
        return false;
    }
    if (verdict == f.verdict)
        return true;
    f.verdict = verdict;
    emit dataChanged(index, index);
    emit verdictEdited(f.key, verdict);
    return true;
}

Qt::ItemFlags ForecastModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == VerdictColumn || index.column() == NoteColumn))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ForecastModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case HeadlineColumn:
        return tr("Headline");
    case ForecastColumn:
        return tr("Forecast");
    case VerdictColumn:
        return tr("Verdict");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace Randnotiz
