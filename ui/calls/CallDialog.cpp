#include "ui/calls/CallDialog.h"

#include "core/calls/CallService.h"
#include "core/common/DateText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hc {

namespace {
QLabel* value(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}
} // namespace

CallDialog::CallDialog(const Call& c, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Call %1").arg(c.id));
    auto* form = new QFormLayout;
    form->addRow(tr("Time:"), value(dateTimeText(c.at)));
    form->addRow(tr("Station:"), value(c.station));
    form->addRow(
        tr("Line:"),
        value(callLineOf(c.line) == CallLine::Officer
                  ? tr("%1: %2 (%3)").arg(CallService::lineLabel(c.line), c.lineOfficer, c.lineOfficerBadge)
                  : CallService::lineLabel(c.line)));
    form->addRow(tr("Caller:"), value(c.callerName.isEmpty() ? tr("Anonymous") : c.callerName));
    form->addRow(tr("Caller's number:"), value(c.callerPhone));
    form->addRow(tr("What was reported:"), value(c.reportText));
    QString result = CallService::resultLabel(c.result);
    if (!c.caseNo.isEmpty())
        result = tr("%1: %2").arg(result, c.caseNo);
    if (callResultOf(c.result) == CallResult::None)
        result = tr("%1: %2").arg(result, c.reason);
    form->addRow(tr("Result:"), value(result));
    form->addRow(tr("Logged by:"),
                 value(tr("%1 at %2").arg(c.loggedBy, c.loggedAt.left(16).replace(u'T', u' '))));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    if (c.caseId) {
        m_openCase = buttons->addButton(tr("Open &case file"), QDialogButtonBox::ActionRole);
        connect(m_openCase, &QPushButton::clicked, this, [this, id = c.caseId] {
            emit caseRequested(id);
            accept();
        });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(480, 360);
}

} // namespace hc
