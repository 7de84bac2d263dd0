#pragma once
// Renders door-to-door sheets (core/sheets) as an A4 PDF, one page per household: the header
// (operation, station, area, when printed), the household number and address, a QR code of the
// household number (libqrencode) that visit entry takes from a scanner as typed input, boxes
// for the visit's outcome, and one row per resident with a box for each status code, numbered
// as the digits that set them in visit entry, and blank rows for people found living there.
// QtGui only (QPdfWriter, QPainter): runs in a worker thread and in homecoming-cli's report
// module.

#include "core/common/Result.h"
#include "core/sheets/DoorSheet.h"

#include <QCoreApplication>
#include <QImage>
#include <functional>

namespace hc {

class DoorSheetPdf
{
    Q_DECLARE_TR_FUNCTIONS(hc::DoorSheetPdf)
public:
    // Called after each page with the pages done and the total; false stops the work (the
    // partial file is removed and a Cancelled error returned).
    using Progress = std::function<bool(int done, int total)>;

    static Status write(const SheetSet& set, const QString& path, const Progress& progress = {});

    // The QR code of `text` as a black-on-white image, one pixel per module with a quiet zone
    // of four modules; a null image when the text cannot be encoded.
    static QImage qrCode(const QString& text);
};

} // namespace hc
