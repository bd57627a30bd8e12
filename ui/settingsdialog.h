// SettingsDialog: the Wikipedia summary settings (language, contact, offline mode, cache size, base URL), what
// the five highlight colours mean, and what the notes database holds for articles without notes.
#pragma once

#include "notes/annotation.h"

#include <QDialog>
#include <QList>

#include <array>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace Randnotiz {

class NotesStore;

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

    // The stored text of articles without notes, which Clear removes at once; keep: articles open in the
    // window, which stay.
    void setNotesStore(NotesStore *store, const QList<qint64> &keep);

    // Offline copies of Wikipedia (Kiwix ZIM files): listed with what they say about themselves, read on a
    // thread of their own. The Add button asks for files and calls this.
    void addOfflineCopies(const QStringList &paths);
    QStringList offlineCopies() const;

private:
    void validate();
    void showStoredArticles();
    void clearStoredArticles();
    void testTeamStore();
    QString teamStoreProblem() const; // why the team store's address cannot be used, empty when it can
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
    QLabel *m_storedArticles = nullptr;
    QPushButton *m_clearStoredArticles = nullptr;
    NotesStore *m_store = nullptr;
    QList<qint64> m_keep;
    QLineEdit *m_teamStore = nullptr;
    QPushButton *m_testTeamStore = nullptr;
    QLabel *m_teamStoreStatus = nullptr;
    QCheckBox *m_newNotesShared = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Randnotiz
