// Shared material for the export tests: a store with notes on two real article files, the command-line export
// for comparison, and the one thing allowed to differ between two exports (the time of export) normalised.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Randnotiz::Test {

struct ExportFixture
{
    QString dataDir;
    QString klimaPath; // the klimagipfel sample under a name with a space and an ampersand
    QString otherPath; // a synthetic second article
    int klimaNotes = 0;
    int otherNotes = 0;
};

// Creates root/data with notes (notes, tags, colours, one orphan-prone quote) on both articles; extraNotes more
// highlights are spread over the klima article (for big exports). Empty dataDir on failure.
ExportFixture prepareExportFixture(const QString &root, int extraNotes = 0);

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
CliRun runProgram(const QString &binary, const QStringList &arguments);

// The export with its time of export (Markdown front matter, HTML meta line) replaced by a fixed word.
QByteArray withoutExportTime(const QByteArray &exported);

} // namespace Randnotiz::Test
