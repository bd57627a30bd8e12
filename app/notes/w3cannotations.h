// W3C Web Annotation (JSON-LD) import and export. Colour, colour label, section and anchoring status
// travel in properties of the Randnotiz namespace declared in @context.
#pragma once

#include "notes/annotation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Randnotiz {

struct StoredArticle;

// The annotations of one article, anchored against plainText (the article's current plain text).
struct ArticleNotes
{
    QString title;
    QString path;
    QString fingerprint;
    QString plainText;
    QList<Annotation> annotations;
};

// What an imported item says; it is anchored against an article afterwards.
struct ImportedAnnotation
{
    Annotation annotation; // id, quote, prefix, suffix, note, tags, colour, times
    std::optional<int> startCodePoint; // from TextPositionSelector
    std::optional<int> endCodePoint;
    QString source; // target source as written
    QString markedText; // randnotiz:markedText: what the user marked, when the text has changed since
};

struct W3cImport
{
    QList<ImportedAnnotation> items;
    ColorLabels labels; // labels found in the file
    QString error; // empty on success
    bool ok() const { return error.isEmpty(); }
};

class W3cAnnotations final
{
    Q_DECLARE_TR_FUNCTIONS(Randnotiz::W3cAnnotations)

public:
    static constexpr qint64 MaxImportBytes = qint64(64) * 1024 * 1024;

    static QString namespaceIri() { return QStringLiteral("https://example.invalid/randnotiz/ns#"); }
    static QString namespacePrefix() { return QStringLiteral("randnotiz"); }

    // One AnnotationCollection whose first AnnotationPage holds the items, article by article.
    static QJsonObject toCollection(const QList<ArticleNotes> &articles, const ColorLabels &labels);
    static QJsonObject toJson(const ArticleNotes &article, const Annotation &annotation, const ColorLabels &labels);
    static QByteArray exportJson(const QList<ArticleNotes> &articles, const ColorLabels &labels);

    // Accepts a collection (with an embedded first page), a page, a single annotation or an array of them.
    static W3cImport parse(const QByteArray &json);

    // Attaches an imported item to an article: sets article id, position and anchoring status.
    static Annotation attach(const ImportedAnnotation &item, const ArticleText &text, qint64 articleId);
};

// Offsets in code points of a string (for TextPositionSelector) and back.
int codePointOffset(QStringView text, int utf16Offset);
int utf16Offset(QStringView text, int codePoints);

} // namespace Randnotiz
