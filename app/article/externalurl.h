// ExternalUrl: the one check a web address passes before the program hands it to the desktop (a browser).
// Addresses come from articles, from the network and from the summary cache, so none is trusted as it is.
#pragma once

#include <QString>
#include <QUrl>

namespace Randnotiz::ExternalUrl {

// True only for an absolute https URL without user info, on the default port, whose host is
// LANG.wikipedia.org or LANG.m.wikipedia.org, or the host of restBaseTemplate (an https REST base such as
// "https://{lang}.mirror.example/api/rest_v1", where {lang} stands for one label; its port counts too),
// and with no control or format characters anywhere in it, neither raw nor percent-encoded.
bool isSafeToOpen(const QUrl &url, const QString &restBaseTemplate = {});

} // namespace Randnotiz::ExternalUrl
