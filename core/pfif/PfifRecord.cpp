#include "core/pfif/PfifRecord.h"

namespace hc::pfif {

const QStringList& personFields()
{
    static const QStringList f = {
        QStringLiteral("person_record_id"),  QStringLiteral("entry_date"),   QStringLiteral("expiry_date"),
        QStringLiteral("author_name"),       QStringLiteral("author_email"), QStringLiteral("author_phone"),
        QStringLiteral("source_name"),       QStringLiteral("source_date"),  QStringLiteral("source_url"),
        QStringLiteral("full_name"),         QStringLiteral("given_name"),   QStringLiteral("family_name"),
        QStringLiteral("alternate_names"),   QStringLiteral("description"),  QStringLiteral("sex"),
        QStringLiteral("date_of_birth"),     QStringLiteral("age"),          QStringLiteral("home_street"),
        QStringLiteral("home_neighborhood"), QStringLiteral("home_city"),    QStringLiteral("home_state"),
        QStringLiteral("home_postal_code"),  QStringLiteral("home_country"), QStringLiteral("photo_url"),
        QStringLiteral("profile_urls")};
    return f;
}

const QStringList& noteFields()
{
    static const QStringList f = {QStringLiteral("note_record_id"),
                                  QStringLiteral("person_record_id"),
                                  QStringLiteral("linked_person_record_id"),
                                  QStringLiteral("entry_date"),
                                  QStringLiteral("author_name"),
                                  QStringLiteral("author_email"),
                                  QStringLiteral("author_phone"),
                                  QStringLiteral("source_date"),
                                  QStringLiteral("author_made_contact"),
                                  QStringLiteral("status"),
                                  QStringLiteral("email_of_found_person"),
                                  QStringLiteral("phone_of_found_person"),
                                  QStringLiteral("last_known_location"),
                                  QStringLiteral("text"),
                                  QStringLiteral("photo_url")};
    return f;
}

const QStringList& noteStatuses()
{
    static const QStringList s = {QString(),
                                  QStringLiteral("information_sought"),
                                  QStringLiteral("is_note_author"),
                                  QStringLiteral("believed_alive"),
                                  QStringLiteral("believed_missing"),
                                  QStringLiteral("believed_dead")};
    return s;
}

namespace {
// Lead kind -> the status of its note. A sighting: someone saw the person alive; a search that
// is recorded found nobody; a call (the family's, on the hotline) and an action (the police
// asking) seek information; a tip says nothing of the person's state.
const char* const kLeadStatus[][2] = {{"sighting", "believed_alive"},
                                      {"search", "believed_missing"},
                                      {"call", "information_sought"},
                                      {"action", "information_sought"},
                                      {"tip", ""}};
// Case outcome -> the status of its note.
const char* const kOutcomeStatus[][2] = {{"found_alive", "believed_alive"},
                                         {"rescued", "believed_alive"},
                                         {"found_deceased", "believed_dead"},
                                         {"closed_other", ""},
                                         {"duplicate", ""}};
// A note of another repository -> the lead it becomes. The missing person wrote the note
// (is_note_author) or was believed alive: a sighting; believed missing: a search that found
// nobody; information sought: a call; believed dead and no status: a tip (an investigator
// confirms a death, a note of another repository does not close a case).
const char* const kStatusLead[][2] = {{"believed_alive", "sighting"}, {"is_note_author", "sighting"},
                                      {"believed_missing", "search"}, {"information_sought", "call"},
                                      {"believed_dead", "tip"},       {"", "tip"}};

template <std::size_t N> QString lookup(const char* const (&table)[N][2], const QString& key)
{
    for (const auto& row : table)
        if (key == QLatin1String(row[0]))
            return QLatin1String(row[1]);
    return {};
}

const char16_t* const kCompoundSurnames[] = {u"欧阳", u"司马", u"诸葛", u"上官", u"东方", u"皇甫",
                                             u"慕容", u"令狐", u"尉迟", u"公孙", u"长孙", u"宇文",
                                             u"夏侯", u"司徒", u"端木", u"南宫", u"西门", u"独孤"};

bool isHan(const QString& s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (c.unicode() < 0x3400 || c.unicode() > 0x9FFF)
            return false;
    return true;
}
} // namespace

QString statusForLead(const QString& leadKind)
{
    return lookup(kLeadStatus, leadKind);
}

QString statusForOutcome(const QString& caseStatus)
{
    return lookup(kOutcomeStatus, caseStatus);
}

QString leadKindForStatus(const QString& status)
{
    const QString kind = lookup(kStatusLead, status);
    return kind.isEmpty() ? QStringLiteral("tip") : kind;
}

QPair<QString, QString> splitName(const QString& fullName)
{
    const QString name = fullName.simplified();
    if (isHan(name) && name.size() >= 2) {
        for (const char16_t* surname : kCompoundSurnames)
            if (name.size() > 2 && name.startsWith(QStringView(surname)))
                return {name.left(2), name.mid(2)};
        return {name.left(1), name.mid(1)};
    }
    const qsizetype space = name.lastIndexOf(QLatin1Char(' '));
    if (space <= 0)
        return {QString(), name};
    return {name.mid(space + 1), name.left(space)};
}

QString joinName(const QString& givenName, const QString& familyName)
{
    const QString given = givenName.simplified(), family = familyName.simplified();
    if (isHan(given) && isHan(family))
        return family + given;
    return QStringList{given, family}.join(QLatin1Char(' ')).simplified();
}

} // namespace hc::pfif
