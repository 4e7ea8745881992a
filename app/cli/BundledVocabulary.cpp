#include "cli/BundledVocabulary.h"

#include <QFile>

#include <mutex>
#include <stdexcept>

namespace tessera {

std::shared_ptr<const WordPieceVocabulary> BundledVocabulary::bertUncased()
{
    static std::once_flag once;
    static std::shared_ptr<const WordPieceVocabulary> vocabulary;
    std::call_once(once, [] {
        QFile file(QStringLiteral(":/vocab/bert-base-uncased.txt"));
        if (!file.open(QIODevice::ReadOnly))
            throw std::logic_error("the bundled BERT vocabulary is missing from the binary");
        const QByteArray text = file.readAll();
        vocabulary = WordPieceVocabulary::fromVocabTxt(
            std::string_view(text.constData(), static_cast<std::size_t>(text.size())), "bert-base-uncased.txt");
    });
    return vocabulary;
}

}  // namespace tessera
