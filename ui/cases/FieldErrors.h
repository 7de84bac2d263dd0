#pragma once
// Errors shown next to the field core named (STYLE.md): each field widget is wrapped with its
// own error line, hidden until core refuses that field; an error naming no known field goes to
// a general label. Every error of a refusal shows at once, each at its field, and a field's
// error goes away as soon as the field is edited. Required fields (marked by the form) are
// checked here before core is asked, so that all the missing ones show together. Owned by the
// form that wraps the fields.

#include "core/common/Result.h"

#include <QHash>
#include <QLabel>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QWidget>

namespace hc {

class FieldErrors
{
public:
    // Returns a container holding `field` above its (hidden) error line, to put in a layout.
    QWidget* wrap(const QString& name, QWidget* field);
    // Errors about `name` show at the field registered as `to` (e.g. age -> subject_birth_year).
    void alias(const QString& name, const QString& to) { m_alias.insert(name, to); }
    void setFallback(QLabel* label) { m_fallback = label; }
    // `name` must not be left empty; `message` says so at the field.
    void require(const QString& name, const QString& message);
    void unrequire(const QString& name);
    bool isRequired(const QString& name) const { return m_required.contains(name); }
    // One error per required field left empty (blank text, no choice, an "unknown" value), in
    // the order the fields were wrapped.
    QList<Error> missing() const;
    // Shows the error next to its field and moves the focus there; false when no field matched
    // (then the fallback label shows it).
    bool show(const Error& error);
    // Shows every error at its field at once (unknown fields in the fallback label) and moves
    // the focus to the first; false when one matched no field.
    bool show(const QList<Error>& errors);
    void clear();
    // The error line of a field (tests), nullptr when unknown.
    QLabel* label(const QString& name) const;
    QWidget* field(const QString& name) const;

    static bool isEmpty(const QWidget* field);

private:
    struct Entry
    {
        QPointer<QWidget> field;
        QPointer<QLabel> error;
    };
    QHash<QString, Entry> m_fields;
    QStringList m_order;
    QHash<QString, QString> m_alias;
    QHash<QString, QString> m_required;
    QPointer<QLabel> m_fallback;
};

} // namespace hc
