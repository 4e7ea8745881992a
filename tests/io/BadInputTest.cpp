// Bad input, reader by reader: every row writes a small folder into a QTemporaryDir, reads it
// and expects one tessera::InputError naming the file, the line (when one applies) and the
// problem, as FORMATS.md promises ("FILE:LINE: problem", one line). Running this table to the
// end under ASan/UBSan (the asan preset) is also the proof that none of these inputs crashes or
// hangs a reader.

#include "io/AlignmentReader.h"
#include "io/BundleReader.h"
#include "io/GraphFormat.h"
#include "io/GraphReader.h"
#include "io/InputError.h"
#include "io/LabelledTriplesReader.h"
#include "io/MygoReader.h"
#include "io/TextTableReader.h"
#include "text/Utf8.h"

#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <vector>

using namespace tessera;
namespace fs = std::filesystem;

namespace {

// Relative path → bytes. A path ending in '/' makes an empty folder.
using Files = std::map<std::string, std::string>;

// How the row's path is opened.
enum class Reader { Detect, Bundle, AlignmentBundle, Mygo, Alignment, AlignmentNamesFile, Labelled };

}  // namespace

Q_DECLARE_METATYPE(Files)
Q_DECLARE_METATYPE(Reader)

namespace {

std::string operator""_s(const char* text, std::size_t size)
{
    return std::string(text, size);
}

const std::string kManifest =
    R"({"format": "tessera-graph-bundle", "version": 1, "name": "g",
 "tables": {"entities": "entities.tsv", "aliases": "aliases.tsv", "relations": "relations.tsv", "train": "train.tsv"}})"
    "\n";
const std::string kEntitiesHeader = "key\tlabel\tdescription\timages\n";
const std::string kTriplesHeader = "head\trelation\ttail\n";

// A valid graph bundle in g/, with `changes` replacing (or, with an empty value and a "-"
// prefix on the name, removing) its files.
Files bundle(const Files& changes = {})
{
    Files files = {
        {"g/manifest.json", kManifest},
        {"g/entities.tsv", kEntitiesHeader + "a\tA\t\t\nb\tB\t\t\n"},
        {"g/aliases.tsv", "entity\talias\tlanguage\na\tAlpha\ten\n"},
        {"g/relations.tsv", "key\tlabel\tdescription\nr\tR\t\n"},
        {"g/train.tsv", kTriplesHeader + "a\tr\tb\n"},
    };
    for (const auto& [name, bytes] : changes)
        files[name] = bytes;
    return files;
}

// An alignment bundle in ab/ aligning g/ with itself.
Files alignmentBundle(const Files& changes = {})
{
    Files files = bundle();
    files["ab/manifest.json"]
        = R"({"format": "tessera-alignment", "version": 1, "name": "ab", "source": "../g", "target": "../g", "pairs": "pairs.tsv"})";
    files["ab/pairs.tsv"] = "source\ttarget\tsplit\na\tb\ttrain\n";
    for (const auto& [name, bytes] : changes)
        files[name] = bytes;
    return files;
}

Files mygo(const Files& changes = {})
{
    Files files = {
        {"m/entities.txt", "0\n1\n2\n"},
        {"m/relations.txt", "0\n1\n"},
        {"m/train.txt", "0\t0\t1\n1\t1\t2\n"},
    };
    for (const auto& [name, bytes] : changes)
        files[name] = bytes;
    return files;
}

Files alignment(const Files& changes = {})
{
    Files files = {
        {"p/xx_en/ent_ids_1", "0\thttp://a/x\n1\thttp://a/y\n"},
        {"p/xx_en/ent_ids_2", "2\thttp://b/x\n3\thttp://b/y\n"},
        {"p/xx_en/triples_1", "0\t0\t1\n"},
        {"p/xx_en/triples_2", "2\t1\t3\n"},
        {"p/xx_en/ill_ent_ids", "0\t2\n1\t3\n"},
    };
    for (const auto& [name, bytes] : changes)
        files[name] = bytes;
    return files;
}

Files labelled(const std::string& train)
{
    return {{"l/train.tsv", train}};
}

void writeFiles(const fs::path& root, const Files& files)
{
    for (const auto& [name, bytes] : files) {
        const fs::path path = root / name;
        if (name.ends_with('/')) {
            fs::create_directories(path);
            continue;
        }
        fs::create_directories(path.parent_path());
        std::ofstream out(path, std::ios::binary);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    }
}

struct BadCase {
    std::string name;
    Files files;
    Reader reader = Reader::Detect;
    std::string read;    // path to open, relative to the temporary folder
    std::string file;    // the file the error must name
    int line = 0;        // its line, 0 when none applies
    std::string phrase;  // what the problem text must contain
};

