#pragma once

#include <QMenu>

class QActionGroup;

namespace tessera {

// View ▸ Language: English or Simplified Chinese, switched at runtime (installing a translator
// sends QEvent::LanguageChange to every widget, which retranslates itself) and remembered in
// QSettings. Translations are compiled into the binary under :/i18n/tessera_<locale>.qm; a
// missing file falls back to the source texts (English) rather than failing.
class LanguageMenu : public QMenu {
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget* parent = nullptr);

    // At start-up: the saved choice, else the system locale.
    static void installSavedLanguage();
    // Installs the translation for "en" or "zh_CN"; false when no translation file was found.
    static bool installLanguage(const QString& locale);
    static QString currentLanguage();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QActionGroup* group_;
};

}  // namespace tessera
