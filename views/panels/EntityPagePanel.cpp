#include "panels/EntityPagePanel.h"

#include "canvas/EntityPalette.h"
#include "dialogs/ImageViewerDialog.h"
#include "graph/KnowledgeGraph.h"
#include "imagery/ThumbnailCache.h"
#include "models/EntityFactsModel.h"
#include "models/ModelRoles.h"

#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include <map>

namespace tessera {

namespace {

// Gallery thumbnails: large enough to recognise a flag or a face, four fit a 700 px dock.
constexpr int kGallerySide = 160;
constexpr qsizetype kGalleryBytes = 32 * 1024 * 1024;
// Aliases shown before "show all": countries carry 50+ names in 30 languages.
constexpr int kAliasPreview = 14;

QString qs(const std::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QIcon loadingIcon()
{
    QPixmap pixmap(kGallerySide, kGallerySide * 2 / 3);
    pixmap.fill(QColor(0xEE, 0xF0, 0xF2));
    return QIcon(pixmap);
}

}  // namespace

EntityPagePanel::EntityPagePanel(QWidget* parent)
    : QWidget(parent)
    , thumbnails_(new ThumbnailCache(kGallerySide, kGalleryBytes, this))
    , title_(new QLabel(this))
    , key_(new QLabel(this))
    , aliases_(new QLabel(this))
    , gallery_(new QListWidget(this))
    , description_(new QLabel(this))
    , factsTitle_(new QLabel(this))
    , facts_(new QTreeView(this))
    , factsModel_(new EntityFactsModel(this))
{
    qRegisterMetaType<tessera::EntityId>("tessera::EntityId");
    QFont titleFont = title_->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title_->setFont(titleFont);
    title_->setWordWrap(true);
    title_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    key_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    key_->setForegroundRole(QPalette::PlaceholderText);
    aliases_->setWordWrap(true);
    aliases_->setTextFormat(Qt::RichText);
    aliases_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    connect(aliases_, &QLabel::linkActivated, this, [this] {
        allAliases_ = !allAliases_;
        fillAliases();
    });
    description_->setWordWrap(true);
    description_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont factsFont = factsTitle_->font();
    factsFont.setBold(true);
    factsTitle_->setFont(factsFont);

    gallery_->setViewMode(QListView::IconMode);
    gallery_->setFlow(QListView::LeftToRight);
    gallery_->setWrapping(false);
    gallery_->setMovement(QListView::Static);
    gallery_->setIconSize(QSize(kGallerySide, kGallerySide * 2 / 3));
    gallery_->setSpacing(6);
    gallery_->setFixedHeight(kGallerySide * 2 / 3 + 46);
    gallery_->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    gallery_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    gallery_->setCursor(Qt::PointingHandCursor);
    connect(gallery_, &QListWidget::itemClicked, this, &EntityPagePanel::openImage);
    connect(gallery_, &QListWidget::itemActivated, this, &EntityPagePanel::openImage);
    connect(thumbnails_, &ThumbnailCache::thumbnailReady, this, &EntityPagePanel::onThumbnailReady);
    connect(thumbnails_, &ThumbnailCache::loadFailed, this,
        [this](const QString&, const QString& problem) { Q_EMIT imageProblem(problem); });

    facts_->setModel(factsModel_);
    facts_->setUniformRowHeights(true);
    facts_->setAlternatingRowColors(true);
    facts_->setCursor(Qt::PointingHandCursor);
    facts_->header()->setStretchLastSection(false);
    facts_->header()->setSectionResizeMode(EntityFactsModel::NameColumn, QHeaderView::Stretch);
    facts_->header()->setSectionResizeMode(EntityFactsModel::KeyColumn, QHeaderView::Interactive);
    facts_->header()->setSectionResizeMode(EntityFactsModel::SplitColumn, QHeaderView::ResizeToContents);
    facts_->header()->resizeSection(EntityFactsModel::KeyColumn, 130);
    connect(facts_, &QTreeView::clicked, this, [this](const QModelIndex& index) {
        const QVariant entity = index.siblingAtColumn(0).data(EntityIdRole);
        if (entity.isValid() && index.parent().isValid())
            Q_EMIT entityActivated(entity.value<quint32>());
    });
    connect(facts_, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const QVariant entity = index.siblingAtColumn(0).data(EntityIdRole);
        if (entity.isValid() && index.parent().isValid())
            Q_EMIT entityActivated(entity.value<quint32>());
    });
    connect(factsModel_, &QAbstractItemModel::modelReset, facts_, &QTreeView::expandAll);

