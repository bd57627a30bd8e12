// The entry points of the offline-Wikipedia module. libzim (and with it Xapian) and libxml2 are loaded only when
// a ZIM file is first used, not with every start of the window: they live in a module of their own
// (app/wiki/zim/, built as randnotiz_zim), which ZimLibrary loads with QLibrary. The table holds plain
// functions, no classes with virtual functions, so that nothing of a type's identity has to be shared between
// the program and the module.
#pragma once

#include "wiki/zimlibrary.h"

namespace Randnotiz {

struct ZimModuleFunctions
{
    const char *version; // RANDNOTIZ_VERSION of the module: a module of another build is not used
    // Opens every file, lists each (ok or with its error) in infos; the handle is for the calls below.
    void *(*open)(const QStringList &paths, QList<ZimInfo> *infos);
    void (*close)(void *copies);
    bool (*hasLanguage)(const void *copies, const QString &lang);
    ZimLookup (*lookup)(const void *copies, const WikiLink &link);
    QString (*suggestTitle)(const void *copies, const QString &lang, const QString &subject);
    ZimInfo (*inspect)(const QString &path);
};

} // namespace Randnotiz

// The one symbol the module exports.
extern "C" {
using RandnotizZimModuleEntry = const Randnotiz::ZimModuleFunctions *(*)();
}
#define RANDNOTIZ_ZIM_MODULE_ENTRY "randnotiz_zim_module"
