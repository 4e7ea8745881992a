#include "cli/CliOutput.h"

#include <QCoreApplication>

#include <cstdio>

namespace tessera {

void printOut(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void printErr(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

int failBadInput(const QString& problem)
{
    QString line = problem;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QByteArray bytes = (QStringLiteral("tessera: ") + line + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stderr);
    return kExitBadInput;
}

CliArguments::CliArguments(QStringList words, QStringList valueOptions, QStringList flagOptions)
{
    for (int i = 0; i < words.size(); ++i) {
        const QString& word = words[i];
        if (!word.startsWith(QLatin1String("--")) || word == QLatin1String("--")) {
            positional_ << word;
            continue;
        }
        QString name = word.mid(2);
        QString inlineValue;
        const bool hasInline = name.contains(QLatin1Char('='));
        if (hasInline) {
            inlineValue = name.section(QLatin1Char('='), 1);
            name = name.section(QLatin1Char('='), 0, 0);
        }
        if (flagOptions.contains(name)) {
            flags_ << name;
        } else if (valueOptions.contains(name)) {
            if (hasInline) {
                values_.append({name, inlineValue});
            } else if (i + 1 < words.size()) {
                values_.append({name, words[++i]});
            } else {
                error_ = QCoreApplication::translate("CommandLine", "option --%1 needs a value").arg(name);
                return;
            }
        } else {
            error_ = QCoreApplication::translate("CommandLine", "unknown option --%1").arg(name);
            return;
        }
    }
}

std::optional<QString> CliArguments::value(const QString& name) const
{
    for (auto it = values_.crbegin(); it != values_.crend(); ++it) {
        if (it->first == name)
            return it->second;
    }
    return std::nullopt;
}

bool CliArguments::flag(const QString& name) const
{
    return flags_.contains(name);
}

}  // namespace tessera
