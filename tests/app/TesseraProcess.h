#pragma once

// Runs the real `tessera` binary for command-line tests (TESSERA_EXECUTABLE is set by CMake).

#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace test {

struct Run {
    int exitCode = -1;  // -1: crashed or timed out
    QByteArray out;
    QByteArray err;
};

// The C locale keeps messages in English whatever the machine's language.
inline Run runTessera(const QStringList& arguments, int timeoutMs = 300000)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TESSERA_EXECUTABLE), arguments);
    if (!process.waitForFinished(timeoutMs))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        process.readAllStandardError()};
}

// The command-line contract for bad input: exactly one line on stderr, "tessera: <problem>".
inline bool isOneLine(const QByteArray& err)
{
    return err.endsWith('\n') && err.count('\n') == 1 && err.startsWith("tessera: ");
}

}  // namespace test
