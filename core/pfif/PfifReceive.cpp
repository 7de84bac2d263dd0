// Convert's receiving half: PFIF person and note records as Homecoming's cases, found-person
// records and leads.
#include "core/cases/CaseRisk.h"
#include "core/cases/CaseService.h"
#include "core/pfif/PfifConvert.h"
#include "core/registry/Vocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace hc::pfif {

namespace {
QString personName(const Record& p)
{
    // PFIF's full_name may hold several lines (the name in several scripts): the first is taken.
    const QString full = p.value(QStringLiteral("full_name")).trimmed();
    if (!full.isEmpty())
        return full.section(QLatin1Char('\n'), 0, 0).simplified();
    return joinName(p.value(QStringLiteral("given_name")), p.value(QStringLiteral("family_name")));
}

// The note written latest (by source_date, else entry_date), of those that give `field` when
// one is named; nullptr when none.
const Record* latestNote(const Record& p, const QString& field = {})
{
    const Record* latest = nullptr;
    auto when = [](const Record& n) {
        const QString s = n.value(QStringLiteral("source_date"));
        return s.isEmpty() ? n.value(QStringLiteral("entry_date")) : s;
    };
    for (const Record& n : p.notes)
        if ((field.isEmpty() || !n.value(field).isEmpty()) && (!latest || when(n) >= when(*latest)))
            latest = &n;
    return latest;
}

QString homeAddress(const Record& p)
{
    QStringList parts;
    for (const char* f :
         {"home_street", "home_neighborhood", "home_city", "home_state", "home_postal_code", "home_country"})
        if (const QString v = p.value(QLatin1String(f)); !v.isEmpty())
            parts << v;
    return parts.join(QStringLiteral(", "));
}

QDate dateOf(const QString& pfifTime)
{
    const QString wall = wallText(pfifTime);
    return QDate::fromString(wall.left(10), Qt::ISODate);
}

// "35" or "35-45" as its bounds; false when neither.
bool ageRange(const QString& text, int& min, int& max)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,3})(?:\\s*-\\s*(\\d{1,3}))?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    min = m.captured(1).toInt();
    max = m.captured(2).isEmpty() ? min : m.captured(2).toInt();
    return min <= max;
}

Error fieldError(const char* field, const QString& message)
{
    return invalid(QLatin1String(field), message);
}
} // namespace

bool Convert::isFoundPerson(const Record& p)
{
    const QString kind = p.ext(QStringLiteral("kind"));
    if (!kind.isEmpty())
        return kind == u"found";
    const Record* n = latestNote(p);
    if (!n)
        return false;
    const QString status = n->value(QStringLiteral("status"));
    const bool contact = n->value(QStringLiteral("author_made_contact")) == u"true";
    return status == u"believed_dead" ||
           (contact && (status == u"believed_alive" || status == u"is_note_author"));
}

namespace {
Result<QString> sexOf(const Record& p)
{
    const QString sex = p.value(QStringLiteral("sex"));
    if (sex.isEmpty() || sex == u"other")
        return QString();
    if (sex == u"male" || sex == u"female")
        return sex == u"male" ? QStringLiteral("M") : QStringLiteral("F");
    return fieldError("sex", Convert::tr("The sex is \"%1\"; PFIF has female, male or other.").arg(sex));
}

// The birth year from date_of_birth (YYYY, YYYY-MM or YYYY-MM-DD), else from the age at the
// record's source date (the middle of a range); 0 when neither is given.
Result<int> birthYearOf(const Record& p, QDate today)
{
    const QString dob = p.value(QStringLiteral("date_of_birth"));
    if (!dob.isEmpty()) {
        static const QRegularExpression re(QStringLiteral("^(\\d{4})(-\\d{2}(-\\d{2})?)?$"));
        if (!re.match(dob).hasMatch())
            return fieldError("date_of_birth", Convert::tr("The date of birth \"%1\" is not YYYY, YYYY-MM or "
                                                           "YYYY-MM-DD.")
                                                   .arg(dob));
        return dob.left(4).toInt();
    }
    const QString age = p.value(QStringLiteral("age"));
    if (age.isEmpty())
        return 0;
    int min = 0, max = 0;
    if (!ageRange(age, min, max))
        return fieldError("age",
                          Convert::tr("The age \"%1\" is not a number or a range such as 35-45.").arg(age));
    const QDate at = dateOf(p.value(QStringLiteral("source_date")));
    return (at.isValid() ? at : today).year() - (min + max) / 2;
}

// The reporter's phone as Homecoming takes it (7-20 digits); a number in another form goes to
// the contacts instead.
void setPhone(CaseFields& f, const QString& phone)
{
    const QString n = normalisedPhone(phone);
    bool digits = n.size() >= 7 && n.size() <= 20;
    for (QChar c : n)
        digits = digits && c.isDigit() && c.unicode() < 128;
    if (digits)
        f.reporterPhone = n;
    else if (!phone.isEmpty())
        f.contacts = QStringList{f.contacts, phone}.join(QLatin1Char('\n')).trimmed();
}
} // namespace

