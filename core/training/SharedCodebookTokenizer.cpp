#include "training/SharedCodebookTokenizer.h"
#include "training/VisualTokenizerNetwork.h"

#include "inference/ComputeRuntime.h"
#include "io/AtomicFileWriter.h"
#include "io/AtomicFolderWriter.h"
#include "io/InputError.h"
#include "io/TextTableReader.h"
#include "models/TorchTensors.h"

#include <torch/torch.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <map>
#include <numeric>
#include <optional>
#include <random>
#include <unordered_map>

namespace tessera {

namespace {

constexpr const char* kFormat = "tessera-shared-tokenizer";

// A word piece beside its description's mean embedding, to one D-vector; and back to the piece.
struct TextNetwork : torch::nn::Module {
    torch::nn::Embedding embedding {nullptr};
    torch::nn::Sequential encoder {nullptr};
    torch::nn::Sequential decoder {nullptr};

    TextNetwork(std::int64_t pieces, std::int64_t hidden, std::int64_t dim)
    {
        embedding = register_module("embedding", torch::nn::Embedding(pieces, hidden));
        encoder = register_module("encoder",
            torch::nn::Sequential(
                torch::nn::Linear(2 * hidden, hidden), torch::nn::ReLU(), torch::nn::Linear(hidden, dim)));
        decoder = register_module("decoder",
            torch::nn::Sequential(
                torch::nn::Linear(dim, hidden), torch::nn::ReLU(), torch::nn::Linear(hidden, pieces)));
    }

    // ids, mask: [B, L] → features [B, L, D].
    torch::Tensor encode(const torch::Tensor& ids, const torch::Tensor& mask)
    {
        const auto e = embedding->forward(ids);
        const auto m = mask.to(torch::kFloat32).unsqueeze(-1);
        const auto context = (e * m).sum(1) / m.sum(1).clamp_min(1.0);
        return encoder->forward(torch::cat({e, context.unsqueeze(1).expand_as(e)}, -1));
    }
};

// Mean over each sample's pieces: values [N, C] of pieces in rows `row` [N] of B samples.
torch::Tensor meanPerSample(const torch::Tensor& values, const torch::Tensor& row, const torch::Tensor& count)
{
    const auto sums = torch::zeros({count.size(0), values.size(1)}, values.options()).index_add(0, row, values);
    return sums / count.to(values.dtype()).clamp_min(1.0).unsqueeze(1);
}

// Features of both modalities scaled to one length, √D (as a unit-variance vector has): an image
// patch and a word piece then lie at comparable distances from the codes. Without it the text
// side, whose embeddings start at unit variance while the image encoder's outputs start small,
// takes every code near it and the patches collapse on one. (Layer normalisation would also
// remove each feature's mean over D, one more degree of freedom lost, too many for small D.)
torch::Tensor normalised(const torch::Tensor& z)
{
    const double scale = std::sqrt(static_cast<double>(z.size(-1)));
    return z * (scale / z.norm(2, -1, true).clamp_min(1e-6));
}

std::span<const float> floats(const torch::Tensor& t)
{
    return {t.data_ptr<float>(), static_cast<std::size_t>(t.numel())};
}

std::span<const std::int64_t> longs(const torch::Tensor& t)
{
    return {t.data_ptr<std::int64_t>(), static_cast<std::size_t>(t.numel())};
}

}  // namespace

void SharedCodebookConfig::validate() const
{
    visual.validate();
    if (textHidden < 1 || maxPieces < 1)
        throw std::invalid_argument("the text side needs a positive width and at least one piece per description");
    if (ownCommitment < 0 || crossCommitment < 0 || cmcmWeight < 0)
        throw std::invalid_argument("commitment and CMCM weights must not be negative");
}

struct SharedCodebookTokenizer::State {
    SharedCodebookConfig config;
    std::vector<std::int32_t> pieces;                      // local id − 1 → BERT id
    std::unordered_map<std::int32_t, std::int64_t> local;  // BERT id → local id (0: unknown)
    std::shared_ptr<VisualTokenizerNetwork> image;
    std::shared_ptr<TextNetwork> text;
    VqEmaCodebook visualBook;
    std::optional<VqEmaCodebook> textBook;  // without sharing
    torch::Device device = torch::kCPU;
    int epochsTrained = 0;  // complete epochs, kept in config.json: a resumed run goes on from here
    std::unique_ptr<torch::optim::Adam> optimizer;    // created by the first train(), saved with the weights
    std::map<std::string, AdamMoments> savedMoments;  // read by load(), handed to the optimizer

