#pragma once
// Plain value types of the registration follow-up (issue 13, outcome 1): the file of a person
// found living with no household registration, from the referral to the registration desk to
// the ID card, or closed with a reason.
//
// Stages: found (no file yet) -> referred -> documents -> filed -> registered -> id_card;
// or, before registration, -> closed (not eligible, moved away, registered elsewhere).

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace hc {

// The documents gathered for the application.
struct RegistrationChecklist
{
    bool birthProof = false;  // proof of birth
    bool parents = false;     // the parents' registration
    bool dnaNeeded = false;   // a DNA test is required for this person
    bool dna = false;         // the DNA test result is in hand
    bool certificate = false; // court or village certificate
    bool operator==(const RegistrationChecklist&) const = default;
};

// One step asked for: the stage to move the file to and what that stage needs.
struct RegistrationStep
{
    qint64 personId = 0;
    QString stage; // referred, documents, filed, registered, id_card, closed
    QDate date;
    qint64 officerId = 0;            // referred: the officer responsible (0: the actor)
    RegistrationChecklist checklist; // documents
    QString idNumber;                // registered: the new ID number
    QString householdNo;             // registered: the household joined (or created)
    bool newHousehold = false;       // registered: create householdNo in the area found
    QString address;                 // a new household's address (empty: where found)
    QString closedReason;            // closed: not_eligible, moved_away, registered_elsewhere
    QString note;                    // closed: the reason in words; any stage: a remark
};

// A person found unregistered, with their file (stage "found" when none yet).
struct RegistrationFile
{
    qint64 personId = 0;
    qint64 fileId = 0; // 0: no file yet
    QString name, sex, birthYear;
    qint64 stationId = 0;
    QString station;
    QString foundHouseholdNo, foundAddress;
    QDate foundOn;
    QString stage = QStringLiteral("found");
    qint64 officerId = 0;
    QString officer, officerBadge;
    QDate referredOn, documentsOn, filedOn, registeredOn, idCardOn, closedOn;
    RegistrationChecklist checklist;
    QString closedReason, closedNote;
    QString householdNo; // joined or created on registration
    bool householdCreated = false;
    QString idNumber;
    QDate lastStepOn;     // the latest stage's date (found: the day found)
    int idleDays = 0;     // days since lastStepOn (derived)
    bool stalled = false; // open, and no progress for 30 days (derived)
    bool isOpen() const { return stage != u"id_card" && stage != u"closed"; }
    bool isClosed() const { return stage == u"closed"; } // closed with a reason, not registered
};

// What a station's list shows. Zero/empty members do not narrow.
struct RegistrationFilter
{
    qint64 stationId = 0;     // 0: whatever the actor reaches
    QStringList stages;       // found, referred, ...
    bool stalledOnly = false; // open files with no progress for 30 days
    qint64 officerId = 0;
};

// One line of a file's timeline, oldest first.
struct RegistrationEvent
{
    QString at; // wall-clock text
    QString stage;
    QDate onDate;
    QString note;
    QString by;
};

} // namespace hc
