#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tessera {

// File ▸ Open Alignment…: the two paths an alignment workspace needs — the workspace (an EVA /
// MEAformer folder such as DBP15K's, or an alignment bundle) and the alignment model trained on
// it — each typed or browsed for. OK stays disabled until both are given.
class OpenAlignmentDialog : public QDialog {
    Q_OBJECT
public:
    explicit OpenAlignmentDialog(QWidget* parent = nullptr);

    void setPaths(const QString& workspace, const QString& model);
    QString workspacePath() const;
    QString modelPath() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateOk();
    void browse(QLineEdit* edit, const QString& caption);

    QLabel* intro_;
    QLabel* workspaceLabel_;
    QLabel* modelLabel_;
    QLineEdit* workspace_;
    QLineEdit* model_;
    QPushButton* workspaceBrowse_;
    QPushButton* modelBrowse_;
    QDialogButtonBox* buttons_;
};

}  // namespace tessera
