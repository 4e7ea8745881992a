#include "training/VisualTokenizer.h"
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
#include <numeric>
#include <random>

namespace tessera {

namespace {
constexpr int kFirstStride = VisualTokenizerNetwork::kFirstStride;
}  // namespace

VisualTokenizerNetwork::VisualTokenizerNetwork(const VisualTokenizerConfig& c)
{
    const std::int64_t h = c.hidden;
    const std::int64_t d = c.codebook.dim;
    const std::int64_t second = c.patchSize / kFirstStride;
    using torch::nn::Conv2dOptions;
    using torch::nn::ConvTranspose2dOptions;
    encoder = register_module("encoder",
        torch::nn::Sequential(torch::nn::Conv2d(Conv2dOptions(3, h, kFirstStride).stride(kFirstStride)),
            torch::nn::ReLU(), torch::nn::Conv2d(Conv2dOptions(h, h, second).stride(second)), torch::nn::ReLU(),
            torch::nn::Conv2d(Conv2dOptions(h, d, 1))));
    decoder = register_module("decoder",
        torch::nn::Sequential(torch::nn::Conv2d(Conv2dOptions(d, h, 1)), torch::nn::ReLU(),
            torch::nn::ConvTranspose2d(ConvTranspose2dOptions(h, h, second).stride(second)), torch::nn::ReLU(),
            torch::nn::ConvTranspose2d(ConvTranspose2dOptions(h, 3, kFirstStride).stride(kFirstStride)),
            torch::nn::Sigmoid()));
}

torch::Tensor imageBatch(const std::vector<std::vector<std::uint8_t>>& images, std::span<const std::size_t> which,
    int imageSize, const torch::Device& device)
{
    const std::int64_t s = imageSize;
    const auto bytes = static_cast<std::size_t>(s * s * 3);
    auto cpu = torch::empty({static_cast<std::int64_t>(which.size()), s, s, 3}, torch::kUInt8);
    auto* out = cpu.data_ptr<std::uint8_t>();
    for (std::size_t i = 0; i < which.size(); ++i) {
        const auto& image = images[which[i]];
        if (image.size() != bytes)
            throw std::invalid_argument("image " + std::to_string(which[i]) + " is not " + std::to_string(s) + " × "
                + std::to_string(s) + " × 3 bytes");
        std::copy(image.begin(), image.end(), out + i * bytes);
    }
    return cpu.permute({0, 3, 1, 2}).to(torch::kFloat32).div(255.0).to(device);
}

torch::Tensor squaredDistances(const torch::Tensor& z, const torch::Tensor& codes)
{
    return z.pow(2).sum(1, true) - 2 * torch::matmul(z, codes.t()) + codes.pow(2).sum(1).unsqueeze(0);
}

torch::Tensor codebookTensor(const VqEmaCodebook& codebook, const torch::Device& device)
{
    const auto& c = codebook.codes();
    return torch::from_blob(
        const_cast<float*>(c.data()), {codebook.options().codes, codebook.options().dim}, torch::kFloat32)
        .clone()
        .to(device);
}

nlohmann::ordered_json visualConfigJson(const VisualTokenizerConfig& c)
{
    const VqEmaOptions& q = c.codebook;
    return {{"image_size", c.imageSize}, {"patch_size", c.patchSize}, {"grid", c.grid()}, {"hidden", c.hidden},
        {"commitment", c.commitment}, {"codes", q.codes}, {"code_dim", q.dim}, {"ema_decay", q.decay},
        {"ema_epsilon", q.epsilon}, {"dead_code_reset", q.reset}, {"dead_after", q.deadAfter},
        {"reset_noise", q.resetNoise}, {"ema", q.ema}};
}

VisualTokenizerConfig visualConfigFromJson(const nlohmann::json& json, const std::string& file)
{
    VisualTokenizerConfig c;
    try {
        c.imageSize = json.at("image_size").get<int>();
        c.patchSize = json.at("patch_size").get<int>();
        c.hidden = json.at("hidden").get<std::int64_t>();
        c.commitment = json.at("commitment").get<double>();
        c.codebook.codes = json.at("codes").get<std::int64_t>();
        c.codebook.dim = json.at("code_dim").get<std::int64_t>();
        c.codebook.decay = json.at("ema_decay").get<double>();
        c.codebook.epsilon = json.at("ema_epsilon").get<double>();
        c.codebook.reset = json.at("dead_code_reset").get<bool>();
        c.codebook.deadAfter = json.at("dead_after").get<int>();
        c.codebook.resetNoise = json.at("reset_noise").get<double>();
        c.codebook.ema = json.value("ema", true);  // tokenizers saved before the option learned by EMA
    } catch (const nlohmann::json::exception& e) {
        throw InputError(file, std::string("missing or mistyped entry: ") + e.what());
    }
    try {
        c.validate();
    } catch (const std::invalid_argument& e) {
        throw InputError(file, e.what());
    }
    return c;
}

std::vector<float> uniformInitialCodes(const VqEmaOptions& q, std::uint64_t seed)
{
    // Every code starts near the origin and the encoder's outputs pull the used ones out; unused
    // ones are what the reset is for.
    std::mt19937_64 random(seed);
    const double bound = 1.0 / static_cast<double>(q.codes);
    std::uniform_real_distribution<double> uniform(-bound, bound);
    std::vector<float> codes(static_cast<std::size_t>(q.codes * q.dim));
    for (float& v : codes)
        v = static_cast<float>(uniform(random));
    return codes;
}

void writeCodebookState(SafetensorsWriter& writer, const std::string& prefix, const VqEmaCodebook& codebook)
{
    const std::int64_t k = codebook.options().codes;
    const std::int64_t d = codebook.options().dim;
    writer.add(prefix + ".codes", {k, d}, std::span<const float>(codebook.codes()));
    writer.add(prefix + ".counts", {k}, std::span<const double>(codebook.counts()));
    writer.add(prefix + ".sums", {k, d}, std::span<const double>(codebook.sums()));
    std::vector<std::int32_t> unused(codebook.unusedStreaks().begin(), codebook.unusedStreaks().end());
    writer.add(prefix + ".unused", {k}, std::span<const std::int32_t>(unused));
    writer.setMetadata(prefix + ".random", codebook.randomState());
}

std::map<std::string, AdamMoments> readAdamState(
    const SafetensorsFile& weights, const NamedParameters& parameters, const std::string& weightsFile)
{
    std::map<std::string, AdamMoments> out;
    for (const auto& [name, parameter] : parameters) {
        const std::string prefix = "optimizer." + name;
        if (!weights.contains(prefix + ".step"))
            continue;
        AdamMoments m;
        m.step = readTorchTensor(weights, prefix + ".step").to(torch::kInt64).item<std::int64_t>();
        m.expAvg = readTorchTensor(weights, prefix + ".exp_avg").to(torch::kFloat32);
        m.expAvgSq = readTorchTensor(weights, prefix + ".exp_avg_sq").to(torch::kFloat32);
        if (m.expAvg.sizes() != parameter.sizes() || m.expAvgSq.sizes() != parameter.sizes())
            throw InputError(weightsFile, "tensor '" + prefix + ".exp_avg' has another shape than its parameter");
        out.emplace(name, std::move(m));
    }
    return out;
}

void writeAdamState(SafetensorsWriter& writer, const torch::optim::Adam& optimizer, const NamedParameters& parameters)
{
    for (const auto& [name, parameter] : parameters) {
        // Adam keys its state by the parameter's TensorImpl address, as text.
        const auto found = optimizer.state().find(c10::guts::to_string(parameter.unsafeGetTensorImpl()));
        if (found == optimizer.state().end())
            continue;
        const auto& state = static_cast<const torch::optim::AdamParamState&>(*found->second);
        const std::string prefix = "optimizer." + name;
        addTorchTensor(writer, prefix + ".step", torch::tensor({state.step()}, torch::kInt64));
        addTorchTensor(writer, prefix + ".exp_avg", state.exp_avg().detach().to(torch::kCPU).contiguous());
        addTorchTensor(writer, prefix + ".exp_avg_sq", state.exp_avg_sq().detach().to(torch::kCPU).contiguous());
    }
}

void restoreAdamState(
    torch::optim::Adam& optimizer, const NamedParameters& parameters, const std::map<std::string, AdamMoments>& saved)
{
    for (const auto& [name, parameter] : parameters) {
        const auto found = saved.find(name);
        if (found == saved.end())
            continue;
        auto state = std::make_unique<torch::optim::AdamParamState>();
        state->step(found->second.step);
        state->exp_avg(found->second.expAvg.to(parameter.device()).clone());
        state->exp_avg_sq(found->second.expAvgSq.to(parameter.device()).clone());
        optimizer.state()[c10::guts::to_string(parameter.unsafeGetTensorImpl())] = std::move(state);
    }
}

torch::optim::Adam& resumableAdam(std::unique_ptr<torch::optim::Adam>& optimizer, const NamedParameters& parameters,
    std::map<std::string, AdamMoments>& saved, double learningRate)
{
    if (!optimizer) {
        std::vector<torch::Tensor> tensors;
        for (const auto& [name, parameter] : parameters)
            tensors.push_back(parameter);
        optimizer = std::make_unique<torch::optim::Adam>(tensors, torch::optim::AdamOptions(learningRate));
        restoreAdamState(*optimizer, parameters, saved);
        saved.clear();
    }
    for (auto& group : optimizer->param_groups())
        static_cast<torch::optim::AdamOptions&>(group.options()).lr(learningRate);
    return *optimizer;
}

void readCodebookState(const SafetensorsFile& weights, const std::string& prefix, VqEmaCodebook& codebook)
{
    const std::int64_t k = codebook.options().codes;
    const std::int64_t d = codebook.options().dim;
    weights.requireTensor(prefix + ".codes", TensorDType::F32, {k, d});
    weights.requireTensor(prefix + ".counts", TensorDType::F64, {k});
    weights.requireTensor(prefix + ".sums", TensorDType::F64, {k, d});
    weights.requireTensor(prefix + ".unused", TensorDType::I32, {k});
    const auto codes = weights.toFloat32(prefix + ".codes");
    const torch::Tensor counts = readTorchTensor(weights, prefix + ".counts").contiguous();
    const torch::Tensor sums = readTorchTensor(weights, prefix + ".sums").contiguous();
    const torch::Tensor unused = readTorchTensor(weights, prefix + ".unused").contiguous();
    codebook.restore(codes, std::span<const double>(counts.data_ptr<double>(), static_cast<std::size_t>(k)),
        std::span<const double>(sums.data_ptr<double>(), static_cast<std::size_t>(k * d)),
        std::span<const int>(unused.data_ptr<int>(), static_cast<std::size_t>(k)));
    if (const auto random = weights.metadata().find(prefix + ".random"); random != weights.metadata().end()) {
        try {
            codebook.restoreRandomState(random->second);
        } catch (const std::invalid_argument& e) {
            throw InputError(weights.path(), "metadata '" + prefix + ".random': " + e.what());
        }
    }
}

void readModuleParameters(torch::nn::Module& module, const SafetensorsFile& weights, const std::string& prefix,
    const std::string& weightsFile)
{
    torch::NoGradGuard noGrad;
    for (auto& item : module.named_parameters()) {
        const torch::Tensor saved = readTorchTensor(weights, prefix + item.key());
        if (saved.sizes() != item.value().sizes())
            throw InputError(
                weightsFile, "tensor '" + prefix + item.key() + "' has another shape than config.json gives");
        item.value().copy_(saved.to(torch::kFloat32));
    }
}

std::vector<std::vector<std::int64_t>> encodeImageGrids(VisualTokenizerNetwork& network, const VqEmaCodebook& codebook,
    const VisualTokenizerConfig& config, const std::vector<std::vector<std::uint8_t>>& images,
    const torch::Device& device, const std::function<torch::Tensor(const torch::Tensor&)>& features)
{
    torch::NoGradGuard noGrad;
    network.eval();
    constexpr std::size_t kBatch = 64;
    const auto codes = codebookTensor(codebook, device);
    const auto cells = static_cast<std::size_t>(config.grid() * config.grid());
    std::vector<std::vector<std::int64_t>> out;
    out.reserve(images.size());
    std::vector<std::size_t> which;
    for (std::size_t first = 0; first < images.size(); first += kBatch) {
        const std::size_t last = std::min(images.size(), first + kBatch);
        which.resize(last - first);
        std::iota(which.begin(), which.end(), first);
        const auto z = network.encoder->forward(imageBatch(images, which, config.imageSize, device) - 0.5);
        auto flat = z.permute({0, 2, 3, 1}).reshape({-1, config.codebook.dim});
        if (features)
            flat = features(flat);
        const auto ids = squaredDistances(flat, codes).argmin(1).to(torch::kCPU).to(torch::kInt64).contiguous();
        const auto* p = ids.data_ptr<std::int64_t>();
        for (std::size_t i = 0; i < which.size(); ++i)
            out.emplace_back(p + i * cells, p + (i + 1) * cells);
    }
    network.train();
    return out;
}

HistogramSummary summariseHistogram(const std::vector<std::int64_t>& histogram)
{
    std::int64_t total = 0;
    HistogramSummary out;
    for (const std::int64_t c : histogram) {
        total += c;
        out.used += c > 0 ? 1 : 0;
    }
    double entropy = 0;
    for (const std::int64_t c : histogram) {
        if (c > 0) {
            const double p = static_cast<double>(c) / static_cast<double>(total);
            entropy -= p * std::log(p);
        }
    }
    out.perplexity = total > 0 ? std::exp(entropy) : 0.0;
    return out;
}

namespace {

nlohmann::ordered_json configJson(const VisualTokenizerConfig& c)
{
    nlohmann::ordered_json json {{"format", "tessera-visual-tokenizer"}, {"version", 1}};
    json.update(visualConfigJson(c));
    return json;
}

VisualTokenizerConfig configFromJson(const std::string& file)
{
    const auto json = nlohmann::json::parse(readTextFile(file, 1U << 20U), nullptr, false);
    if (json.is_discarded() || !json.is_object() || json.value("format", "") != "tessera-visual-tokenizer")
        throw InputError(
            file, "not a Tessera visual tokenizer config (expected \"format\": \"tessera-visual-tokenizer\")");
    return visualConfigFromJson(json, file);
}

int epochsTrainedFromJson(const std::string& file)
{
    const auto json = nlohmann::json::parse(readTextFile(file, 1U << 20U), nullptr, false);
    const auto found = json.find("epochs_trained");
    if (found == json.end())
        return 0;  // saved before resuming existed
    if (!found->is_number_integer() || found->get<int>() < 0)
        throw InputError(file, "\"epochs_trained\" must be a whole number ≥ 0");
    return found->get<int>();
}

}  // namespace

void VisualTokenizerConfig::validate() const
{
    if (patchSize < kFirstStride || patchSize % kFirstStride != 0)
        throw std::invalid_argument("patch size must be a multiple of 4 (got " + std::to_string(patchSize) + ")");
    if (imageSize < patchSize || imageSize % patchSize != 0)
        throw std::invalid_argument("image size must be a multiple of the patch size (got " + std::to_string(imageSize)
            + " and " + std::to_string(patchSize) + ")");
    if (hidden < 1 || codebook.dim < 1 || codebook.codes < 2)
        throw std::invalid_argument("a tokenizer needs at least 2 codes and positive widths");
    if (codebook.deadAfter < 1)
        throw std::invalid_argument("dead-after must be at least 1 batch");
}

struct VisualTokenizer::State {
    VisualTokenizerConfig config;
    std::shared_ptr<VisualTokenizerNetwork> network;
    VqEmaCodebook codebook;
    torch::Device device = torch::kCPU;
    int epochsTrained = 0;  // complete epochs, kept in config.json: a resumed run goes on from here
    // Without EMA, the codes as a parameter of the optimizer (created by the first train()).
    torch::Tensor learnedCodes;
    std::unique_ptr<torch::optim::Adam> optimizer;
    std::map<std::string, AdamMoments> savedMoments;  // read by load(), handed to the optimizer

