#pragma once

#include "alignment/MetaWeightTable.h"
#include "attention/ModalityShareTable.h"
#include "embedding/CosineNeighbours.h"
#include "graph/Ids.h"
#include "plots/EmbeddingColouring.h"

#include <QFutureWatcher>
#include <QRectF>
#include <QWidget>

#include <map>
#include <memory>
#include <stop_token>
#include <vector>

class QComboBox;
class QCustomPlot;
class QLabel;
class QListWidget;
class QMouseEvent;
class QProgressBar;
class QPushButton;

namespace tessera {

class ExportButton;
class KnowledgeGraph;
struct TokenFolder;

// The model's entity representations in 2-D: PCA, or Barnes–Hut t-SNE computed in the background
// with progress and Cancel and kept per model for the session. Points are coloured by a property
// of the entity (its key's prefix — the entity type of most graphs —, whether it has an image,
// how many triples it takes part in); hovering shows the label and image; a click focuses the
// entity and lists its nearest neighbours by cosine similarity in the model's own space (not in
// the picture); dragging a rectangle lists the entities inside it.
class EmbeddingMapView : public QWidget {
    Q_OBJECT
public:
    enum class Method { Pca = 0, Tsne = 1 };
    // What the points are: the model's entity representations or its relation representations.
    enum class Subject { Entities = 0, Relations = 1 };
    // DominantModality needs setModalityShares, VisualCode setTokens (EmbeddingColouring).
    using Colouring = EmbeddingColour;
    static constexpr int kNeighbours = 10;

    explicit EmbeddingMapView(QWidget* parent = nullptr);
    ~EmbeddingMapView() override;

    // `vectors`: one row of `dim` values per entity of `graph`, in id order. `cacheKey` names the
    // model: a t-SNE map computed for it is shown again without computing.
    void setData(std::shared_ptr<const KnowledgeGraph> graph, std::shared_ptr<const std::vector<float>> vectors,
        std::int64_t dim, const QString& cacheKey);
    void clear();
    // The relation representations (R × dim, graph order) beside the entities' of setData.
    void setRelationVectors(std::shared_ptr<const std::vector<float>> vectors, std::int64_t dim);
    void setSubject(Subject subject);
    Subject subject() const { return subject_; }
    void setMethod(Method method);
    void setColouring(Colouring colouring);
    // Every entity's [CLS] shares, for colouring by dominant modality (null: not measured yet;
    // choosing that colouring then asks for them with sharesWanted).
    void setModalityShares(std::shared_ptr<const ModalityShareTable> shares);
    // An alignment model's meta-weights (the graph on the map is A, rowOffset 0, or B, rowOffset
    // the count of A's entities): "dominant modality" then reads them.
    void setMetaWeights(std::shared_ptr<const MetaWeightTable> table, std::int64_t rowOffset);
    // A token folder of the graph, for colouring by visual code (null: none open).
    void setTokens(std::shared_ptr<const TokenFolder> tokens);
    // Where t-SNE maps are kept between sessions (TsneDiskCache); empty: the user's cache folder.
    void setTsneCacheFolder(const QString& folder);
    // Marks the entity and lists its nearest neighbours (what a click does, without the signal).
    void focusEntity(EntityId entity);
    // Lists the entities whose points lie in `area` (map coordinates), as a dragged rectangle does.
    std::vector<EntityId> selectArea(const QRectF& area);
    void cancel();

    bool hasData() const { return vectors_ != nullptr; }
    bool isComputing() const { return watcher_.isRunning(); }
    Method method() const { return method_; }
    // N × 2 coordinates of the map on screen (empty while it is being computed).
    const std::vector<float>& shownXy() const { return xy_; }
    EntityId focusedEntity() const { return focused_; }
    const std::vector<CosineNeighbour>& neighbours() const { return neighbours_; }
    QListWidget* neighbourList() const { return neighbourList_; }
    QListWidget* areaList() const { return areaList_; }
    // Which colour group each entity is drawn in, and the groups' names (for tests and the legend).
    const std::vector<int>& groups() const { return groups_; }
    const QStringList& groupNames() const { return groupNames_; }
    // key,label,x,y[,group] of every point (entity or relation), in id order.
    QString csv() const;

Q_SIGNALS:
    void entityActivated(EntityId entity);
    // A map is on screen (or failed: the status line says why).
    void mapShown();
    // Colouring by dominant modality was chosen before the shares were measured.
    void sharesWanted();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Outcome {
        std::vector<float> xy;
        QString note;
        QString problem;
        bool stopped = false;
    };
    void compute();
    void onComputed();
    void recolour();
    void redraw();
    void retranslate();
    void listNeighbours();
    std::int64_t pointAt(const QPointF& pixel) const;
    // The points of the subject shown: how many, and each one's name and key.
    std::size_t pointCount() const;
    QString subjectCacheKey() const;
    QString pointName(std::size_t point) const;
    QString pointKey(std::size_t point) const;
    const std::shared_ptr<const std::vector<float>>& shownVectors() const;
    std::int64_t shownDim() const;
    void showHover(QMouseEvent* event);

    QLabel* status_;
    QComboBox* subjectBox_;
    QComboBox* methodBox_;
    QComboBox* colourBox_;
    QProgressBar* progress_;
    QPushButton* cancel_;
    ExportButton* export_;
    QCustomPlot* plot_;
    QLabel* neighbourTitle_;
    QListWidget* neighbourList_;
    QLabel* areaTitle_;
    QListWidget* areaList_;

    std::shared_ptr<const KnowledgeGraph> graph_;
    std::shared_ptr<const std::vector<float>> vectors_;
    std::int64_t dim_ = 0;
    std::shared_ptr<const std::vector<float>> relationVectors_;
    std::int64_t relationDim_ = 0;
    Subject subject_ = Subject::Entities;
    QString cacheKey_;
    Method method_ = Method::Pca;
    Colouring colouring_ = Colouring::KeyPrefix;
    std::shared_ptr<const ModalityShareTable> shares_;
    std::shared_ptr<const MetaWeightTable> metaWeights_;
    std::int64_t metaWeightRowOffset_ = 0;
    std::shared_ptr<const TokenFolder> tokens_;
    QString tsneCacheFolder_;
    std::vector<float> xy_;
    QString note_;
    std::map<std::pair<QString, int>, std::pair<std::vector<float>, QString>> cache_;
    std::vector<int> groups_;
    QStringList groupNames_;
    EntityId focused_ = kNoEntity;
    std::vector<CosineNeighbour> neighbours_;
    std::vector<EntityId> area_;
    QFutureWatcher<Outcome> watcher_;
    std::stop_source stop_;
    int generation_ = 0;
    int computing_ = 0;  // the generation of the job running
};

}  // namespace tessera
