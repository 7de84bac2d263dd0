#pragma once
// Errors shown next to the field core named (STYLE.md): each field widget is wrapped with its
// own error line, hidden until core refuses that field; an error naming no known field goes to
// a general label. Owned by the form that wraps the fields.

#include "core/common/Result.h"

#include <QHash>
#include <QLabel>
#include <QPointer>
#include <QString>
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
    // Shows the error next to its field and moves the focus there; false when no field matched
    // (then the fallback label shows it).
    bool show(const Error& error);
    void clear();
    // The error line of a field (tests), nullptr when unknown.
    QLabel* label(const QString& name) const;
    QWidget* field(const QString& name) const;

private:
    struct Entry
    {
        QPointer<QWidget> field;
        QPointer<QLabel> error;
    };
    QHash<QString, Entry> m_fields;
    QHash<QString, QString> m_alias;
    QPointer<QLabel> m_fallback;
};

} // namespace hc
