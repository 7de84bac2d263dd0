// attach and attachments (issue 14, outcome 5): a photo or document added to a case, a
// found-person record or a person, and the list of an owner's attachments. The file's bytes are
// checked by core (AttachmentCheck); pictures need the image decoder, which the report module
// installs, so `attach` runs there (CliApplication.cpp) and homecoming-cli itself starts
// without QtGui.
#include "app/cli/Commands.h"

#include "core/attachments/AttachmentService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hc::cli {

namespace {
QList<QCommandLineOption> ownerOptions()
{
    return {{QStringLiteral("case"),
             QCoreApplication::translate("hc::cli::AttachCommand", "The case, by number."),
             QStringLiteral("no")},
            {QStringLiteral("found"),
             QCoreApplication::translate("hc::cli::AttachCommand", "The found-person record, by number."),
             QStringLiteral("no")},
            {QStringLiteral("person"),
             QCoreApplication::translate("hc::cli::AttachCommand", "The person, by row id."),
             QStringLiteral("id")}};
}

// The owner named by exactly one of --case, --found, --person; kDone in `status` when found.
std::optional<AttachmentOwner> ownerOf(Invocation& call, int& status)
{
    const std::pair<const char*, AttachmentOwner::Kind> kinds[] = {
        {"case", AttachmentOwner::Kind::Case},
        {"found", AttachmentOwner::Kind::FoundPerson},
        {"person", AttachmentOwner::Kind::Person}};
    std::optional<std::pair<const char*, AttachmentOwner::Kind>> given;
    for (const auto& k : kinds) {
        if (!call.isSet(k.first))
            continue;
        if (given) {
            status = call.refuse(QCoreApplication::translate("hc::cli::AttachCommand",
                                                             "Give one of --case, --found or --person."));
            return std::nullopt;
        }
        given = k;
    }
    if (!given) {
        status = call.refuse(QCoreApplication::translate("hc::cli::AttachCommand",
                                                         "Give one of --case, --found or --person."));
        return std::nullopt;
    }
    const auto owner =
        AttachmentService(call.db(), call.actor()).resolve(given->second, call.value(given->first));
    if (!owner) {
        status = call.fail(owner.error());
        return std::nullopt;
    }
    status = kDone;
    return *owner;
}

QJsonObject attachmentJson(const Attachment& a)
{
    return QJsonObject{{QStringLiteral("id"), a.id},
                       {QStringLiteral("owner"), a.owner.entity()},
                       {QStringLiteral("owner_id"), a.owner.id},
                       {QStringLiteral("mime"), a.mime},
                       {QStringLiteral("size"), a.size},
                       {QStringLiteral("width"), a.width},
                       {QStringLiteral("height"), a.height},
                       {QStringLiteral("sha256"), a.sha256},
                       {QStringLiteral("caption"), a.caption},
                       {QStringLiteral("file_name"), a.fileName},
                       {QStringLiteral("added_by"), a.addedBy},
                       {QStringLiteral("added_at"), a.addedAt}};
}

// A command about one owner's attachments: finds the owner, then runs executeFor().
class OwnerCommand : public Command
{
public:
    using Command::Command;

protected:
    int execute(Invocation& call) const final
    {
        int status = kDone;
        const auto owner = ownerOf(call, status);
        return owner ? executeFor(call, *owner) : status;
    }
    virtual int executeFor(Invocation& call, const AttachmentOwner& owner) const = 0;
};

class AttachCommand : public OwnerCommand
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::AttachCommand)
public:
    AttachCommand()
        : OwnerCommand({QStringLiteral("attach"),
                        QStringLiteral("--db F (--case NO | --found NO | --person ID) FILE [--caption T]"),
                        tr("attach a photo (JPEG, PNG) or a PDF document, at most 20 MB"),
                        ownerOptions() + QList<QCommandLineOption>{{QStringLiteral("caption"),
                                                                    tr("A caption."), tr("text")}},
                        DatabaseUse::OpenExisting, true, 1})
    {
    }

protected:
    int executeFor(Invocation& call, const AttachmentOwner& owner) const override
    {
        const auto added = AttachmentService(call.db(), call.actor())
                               .addFile(owner, call.positional().at(0), call.value("caption"));
        if (!added)
            return call.fail(added.error());
        if (call.json())
            return call.printJson(attachmentJson(*added));
        call.out() << tr("Attached %1 (%2, %n bytes) as number %3.", nullptr, int(added->size))
                          .arg(added->fileName, added->mime)
                          .arg(added->id)
                   << '\n';
        return kDone;
    }
};

class AttachmentsCommand : public OwnerCommand
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::AttachmentsCommand)
public:
    AttachmentsCommand()
        : OwnerCommand({QStringLiteral("attachments"),
                        QStringLiteral("--db F (--case NO | --found NO | --person ID) [--json]"),
                        tr("the photos and documents of a case, a found-person record or a person"),
                        ownerOptions(), DatabaseUse::OpenExisting, true, 0})
    {
    }

protected:
    int executeFor(Invocation& call, const AttachmentOwner& owner) const override
    {
        const auto list = AttachmentService(call.db(), call.actor()).list(owner);
        if (!list)
            return call.fail(list.error());
        if (call.json()) {
            QJsonArray rows;
            for (const Attachment& a : *list)
                rows.append(attachmentJson(a));
            return call.printJson(rows);
        }
        for (const Attachment& a : *list)
            call.out() << a.id << '\t' << a.mime << '\t' << a.size << '\t' << a.addedAt << '\t' << a.addedBy
                       << '\t' << a.fileName << '\t' << a.caption << '\n';
        call.out() << tr("%n attachment(s).", nullptr, int(list->size())) << '\n';
        return kDone;
    }
};
} // namespace

Commands attachmentCommands()
{
    Commands c;
    c.push_back(std::make_unique<AttachCommand>());
    c.push_back(std::make_unique<AttachmentsCommand>());
    return c;
}

} // namespace hc::cli