    auto* header = new QWidget(this);
    auto* headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(10, 10, 10, 6);
    headerLayout->setSpacing(6);
    headerLayout->addWidget(title_);
    headerLayout->addWidget(key_);
    headerLayout->addWidget(aliases_);
    headerLayout->addWidget(gallery_);
    headerLayout->addWidget(description_);
    headerLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(header);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* factsBox = new QWidget(this);
    auto* factsLayout = new QVBoxLayout(factsBox);
    factsLayout->setContentsMargins(10, 4, 10, 10);
    factsLayout->setSpacing(4);
    factsLayout->addWidget(factsTitle_);
    factsLayout->addWidget(facts_, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(scroll);
    splitter->addWidget(factsBox);
    // Header (names, gallery, description) and facts share the height; either scrolls.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    retranslate();
}

void EntityPagePanel::setGraph(std::shared_ptr<const KnowledgeGraph> graph)
{
    graph_ = std::move(graph);
    factsModel_->setGraph(graph_);
    entity_ = kNoEntity;
    showEntity();
}

void EntityPagePanel::setEntity(EntityId entity)
{
    if (!graph_ || entity >= graph_->entityCount())
        entity = kNoEntity;
    if (entity == entity_)
        return;
    entity_ = entity;
    allAliases_ = false;
    showEntity();
}

QString EntityPagePanel::titleText() const
{
    return title_->text();
}

void EntityPagePanel::showEntity()
{
    gallery_->clear();
    factsModel_->setEntity(entity_);
    if (!graph_ || entity_ == kNoEntity) {
        title_->setText(graph_ ? tr("No entity selected") : tr("No graph open"));
        key_->clear();
        aliases_->clear();
        aliases_->hide();
        gallery_->hide();
        description_->setText(
            graph_ ? tr("Pick an entity in the search list or click a node in the neighbourhood.") : QString());
        factsTitle_->clear();
        return;
    }
    const Entity& entity = graph_->entity(entity_);
    title_->setText(qs(entity.label.empty() ? entity.key : entity.label));
    const QString kind = EntityPalette::kindOfKey(qs(entity.key));
    key_->setText(kind.isEmpty() ? tr("key: %1").arg(qs(entity.key)) : tr("%1 · key: %2").arg(kind, qs(entity.key)));
    fillAliases();

    const QIcon loading = loadingIcon();
    for (const std::string& path : entity.imagePaths) {
        const QString file = qs(path);
        auto* item = new QListWidgetItem(loading, QFileInfo(file).fileName(), gallery_);
        item->setData(Qt::UserRole, file);
        item->setToolTip(tr("%1\nClick to enlarge.").arg(file));
        const QImage image = thumbnails_->thumbnail(file);
        if (!image.isNull())
            item->setIcon(QIcon(QPixmap::fromImage(image)));
    }
    gallery_->setVisible(!entity.imagePaths.empty());
    description_->setText(entity.description.empty() ? tr("(no description)") : qs(entity.description));
    const std::size_t facts = graph_->outgoing().degree(entity_) + graph_->incoming().degree(entity_);
    factsTitle_->setText(tr("Facts (%1)").arg(QLocale().toString(static_cast<qulonglong>(facts))));
}

void EntityPagePanel::fillAliases()
{
    if (!graph_ || entity_ == kNoEntity)
        return;
    const Entity& entity = graph_->entity(entity_);
    if (entity.aliases.empty()) {
        aliases_->hide();
        return;
    }
    // Grouped by language, in the order languages first appear (the bundle's order is meaningful).
    std::vector<std::pair<std::string, QStringList>> byLanguage;
    int shown = 0;
    for (const Alias& alias : entity.aliases) {
        if (!allAliases_ && shown >= kAliasPreview)
            break;
        auto it = std::find_if(
            byLanguage.begin(), byLanguage.end(), [&](const auto& group) { return group.first == alias.language; });
        if (it == byLanguage.end()) {
            byLanguage.emplace_back(alias.language, QStringList());
            it = std::prev(byLanguage.end());
        }
        it->second << qs(alias.text).toHtmlEscaped();
        ++shown;
    }
    QStringList groups;
    for (const auto& [language, names] : byLanguage) {
        const QString tag = language.empty() ? tr("other") : qs(language);
        groups << QStringLiteral("<span style='color:#6a737d'>%1:</span> %2")
                      .arg(tag.toHtmlEscaped(), names.join(QStringLiteral(", ")));
    }
    QString html = tr("<b>Also known as</b> ") + groups.join(QStringLiteral(" &nbsp;·&nbsp; "));
    const auto total = static_cast<int>(entity.aliases.size());
    if (total > kAliasPreview) {
        html += allAliases_ ? QStringLiteral(" &nbsp;<a href='#toggle'>%1</a>").arg(tr("show fewer"))
                            : QStringLiteral(" &nbsp;<a href='#toggle'>%1</a>").arg(tr("show all %1").arg(total));
    }
    aliases_->setText(html);
    aliases_->show();
}

void EntityPagePanel::onThumbnailReady(const QString& path)
{
    for (int i = 0; i < gallery_->count(); ++i) {
        QListWidgetItem* item = gallery_->item(i);
        if (item->data(Qt::UserRole).toString() == path) {
            const QImage image = thumbnails_->thumbnail(path);
            if (!image.isNull())
                item->setIcon(QIcon(QPixmap::fromImage(image)));
        }
    }
}

void EntityPagePanel::openImage(QListWidgetItem* item)
{
    if (item == nullptr || !graph_ || entity_ == kNoEntity)
        return;
    auto* dialog = new ImageViewerDialog(item->data(Qt::UserRole).toString(), title_->text(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void EntityPagePanel::retranslate()
{
    showEntity();
}

void EntityPagePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        factsModel_->retranslate();
    }
    QWidget::changeEvent(event);
}

}  // namespace tessera
