#pragma once
// The commands that share a first word: verbs ("cases list", "cases show"), a command run
// without a verb ("duplicates"), or both ("duplicates merge"). Picks the one the next word
// names; lists them when none is named.

#include "app/cli/Command.h"

#include <vector>

namespace hc::cli {

class CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli::CommandGroup)
public:
    explicit CommandGroup(QString word);

    const QString& word() const { return m_word; }
    // Its name is the group's word, optionally followed by a verb.
    void add(std::unique_ptr<Command> command);
    QList<const Command*> commands() const;
    const Command* find(const QString& name) const;
    QString help() const;

    // `arguments`: what follows the group's word. Returns the exit status.
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) const;

private:
    QString m_word;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace hc::cli
