#pragma once

#include "graph/Ids.h"

#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QTreeView;

namespace tessera {

class EntityFactsModel;
class KnowledgeGraph;
class ThumbnailCache;

// Everything about one entity: label and key, aliases grouped by language, a gallery of its
// images (thumbnails; a click opens the image large), the description, and its facts grouped
// by relation, outgoing and incoming. Every neighbour in the facts is a link that asks to focus
// it. Shows; never changes the graph.
class EntityPagePanel : public QWidget {
    Q_OBJECT
public:
    explicit EntityPagePanel(QWidget* parent = nullptr);

    void setGraph(std::shared_ptr<const KnowledgeGraph> graph);
    void setEntity(EntityId entity);
    EntityId entity() const { return entity_; }

    ThumbnailCache* thumbnails() const { return thumbnails_; }
    EntityFactsModel* factsModel() const { return factsModel_; }
    QTreeView* factsView() const { return facts_; }
    QListWidget* gallery() const { return gallery_; }
    QString titleText() const;

Q_SIGNALS:
    void entityActivated(tessera::EntityId entity);
    void imageProblem(const QString& problem);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showEntity();
    void fillAliases();
    void onThumbnailReady(const QString& path);
    void openImage(QListWidgetItem* item);

    std::shared_ptr<const KnowledgeGraph> graph_;
    EntityId entity_ = kNoEntity;
    bool allAliases_ = false;
    ThumbnailCache* thumbnails_;
    QLabel* title_;
    QLabel* key_;
    QLabel* aliases_;
    QListWidget* gallery_;
    QLabel* description_;
    QLabel* factsTitle_;
    QTreeView* facts_;
    EntityFactsModel* factsModel_;
};

}  // namespace tessera
