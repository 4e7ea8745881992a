#include "training/MygoTrainer.h"

#include "graph/KnowledgeGraph.h"
#include "inference/MygoModelState.h"
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

namespace tessera {

namespace fs = std::filesystem;

namespace {

constexpr double kPi = 3.14159265358979323846;

// CosineAnnealingWarmRestarts(T_0, T_mult, eta_min = 0) evaluated at a whole epoch count, as
// the reference steps it once per epoch.
double cosineWarmRestartRate(double base, int epochsDone, int period, int multiplier)
{
    int current = epochsDone;
    int length = std::max(1, period);
    while (current >= length) {
        current -= length;
        length *= std::max(1, multiplier);
    }
    return base * (1.0 + std::cos(kPi * current / length)) / 2.0;
}

std::string adamKey(const torch::Tensor& parameter)
{
    return c10::guts::to_string(parameter.unsafeGetTensorImpl());
}

}  // namespace

struct MygoTrainer::Impl {
    MygoModel& model;
    const KnowledgeGraph& graph;
    MygoTrainingOptions options;
    fs::path out;
    std::vector<std::string> parameterNames;
    std::vector<torch::Tensor> parameters;
    std::unique_ptr<torch::optim::Adam> optimizer;
    int startEpoch = 1;
    std::int64_t startBatch = 0;  // batches already done in startEpoch
    double bestMrr = -1;
    double epochLossSum = 0;  // carried over when resuming inside an epoch

    Impl(MygoModel& m, const KnowledgeGraph& g, MygoTrainingOptions o, std::string folder)
        : model(m)
        , graph(g)
        , options(o)
        , out(std::move(folder))
    {
        MygoNetwork& net = *model.state().network;
        for (auto& [name, tensor] : net.weights()) {
            if (name.find("running_") != std::string::npos || name.find("num_batches_tracked") != std::string::npos)
                continue;
            tensor.set_requires_grad(true);
            parameterNames.push_back(name);
            parameters.push_back(tensor);
        }
        optimizer = std::make_unique<torch::optim::Adam>(
            parameters, torch::optim::AdamOptions(options.learningRate).weight_decay(options.weightDecay));
    }

    void setLearningRate(double rate)
    {
        for (auto& group : optimizer->param_groups())
            static_cast<torch::optim::AdamOptions&>(group.options()).lr(rate);
    }

    void saveLast(int epoch, std::int64_t batchesDone)
    {
        model.state().clearCaches();
        model.save((out / "last").string(), true, [&](const std::string& staging) {
            SafetensorsWriter writer;
            writer.setMetadata("format", "pt");
            for (std::size_t i = 0; i < parameters.size(); ++i) {
                auto& states = optimizer->state();
                const auto it = states.find(adamKey(parameters[i]));
                if (it == states.end())
                    continue;
                auto& state = static_cast<torch::optim::AdamParamState&>(*it->second);
                addTorchTensor(writer, parameterNames[i] + ".exp_avg", state.exp_avg());
                addTorchTensor(writer, parameterNames[i] + ".exp_avg_sq", state.exp_avg_sq());
                addTorchTensor(writer, parameterNames[i] + ".step", torch::tensor(state.step(), torch::kInt64));
            }
            writer.write((fs::path(staging) / "optimizer.safetensors").string());
            nlohmann::ordered_json trainer;
            trainer["epoch"] = epoch;
            trainer["batches_done"] = batchesDone;
            trainer["epoch_loss_sum"] = epochLossSum;
            trainer["best_valid_mrr"] = bestMrr;
            trainer["seed"] = options.seed;
            trainer["batch_size"] = options.batchSize;
            writeFileAtomically((fs::path(staging) / "trainer.json").string(), trainer.dump(2) + "\n");
        });
    }