    // Every trained parameter under the name it is saved as.
    NamedParameters namedParameters() const
    {
        NamedParameters out;
        for (const auto& item : image->named_parameters())
            out.emplace_back("image." + item.key(), item.value());
        for (const auto& item : text->named_parameters())
            out.emplace_back("text." + item.key(), item.value());
        return out;
    }

    State(const SharedCodebookConfig& c, std::vector<std::int32_t> known, std::uint64_t seed)
        : config(c)
        , pieces(std::move(known))
        , visualBook(c.visual.codebook, uniformInitialCodes(c.visual.codebook, seed))
    {
        config.validate();
        std::sort(pieces.begin(), pieces.end());
        pieces.erase(std::unique(pieces.begin(), pieces.end()), pieces.end());
        for (std::size_t i = 0; i < pieces.size(); ++i)
            local.emplace(pieces[i], static_cast<std::int64_t>(i + 1));
        if (!config.shared) {
            VqEmaOptions q = c.visual.codebook;
            q.seed = q.seed * 31 + 7;
            textBook.emplace(q, uniformInitialCodes(q, seed + 1));
        }
        torch::manual_seed(seed);
        image = std::make_shared<VisualTokenizerNetwork>(config.visual);
        text = std::make_shared<TextNetwork>(
            static_cast<std::int64_t>(pieces.size()) + 1, config.textHidden, config.visual.codebook.dim);
    }

    torch::Tensor features(const torch::Tensor& z) const { return config.normaliseFeatures ? normalised(z) : z; }

    VqEmaCodebook& textCodes() { return textBook ? *textBook : visualBook; }
    const VqEmaCodebook& textCodes() const { return textBook ? *textBook : visualBook; }