    NamedParameters namedParameters() const
    {
        NamedParameters out;
        for (const auto& item : network->named_parameters())
            out.emplace_back(item.key(), item.value());
        if (learnedCodes.defined())
            out.emplace_back("codebook.learned", learnedCodes);
        return out;
    }

    State(const VisualTokenizerConfig& c, std::uint64_t seed)
        : config(c)
        , codebook(c.codebook, uniformInitialCodes(c.codebook, seed))
    {
        config.validate();
        torch::manual_seed(seed);
        network = std::make_shared<VisualTokenizerNetwork>(config);
    }

    torch::Tensor batchTensor(
        const std::vector<std::vector<std::uint8_t>>& images, std::span<const std::size_t> which) const
    {
        return imageBatch(images, which, config.imageSize, device);
    }
    torch::Tensor nearest(const torch::Tensor& z, const torch::Tensor& codes) const
    {
        return squaredDistances(z, codes).argmin(1);
    }
    torch::Tensor codesTensor() const { return codebookTensor(codebook, device); }
};

VisualTokenizer::VisualTokenizer(const VisualTokenizerConfig& config, std::uint64_t seed)
    : state_(std::make_unique<State>(config, seed))
{
}

VisualTokenizer::VisualTokenizer(VisualTokenizer&&) noexcept = default;
VisualTokenizer& VisualTokenizer::operator=(VisualTokenizer&&) noexcept = default;
VisualTokenizer::~VisualTokenizer() = default;

int VisualTokenizer::epochsTrained() const
{
    return state_->epochsTrained;
}

const VisualTokenizerConfig& VisualTokenizer::config() const
{
    return state_->config;
}

const std::vector<float>& VisualTokenizer::codebook() const
{
    return state_->codebook.codes();
}

std::string VisualTokenizer::useDevice(const std::string& requested, int threads)
{
    const ComputeInfo info = configureCompute(requested, threads);
    state_->device = torch::Device(info.device);
    state_->network->to(state_->device);
    return info.device;
}

bool VisualTokenizer::train(const std::vector<std::vector<std::uint8_t>>& images, const VisualTrainingOptions& options,
    std::stop_token stop, const ProgressCallback& progress, const EpochCallback& epochDone)
{
    State& s = *state_;
    if (images.empty())
        throw std::invalid_argument("no images to train the visual tokenizer on");
    const std::int64_t k = s.config.codebook.codes;
    const std::int64_t d = s.config.codebook.dim;
    // Without EMA the codes are a parameter learned by the codebook loss (VQ-VAE), beside the network.
    if (!s.config.codebook.ema && !s.learnedCodes.defined())
        s.learnedCodes = s.codesTensor().requires_grad_(true);
    torch::Tensor learnedCodes = s.learnedCodes;
    torch::optim::Adam& optimizer
        = resumableAdam(s.optimizer, s.namedParameters(), s.savedMoments, options.learningRate);
    s.network->train();
    const std::int64_t batchSize = std::max<std::int64_t>(1, options.batchSize);
    const auto batches = static_cast<std::int64_t>(
        (images.size() + static_cast<std::size_t>(batchSize) - 1) / static_cast<std::size_t>(batchSize));
    std::vector<std::size_t> order(images.size());
    // Epochs are numbered over the tokenizer's life: a resumed run shuffles and seeds epoch e as an
    // uninterrupted one would, and `options.epochs` is the total to reach.
    for (int epoch = s.epochsTrained + 1; epoch <= options.epochs; ++epoch) {
        const auto started = std::chrono::steady_clock::now();
        std::iota(order.begin(), order.end(), std::size_t {0});
        std::mt19937_64 shuffle(options.seed * 1000003ULL + static_cast<std::uint64_t>(epoch));
        std::shuffle(order.begin(), order.end(), shuffle);
        torch::manual_seed(options.seed + static_cast<std::uint64_t>(epoch));
        std::vector<std::int64_t> histogram(static_cast<std::size_t>(k), 0);
        VisualEpochReport report;
        report.epoch = epoch;
        std::size_t seen = 0;
        for (std::int64_t b = 0; b < batches; ++b) {
            if (stop.stop_requested())
                return false;
            const std::size_t first = static_cast<std::size_t>(b * batchSize);
            const std::size_t last = std::min(images.size(), first + static_cast<std::size_t>(batchSize));
            const auto x = s.batchTensor(images, std::span<const std::size_t>(order.data() + first, last - first));
            const auto z = s.network->encoder->forward(x - 0.5);  // [B, D, g, g]
            const auto flat = z.permute({0, 2, 3, 1}).reshape({-1, d});
            const auto codes = learnedCodes.defined() ? learnedCodes : s.codesTensor();
            const auto assigned = s.nearest(flat.detach(), codes.detach());
            const auto quantised = codes.index_select(0, assigned);
            const auto commitment = s.config.commitment * torch::mse_loss(flat, quantised.detach());
            const auto codebookLoss
                = learnedCodes.defined() ? torch::mse_loss(quantised, flat.detach()) : torch::zeros({}, flat.options());
            // Straight-through: the decoder sees the codes, the encoder gets the decoder's gradient.
            const auto straight = flat + (quantised - flat).detach();
            const auto decoded = s.network->decoder->forward(
                straight.reshape({z.size(0), z.size(2), z.size(3), d}).permute({0, 3, 1, 2}));
            const auto reconstruction = torch::mse_loss(decoded, x);
            const auto loss = reconstruction + commitment + codebookLoss;
            optimizer.zero_grad();
            loss.backward();
            optimizer.step();
            if (learnedCodes.defined()) {
                const auto stepped = learnedCodes.detach().to(torch::kCPU).contiguous();
                s.codebook.setCodes(
                    std::span<const float>(stepped.data_ptr<float>(), static_cast<std::size_t>(stepped.numel())));
            }

            const auto flatCpu = flat.detach().to(torch::kCPU).contiguous();
            const auto assignedCpu = assigned.to(torch::kCPU).to(torch::kInt64).contiguous();
            const std::span<const float> features(flatCpu.data_ptr<float>(), static_cast<std::size_t>(flatCpu.numel()));
            const std::span<const std::int64_t> ids(
                assignedCpu.data_ptr<std::int64_t>(), static_cast<std::size_t>(assignedCpu.numel()));
            const VqUpdateReport update = s.codebook.update(features, ids);
            if (learnedCodes.defined() && update.resets > 0) {
                // The reset re-seeded dead codes in the codebook; the parameter follows.
                torch::NoGradGuard noGrad;
                learnedCodes.copy_(s.codesTensor());
            }
            for (const std::int64_t id : ids)
                ++histogram[static_cast<std::size_t>(id)];
            report.resets += update.resets;
            const double n = static_cast<double>(b + 1);
            report.reconstruction += (reconstruction.item<double>() - report.reconstruction) / n;
            report.commitmentLoss += (commitment.item<double>() - report.commitmentLoss) / n;
            report.codebookLoss += (codebookLoss.item<double>() - report.codebookLoss) / n;
            report.loss = report.reconstruction + report.commitmentLoss + report.codebookLoss;
            seen += last - first;
            if (progress) {
                const double elapsed
                    = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
                progress({epoch, options.epochs, b + 1, batches, report.loss,
                    elapsed > 0 ? static_cast<double>(seen) / elapsed : 0.0});
            }
        }
        const HistogramSummary summary = summariseHistogram(histogram);
        const std::int64_t used = summary.used;
        report.perplexity = summary.perplexity;
        report.usage = static_cast<double>(used) / static_cast<double>(k);
        report.dead = k - used;
        report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        s.epochsTrained = epoch;
        if (epochDone)
            epochDone(report);
    }
    return true;
}

std::vector<std::vector<std::int64_t>> VisualTokenizer::encode(
    const std::vector<std::vector<std::uint8_t>>& images) const
{
    const State& s = *state_;
    return encodeImageGrids(*s.network, s.codebook, s.config, images, s.device);
}

void VisualTokenizer::save(const std::string& folder) const
{
    const State& s = *state_;
    writeFolderAtomically(folder, true, "visual tokenizer", [&](const std::filesystem::path& staging) {
        nlohmann::ordered_json config = configJson(s.config);
        config["epochs_trained"] = s.epochsTrained;
        writeFileAtomically((staging / "config.json").string(), config.dump(2) + "\n");
        SafetensorsWriter writer;
        writer.setMetadata("format", "pt");
        for (const auto& item : s.network->named_parameters())
            addTorchTensor(writer, item.key(), item.value().detach().to(torch::kCPU));
        writeCodebookState(writer, "codebook", s.codebook);
        if (s.optimizer)
            writeAdamState(writer, *s.optimizer, s.namedParameters());
        writer.write((staging / "weights.safetensors").string());
    });
}

VisualTokenizer VisualTokenizer::load(const std::string& folder)
{
    const std::string configFile = (std::filesystem::path(folder) / "config.json").string();
    const std::string weightsFile = (std::filesystem::path(folder) / "weights.safetensors").string();
    if (!std::filesystem::exists(configFile))
        throw InputError(configFile, "missing: a visual tokenizer folder holds config.json and weights.safetensors");
    VisualTokenizer tokenizer(configFromJson(configFile), 0);
    State& s = *tokenizer.state_;
    const SafetensorsFile weights = SafetensorsFile::open(weightsFile);
    readModuleParameters(*s.network, weights, "", weightsFile);
    readCodebookState(weights, "codebook", s.codebook);
    s.epochsTrained = epochsTrainedFromJson(configFile);
    if (!s.config.codebook.ema)
        s.learnedCodes = s.codesTensor().requires_grad_(true);
    s.savedMoments = readAdamState(weights, s.namedParameters(), weightsFile);
    return tokenizer;
}

}  // namespace tessera
