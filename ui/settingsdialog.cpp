#include "settingsdialog.h"

#include "highlightcolors.h"
#include "models/annotationmodel.h"
#include "notes/annotationstore.h"
#include "notes/postgres/teamschema.h"
#include "notes/storefactory.h"
#include "readersettings.h"
#include "wiki/wikiconfig.h"
#include "wiki/ziminspector.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPixmap>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>

namespace Randnotiz {

namespace {

// An empty base means the real Wikipedia; anything else must be an http(s) URL with a host.
bool isUsableBase(const QString &text)
{
    if (text.isEmpty())
        return true;
    const QUrl url(QString(text).replace(QStringLiteral("{lang}"), QStringLiteral("de")), QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

constexpr int ZimPathRole = Qt::UserRole;

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *wikiBox = new QGroupBox(tr("Wikipedia summaries"), this);
    auto *form = new QFormLayout(wikiBox);
    layout->addWidget(wikiBox);

    m_language = new QLineEdit(this);
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->setPlaceholderText(tr("the link's own language"));
    m_language->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z]{0,3}(-[a-z]{0,8})?")), m_language));
    m_language->setToolTip(tr("A Wikipedia language code such as de or en. Summaries are fetched in this "
                              "language when the page exists there; empty keeps each link's own language."));
    form->addRow(tr("Preferred &language:"), m_language);

    m_contact = new QLineEdit(this);
    m_contact->setObjectName(QStringLiteral("settingsContact"));
    m_contact->setPlaceholderText(WikiConfig::defaultContact());
    m_contact->setToolTip(tr("An e-mail address or web page sent to Wikipedia with every request, "
                             "so that its operators can reach you."));
    form->addRow(tr("&Contact:"), m_contact);

    m_offline = new QCheckBox(tr("&Offline: never use the network, show cached summaries only"), this);
    m_offline->setObjectName(QStringLiteral("settingsOffline"));
    form->addRow(QString(), m_offline);

    m_cacheSize = new QSpinBox(this);
    m_cacheSize->setObjectName(QStringLiteral("settingsCacheSize"));
    m_cacheSize->setRange(1, ReaderSettings::MaxCacheMegabytes);
    m_cacheSize->setSuffix(tr(" MB"));
    form->addRow(tr("Cache &size:"), m_cacheSize);

    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setObjectName(QStringLiteral("settingsBaseUrl"));
    m_baseUrl->setPlaceholderText(WikiConfig::defaultBaseTemplate());
    m_baseUrl->setToolTip(tr("The REST API root of a Wikipedia mirror; {lang} stands for the language code. "
                             "Empty: Wikipedia itself."));
    form->addRow(tr("&Base URL:"), m_baseUrl);

    auto *zimBox = new QGroupBox(tr("Offline copies"), this);
    auto *zimLayout = new QVBoxLayout(zimBox);
    m_zimList = new QListWidget(zimBox);
    m_zimList->setObjectName(QStringLiteral("settingsOfflineCopies"));
    m_zimList->setMaximumHeight(m_zimList->fontMetrics().height() * 6); // a few copies, not a page of them
    m_zimList->setToolTip(tr("Kiwix ZIM files of Wikipedia: summaries of the pages they hold need no network."));
    zimLayout->addWidget(m_zimList);
    auto *zimButtons = new QHBoxLayout;
    auto *addZim = new QPushButton(tr("&Add…"), zimBox);
    addZim->setObjectName(QStringLiteral("settingsAddOfflineCopy"));
    m_removeZim = new QPushButton(tr("&Remove"), zimBox);
    m_removeZim->setObjectName(QStringLiteral("settingsRemoveOfflineCopy"));
    m_removeZim->setEnabled(false);
    zimButtons->addWidget(addZim);
    zimButtons->addWidget(m_removeZim);
    zimButtons->addStretch(1);
    zimLayout->addLayout(zimButtons);
    m_preferOffline = new QCheckBox(tr("&Prefer offline copies: do not ask the network for pages they have"), zimBox);
    m_preferOffline->setObjectName(QStringLiteral("settingsPreferOffline"));
    zimLayout->addWidget(m_preferOffline);
    layout->addWidget(zimBox);
    connect(addZim, &QPushButton::clicked, this, [this] {
        addOfflineCopies(QFileDialog::getOpenFileNames(this, tr("Add offline copies of Wikipedia"), QString(),
                                                       tr("Kiwix ZIM files (*.zim);;All files (*)")));
    });
    connect(m_removeZim, &QPushButton::clicked, this, [this] { delete m_zimList->currentItem(); });
    connect(m_zimList, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *current) { m_removeZim->setEnabled(current != nullptr); });

    auto *colorBox = new QGroupBox(tr("Highlight colours"), this);
    auto *colorForm = new QFormLayout(colorBox);
    for (const Color color : AllColors) {
        auto *edit = new QLineEdit(colorBox);
        edit->setObjectName(QStringLiteral("colorLabel_") + colorName(color));
        edit->setPlaceholderText(tr("what this colour means, e.g. important"));
        edit->setMaxLength(40);
        auto *label = new QLabel(colorBox);
        label->setPixmap(swatchIcon(color).pixmap(16, 16));
        auto *row = new QHBoxLayout;
        row->addWidget(label);
        row->addWidget(edit, 1);
        colorForm->addRow(AnnotationModel::colorTitle(color) + QLatin1Char(':'), row);
        m_colorLabels.at(std::size_t(color)) = edit;
    }
    layout->addWidget(colorBox);

