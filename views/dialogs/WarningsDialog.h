#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QPlainTextEdit;

namespace tessera {

// The problems that did not stop anything (missing images, undecodable files), one per line,
// so that a user can see and copy them instead of hunting through a console.
class WarningsDialog : public QDialog {
    Q_OBJECT
public:
    explicit WarningsDialog(QWidget* parent = nullptr);

    void setWarnings(const QStringList& warnings);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QStringList warnings_;
    QLabel* summary_;
    QPlainTextEdit* text_;
};

}  // namespace tessera
