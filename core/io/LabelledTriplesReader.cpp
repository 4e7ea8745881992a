#include "io/LabelledTriplesReader.h"

#include "graph/KnowledgeGraphBuilder.h"
#include "io/InputError.h"
#include "io/TextTableReader.h"

#include <cctype>
#include <filesystem>

namespace tessera {

namespace fs = std::filesystem;

namespace {

bool isHeader(std::string_view line)
{
    std::string lower(line);
    for (char& c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower == "head\trelation\ttail" || lower == "subject\tpredicate\tobject";
}

void readFile(const fs::path& file, Split split, KnowledgeGraphBuilder& builder)
{
    TextTableReader table(file.string());
    bool first = true;
    while (table.next()) {
        if (first && isHeader(table.line())) {
            first = false;
            continue;
        }
        first = false;
        const auto fields = table.fields('\t');
        table.expectFieldCount(fields, 3, "head, relation, tail, separated by tabs");
        for (std::size_t i = 0; i < 3; ++i) {
            // A name of only spaces is as good as none (and a bundle row of it would read as blank).
            if (fields[i].find_first_not_of(' ') == std::string_view::npos)
                table.fail(std::string(i == 0 ? "head"
                                   : i == 1   ? "relation"
                                              : "tail")
                    + " is empty" + (fields[i].empty() ? "" : " (only spaces)"));
        }
        const EntityId head = builder.entityForKey(fields[0]);
        const RelationId relation = builder.relationForKey(fields[1]);
        const EntityId tail = builder.entityForKey(fields[2]);
        builder.addTriple(split, Triple {head, relation, tail});
    }
}

}  // namespace

std::shared_ptr<const KnowledgeGraph> LabelledTriplesReader::read(
    const std::string& pathText, const ReadOptions& options)
{
    const fs::path path(pathText);
    KnowledgeGraphBuilder builder;
    GraphMetadata& meta = builder.metadata();
    meta.format = "labelled-triples";
    meta.sourcePath = pathText;
    std::error_code error;
    if (fs::is_directory(path, error)) {
        meta.name = (path.filename().empty() ? path.parent_path() : path).filename().string();
        bool any = false;
        for (const Split split : kAllSplits) {
            for (const char* ending : {".tsv", ".txt"}) {
                const fs::path file = path / (std::string(splitName(split)) + ending);
                if (fs::is_regular_file(file, error)) {
                    readFile(file, split, builder);
                    any = any || split == Split::Train;
                    if (options.stop.stop_requested())
                        throw ReadCancelled {};
                    break;
                }
            }
        }
        if (!any)
            throw InputError(pathText, "no train.tsv or train.txt in this folder");
    } else {
        meta.name = path.stem().string();
        readFile(path, Split::Train, builder);
    }
    if (builder.relationCount() == 0)
        throw InputError(pathText, "no triples");
    return builder.build();
}

}  // namespace tessera
