#include "ui/cases/FieldErrors.h"

#include "ui/common/InlineError.h"

#include <QVBoxLayout>

namespace hc {

QWidget* FieldErrors::wrap(const QString& name, QWidget* field)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    QLabel* error = makeErrorLabel();
    layout->addWidget(error);
    m_fields.insert(name, {field, error});
    return box;
}

bool FieldErrors::show(const Error& e)
{
    clear();
    const QString name = m_alias.value(e.field, e.field);
    const auto it = m_fields.constFind(name);
    if (it == m_fields.constEnd() || !it->error) {
        if (m_fallback) {
            m_fallback->setText(e.message);
            m_fallback->show();
        }
        return false;
    }
    it->error->setText(e.message);
    it->error->show();
    if (it->field)
        it->field->setFocus(Qt::OtherFocusReason);
    return true;
}

void FieldErrors::clear()
{
    for (const Entry& e : std::as_const(m_fields))
        if (e.error)
            e.error->hide();
    if (m_fallback)
        m_fallback->hide();
}

QLabel* FieldErrors::label(const QString& name) const
{
    return m_fields.value(m_alias.value(name, name)).error;
}

QWidget* FieldErrors::field(const QString& name) const
{
    return m_fields.value(m_alias.value(name, name)).field;
}

} // namespace hc
