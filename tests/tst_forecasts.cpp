// The forecast tracker's model (editable verdicts, "open and older than N weeks") and its CSV and Markdown.
#include "library/forecastexport.h"
#include "models/forecastmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Randnotiz;

namespace {

Forecast forecast(const QString &headline, const QString &text, const QDateTime &date)
{
    Forecast f;
    f.headline = headline;
    f.text = text;
    f.date = date;
    f.file = QStringLiteral("/feed/") + headline + QStringLiteral(".txt");
    f.key = forecastKey(headline, text);
    return f;
}

const QDateTime now = QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC);

QList<Forecast> three()
{
    return { forecast(QStringLiteral("Neu"), QStringLiteral("Morgen regnet es."), now.addDays(-3)),
             forecast(QStringLiteral("Alt"), QStringLiteral("=Die Preise steigen, \"stark\".\nZweite Zeile"),
                      now.addDays(-70)),
             forecast(QStringLiteral("Mittel"), QStringLiteral("Ein *Abkommen* folgt."), now.addDays(-30)) };
}

} // namespace

class TestForecasts final : public QObject
{
    Q_OBJECT

private slots:
    void model_oldestFirstWithStoredVerdicts();
    void model_editingAVerdictAnnouncesIt();
    void model_dueFilterShowsOpenOnesOlderThanWeeks();
    void key_ignoresWhereTheFileIsButNotTheText();
    void csv_quotesAndDefusesFormulas();
    void markdown_escapesText();
};

void TestForecasts::model_oldestFirstWithStoredVerdicts()
{
    ForecastModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ForecastVerdict partly;
    partly.verdict = Verdict::Partly;
    partly.note = QStringLiteral("halb");
    model.setForecasts(three(),
                       { { forecastKey(QStringLiteral("Mittel"), QStringLiteral("Ein *Abkommen* folgt.")), partly } });
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, ForecastModel::HeadlineColumn).data().toString(), QStringLiteral("Alt"));
    QCOMPARE(model.index(1, ForecastModel::VerdictColumn).data().toString(), verdictTitle(Verdict::Partly));
    QCOMPARE(model.index(1, ForecastModel::NoteColumn).data().toString(), QStringLiteral("halb"));
    QCOMPARE(model.index(2, ForecastModel::VerdictColumn).data(Qt::EditRole).toInt(), int(Verdict::Open));
    QVERIFY(model.index(0, ForecastModel::VerdictColumn).flags() & Qt::ItemIsEditable);
    QVERIFY(!(model.index(0, ForecastModel::ForecastColumn).flags() & Qt::ItemIsEditable));
}

void TestForecasts::model_editingAVerdictAnnouncesIt()
{
    ForecastModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setForecasts(three(), {});
    QSignalSpy edited(&model, &ForecastModel::verdictEdited);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(model.index(0, ForecastModel::VerdictColumn), int(Verdict::CameTrue)));
    QCOMPARE(edited.size(), 1);
    QCOMPARE(edited.first().at(0).toString(),
             forecastKey(QStringLiteral("Alt"), QStringLiteral("=Die Preise steigen, \"stark\".\nZweite Zeile")));
    QCOMPARE(edited.first().at(1).value<ForecastVerdict>().verdict, Verdict::CameTrue);
    QCOMPARE(changed.size(), 1);
    QVERIFY(model.setData(model.index(0, ForecastModel::NoteColumn), QStringLiteral("  stimmt  ")));
    QCOMPARE(edited.last().at(1).value<ForecastVerdict>().note, QStringLiteral("stimmt"));
    QCOMPARE(edited.last().at(1).value<ForecastVerdict>().verdict, Verdict::CameTrue);
    QVERIFY(!model.setData(model.index(0, ForecastModel::VerdictColumn), 17));
    QVERIFY(!model.setData(model.index(0, ForecastModel::HeadlineColumn), QStringLiteral("x")));
    QCOMPARE(edited.size(), 2);
}

void TestForecasts::model_dueFilterShowsOpenOnesOlderThanWeeks()
{
    ForecastModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ForecastVerdict done;
    done.verdict = Verdict::DidNot;
    model.setForecasts(three(),
                       { { forecastKey(QStringLiteral("Mittel"), QStringLiteral("Ein *Abkommen* folgt.")), done } });
    model.setDueFilter(2, now);
    // "Neu" is too young, "Mittel" has a verdict: only "Alt" is due.
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ForecastModel::HeadlineColumn).data().toString(), QStringLiteral("Alt"));
    model.setDueFilter(12, now);
    QCOMPARE(model.rowCount(), 0);
    model.setDueFilter(std::nullopt, now);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.shown().size(), 3);
}

void TestForecasts::key_ignoresWhereTheFileIsButNotTheText()
{
    QCOMPARE(forecastKey(QStringLiteral("A"), QStringLiteral("Es  kommt so.")),
             forecastKey(QStringLiteral("A"), QStringLiteral("Es kommt so. ")));
    QVERIFY(forecastKey(QStringLiteral("A"), QStringLiteral("Es kommt so."))
            != forecastKey(QStringLiteral("A"), QStringLiteral("Es kommt anders.")));
    QVERIFY(forecastKey(QStringLiteral("A"), QStringLiteral("x"))
            != forecastKey(QStringLiteral("B"), QStringLiteral("x")));
}

void TestForecasts::csv_quotesAndDefusesFormulas()
{
    QList<Forecast> list = three();
    list[1].verdict.verdict = Verdict::CameTrue;
    list[1].verdict.note = QStringLiteral("+1");
    const QString csv = QString::fromUtf8(ForecastExport::csv(list));
    const QStringList lines = csv.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.first(), QStringLiteral("date,headline,file,forecast,verdict,note"));
    QCOMPARE(lines.at(1), QStringLiteral("2024-05-29T12:00:00Z,Neu,/feed/Neu.txt,Morgen regnet es.,open,"));
    QVERIFY2(csv.contains(QStringLiteral(",\"'=Die Preise steigen, \"\"stark\"\".\nZweite Zeile\",came_true,'+1\r\n")),
             qPrintable(csv));
}

void TestForecasts::markdown_escapesText()
{
    const QString md = QString::fromUtf8(ForecastExport::markdown(three(), now));
    QVERIFY(md.startsWith(QStringLiteral("# Forecasts\n")));
    QVERIFY2(md.contains(QStringLiteral("> Ein \\*Abkommen\\* folgt.")), qPrintable(md));
    QVERIFY(md.contains(QStringLiteral("> Zweite Zeile")));
    QVERIFY(md.contains(QStringLiteral("## Mittel")));
    QVERIFY(md.contains(QStringLiteral("- Verdict: Open")));
}

QTEST_GUILESS_MAIN(TestForecasts)
#include "tst_forecasts.moc"
