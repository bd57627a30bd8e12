// Article: the immutable result of parsing one OZD-News file, shared by the GUI, the CLI and the tests.
#pragma once

#include "article/wikilink.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Randnotiz {

enum class HeadlineSource { Line, FileName };
enum class SubjectKind { Person, Term };

struct SourceCredit
{
    QString line; // the credit exactly as it stands, e.g. "OZD / ©AFP, Reuters"
    QStringList agencies; // e.g. {"AFP", "Reuters"}
    friend bool operator==(const SourceCredit &, const SourceCredit &) = default;
};

struct Commentary
{
    QString title;
    QStringList paragraphs;
    friend bool operator==(const Commentary &, const Commentary &) = default;
};

struct Explanation
{
    QString question; // "Wer ist Kim Jong Un?"
    QString subject; // "Kim Jong Un"
    SubjectKind kind = SubjectKind::Term;
    QStringList paragraphs;
    std::optional<WikiLink> wikipedia; // set only for a validated Wikipedia link
    std::optional<QString> linkText; // the link exactly as written, valid or not
    int line = 0; // line number of the question
    friend bool operator==(const Explanation &, const Explanation &) = default;
};

struct Section
{
    QString heading;
    QStringList paragraphs;
    friend bool operator==(const Section &, const Section &) = default;
};

struct ParseWarning
{
    int line = 0;
    QString message; // in English as FORMAT.md lists it; --dump-json prints this one
    QString translated; // the same in the user's language (QCoreApplication::translate), for the window
    friend bool operator==(const ParseWarning &, const ParseWarning &) = default;
};

// Everything the parser found. Built once by OzdParser, then only read through Article.
struct ArticleData
{
    QString file;
    QString encoding;
    QString headline;
    HeadlineSource headlineSource = HeadlineSource::FileName;
    QStringList body;
    std::optional<SourceCredit> source;
    std::optional<Commentary> commentary;
    std::optional<QStringList> forecast;
    QList<Explanation> explanations;
    std::optional<QStringList> notes;
    std::optional<QString> photo;
    QList<Section> extraSections;
    QList<ParseWarning> warnings;
    friend bool operator==(const ArticleData &, const ArticleData &) = default;
};

class Article
{
public:
    Article();
    explicit Article(ArticleData data);

    const QString &file() const { return m_d->file; }
    const QString &encoding() const { return m_d->encoding; }
    const QString &headline() const { return m_d->headline; }
    HeadlineSource headlineSource() const { return m_d->headlineSource; }
    const QStringList &body() const { return m_d->body; }
    const std::optional<SourceCredit> &source() const { return m_d->source; }
    const std::optional<Commentary> &commentary() const { return m_d->commentary; }
    const std::optional<QStringList> &forecast() const { return m_d->forecast; }
    const QList<Explanation> &explanations() const { return m_d->explanations; }
    const std::optional<QStringList> &notes() const { return m_d->notes; }
    const std::optional<QString> &photo() const { return m_d->photo; }
    const QList<Section> &extraSections() const { return m_d->extraSections; }
    const QList<ParseWarning> &warnings() const { return m_d->warnings; }

    const ArticleData &data() const { return *m_d; }

    friend bool operator==(const Article &a, const Article &b) { return *a.m_d == *b.m_d; }

private:
    std::shared_ptr<const ArticleData> m_d;
};

QString subjectKindName(SubjectKind kind); // "person" | "term"
QString headlineSourceName(HeadlineSource source); // "line" | "filename"

} // namespace Randnotiz
