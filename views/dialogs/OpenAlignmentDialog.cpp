#include "dialogs/OpenAlignmentDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace tessera {

OpenAlignmentDialog::OpenAlignmentDialog(QWidget* parent)
    : QDialog(parent)
    , intro_(new QLabel(this))
    , workspaceLabel_(new QLabel(this))
    , modelLabel_(new QLabel(this))
    , workspace_(new QLineEdit(this))
    , model_(new QLineEdit(this))
    , workspaceBrowse_(new QPushButton(this))
    , modelBrowse_(new QPushButton(this))
    , buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    intro_->setWordWrap(true);
    auto* grid = new QGridLayout(this);
    grid->addWidget(intro_, 0, 0, 1, 3);
    grid->addWidget(workspaceLabel_, 1, 0);
    grid->addWidget(workspace_, 1, 1);
    grid->addWidget(workspaceBrowse_, 1, 2);
    grid->addWidget(modelLabel_, 2, 0);
    grid->addWidget(model_, 2, 1);
    grid->addWidget(modelBrowse_, 2, 2);
    grid->addWidget(buttons_, 3, 0, 1, 3);
    grid->setColumnStretch(1, 1);
    setMinimumWidth(560);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(workspace_, &QLineEdit::textChanged, this, &OpenAlignmentDialog::updateOk);
    connect(model_, &QLineEdit::textChanged, this, &OpenAlignmentDialog::updateOk);
    connect(workspaceBrowse_, &QPushButton::clicked, this,
        [this] { browse(workspace_, tr("Alignment workspace (two graphs and their pairs)")); });
    connect(modelBrowse_, &QPushButton::clicked, this, [this] { browse(model_, tr("Alignment model folder")); });
    retranslate();
    updateOk();
}

void OpenAlignmentDialog::setPaths(const QString& workspace, const QString& model)
{
    workspace_->setText(workspace);
    model_->setText(model);
}

QString OpenAlignmentDialog::workspacePath() const
{
    return workspace_->text().trimmed();
}

QString OpenAlignmentDialog::modelPath() const
{
    return model_->text().trimmed();
}

void OpenAlignmentDialog::browse(QLineEdit* edit, const QString& caption)
{
    const QString chosen = QFileDialog::getExistingDirectory(this, caption, edit->text());
    if (!chosen.isEmpty())
        edit->setText(chosen);
}

void OpenAlignmentDialog::updateOk()
{
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(!workspacePath().isEmpty() && !modelPath().isEmpty());
}

void OpenAlignmentDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void OpenAlignmentDialog::retranslate()
{
    setWindowTitle(tr("Open Alignment"));
    intro_->setText(tr("An alignment workspace holds two graphs and the seed and test pairs that align them: an EVA "
                       "/ MEAformer folder (DBP15K's zh_en, for example) or an alignment bundle. The model is a "
                       "MEAformer or MCLEA model trained on it (tessera train meaformer)."));
    workspaceLabel_->setText(tr("Workspace:"));
    modelLabel_->setText(tr("Model:"));
    workspaceBrowse_->setText(tr("Browse…"));
    modelBrowse_->setText(tr("Browse…"));
}

}  // namespace tessera
