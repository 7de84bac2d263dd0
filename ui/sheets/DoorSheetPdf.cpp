#include "ui/sheets/DoorSheetPdf.h"

#include "core/common/DateText.h"
#include "core/registry/Vocabulary.h"

#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <qrencode.h>

namespace hc {

namespace {

constexpr int kDpi = 300;
constexpr double kLeft = 15, kTop = 14, kWidth = 180, kBottom = 283; // mm on A4 portrait
constexpr int kBlankRows = 3; // for people found living there who are not on the sheet

double px(double mm)
{
    return mm * kDpi / 25.4;
}

QRectF box(double x, double y, double w, double h)
{
    return {px(x), px(y), px(w), px(h)};
}

QFont font(double points, bool bold = false)
{
    QFont f;
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

// One page being drawn; y is where the next block starts, in mm.
struct Page
{
    QPainter& p;
    double y = kTop;

    void text(double x, double w, double h, const QString& s, double points, bool bold = false,
              int flags = Qt::AlignLeft | Qt::AlignVCenter)
    {
        p.setFont(font(points, bold));
        p.drawText(box(x, y, w, h), flags | Qt::TextWordWrap, s);
    }
    // A tick box of `size` mm with its label to the right; returns the width used.
    double tick(double x, const QString& label, double size = 4)
    {
        p.drawRect(box(x, y + 0.5, size, size));
        p.setFont(font(8.5));
        const double w = p.fontMetrics().horizontalAdvance(label) * 25.4 / kDpi + 2;
        p.drawText(box(x + size + 1.2, y, w, size + 1), Qt::AlignLeft | Qt::AlignVCenter, label);
        return size + 1.2 + w + 4;
    }
};

QString sexText(const QString& code)
{
    return code.isEmpty() ? QString() : Vocabulary::sexLabel(code.at(0));
}

} // namespace

QImage DoorSheetPdf::qrCode(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    QRcode* code = QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M);
    if (!code)
        return {};
    constexpr int quiet = 4;
    const int n = code->width;
    QImage image(n + 2 * quiet, n + 2 * quiet, QImage::Format_Mono);
    image.fill(1);
    image.setColor(0, qRgb(0, 0, 0));
    image.setColor(1, qRgb(255, 255, 255));
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x)
            if (code->data[y * n + x] & 1)
                image.setPixel(x + quiet, y + quiet, 0);
    QRcode_free(code);
    return image;
}

