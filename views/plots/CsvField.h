#pragma once

#include <QString>

namespace tessera {

// One CSV field as RFC 4180 writes it: quoted (inner quotes doubled) when it holds a comma, a
// quote or a line break, else as it is. What every view's Export ▸ CSV writes its labels with.
QString csvField(const QString& field);

}  // namespace tessera
