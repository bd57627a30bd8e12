// Helpers for the tests of the reading window: settings kept away from the user's, and small file helpers.
#pragma once

#include <QString>

class QPalette;

namespace Randnotiz::Test {

// Points QSettings and QStandardPaths at a fresh temporary folder (call it from initTestCase()) and
// clears every setting (call it from init()).
void isolateSettings();
void clearSettings();

// Writes bytes to path; returns false when it cannot.
bool writeFile(const QString &path, const QByteArray &bytes);

} // namespace Randnotiz::Test
