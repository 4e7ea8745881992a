#include "training/MeaformerTrainer.h"

#include "alignment/AlignmentMetrics.h"
#include "alignment/CslsRanking.h"
#include "inference/MeaformerModelState.h"
#include "io/AtomicFileWriter.h"
#include "io/InputError.h"
#include "io/TextTableReader.h"
#include "models/TorchTensors.h"
#include "training/TrainingSeed.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <numeric>
#include <random>
#include <set>

namespace tessera {

namespace fs = std::filesystem;

namespace {

constexpr double kPi = 3.14159265358979323846;
// Rows of a similarity block held at once while looking for mutual nearest neighbours.
constexpr std::int64_t kBlockRows = 2048;

// transformers' get_cosine_schedule_with_warmup, as the reference uses it (one step per batch).
double scheduledRate(double peak, std::int64_t step, std::int64_t warmup, std::int64_t total)
{
    if (step < warmup)
        return peak * static_cast<double>(step) / static_cast<double>(std::max<std::int64_t>(1, warmup));
    const double progress
        = static_cast<double>(step - warmup) / static_cast<double>(std::max<std::int64_t>(1, total - warmup));
    return peak * std::max(0.0, 0.5 * (1.0 + std::cos(kPi * progress)));
}

std::string adamKey(const torch::Tensor& parameter)
{
    return c10::guts::to_string(parameter.unsafeGetTensorImpl());
}

torch::Tensor pairTensor(const std::vector<MeaformerTrainer::Pair>& pairs)
{
    std::vector<std::int64_t> flat;
    for (const auto& pair : pairs)
        flat.insert(flat.end(), pair.begin(), pair.end());
    return torch::tensor(flat, torch::kInt64).view({static_cast<std::int64_t>(pairs.size()), 2});
}

std::vector<MeaformerTrainer::Pair> pairsOf(const torch::Tensor& tensor)
{
    const torch::Tensor t = tensor.to(torch::kCPU).contiguous();
    std::vector<MeaformerTrainer::Pair> pairs;
    for (std::int64_t i = 0; i < t.size(0); ++i)
        pairs.push_back({t[i][0].item<std::int64_t>(), t[i][1].item<std::int64_t>()});
    return pairs;
}

}  // namespace

struct MeaformerTrainer::Impl {
    MeaformerModel& model;
    std::vector<Pair> train;
    std::vector<Pair> valid;
    std::set<Pair> known;
    MeaformerTrainingOptions options;
    fs::path out;
    std::vector<std::string> parameterNames;
    std::vector<torch::Tensor> parameters;
    std::unique_ptr<torch::optim::AdamW> optimizer;
    int startEpoch = 1;
    std::int64_t stepsDone = 0;
    double bestMrr = -1;
    std::vector<Pair> previousProposals;  // iterative training: the last round's mutual neighbours

    Impl(MeaformerModel& m, std::vector<Pair> t, std::vector<Pair> v, std::vector<Pair> k, MeaformerTrainingOptions o,
        std::string folder)
        : model(m)
        , train(std::move(t))
        , valid(std::move(v))
        , known(k.begin(), k.end())
        , options(o)
        , out(std::move(folder))
    {
        for (auto& [name, tensor] : model.state().network->weights()) {
            tensor.set_requires_grad(true);
            parameterNames.push_back(name);
            parameters.push_back(tensor);
        }
        optimizer = std::make_unique<torch::optim::AdamW>(
            parameters, torch::optim::AdamWOptions(options.learningRate).weight_decay(options.weightDecay).eps(1e-8));
    }

    void setLearningRate(double rate)
    {
        for (auto& group : optimizer->param_groups())
            static_cast<torch::optim::AdamWOptions&>(group.options()).lr(rate);
    }

    // The model records the pairs it learned from (iterative training adds to them).
    void recordTrainPairs() { model.state().network->setTrainPairs(pairTensor(train)); }

