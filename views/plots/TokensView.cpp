#include "plots/TokensView.h"

#include "graph/KnowledgeGraph.h"
#include "models/mygo/TokenSelection.h"
#include "text/WordPieceTokenizer.h"
#include "tokenizers/CodebookStatistics.h"

#include <QEvent>
#include <QGridLayout>
#include <QImage>
#include <QLabel>
#include <QVBoxLayout>

#include <filesystem>

namespace tessera {

namespace {

constexpr int kGridColumns = 2;
constexpr std::size_t kShownImages = 4;

std::vector<std::int64_t> kept(const SelectedTokens& selected)
{
    std::vector<std::int64_t> out;
    for (std::size_t i = 0; i < selected.ids.size(); ++i) {
        if (selected.mask[i] == 0)
            out.push_back(selected.ids[i]);
    }
    return out;
}

QString idList(const std::vector<std::int64_t>& ids)
{
    QStringList parts;
    for (const std::int64_t id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(' '));
}

}  // namespace

TokensView::TokensView(QWidget* parent)
    : QWidget(parent)
    , title_(new QLabel(this))
    , gridBox_(new QWidget(this))
    , gridLayout_(new QGridLayout(gridBox_))
    , visualIds_(new QLabel(this))
    , description_(new QLabel(this))
    , textIds_(new QLabel(this))
{
    QFont big = title_->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title_->setFont(big);
    for (QLabel* label : {visualIds_, description_, textIds_}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    description_->setTextFormat(Qt::RichText);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addWidget(gridBox_, 1);
    layout->addWidget(visualIds_);
    layout->addWidget(description_);
    layout->addWidget(textIds_);
    layout->addStretch();
}

void TokensView::setData(std::shared_ptr<const KnowledgeGraph> graph, std::shared_ptr<const TokenFolder> tokens,
    std::shared_ptr<const WordPieceTokenizer> wordPieces, int visualSlots, int textSlots)
{
    graph_ = std::move(graph);
    tokens_ = std::move(tokens);
    wordPieces_ = std::move(wordPieces);
    visualSlots_ = visualSlots;
    textSlots_ = textSlots;
    facts_.clear();
    if (tokens_ && tokens_->visual) {
        const CodeUsage usage = CodebookStatistics::usage(tokens_->visual->codes, tokens_->visual->tokens.tokens);
        facts_.resize(usage.counts.size());
        for (std::size_t c = 0; c < usage.counts.size(); ++c)
            facts_[c] = {usage.counts[c], usage.documentFrequency[c]};
    }
    refresh();
}

void TokensView::setEntity(EntityId entity)
{
    entity_ = entity;
    refresh();
}

QString TokensView::descriptionHtml() const
{
    if (!graph_ || entity_ == kNoEntity)
        return {};
    const std::string& text = graph_->entity(entity_).description;
    if (text.empty())
        return tr("<i>No description.</i>");
    if (!wordPieces_)
        return QString::fromStdString(text).toHtmlEscaped();
    QString html;
    std::size_t at = 0;
    for (const WordPiece& piece : wordPieces_->tokenize(text)) {
        html += QString::fromStdString(text.substr(at, piece.begin - at)).toHtmlEscaped();
        const QString shown = QString::fromStdString(text.substr(piece.begin, piece.end - piece.begin)).toHtmlEscaped();
        const QString tip = QString::fromStdString(wordPieces_->vocabulary().piece(piece.id)).toHtmlEscaped();
        if (piece.stopWord || piece.punctuation)
            html += QStringLiteral("<span style=\"color:#9a9a9a\" title=\"%1\">%2</span>").arg(tip, shown);
        else
            html += QStringLiteral("<span style=\"background:%1\" title=\"%2 (%3)\">%4</span>")
                        .arg(piece.continuation ? QStringLiteral("#dfe9f7") : QStringLiteral("#c9dcf2"), tip)
                        .arg(piece.id)
                        .arg(shown);
        at = piece.end;
    }
    html += QString::fromStdString(text.substr(at)).toHtmlEscaped();
    return html;
}

void TokensView::refresh()
{
    for (PatchGridWidget* grid : grids_)
        grid->deleteLater();
    grids_.clear();
    keptVisual_.clear();
    keptText_.clear();
    if (!graph_ || entity_ == kNoEntity) {
        title_->setText(tr("No entity"));
        visualIds_->clear();
        description_->clear();
        textIds_->clear();
        return;
    }
    const Entity& entity = graph_->entity(entity_);
    title_->setText(tr("Tokens of %1").arg(QString::fromStdString(entity.label.empty() ? entity.key : entity.label)));

    if (tokens_ && tokens_->visual) {
        const auto& raw = tokens_->visual->tokens.tokens[entity_];
        keptVisual_ = kept(selectTopTokens(raw, visualSlots_, tokens_->visual->codes));
    }
    if (tokens_ && tokens_->text) {
        const auto& raw = tokens_->text->tokens.tokens[entity_];
        keptText_ = kept(selectTopTokens(raw, textSlots_, tokens_->text->codes));
    }
    const std::set<std::int64_t> keptSet(keptVisual_.begin(), keptVisual_.end());
    int shown = 0;
    if (tokens_) {
        for (const ImagePatchCodes& patches : tokens_->patches) {
            if (patches.entity != entity_ || static_cast<std::size_t>(shown) == kShownImages)
                continue;
            // visual-patches.json names images relative to the graph's folder (or absolutely).
            std::error_code error;
            const std::filesystem::path named = std::filesystem::path(patches.image).is_absolute()
                ? std::filesystem::path(patches.image)
                : std::filesystem::path(graph_->metadata().sourcePath) / patches.image;
            const auto wanted = std::filesystem::weakly_canonical(named, error);
            QString path;
            for (const std::string& candidate : entity.imagePaths) {
                if (std::filesystem::weakly_canonical(candidate, error) == wanted)
                    path = QString::fromStdString(candidate);
            }
            auto* grid = new PatchGridWidget(gridBox_);
            grid->setPatches(QImage(path), tokens_->grid, patches.codes, keptSet, &facts_);
            connect(grid, &PatchGridWidget::codeClicked, this, &TokensView::codeClicked);
            gridLayout_->addWidget(grid, shown / kGridColumns, shown % kGridColumns);
            grids_.push_back(grid);
            ++shown;
        }
    }
    if (!tokens_ || !tokens_->visual)
        visualIds_->setText(tr("No visual tokens in this folder."));
    else if (keptVisual_.empty())
        visualIds_->setText(
            tr("No visual tokens: the entity has no image, MyGO masks its %1 visual slots.").arg(visualSlots_));
    else
        visualIds_->setText(
            tr("Visual tokens MyGO reads (%1 most frequent of %2 patches, ascending ids): %3%4")
                .arg(keptVisual_.size())
                .arg(tokens_->visual->tokens.tokens[entity_].size())
                .arg(idList(keptVisual_))
                .arg(grids_.empty() ? tr(" — this folder has no patch grids (built-in tokens)") : QString()));
    description_->setText(descriptionHtml());
    if (!tokens_ || !tokens_->text) {
        textIds_->setText(tr("No text tokens in this folder."));
    } else {
        QStringList words;
        for (const std::int64_t id : keptText_) {
            const bool named = static_cast<std::size_t>(id) < tokens_->textVocabulary.size();
            words << (named ? QStringLiteral("%1 (%2)")
                                  .arg(QString::fromStdString(tokens_->textVocabulary[static_cast<std::size_t>(id)]))
                                  .arg(id)
                            : QString::number(id));
        }
        textIds_->setText(words.isEmpty()
                ? tr("No text tokens: MyGO masks the %1 text slots.").arg(textSlots_)
                : tr("Text tokens MyGO reads (%1): %2").arg(words.size()).arg(words.join(QStringLiteral(", "))));
    }
}

void TokensView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

}  // namespace tessera
