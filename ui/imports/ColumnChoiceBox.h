#pragma once
// The import dialog's "Columns not recognised" box: a combo per required field that no header
// of the file names (by key, Chinese name or a known variant), listing the file's columns; and
// the choices remembered per header row (QSettings, keyed by HeaderMap::headerKey).

#include "core/imports/ImportPreview.h"
#include "core/imports/ImportTypes.h"

#include <QGroupBox>

class QComboBox;
class QFormLayout;

namespace hc {

class ColumnChoiceBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit ColumnChoiceBox(ImportKind kind, QWidget* parent = nullptr);

    // Rebuilds the combos for a file's header row, showing `mapping`'s choices; hidden when
    // every required field is recognised.
    void setHeader(const QStringList& header, const ColumnMapping& mapping);
    QComboBox* box(const QString& key) const; // null when the field needs no choice

    ColumnMapping remembered(const QString& headerKey) const;
    void remember(const QString& headerKey, const ColumnMapping& mapping) const;

signals:
    // A column was chosen (empty header: the choice was cleared) for a field.
    void columnChosen(const QString& key, const QString& header);

private:
    QString settingsKey(const QString& headerKey) const;

    const ImportKind m_kind;
    QFormLayout* m_form = nullptr;
    QList<QPair<QString, QComboBox*>> m_boxes;
};

} // namespace hc