    void saveLast(int nextEpoch)
    {
        model.state().clearCaches();
        recordTrainPairs();
        model.save((out / "last").string(), true, [&](const std::string& staging) {
            SafetensorsWriter writer;
            writer.setMetadata("format", "pt");
            auto& states = optimizer->state();
            for (std::size_t i = 0; i < parameters.size(); ++i) {
                const auto it = states.find(adamKey(parameters[i]));
                if (it == states.end())
                    continue;
                auto& state = static_cast<torch::optim::AdamWParamState&>(*it->second);
                addTorchTensor(writer, parameterNames[i] + ".exp_avg", state.exp_avg());
                addTorchTensor(writer, parameterNames[i] + ".exp_avg_sq", state.exp_avg_sq());
                addTorchTensor(writer, parameterNames[i] + ".step", torch::tensor(state.step(), torch::kInt64));
            }
            if (!previousProposals.empty())
                addTorchTensor(writer, "iterative.previous", pairTensor(previousProposals));
            writer.write((fs::path(staging) / "optimizer.safetensors").string());
            nlohmann::ordered_json trainer;
            trainer["epoch"] = nextEpoch;
            trainer["steps_done"] = stepsDone;
            trainer["best_valid_mrr"] = bestMrr;
            trainer["seed"] = options.seed;
            trainer["batch_size"] = options.batchSize;
            trainer["epochs"] = options.epochs;
            writeFileAtomically((fs::path(staging) / "trainer.json").string(), trainer.dump(2) + "\n");
        });
    }

    // CSLS, A → B, within the validation pairs (pair i is row and column i).
    AlignmentMetrics validate()
    {
        model.state().clearCaches();
        std::vector<std::int64_t> rows;
        std::vector<std::int64_t> columns;
        for (const Pair& pair : valid) {
            rows.push_back(pair[0]);
            columns.push_back(pair[1]);
        }
        const auto n = static_cast<std::int64_t>(valid.size());
        std::vector<float> s(static_cast<std::size_t>(n * n));
        model.similarityInto(rows, columns, s);
        const SimilarityMatrix block {s.data(), n, n};
        std::vector<std::int64_t> diagonal(static_cast<std::size_t>(n));
        std::iota(diagonal.begin(), diagonal.end(), 0);
        const CslsRanking::Scales scales = CslsRanking::scales(block, model.config().cslsK);
        return AlignmentMetrics::fromRanks(CslsRanking::rankRows(block, diagonal, &scales));
    }

    // Mutual nearest neighbours (plain similarity) among the entities outside the seed pairs.
    std::vector<Pair> mutualNeighbours()
    {
        model.state().clearCaches();
        const MeaformerConfig& c = model.config();
        std::vector<std::uint8_t> pairedA(static_cast<std::size_t>(c.entitiesA), 0);
        std::vector<std::uint8_t> pairedB(static_cast<std::size_t>(c.entities - c.entitiesA), 0);
        for (const Pair& pair : train) {
            pairedA[static_cast<std::size_t>(pair[0])] = 1;
            pairedB[static_cast<std::size_t>(pair[1] - c.entitiesA)] = 1;
        }
        std::vector<std::int64_t> rows;
        std::vector<std::int64_t> columns;
        for (std::size_t i = 0; i < pairedA.size(); ++i) {
            if (pairedA[i] == 0)
                rows.push_back(static_cast<std::int64_t>(i));
        }
        for (std::size_t j = 0; j < pairedB.size(); ++j) {
            if (pairedB[j] == 0)
                columns.push_back(c.entitiesA + static_cast<std::int64_t>(j));
        }
        if (rows.empty() || columns.empty())
            return {};
        std::vector<std::int64_t> rowBest(rows.size(), -1);
        std::vector<float> columnBestValue(columns.size(), -std::numeric_limits<float>::infinity());
        std::vector<std::int64_t> columnBest(columns.size(), -1);
        std::vector<float> block;
        for (std::size_t begin = 0; begin < rows.size(); begin += kBlockRows) {
            const std::size_t end = std::min(rows.size(), begin + static_cast<std::size_t>(kBlockRows));
            block.resize((end - begin) * columns.size());
            model.similarityInto(std::span(rows).subspan(begin, end - begin), columns, block);
            for (std::size_t i = begin; i < end; ++i) {
                const float* row = block.data() + (i - begin) * columns.size();
                std::size_t best = 0;
                for (std::size_t j = 0; j < columns.size(); ++j) {
                    if (row[j] > row[best])
                        best = j;
                    if (row[j] > columnBestValue[j]) {
                        columnBestValue[j] = row[j];
                        columnBest[j] = static_cast<std::int64_t>(i);
                    }
                }
                rowBest[i] = static_cast<std::int64_t>(best);
            }
        }
        std::vector<Pair> mutual;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const auto j = static_cast<std::size_t>(rowBest[i]);
            if (columnBest[j] == static_cast<std::int64_t>(i))
                mutual.push_back({rows[i], columns[j]});
        }
        return mutual;
    }
};

