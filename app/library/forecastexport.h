// The forecast tracker's exports: CSV (RFC 4180, a header row, UTF-8) and Markdown, oldest forecast first.
#pragma once

#include "library/forecast.h"

#include <QByteArray>
#include <QList>

namespace Randnotiz {

namespace ForecastExport {

// Columns: date, headline, file, forecast, verdict, note (the --forecasts JSON keys and status words).
QByteArray csv(const QList<Forecast> &forecasts);
QByteArray markdown(const QList<Forecast> &forecasts, const QDateTime &exported);

} // namespace ForecastExport

} // namespace Randnotiz