std::vector<BadCase> badCases();

}  // namespace

namespace {

std::vector<BadCase> badCases()
{
    std::vector<BadCase> rows;
    const auto addRow = [&rows](const char* name, Files files, Reader reader, const char* read, const char* file,
                            int line, const std::string& phrase) {
        rows.push_back(BadCase {name, std::move(files), reader, read, file, line, phrase});
    };
    const Reader D = Reader::Detect;

    // --- column counts
    addRow("bundle entities: 3 columns", bundle({{"g/entities.tsv", kEntitiesHeader + "a\tA\t\t\nb\tB\t\n"}}), D, "g",
        "g/entities.tsv", 3, "expected 4 columns (key, label, description, images), found 3");
    addRow("bundle triple: 4 columns", bundle({{"g/train.tsv", kTriplesHeader + "a\tr\tb\tc\n"}}), D, "g",
        "g/train.tsv", 2, "expected 3 columns (head, relation, tail), found 4");
    addRow("mygo triple: 2 columns", mygo({{"m/train.txt", "0\t0\n"}}), D, "m", "m/train.txt", 1,
        "expected 3 columns (head id, relation id, tail id), found 2");
    addRow("mygo entities: 2 columns", mygo({{"m/entities.txt", "0\n1 1\n"}}), D, "m", "m/entities.txt", 2,
        "expected 1 columns (entity id), found 2");
    addRow("alignment pairs: 3 columns", alignment({{"p/xx_en/ill_ent_ids", "0\t2\n1\t3\t5\n"}}), D, "p/xx_en",
        "p/xx_en/ill_ent_ids", 2, "expected 2 columns (KG1 id, KG2 id), found 3");
    addRow("labelled: spaces instead of tabs", labelled("a\tr\tb\na r b\n"), D, "l", "l/train.tsv", 2,
        "expected 3 columns (head, relation, tail, separated by tabs), found 1");

    // --- ids
    addRow("mygo: non-numeric id", mygo({{"m/train.txt", "0\t0\t1\n0\tx1\t1\n"}}), D, "m", "m/train.txt", 2,
        "relation id 'x1' is not a non-negative integer");
    addRow("mygo: negative id", mygo({{"m/train.txt", "-1\t0\t1\n"}}), D, "m", "m/train.txt", 1,
        "negative head id '-1', ids start at 0");
    addRow("mygo: overflowing id", mygo({{"m/train.txt", "0\t0\t1\n\n0\t0\t99999999999999999999\n"}}), D, "m",
        "m/train.txt", 3, "tail id 99999999999999999999 is out of range (at most 4294967294)");
    addRow("mygo: id just past 32 bits", mygo({{"m/entities.txt", "0\n4294967295\n"}}), D, "m", "m/entities.txt", 2,
        "entity id 4294967295 is out of range (at most 4294967294)");
    addRow(
        "mygo: long non-numeric id",
        mygo({{"m/train.txt",
            "a" +
                [] {
                    std::string s;
                    for (int i = 0; i < 25; ++i)
                        s += "é";
                    return s;
                }()
                + "\t0\t1\n"}}),
        D, "m", "m/train.txt", 1, "head id 'a" + [] {
            std::string s;
            for (int i = 0; i < 19; ++i)
                s += "é";
            return s;
        }() + "…' is not a non-negative integer");
    addRow("mygo: hex id", mygo({{"m/train.txt", "0x1\t0\t1\n"}}), D, "m", "m/train.txt", 1,
        "head id '0x1' is not a non-negative integer");
    addRow("mygo: id not in entities.txt", mygo({{"m/train.txt", "0\t0\t7\n"}}), D, "m", "m/train.txt", 1,
        "tail id 7 is not in entities.txt (3 entities)");
    addRow("mygo: relation not in relations.txt", mygo({{"m/valid.txt", "0\t0\t1\n0\t5\t1\n"}}), D, "m", "m/valid.txt",
        2, "relation id 5 is not in relations.txt (2 relations)");
    addRow("mygo: duplicate id", mygo({{"m/entities.txt", "0\n1\n1\n"}}), D, "m", "m/entities.txt", 3,
        "duplicate entity id 1");
    addRow("mygo: sparse huge id", mygo({{"m/entities.txt", "0\n4000000000\n"}}), D, "m", "m/entities.txt", 2,
        "entity id 4000000000 is far beyond the number of lines");
    addRow("mygo: no ids", mygo({{"m/relations.txt", "\n \n"}}), D, "m", "m/relations.txt", 0, "no relation ids");
    addRow("mygo: entity2id id not listed", mygo({{"m/entity2id.txt", "x 0\ny 9\n"}}), D, "m", "m/entity2id.txt", 2,
        "entity id 9 is not listed in entities.txt");
    addRow("mygo: entity named twice", mygo({{"m/entity2id.txt", "x 0\ny 0\n"}}), D, "m", "m/entity2id.txt", 2,
        "entity id 0 is named twice");
    addRow("alignment: duplicate id across graphs",
        alignment({{"p/xx_en/ent_ids_2", "2\thttp://b/x\n1\thttp://b/y\n"}}), D, "p/xx_en", "p/xx_en/ent_ids_2", 2,
        "duplicate entity id 1 (ids are global across ent_ids_1 and ent_ids_2)");
    addRow("alignment: duplicate URI", alignment({{"p/xx_en/ent_ids_1", "0\thttp://a/x\n1\thttp://a/x\n"}}), D,
        "p/xx_en", "p/xx_en/ent_ids_1", 2, "duplicate URI 'http://a/x'");
    addRow("alignment: empty URI", alignment({{"p/xx_en/ent_ids_1", "0\thttp://a/x\n1\t\n"}}), D, "p/xx_en",
        "p/xx_en/ent_ids_1", 2, "empty URI for entity id 1");

    // --- keys
    addRow("bundle: duplicate entity key",
        bundle({{"g/entities.tsv", kEntitiesHeader + "a\tA\t\t\nb\tB\t\t\na\tA again\t\t\n"}}), D, "g",
        "g/entities.tsv", 4, "duplicate entity key 'a'");
    addRow("bundle: duplicate relation key",
        bundle({{"g/relations.tsv", "key\tlabel\tdescription\nr\tR\t\nr\tR2\t\n"}}), D, "g", "g/relations.tsv", 3,
        "duplicate relation key 'r'");
    addRow("bundle: empty entity key", bundle({{"g/entities.tsv", kEntitiesHeader + "a\tA\t\t\n\tNo key\t\t\n"}}), D,
        "g", "g/entities.tsv", 3, "empty entity key");
    addRow("bundle: empty relation key", bundle({{"g/relations.tsv", "key\tlabel\tdescription\n\tR\tno key\n"}}), D,
        "g", "g/relations.tsv", 2, "empty relation key");
    addRow("bundle: empty alias", bundle({{"g/aliases.tsv", "entity\talias\tlanguage\na\t\ten\n"}}), D, "g",
        "g/aliases.tsv", 2, "empty alias");
    addRow("labelled: empty relation", labelled("a\t\tb\n"), D, "l", "l/train.tsv", 1, "relation is empty");
    // Names of only spaces used to be accepted; the bundle written from them had blank rows,
    // which read back as nothing (the import did not open).
    addRow("labelled: head of only spaces", labelled("a\tr\tb\n  \tr\tb\n"), D, "l", "l/train.tsv", 2,
        "head is empty (only spaces)");
    addRow("alignment: URI of only spaces", alignment({{"p/xx_en/ent_ids_2", "2\thttp://b/x\n3\t \n"}}), D, "p/xx_en",
        "p/xx_en/ent_ids_2", 2, "empty URI for entity id 3");
    addRow("alignment: empty relation URI", alignment({{"p/xx_en/rel_ids_2", "1\t\n"}}), D, "p/xx_en",
        "p/xx_en/rel_ids_2", 1, "empty URI for relation id 1");

    // --- unknown references
    addRow("bundle: unknown tail entity", bundle({{"g/train.tsv", kTriplesHeader + "a\tr\tb\na\tr\tzz\n"}}), D, "g",
        "g/train.tsv", 3, "unknown tail entity 'zz'");
    addRow("bundle: unknown head entity in valid",
        bundle(
            {{"g/manifest.json",
                 R"({"format": "tessera-graph-bundle", "version": 1, "name": "g", "tables": {"entities": "entities.tsv", "relations": "relations.tsv", "train": "train.tsv", "valid": "valid.tsv"}})"},
                {"g/valid.tsv", kTriplesHeader + "\nzz\tr\tb\n"}}),
        D, "g", "g/valid.tsv", 3, "unknown head entity 'zz'");
    addRow("bundle: unknown relation", bundle({{"g/train.tsv", kTriplesHeader + "a\tq\tb\n"}}), D, "g", "g/train.tsv",
        2, "unknown relation 'q'");
    addRow("bundle: alias of unknown entity", bundle({{"g/aliases.tsv", "entity\talias\tlanguage\nzz\tZed\ten\n"}}), D,
        "g", "g/aliases.tsv", 2, "unknown entity 'zz' (not in the entities table)");
    addRow("alignment: unknown relation with rel_ids",
        alignment({{"p/xx_en/rel_ids_1", "0\thttp://r/a\n"}, {"p/xx_en/triples_1", "0\t0\t1\n0\t5\t1\n"}}), D,
        "p/xx_en", "p/xx_en/triples_1", 2, "relation id 5 is not in rel_ids_1");
    addRow("alignment: pair with unknown KG2 entity", alignment({{"p/xx_en/ill_ent_ids", "0\t2\n1\t9\n"}}), D,
        "p/xx_en", "p/xx_en/ill_ent_ids", 2, "KG2 entity id 9 is not in ent_ids_2");
    addRow("alignment: pair the wrong way round", alignment({{"p/xx_en/ill_ent_ids", "2\t0\n"}}), D, "p/xx_en",
        "p/xx_en/ill_ent_ids", 1, "KG1 entity id 2 is not in ent_ids_1");
    addRow("alignment bundle: pair with unknown entity",
        alignmentBundle({{"ab/pairs.tsv", "source\ttarget\tsplit\na\tb\ttrain\nb\tzz\ttest\n"}}), D, "ab",
        "ab/pairs.tsv", 3, "unknown target entity 'zz'");
    addRow("alignment bundle: bad split", alignmentBundle({{"ab/pairs.tsv", "source\ttarget\tsplit\na\tb\tdev\n"}}), D,
        "ab", "ab/pairs.tsv", 2, "split is 'dev', expected 'train' or 'test'");
    addRow("alignment: triple crossing graphs", alignment({{"p/xx_en/triples_1", "0\t0\t1\n0\t0\t2\n"}}), D, "p/xx_en",
        "p/xx_en/triples_1", 2, "tail id 2 belongs to the other graph, not to ent_ids_1");
    addRow("alignment: triple crossing graphs (KG2)", alignment({{"p/xx_en/triples_2", "0\t1\t3\n"}}), D, "p/xx_en",
        "p/xx_en/triples_2", 1, "head id 0 belongs to the other graph, not to ent_ids_2");
    addRow("alignment: entity in neither graph", alignment({{"p/xx_en/triples_2", "2\t1\t7\n"}}), D, "p/xx_en",
        "p/xx_en/triples_2", 1, "tail id 7 is in neither ent_ids_1 nor ent_ids_2");

    // --- encoding
    addRow("invalid UTF-8: C3 28", bundle({{"g/entities.tsv", kEntitiesHeader + "a\tA\t\t\nb\t\xC3\x28\t\t\n"}}), D,
        "g", "g/entities.tsv", 3, "invalid UTF-8 (byte 0xC3)");
    addRow("invalid UTF-8: FF", mygo({{"m/entity2id.txt", "x 0\n\xFFy 1\n"}}), D, "m", "m/entity2id.txt", 2,
        "invalid UTF-8 (byte 0xFF)");
    addRow("invalid UTF-8 after CRLF lines",
        alignment({{"p/xx_en/ent_ids_1", "0\thttp://a/x\r\n\r\n1\thttp://a/\xFEy\r\n"}}), D, "p/xx_en",
        "p/xx_en/ent_ids_1", 3, "invalid UTF-8 (byte 0xFE)");
    addRow("overlong encoding of '/'", labelled("a\tr\t\xC0\xAF\n"), D, "l", "l/train.tsv", 1,
        "invalid UTF-8 (byte 0xC0)");
    addRow("overlong 3-byte encoding", labelled("a\tr\tb\na\tr\t\xE0\x80\xAF\n"), D, "l", "l/train.tsv", 2,
        "invalid UTF-8 (byte 0xE0)");
    addRow("UTF-16 surrogate", bundle({{"g/relations.tsv", "key\tlabel\tdescription\nr\t\xED\xA0\x80\t\n"}}), D, "g",
        "g/relations.tsv", 2, "invalid UTF-8 (byte 0xED)");
    addRow("code point above U+10FFFF", labelled("a\tr\t\xF4\x90\x80\x80\n"), D, "l", "l/train.tsv", 1,
        "invalid UTF-8 (byte 0xF4)");
    addRow("truncated sequence at end of file", labelled("a\tr\tb\na\tr\t\xE4\xB8"), D, "l", "l/train.tsv", 2,
        "invalid UTF-8 (byte 0xE4)");
    addRow("binary file", bundle({{"g/relations.tsv", "key\tlabel\tdescription\nr\0\x01\x02\t\t\n"_s}}), D, "g",
        "g/relations.tsv", 0, "binary file (contains NUL bytes), expected UTF-8 text");
    addRow("binary manifest", bundle({{"g/manifest.json", "{\"format\"\0}"_s}}), D, "g", "g/manifest.json", 0,
        "binary file (contains NUL bytes)");
    addRow("line over 1 MiB", labelled("a\tr\tb\na\tr\t" + std::string(TextTableReader::kMaxLineBytes, 'x') + "\n"), D,
        "l", "l/train.tsv", 2, "bytes long, more than the 1048576 a table line may have");

    // --- files and manifests
    addRow(
        "missing relations.txt",
        [] {
            Files f = mygo();
            f.erase("m/relations.txt");
            return f;
        }(),
        Reader::Mygo, "m", "m/relations.txt", 0, "file not found");
    addRow(
        "missing triples_2",
        [] {
            Files f = alignment();
            f.erase("p/xx_en/triples_2");
            return f;
        }(),
        D, "p/xx_en", "p/xx_en/triples_2", 0, "file not found");
    addRow(
        "missing train table",
        [] {
            Files f = bundle();
            f.erase("g/train.tsv");
            return f;
        }(),
        D, "g", "g/train.tsv", 0, "file not found");
    addRow("table is a folder",
        bundle({{"g/train.tsv", ""}, {"g/splits/", ""},
            {"g/manifest.json",
                R"({"format": "tessera-graph-bundle", "version": 1, "name": "g", "tables": {"entities": "entities.tsv", "relations": "relations.tsv", "train": "splits"}})"}}),
        D, "g", "g/splits", 0, "is a folder, expected a file");
    addRow("manifest without name",
        bundle({{"g/manifest.json",
            R"({"format": "tessera-graph-bundle", "version": 1, "tables": {"entities": "entities.tsv", "relations": "relations.tsv", "train": "train.tsv"}})"}}),
        D, "g", "g/manifest.json", 0, "missing \"name\"");
    addRow("manifest without tables.train",
        bundle({{"g/manifest.json",
            R"({"format": "tessera-graph-bundle", "version": 1, "name": "g", "tables": {"entities": "entities.tsv", "relations": "relations.tsv"}})"}}),
        D, "g", "g/manifest.json", 0, "missing \"train\"");
    addRow("manifest without version",
        bundle({{"g/manifest.json", R"({"format": "tessera-graph-bundle", "name": "g", "tables": {}})"}}), D, "g",
        "g/manifest.json", 0, "missing integer \"version\"");
    addRow("manifest name not a string",
        bundle({{"g/manifest.json", R"({"format": "tessera-graph-bundle", "version": 1, "name": 5, "tables": {}})"}}),
        D, "g", "g/manifest.json", 0, "\"name\" must be a string");
    addRow("manifest sources not an array",
        bundle({{"g/manifest.json",
            R"({"format": "tessera-graph-bundle", "version": 1, "name": "g", "sources": {}, "tables": {}})"}}),
        D, "g", "g/manifest.json", 0, "\"sources\" must be an array");
    addRow("manifest: missing comma",
        bundle({{"g/manifest.json",
            "{\n  \"format\": \"tessera-graph-bundle\",\n  \"version\": 1\n  \"name\": \"g\"\n}\n"}}),
        D, "g", "g/manifest.json", 4, "invalid JSON: syntax error while parsing object");
    addRow("manifest: invalid literal",
        bundle({{"g/manifest.json", "{\n  \"format\": \"tessera-graph-bundle\",\n  \"version\": tru,\n}\n"}}),
        Reader::Bundle, "g", "g/manifest.json", 3, "invalid JSON: syntax error while parsing value - invalid literal");
    // Detection hands a manifest that does not parse to the bundle reader, which names the line.
    addRow("manifest: not JSON at all", bundle({{"g/manifest.json", "\n\nformat = bundle\n"}}), D, "g",
        "g/manifest.json", 3, "invalid JSON: syntax error while parsing value - invalid literal");
    // Found by fuzz_manifest_json: nlohmann's out_of_range escaped the reader as another exception.
    addRow("manifest: number overflow",
        bundle({{"g/manifest.json", R"({"format": "tessera-graph-bundle", "version": 1e400})"}}), D, "g",
        "g/manifest.json", 0, "invalid JSON: number overflow parsing '1e400'");
    addRow("manifest: an array (detected)", bundle({{"g/manifest.json", "[1, 2]"}}), D, "g", "g/manifest.json", 0,
        "not a JSON object; a Tessera manifest was expected");
    addRow("manifest: an array", bundle({{"g/manifest.json", "[1, 2]"}}), Reader::Bundle, "g", "g/manifest.json", 0,
        "expected a JSON object");
    addRow("manifest: wrong format (detected)",
        bundle({{"g/manifest.json", R"({"format": "tessera-graph-bundel", "version": 1})"}}), D, "g", "g/manifest.json",
        0, "\"format\" is 'tessera-graph-bundel', expected \"tessera-graph-bundle\" or \"tessera-alignment\"");
    addRow("manifest: wrong format (forced)",
        bundle({{"g/manifest.json", R"({"format": "tessera-graph-bundel", "version": 1})"}}), Reader::Bundle, "g",
        "g/manifest.json", 0, "\"format\" is 'tessera-graph-bundel', expected \"tessera-graph-bundle\"");
    addRow("manifest: format is not a string", bundle({{"g/manifest.json", R"({"format": 1, "version": 1})"}}), D, "g",
        "g/manifest.json", 0, "\"format\" must be a string");
    addRow("manifest: version 2",
        bundle({{"g/manifest.json", R"({"format": "tessera-graph-bundle", "version": 2, "name": "g", "tables": {}})"}}),
        D, "g", "g/manifest.json", 0, "bundle version 2 is not supported (this Tessera reads version 1)");
    addRow("alignment manifest: version 2",
        alignmentBundle({{"ab/manifest.json",
            R"({"format": "tessera-alignment", "version": 2, "name": "ab", "source": "../g", "target": "../g", "pairs": "pairs.tsv"})"}}),
        D, "ab", "ab/manifest.json", 0, "alignment bundle version 2 is not supported (this Tessera reads version 1)");
    addRow("alignment manifest: no pairs",
        alignmentBundle({{"ab/manifest.json",
            R"({"format": "tessera-alignment", "version": 1, "name": "ab", "source": "../g", "target": "../g"})"}}),
        D, "ab", "ab/manifest.json", 0, "missing \"pairs\"");
    addRow("alignment manifest: pairs outside",
        alignmentBundle({{"ab/manifest.json",
            R"({"format": "tessera-alignment", "version": 1, "name": "ab", "source": "../g", "target": "../g", "pairs": "../g/train.tsv"})"}}),
        D, "ab", "ab/manifest.json", 0, "\"pairs\" must be a path inside the alignment folder");
    addRow("alignment manifest: source is not a bundle",
        alignmentBundle({{"ab/manifest.json",
            R"({"format": "tessera-alignment", "version": 1, "name": "ab", "source": "../nowhere", "target": "../g", "pairs": "pairs.tsv"})"}}),
        D, "ab", "nowhere/manifest.json", 0, "file not found");
    addRow("table path with '..'",
        bundle(
            {{"g/manifest.json",
                 R"({"format": "tessera-graph-bundle", "version": 1, "name": "g", "tables": {"entities": "../outside/entities.tsv", "relations": "relations.tsv", "train": "train.tsv"}})"},
                {"outside/entities.tsv", kEntitiesHeader}}),
        D, "g", "g/manifest.json", 0, "table path '../outside/entities.tsv' leaves the bundle folder");
    addRow("table path '..' in the middle",
        bundle({{"g/manifest.json",
            R"({"format": "tessera-graph-bundle", "version": 1, "name": "g", "tables": {"entities": "entities.tsv", "relations": "relations.tsv", "train": "sub/../../train.tsv"}})"}}),
        D, "g", "g/manifest.json", 0, "table path 'sub/../../train.tsv' leaves the bundle folder");
    addRow("absolute table path",
        bundle({{"g/manifest.json",
            R"({"format": "tessera-graph-bundle", "version": 1, "name": "g", "tables": {"entities": "/etc/passwd", "relations": "relations.tsv", "train": "train.tsv"}})"}}),
        D, "g", "g/manifest.json", 0, "table path '/etc/passwd' leaves the bundle folder");
    addRow("image path escaping the bundle",
        bundle({{"g/entities.tsv", kEntitiesHeader + "a\tA\t\timages/a.png|images/../../secret.png\n"}}), D, "g",
        "g/entities.tsv", 2, "image path 'images/../../secret.png' leaves the bundle folder");
    addRow("absolute image path", bundle({{"g/entities.tsv", kEntitiesHeader + "a\tA\t\t\nb\tB\t\t/etc/hosts\n"}}), D,
        "g", "g/entities.tsv", 3, "image path '/etc/hosts' leaves the bundle folder");

    // --- table syntax
    addRow("bad header: a column missing", bundle({{"g/entities.tsv", "key\tlabel\tdescription\na\tA\t\n"}}), D, "g",
        "g/entities.tsv", 1, "expected 'key label description images' (tab-separated)");
    addRow("bad header: spaces", bundle({{"g/train.tsv", "\n\nhead relation tail\na\tr\tb\n"}}), D, "g", "g/train.tsv",
        3, "header is 'head relation tail', expected 'head relation tail' (tab-separated)");
    addRow("empty table", bundle({{"g/relations.tsv", "\r\n\r\n"}}), D, "g", "g/relations.tsv", 2,
        "empty table, expected the header line 'key label description'");
    addRow("lone trailing backslash", bundle({{"g/entities.tsv", kEntitiesHeader + "a\tA\tends with\\\t\n"}}), D, "g",
        "g/entities.tsv", 2, "column 3 ends with a lone backslash (write \\\\ for one)");
    addRow("lone backslash at end of line", bundle({{"g/train.tsv", kTriplesHeader + "a\tr\tb\\\n"}}), D, "g",
        "g/train.tsv", 2, "column 3 ends with a lone backslash");

    // --- translated names
    addRow("translated names: malformed JSON",
        alignment({{"p/translated_ent_name/dbp_xx_en.json", "[[0, [\"a\"]], [1, "}}), D, "p/xx_en",
        "p/translated_ent_name/dbp_xx_en.json", 0, "invalid JSON, expected [[id, [\"token\", ...]], ...]");
    addRow("translated names: not an array", alignment({{"p/translated_ent_name/dbp_xx_en.json", "{\"0\": [\"a\"]}"}}),
        D, "p/xx_en", "p/translated_ent_name/dbp_xx_en.json", 0, "expected a JSON array");
    addRow("translated names: entry shape",
        alignment({{"p/translated_ent_name/dbp_xx_en.json", "[[0, [\"a\"]], [1, \"b\"]]"}}), D, "p/xx_en",
        "p/translated_ent_name/dbp_xx_en.json", 0, "entry 1: expected [id, [\"token\", ...]]");
    addRow("translated names: negative id", alignment({{"p/translated_ent_name/dbp_xx_en.json", "[[-1, [\"a\"]]]"}}), D,
        "p/xx_en", "p/translated_ent_name/dbp_xx_en.json", 0, "entry 0: expected [id, [\"token\", ...]]");
    addRow("translated names: unknown id",
        alignment({{"p/translated_ent_name/dbp_xx_en.json", "[[4294967296, [\"a\"]]]"}}), D, "p/xx_en",
        "p/translated_ent_name/dbp_xx_en.json", 0,
        "entry 0: entity id 4294967296 is in neither ent_ids_1 nor ent_ids_2");
    addRow("translated names: token not a string",
        alignment({{"p/translated_ent_name/dbp_xx_en.json", "[[0, [\"a\", 7]]]"}}), D, "p/xx_en",
        "p/translated_ent_name/dbp_xx_en.json", 0, "entry 0: tokens must be strings");
    addRow("translated names: NUL in a token",
        alignment({{"p/translated_ent_name/dbp_xx_en.json", "[[0, [\"a\\u0000b\"]]]"}}), D, "p/xx_en",
        "p/translated_ent_name/dbp_xx_en.json", 0, "entry 0: a token contains a NUL character");
    addRow("translated names: explicit file missing", alignment(), Reader::AlignmentNamesFile, "p/xx_en",
        "p/names.json", 0, "file not found");

    // --- detection and folders
    addRow("folder with no known format", {{"x/readme.txt", "nothing here\n"}, {"x/entities.txt", "0\n"}}, D, "x", "x",
        0, "no known graph format: expected manifest.json (Tessera bundle)");
    addRow("path that does not exist", {{"x/", ""}}, D, "x/missing", "x/missing", 0, "no such file or folder");
    addRow("labelled folder without train", {{"l/valid.tsv", "a\tr\tb\n"}}, Reader::Labelled, "l", "l", 0,
        "no train.tsv or train.txt in this folder");
    addRow("labelled file with only a header", labelled("head\trelation\ttail\n\n"), Reader::Labelled, "l/train.tsv",
        "l/train.tsv", 0, "no triples");
    return rows;
}

}  // namespace

class BadInputTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void badInput_data();
    void badInput();
    void tableCoversEveryReader();
    void inMemoryTextTable_data();
    void inMemoryTextTable();
    void messageIsOneLine();
};

void BadInputTest::badInput_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<Reader>("reader");
    QTest::addColumn<QString>("read");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("phrase");
    for (const BadCase& c : badCases()) {
        QTest::newRow(c.name.c_str()) << c.files << c.reader << QString::fromStdString(c.read)
                                      << QString::fromStdString(c.file) << c.line << QString::fromStdString(c.phrase);
    }
}

void BadInputTest::badInput()
{
    QFETCH(Files, files);
    QFETCH(Reader, reader);
    QFETCH(QString, read);
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, phrase);

    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const fs::path root(temp.path().toStdString());
    writeFiles(root, files);
    const std::string path = (root / read.toStdString()).string();
    const std::string names = (root / "p/names.json").string();

    bool thrown = false;
    try {
        switch (reader) {
        case Reader::Detect:
            readDataset(path);
            break;
        case Reader::Bundle:
            BundleReader::read(path);
            break;
        case Reader::AlignmentBundle:
            AlignmentBundleReader::read(path);
            break;
        case Reader::Mygo:
            MygoReader::read(path);
            break;
        case Reader::Alignment:
            AlignmentReader::read(path);
            break;
        case Reader::AlignmentNamesFile:
            AlignmentReader::read(path, names);
            break;
        case Reader::Labelled:
            LabelledTriplesReader::read(path);
            break;
        }
    } catch (const InputError& e) {
        thrown = true;
        const std::string what = e.what();
        const std::string expectedFile = (root / file.toStdString()).string();
        QCOMPARE(QString::fromStdString(e.file()), QString::fromStdString(expectedFile));
        QCOMPARE(e.line(), std::size_t(line));
        const std::string prefix = line == 0 ? expectedFile + ": " : expectedFile + ":" + std::to_string(line) + ": ";
        QVERIFY2(what.starts_with(prefix), what.c_str());
        QCOMPARE(what, prefix + e.problem());
        QVERIFY2(e.problem().find(phrase.toStdString()) != std::string::npos, what.c_str());
        QVERIFY2(what.find('\n') == std::string::npos, "the message must be one line");
        QVERIFY2(utf8::findInvalid(what) == utf8::kInvalidOffset, "the message must be UTF-8");
    } catch (const std::exception& e) {
        QFAIL(qPrintable(QStringLiteral("expected tessera::InputError, got another exception: %1")
                             .arg(QString::fromUtf8(e.what()))));
    }
    QVERIFY2(thrown, "no InputError");
}

