#include "cli/WordpieceCommand.h"

#include "cli/BundledVocabulary.h"
#include "cli/CliOutput.h"
#include "io/InputError.h"
#include "text/WordPieceTokenizer.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iostream>
#include <string>

namespace tessera {

namespace {

// Two aligned rows per text, pieces above their ids, so that a reader sees which id is which piece.
QString alignedRows(const std::vector<WordPiece>& pieces, const WordPieceVocabulary& vocabulary)
{
    QString tokens = QStringLiteral("  ");
    QString ids = QStringLiteral("  ");
    for (const WordPiece& piece : pieces) {
        const QString token = QString::fromStdString(vocabulary.piece(piece.id));
        const QString id = QString::number(piece.id);
        const qsizetype width = std::max(token.size(), id.size());
        tokens += token.leftJustified(width) + QLatin1Char(' ');
        ids += id.leftJustified(width) + QLatin1Char(' ');
    }
    return tokens.trimmed().prepend(QStringLiteral("  ")) + QLatin1Char('\n')
        + ids.trimmed().prepend(QStringLiteral("  ")) + QLatin1Char('\n');
}

}  // namespace

int WordpieceCommand::run(const QStringList& arguments)
{
    const CliArguments args(arguments, {QStringLiteral("vocab")}, {QStringLiteral("json")});
    if (!args.error().isEmpty())
        return failBadInput(QStringLiteral("wordpiece: ") + args.error());
    QStringList texts = args.positional();
    if (texts.isEmpty()) {
        std::string line;
        while (std::getline(std::cin, line)) {
            if (!line.empty() && line.back() == '\r')
                line.pop_back();
            texts.push_back(QString::fromStdString(line));
        }
    }
    try {
        const auto vocabulary = args.value(QStringLiteral("vocab"))
            ? WordPieceVocabulary::readFile(args.value(QStringLiteral("vocab"))->toStdString())
            : BundledVocabulary::bertUncased();
        const WordPieceTokenizer tokenizer(vocabulary);
        if (args.flag(QStringLiteral("json"))) {
            nlohmann::ordered_json out = nlohmann::ordered_json::array();
            for (const QString& text : texts) {
                const std::string utf8 = text.toStdString();
                nlohmann::ordered_json tokens = nlohmann::ordered_json::array();
                nlohmann::ordered_json ids = nlohmann::ordered_json::array();
                for (const WordPiece& piece : tokenizer.tokenize(utf8)) {
                    tokens.push_back(vocabulary->piece(piece.id));
                    ids.push_back(piece.id);
                }
                out.push_back({{"text", utf8}, {"tokens", tokens}, {"ids", ids}});
            }
            // One object per line: an array of texts that stays readable and greppable.
            std::string json = "[";
            for (std::size_t i = 0; i < out.size(); ++i)
                json += (i == 0 ? "\n  " : ",\n  ") + out[i].dump();
            json += out.empty() ? "]\n" : "\n]\n";
            printOut(QString::fromStdString(json));
            return kExitOk;
        }
        QString out;
        for (const QString& text : texts) {
            if (texts.size() > 1)
                out += text + QLatin1Char('\n');
            out += alignedRows(tokenizer.tokenize(text.toStdString()), *vocabulary);
        }
        printOut(out);
    } catch (const InputError& error) {
        return failBadInput(QString::fromStdString(error.what()));
    } catch (const std::invalid_argument& error) {
        return failBadInput(tr("wordpiece: %1").arg(QString::fromStdString(error.what())));
    }
    return kExitOk;
}

}  // namespace tessera