Result<ReceivedCase> Convert::receivedCase(const Record& p, QDate today)
{
    ReceivedCase c;
    CaseFields& f = c.fields;
    f.subjectName = personName(p);
    if (f.subjectName.isEmpty())
        return fieldError("full_name", tr("The person record has no name."));
    const auto sex = sexOf(p);
    if (!sex)
        return sex.error();
    f.subjectSex = *sex;
    const auto year = birthYearOf(p, today);
    if (!year)
        return year.error();
    f.subjectBirthYear = *year;
    f.description = p.value(QStringLiteral("description"));
    f.reporterName = p.value(QStringLiteral("author_name"));
    f.contacts = p.ext(QStringLiteral("contacts"));
    setPhone(f, p.value(QStringLiteral("author_phone")));
    f.subjectHeightCm = p.ext(QStringLiteral("height_cm")).toInt();
    f.lastSeenDate = QDate::fromString(p.ext(QStringLiteral("last_seen_date")), Qt::ISODate);
    f.lastSeenPlace = p.ext(QStringLiteral("last_seen_place"));
    const Record* latest = latestNote(p, QStringLiteral("last_known_location"));
    if (f.lastSeenPlace.isEmpty() && latest)
        f.lastSeenPlace = latest->value(QStringLiteral("last_known_location"));
    if (f.lastSeenPlace.isEmpty())
        f.lastSeenPlace = homeAddress(p);
    f.circumstances = p.ext(QStringLiteral("circumstances"));
    f.reportText = p.ext(QStringLiteral("report_text"));
    if (f.reportText.isEmpty())
        f.reportText =
            tr("PFIF record %1 from %2.")
                .arg(p.value(QStringLiteral("person_record_id")), p.value(QStringLiteral("source_name")));
    f.mentalIllness = p.ext(QStringLiteral("mental_illness")) == u"true";
    f.suspectedCrime = p.ext(QStringLiteral("suspected_crime")) == u"true";
    f.risk = p.ext(QStringLiteral("risk_level"));
    if (!Vocabulary::codes(Vocabulary::Kind::RiskLevel).contains(f.risk))
        f.risk = CaseRisk::assess(CaseRisk::factsOf(f, today)).level;
    if (const QString status = p.ext(QStringLiteral("status")); !status.isEmpty()) {
        if (!Vocabulary::codes(Vocabulary::Kind::CaseStatus).contains(status))
            return fieldError("status",
                              tr("The case status \"%1\" is not one Homecoming knows.").arg(status));
        c.status = status;
        c.outcomeDate = QDate::fromString(p.ext(QStringLiteral("outcome_date")), Qt::ISODate);
    }
    return c;
}

namespace {
// A found-person record Homecoming wrote: its own fields as they were.
FoundPerson ownFoundPerson(const Record& p)
{
    FoundPerson r;
    r.nameGiven = p.ext(QStringLiteral("name_given"));
    r.circumstance = p.ext(QStringLiteral("circumstance"));
    const QString min = p.ext(QStringLiteral("age_min")), max = p.ext(QStringLiteral("age_max"));
    r.ageMin = min.isEmpty() ? -1 : min.toInt();
    r.ageMax = max.isEmpty() ? -1 : max.toInt();
    r.heightCm = p.ext(QStringLiteral("height_cm")).toInt();
    r.marks = p.value(QStringLiteral("description"));
    r.placeFound = p.ext(QStringLiteral("place_found"));
    r.foundDate = QDate::fromString(p.ext(QStringLiteral("found_date")), Qt::ISODate);
    r.notes = p.ext(QStringLiteral("notes"));
    r.status = p.ext(QStringLiteral("status"));
    return r;
}

// Another repository's record of someone seen: from its latest note.
Result<FoundPerson> otherFoundPerson(const Record& p, QDate today)
{
    FoundPerson r;
    const Record* n = latestNote(p);
    r.circumstance = n && n->value(QStringLiteral("status")) == u"believed_dead" ? QStringLiteral("remains")
                                                                                 : QStringLiteral("other");
    r.nameGiven = personName(p);
    const QString age = p.value(QStringLiteral("age"));
    if (!age.isEmpty() && !ageRange(age, r.ageMin, r.ageMax))
        return fieldError("age",
                          Convert::tr("The age \"%1\" is not a number or a range such as 35-45.").arg(age));
    r.marks = p.value(QStringLiteral("description"));
    r.placeFound = n ? n->value(QStringLiteral("last_known_location")) : QString();
    if (r.placeFound.isEmpty())
        r.placeFound = homeAddress(p);
    if (r.placeFound.isEmpty())
        r.placeFound = Convert::tr("Not given in the PFIF record");
    r.foundDate = n ? dateOf(n->value(QStringLiteral("source_date"))) : QDate();
    if (!r.foundDate.isValid())
        r.foundDate = dateOf(p.value(QStringLiteral("source_date")));
    if (!r.foundDate.isValid() || r.foundDate > today)
        r.foundDate = today;
    r.notes = n ? n->value(QStringLiteral("text")) : QString();
    return r;
}
} // namespace

