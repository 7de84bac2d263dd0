#include "ui/help/HelpWindow.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace hc {

HelpWindow::HelpWindow(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("Homecoming help"));
    m_browser = new QTextBrowser;
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setOpenExternalLinks(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* back = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    back->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this] {
        setWindowTitle(tr("Help: %1").arg(m_browser->document()->toPlainText().section(u'\n', 0, 0)));
    });
    resize(620, 560);
}

QString HelpWindow::topicFor(const QWidget* page)
{
    static const QHash<QString, QString> topics = {
        {QStringLiteral("hc::DashboardPage"), QStringLiteral("dashboard")},
        {QStringLiteral("hc::OverviewPage"), QStringLiteral("overview")},
        {QStringLiteral("hc::HouseholdsPage"), QStringLiteral("households")},
        {QStringLiteral("hc::VisitEntryPage"), QStringLiteral("visit-entry")},
        {QStringLiteral("hc::RevisitsPage"), QStringLiteral("revisits")},
        {QStringLiteral("hc::VerificationPage"), QStringLiteral("verification")},
        {QStringLiteral("hc::UnregisteredPage"), QStringLiteral("unregistered")},
        {QStringLiteral("hc::UntracedPage"), QStringLiteral("untraced")},
        {QStringLiteral("hc::RegistrationPage"), QStringLiteral("registration")},
        {QStringLiteral("hc::CasesPage"), QStringLiteral("cases")},
        {QStringLiteral("hc::CrimesPage"), QStringLiteral("crimes")},
        {QStringLiteral("hc::ActionsPage"), QStringLiteral("actions")},
        {QStringLiteral("hc::FoundPersonsPage"), QStringLiteral("found-persons")},
        {QStringLiteral("hc::CallsPage"), QStringLiteral("calls")},
        {QStringLiteral("hc::DuplicatesPage"), QStringLiteral("duplicates")},
        {QStringLiteral("hc::LinksPage"), QStringLiteral("links")},
        {QStringLiteral("hc::AuditPage"), QStringLiteral("audit")}};
    if (!page)
        return QStringLiteral("index");
    return topics.value(QString::fromLatin1(page->metaObject()->className()), QStringLiteral("index"));
}

QString HelpWindow::language()
{
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QUrl HelpWindow::url(const QString& topic, const QString& language)
{
    return QUrl(QStringLiteral("qrc:/help/%1/%2.md").arg(language, topic));
}

void HelpWindow::showTopic(const QString& topic)
{
    m_browser->setSource(url(topic), QTextDocument::MarkdownResource);
}

QString HelpWindow::topic() const
{
    return QFileInfo(m_browser->source().path()).completeBaseName();
}

} // namespace hc
