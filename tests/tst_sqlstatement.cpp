// SqlStatement: the same writes on the driver's own SQLite connection and through QtSql alone.
#include "sqlite/sqlstatement.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Randnotiz;

class TestSqlStatement final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void writes_data();
    void writes();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_connection;
};

void TestSqlStatement::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_connection = QUuid::createUuid().toString();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_dir->filePath(QStringLiteral("t.sqlite")));
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, n INTEGER)")));
}

void TestSqlStatement::cleanup()
{
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
    m_dir.reset();
}

void TestSqlStatement::writes_data()
{
    QTest::addColumn<bool>("direct");
    QTest::newRow("driver's connection") << true;
    QTest::newRow("QtSql") << false;
}

void TestSqlStatement::writes()
{
    QFETCH(bool, direct);
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    sqlite3 *handle = nullptr;
    if (direct) {
        QVERIFY(SqliteApi::load());
        handle = *static_cast<sqlite3 *const *>(db.driver()->handle().constData());
        QVERIFY(handle);
    }
    {
        SqlStatement insert(handle, db, "INSERT INTO t (name, n) VALUES (?, ?)");
        QVERIFY2(insert.isValid(), qPrintable(insert.errorString()));
        const QByteArray umlauts = QStringLiteral("Ökonomin · Görlitz").toUtf8();
        insert.bindText(1, umlauts);
        insert.bindInt(2, 1LL << 40);
        QVERIFY2(insert.exec(), qPrintable(insert.errorString()));
        const qint64 first = insert.lastInsertId();
        QVERIFY(first > 0);
        // Empty text is '' (the column is NOT NULL), and the statement runs again with new bindings.
        insert.bindText(1, QByteArray());
        insert.bindInt(2, 7);
        QVERIFY2(insert.exec(), qPrintable(insert.errorString()));
        QCOMPARE(insert.lastInsertId(), first + 1);
        // A broken constraint is an error with SQLite's reason, and the next run works again.
        insert.bindText(1, umlauts);
        insert.bindInt(2, 8);
        QVERIFY(!insert.exec());
        QVERIFY2(insert.errorString().contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive),
                 qPrintable(insert.errorString()));
        insert.bindText(1, QByteArrayView("drei"));
        insert.bindInt(2, 3);
        QVERIFY2(insert.exec(), qPrintable(insert.errorString()));

        SqlStatement broken(handle, db, "INSERT INTO missing (x) VALUES (?)");
        QVERIFY(!broken.isValid());
        QVERIFY(broken.errorString().contains(QLatin1String("missing")));
        QVERIFY(!broken.exec());
    }
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT name, n, typeof(name) FROM t ORDER BY id")));
    QList<std::pair<QString, qint64>> rows;
    while (q.next()) {
        QCOMPARE(q.value(2).toString(), QStringLiteral("text"));
        rows.append({ q.value(0).toString(), q.value(1).toLongLong() });
    }
    QCOMPARE(rows,
             (QList<std::pair<QString, qint64>> { { QStringLiteral("Ökonomin · Görlitz"), 1LL << 40 },
                                                  { QString(), 7 },
                                                  { QStringLiteral("drei"), 3 } }));
}

QTEST_GUILESS_MAIN(TestSqlStatement)
#include "tst_sqlstatement.moc"