    // Local ids [B, L] and mask [B, L] of the given descriptions (nullptr: no description).
    std::pair<torch::Tensor, torch::Tensor> textBatch(const std::vector<const std::vector<std::int32_t>*>& rows) const
    {
        std::int64_t length = 1;
        for (const auto* r : rows) {
            if (r)
                length = std::max<std::int64_t>(
                    length, std::min<std::int64_t>(static_cast<std::int64_t>(r->size()), config.maxPieces));
        }
        auto ids = torch::zeros({static_cast<std::int64_t>(rows.size()), length}, torch::kInt64);
        auto mask = torch::zeros({static_cast<std::int64_t>(rows.size()), length}, torch::kBool);
        auto* id = ids.data_ptr<std::int64_t>();
        auto* on = mask.data_ptr<bool>();
        for (std::size_t b = 0; b < rows.size(); ++b) {
            if (!rows[b])
                continue;
            const auto n = std::min<std::size_t>(rows[b]->size(), static_cast<std::size_t>(config.maxPieces));
            for (std::size_t i = 0; i < n; ++i) {
                const auto found = local.find((*rows[b])[i]);
                id[b * static_cast<std::size_t>(length) + i] = found == local.end() ? 0 : found->second;
                on[b * static_cast<std::size_t>(length) + i] = true;
            }
        }
        return {ids.to(device), mask.to(device)};
    }
};

SharedCodebookTokenizer::SharedCodebookTokenizer(
    const SharedCodebookConfig& config, std::vector<std::int32_t> pieces, std::uint64_t seed)
    : state_(std::make_unique<State>(config, std::move(pieces), seed))
{
}

SharedCodebookTokenizer::SharedCodebookTokenizer(SharedCodebookTokenizer&&) noexcept = default;
SharedCodebookTokenizer& SharedCodebookTokenizer::operator=(SharedCodebookTokenizer&&) noexcept = default;
SharedCodebookTokenizer::~SharedCodebookTokenizer() = default;

int SharedCodebookTokenizer::epochsTrained() const
{
    return state_->epochsTrained;
}

const SharedCodebookConfig& SharedCodebookTokenizer::config() const
{
    return state_->config;
}

const std::vector<float>& SharedCodebookTokenizer::visualCodebook() const
{
    return state_->visualBook.codes();
}

const std::vector<float>& SharedCodebookTokenizer::textCodebook() const
{
    return state_->textCodes().codes();
}

std::string SharedCodebookTokenizer::useDevice(const std::string& requested, int threads)
{
    const ComputeInfo info = configureCompute(requested, threads);
    state_->device = torch::Device(info.device);
    state_->image->to(state_->device);
    state_->text->to(state_->device);
    return info.device;
}

bool SharedCodebookTokenizer::train(const PairedTokenizerSamples& samples, const VisualTrainingOptions& options,
    std::stop_token stop, const ProgressCallback& progress, const EpochCallback& epochDone)
{
    State& s = *state_;
    const auto& images = samples.images;
    if (images.empty())
        throw std::invalid_argument("no images to train the tokenizer on");
    if (samples.textOfImage.size() != images.size())
        throw std::invalid_argument("every image needs its description index (or −1)");
    for (const std::int64_t t : samples.textOfImage) {
        if (t < -1 || t >= static_cast<std::int64_t>(samples.texts.size()))
            throw std::invalid_argument("an image's description index lies outside the descriptions");
    }
    const std::int64_t k = s.config.visual.codebook.codes;
    const std::int64_t d = s.config.visual.codebook.dim;
    const std::int64_t cells = static_cast<std::int64_t>(s.config.visual.grid()) * s.config.visual.grid();
    const double beta = s.config.visual.commitment;
    const bool shared = s.config.shared;
    torch::optim::Adam& optimizer
        = resumableAdam(s.optimizer, s.namedParameters(), s.savedMoments, options.learningRate);
    s.image->train();
    s.text->train();
    const std::int64_t batchSize = std::max<std::int64_t>(1, options.batchSize);
    const auto batches = static_cast<std::int64_t>(
        (images.size() + static_cast<std::size_t>(batchSize) - 1) / static_cast<std::size_t>(batchSize));
    std::vector<std::size_t> order(images.size());
    std::vector<bool> paired(samples.texts.size(), false);
    for (const std::int64_t t : samples.textOfImage) {
        if (t >= 0)
            paired[static_cast<std::size_t>(t)] = true;
    }
    std::vector<std::size_t> textOnly;
    // Epochs are numbered over the tokenizer's life: a resumed run shuffles and seeds epoch e as an
    // uninterrupted one would, and `options.epochs` is the total to reach.
    for (int epoch = s.epochsTrained + 1; epoch <= options.epochs; ++epoch) {
        const auto started = std::chrono::steady_clock::now();
        std::iota(order.begin(), order.end(), std::size_t {0});
        std::mt19937_64 shuffle(options.seed * 1000003ULL + static_cast<std::uint64_t>(epoch));
        std::shuffle(order.begin(), order.end(), shuffle);
        textOnly.clear();
        for (std::size_t t = 0; t < paired.size(); ++t) {
            if (!paired[t])
                textOnly.push_back(t);
        }
        torch::manual_seed(options.seed + static_cast<std::uint64_t>(epoch));
        std::vector<std::int64_t> visualHistogram(static_cast<std::size_t>(k), 0);
        std::vector<std::int64_t> textHistogram(static_cast<std::size_t>(k), 0);
        SharedEpochReport report;
        report.epoch = epoch;
        std::size_t seen = 0;
        for (std::int64_t b = 0; b < batches; ++b) {
            if (stop.stop_requested())
                return false;
            const std::size_t first = static_cast<std::size_t>(b * batchSize);
            const std::size_t last = std::min(images.size(), first + static_cast<std::size_t>(batchSize));
            const std::span<const std::size_t> which(order.data() + first, last - first);
            const auto n = static_cast<std::int64_t>(which.size());
            std::vector<const std::vector<std::int32_t>*> rows;
            for (const std::size_t i : which) {
                const std::int64_t t = samples.textOfImage[i];
                rows.push_back(t >= 0 ? &samples.texts[static_cast<std::size_t>(t)] : nullptr);
            }

            const auto x = imageBatch(images, which, s.config.visual.imageSize, s.device);
            const auto z = s.image->encoder->forward(x - 0.5);  // [B, D, g, g]
            const auto flatV = s.features(z.permute({0, 2, 3, 1}).reshape({-1, d}));
            const auto [ids, mask] = s.textBatch(rows);
            const auto zt = s.features(s.text->encode(ids, mask));  // [B, L, D]
            const auto selected = mask.reshape({-1}).nonzero().squeeze(1);
            const auto flatT = zt.reshape({-1, d}).index_select(0, selected);
            const auto pieceRow = torch::div(selected, ids.size(1), "floor");
            const auto pieceCount = mask.sum(1);
            const auto hasText = pieceCount > 0;
            const std::int64_t nt = flatT.size(0);

            const auto codesV = codebookTensor(s.visualBook, s.device);
            const auto codesT = shared ? codesV : codebookTensor(s.textCodes(), s.device);
            const auto distV = squaredDistances(flatV, codesV);
            const auto distT = squaredDistances(flatT, codesT);
            const auto assignedV = distV.detach().argmin(1);
            const auto assignedT = distT.detach().argmin(1);
            const auto quantV = codesV.index_select(0, assignedV);
            const auto quantT = codesT.index_select(0, assignedT);

            auto commitment = beta * (shared ? s.config.ownCommitment : 1.0) * torch::mse_loss(flatV, quantV);
            if (nt > 0)
                commitment
                    = commitment + beta * (shared ? s.config.ownCommitment : 1.0) * torch::mse_loss(flatT, quantT);
            auto cmcm = torch::zeros({}, flatV.options());
            torch::Tensor pairedV = flatV.detach();
            torch::Tensor pairedT = flatT.detach();
            if (shared && nt > 0) {
                // Partners by position, as CMG pairs time step t of one modality with time step t
                // of the other: patch j (of `cells`, row by row) with piece ⌊j·L/cells⌋ of the
                // description's L, piece i with patch ⌊(i + ½)·cells/L⌋. (Pairing every patch with
                // one mean text vector instead pulls an image's patches onto one code.)
                const auto counts = pieceCount.to(torch::kCPU).to(torch::kInt64).contiguous();
                const auto* count = counts.data_ptr<std::int64_t>();
                std::vector<std::int64_t> pieceOfPatch;
                std::vector<std::int64_t> patchesWithTextIndex;
                std::vector<std::int64_t> patchOfPiece;
                std::int64_t offset = 0;
                for (std::int64_t row = 0; row < n; ++row) {
                    const std::int64_t pieces = count[row];
                    for (std::int64_t j = 0; j < cells && pieces > 0; ++j) {
                        patchesWithTextIndex.push_back(row * cells + j);
                        pieceOfPatch.push_back(offset + j * pieces / cells);
                    }
                    for (std::int64_t i = 0; i < pieces; ++i)
                        patchOfPiece.push_back(row * cells + ((2 * i + 1) * cells) / (2 * pieces));
                    offset += pieces;
                }
                const auto longOptions = torch::TensorOptions().dtype(torch::kInt64);
                const auto patchIndex = torch::tensor(patchesWithTextIndex, longOptions).to(s.device);
                const auto pieceIndex = torch::tensor(pieceOfPatch, longOptions).to(s.device);
                const auto partnerPatch = torch::tensor(patchOfPiece, longOptions).to(s.device);
                const auto withText = hasText.nonzero().squeeze(1);
                // Cross commitment: each feature towards its partner's code.
                const auto patchesWithText = flatV.index_select(0, patchIndex);
                commitment = commitment
                    + beta * s.config.crossCommitment
                        * (torch::mse_loss(patchesWithText, quantT.index_select(0, pieceIndex))
                            + torch::mse_loss(flatT, quantV.index_select(0, partnerPatch)));
                // MM-EMA's partners: a patch of an image without a description is its own partner.
                pairedV = flatV.detach().clone();
                pairedV.index_copy_(0, patchIndex, flatT.detach().index_select(0, pieceIndex));
                pairedT = flatV.detach().index_select(0, partnerPatch);
                if (withText.size(0) >= 2) {
                    const auto pv = torch::softmax(-distV.clamp_min(1e-12).sqrt(), 1)
                                        .reshape({n, cells, k})
                                        .mean(1)
                                        .index_select(0, withText);
                    const auto pt
                        = meanPerSample(torch::softmax(-distT.clamp_min(1e-12).sqrt(), 1), pieceRow, pieceCount)
                              .index_select(0, withText);
                    const auto score
                        = torch::matmul(pv, torch::log(pt + 1e-10).t()) + torch::matmul(pt, torch::log(pv + 1e-10).t());
                    const auto targets = torch::arange(withText.size(0), torch::TensorOptions().device(s.device));
                    cmcm = s.config.cmcmWeight * torch::nn::functional::cross_entropy(score, targets);
                }
            }

            // Straight-through: decoders see the codes, encoders get the decoders' gradients.
            const auto straightV = flatV + (quantV - flatV).detach();
            const auto decoded = s.image->decoder->forward(
                straightV.reshape({z.size(0), z.size(2), z.size(3), d}).permute({0, 3, 1, 2}));
            const auto imageReconstruction = torch::mse_loss(decoded, x);
            auto textReconstruction = torch::zeros({}, flatV.options());
            if (nt > 0) {
                const auto straightT = flatT + (quantT - flatT).detach();
                textReconstruction = torch::nn::functional::cross_entropy(
                    s.text->decoder->forward(straightT), ids.reshape({-1}).index_select(0, selected));
            }
            const auto loss = imageReconstruction + textReconstruction + commitment + cmcm;
            optimizer.zero_grad();
            loss.backward();
            optimizer.step();

            const auto vCpu = flatV.detach().to(torch::kCPU).contiguous();
            const auto pvCpu = pairedV.to(torch::kCPU).contiguous();
            const auto idsV = assignedV.to(torch::kCPU).to(torch::kInt64).contiguous();
            const auto tCpu = flatT.detach().to(torch::kCPU).contiguous();
            const auto ptCpu = pairedT.to(torch::kCPU).contiguous();
            const auto idsT = assignedT.to(torch::kCPU).to(torch::kInt64).contiguous();
            if (shared) {
                const std::vector<VqModalityBatch> modalities {
                    {floats(vCpu), floats(pvCpu), longs(idsV)}, {floats(tCpu), floats(ptCpu), longs(idsT)}};
                report.resets += s.visualBook.updateCrossModal(modalities).resets;
            } else {
                report.resets += s.visualBook.update(floats(vCpu), longs(idsV)).resets;
                if (nt > 0)
                    report.resets += s.textBook->update(floats(tCpu), longs(idsT)).resets;
            }
            for (const std::int64_t id : longs(idsV))
                ++visualHistogram[static_cast<std::size_t>(id)];
            for (const std::int64_t id : longs(idsT))
                ++textHistogram[static_cast<std::size_t>(id)];

            const double count = static_cast<double>(b + 1);
            report.imageReconstruction += (imageReconstruction.item<double>() - report.imageReconstruction) / count;
            report.textReconstruction += (textReconstruction.item<double>() - report.textReconstruction) / count;
            report.commitment += (commitment.item<double>() - report.commitment) / count;
            report.cmcm += (cmcm.item<double>() - report.cmcm) / count;
            report.loss = report.imageReconstruction + report.textReconstruction + report.commitment + report.cmcm;
            seen += which.size();
            if (progress) {
                const double elapsed
                    = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
                progress({epoch, options.epochs, b + 1, batches, report.loss,
                    elapsed > 0 ? static_cast<double>(seen) / elapsed : 0.0});
            }
        }
        // Descriptions of entities without an image: text reconstruction and commitment alone.
        std::shuffle(textOnly.begin(), textOnly.end(), shuffle);
        for (std::size_t first = 0; first < textOnly.size(); first += static_cast<std::size_t>(batchSize)) {
            if (stop.stop_requested())
                return false;
            std::vector<const std::vector<std::int32_t>*> rows;
            for (std::size_t i = first; i < std::min(textOnly.size(), first + static_cast<std::size_t>(batchSize)); ++i)
                rows.push_back(&samples.texts[textOnly[i]]);
            const auto [ids, mask] = s.textBatch(rows);
            const auto selected = mask.reshape({-1}).nonzero().squeeze(1);
            if (selected.size(0) == 0)
                continue;
            const auto flatT = s.features(s.text->encode(ids, mask)).reshape({-1, d}).index_select(0, selected);
            const auto codesT = codebookTensor(s.textCodes(), s.device);
            const auto assignedT = squaredDistances(flatT.detach(), codesT).argmin(1);
            const auto quantT = codesT.index_select(0, assignedT);
            const auto straightT = flatT + (quantT - flatT).detach();
            const auto loss = torch::nn::functional::cross_entropy(
                                  s.text->decoder->forward(straightT), ids.reshape({-1}).index_select(0, selected))
                + beta * (shared ? s.config.ownCommitment : 1.0) * torch::mse_loss(flatT, quantT);
            optimizer.zero_grad();
            loss.backward();
            optimizer.step();
            const auto tCpu = flatT.detach().to(torch::kCPU).contiguous();
            const auto idsT = assignedT.to(torch::kCPU).to(torch::kInt64).contiguous();
            // Partial in a shared codebook: the images' codes must not age in a batch without images.
            s.textCodes().update(floats(tCpu), longs(idsT), shared);
            for (const std::int64_t id : longs(idsT))
                ++textHistogram[static_cast<std::size_t>(id)];
        }

        const HistogramSummary visual = summariseHistogram(visualHistogram);
        const HistogramSummary textual = summariseHistogram(textHistogram);
        report.visualPerplexity = visual.perplexity;
        report.textPerplexity = textual.perplexity;
        report.visualUsed = visual.used;
        report.textUsed = textual.used;
        if (shared) {
            for (std::size_t c = 0; c < visualHistogram.size(); ++c)
                report.used += visualHistogram[c] + textHistogram[c] > 0 ? 1 : 0;
        } else {
            report.used = visual.used + textual.used;
        }
        report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        s.epochsTrained = epoch;
        if (epochDone)
            epochDone(report);
    }
    return true;
}

std::vector<std::vector<std::int64_t>> SharedCodebookTokenizer::encodeImages(
    const std::vector<std::vector<std::uint8_t>>& images) const
{
    const State& s = *state_;
    return encodeImageGrids(*s.image, s.visualBook, s.config.visual, images, s.device,
        [&s](const torch::Tensor& z) { return s.features(z); });
}

std::vector<std::vector<std::int64_t>> SharedCodebookTokenizer::encodeTexts(
    const std::vector<std::vector<std::int32_t>>& texts) const
{
    const State& s = *state_;
    torch::NoGradGuard noGrad;
    s.text->eval();
    constexpr std::size_t kBatch = 256;
    const auto codes = codebookTensor(s.textCodes(), s.device);
    std::vector<std::vector<std::int64_t>> out;
    out.reserve(texts.size());
    for (std::size_t first = 0; first < texts.size(); first += kBatch) {
        const std::size_t last = std::min(texts.size(), first + kBatch);
        std::vector<const std::vector<std::int32_t>*> rows;
        for (std::size_t i = first; i < last; ++i)
            rows.push_back(texts[i].empty() ? nullptr : &texts[i]);
        const auto [ids, mask] = s.textBatch(rows);
        const auto z = s.features(s.text->encode(ids, mask)).reshape({-1, s.config.visual.codebook.dim});
        const auto assigned = squaredDistances(z, codes).argmin(1).to(torch::kCPU).to(torch::kInt64).contiguous();
        const auto on = mask.to(torch::kCPU).contiguous();
        const auto* p = assigned.data_ptr<std::int64_t>();
        const auto* m = on.data_ptr<bool>();
        const auto length = static_cast<std::size_t>(ids.size(1));
        for (std::size_t r = 0; r < rows.size(); ++r) {
            std::vector<std::int64_t> row;
            for (std::size_t i = 0; i < length; ++i) {
                if (m[r * length + i])
                    row.push_back(p[r * length + i]);
            }
            out.push_back(std::move(row));
        }
    }
    s.text->train();
    return out;
}

void SharedCodebookTokenizer::save(const std::string& folder) const
{
    const State& s = *state_;
    writeFolderAtomically(folder, true, "tokenizer", [&](const std::filesystem::path& staging) {
        nlohmann::ordered_json config {{"format", kFormat}, {"version", 1}};
        config.update(visualConfigJson(s.config.visual));
        config.update({{"shared_codebook", s.config.shared}, {"text_hidden", s.config.textHidden},
            {"max_pieces", s.config.maxPieces}, {"text_pieces", s.pieces.size()},
            {"own_commitment", s.config.ownCommitment}, {"cross_commitment", s.config.crossCommitment},
            {"cmcm_weight", s.config.cmcmWeight}, {"normalise_features", s.config.normaliseFeatures},
            {"epochs_trained", s.epochsTrained}});
        writeFileAtomically((staging / "config.json").string(), config.dump(2) + "\n");
        SafetensorsWriter writer;
        writer.setMetadata("format", "pt");
        for (const auto& item : s.image->named_parameters())
            addTorchTensor(writer, "image." + item.key(), item.value().detach().to(torch::kCPU));
        for (const auto& item : s.text->named_parameters())
            addTorchTensor(writer, "text." + item.key(), item.value().detach().to(torch::kCPU));
        writer.add(
            "text.pieces", {static_cast<std::int64_t>(s.pieces.size())}, std::span<const std::int32_t>(s.pieces));
        writeCodebookState(writer, "codebook", s.visualBook);
        if (s.textBook)
            writeCodebookState(writer, "text_codebook", *s.textBook);
        if (s.optimizer)
            writeAdamState(writer, *s.optimizer, s.namedParameters());
        writer.write((staging / "weights.safetensors").string());
    });
}

bool SharedCodebookTokenizer::isSharedTokenizerFolder(const std::string& folder)
{
    const std::string configFile = (std::filesystem::path(folder) / "config.json").string();
    if (!std::filesystem::exists(configFile))
        return false;
    const auto json = nlohmann::json::parse(readTextFile(configFile, 1U << 20U), nullptr, false);
    return !json.is_discarded() && json.is_object() && json.value("format", "") == kFormat;
}

SharedCodebookTokenizer SharedCodebookTokenizer::load(const std::string& folder)
{
    const std::string configFile = (std::filesystem::path(folder) / "config.json").string();
    const std::string weightsFile = (std::filesystem::path(folder) / "weights.safetensors").string();
    if (!std::filesystem::exists(configFile))
        throw InputError(configFile, "missing: a tokenizer folder holds config.json and weights.safetensors");
    const auto json = nlohmann::json::parse(readTextFile(configFile, 1U << 20U), nullptr, false);
    if (json.is_discarded() || !json.is_object() || json.value("format", "") != kFormat)
        throw InputError(configFile,
            std::string("not a shared-codebook tokenizer config (expected \"format\": \"") + kFormat + "\")");
    SharedCodebookConfig config;
    config.visual = visualConfigFromJson(json, configFile);
    std::int64_t pieceCount = 0;
    int epochsTrained = 0;
    try {
        config.shared = json.at("shared_codebook").get<bool>();
        config.textHidden = json.at("text_hidden").get<std::int64_t>();
        config.maxPieces = json.at("max_pieces").get<int>();
        config.ownCommitment = json.at("own_commitment").get<double>();
        config.crossCommitment = json.at("cross_commitment").get<double>();
        config.cmcmWeight = json.at("cmcm_weight").get<double>();
        config.normaliseFeatures = json.at("normalise_features").get<bool>();
        pieceCount = json.at("text_pieces").get<std::int64_t>();
        epochsTrained = json.value("epochs_trained", 0);  // 0: saved before resuming existed
        if (epochsTrained < 0)
            throw std::invalid_argument("\"epochs_trained\" must be a whole number ≥ 0");
        config.validate();
    } catch (const nlohmann::json::exception& e) {
        throw InputError(configFile, std::string("missing or mistyped entry: ") + e.what());
    } catch (const std::invalid_argument& e) {
        throw InputError(configFile, e.what());
    }
    const SafetensorsFile weights = SafetensorsFile::open(weightsFile);
    weights.requireTensor("text.pieces", TensorDType::I32, {pieceCount});
    const torch::Tensor pieceTensor = readTorchTensor(weights, "text.pieces").contiguous();
    std::vector<std::int32_t> pieces(pieceTensor.data_ptr<std::int32_t>(),
        pieceTensor.data_ptr<std::int32_t>() + static_cast<std::size_t>(pieceCount));
    SharedCodebookTokenizer tokenizer(config, std::move(pieces), 0);
    State& s = *tokenizer.state_;
    if (static_cast<std::int64_t>(s.pieces.size()) != pieceCount)
        throw InputError(weightsFile, "tensor 'text.pieces' repeats a word piece id");
    readModuleParameters(*s.image, weights, "image.", weightsFile);
    readModuleParameters(*s.text, weights, "text.", weightsFile);
    readCodebookState(weights, "codebook", s.visualBook);
    if (s.textBook)
        readCodebookState(weights, "text_codebook", *s.textBook);
    s.epochsTrained = epochsTrained;
    s.savedMoments = readAdamState(weights, s.namedParameters(), weightsFile);
    return tokenizer;
}

}  // namespace tessera
