#pragma once
// A type-ahead chooser of officers: an editable combo box whose completer finds an officer by
// any part of the name or the badge ("马" or "10000"); the data of each item is the users.id.
// An optional first item stands for "none chosen" (id 0), e.g. "Any officer" in a filter.

#include <QComboBox>

namespace hc {

class OfficerChooser : public QComboBox
{
    Q_OBJECT
public:
    struct Choice
    {
        qint64 id = 0;
        QString name, badge;
    };

    // `noneText`: the first item (id 0); empty for none.
    explicit OfficerChooser(const QString& noneText = {}, QWidget* parent = nullptr);

    void setChoices(const QList<Choice>& choices);
    qint64 officerId() const;
    void setOfficerId(qint64 id);
    // The label of a choice: "马警官 (100001)".
    static QString label(const QString& name, const QString& badge);

signals:
    void officerChanged(qint64 id);

private:
    QString m_none;
};

} // namespace hc