void BadInputTest::tableCoversEveryReader()
{
    const auto rows = badCases();
    QVERIFY(rows.size() >= 30);
    // Every reader's files appear in some row: bundle (g/), alignment bundle (ab/), MyGO (m/),
    // alignment (p/), labelled triples (l/), plus detection of unknown folders (x/).
    std::map<std::string, int> byFolder;
    std::set<std::string> names;
    for (const BadCase& c : rows) {
        ++byFolder[c.file.substr(0, c.file.find('/'))];
        QVERIFY2(names.insert(c.name).second, c.name.c_str());
    }
    for (const char* folder : {"g", "ab", "m", "p", "l", "x"})
        QVERIFY2(byFolder[folder] >= 1, folder);
    QVERIFY(byFolder["g"] >= 10);
    QVERIFY(byFolder["m"] >= 10);
    QVERIFY(byFolder["p"] >= 10);
}

void BadInputTest::inMemoryTextTable_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("NUL") << QByteArray("a\tb\n\0c", 6) << 0 << "binary file (contains NUL bytes)";
    QTest::newRow("C3 28 on line 3") << QByteArray("a\n\nb\xC3\x28\n") << 3 << "invalid UTF-8 (byte 0xC3)";
    QTest::newRow("lone continuation byte") << QByteArray("\x80") << 1 << "invalid UTF-8 (byte 0x80)";
    QTest::newRow("5-byte form") << QByteArray("ok\n\xF8\x88\x80\x80\x80") << 2 << "invalid UTF-8 (byte 0xF8)";
    QTest::newRow("BOM then invalid") << QByteArray("\xEF\xBB\xBF\xC1\xBF") << 1 << "invalid UTF-8 (byte 0xC1)";
    QTest::newRow("truncated 4-byte") << QByteArray("\xF0\x9F\x98") << 1 << "invalid UTF-8 (byte 0xF0)";
}

