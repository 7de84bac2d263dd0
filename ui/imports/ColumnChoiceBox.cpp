#include "ui/imports/ColumnChoiceBox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QSettings>

#include <algorithm>

namespace hc {

ColumnChoiceBox::ColumnChoiceBox(ImportKind kind, QWidget* parent)
    : QGroupBox(tr("Columns not recognised"), parent), m_kind(kind), m_form(new QFormLayout(this))
{
    hide();
}

void ColumnChoiceBox::setHeader(const QStringList& header, const ColumnMapping& mapping)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_boxes.clear();
    const QList<ColumnSpec>& spec = ImportPreview::columns(m_kind);
    QList<ColumnSpec> lenient = spec;
    for (ColumnSpec& c : lenient)
        c.required = false;
    const auto found = HeaderMap::build(header, lenient);
    for (const ColumnSpec& c : spec) {
        if (!c.required || header.isEmpty() || (found && found->has(c.key)))
            continue;
        const QString key = QLatin1String(c.key);
        auto* box = new QComboBox;
        box->addItem(tr("(choose the column)"), QString());
        for (const QString& h : header)
            if (!h.trimmed().isEmpty())
                box->addItem(h.trimmed(), h.trimmed());
        for (const auto& [field, chosen] : mapping)
            if (field == key)
                box->setCurrentIndex(std::max(0, box->findData(chosen)));
        connect(box, &QComboBox::currentIndexChanged, this,
                [this, key, box] { emit columnChosen(key, box->currentData().toString()); });
        m_form->addRow(QStringLiteral("%1 (%2):").arg(key, QStringView(c.chinese)), box);
        m_boxes << qMakePair(key, box);
    }
    setVisible(!m_boxes.isEmpty());
}

QComboBox* ColumnChoiceBox::box(const QString& key) const
{
    for (const auto& [field, box] : m_boxes)
        if (field == key)
            return box;
    return nullptr;
}

QString ColumnChoiceBox::settingsKey(const QString& headerKey) const
{
    return QStringLiteral("imports/columns/%1/%2").arg(int(m_kind)).arg(headerKey);
}

ColumnMapping ColumnChoiceBox::remembered(const QString& headerKey) const
{
    ColumnMapping mapping;
    for (const QString& entry : QSettings().value(settingsKey(headerKey)).toStringList()) {
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        if (eq > 0)
            mapping << qMakePair(entry.left(eq), entry.mid(eq + 1));
    }
    return mapping;
}

void ColumnChoiceBox::remember(const QString& headerKey, const ColumnMapping& mapping) const
{
    QStringList entries;
    for (const auto& [field, header] : mapping)
        entries << field + QLatin1Char('=') + header;
    QSettings settings;
    if (entries.isEmpty())
        settings.remove(settingsKey(headerKey));
    else
        settings.setValue(settingsKey(headerKey), entries);
}

} // namespace hc