namespace {

void drawHeader(Page& page, const SheetSet& set, const DoorSheet& sheet)
{
    page.text(kLeft, 140, 8, DoorSheetPdf::tr("Door-to-door check sheet"), 15, true);
    page.y += 8;
    page.text(kLeft, 140, 5, DoorSheetPdf::tr("%1 · %2 · %3").arg(set.operation, set.station, set.area), 9);
    page.y += 5;
    page.text(kLeft, 140, 5, DoorSheetPdf::tr("Printed %1").arg(dateTimeText(set.printedAt)), 8);
    // The QR code at the top right: nearest-neighbour scaling keeps the modules sharp.
    const QImage qr = DoorSheetPdf::qrCode(sheet.householdNo);
    page.p.drawImage(box(kLeft + kWidth - 32, kTop - 2, 32, 32), qr);
    page.y = kTop + 22;
    page.text(kLeft, 140, 9, DoorSheetPdf::tr("Household %1").arg(sheet.householdNo), 16, true);
    page.y += 9;
    page.text(kLeft, 145, 10, sheet.address, 11);
    page.y += 13;
}

void drawVisitBoxes(Page& page)
{
    page.text(kLeft, 60, 5, DoorSheetPdf::tr("Visited on: ____________  at ______"), 9);
    page.text(kLeft + 70, 110, 5, DoorSheetPdf::tr("Officer: ______________________"), 9);
    page.y += 7;
    page.text(kLeft, 90, 5, DoorSheetPdf::tr("Outcome of the knock:"), 9, true);
    page.y += 6;
    double x = kLeft;
    for (const QString& code : Vocabulary::codes(Vocabulary::Kind::Outcome)) {
        const QString label = Vocabulary::label(Vocabulary::Kind::Outcome, code);
        if (x > kLeft + kWidth - 40) {
            x = kLeft;
            page.y += 6;
        }
        x += page.tick(x, label);
    }
    page.y += 9;
}

struct Column
{
    QString title;
    double width;
};

QList<Column> residentColumns(int statuses)
{
    const double boxes = statuses * 7.0;
    return {{DoorSheetPdf::tr("Name"), 27},
            {DoorSheetPdf::tr("Sex"), 13},
            {DoorSheetPdf::tr("Born"), 11},
            {DoorSheetPdf::tr("ID number"), 36},
            {DoorSheetPdf::tr("Relation"), 22},
            {DoorSheetPdf::tr("Status"), boxes},
            {DoorSheetPdf::tr("Notes"), kWidth - 109 - boxes}};
}

void drawResidentRow(Page& page, const QList<Column>& cols, const QStringList& cells, int statuses, double h)
{
    double x = kLeft;
    for (int c = 0; c < cols.size(); ++c) {
        page.p.drawRect(box(x, page.y, cols[c].width, h));
        if (c == 5) {
            for (int s = 0; s < statuses; ++s)
                page.p.drawRect(box(x + 1.5 + s * 7, page.y + (h - 4) / 2, 4, 4));
        } else if (c < cells.size()) {
            page.text(x + 1, cols[c].width - 2, h, cells[c], c == 0 ? 9.5 : 8.5);
        }
        x += cols[c].width;
    }
    page.y += h;
}

void drawResidents(Page& page, const DoorSheet& sheet)
{
    const QStringList statuses = Vocabulary::codes(Vocabulary::Kind::Status);
    const QList<Column> cols = residentColumns(int(statuses.size()));
    double x = kLeft;
    for (int c = 0; c < cols.size(); ++c) {
        page.p.drawRect(box(x, page.y, cols[c].width, 7));
        if (c == 5) // the digits that set each status in visit entry
            for (int s = 0; s < statuses.size(); ++s)
                page.text(x + 1.5 + s * 7, 4, 7, QString::number(s + 1), 8.5, true, Qt::AlignCenter);
        else
            page.text(x + 1, cols[c].width - 2, 7, cols[c].title, 8.5, true);
        x += cols[c].width;
    }
    page.y += 7;
    for (const SheetResident& r : sheet.residents)
        drawResidentRow(page, cols,
                        {r.registered ? r.name : DoorSheetPdf::tr("%1 (not registered)").arg(r.name),
                         sexText(r.sex), r.birthYear, r.idNumber, Vocabulary::relationLabel(r.relation)},
                        int(statuses.size()), 9);
    page.y += 2;
    page.text(kLeft, kWidth, 5, DoorSheetPdf::tr("People living here who are not listed above:"), 8.5, true);
    page.y += 5;
    for (int i = 0; i < kBlankRows; ++i)
        drawResidentRow(page, cols, {}, int(statuses.size()), 9);
}

void drawLegend(Page& page, int pageNo, int pages, const QString& householdNo)
{
    page.y += 4;
    QStringList items;
    const QStringList statuses = Vocabulary::codes(Vocabulary::Kind::Status);
    for (int s = 0; s < statuses.size(); ++s)
        items << QStringLiteral("%1 %2").arg(s + 1).arg(
            Vocabulary::label(Vocabulary::Kind::Status, statuses[s]));
    page.text(kLeft, kWidth, 14, DoorSheetPdf::tr("Status: %1").arg(items.join(QStringLiteral("   "))), 8.5);
    page.y = kBottom - 6;
    page.text(kLeft, kWidth * 0.7, 6,
              DoorSheetPdf::tr(
                  "Enter it in Homecoming: scan the code (or type the household number) in visit entry."),
              7.5);
    page.text(kLeft + kWidth * 0.7, kWidth * 0.3, 6,
              DoorSheetPdf::tr("%1 · page %2 of %3").arg(householdNo).arg(pageNo).arg(pages), 7.5, false,
              Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace

Status DoorSheetPdf::write(const SheetSet& set, const QString& path, const Progress& progress)
{
    const auto ioError = [&] {
        return Error{QStringLiteral("pdf"), tr("Cannot write the PDF file %1.").arg(path), Error::Kind::Io};
    };
    {
        QPdfWriter writer(path);
        writer.setResolution(kDpi);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(tr("Door-to-door sheets: %1, %2").arg(set.area, set.operation));
        writer.setCreator(QStringLiteral("Homecoming"));
        QPainter painter;
        if (!painter.begin(&writer))
            return ioError();
        painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
        const int total = int(set.sheets.size());
        for (int i = 0; i < total; ++i) {
            if (i > 0)
                writer.newPage();
            Page page{painter};
            drawHeader(page, set, set.sheets[i]);
            drawVisitBoxes(page);
            drawResidents(page, set.sheets[i]);
            drawLegend(page, i + 1, total, set.sheets[i].householdNo);
            if (progress && !progress(i + 1, total)) {
                painter.end();
                QFile::remove(path);
                return Error{{}, tr("Printing the sheets was cancelled."), Error::Kind::Cancelled};
            }
        }
        painter.end();
    }
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return ioError();
    return {};
}

} // namespace hc
