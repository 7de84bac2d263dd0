#include "ui/admin/AccountsDialog.h"

#include "core/auth/UserService.h"
#include "ui/admin/NewAccountDialog.h"
#include "ui/admin/PasswordDialog.h"
#include "ui/common/InlineError.h"
#include "ui/common/SessionContext.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hc {

AccountsDialog::AccountsDialog(SessionContext& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Accounts"));
    resize(720, 480);
    auto* layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 6);
    m_table->setHorizontalHeaderLabels(
        {tr("Badge"), tr("Name"), tr("Role"), tr("Station"), tr("State"), tr("Password")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);
    m_message = makeErrorLabel();
    layout->addWidget(m_message);
    auto* row = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add…"));
    m_toggle = new QPushButton(tr("&Disable"));
    m_reset = new QPushButton(tr("&Reset password…"));
    row->addWidget(m_add);
    row->addWidget(m_toggle);
    row->addWidget(m_reset);
    row->addStretch();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    row->addWidget(close);
    layout->addLayout(row);
    connect(m_add, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_toggle, &QPushButton::clicked, this, &AccountsDialog::toggleSelected);
    connect(m_reset, &QPushButton::clicked, this, &AccountsDialog::resetSelected);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AccountsDialog::updateButtons);
    reload();
}

void AccountsDialog::reload()
{
    const QString keep = selected() ? selected()->badge : QString();
    const auto users = UserService(m_session.db()).list(m_session.actor());
    m_users = users ? *users : QList<User>();
    if (!users)
        showError(users.error().message);
    m_table->setRowCount(int(m_users.size()));
    for (int i = 0; i < m_users.size(); ++i) {
        const User& u = m_users.at(i);
        const QStringList cells{u.badge,
                                u.name,
                                Roles::label(u.role),
                                u.stationName,
                                u.active ? tr("Active") : tr("Disabled"),
                                u.mustChangePassword ? tr("Temporary: a new one is due at sign-in")
                                                     : QString()};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, int(c), new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    if (!keep.isEmpty())
        select(keep);
    updateButtons();
}

bool AccountsDialog::select(const QString& badge)
{
    for (int i = 0; i < m_users.size(); ++i)
        if (m_users.at(i).badge == badge) {
            m_table->selectRow(i);
            return true;
        }
    return false;
}

const User* AccountsDialog::selected() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_users.size())
        return nullptr;
    return &m_users.at(rows.first().row());
}

void AccountsDialog::updateButtons()
{
    const User* u = selected();
    m_toggle->setEnabled(u);
    m_reset->setEnabled(u);
    m_toggle->setText(u && !u->active ? tr("&Enable") : tr("&Disable"));
}

void AccountsDialog::showError(const QString& error)
{
    m_message->setText(error);
    m_message->setVisible(!error.isEmpty());
}

void AccountsDialog::addAccount()
{
    auto* dialog = new NewAccountDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_openDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        showError({});
        reload();
        select(dialog->user().badge);
    });
    dialog->open();
}

void AccountsDialog::toggleSelected()
{
    const User* u = selected();
    if (!u)
        return;
    const Status s = UserService(m_session.db()).setActive(m_session.actor(), u->badge, !u->active);
    showError(s ? QString() : s.error().message);
    reload();
}

void AccountsDialog::resetSelected()
{
    const User* u = selected();
    if (!u)
        return;
    const QString badge = u->badge;
    auto* dialog = new PasswordDialog(
        tr("Reset the password"),
        tr("A new password for %1 (%2). Give it to them in person; they can change it afterwards.")
            .arg(u->name, badge),
        false,
        [this, badge](const QString&, const QString& fresh) {
            return UserService(m_session.db()).resetPassword(m_session.actor(), badge, fresh);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_openDialog = dialog;
    dialog->open();
}

} // namespace hc
