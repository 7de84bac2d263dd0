#pragma once
// The help window: the short manual pages in resources/help/<language>/<topic>.md, shown in a
// QTextBrowser (links between pages work). One topic per screen, chosen by the screen's class;
// the language follows the interface's (Chinese for zh*, English otherwise).

#include <QDialog>
#include <QUrl>

class QTextBrowser;

namespace hc {

class HelpWindow : public QDialog
{
    Q_OBJECT
public:
    explicit HelpWindow(QWidget* parent = nullptr);

    // The topic of a screen ("dashboard", "visit-entry" …); "index" (the manual) for any other.
    static QString topicFor(const QWidget* page);
    // "zh_CN" when the interface is in Chinese, else "en".
    static QString language();
    static QUrl url(const QString& topic, const QString& language = HelpWindow::language());

    void showTopic(const QString& topic);
    QString topic() const;
    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser = nullptr;
};

} // namespace hc
