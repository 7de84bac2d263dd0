#pragma once
// A type-ahead chooser of cases: a line edit whose completer lists the cases matching any part
// of their number or their subject's name ("00042" or "张"); a case is chosen from that list,
// not typed from memory (text that names no case chooses none).

#include "core/cases/CaseTypes.h"

#include <QHash>
#include <QLineEdit>

class QStringListModel;

namespace hc {

class CaseChooser : public QLineEdit
{
    Q_OBJECT
public:
    explicit CaseChooser(QWidget* parent = nullptr);

    void setCases(const QList<CaseRow>& cases);
    // 0 when the text names no case of the list.
    qint64 caseId() const;
    void setCaseId(qint64 id);
    // "SZ2026-00042 张小明".
    static QString label(const QString& caseNo, const QString& subject);

private:
    QStringListModel* m_labels = nullptr;
    QHash<QString, qint64> m_ids; // by label
};

} // namespace hc
