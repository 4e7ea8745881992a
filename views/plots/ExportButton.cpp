#include "plots/ExportButton.h"

#include "plots/ViewExporter.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace tessera {

ExportButton::ExportButton(
    QWidget* view, std::function<QString()> csv, std::function<QString()> baseName, QWidget* parent)
    : QToolButton(parent)
    , view_(view)
    , csv_(std::move(csv))
    , baseName_(std::move(baseName))
{
    setPopupMode(QToolButton::InstantPopup);
    setMenu(new QMenu(this));
    retranslate();
}

QString ExportButton::exportTo(const QString& path) const
{
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return ViewExporter::writeText(path, csv_());
    return ViewExporter::writeImage(*view_, path, view_->size(), baseName_());
}

void ExportButton::choose(const QString& suffix)
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("export/lastFolder"), QDir::homePath()).toString();
    const QString filter = suffix == QLatin1String("csv") ? tr("CSV table (*.csv)")
        : suffix == QLatin1String("svg")                  ? tr("SVG image (*.svg)")
                                                          : tr("PNG image (*.png)");
    QString path = QFileDialog::getSaveFileName(
        window(), tr("Export"), QDir(folder).filePath(baseName_() + QLatin1Char('.') + suffix), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    settings.setValue(QStringLiteral("export/lastFolder"), QFileInfo(path).absolutePath());
    const QString problem = exportTo(path);
    if (!problem.isEmpty()) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot export"), problem, QMessageBox::Ok, window());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    Q_EMIT exported(path);
}

void ExportButton::retranslate()
{
    setText(tr("Export"));
    setToolTip(tr("Save this view as PNG or SVG, or its numbers as CSV"));
    menu()->clear();
    menu()->addAction(tr("PNG image…"), this, [this] { choose(QStringLiteral("png")); });
    menu()->addAction(tr("SVG image…"), this, [this] { choose(QStringLiteral("svg")); });
    menu()->addAction(tr("Numbers as CSV…"), this, [this] { choose(QStringLiteral("csv")); });
}

void ExportButton::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolButton::changeEvent(event);
}

}  // namespace tessera
