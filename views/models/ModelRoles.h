#pragma once

#include <Qt>

namespace tessera {

// Item data roles shared by Tessera's item models, so that a view can ask any of them which
// entity or relation a row stands for without knowing the model.
enum ModelRole {
    // quint32 EntityId of the row (invalid QVariant for rows that are not an entity).
    EntityIdRole = Qt::UserRole + 1,
    // quint32 RelationId of the row.
    RelationIdRole,
    // The raw value a column sorts by (numbers as numbers).
    SortValueRole,
};

}  // namespace tessera
