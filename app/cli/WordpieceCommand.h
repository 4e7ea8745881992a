#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace tessera {

// `tessera wordpiece [--json] [--vocab vocab.txt] TEXT...`: BERT's uncased WordPiece tokens of
// each text and their ids, without [CLS]/[SEP] — the pieces Tessera counts an entity's text tokens
// from, printable for checking against another BERT tokenizer. Without TEXT it reads one text per
// line from standard input.
class WordpieceCommand {
    Q_DECLARE_TR_FUNCTIONS(WordpieceCommand)

public:
    static int run(const QStringList& arguments);
};

}  // namespace tessera
