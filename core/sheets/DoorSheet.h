#pragma once
// Printed door-to-door sheets: one A4 page per household for an officer who visits without a
// laptop. The page carries the address, the residents as registered (name, sex, birth year and
// a masked ID number: paper leaves the station), boxes for each status code and the visit's
// outcome, and a QR code of the household number that visit entry accepts from a scanner.

#include <QDateTime>
#include <QList>
#include <QString>

namespace hc {

struct SheetRequest
{
    qint64 operationId = 0;
    qint64 areaId = 0;
    bool pendingOnly = false; // only households not yet covered in the operation
};

struct SheetResident
{
    QString name;
    QString sex;       // 'M', 'F' or empty
    QString birthYear; // empty when unknown
    QString idNumber;  // masked: region and last four digits only
    QString relation;  // as stored (户主, 母亲 …)
    bool registered = true;
};

struct DoorSheet
{
    QString householdNo;
    QString address;
    QList<SheetResident> residents;
};

struct SheetSet
{
    QString operation;
    QString station;
    QString area;
    QDateTime printedAt;
    QList<DoorSheet> sheets; // in household number order
};

} // namespace hc
