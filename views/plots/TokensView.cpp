#include "plots/TokensView.h"

#include "graph/KnowledgeGraph.h"
#include "imagery/PatchCrop.h"
#include "imagery/PatchImagePath.h"
#include "models/mygo/TokenSelection.h"
#include "plots/CsvField.h"
#include "plots/ExportButton.h"
#include "text/WordPieceTokenizer.h"
#include "tokenizers/CodebookStatistics.h"

#include <QColor>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QToolButton>
#include <QVBoxLayout>

#include <QRegularExpression>

#include <algorithm>
#include <set>

namespace tessera {

namespace {

constexpr int kGridColumns = 2;
constexpr std::size_t kShownImages = 4;
constexpr int kCropSide = 36;

// The attention colour of the shading on a white page: orange, as strong as the weight's share
// of the largest weight (the patches' overlay uses the same hue).
QString heatColour(double share)
{
    const double a = 0.12 + 0.78 * std::clamp(share, 0.0, 1.0);
    const auto mix = [a](int channel) { return static_cast<int>(255 * (1 - a) + channel * a + 0.5); };
    return QColor(mix(255), mix(96), mix(0)).name();
}

std::vector<std::int64_t> kept(const SelectedTokens& selected)
{
    std::vector<std::int64_t> out;
    for (std::size_t i = 0; i < selected.ids.size(); ++i) {
        if (selected.mask[i] == 0)
            out.push_back(selected.ids[i]);
    }
    return out;
}

// How a folder's text ids relate to word pieces: BERT ids themselves, learned codes one per
// countable piece in text order (FORMATS.md), or words of the graph's own vocabulary (no
// relation the view can show).
enum class TextIds { BertIds, CodesInOrder, Other };

TextIds textIds(const TokenModality& text)
{
    if (text.tokenizer == "bert-base-uncased wordpiece")
        return TextIds::BertIds;
    if (text.tokenizer.rfind("tessera vq-ema", 0) == 0)
        return TextIds::CodesInOrder;
    return TextIds::Other;
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
    , export_(new ExportButton(
          this, [this] { return tokensCsv(); },
          [this] {
              return QStringLiteral("tokens-%1")
                  .arg(graph_ && entity_ != kNoEntity
                          ? QString::fromStdString(graph_->entity(entity_).key)
                                .replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"))
                          : QString());
          },
          this))
    , gridBox_(new QWidget(this))
    , gridLayout_(new QGridLayout(gridBox_))
    , cropBox_(new QWidget(this))
    , cropLayout_(new QHBoxLayout(cropBox_))
    , visualIds_(new QLabel(this))
    , description_(new QLabel(this))
    , legend_(new QLabel(this))
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
    legend_->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(title_, 1);
    top->addWidget(export_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(gridBox_, 1);
    cropLayout_->setContentsMargins(0, 0, 0, 0);
    cropLayout_->setSpacing(2);
    layout->addWidget(cropBox_);
    layout->addWidget(visualIds_);
    layout->addWidget(description_);
    layout->addWidget(legend_);
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

void TokensView::setShading(std::optional<TokenAttentionShading> shading)
{
    shading_ = std::move(shading);
    refresh();
}

std::string TokensView::readText() const
{
    const Entity& entity = graph_->entity(entity_);
    const bool label = !tokens_ || tokens_->textFromLabel;
    const bool description = !tokens_ || tokens_->textFromDescription;
    // As tokenize joins them: the label, a space, the description.
    std::string text = label ? entity.label : std::string();
    if (description && !entity.description.empty())
        text += (text.empty() ? "" : " ") + entity.description;
    return text;
}

std::vector<std::int64_t> TokensView::pieceTokens(std::size_t countable) const
{
    std::vector<std::int64_t> out(countable, -1);
    if (!tokens_ || !tokens_->text || textIds(*tokens_->text) != TextIds::CodesInOrder)
        return out;
    const auto& raw = tokens_->text->tokens.tokens[entity_];
    for (std::size_t i = 0; i < countable && i < raw.size(); ++i)
        out[i] = raw[i];
    return out;
}

QString TokensView::descriptionHtml() const
{
    if (!graph_ || entity_ == kNoEntity)
        return {};
    const std::string text = readText();
    if (text.empty())
        return tr("<i>No text to read.</i>");
    if (!wordPieces_)
        return QString::fromStdString(text).toHtmlEscaped();
    const TextIds ids = tokens_ && tokens_->text ? textIds(*tokens_->text) : TextIds::Other;
    const std::vector<WordPiece> pieces = wordPieces_->tokenize(text);
    const auto countable = static_cast<std::size_t>(
        std::count_if(pieces.begin(), pieces.end(), [](const WordPiece& p) { return !p.stopWord && !p.punctuation; }));
    const std::vector<std::int64_t> codes = pieceTokens(countable);
    const std::set<std::int64_t> keptSet(keptText_.begin(), keptText_.end());
    QString html;
    std::size_t at = 0;
    std::size_t index = 0;
    for (const WordPiece& piece : pieces) {
        html += QString::fromStdString(text.substr(at, piece.begin - at)).toHtmlEscaped();
        const QString shown = QString::fromStdString(text.substr(piece.begin, piece.end - piece.begin)).toHtmlEscaped();
        const QString name = QString::fromStdString(wordPieces_->vocabulary().piece(piece.id)).toHtmlEscaped();
        at = piece.end;
        if (piece.stopWord || piece.punctuation) {
            html += QStringLiteral("<span style=\"color:#9a9a9a\" title=\"%1\">%2</span>").arg(name, shown);
            continue;
        }
        const std::int64_t token = ids == TextIds::BertIds ? piece.id : codes[index];
        ++index;
        QString tip = QStringLiteral("%1 (%2)").arg(name).arg(piece.id);
        if (ids == TextIds::CodesInOrder && token >= 0)
            tip = tr("%1 → code %2").arg(tip).arg(token);
        const bool keptPiece = token >= 0 && keptSet.count(token) > 0;
        if (keptPiece)
            tip = tr("%1 — kept: one of the text tokens MyGO reads").arg(tip);
        if (shading_) {
            const auto weight = token >= 0 ? shading_->text.find(token) : shading_->text.end();
            if (weight == shading_->text.end()) {
                html += QStringLiteral("<span title=\"%1\">%2</span>").arg(tip, shown);
                continue;
            }
            tip = tr("%1; [CLS] attention %2").arg(tip).arg(weight->second, 0, 'f', 4);
            const double top = shading_->top();
            html += QStringLiteral("<span style=\"background:%1; font-weight:bold\" title=\"%2\">%3</span>")
                        .arg(heatColour(top > 0 ? weight->second / top : 0), tip, shown);
            continue;
        }
        const QString background = keptPiece ? QStringLiteral("#8db4e2")
            : piece.continuation             ? QStringLiteral("#dfe9f7")
                                             : QStringLiteral("#c9dcf2");
        html += QStringLiteral("<span style=\"background:%1%2\" title=\"%3\">%4</span>")
                    .arg(background, keptPiece ? QStringLiteral("; font-weight:bold") : QString(), tip, shown);
    }
    html += QString::fromStdString(text.substr(at)).toHtmlEscaped();
    return html;
}

QString TokensView::tokensCsv() const
{
    QString csv = QStringLiteral("modality,image,row,column,piece,piece_id,token,kept\n");
    if (!graph_ || entity_ == kNoEntity || !tokens_)
        return csv;
    const std::set<std::int64_t> keptVisualSet(keptVisual_.begin(), keptVisual_.end());
    for (const ImagePatchCodes& patches : tokens_->patches) {
        if (patches.entity != entity_ || tokens_->grid < 1)
            continue;
        for (std::size_t p = 0; p < patches.codes.size(); ++p) {
            const std::int64_t code = patches.codes[p];
            csv += QStringLiteral("visual,%1,%2,%3,,,%4,%5\n")
                       .arg(csvField(QString::fromStdString(patches.image)))
                       .arg(static_cast<int>(p) / tokens_->grid)
                       .arg(static_cast<int>(p) % tokens_->grid)
                       .arg(code)
                       .arg(keptVisualSet.count(code) > 0 ? 1 : 0);
        }
    }
    if (!wordPieces_ || !tokens_->text)
        return csv;
    const TextIds ids = textIds(*tokens_->text);
    const std::set<std::int64_t> keptTextSet(keptText_.begin(), keptText_.end());
    std::vector<WordPiece> pieces = wordPieces_->tokenize(readText());
    std::erase_if(pieces, [](const WordPiece& p) { return p.stopWord || p.punctuation; });
    const std::vector<std::int64_t> codes = pieceTokens(pieces.size());
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        const std::int64_t token = ids == TextIds::BertIds ? pieces[i].id : codes[i];
        csv += QStringLiteral("text,,,,%1,%2,%3,%4\n")
                   .arg(csvField(QString::fromStdString(wordPieces_->vocabulary().piece(pieces[i].id))))
                   .arg(pieces[i].id)
                   .arg(token >= 0 ? QString::number(token) : QString())
                   .arg(token >= 0 && keptTextSet.count(token) > 0 ? 1 : 0);
    }
    return csv;
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
        fillCrops({});
        visualIds_->clear();
        description_->clear();
        legend_->clear();
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
    std::vector<std::pair<QImage, const ImagePatchCodes*>> images;
    if (tokens_) {
        for (const ImagePatchCodes& patches : tokens_->patches) {
            if (patches.entity != entity_ || static_cast<std::size_t>(shown) == kShownImages)
                continue;
            const QString path = patchImagePath(*graph_, patches);
            const QImage image(path);
            images.emplace_back(image, &patches);
            auto* grid = new PatchGridWidget(gridBox_);
            grid->setPatches(image, tokens_->grid, patches.codes, keptSet, &facts_);
            if (shading_)
                grid->setShading(shading_->visual, shading_->top());
            connect(grid, &PatchGridWidget::codeClicked, this, &TokensView::codeClicked);
            gridLayout_->addWidget(grid, shown / kGridColumns, shown % kGridColumns);
            grids_.push_back(grid);
            ++shown;
        }
    }
    fillCrops(images);
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
    const bool marksKept = tokens_ && tokens_->text && textIds(*tokens_->text) != TextIds::Other;
    if (shading_)
        legend_->setText(shadingNote());
    else
        legend_->setText(marksKept
                ? tr(
                    "Shaded: the word pieces MyGO reads (hover for the BERT id); bold: the pieces whose token is kept; "
                    "grey: stop words and punctuation, not counted.")
                : tr(
                    "Shaded: BERT word pieces (hover for the id); grey: stop words and punctuation. This folder's text "
                    "tokens are not word pieces, so the kept ones are listed below."));
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

void TokensView::fillCrops(const std::vector<std::pair<QImage, const ImagePatchCodes*>>& images)
{
    while (QLayoutItem* item = cropLayout_->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    crops_.assign(keptVisual_.size(), QImage());
    for (std::size_t i = 0; i < keptVisual_.size(); ++i) {
        const std::int64_t code = keptVisual_[i];
        for (const auto& [image, patches] : images) {
            const auto at = std::find(patches->codes.begin(), patches->codes.end(), code);
            if (at != patches->codes.end()) {
                crops_[i] = patchCrop(image, tokens_->grid, static_cast<int>(at - patches->codes.begin()), kCropSide);
                break;
            }
        }
        auto* button = new QToolButton(cropBox_);
        button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        button->setAutoRaise(true);
        if (!crops_[i].isNull()) {
            button->setIcon(QIcon(QPixmap::fromImage(crops_[i])));
            button->setIconSize(QSize(kCropSide, kCropSide));
        }
        QString text = QStringLiteral("▣ %1").arg(code);
        if (shading_) {
            if (const auto w = shading_->visual.find(code); w != shading_->visual.end())
                text += QStringLiteral("\n%1").arg(w->second, 0, 'f', 3);
        }
        button->setText(text);
        button->setToolTip(grids_.empty() ? tr("code %1").arg(code) : grids_.front()->describeCode(code));
        connect(button, &QToolButton::clicked, this, [this, code] { Q_EMIT codeClicked(code); });
        cropLayout_->addWidget(button);
    }
    cropLayout_->addStretch(1);
    cropBox_->setVisible(!keptVisual_.empty() && !images.empty());
}

QString TokensView::shadingNote() const
{
    QString note = tr("Shaded by the attention [CLS] gives each token (%1): the deeper the orange, the more it "
                      "reads; faded patches and plain words are not read. Largest weight: %2.")
                       .arg(shading_->source)
                       .arg(shading_->top(), 0, 'f', 4);
    if (!tokens_)
        return note + QLatin1Char(' ')
            + tr("No token folder is open: open the one the model reads (File ▸ Open Tokens…) to see its patches and "
                 "word pieces.");
    // The model reads its own token table; a folder of other tokens shades only what both share.
    const std::set<std::int64_t> visual(keptVisual_.begin(), keptVisual_.end());
    const std::set<std::int64_t> text(keptText_.begin(), keptText_.end());
    int foreign = 0;
    for (const auto& [id, w] : shading_->visual)
        foreign += visual.count(id) == 0 ? 1 : 0;
    for (const auto& [id, w] : shading_->text)
        foreign += text.count(id) == 0 ? 1 : 0;
    if (foreign > 0)
        note += QLatin1Char(' ')
            + tr("%n of the model's tokens are not among this folder's kept tokens: the token folder open is not the "
                 "one the model reads, so those are not shaded.",
                nullptr, foreign);
    return note;
}

}  // namespace tessera
