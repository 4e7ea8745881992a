#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace tessera {

// The one error type for bad user input (malformed tables, unknown ids, broken files).
// what() is a single line "FILE:LINE: problem" (or "FILE: problem" when no line applies),
// which the command line prints as-is before exiting with code 2.
class InputError : public std::runtime_error {
public:
    InputError(std::string file, std::size_t line, const std::string& problem);
    InputError(std::string file, const std::string& problem);

    const std::string& file() const { return file_; }
    // 1-based line number, 0 when the problem is not tied to a line.
    std::size_t line() const { return line_; }
    const std::string& problem() const { return problem_; }

private:
    std::string file_;
    std::size_t line_ = 0;
    std::string problem_;
};

}  // namespace tessera
