#include "ui/AboutDialog.h"

#include "app/platform/BuildInfo.h"
#include "app/platform/SystemInfo.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sb {

namespace {

QLabel *versionLabel(const QString &objectName, const QString &text)
{
    auto *label = new QLabel(text);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    // Selectable so the versions can be pasted into a bug report.
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Switchboard"));

    auto *iconLabel = new QLabel;
    iconLabel->setObjectName(QStringLiteral("iconLabel"));
    iconLabel->setPixmap(QIcon(QStringLiteral(":/icons/dev.switchboard.Switchboard.svg")).pixmap(64, 64));
    iconLabel->setAlignment(Qt::AlignTop);

    auto *titleLabel = new QLabel(tr("Switchboard %1").arg(QLatin1String(build::version)));
    titleLabel->setObjectName(QStringLiteral("titleLabel"));
    titleLabel->setTextFormat(Qt::PlainText);
    QFont titleFont = titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    titleLabel->setFont(titleFont);

    auto *descriptionLabel = new QLabel(
        tr("An operator console for OpenClaw messaging gateways: live channel health, guided relinking, "
           "failover and allowlist audits."));
    descriptionLabel->setObjectName(QStringLiteral("descriptionLabel"));
    descriptionLabel->setTextFormat(Qt::PlainText);
    descriptionLabel->setWordWrap(true);

    auto *versions = new QFormLayout;
    versions->setLabelAlignment(Qt::AlignRight);
    versions->addRow(tr("Switchboard:"),
                     versionLabel(QStringLiteral("appVersionLabel"), QLatin1String(build::version)));
    versions->addRow(
        tr("Qt:"),
        versionLabel(
            QStringLiteral("qtVersionLabel"),
            tr("%1 (built with %2)").arg(systeminfo::qtRuntimeVersion(), QLatin1String(QT_VERSION_STR))));
    versions->addRow(tr("QtKeychain:"),
                     versionLabel(QStringLiteral("qtKeychainVersionLabel"), systeminfo::qtKeychainVersion()));
    versions->addRow(tr("spdlog:"),
                     versionLabel(QStringLiteral("spdlogVersionLabel"), systeminfo::spdlogVersion()));
    versions->addRow(tr("SQLite:"),
                     versionLabel(QStringLiteral("sqliteVersionLabel"), systeminfo::sqliteVersion()));

    auto *text = new QVBoxLayout;
    text->addWidget(titleLabel);
    text->addWidget(descriptionLabel);
    text->addSpacing(8);
    text->addLayout(versions);
    text->addStretch();

    auto *top = new QHBoxLayout;
    top->addWidget(iconLabel);
    top->addSpacing(12);
    top->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->setObjectName(QStringLiteral("dialogButtonBox"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

AboutDialog::~AboutDialog() = default;

} // namespace sb