void BadInputTest::inMemoryTextTable()
{
    QFETCH(QByteArray, contents);
    QFETCH(int, line);
    QFETCH(QString, phrase);
    try {
        TextTableReader table("memory.tsv", contents.toStdString());
        while (table.next()) { }
        QFAIL("no InputError");
    } catch (const InputError& e) {
        QCOMPARE(e.file(), std::string("memory.tsv"));
        QCOMPARE(e.line(), std::size_t(line));
        QVERIFY2(e.problem().find(phrase.toStdString()) != std::string::npos, e.what());
    }
}

void BadInputTest::messageIsOneLine()
{
    // An unescaped key can hold a line break (written "\n" in the table); the message that
    // quotes it must still be the one line FORMATS.md promises.
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const fs::path root(temp.path().toStdString());
    writeFiles(root, bundle({{"g/train.tsv", kTriplesHeader + "a\tr\tline\\nbreak\n"}}));
    try {
        readDataset((root / "g").string());
        QFAIL("no InputError");
    } catch (const InputError& e) {
        const std::string what = e.what();
        QVERIFY2(what.find('\n') == std::string::npos, what.c_str());
        QCOMPARE(QString::fromStdString(what),
            QString::fromStdString((root / "g/train.tsv").string() + ":2: unknown tail entity 'line\\nbreak'"));
    }
}

QTEST_GUILESS_MAIN(BadInputTest)
#include "BadInputTest.moc"
