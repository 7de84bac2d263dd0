#pragma once
// Between Homecoming's records and PFIF records, both ways, as plain functions (no database):
// a case with its leads and outcome, a found-person record, and back. PfifService adds the
// record ids, the rights, the audit and the writes.
//
// Which received person records become found-person records: those Homecoming wrote as one
// (its hc:kind element says "found"), and those of another repository whose latest note says
// the person was seen — status believed_alive or is_note_author with author_made_contact true
// — or believed dead (found as remains). Every other person record is someone sought: a case
// opened as a public report.

#include "core/cases/CaseTypes.h"
#include "core/cases/IdentifyingMarks.h"
#include "core/common/Result.h"
#include "core/pfif/PfifRecord.h"
#include "core/pfif/PfifStore.h"

#include <QCoreApplication>
#include <optional>

namespace hc::pfif {

// "yyyy-MM-ddTHH:mm:ssZ" (UTC, PFIF's form) from Homecoming's wall-clock text (local time),
// and back; empty when the text is not a time.
QString utcText(const QString& wallTime);
QString wallText(const QString& utcTime);

// A case as exported: the file, its leads and the ids its records get.
struct CaseExport
{
    CaseFile file;
    QList<Lead> leads;                   // as loaded: newest first
    QString recordId;                    // the person record's
    QString outcomeNoteId;               // closed cases
    QString duplicateRecordId;           // a duplicate: the person record of the case it duplicates
    QMap<qint64, QString> leadRecordIds; // lead id -> note record id
    QMap<qint64, QString> leadAuthors;   // lead id -> the author of a received note
    QString homeAddress;                 // the registered subject's household address
    QList<IdentifyingMark> marks;        // as hc:marks, JSON (MarkVocabulary::toJson)
    std::optional<PfifMapping> source;   // when the case came from another repository
};
Record caseRecord(const CaseExport& c);

struct FoundExport
{
    FoundPerson record;
    QString recordId, noteId;
    std::optional<PfifMapping> source;
    QList<IdentifyingMark> marks; // as hc:marks
};
Record foundRecord(const FoundExport& f);

// A received person record as Homecoming keeps it.
struct ReceivedCase
{
    CaseFields fields;
    QString status = QStringLiteral("open"); // a closed status sets the outcome
    QDate outcomeDate;
};

class Convert
{
    Q_DECLARE_TR_FUNCTIONS(hc::pfif::Convert)
public:
    static bool isFoundPerson(const Record& person);
    // The case's fields (the station to be set by the caller); the error names the PFIF field.
    static Result<ReceivedCase> receivedCase(const Record& person, QDate today);
    static Result<FoundPerson> receivedFoundPerson(const Record& person, QDate today);
    // The structured identifying marks of a person record Homecoming wrote (hc:marks), normalised
    // and validated; none for another repository's record (its description is free text).
    static Result<QList<IdentifyingMark>> receivedMarks(const Record& person);
    // The note as a lead; the error names the PFIF field. `now`: wall-clock, for notes without a date.
    static Result<LeadDraft> receivedLead(const Record& note, const QDateTime& now);
    // Whether the note is the outcome note Homecoming writes for a closed case.
    static bool isOutcomeNote(const Record& note) { return !note.ext(QStringLiteral("outcome")).isEmpty(); }
    // Whether the note is the note Homecoming writes with a found-person record.
    static bool isFoundNote(const Record& note) { return note.ext(QStringLiteral("kind")) == u"found"; }
};

} // namespace hc::pfif
