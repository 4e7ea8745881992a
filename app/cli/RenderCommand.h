#pragma once

#include <QStringList>

namespace tessera {

// `tessera render entity|neighbourhood --graph G --entity KEY --out F.png|svg
//                [--width W] [--height H] [--depth N] [--format NAME]`
// Draws the entity page or the neighbourhood view headless, exactly as the window would, into
// a PNG of W×H pixels or an SVG of that size. `arguments` are the words after `render`; a
// QApplication (offscreen platform is fine) must exist. Returns 0, or 2 after printing one line
// `tessera: <problem>` for bad input (unknown view, entity or option, missing --out, an
// unreadable graph, an unwritable file).
int runRenderCommand(const QStringList& arguments);

}  // namespace tessera
