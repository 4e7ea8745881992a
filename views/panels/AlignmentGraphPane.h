#pragma once

#include "graph/Ids.h"

#include <QWidget>

#include <memory>
#include <vector>

class QLabel;
class QTabWidget;

namespace tessera {

class EmbeddingMapView;
class EntityBrowserPanel;
class KnowledgeGraph;
class NeighbourhoodView;

// One side of the alignment workspace: a graph browsable as in the main window — search and
// relations above, its neighbourhood canvas or the embedding map of its fused embeddings below —
// under a title that says which graph it is. The window puts two side by side.
class AlignmentGraphPane : public QWidget {
    Q_OBJECT
public:
    explicit AlignmentGraphPane(QWidget* parent = nullptr);

    // `title`: "A · DBpedia (zh)"; `graph` may be null (nothing open).
    void setGraph(std::shared_ptr<const KnowledgeGraph> graph, const QString& title);
    const std::shared_ptr<const KnowledgeGraph>& graph() const { return graph_; }

    EntityBrowserPanel* browser() const { return browser_; }
    NeighbourhoodView* canvas() const { return canvas_; }
    EmbeddingMapView* map() const { return map_; }
    QTabWidget* tabs() const { return tabs_; }
    QLabel* title() const { return title_; }

Q_SIGNALS:
    // The user chose an entity here: in the search results or on the map (`onCanvas` false: the
    // canvas should focus it) or by selecting its node on the canvas (`onCanvas` true: the
    // picture stays as it is).
    void entityChosen(tessera::EntityId entity, bool onCanvas);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    std::shared_ptr<const KnowledgeGraph> graph_;
    QLabel* title_;
    EntityBrowserPanel* browser_;
    QTabWidget* tabs_;
    NeighbourhoodView* canvas_;
    EmbeddingMapView* map_;
};

}  // namespace tessera
