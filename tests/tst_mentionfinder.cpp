// MentionFinder: persons and terms found in running German text, whole words only.
#include "article/ozdparser.h"
#include "models/mentionfinder.h"
#include "support/testpaths.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace Randnotiz;

class TestMentionFinder final : public QObject
{
    Q_OBJECT

private slots:
    void find_data();
    void find();
    void overlapping_longestWins();
    void sample_linksItsPersonsAndTerms();
    void onePass_findsWhatEveryExpressionOverTheWholeTextFinds();
};

namespace {

Explanation entry(const QString &subject, SubjectKind kind)
{
    Explanation e;
    e.subject = subject;
    e.kind = kind;
    return e;
}

} // namespace

void TestMentionFinder::find_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<bool>("person");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    const auto person = [](const char *tag, const char *subject, const char *text, const QStringList &expected) {
        QTest::newRow(tag) << QString::fromUtf8(subject) << true << QString::fromUtf8(text) << expected;
    };
    const auto term = [](const char *tag, const char *subject, const char *text, const QStringList &expected) {
        QTest::newRow(tag) << QString::fromUtf8(subject) << false << QString::fromUtf8(text) << expected;
    };
    person("full name", "Sergej Schoigu", "Minister Sergej Schoigu sagte", { QStringLiteral("Sergej Schoigu") });
    person("surname", "Sergej Schoigu", "Schoigu sagte, Schoigu ging.",
           { QStringLiteral("Schoigu"), QStringLiteral("Schoigu") });
    person("genitive", "Sergej Schoigu", "Schoigus Rede", { QStringLiteral("Schoigus") });
    person("not inside a word", "Sergej Schoigu", "Die Schoiguaner und AntiSchoigu", {});
    person("line break in the name", "Simon Stiell", "Simon\nStiell kam", { QStringLiteral("Simon\nStiell") });
    term("inflected term", "der Nationale Sicherheitsrat", "Sitzung des Nationalen Sicherheitsrats am Montag",
         { QStringLiteral("des Nationalen Sicherheitsrats") });
    term("nominative", "der Nationale Sicherheitsrat", "Der Nationale Sicherheitsrat tagte",
         { QStringLiteral("Der Nationale Sicherheitsrat") });
    term("without article", "die globale Erwärmung", "Folgen der globalen Erwärmung",
         { QStringLiteral("der globalen Erwärmung") });
    term("indeclinable adjective", "das Pariser Klimaabkommen", "Ziele des Pariser Klimaabkommens",
         { QStringLiteral("des Pariser Klimaabkommens") });
    term("single word", "Phishing", "Phishing-Angriffen und Phishing.", { QStringLiteral("Phishing") });
    term("not inside a compound", "die Konferenz", "die Weltklimakonferenz", {});
    term("umlaut boundary", "Erwärmung", "Übererwärmung und Erwärmungen", { QStringLiteral("Erwärmungen") });
}

void TestMentionFinder::find()
{
    QFETCH(QString, subject);
    QFETCH(bool, person);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const MentionFinder finder({ entry(subject, person ? SubjectKind::Person : SubjectKind::Term) });
    QStringList found;
    for (const Mention &m : finder.find(text)) {
        QCOMPARE(m.entry, 0);
        found << text.mid(m.start, m.length);
    }
    QCOMPARE(found, expected);
}

void TestMentionFinder::overlapping_longestWins()
{
    const MentionFinder finder({ entry(QStringLiteral("Rat"), SubjectKind::Term),
                                 entry(QStringLiteral("der Nationale Rat"), SubjectKind::Term) });
    const QString text = QStringLiteral("Der Nationale Rat und der Rat");
    const QList<Mention> found = finder.find(text);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0), (Mention { 0, 17, 1 }));
    QCOMPARE(text.mid(found.at(1).start, found.at(1).length), QStringLiteral("Rat"));
    QCOMPARE(found.at(1).entry, 0);
}

void TestMentionFinder::sample_linksItsPersonsAndTerms()
{
    const Article a = OzdParser::parseFile(Test::samplePath(QStringLiteral("klimagipfel-bonn.txt"))).article;
    const MentionFinder finder(a.explanations());
    QStringList found;
    for (const QString &p : a.body()) {
        for (const Mention &m : finder.find(p))
            found << p.mid(m.start, m.length);
    }
    QVERIFY2(found.contains(QStringLiteral("Simon Stiell")), qPrintable(found.join(QLatin1Char('|'))));
    QVERIFY(found.contains(QStringLiteral("Stiells")));
    QVERIFY(found.contains(QStringLiteral("Christiana Figueres")));
    QVERIFY(found.contains(QStringLiteral("des Pariser Klimaabkommens")));
    QVERIFY(found.contains(QStringLiteral("der globalen Erwärmung")));
}

void TestMentionFinder::onePass_findsWhatEveryExpressionOverTheWholeTextFinds()
{
    // Every sample's explanations over every sample's text, plus subjects that share first words, start with
    // an article, end in -e/-en, or carry a hyphen: the one pass over the words must give exactly what
    // running each subject's expression over the whole text gives (the way it used to be found).
    QList<Explanation> entries;
    QString text;
    const QStringList samples = QDir(Test::samplePath(QString())).entryList({ QStringLiteral("*.txt") });
    QVERIFY(!samples.isEmpty());
    for (const QString &name : samples) {
        const Article a = OzdParser::parseFile(Test::samplePath(name)).article;
        entries << a.explanations();
        text += a.body().join(QLatin1Char('\n')) + u'\n';
    }
    entries << entry(QStringLiteral("Simon Müller"), SubjectKind::Person)
            << entry(QStringLiteral("Simon Stiell-Berger"), SubjectKind::Person)
            << entry(QStringLiteral("die offenen Fragen"), SubjectKind::Term)
            << entry(QStringLiteral("der Nationale Rat"), SubjectKind::Term)
            << entry(QStringLiteral("Nationale"), SubjectKind::Term) << entry(QStringLiteral("Rat"), SubjectKind::Term);
    text += QStringLiteral("Simon Müllers Rede, Simon Stiell-Bergers Antwort, die offenen Fragen und der offenen "
                           "Frage, Der Nationale Rat, des Nationalen Rates, ein Nationaler, Ex-Rat und Räte, Rat.\n");

    QList<Mention> reference;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QRegularExpression re(MentionFinder::patternFor(entries.at(i).subject, entries.at(i).kind),
                                    QRegularExpression::UseUnicodePropertiesOption);
        for (auto it = re.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            reference.append({ int(m.capturedStart()), int(m.capturedLength()), int(i) });
        }
    }
    std::sort(reference.begin(), reference.end(), [](const Mention &a, const Mention &b) {
        if (a.start != b.start)
            return a.start < b.start;
        if (a.length != b.length)
            return a.length > b.length;
        return a.entry < b.entry;
    });
    QList<Mention> expected;
    int end = 0;
    for (const Mention &m : std::as_const(reference)) {
        if (m.start >= end) {
            expected.append(m);
            end = m.start + m.length;
        }
    }
    QVERIFY(expected.size() >= 10); // not vacuous
    QCOMPARE(MentionFinder(entries).find(text), expected);
}

QTEST_GUILESS_MAIN(TestMentionFinder)
#include "tst_mentionfinder.moc"
