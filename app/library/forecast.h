// A forecast of the library (an article's OZD-Prognose) and the reader's verdict on it. Verdicts live in the
// notes database, keyed by forecastKey(), so that re-indexing, moving or renaming the file keeps them.
#pragma once

#include "notes/verdict.h"

#include <QDateTime>
#include <QString>

namespace Randnotiz {

struct Forecast
{
    qint64 articleId = 0;
    QString file;
    QString headline;
    QDateTime date; // the file's time, UTC
    QString text;
    QString key; // forecastKey(headline, text)
    ForecastVerdict verdict;
};

// Hex SHA-256 of the headline and the forecast, both normalised: what a verdict is about, wherever the file is.
QString forecastKey(const QString &headline, const QString &forecast);

} // namespace Randnotiz
