// marks list and marks set (issue 14, outcome 4): the identifying marks of a case's missing person or of
// a found-person record. `set` replaces them all through the services (CaseService::setMarks,
// FoundPersonService::setMarks: the right to edit cases, one transaction, audited); each --mark is
// KIND:LOCATION[:DESCRIPTION] with the codes or the Chinese names of MarkVocabulary, checked before the
// database is opened.
#include "app/cli/Commands.h"

#include "core/cases/CaseService.h"
#include "core/cases/FoundPersonService.h"
#include "core/cases/IdentifyingMarks.h"
#include "core/cases/MarkStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace hc::cli {

namespace {
// tr() context of the strings both commands share.
QString trMarks(const char* text)
{
    return QCoreApplication::translate("hc::cli::MarksCommand", text);
}

QList<QCommandLineOption> ownerOptions()
{
    return {{QStringLiteral("case"), trMarks("The missing person of this case, by number."),
             QStringLiteral("no")},
            {QStringLiteral("found"), trMarks("The found-person record, by number."), QStringLiteral("no")}};
}

int checkOwner(Invocation& call)
{
    return call.isSet("case") != call.isSet("found")
               ? kDone
               : call.refuse(trMarks("Give either --case CASE_NO or --found RECORD_NO."));
}

// The owner's kind and row id, through the service of its kind (scoped to the actor).
Result<QPair<MarkStore::Owner, qint64>> ownerOf(Invocation& call)
{
    if (call.isSet("case")) {
        const auto id = CaseService(call.db(), call.actor()).findByNumber(call.value("case"));
        if (!id)
            return id.error();
        return qMakePair(MarkStore::Owner::Case, *id);
    }
    const auto id = FoundPersonService(call.db(), call.actor()).findByNumber(call.value("found"));
    if (!id)
        return id.error();
    return qMakePair(MarkStore::Owner::FoundPerson, *id);
}

Result<QList<IdentifyingMark>> marksOf(Invocation& call, const QPair<MarkStore::Owner, qint64>& owner)
{
    return owner.first == MarkStore::Owner::Case
               ? CaseService(call.db(), call.actor()).marks(owner.second)
               : FoundPersonService(call.db(), call.actor()).marks(owner.second);
}

int printMarks(Invocation& call, const QList<IdentifyingMark>& marks)
{
    const QString number =
        (call.isSet("case") ? call.value("case") : call.value("found")).trimmed().toUpper();
    if (call.json()) {
        QJsonArray rows;
        for (const IdentifyingMark& m : marks)
            rows.append(QJsonObject{{QStringLiteral("kind"), m.kind},
                                    {QStringLiteral("location"), m.location},
                                    {QStringLiteral("description"), m.description},
                                    {QStringLiteral("text"), MarkVocabulary::text(m)}});
        return call.printJson(QJsonObject{
            {call.isSet("case") ? QStringLiteral("case_no") : QStringLiteral("record_no"), number},
            {QStringLiteral("marks"), rows}});
    }
    for (int i = 0; i < marks.size(); ++i)
        call.out() << i + 1 << ". " << MarkVocabulary::text(marks[i]) << '\n';
    call.out() << QCoreApplication::translate("hc::cli::MarksCommand", "%1: %n identifying mark(s).", nullptr,
                                              int(marks.size()))
                      .arg(number)
               << '\n';
    return kDone;
}

class MarksListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::MarksListCommand)
public:
    MarksListCommand()
        : Command({QStringLiteral("marks list"), QStringLiteral("--db F (--case NO | --found NO) [--json]"),
                   tr("the identifying marks of a case's missing person or of a found-person record"),
                   ownerOptions(), DatabaseUse::OpenExisting, true})
    {
    }

protected:
    int check(Invocation& call) const override { return checkOwner(call); }

    int execute(Invocation& call) const override
    {
        const auto owner = ownerOf(call);
        if (!owner)
            return call.fail(owner.error());
        const auto marks = marksOf(call, *owner);
        if (!marks)
            return call.fail(marks.error());
        return printMarks(call, *marks);
    }
};

class MarksSetCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::MarksSetCommand)
public:
    MarksSetCommand()
        : Command(
              {QStringLiteral("marks set"),
               QStringLiteral("--db F (--case NO | --found NO) (--mark KIND:LOCATION[:DESCRIPTION]... | "
                              "--none) [--json]"),
               tr("replace the identifying marks of a case's missing person or of a found-person record"),
               ownerOptions() + QList<QCommandLineOption>{{QStringLiteral("mark"),
                                                           tr("A mark, KIND:LOCATION[:DESCRIPTION] (repeat "
                                                              "for each; codes or Chinese names)."),
                                                           QStringLiteral("mark")},
                                                          {QStringLiteral("none"), tr("Remove every mark.")}},
               DatabaseUse::OpenExisting, true})
    {
    }

protected:
    int check(Invocation& call) const override
    {
        if (const int s = checkOwner(call); s != kDone)
            return s;
        if (call.isSet("mark") == call.isSet("none"))
            return call.refuse(tr("Give the marks with --mark KIND:LOCATION[:DESCRIPTION], or --none to "
                                  "remove them all."));
        QString why;
        if (!parse(call.values("mark"), why))
            return call.refuse(why);
        return kDone;
    }

    int execute(Invocation& call) const override
    {
        QString why;
        const auto edited = parse(call.values("mark"), why);
        const auto owner = ownerOf(call);
        if (!owner)
            return call.fail(owner.error());
        const Status saved =
            owner->first == MarkStore::Owner::Case
                ? CaseService(call.db(), call.actor()).setMarks(owner->second, *edited)
                : FoundPersonService(call.db(), call.actor()).setMarks(owner->second, *edited);
        if (!saved)
            return call.fail(saved.error());
        const auto marks = marksOf(call, *owner);
        if (!marks)
            return call.fail(marks.error());
        return printMarks(call, *marks);
    }

private:
    // Each "KIND:LOCATION[:DESCRIPTION]" (a full-width colon too; the description may hold more
    // colons); nullopt with `why` naming the value and the valid codes.
    static std::optional<QList<IdentifyingMark>> parse(const QStringList& texts, QString& why)
    {
        static const QRegularExpression colon(QStringLiteral("[:：]"));
        QList<IdentifyingMark> out;
        for (const QString& text : texts) {
            const qsizetype first = text.indexOf(colon);
            const qsizetype second = first < 0 ? -1 : text.indexOf(colon, first + 1);
            if (first < 0) {
                why = tr("--mark \"%1\" is not KIND:LOCATION[:DESCRIPTION].").arg(text);
                return std::nullopt;
            }
            const QString kindText = text.left(first).trimmed();
            const QString locationText =
                (second < 0 ? text.mid(first + 1) : text.mid(first + 1, second - first - 1)).trimmed();
            const auto kind = MarkVocabulary::parseKind(kindText);
            if (!kind) {
                why = tr("Unknown mark kind \"%1\"; the kinds are: %2.")
                          .arg(kindText, MarkVocabulary::kinds().join(QStringLiteral(", ")));
                return std::nullopt;
            }
            const auto location = MarkVocabulary::parseLocation(locationText);
            if (!location) {
                why = tr("Unknown body location \"%1\"; the locations are: %2.")
                          .arg(locationText, MarkVocabulary::locations().join(QStringLiteral(", ")));
                return std::nullopt;
            }
            out << IdentifyingMark{0, *kind, *location,
                                   second < 0 ? QString() : text.mid(second + 1).trimmed()};
        }
        return out;
    }
};
} // namespace

Commands marksCommands()
{
    Commands c;
    c.push_back(std::make_unique<MarksListCommand>());
    c.push_back(std::make_unique<MarksSetCommand>());
    return c;
}

} // namespace hc::cli
