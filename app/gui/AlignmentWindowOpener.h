#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QWidget;

namespace tessera {

class AlignmentWindow;

// How the main window reaches the alignment workspace: the File ▸ Open Alignment… action (its
// dialog starts from the workspace on screen when it is one) and the dispatch of a model folder by
// its kind — an alignment model opens an alignment window instead of the link-prediction dock.
// Each workspace gets its own top-level window, deleted when closed.
class AlignmentWindowOpener : public QObject {
    Q_OBJECT
public:
    explicit AlignmentWindowOpener(QWidget* parent);

    QAction* action() const { return action_; }
    // The workspace on screen (an alignment dataset), the dialog's starting point.
    void setWorkspaceHint(const QString& workspace) { hint_ = workspace; }
    void openDialog();
    AlignmentWindow* open(const QString& workspace, const QString& model);
    // The last window opened (null once closed), for tests.
    AlignmentWindow* lastWindow() const;

    // Whether `folder` holds a model that aligns two graphs (config.json "kind"); false when
    // unreadable, so that the caller's own loader reports the problem.
    static bool isAlignmentModel(const QString& folder);

    void retranslate();

private:
    QWidget* parent_;
    QAction* action_;
    QString hint_;
    QPointer<AlignmentWindow> last_;
};

}  // namespace tessera
