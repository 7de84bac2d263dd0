#pragma once
// Plain value types of the call log (DOMAIN.md "Crimes, families, calls"): a call taken on the
// public hotline (96110) or on an officer's published phone, as logged with its result, the
// list's filter, and the officers whose published phones take calls.

#include "core/cases/CaseTypes.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace hc {

// The line a call came in on and what was done with it, as enums; the stored codes are
// CallService::lines() and results(), in the enumerators' order.
enum class CallLine
{
    Hotline,
    Officer
};

enum class CallResult
{
    Case,
    Lead,
    Info,
    None
};

// The value of a stored code; nullopt when empty or unknown.
std::optional<CallLine> callLineOf(const QString& code);
std::optional<CallResult> callResultOf(const QString& code);

// What an officer logs about one call.
struct CallDraft
{
    QDateTime at;             // wall-clock time of the call
    QString callerName;       // empty: anonymous
    QString callerPhone;      // 7-20 digits (spaces and hyphens allowed)
    QString line;             // hotline, officer
    qint64 lineOfficerId = 0; // the officer whose published phone took the call (line officer)
    qint64 stationId = 0;     // the station that took it; 0: the actor's own
    QString reportText;       // what the caller reported
    QString result;           // case, lead, info, none
    qint64 caseId = 0;        // lead: the case the report is added to
    QString reason;           // none: why nothing was done
    // case: the missing person as the caller describes them (name, last seen place at least);
    // the reporter, report text and station are the call's.
    PublicReport subject;
};

struct Call
{
    qint64 id = 0;
    QString uuid;
    qint64 stationId = 0;
    QString station;
    QDateTime at;
    QString callerName, callerPhone;
    QString line;
    qint64 lineOfficerId = 0;
    QString lineOfficer, lineOfficerBadge; // name and badge; empty on the hotline
    QString reportText;
    QString result;
    qint64 caseId = 0; // the case opened, or the case given the lead
    QString caseNo;
    qint64 leadId = 0;
    QString reason;
    QString loggedBy; // the name of the officer who logged it
    QString loggedAt;
};

// What the call log shows. Empty/zero members do not narrow.
struct CallFilter
{
    qint64 stationId = 0;
    QDate from, to;       // inclusive, by the call's date
    QString line;         // hotline, officer
    QString result;       // case, lead, info, none
    qint64 officerId = 0; // calls on this officer's published phone or logged by them
};

// An officer whose published phone may take calls (an active account).
struct CallOfficer
{
    qint64 id = 0;
    QString badge, name;
    qint64 stationId = 0;
};

// Calls of a figure's stations and dates (StatsService): logged, and those that opened a case.
struct CallCounts
{
    qint64 calls = 0;
    qint64 casesOpened = 0;
};

} // namespace hc
