#include "gui/LanguageMenu.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace tessera {

namespace {

const QString kSettingsKey = QStringLiteral("ui/language");
const QString kEnglish = QStringLiteral("en");
const QString kChinese = QStringLiteral("zh_CN");

QPointer<QTranslator>& appTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

QPointer<QTranslator>& qtTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

QString& current()
{
    static QString language = kEnglish;
    return language;
}

QString normalised(const QString& locale)
{
    return locale.startsWith(QLatin1String("zh")) ? kChinese : kEnglish;
}

}  // namespace

LanguageMenu::LanguageMenu(QWidget* parent)
    : QMenu(parent)
    , group_(new QActionGroup(this))
{
    // Each language is named in itself, so a user who cannot read the current one finds theirs.
    const std::pair<QString, QString> languages[]
        = {{kEnglish, QStringLiteral("English")}, {kChinese, QStringLiteral("简体中文")}};
    for (const auto& [locale, name] : languages) {
        QAction* action = addAction(name);
        action->setCheckable(true);
        action->setData(locale);
        action->setChecked(locale == currentLanguage());
        group_->addAction(action);
    }
    connect(group_, &QActionGroup::triggered, this, [](QAction* action) {
        const QString locale = action->data().toString();
        installLanguage(locale);
        QSettings().setValue(kSettingsKey, locale);
    });
    retranslate();
}

void LanguageMenu::installSavedLanguage()
{
    const QString saved = QSettings().value(kSettingsKey).toString();
    installLanguage(saved.isEmpty() ? normalised(QLocale::system().name()) : normalised(saved));
}

bool LanguageMenu::installLanguage(const QString& locale)
{
    const QString language = normalised(locale);
    for (QPointer<QTranslator>* slot : {&appTranslator(), &qtTranslator()}) {
        if (*slot) {
            QCoreApplication::removeTranslator(*slot);
            delete slot->data();
        }
    }
    current() = language;
    QLocale::setDefault(QLocale(language));
    // English has a file too: it carries the plural forms of "%n match(es)".
    auto* translator = new QTranslator(QCoreApplication::instance());
    const bool found = translator->load(QStringLiteral(":/i18n/tessera_%1.qm").arg(language));
    if (found) {
        QCoreApplication::installTranslator(translator);
        appTranslator() = translator;
    } else {
        delete translator;
    }
    // Qt's own dialogs (buttons, file dialog) when the system has Qt's translations.
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        qtTranslator() = qt;
    } else {
        delete qt;
    }
    return found;
}

QString LanguageMenu::currentLanguage()
{
    return current();
}

void LanguageMenu::retranslate()
{
    setTitle(tr("&Language"));
    for (QAction* action : group_->actions())
        action->setChecked(action->data().toString() == currentLanguage());
}

void LanguageMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

}  // namespace tessera
