#include "io/TextTableReader.h"

#include "io/InputError.h"
#include "text/Utf8.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

namespace tessera {

namespace {

std::string describeByte(unsigned char byte)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string text = "0x";
    text.push_back(kHex[byte >> 4U]);
    text.push_back(kHex[byte & 0xFU]);
    return text;
}

}  // namespace

std::string readTextFile(const std::string& path, std::uint64_t maxBytes)
{
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (error || !std::filesystem::exists(status))
        throw InputError(path, "file not found");
    if (std::filesystem::is_directory(status))
        throw InputError(path, "is a folder, expected a file");
    const auto size = std::filesystem::file_size(path, error);
    if (error)
        throw InputError(path, "cannot read the file size: " + error.message());
    if (size > maxBytes)
        throw InputError(path,
            "file is " + std::to_string(size) + " bytes, more than the " + std::to_string(maxBytes)
                + " this reader accepts");
    std::ifstream stream(path, std::ios::binary);
    if (!stream)
        throw InputError(path, "cannot open the file for reading");
    std::string contents(static_cast<std::size_t>(size), '\0');
    stream.read(contents.data(), static_cast<std::streamsize>(size));
    if (static_cast<std::uint64_t>(stream.gcount()) != size)
        throw InputError(path, "could not read the whole file");
    if (std::memchr(contents.data(), '\0', contents.size()) != nullptr)
        throw InputError(path, "binary file (contains NUL bytes), expected UTF-8 text");
    return contents;
}

TextTableReader::TextTableReader(std::string path)
    : path_(std::move(path))
{
    contents_ = readTextFile(path_);
    validate();
}

TextTableReader::TextTableReader(std::string path, std::string contents)
    : path_(std::move(path))
    , contents_(std::move(contents))
{
    if (std::memchr(contents_.data(), '\0', contents_.size()) != nullptr)
        throw InputError(path_, "binary file (contains NUL bytes), expected UTF-8 text");
    validate();
}

void TextTableReader::validate()
{
    // A UTF-8 byte-order mark is legal (Windows editors write one) and is not data.
    if (contents_.size() >= 3 && contents_.compare(0, 3, "\xEF\xBB\xBF") == 0)
        offset_ = 3;
    const std::size_t bad = utf8::findInvalid(std::string_view(contents_).substr(offset_));
    if (bad != utf8::kInvalidOffset) {
        const std::size_t at = offset_ + bad;
        const std::size_t line = 1
            + static_cast<std::size_t>(
                std::count(contents_.begin(), contents_.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
        throw InputError(path_, line,
            "invalid UTF-8 (byte " + describeByte(static_cast<unsigned char>(contents_[at]))
                + "); save the file as UTF-8");
    }
}

bool TextTableReader::next()
{
    while (offset_ < contents_.size()) {
        const std::size_t end = contents_.find('\n', offset_);
        const std::size_t stop = end == std::string::npos ? contents_.size() : end;
        std::string_view current(contents_.data() + offset_, stop - offset_);
        lineNumber_ = nextLineNumber_++;
        offset_ = end == std::string::npos ? contents_.size() : end + 1;
        if (current.size() > kMaxLineBytes)
            fail("line is " + std::to_string(current.size()) + " bytes long, more than the "
                + std::to_string(kMaxLineBytes) + " a table line may have (is this the right file?)");
        if (!current.empty() && current.back() == '\r')
            current.remove_suffix(1);
        if (current.find_first_not_of(" \t") == std::string_view::npos)
            continue;
        line_ = current;
        return true;
    }
    line_ = {};
    return false;
}

std::vector<std::string_view> TextTableReader::fields(char separator) const
{
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = line_.find(separator, start);
        if (end == std::string_view::npos) {
            out.push_back(line_.substr(start));
            break;
        }
        out.push_back(line_.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

std::vector<std::string_view> TextTableReader::whitespaceFields() const
{
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < line_.size()) {
        while (i < line_.size() && (line_[i] == ' ' || line_[i] == '\t'))
            ++i;
        if (i >= line_.size())
            break;
        const std::size_t start = i;
        while (i < line_.size() && line_[i] != ' ' && line_[i] != '\t')
            ++i;
        out.push_back(line_.substr(start, i - start));
    }
    return out;
}

void TextTableReader::fail(const std::string& problem) const
{
    throw InputError(path_, lineNumber_, problem);
}

void TextTableReader::expectFieldCount(
    const std::vector<std::string_view>& fields, std::size_t count, std::string_view layout) const
{
    if (fields.size() != count) {
        fail("expected " + std::to_string(count) + " columns (" + std::string(layout) + "), found "
            + std::to_string(fields.size()));
    }
}

std::uint32_t TextTableReader::parseId(std::string_view field, std::string_view what, std::uint32_t maxValue) const
{
    std::size_t cut = std::min<std::size_t>(field.size(), 40);
    while (cut < field.size() && cut > 0 && (static_cast<unsigned char>(field[cut]) & 0xC0U) == 0x80U)
        --cut;  // not inside a UTF-8 character
    const std::string shown = cut < field.size() ? std::string(field.substr(0, cut)) + "…" : std::string(field);
    if (field.empty())
        fail("empty " + std::string(what) + ", expected a non-negative integer");
    if (field.front() == '-') {
        const bool digits = field.size() > 1 && field.find_first_not_of("0123456789", 1) == std::string_view::npos;
        if (digits)
            fail("negative " + std::string(what) + " '" + shown + "', ids start at 0");
        fail(std::string(what) + " '" + shown + "' is not a non-negative integer");
    }
    if (field.find_first_not_of("0123456789") != std::string_view::npos)
        fail(std::string(what) + " '" + shown + "' is not a non-negative integer");
    std::uint64_t value = 0;
    const auto [ptr, ec] = std::from_chars(field.data(), field.data() + field.size(), value);
    if (ec == std::errc::result_out_of_range || value > maxValue)
        fail(std::string(what) + " " + shown + " is out of range (at most " + std::to_string(maxValue) + ")");
    if (ec != std::errc() || ptr != field.data() + field.size())
        fail(std::string(what) + " '" + shown + "' is not a non-negative integer");
    return static_cast<std::uint32_t>(value);
}

}  // namespace tessera
