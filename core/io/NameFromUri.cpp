#include "io/NameFromUri.h"

#include "text/Utf8.h"

namespace tessera {

namespace {
int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}
}  // namespace

std::string labelFromIdentifier(std::string_view identifier)
{
    std::string_view segment = identifier;
    while (!segment.empty() && (segment.back() == '/' || segment.back() == '>'))
        segment.remove_suffix(1);
    if (!segment.empty() && segment.front() == '<')
        segment.remove_prefix(1);
    if (segment.find("://") != std::string_view::npos) {
        const auto slash = segment.rfind('/');
        if (slash != std::string_view::npos)
            segment = segment.substr(slash + 1);
    }
    std::string decoded;
    decoded.reserve(segment.size());
    for (std::size_t i = 0; i < segment.size(); ++i) {
        if (segment[i] == '%' && i + 2 < segment.size()) {
            const int high = hexValue(segment[i + 1]);
            const int low = hexValue(segment[i + 2]);
            if (high >= 0 && low >= 0) {
                decoded.push_back(static_cast<char>(high * 16 + low));
                i += 2;
                continue;
            }
        }
        decoded.push_back(segment[i] == '_' ? ' ' : segment[i]);
    }
    if (utf8::findInvalid(decoded) != utf8::kInvalidOffset || decoded.empty()
        || decoded.find('\0') != std::string::npos)
        return std::string(identifier);
    return decoded;
}

}  // namespace tessera
