#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace tessera {

// `tessera predict --graph G --model M --relation KEY (--head KEY | --tail KEY) [--k 10] [--json]
//                  [--filtered] [--mask-visual] [--mask-text] [--device auto|cpu|cuda]`:
// the top-k candidates of one link-prediction query ((head, relation, ?) with --head,
// (?, relation, tail) with --tail), each with key, label, score, rank and the splits in which it
// is a known answer. --filtered leaves known answers out (the filtered protocol);
// --mask-visual / --mask-text re-rank as if the query entity had no image / no text.
class PredictCommand {
    Q_DECLARE_TR_FUNCTIONS(PredictCommand)

public:
    static int run(const QStringList& arguments);
};

}  // namespace tessera
