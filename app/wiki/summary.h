// Summary: what Randnotiz knows about one linked Wikipedia page, as the summary worker delivers it to the models.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace Randnotiz {

enum class SummaryState {
    NotLoaded, // nothing asked yet (or no worker)
    Loading, // a request is on its way
    Loaded, // fetched now or served from the cache
    NotFound, // 404: no Wikipedia article of that name
    Disambiguation, // the page lists several meanings
    Offline, // no network (or offline mode); `summary` may still hold a cached copy
    Error, // anything else; `error` says what
};

struct Summary
{
    QString lang;
    QString title; // the page title as Wikipedia shows it
    QString description; // short description, may be empty
    QString extract; // plain text
    QUrl pageUrl; // the canonical article page, https only
    QByteArray thumbnail; // image bytes as fetched (empty when there is none)
    QDateTime fetchedAt; // UTC, when the cached copy was fetched
    bool fromCache = false;
    bool local = false; // read from an offline copy (a ZIM file); fetchedAt is then the copy's date
};

struct SummaryResult
{
    QUrl articleUrl; // the canonical WikiLink::url the request was made for
    SummaryState state = SummaryState::NotLoaded;
    Summary summary;
    QString error; // for Error (and Offline): one line for people
};

} // namespace Randnotiz
