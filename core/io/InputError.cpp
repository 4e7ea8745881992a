#include "io/InputError.h"

namespace tessera {

namespace {
std::string composeMessage(const std::string& file, std::size_t line, const std::string& problem)
{
    if (line == 0)
        return file + ": " + problem;
    return file + ":" + std::to_string(line) + ": " + problem;
}
}  // namespace

InputError::InputError(std::string file, std::size_t line, const std::string& problem)
    : std::runtime_error(composeMessage(file, line, problem)),
      file_(std::move(file)),
      line_(line),
      problem_(problem)
{
}

InputError::InputError(std::string file, const std::string& problem)
    : InputError(std::move(file), 0, problem)
{
}

}  // namespace tessera
