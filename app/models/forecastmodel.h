// ForecastModel: the forecast tracker's table (date, headline, forecast, verdict, note), oldest first. The
// verdict and the note are editable; an edit is announced with verdictEdited and kept by whoever stores it.
#pragma once

#include "library/forecast.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace Randnotiz {

class ForecastModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForecastModel)

public:
    enum Column { DateColumn, HeadlineColumn, ForecastColumn, VerdictColumn, NoteColumn, ColumnCount };

    explicit ForecastModel(QObject *parent = nullptr);

    void setForecasts(const QList<Forecast> &forecasts, const QHash<QString, ForecastVerdict> &verdicts);
    // Only forecasts still open and older than weeks (before now); nullopt shows all.
    void setDueFilter(std::optional<int> weeks, const QDateTime &now = QDateTime::currentDateTimeUtc());
    QList<Forecast> shown() const; // what the table shows, in its order (for the exports)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void verdictEdited(const QString &key, const Randnotiz::ForecastVerdict &verdict);

private:
    void applyFilter();

    QList<Forecast> m_all;
    QList<int> m_visible;
    std::optional<int> m_weeks;
    QDateTime m_now;
};

} // namespace Randnotiz
