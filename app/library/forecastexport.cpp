#include "library/forecastexport.h"

#include "notes/exportescape.h"

#include <QCoreApplication>
#include <QStringList>

namespace Randnotiz {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Randnotiz::ForecastExport", text, disambiguation, n);
}

} // namespace

QByteArray ForecastExport::csv(const QList<Forecast> &forecasts)
{
    QString out = QStringLiteral("date,headline,file,forecast,verdict,note\r\n");
    for (const Forecast &f : forecasts) {
        const QStringList fields { f.date.toString(Qt::ISODate),   f.headline,    f.file, f.text,
                                   verdictName(f.verdict.verdict), f.verdict.note };
        QStringList quoted;
        for (const QString &field : fields)
            quoted.append(csvField(field, true));
        out += quoted.join(u',') + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray ForecastExport::markdown(const QList<Forecast> &forecasts, const QDateTime &exported)
{
    QString out = QStringLiteral("# ") + tr("Forecasts") + QStringLiteral("\n\n")
        + tr("Exported %1, %n forecast(s).", nullptr, int(forecasts.size())).arg(exported.toString(Qt::ISODate))
        + QStringLiteral("\n");
    for (const Forecast &f : forecasts) {
        out += QStringLiteral("\n## ") + escapeMarkdown(f.headline) + QStringLiteral("\n\n");
        out += QStringLiteral("- ") + tr("Date: %1").arg(f.date.toString(Qt::ISODate)) + u'\n';
        out += QStringLiteral("- ") + tr("File: %1").arg(escapeMarkdown(f.file)) + u'\n';
        out += QStringLiteral("- ") + tr("Verdict: %1").arg(verdictTitle(f.verdict.verdict)) + u'\n';
        if (!f.verdict.note.isEmpty())
            out += QStringLiteral("- ")
                + tr("Note: %1").arg(escapeMarkdown(QString(f.verdict.note).replace(u'\n', u' '))) + u'\n';
        out += u'\n';
        for (const QString &line : f.text.split(u'\n'))
            out += QStringLiteral("> ") + escapeMarkdown(line) + u'\n';
    }
    return out.toUtf8();
}

} // namespace Randnotiz
