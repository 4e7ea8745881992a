#pragma once

#include <QString>

namespace tessera {

class CliArguments;

// `tessera render alignment-window --workspace W --model M [--entity KEY] [--side a|b]
// [--candidates all|test] [--filter all|test|seed|wrong|accepted|unpaired] --out F.png`: the whole
// alignment workspace window as a person sees it — opened the way File ▸ Open Alignment… opens
// it, the test pairs evaluated, the entity's counterparts ranked, thumbnails waited for — grabbed.
int renderAlignmentWindow(const CliArguments& args, int width, int height, const QString& out);

}  // namespace tessera
