#pragma once

#include <stop_token>

namespace tessera {

// How readers behave beyond parsing.
struct ReadOptions {
    // Look at each image's signature (not a full decode) so that missing or non-image files turn
    // into warnings at load time; off for tools that never show images (fuzzers).
    bool checkImages = true;
    // Checked between tables; a stopped read throws ReadCancelled.
    std::stop_token stop;
};

// Thrown when ReadOptions::stop was requested; not an input error.
struct ReadCancelled { };

}  // namespace tessera
