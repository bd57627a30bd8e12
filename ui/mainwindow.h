// MainWindow: one tab per open article.
#pragma once

#include <QMainWindow>

class QTabWidget;

namespace Randnotiz {

class Article;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a file in a new tab; a file that cannot be read shows its error and changes no other tab.
    bool openFile(const QString &path);
    // Opens the sample article compiled into the program.
    void openSample();

    int articleCount() const;

private:
    void addArticleTab(const Article &article);
    void showError(const QString &path, const QString &error);

    QTabWidget *m_tabs = nullptr;
};

} // namespace Randnotiz
