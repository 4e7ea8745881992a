#include "io/InputError.h"

#include "text/Utf8.h"

namespace tessera {

namespace {

// Messages quote file contents (keys, header lines, JSON tokens). Keep the promised single
// line of UTF-8: line breaks and other control characters (tab aside) are written as escapes,
// bytes that are not UTF-8 (a quote cut mid-character, a raw JSON token) as U+FFFD.
std::string printable(const std::string& text)
{
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t bad = utf8::findInvalid(std::string_view(text).substr(pos));
        const std::size_t end = bad == utf8::kInvalidOffset ? text.size() : pos + bad;
        for (; pos < end; ++pos) {
            const auto c = static_cast<unsigned char>(text[pos]);
            if (c == '\n') {
                out += "\\n";
            } else if (c == '\r') {
                out += "\\r";
            } else if ((c < 0x20 && c != '\t') || c == 0x7F) {
                static constexpr char kHex[] = "0123456789ABCDEF";
                out += "\\x";
                out.push_back(kHex[c >> 4U]);
                out.push_back(kHex[c & 0xFU]);
            } else {
                out.push_back(static_cast<char>(c));
            }
        }
        if (pos < text.size()) {
            out += "\xEF\xBF\xBD";
            ++pos;
        }
    }
    return out;
}

std::string composeMessage(const std::string& file, std::size_t line, const std::string& problem)
{
    if (line == 0)
        return printable(file) + ": " + printable(problem);
    return printable(file) + ":" + std::to_string(line) + ": " + printable(problem);
}

}  // namespace

InputError::InputError(std::string file, std::size_t line, const std::string& problem)
    : std::runtime_error(composeMessage(file, line, problem))
    , file_(std::move(file))
    , line_(line)
    , problem_(printable(problem))
{
}

InputError::InputError(std::string file, const std::string& problem)
    : InputError(std::move(file), 0, problem)
{
}

}  // namespace tessera
