#include "tensors/PickleOrderedDictRewriter.h"

#include <cstdint>
#include <set>
#include <stdexcept>
#include <vector>

namespace tessera {

namespace {

// How an opcode's argument is laid out in the stream.
enum class Argument {
    None,
    Fixed,     // `size` bytes
    Counted,   // a little-endian length of `size` bytes, then that many bytes
    Line,      // up to and including '\n'
    TwoLines,  // two '\n'-terminated lines (GLOBAL, INST)
    Unknown,
};

struct Layout {
    Argument kind = Argument::Unknown;
    std::size_t size = 0;
};

Layout layoutOf(unsigned char op)
{
    switch (op) {
    // No argument.
    case '(':
    case '.':
    case '0':
    case '1':
    case '2':
    case 'N':
    case 'R':
    case 'b':
    case 'a':
    case 'e':
    case 'd':
    case '}':
    case 'l':
    case ']':
    case 't':
    case ')':
    case 's':
    case 'u':
    case 'Q':
    case 'o':
    case 0x81:
    case 0x85:
    case 0x86:
    case 0x87:
    case 0x88:
    case 0x89:
    case 0x8f:
    case 0x90:
    case 0x91:
    case 0x92:
    case 0x93:
    case 0x94:
    case 0x97:
    case 0x98:
        return {Argument::None, 0};
    case 'K':
    case 'q':
    case 'h':
    case 0x80:
    case 0x82:
        return {Argument::Fixed, 1};
    case 'M':
    case 0x83:
        return {Argument::Fixed, 2};
    case 'J':
    case 'r':
    case 'j':
    case 0x84:
        return {Argument::Fixed, 4};
    case 'G':
    case 0x95:
        return {Argument::Fixed, 8};
    case 'U':
    case 'C':
    case 0x8c:
    case 0x8a:
        return {Argument::Counted, 1};
    case 'X':
    case 'T':
    case 'B':
    case 0x8b:
        return {Argument::Counted, 4};
    case 0x8d:
    case 0x8e:
    case 0x96:
        return {Argument::Counted, 8};
    case 'I':
    case 'L':
    case 'F':
    case 'S':
    case 'V':
    case 'p':
    case 'g':
    case 'P':
        return {Argument::Line, 0};
    case 'c':
    case 'i':
        return {Argument::TwoLines, 0};
    default:
        return {Argument::Unknown, 0};
    }
}

std::uint64_t littleEndian(std::string_view bytes)
{
    std::uint64_t value = 0;
    for (std::size_t i = bytes.size(); i-- > 0;)
        value = (value << 8U) | static_cast<unsigned char>(bytes[i]);
    return value;
}

std::string at(std::size_t offset)
{
    return "pickle byte " + std::to_string(offset) + ": ";
}

// One opcode with its argument.
struct Opcode {
    unsigned char op = 0;
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string_view argument;
};

class OpcodeReader {
public:
    explicit OpcodeReader(std::string_view stream)
        : stream_(stream)
    {
    }

    bool atEnd() const { return pos_ >= stream_.size(); }

    Opcode next()
    {
        Opcode code;
        code.begin = pos_;
        code.op = static_cast<unsigned char>(stream_[pos_++]);
        const Layout layout = layoutOf(code.op);
        const std::size_t argumentStart = pos_;
        switch (layout.kind) {
        case Argument::None:
            break;
        case Argument::Fixed:
            take(layout.size, code.begin);
            break;
        case Argument::Counted: {
            take(layout.size, code.begin);
            const std::uint64_t length = littleEndian(stream_.substr(argumentStart, layout.size));
            if (length > stream_.size())
                throw std::invalid_argument(at(code.begin) + "length " + std::to_string(length) + " runs past the end");
            take(static_cast<std::size_t>(length), code.begin);
            break;
        }
        case Argument::Line:
            line(code.begin);
            break;
        case Argument::TwoLines:
            line(code.begin);
            line(code.begin);
            break;
        case Argument::Unknown:
            throw std::invalid_argument(at(code.begin) + "unknown opcode 0x" + hex(code.op));
        }
        code.end = pos_;
        code.argument = stream_.substr(argumentStart, pos_ - argumentStart);
        return code;
    }

private:
    static std::string hex(unsigned char value)
    {
        const char* digits = "0123456789abcdef";
        return {digits[value >> 4U], digits[value & 15U]};
    }

    void take(std::size_t count, std::size_t opcodeStart)
    {
        if (count > stream_.size() - pos_)
            throw std::invalid_argument(at(opcodeStart) + "truncated opcode");
        pos_ += count;
    }

    void line(std::size_t opcodeStart)
    {
        const std::size_t newline = stream_.find('\n', pos_);
        if (newline == std::string_view::npos)
            throw std::invalid_argument(at(opcodeStart) + "unterminated line argument");
        pos_ = newline + 1;
    }

    std::string_view stream_;
    std::size_t pos_ = 0;
};

bool isMemoPut(unsigned char op)
{
    return op == 'q' || op == 'r' || op == 0x94 || op == 'p';
}

bool isMemoGet(unsigned char op)
{
    return op == 'h' || op == 'j' || op == 'g';
}

std::string memoKey(const Opcode& code)
{
    if (code.op == 'p' || code.op == 'g')
        return std::string(code.argument.substr(0, code.argument.size() - 1));
    return std::to_string(littleEndian(code.argument));
}

}  // namespace

std::string rewriteOrderedDictsAsDicts(std::string_view pickle)
{
    OpcodeReader reader(pickle);
    std::vector<Opcode> codes;
    while (!reader.atEnd())
        codes.push_back(reader.next());

    // MEMOIZE (0x94) numbers memo entries implicitly: count them to know what a later get means.
    std::set<std::string> orderedDictMemo;
    std::uint64_t implicitMemo = 0;
    std::string out;
    out.reserve(pickle.size());
    for (std::size_t i = 0; i < codes.size(); ++i) {
        const Opcode& code = codes[i];
        std::size_t next = i + 1;
        std::string replacement;
        if (code.op == 'c' && code.argument == "collections\nOrderedDict\n") {
            // EMPTY_DICT takes the class's place, and the memo put that follows keeps its slot
            // (later puts may be numbered implicitly). That slot is never read back: gets of it
            // are rewritten below, each to a new dict.
            replacement = "}";
            if (next < codes.size() && isMemoPut(codes[next].op)) {
                const Opcode& put = codes[next];
                orderedDictMemo.insert(put.op == 0x94 ? std::to_string(implicitMemo) : memoKey(put));
                if (put.op == 0x94)
                    ++implicitMemo;
                replacement.append(pickle.substr(put.begin, put.end - put.begin));
                ++next;
            }
        } else if (isMemoGet(code.op) && orderedDictMemo.count(memoKey(code)) != 0) {
            replacement = "}";
        } else {
            if (code.op == 0x94)
                ++implicitMemo;
            out.append(pickle.substr(code.begin, code.end - code.begin));
            continue;
        }
        if (next + 1 >= codes.size() || codes[next].op != ')' || codes[next + 1].op != 'R')
            throw std::invalid_argument(at(code.begin)
                + "collections.OrderedDict is built with arguments; only "
                  "OrderedDict() followed by its items is supported");
        out += replacement;  // in place of [GLOBAL put | get] EMPTY_TUPLE REDUCE
        i = next + 1;
    }
    return out;
}

}  // namespace tessera
