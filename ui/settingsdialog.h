// SettingsDialog: the Wikipedia summary settings (language, contact, offline mode, cache size, base URL).
#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
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

private:
    void validate();

    QLineEdit *m_language = nullptr;
    QLineEdit *m_contact = nullptr;
    QCheckBox *m_offline = nullptr;
    QSpinBox *m_cacheSize = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Randnotiz
