#pragma once

#include "models/meaformer/AlignmentModality.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace tessera {

// How the alignment views show a modality: one colour each (the same in every view) and its
// translated name (and a short form of it).
class AlignmentModalityStyle {
    Q_DECLARE_TR_FUNCTIONS(AlignmentModalityStyle)

public:
    static QColor colour(AlignmentModality modality);
    static QString name(AlignmentModality modality);
    // A few letters, for axes too narrow for the name.
    static QString shortName(AlignmentModality modality);
};

}  // namespace tessera