MeaformerTrainer::MeaformerTrainer(MeaformerModel& model, std::vector<Pair> trainPairs, std::vector<Pair> validPairs,
    std::vector<Pair> knownPairs, MeaformerTrainingOptions options, std::string outFolder)
    : impl_(std::make_unique<Impl>(
        model, std::move(trainPairs), std::move(validPairs), std::move(knownPairs), options, std::move(outFolder)))
{
}

MeaformerTrainer::~MeaformerTrainer() = default;

double MeaformerTrainer::bestValidMrr() const
{
    return impl_->bestMrr;
}

std::optional<int> MeaformerTrainer::resume()
{
    Impl& s = *impl_;
    const fs::path last = s.out / "last";
    std::error_code error;
    if (!fs::exists(last / "trainer.json", error))
        return std::nullopt;
    const std::string trainerPath = (last / "trainer.json").string();
    const auto json = nlohmann::json::parse(readTextFile(trainerPath, 1U << 20U), nullptr, false);
    if (json.is_discarded() || !json.is_object())
        throw InputError(trainerPath, "not a JSON object");
    if (json.value("batch_size", std::int64_t {0}) != s.options.batchSize
        || json.value("seed", std::uint64_t {0}) != s.options.seed || json.value("epochs", 0) != s.options.epochs)
        throw InputError(
            trainerPath, "checkpoint was made with another --batch, --seed or --epochs; resume with the same values");
    MeaformerModel saved = MeaformerModel::load(last.string());
    if (saved.config().entities != s.model.config().entities || saved.config().hidden != s.model.config().hidden
        || saved.config().modalities != s.model.config().modalities)
        throw InputError(last.string(), "checkpoint does not match the model being trained");
    {
        torch::NoGradGuard noGrad;
        auto& target = s.model.state().network->weights();
        for (auto& [name, tensor] : saved.state().network->weights())
            target.at(name).copy_(tensor);
    }
    s.train = saved.trainPairs();
    const SafetensorsFile optimizerFile = SafetensorsFile::open((last / "optimizer.safetensors").string());
    auto& states = s.optimizer->state();
    for (std::size_t i = 0; i < s.parameters.size(); ++i) {
        const std::string& name = s.parameterNames[i];
        if (!optimizerFile.contains(name + ".exp_avg"))
            continue;
        auto state = std::make_unique<torch::optim::AdamWParamState>();
        state->exp_avg(readTorchTensor(optimizerFile, name + ".exp_avg").to(s.parameters[i].device()));
        state->exp_avg_sq(readTorchTensor(optimizerFile, name + ".exp_avg_sq").to(s.parameters[i].device()));
        state->step(readTorchTensor(optimizerFile, name + ".step").item<std::int64_t>());
        states[adamKey(s.parameters[i])] = std::move(state);
    }
    if (optimizerFile.contains("iterative.previous"))
        s.previousProposals = pairsOf(readTorchTensor(optimizerFile, "iterative.previous"));
    s.startEpoch = json.value("epoch", 1);
    s.stepsDone = json.value("steps_done", std::int64_t {0});
    s.bestMrr = json.value("best_valid_mrr", -1.0);
    return s.startEpoch;
}

