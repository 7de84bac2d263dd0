#pragma once
// Plain value types of the actions raised on cases (issue 14): what to do, for whom, by when;
// the officer returns it with a result; a supervisor signs it off or sends it back.
//
// States: allocated -> returned -> signed_off, or returned -> sent_back -> returned again.

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace hc {

struct ActionDraft
{
    qint64 caseId = 0;
    QString what;                                // what to do
    qint64 allocatedTo = 0;                      // users.id of the officer who does it
    QDate due;                                   // by when
    QString priority = QStringLiteral("normal"); // high, normal, low
    qint64 leadId = 0;                           // the lead it was raised from (set by the service)
};

struct CaseAction
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString caseNo, subject;
    qint64 stationId = 0;
    QString station;
    QString what;
    qint64 allocatedToId = 0;
    QString allocatedTo, allocatedBadge; // name and badge
    QDate due;
    QString priority, status;
    QString result, sentBackReason; // the latest of each
    qint64 leadId = 0;
    QString raisedBy, raisedAt; // name, wall-clock text
    QString returnedAt;
    QString signedOffBy, signedOffAt;
    bool overdue = false; // allocated or sent back, and past its due date (derived)
    bool isOpen() const { return status == u"allocated" || isSentBack(); }
    bool isSentBack() const { return status == u"sent_back"; }
    bool awaitsSignOff() const { return status == u"returned"; } // returned, not yet reviewed
};

// What an action list shows. Zero/empty members do not narrow.
struct ActionFilter
{
    qint64 allocatedTo = 0; // "my actions": the signed-in user's id
    qint64 stationId = 0;
    qint64 caseId = 0;
    QStringList statuses;
    bool overdueOnly = false; // allocated or sent back, due before today
};

// A step of an action, for the case timeline.
struct ActionEvent
{
    qint64 actionId = 0;
    QString at;    // wall-clock text
    QString event; // raised, returned, sent_back, signed_off
    QString note;  // the result, the reason, or what to do (raised)
    QString by;    // who did it (name, or the actor for the CLI)
};

// An account an action may be allocated to.
struct ActionOfficer
{
    qint64 id = 0;
    QString badge, name;
    qint64 stationId = 0;
};

// One line of a case's timeline: a lead or a step of an action, newest first.
struct TimelineEntry
{
    QString at;
    QString kind;   // a lead kind, or "action"
    QString label;  // the kind as shown (translated)
    QString text;   // what happened
    QString source; // a lead's source; an action's number (A12)
    QString officer;
    qint64 leadId = 0, actionId = 0;
};

} // namespace hc