    std::vector<Triple> trainTriples() const
    {
        const auto train = graph.triples(Split::Train);
        return {train.begin(), train.end()};
    }
};

MygoTrainer::MygoTrainer(
    MygoModel& model, const KnowledgeGraph& graph, MygoTrainingOptions options, std::string outFolder)
    : impl_(std::make_unique<Impl>(model, graph, options, std::move(outFolder)))
{
}

MygoTrainer::~MygoTrainer() = default;

double MygoTrainer::bestValidMrr() const
{
    return impl_->bestMrr;
}

std::optional<std::pair<int, std::int64_t>> MygoTrainer::resume()
{
    const fs::path last = impl_->out / "last";
    std::error_code error;
    if (!fs::exists(last / "trainer.json", error))
        return std::nullopt;
    const std::string trainerPath = (last / "trainer.json").string();
    const auto json = nlohmann::json::parse(readTextFile(trainerPath, 1U << 20U), nullptr, false);
    if (json.is_discarded() || !json.is_object())
        throw InputError(trainerPath, "not a JSON object");
    if (json.value("batch_size", std::int64_t {0}) != impl_->options.batchSize
        || json.value("seed", std::uint64_t {0}) != impl_->options.seed)
        throw InputError(
            trainerPath, "checkpoint was made with another --batch or --seed; resume with the same values");
    MygoModel saved = MygoModel::load(last.string());
    if (saved.config().numEntities != impl_->model.config().numEntities
        || saved.config().dim != impl_->model.config().dim)
        throw InputError(last.string(), "checkpoint does not match the model being trained");
    {
        torch::NoGradGuard noGrad;
        auto& target = impl_->model.state().network->weights();
        for (auto& [name, tensor] : saved.state().network->weights())
            target.at(name).copy_(tensor);
    }
    const SafetensorsFile optimizerFile = SafetensorsFile::open((last / "optimizer.safetensors").string());
    auto& states = impl_->optimizer->state();
    for (std::size_t i = 0; i < impl_->parameters.size(); ++i) {
        const std::string& name = impl_->parameterNames[i];
        if (!optimizerFile.contains(name + ".exp_avg"))
            continue;
        auto state = std::make_unique<torch::optim::AdamParamState>();
        state->exp_avg(readTorchTensor(optimizerFile, name + ".exp_avg").to(impl_->parameters[i].device()));
        state->exp_avg_sq(readTorchTensor(optimizerFile, name + ".exp_avg_sq").to(impl_->parameters[i].device()));
        state->step(readTorchTensor(optimizerFile, name + ".step").item<std::int64_t>());
        states[adamKey(impl_->parameters[i])] = std::move(state);
    }
    impl_->startEpoch = json.value("epoch", 1);
    impl_->startBatch = json.value("batches_done", std::int64_t {0});
    impl_->epochLossSum = json.value("epoch_loss_sum", 0.0);
    impl_->bestMrr = json.value("best_valid_mrr", -1.0);
    return std::make_pair(impl_->startEpoch, impl_->startBatch);
}

bool MygoTrainer::run(std::stop_token stop, const ProgressCallback& progress, const EpochCallback& epochDone,
    const ValidationCallback& validate)
{
    Impl& s = *impl_;
    MygoModel::State& state = s.model.state();
    MygoNetwork& net = *state.network;
    const MygoConfig& c = s.model.config();
    const MygoTrainingOptions& o = s.options;
    std::vector<Triple> train = s.trainTriples();
    if (train.empty())
        throw InputError(s.graph.metadata().sourcePath, "the train split is empty; nothing to train on");
    const auto count = static_cast<std::int64_t>(train.size());
    const std::int64_t batches = (count + o.batchSize - 1) / o.batchSize;
    const auto device = state.device;
    const auto longs = torch::TensorOptions().dtype(torch::kInt64).device(device);
    const auto runStart = std::chrono::steady_clock::now();
    std::int64_t triplesDone = 0;
    const std::int64_t triplesTotal = count * (o.epochs - s.startEpoch + 1) - s.startBatch * o.batchSize;

    for (int epoch = s.startEpoch; epoch <= o.epochs; ++epoch) {
        const auto epochStart = std::chrono::steady_clock::now();
        s.setLearningRate(cosineWarmRestartRate(o.learningRate, epoch - 1, o.restartPeriod, o.restartMultiplier));
        // The epoch's order depends on (seed, epoch) only.
        std::vector<std::int64_t> order(static_cast<std::size_t>(count));
        std::iota(order.begin(), order.end(), 0);
        std::mt19937_64 shuffler(mixTrainingSeed(o.seed, static_cast<std::uint64_t>(epoch), 0));
        std::shuffle(order.begin(), order.end(), shuffler);
        const std::int64_t firstBatch = epoch == s.startEpoch ? s.startBatch : 0;
        if (epoch != s.startEpoch)
            s.epochLossSum = 0;
        for (std::int64_t b = firstBatch; b < batches; ++b) {
            if (stop.stop_requested()) {
                s.saveLast(epoch, b);
                return false;
            }
            const std::uint64_t batchSeed
                = mixTrainingSeed(o.seed, static_cast<std::uint64_t>(epoch), static_cast<std::uint64_t>(b + 1));
            torch::manual_seed(batchSeed);
            std::mt19937_64 sides(batchSeed);
            std::vector<std::int64_t> triplets;
            std::vector<std::int64_t> labels;
            const std::int64_t begin = b * o.batchSize;
            const std::int64_t end = std::min(count, begin + o.batchSize);
            for (std::int64_t i = begin; i < end; ++i) {
                const Triple& t = train[static_cast<std::size_t>(order[static_cast<std::size_t>(i)])];
                const bool maskHead = (sides() & 1U) == 0U;
                triplets.push_back(maskHead ? c.maskId() : t.head + c.numRelations);
                triplets.push_back(t.relation + c.numEntities);
                triplets.push_back(maskHead ? t.tail + c.numRelations : c.maskId());
                labels.push_back(maskHead ? t.head : t.tail);
            }
            const torch::Tensor batch = torch::tensor(triplets, torch::kInt64).view({-1, 3}).to(device);
            const torch::Tensor target = torch::tensor(labels, torch::kInt64).to(device);

            MygoNetwork::EncodeOptions encode;
            encode.train = true;
            const torch::Tensor reps = net.encodeEntities(torch::Tensor(), encode).representations;
            const torch::Tensor relations = net.relationRepresentations(true);
            const torch::Tensor scores = net.scoreTriplets(reps, relations, batch, true);
            torch::Tensor loss = torch::nn::functional::cross_entropy(
                scores, target, torch::nn::functional::CrossEntropyFuncOptions().label_smoothing(o.labelSmoothing));
            if (o.contrastiveWeight != 0.0) {
                const torch::Tensor rows
                    = torch::randperm(reps.size(0), longs)
                          .narrow(0, 0, std::min<std::int64_t>(c.contrastiveSamples, reps.size(0)));
                loss = loss + o.contrastiveWeight * net.contrastiveLoss(reps, rows, true);
            }
            s.optimizer->zero_grad();
            loss.backward();
            torch::nn::utils::clip_grad_norm_(s.parameters, o.clipNorm);
            s.optimizer->step();
            s.epochLossSum += loss.item<double>();
            triplesDone += end - begin;

            if (progress) {
                const double elapsed
                    = std::chrono::duration<double>(std::chrono::steady_clock::now() - runStart).count();
                MygoTrainingProgress p;
                p.epoch = epoch;
                p.epochs = o.epochs;
                p.batch = b + 1;
                p.batches = batches;
                p.loss = s.epochLossSum / static_cast<double>(b + 1);
                p.triplesPerSecond = elapsed > 0 ? static_cast<double>(triplesDone) / elapsed : 0;
                p.etaSeconds
                    = p.triplesPerSecond > 0 ? static_cast<double>(triplesTotal - triplesDone) / p.triplesPerSecond : 0;
                p.learningRate = cosineWarmRestartRate(o.learningRate, epoch - 1, o.restartPeriod, o.restartMultiplier);
                progress(p);
            }
        }
        state.clearCaches();
        MygoEpochReport report;
        report.epoch = epoch;
        report.loss = s.epochLossSum / static_cast<double>(batches);
        report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - epochStart).count();
        const bool validateNow = validate && o.validEvery > 0 && (epoch % o.validEvery == 0 || epoch == o.epochs);
        if (validateNow) {
            report.validMrr = validate(s.model);
            if (*report.validMrr > s.bestMrr) {
                s.bestMrr = *report.validMrr;
                report.newBest = true;
                s.model.save((s.out / "best").string(), true);
            }
        } else if (!validate || o.validEvery <= 0) {
            // No validation: the latest model is the one to keep.
            s.model.save((s.out / "best").string(), true);
        }
        s.epochLossSum = 0;
        const bool checkpointNow = epoch == o.epochs || (o.checkpointEvery > 0 && epoch % o.checkpointEvery == 0);
        if (checkpointNow)
            s.saveLast(epoch + 1, 0);
        if (epochDone)
            epochDone(report);
    }
    return true;
}

}  // namespace tessera