    auto *notesBox = new QGroupBox(tr("Notes database"), this);
    notesBox->setObjectName(QStringLiteral("settingsNotesBox"));
    auto *notesRow = new QHBoxLayout(notesBox);
    m_storedArticles = new QLabel(notesBox);
    m_storedArticles->setObjectName(QStringLiteral("storedArticlesLabel"));
    m_storedArticles->setTextFormat(Qt::PlainText);
    m_storedArticles->setWordWrap(true);
    m_clearStoredArticles = new QPushButton(tr("Cl&ear"), notesBox);
    m_clearStoredArticles->setObjectName(QStringLiteral("clearStoredArticlesButton"));
    m_clearStoredArticles->setToolTip(tr("Removes the stored text of articles that have no notes. Articles with "
                                         "notes keep theirs: their notes find their place with it."));
    notesRow->addWidget(m_storedArticles, 1);
    notesRow->addWidget(m_clearStoredArticles);
    layout->addWidget(notesBox);
    connect(m_clearStoredArticles, &QPushButton::clicked, this, &SettingsDialog::clearStoredArticles);
    showStoredArticles();

    auto *teamBox = new QGroupBox(tr("Team store"), this);
    teamBox->setObjectName(QStringLiteral("settingsTeamStoreBox"));
    auto *teamForm = new QFormLayout(teamBox);
    m_teamStore = new QLineEdit(teamBox);
    m_teamStore->setObjectName(QStringLiteral("teamStoreEdit"));
    m_teamStore->setPlaceholderText(QStringLiteral("postgresql://USER@HOST:5432/DATABASE"));
    m_teamStore->setToolTip(tr("The PostgreSQL database the team shares its notes in; empty keeps the notes on this "
                               "computer. No password here: it comes from ~/.pgpass, PGPASSWORD or PGSERVICE."));
    m_testTeamStore = new QPushButton(tr("&Test Connection"), teamBox);
    m_testTeamStore->setObjectName(QStringLiteral("teamStoreTestButton"));
    auto *teamRow = new QHBoxLayout;
    teamRow->addWidget(m_teamStore, 1);
    teamRow->addWidget(m_testTeamStore);
    auto *addressLabel = new QLabel(tr("&Address:"), teamBox);
    addressLabel->setBuddy(m_teamStore);
    teamForm->addRow(addressLabel, teamRow);
    m_teamStoreStatus = new QLabel(teamBox);
    m_teamStoreStatus->setObjectName(QStringLiteral("teamStoreStatus"));
    m_teamStoreStatus->setTextFormat(Qt::PlainText);
    m_teamStoreStatus->setWordWrap(true);
    m_teamStoreStatus->setText(tr("A new address is used from the next start of Randnotiz."));
    teamForm->addRow(m_teamStoreStatus);
    m_newNotesShared = new QCheckBox(tr("New notes are &shared with the team (otherwise private)"), teamBox);
    m_newNotesShared->setObjectName(QStringLiteral("newNotesSharedCheck"));
    teamForm->addRow(m_newNotesShared);
    layout->addWidget(teamBox);
    connect(m_testTeamStore, &QPushButton::clicked, this, &SettingsDialog::testTeamStore);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("settingsProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("settingsButtons"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_baseUrl, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_teamStore, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    resize(560, sizeHint().height());
    load();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load()
{
    m_language->setText(ReaderSettings::wikiPreferredLanguage());
    m_contact->setText(ReaderSettings::wikiContact());
    m_offline->setChecked(ReaderSettings::wikiOffline());
    m_cacheSize->setValue(ReaderSettings::wikiCacheMegabytes());
    m_baseUrl->setText(ReaderSettings::wikiBaseUrl());
    m_zimList->clear();
    addOfflineCopies(ReaderSettings::wikiZimFiles());
    m_preferOffline->setChecked(ReaderSettings::wikiPreferOffline());
    m_teamStore->setText(ReaderSettings::teamStore());
    m_newNotesShared->setChecked(ReaderSettings::newNotesShared());
    validate();
}

void SettingsDialog::addOfflineCopies(const QStringList &paths)
{
    QStringList added;
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (path.isEmpty() || offlineCopies().contains(absolute))
            continue;
        auto *item = new QListWidgetItem(tr("%1 — reading…").arg(QFileInfo(absolute).fileName()), m_zimList);
        item->setData(ZimPathRole, absolute);
        item->setToolTip(absolute);
        added.append(absolute);
    }
    if (!added.isEmpty())
        inspect(added);
}

QStringList SettingsDialog::offlineCopies() const
{
    QStringList paths;
    for (int i = 0; i < m_zimList->count(); ++i)
        paths.append(m_zimList->item(i)->data(ZimPathRole).toString());
    return paths;
}

void SettingsDialog::inspect(const QStringList &paths)
{
    // Opening a ZIM file reads its directory; that happens on the inspector's thread, never on this one.
    ZimInspector *inspector = ZimInspector::start(paths);
    connect(inspector, &ZimInspector::inspected, this, [this](const ZimInfo &info) {
        const QString text = !info.ok
            ? info.error
            : tr("%1 — %2, %3 articles, of %4")
                  .arg(QFileInfo(info.path).fileName(), info.lang, QLocale().toString(info.articleCount),
                       info.date.isValid() ? QLocale().toString(info.date, QLocale::ShortFormat) : tr("unknown date"));
        for (int i = 0; i < m_zimList->count(); ++i) {
            QListWidgetItem *item = m_zimList->item(i);
            if (item->data(ZimPathRole).toString() == info.path)
                item->setText(text);
        }
    });
}

void SettingsDialog::save() const
{
    ReaderSettings::setWikiPreferredLanguage(m_language->text().trimmed());
    ReaderSettings::setWikiContact(m_contact->text().trimmed());
    ReaderSettings::setWikiOffline(m_offline->isChecked());
    ReaderSettings::setWikiCacheMegabytes(m_cacheSize->value());
    ReaderSettings::setWikiBaseUrl(m_baseUrl->text().trimmed());
    ReaderSettings::setWikiZimFiles(offlineCopies());
    ReaderSettings::setWikiPreferOffline(m_preferOffline->isChecked());
    ReaderSettings::setTeamStore(m_teamStore->text().trimmed());
    ReaderSettings::setNewNotesShared(m_newNotesShared->isChecked());
}

void SettingsDialog::setColorLabels(const ColorLabels &labels)
{
    for (const Color color : AllColors)
        m_colorLabels.at(std::size_t(color))->setText(labels.label(color));
}

ColorLabels SettingsDialog::colorLabels() const
{
    ColorLabels labels;
    for (const Color color : AllColors)
        labels.setLabel(color, m_colorLabels.at(std::size_t(color))->text().trimmed());
    return labels;
}

void SettingsDialog::setNotesStore(NotesStore *store, const QList<qint64> &keep)
{
    m_store = store;
    m_keep = keep;
    showStoredArticles();
}

void SettingsDialog::showStoredArticles()
{
    if (!m_store || !m_store->isOpen()) {
        m_storedArticles->setText(tr("The notes database is not open."));
        m_clearStoredArticles->setEnabled(false);
        return;
    }
    const StoredArticlesSize size = m_store->storedArticlesWithoutNotes(m_keep);
    const qint64 kilobytes = (size.bytes + 1023) / 1024;
    m_storedArticles->setText(tr("%n article(s) without notes, %1 KB", nullptr, size.count).arg(kilobytes));
    m_clearStoredArticles->setEnabled(size.count > 0 && m_store->isWritable());
}

void SettingsDialog::clearStoredArticles()
{
    if (!m_store)
        return;
    if (m_store->clearArticlesWithoutNotes(m_keep) < 0) {
        m_problem->setText(tr("The articles without notes could not be removed: %1").arg(m_store->errorString()));
        m_problem->setVisible(true);
    }
    showStoredArticles();
}

void SettingsDialog::testTeamStore()
{
    const QString url = m_teamStore->text().trimmed();
    if (url.isEmpty()) {
        m_teamStoreStatus->setText(tr("No address: the notes stay on this computer."));
        return;
    }
    m_testTeamStore->setEnabled(false);
    m_teamStoreStatus->setText(tr("Connecting…"));
    // Connecting waits for the server (up to libpq's connect_timeout): on a thread of its own, never on this one.
    QPointer<SettingsDialog> dialog(this);
    QThread *thread = QThread::create([dialog, url] {
        const QString error = StoreFactory::testConnection(url);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [dialog, url, error] {
                if (!dialog)
                    return;
                dialog->m_testTeamStore->setEnabled(true);
                if (dialog->m_teamStore->text().trimmed() != url)
                    return; // the address changed meanwhile
                dialog->m_teamStoreStatus->setText(error.isEmpty() ? tr("Connected: the team store can be used.")
                                                                   : error);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void SettingsDialog::accept()
{
    if (!isUsableBase(m_baseUrl->text().trimmed()) || !teamStoreProblem().isEmpty())
        return;
    save();
    QDialog::accept();
}

QString SettingsDialog::teamStoreProblem() const
{
    const QString url = m_teamStore->text().trimmed();
    QString error;
    if (!url.isEmpty() && !TeamStoreUrl::parse(url, &error))
        return error;
    return {};
}

void SettingsDialog::validate()
{
    const bool baseOk = isUsableBase(m_baseUrl->text().trimmed());
    const QString teamProblem = teamStoreProblem();
    const bool ok = baseOk && teamProblem.isEmpty();
    m_problem->setText(!baseOk ? tr("The base URL must start with https:// or http:// and name a host.") : teamProblem);
    m_problem->setVisible(!ok);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_testTeamStore->setEnabled(teamProblem.isEmpty());
}

} // namespace Randnotiz
