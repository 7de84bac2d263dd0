#include "core/cases/CaseJson.h"

namespace hc {

QJsonObject toJson(const CaseFields& f)
{
    return QJsonObject{{QStringLiteral("subject_name"), f.subjectName},
                       {QStringLiteral("subject_sex"), f.subjectSex},
                       {QStringLiteral("subject_birth_year"), f.subjectBirthYear},
                       {QStringLiteral("subject_height_cm"), f.subjectHeightCm},
                       {QStringLiteral("description"), f.description},
                       {QStringLiteral("last_seen_date"), f.lastSeenDate.toString(Qt::ISODate)},
                       {QStringLiteral("last_seen_place"), f.lastSeenPlace},
                       {QStringLiteral("circumstances"), f.circumstances},
                       {QStringLiteral("risk_level"), f.risk},
                       {QStringLiteral("mental_illness"), f.mentalIllness},
                       {QStringLiteral("suspected_crime"), f.suspectedCrime},
                       {QStringLiteral("contacts"), f.contacts},
                       {QStringLiteral("reporter_name"), f.reporterName},
                       {QStringLiteral("reporter_phone"), f.reporterPhone},
                       {QStringLiteral("report_text"), f.reportText},
                       {QStringLiteral("station_id"), f.stationId}};
}

QJsonObject toJson(const FoundPerson& r)
{
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("record_no"), r.recordNo},
                       {QStringLiteral("circumstance"), r.circumstance},
                       {QStringLiteral("sex"), r.sex},
                       {QStringLiteral("age_min"), r.ageMin},
                       {QStringLiteral("age_max"), r.ageMax},
                       {QStringLiteral("height_cm"), r.heightCm},
                       {QStringLiteral("name_given"), r.nameGiven},
                       {QStringLiteral("marks"), r.marks},
                       {QStringLiteral("place_found"), r.placeFound},
                       {QStringLiteral("found_date"), r.foundDate.toString(Qt::ISODate)},
                       {QStringLiteral("notes"), r.notes},
                       {QStringLiteral("station_id"), r.stationId},
                       {QStringLiteral("station"), r.station},
                       {QStringLiteral("status"), r.status},
                       {QStringLiteral("matched_case_id"), r.matchedCaseId},
                       {QStringLiteral("matched_case"), r.matchedCaseNo}};
}

} // namespace hc
