#include "alignment/CslsRanking.h"

#include <algorithm>
#include <functional>
#include <limits>
#include <stdexcept>
#include <string>
#include <thread>

namespace tessera {

namespace {

int threadCount(int requested, std::int64_t rows)
{
    const int cores = static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
    const int wanted = requested > 0 ? requested : cores;
    return static_cast<int>(std::clamp<std::int64_t>(rows, 1, wanted));
}

// Runs work(begin, end, part) over `parts` contiguous row ranges, each on its own thread.
void forRowRanges(std::int64_t rows, int parts, const std::function<void(std::int64_t, std::int64_t, int)>& work)
{
    if (parts <= 1) {
        work(0, rows, 0);
        return;
    }
    std::vector<std::thread> threads;
    for (int p = 0; p < parts; ++p) {
        const std::int64_t begin = rows * p / parts;
        const std::int64_t end = rows * (p + 1) / parts;
        threads.emplace_back(work, begin, end, p);
    }
    for (std::thread& t : threads)
        t.join();
}

// Keeps the k largest values seen, in descending order, in top[0..k).
inline void offer(float* top, std::int64_t k, float value)
{
    if (!(value > top[k - 1]))
        return;
    std::int64_t i = k - 1;
    while (i > 0 && top[i - 1] < value) {
        top[i] = top[i - 1];
        --i;
    }
    top[i] = value;
}

// The mean of the k largest, summed largest first in float as torch's topk + mean does.
inline float meanOfTop(const float* top, std::int64_t k)
{
    float sum = 0;
    for (std::int64_t i = 0; i < k; ++i)
        sum += top[i];
    return sum / static_cast<float>(k);
}

void checkGold(std::span<const std::int64_t> gold, std::int64_t expected, std::int64_t limit, const char* what)
{
    if (static_cast<std::int64_t>(gold.size()) != expected)
        throw std::invalid_argument(std::string("CslsRanking: ") + what + " has " + std::to_string(gold.size())
            + " entries, expected " + std::to_string(expected));
    for (const std::int64_t g : gold) {
        if (g >= limit)
            throw std::out_of_range(
                std::string("CslsRanking: ") + what + " entry " + std::to_string(g) + " is outside the block");
    }
}

}  // namespace

CslsRanking::Scales CslsRanking::scales(const SimilarityMatrix& s, std::int64_t k, int threads)
{
    Scales out;
    out.rows.assign(static_cast<std::size_t>(s.rows), 0.0F);
    out.columns.assign(static_cast<std::size_t>(s.columns), 0.0F);
    if (s.rows == 0 || s.columns == 0)
        return out;
    const std::int64_t kRow = std::clamp<std::int64_t>(k, 1, s.columns);
    const std::int64_t kColumn = std::clamp<std::int64_t>(k, 1, s.rows);
    const int parts = threadCount(threads, s.rows);
    constexpr float kLowest = -std::numeric_limits<float>::infinity();
    // Each part keeps the column tops of its own rows; they are merged afterwards.
    std::vector<std::vector<float>> columnTops(static_cast<std::size_t>(parts));
    forRowRanges(s.rows, parts, [&](std::int64_t begin, std::int64_t end, int part) {
        std::vector<float>& tops = columnTops[static_cast<std::size_t>(part)];
        tops.assign(static_cast<std::size_t>(s.columns * kColumn), kLowest);
        std::vector<float> rowTop(static_cast<std::size_t>(kRow));
        for (std::int64_t i = begin; i < end; ++i) {
            std::fill(rowTop.begin(), rowTop.end(), kLowest);
            const float* row = s.row(i);
            for (std::int64_t j = 0; j < s.columns; ++j) {
                const float v = row[j];
                offer(rowTop.data(), kRow, v);
                offer(tops.data() + j * kColumn, kColumn, v);
            }
            out.rows[static_cast<std::size_t>(i)] = meanOfTop(rowTop.data(), kRow);
        }
    });
    std::vector<float> merged(static_cast<std::size_t>(kColumn));
    for (std::int64_t j = 0; j < s.columns; ++j) {
        std::fill(merged.begin(), merged.end(), kLowest);
        for (const std::vector<float>& tops : columnTops) {
            for (std::int64_t t = 0; t < kColumn; ++t)
                offer(merged.data(), kColumn, tops[static_cast<std::size_t>(j * kColumn + t)]);
        }
        out.columns[static_cast<std::size_t>(j)] = meanOfTop(merged.data(), kColumn);
    }
    return out;
}

std::vector<float> CslsRanking::columnScales(
    std::int64_t rows, std::int64_t columns, std::int64_t k, const RowFill& fill, std::int64_t blockRows)
{
    const std::int64_t kColumn = std::clamp<std::int64_t>(k, 1, std::max<std::int64_t>(rows, 1));
    constexpr float kLowest = -std::numeric_limits<float>::infinity();
    std::vector<float> tops(static_cast<std::size_t>(columns * kColumn), kLowest);
    std::vector<float> block;
    for (std::int64_t begin = 0; begin < rows; begin += blockRows) {
        const std::int64_t end = std::min(rows, begin + blockRows);
        block.resize(static_cast<std::size_t>((end - begin) * columns));
        fill(begin, end, block.data());
        for (std::int64_t i = 0; i < end - begin; ++i) {
            const float* row = block.data() + i * columns;
            for (std::int64_t j = 0; j < columns; ++j)
                offer(tops.data() + j * kColumn, kColumn, row[j]);
        }
    }
    std::vector<float> out(static_cast<std::size_t>(columns), 0.0F);
    if (rows == 0)
        return out;
    for (std::int64_t j = 0; j < columns; ++j)
        out[static_cast<std::size_t>(j)] = meanOfTop(tops.data() + j * kColumn, kColumn);
    return out;
}

float CslsRanking::rowScale(std::span<const float> row, std::int64_t k)
{
    if (row.empty())
        return 0;
    const std::int64_t kRow = std::clamp<std::int64_t>(k, 1, static_cast<std::int64_t>(row.size()));
    std::vector<float> top(static_cast<std::size_t>(kRow), -std::numeric_limits<float>::infinity());
    for (const float v : row)
        offer(top.data(), kRow, v);
    return meanOfTop(top.data(), kRow);
}

std::vector<std::int64_t> CslsRanking::rankRows(
    const SimilarityMatrix& s, std::span<const std::int64_t> goldColumn, const Scales* scales, int threads)
{
    checkGold(goldColumn, s.rows, s.columns, "goldColumn");
    std::vector<std::int64_t> ranks(static_cast<std::size_t>(s.rows), -1);
    forRowRanges(s.rows, threadCount(threads, s.rows), [&](std::int64_t begin, std::int64_t end, int) {
        for (std::int64_t i = begin; i < end; ++i) {
            const std::int64_t gold = goldColumn[static_cast<std::size_t>(i)];
            if (gold < 0)
                continue;
            const float* row = s.row(i);
            std::int64_t better = 0;
            if (scales == nullptr) {
                const float target = row[gold];
                for (std::int64_t j = 0; j < s.columns; ++j)
                    better += row[j] > target ? 1 : 0;
            } else {
                // The reference sorts the distance 1 - CSLS; so is it compared here.
                const float r = scales->rows[static_cast<std::size_t>(i)];
                const float* c = scales->columns.data();
                const float target = 1.0F - csls(row[gold], r, c[gold]);
                for (std::int64_t j = 0; j < s.columns; ++j)
                    better += (1.0F - csls(row[j], r, c[j])) < target ? 1 : 0;
            }
            ranks[static_cast<std::size_t>(i)] = better;
        }
    });
    return ranks;
}

std::vector<std::int64_t> CslsRanking::rankColumns(
    const SimilarityMatrix& s, std::span<const std::int64_t> goldRow, const Scales* scales, int threads)
{
    checkGold(goldRow, s.columns, s.rows, "goldRow");
    // The true counterpart's value per column first, then every row counted against it.
    std::vector<float> target(static_cast<std::size_t>(s.columns), std::numeric_limits<float>::quiet_NaN());
    for (std::int64_t j = 0; j < s.columns; ++j) {
        const std::int64_t gold = goldRow[static_cast<std::size_t>(j)];
        if (gold < 0)
            continue;
        const float v = s.at(gold, j);
        target[static_cast<std::size_t>(j)] = scales == nullptr ? v
                                                                : 1.0F
                - csls(v, scales->rows[static_cast<std::size_t>(gold)], scales->columns[static_cast<std::size_t>(j)]);
    }
    const int parts = threadCount(threads, s.rows);
    std::vector<std::vector<std::int64_t>> counts(static_cast<std::size_t>(parts));
    forRowRanges(s.rows, parts, [&](std::int64_t begin, std::int64_t end, int part) {
        std::vector<std::int64_t>& better = counts[static_cast<std::size_t>(part)];
        better.assign(static_cast<std::size_t>(s.columns), 0);
        const float* t = target.data();
        for (std::int64_t i = begin; i < end; ++i) {
            const float* row = s.row(i);
            if (scales == nullptr) {
                for (std::int64_t j = 0; j < s.columns; ++j)
                    better[static_cast<std::size_t>(j)] += row[j] > t[j] ? 1 : 0;
            } else {
                const float r = scales->rows[static_cast<std::size_t>(i)];
                const float* c = scales->columns.data();
                for (std::int64_t j = 0; j < s.columns; ++j)
                    better[static_cast<std::size_t>(j)] += (1.0F - csls(row[j], r, c[j])) < t[j] ? 1 : 0;
            }
        }
    });
    std::vector<std::int64_t> ranks(static_cast<std::size_t>(s.columns), -1);
    for (std::int64_t j = 0; j < s.columns; ++j) {
        if (goldRow[static_cast<std::size_t>(j)] < 0)
            continue;
        std::int64_t total = 0;
        for (const auto& part : counts)
            total += part[static_cast<std::size_t>(j)];
        ranks[static_cast<std::size_t>(j)] = total;
    }
    return ranks;
}

}  // namespace tessera
