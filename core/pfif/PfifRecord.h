#pragma once
// PFIF 1.4 (People Finder Interchange Format, http://zesty.ca/pfif/1.4) as plain values: a person
// record with its notes, the fields of each in the specification's order, the note status
// values, and the table between them and Homecoming's lead kinds and case outcomes.
//
// Fields Homecoming holds that PFIF has no field for (height, the risk level, where and when
// last seen, the case's status and outcome, a found-person record's circumstance ...) travel
// as elements of Homecoming's own namespace (kHomecomingNamespace) inside the PFIF records:
// PFIF readers ignore elements of other namespaces, Homecoming reads them back, so an export
// imported into another Homecoming database loses nothing.

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace hc::pfif {

inline const QString kNamespace = QStringLiteral("http://zesty.ca/pfif/1.4");
inline const QString kHomecomingNamespace = QStringLiteral("urn:homecoming:pfif:1");

// The PFIF field names of a person and of a note, in the specification's order.
const QStringList& personFields();
const QStringList& noteFields();
// "", information_sought, is_note_author, believed_alive, believed_missing, believed_dead.
const QStringList& noteStatuses();

// One person or note record: PFIF fields by name (absent = empty), Homecoming's own fields
// (kHomecomingNamespace) by name, and a person's notes. `number` counts records in the file
// from 1 (a person, then its notes), for the import's report.
struct Record
{
    QMap<QString, QString> fields;
    QMap<QString, QString> extra;
    QList<Record> notes;
    qint64 number = 0;
    bool isNote = false;
    QString problem; // why the reader rejects this record (a field too long ...); empty when none

    QString value(const QString& field) const { return fields.value(field); }
    QString ext(const QString& field) const { return extra.value(field); }
    void set(const QString& field, const QString& v)
    {
        if (!v.isEmpty())
            fields.insert(field, v);
    }
    void setExt(const QString& field, const QString& v)
    {
        if (!v.isEmpty())
            extra.insert(field, v);
    }
};

// The status of a note written for a lead of this kind (sighting, tip, call, search, action).
QString statusForLead(const QString& leadKind);
// The status of the note written for a closed case's outcome (found_alive, rescued,
// found_deceased, closed_other, duplicate); empty for open and investigating.
QString statusForOutcome(const QString& caseStatus);
// The lead kind a note of another repository becomes.
QString leadKindForStatus(const QString& status);

// Splits a full name into family and given name: Chinese names (Han characters, no space) by
// their surname (the two-character compound surnames first), others at the last space.
QPair<QString, QString> splitName(const QString& fullName);
// The full name from PFIF's parts: Chinese family name first without a space, else given first.
QString joinName(const QString& givenName, const QString& familyName);

} // namespace hc::pfif
