#include "ui/cases/FieldErrors.h"

#include "ui/common/InlineError.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hc {

namespace {
// Hides `error` as soon as the user changes `field`: the error no longer describes it.
void hideOnEdit(QWidget* field, QLabel* error)
{
    const auto hide = [error] { error->hide(); };
    if (auto* e = qobject_cast<QLineEdit*>(field))
        QObject::connect(e, &QLineEdit::textChanged, error, hide);
    else if (auto* t = qobject_cast<QPlainTextEdit*>(field))
        QObject::connect(t, &QPlainTextEdit::textChanged, error, hide);
    else if (auto* c = qobject_cast<QComboBox*>(field))
        QObject::connect(c, &QComboBox::currentIndexChanged, error, hide);
    else if (auto* s = qobject_cast<QSpinBox*>(field))
        QObject::connect(s, &QSpinBox::valueChanged, error, hide);
    else if (auto* d = qobject_cast<QDateTimeEdit*>(field))
        QObject::connect(d, &QDateTimeEdit::dateTimeChanged, error, hide);
    else if (auto* b = qobject_cast<QAbstractButton*>(field))
        QObject::connect(b, &QAbstractButton::toggled, error, hide);
}
bool above(const QWidget* a, const QWidget* b)
{
    const QPoint pa = a->mapTo(a->window(), QPoint(0, 0));
    const QPoint pb = b->mapTo(b->window(), QPoint(0, 0));
    return pa.y() < pb.y() || (pa.y() == pb.y() && pa.x() < pb.x());
}
} // namespace

QWidget* FieldErrors::wrap(const QString& name, QWidget* field)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    QLabel* error = makeErrorLabel();
    layout->addWidget(error);
    hideOnEdit(field, error);
    m_fields.insert(name, {field, error});
    m_order << name;
    return box;
}

void FieldErrors::require(const QString& name, const QString& message)
{
    m_required.insert(m_alias.value(name, name), message);
}

void FieldErrors::unrequire(const QString& name)
{
    m_required.remove(m_alias.value(name, name));
}

bool FieldErrors::isEmpty(const QWidget* field)
{
    if (const auto* e = qobject_cast<const QLineEdit*>(field))
        return e->text().trimmed().isEmpty();
    if (const auto* t = qobject_cast<const QPlainTextEdit*>(field))
        return t->toPlainText().trimmed().isEmpty();
    if (const auto* c = qobject_cast<const QComboBox*>(field)) {
        const QVariant d = c->currentData();
        return c->currentIndex() < 0 || !d.isValid() || d.toString().isEmpty() ||
               (d.typeId() == QMetaType::LongLong && d.toLongLong() == 0);
    }
    if (const auto* s = qobject_cast<const QSpinBox*>(field))
        return !s->specialValueText().isEmpty() && s->value() == s->minimum();
    if (const auto* d = qobject_cast<const QDateTimeEdit*>(field))
        return !d->specialValueText().isEmpty() && d->dateTime() == d->minimumDateTime();
    return false;
}

QList<Error> FieldErrors::missing() const
{
    QList<Error> errors;
    for (const QString& name : m_order) {
        const auto required = m_required.constFind(name);
        if (required != m_required.constEnd() && isEmpty(m_fields.value(name).field))
            errors << Error{name, *required, Error::Kind::Invalid};
    }
    return errors;
}

bool FieldErrors::show(const Error& e)
{
    return show(QList<Error>{e});
}

bool FieldErrors::show(const QList<Error>& errors)
{
    clear();
    QStringList general;
    QWidget* first = nullptr;
    for (const Error& e : errors) {
        const auto it = m_fields.constFind(m_alias.value(e.field, e.field));
        if (it == m_fields.constEnd() || !it->error) {
            general << e.message;
            continue;
        }
        it->error->setText(e.message);
        it->error->show();
        // The focus goes to the error highest on the form (the order the user reads it in).
        if (it->field && (!first || above(it->field, first)))
            first = it->field;
    }
    if (!general.isEmpty() && m_fallback) {
        m_fallback->setText(general.join(QLatin1Char('\n')));
        m_fallback->show();
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    return general.isEmpty();
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
