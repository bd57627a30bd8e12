// The reader's verdict on a forecast of the library: stored with the notes (they are the reader's own
// judgement, kept when the library index is rebuilt), keyed by the forecast's key (see library/forecast.h).
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Randnotiz {

enum class Verdict { Open, CameTrue, Partly, DidNot };
QString verdictName(Verdict verdict); // "open", "came_true", "partly", "did_not"
std::optional<Verdict> verdictFromName(const QString &name);
QString verdictTitle(Verdict verdict); // for people: "Open", "Came true", "Partly", "Did not" (translated)

struct ForecastVerdict
{
    Verdict verdict = Verdict::Open;
    QString note;
    QDateTime modified; // UTC; invalid while never set
    friend bool operator==(const ForecastVerdict &, const ForecastVerdict &) = default;
};

} // namespace Randnotiz
Q_DECLARE_METATYPE(Randnotiz::ForecastVerdict)
