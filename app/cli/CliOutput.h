#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace tessera {

// Exit codes of the command-line contract (DESIGN.md).
inline constexpr int kExitOk = 0;
inline constexpr int kExitInternal = 1;
inline constexpr int kExitBadInput = 2;

void printOut(const QString& text);
// UTF-8 to stderr as it is (progress lines, summaries), flushed.
void printErr(const QString& text);
// Prints "tessera: <problem>" on one line to stderr and returns kExitBadInput.
int failBadInput(const QString& problem);

// Minimal option scanner for subcommands: "--name value", "--flag" and positional words.
// Unknown options are errors (a typo must not be silently ignored).
class CliArguments {
public:
    CliArguments(QStringList words, QStringList valueOptions, QStringList flagOptions);

    // Empty when the words parse; else the problem (unknown option, missing value).
    const QString& error() const { return error_; }
    std::optional<QString> value(const QString& name) const;
    bool flag(const QString& name) const;
    const QStringList& positional() const { return positional_; }

private:
    QString error_;
    QStringList positional_;
    QStringList flags_;
    QList<std::pair<QString, QString>> values_;
};

}  // namespace tessera
