#include "dialogs/WarningsDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera {

WarningsDialog::WarningsDialog(QWidget* parent)
    : QDialog(parent)
    , summary_(new QLabel(this))
    , text_(new QPlainTextEdit(this))
{
    text_->setReadOnly(true);
    text_->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(warnings_.join(QLatin1Char('\n'))); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary_);
    layout->addWidget(text_, 1);
    layout->addWidget(buttons);
    resize(760, 420);
    retranslate();
}

void WarningsDialog::setWarnings(const QStringList& warnings)
{
    warnings_ = warnings;
    text_->setPlainText(warnings.join(QLatin1Char('\n')));
    retranslate();
}

void WarningsDialog::retranslate()
{
    setWindowTitle(tr("Warnings"));
    summary_->setText(warnings_.isEmpty()
            ? tr("No warnings.")
            : tr("%n problem(s) that did not stop loading:", nullptr, static_cast<int>(warnings_.size())));
}

void WarningsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

}  // namespace tessera
