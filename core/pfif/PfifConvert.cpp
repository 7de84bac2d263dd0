#include "core/pfif/PfifConvert.h"

#include "core/cases/CaseRisk.h"
#include "core/cases/CaseService.h"
#include "core/registry/Vocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace hc::pfif {

QString utcText(const QString& wallTime)
{
    QDateTime t = QDateTime::fromString(wallTime.left(19), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (!t.isValid())
        t = QDateTime(QDate::fromString(wallTime.left(10), Qt::ISODate), QTime(0, 0));
    if (!t.isValid())
        return {};
    t.setTimeSpec(Qt::LocalTime);
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QString wallText(const QString& utcTime)
{
    QDateTime t = QDateTime::fromString(utcTime.trimmed(), Qt::ISODate);
    if (!t.isValid())
        return {};
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC); // PFIF times are UTC, with or without their Z
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

namespace {
QString sexText(const QString& sex)
{
    return sex == u"M" ? QStringLiteral("male") : sex == u"F" ? QStringLiteral("female") : QString();
}

void setName(Record& r, const QString& fullName)
{
    r.set(QStringLiteral("full_name"), fullName);
    const auto [family, given] = splitName(fullName);
    r.set(QStringLiteral("family_name"), family);
    r.set(QStringLiteral("given_name"), given);
}

QString marksText(const QList<IdentifyingMark>& marks)
{
    if (marks.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(MarkVocabulary::toJson(marks)).toJson(QJsonDocument::Compact));
}

QString number(int v)
{
    return v > 0 ? QString::number(v) : QString();
}

void setSource(Record& r, const std::optional<PfifMapping>& source, const QString& ownName,
               const QString& ownDate)
{
    if (source) {
        r.set(QStringLiteral("author_email"), source->authorEmail);
        r.set(QStringLiteral("source_name"), source->sourceName);
        r.set(QStringLiteral("source_url"), source->sourceUrl);
        r.set(QStringLiteral("source_date"), source->sourceDate);
        return;
    }
    r.set(QStringLiteral("source_name"), ownName);
    r.set(QStringLiteral("source_date"), ownDate);
}

Record leadNote(const CaseExport& c, const Lead& lead)
{
    Record n;
    n.set(QStringLiteral("note_record_id"), c.leadRecordIds.value(lead.id));
    n.set(QStringLiteral("person_record_id"), c.recordId);
    n.set(QStringLiteral("entry_date"), utcText(lead.at));
    n.set(QStringLiteral("author_name"), c.leadAuthors.value(lead.id, lead.officer));
    n.set(QStringLiteral("source_date"), utcText(lead.at));
    n.set(QStringLiteral("status"), statusForLead(lead.kind));
    n.set(QStringLiteral("text"), lead.text);
    n.setExt(QStringLiteral("lead_kind"), lead.kind);
    n.setExt(QStringLiteral("lead_source"), lead.source);
    return n;
}

Record outcomeNote(const CaseExport& c)
{
    const CaseFile& f = c.file;
    Record n;
    n.set(QStringLiteral("note_record_id"), c.outcomeNoteId);
    n.set(QStringLiteral("person_record_id"), c.recordId);
    n.set(QStringLiteral("linked_person_record_id"), c.duplicateRecordId);
    const QString date = utcText(f.outcomeDate.toString(Qt::ISODate));
    n.set(QStringLiteral("entry_date"), date);
    n.set(QStringLiteral("source_date"), date);
    const bool alive = f.status == u"found_alive" || f.status == u"rescued";
    n.set(QStringLiteral("author_made_contact"), alive ? QStringLiteral("true") : QString());
    n.set(QStringLiteral("status"), statusForOutcome(f.status));
    n.set(QStringLiteral("text"), Vocabulary::label(Vocabulary::Kind::CaseStatus, f.status));
    n.setExt(QStringLiteral("outcome"), f.status);
    n.setExt(QStringLiteral("outcome_date"), f.outcomeDate.toString(Qt::ISODate));
    return n;
}
} // namespace

Record caseRecord(const CaseExport& c)
{
    const CaseFile& f = c.file;
    const CaseFields& s = f.fields;
    Record r;
    r.set(QStringLiteral("person_record_id"), c.recordId);
    r.set(QStringLiteral("entry_date"), utcText(f.updatedAt.isEmpty() ? f.openedAt : f.updatedAt));
    r.set(QStringLiteral("author_name"), s.reporterName);
    r.set(QStringLiteral("author_phone"), s.reporterPhone);
    setSource(r, c.source, QStringLiteral("Homecoming %1").arg(f.station).trimmed(), utcText(f.openedAt));
    setName(r, s.subjectName);
    r.set(QStringLiteral("description"), s.description);
    r.set(QStringLiteral("sex"), sexText(s.subjectSex));
    r.set(QStringLiteral("date_of_birth"), number(s.subjectBirthYear));
    r.set(QStringLiteral("home_street"), c.homeAddress);
    r.setExt(QStringLiteral("kind"), QStringLiteral("case"));
    r.setExt(QStringLiteral("case_no"), f.caseNo);
    r.setExt(QStringLiteral("height_cm"), number(s.subjectHeightCm));
    r.setExt(QStringLiteral("last_seen_date"), s.lastSeenDate.toString(Qt::ISODate));
    r.setExt(QStringLiteral("last_seen_place"), s.lastSeenPlace);
    r.setExt(QStringLiteral("circumstances"), s.circumstances);
    r.setExt(QStringLiteral("risk_level"), s.risk);
    r.setExt(QStringLiteral("mental_illness"), s.mentalIllness ? QStringLiteral("true") : QString());
    r.setExt(QStringLiteral("suspected_crime"), s.suspectedCrime ? QStringLiteral("true") : QString());
    r.setExt(QStringLiteral("contacts"), s.contacts);
    r.setExt(QStringLiteral("report_text"), s.reportText);
    r.setExt(QStringLiteral("status"), f.status);
    r.setExt(QStringLiteral("outcome_date"), f.outcomeDate.toString(Qt::ISODate));
    r.setExt(QStringLiteral("marks"), marksText(c.marks));
    for (auto it = c.leads.crbegin(); it != c.leads.crend(); ++it)
        r.notes << leadNote(c, *it);
    if (f.isClosed())
        r.notes << outcomeNote(c);
    return r;
}

namespace {
QString ageText(int min, int max)
{
    if (min >= 0 && max >= 0)
        return min == max ? QString::number(min) : QStringLiteral("%1-%2").arg(min).arg(max);
    return min >= 0 ? QString::number(min) : max >= 0 ? QString::number(max) : QString();
}

QString ageBound(int v)
{
    return v >= 0 ? QString::number(v) : QString();
}
} // namespace

Record foundRecord(const FoundExport& e)
{
    const FoundPerson& f = e.record;
    Record r;
    r.set(QStringLiteral("person_record_id"), e.recordId);
    r.set(QStringLiteral("entry_date"), utcText(f.createdAt));
    setSource(r, e.source, QStringLiteral("Homecoming %1").arg(f.station).trimmed(), utcText(f.createdAt));
    // PFIF requires a name: someone found without one is listed by the record's number.
    setName(r, f.nameGiven.isEmpty() ? f.recordNo : f.nameGiven);
    r.set(QStringLiteral("description"), f.marks);
    r.set(QStringLiteral("sex"), sexText(f.sex));
    r.set(QStringLiteral("age"), ageText(f.ageMin, f.ageMax));
    r.setExt(QStringLiteral("kind"), QStringLiteral("found"));
    r.setExt(QStringLiteral("record_no"), f.recordNo);
    r.setExt(QStringLiteral("name_given"), f.nameGiven);
    r.setExt(QStringLiteral("circumstance"), f.circumstance);
    r.setExt(QStringLiteral("age_min"), ageBound(f.ageMin));
    r.setExt(QStringLiteral("age_max"), ageBound(f.ageMax));
    r.setExt(QStringLiteral("height_cm"), number(f.heightCm));
    r.setExt(QStringLiteral("place_found"), f.placeFound);
    r.setExt(QStringLiteral("found_date"), f.foundDate.toString(Qt::ISODate));
    r.setExt(QStringLiteral("notes"), f.notes);
    r.setExt(QStringLiteral("status"), f.status);
    r.setExt(QStringLiteral("marks"), marksText(e.marks));
    Record n;
    n.set(QStringLiteral("note_record_id"), e.noteId);
    n.set(QStringLiteral("person_record_id"), e.recordId);
    const QString found = utcText(f.foundDate.toString(Qt::ISODate));
    n.set(QStringLiteral("entry_date"), found);
    n.set(QStringLiteral("source_date"), found);
    n.set(QStringLiteral("author_made_contact"), QStringLiteral("true"));
    n.set(QStringLiteral("status"),
          f.circumstance == u"remains" ? QStringLiteral("believed_dead") : QStringLiteral("believed_alive"));
    n.set(QStringLiteral("last_known_location"), f.placeFound);
    n.set(QStringLiteral("text"), f.notes);
    n.setExt(QStringLiteral("kind"), QStringLiteral("found"));
    r.notes << n;
    return r;
}

} // namespace hc::pfif