bool MeaformerTrainer::run(std::stop_token stop, const ProgressCallback& progress, const EpochCallback& epochDone)
{
    Impl& s = *impl_;
    const MeaformerTrainingOptions& o = s.options;
    if (s.train.size() < 2)
        throw std::invalid_argument("training needs at least two seed pairs");
    MeaformerNetwork& net = *s.model.state().network;
    const auto device = s.model.state().device;
    const auto objective = o.mclea ? MeaformerNetwork::Objective::Mclea : MeaformerNetwork::Objective::Meaformer;
    const auto runStart = std::chrono::steady_clock::now();
    const std::int64_t stepsAtStart = s.stepsDone;

    for (int epoch = s.startEpoch; epoch <= o.epochs; ++epoch) {
        const auto epochStart = std::chrono::steady_clock::now();
        const auto count = static_cast<std::int64_t>(s.train.size());
        const std::int64_t batches = (count + o.batchSize - 1) / o.batchSize;
        // Steps of the whole run, for the schedule: the seed set may grow (iterative training),
        // so it is estimated from the current one.
        const std::int64_t totalSteps = s.stepsDone + batches * (o.epochs - epoch + 1);
        const auto warmup
            = static_cast<std::int64_t>(std::llround(o.warmupFraction * static_cast<double>(batches * o.epochs)));
        std::vector<Pair> order = s.train;
        std::mt19937_64 shuffler(mixTrainingSeed(o.seed, static_cast<std::uint64_t>(epoch), 0));
        std::shuffle(order.begin(), order.end(), shuffler);
        double lossSum = 0;
        for (std::int64_t b = 0; b < batches; ++b) {
            if (stop.stop_requested())
                return false;
            torch::manual_seed(
                mixTrainingSeed(o.seed, static_cast<std::uint64_t>(epoch), static_cast<std::uint64_t>(b + 1)));
            const std::int64_t begin = b * o.batchSize;
            const std::int64_t end = std::min(count, begin + o.batchSize);
            if (end - begin < 2)
                continue;  // a contrastive batch of one pair has no negative
            const std::vector<Pair> batch(order.begin() + begin, order.begin() + end);
            const double rate = scheduledRate(o.learningRate, s.stepsDone, warmup, totalSteps);
            s.setLearningRate(rate);
            MeaformerNetwork::EncodeOptions encode;
            encode.train = true;
            const MeaformerNetwork::Encoding encoding = net.encode(encode);
            const MeaformerNetwork::Losses losses = net.losses(encoding, pairTensor(batch).to(device), objective);
            s.optimizer->zero_grad();
            losses.total.backward();
            torch::nn::utils::clip_grad_norm_(s.parameters, o.clipNorm);
            s.optimizer->step();
            ++s.stepsDone;
            lossSum += losses.total.item<double>();
            if (progress) {
                const double elapsed
                    = std::chrono::duration<double>(std::chrono::steady_clock::now() - runStart).count();
                const std::int64_t done = s.stepsDone - stepsAtStart;
                MeaformerTrainingProgress p;
                p.epoch = epoch;
                p.epochs = o.epochs;
                p.batch = b + 1;
                p.batches = batches;
                p.loss = lossSum / static_cast<double>(b + 1);
                p.learningRate = rate;
                p.etaSeconds = done > 0
                    ? elapsed / static_cast<double>(done) * static_cast<double>(totalSteps - s.stepsDone)
                    : 0;
                progress(p);
            }
        }
        s.model.state().clearCaches();
        MeaformerEpochReport report;
        report.epoch = epoch;
        report.loss = lossSum / static_cast<double>(std::max<std::int64_t>(1, batches));

        if (o.iterative && epoch >= o.iterativeStart
            && (epoch - o.iterativeStart) % std::max(1, o.iterativeEvery) == 0) {
            torch::NoGradGuard noGrad;
            const std::vector<Pair> mutual = s.mutualNeighbours();
            const std::set<Pair> previous(s.previousProposals.begin(), s.previousProposals.end());
            for (const Pair& pair : mutual) {
                if (previous.count(pair) == 0)
                    continue;
                s.train.push_back(pair);
                ++report.proposedPairs;
                report.proposedCorrect += s.known.count(pair) != 0 ? 1 : 0;
            }
            s.previousProposals = mutual;
        }
        report.trainPairs = static_cast<std::int64_t>(s.train.size());

        const bool validateNow
            = !s.valid.empty() && o.validEvery > 0 && (epoch % o.validEvery == 0 || epoch == o.epochs);
        if (validateNow) {
            torch::NoGradGuard noGrad;
            const AlignmentMetrics metrics = s.validate();
            report.validHits1 = metrics.hits1;
            report.validMrr = metrics.mrr;
            if (metrics.mrr > s.bestMrr) {
                s.bestMrr = metrics.mrr;
                report.newBest = true;
                s.recordTrainPairs();
                s.model.save((s.out / "best").string(), true);
            }
        } else if (s.valid.empty() || o.validEvery <= 0) {
            s.recordTrainPairs();
            s.model.save((s.out / "best").string(), true);
        }
        if (validateNow || epoch == o.epochs)
            s.saveLast(epoch + 1);
        report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - epochStart).count();
        if (epochDone)
            epochDone(report);
    }
    return true;
}

}  // namespace tessera