Result<FoundPerson> Convert::receivedFoundPerson(const Record& p, QDate today)
{
    const bool own = p.ext(QStringLiteral("kind")) == u"found";
    const auto made = own ? Result<FoundPerson>(ownFoundPerson(p)) : otherFoundPerson(p, today);
    if (!made)
        return made;
    FoundPerson r = *made;
    const auto sex = sexOf(p);
    if (!sex)
        return sex.error();
    r.sex = *sex;
    if (!own && r.nameGiven.isEmpty())
        return fieldError("full_name", tr("The person record has no name."));
    return r;
}

Result<QList<IdentifyingMark>> Convert::receivedMarks(const Record& p)
{
    const QString text = p.ext(QStringLiteral("marks"));
    if (text.isEmpty())
        return QList<IdentifyingMark>();
    QJsonParseError parsed;
    const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8(), &parsed);
    const auto marks = json.isArray() ? MarkVocabulary::fromJson(json.array()) : std::nullopt;
    if (parsed.error != QJsonParseError::NoError || !marks)
        return fieldError("marks", tr("The identifying marks are not a list Homecoming wrote."));
    const QList<IdentifyingMark> out = MarkVocabulary::normalised(*marks);
    if (Status s = MarkVocabulary::validate(out); !s)
        return s.error();
    return out;
}

Result<LeadDraft> Convert::receivedLead(const Record& n, const QDateTime& now)
{
    LeadDraft d;
    QString at = n.value(QStringLiteral("source_date"));
    if (at.isEmpty())
        at = n.value(QStringLiteral("entry_date"));
    const QString wall = at.isEmpty() ? QString() : wallText(at);
    if (!at.isEmpty() && wall.isEmpty())
        return fieldError("source_date",
                          tr("The date \"%1\" is not a PFIF date (YYYY-MM-DDTHH:MM:SSZ).").arg(at));
    d.at = wall.isEmpty() ? now
                          : QDateTime(QDate::fromString(wall.left(10), Qt::ISODate),
                                      QTime::fromString(wall.mid(11, 8), Qt::ISODate), Qt::UTC);
    if (d.at > now)
        return fieldError("source_date", tr("The note is dated in the future (%1).").arg(at));
    const QString status = n.value(QStringLiteral("status"));
    if (!noteStatuses().contains(status))
        return fieldError("status", tr("The status \"%1\" is not a PFIF 1.4 note status.").arg(status));
    d.kind = n.ext(QStringLiteral("lead_kind"));
    if (!Vocabulary::codes(Vocabulary::Kind::LeadKind).contains(d.kind))
        d.kind = leadKindForStatus(status);
    d.text = n.value(QStringLiteral("text"));
    const QString place = n.value(QStringLiteral("last_known_location"));
    if (!place.isEmpty())
        d.text =
            QStringList{d.text, tr("Last known location: %1").arg(place)}.join(QLatin1Char('\n')).trimmed();
    if (d.text.isEmpty())
        d.text = status.isEmpty() ? tr("A note without text.") : tr("Status: %1").arg(status);
    d.source = n.ext(QStringLiteral("lead_source"));
    if (d.source.isEmpty() && n.ext(QStringLiteral("lead_kind")).isEmpty())
        d.source = n.value(QStringLiteral("author_name"));
    return d;
}

} // namespace hc::pfif
