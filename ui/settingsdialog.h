// SettingsDialog: the Wikipedia summary settings (language, contact, offline mode, cache size, base URL) and
// what the five highlight colours mean.
#pragma once

#include "notes/annotation.h"

#include <QDialog>

#include <array>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace Randnotiz {

class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Fills the fields from ReaderSettings; accept() writes them back when they are valid.
    void load();
    void save() const;

    void accept() override;

    // The colour labels live in the notes store; the window fills them in and saves what comes back.
    void setColorLabels(const ColorLabels &labels);
    ColorLabels colorLabels() const;

    // Offline copies of Wikipedia (Kiwix ZIM files): listed with what they say about themselves, read on a
    // thread of their own. The Add button asks for files and calls this.
    void addOfflineCopies(const QStringList &paths);
    QStringList offlineCopies() const;

private:
    void validate();
    void inspect(const QStringList &paths);

    QLineEdit *m_language = nullptr;
    QLineEdit *m_contact = nullptr;
    QCheckBox *m_offline = nullptr;
    QSpinBox *m_cacheSize = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QListWidget *m_zimList = nullptr;
    QPushButton *m_removeZim = nullptr;
    QCheckBox *m_preferOffline = nullptr;
    std::array<QLineEdit *, AllColors.size()> m_colorLabels {};
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Randnotiz
