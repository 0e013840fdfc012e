#include "ConnectDialog.h"

#include "ModelIcons.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QVBoxLayout>

namespace {

const char *const baseUrlKey = "connection/baseUrl";
const char *const apiVersionKey = "connection/apiVersion";
const char *const clientIdKey = "connection/clientId";
const char *const rememberKey = "connection/rememberSecret";

} // namespace

ConnectDialog::ConnectDialog(EditorBackend *backend, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_baseUrl(new QLineEdit(this))
    , m_apiVersion(new QComboBox(this))
    , m_clientId(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the secret in the system keychain"), this))
    , m_test(new QPushButton(tr("&Test"), this))
    , m_statusIcon(new QLabel(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_connect(new QPushButton(tr("C&onnect"), this))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to Criteo"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/action-connect.svg")));

    m_baseUrl->setObjectName(QStringLiteral("baseUrlEdit"));
    m_baseUrl->setAccessibleName(tr("API address"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://api.criteo.com"));
    m_apiVersion->setObjectName(QStringLiteral("apiVersionEdit"));
    m_apiVersion->setAccessibleName(tr("API version"));
    m_apiVersion->setEditable(true);
    m_apiVersion->addItem(QStringLiteral("2025-10"));
    m_apiVersion->setToolTip(tr("Criteo retires an API version about every quarter. The audience "
                                "segments did not change in 2026-01 and 2027-01."));
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientId->setAccessibleName(tr("Client id"));
    m_secret->setObjectName(QStringLiteral("clientSecretEdit"));
    m_secret->setAccessibleName(tr("Client secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    auto *reveal = m_secret->addAction(QIcon(QStringLiteral(":/icons/action-preview.svg")),
                                       QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show the secret"));
    connect(reveal, &QAction::toggled, this, [this](bool shown) {
        m_secret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    m_remember->setObjectName(QStringLiteral("rememberSecretCheck"));
    m_remember->setToolTip(tr("The client id and address are remembered in the settings; the "
                              "secret only ever in the system keychain."));
    m_test->setObjectName(QStringLiteral("testButton"));
    m_test->setToolTip(tr("Check the credentials with the API without connecting"));
    m_status->setObjectName(QStringLiteral("connectStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 3);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    m_buttons->addButton(m_connect, QDialogButtonBox::AcceptRole);

    auto *intro = new QLabel(tr("Use the client id and secret of an application you created in "
                                "the Criteo developer portal (client credentials)."),
                             this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("&Address:"), m_baseUrl);
    addRow(tr("API &version:"), m_apiVersion);
    addRow(tr("Client &id:"), m_clientId);
    addRow(tr("Client &secret:"), m_secret);
    form->addRow(QString(), m_remember);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusIcon, 0, Qt::AlignTop);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_test, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(statusRow);
    layout->addWidget(m_buttons);

    connect(m_test, &QPushButton::clicked, this, &ConnectDialog::startTest);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::startConnect);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_backend) {
        connect(m_backend, &EditorBackend::connectionTested, this,
                [this](bool ok, const QString &message) {
                    if (!m_testing)
                        return;
                    m_testing = false;
                    setBusy(false);
                    showStatus(ok ? Status::Ok : Status::Failed, message);
                    // Passed: Connect is next; failed: back to the test, to try again.
                    (ok ? m_connect : m_test)->setFocus(Qt::OtherFocusReason);
                });
        connect(m_backend, &EditorBackend::connectFinished, this,
                [this](bool ok, const QString &message) {
                    if (!m_connecting)
                        return;
                    m_connecting = false;
                    setBusy(false);
                    if (!ok) {
                        showStatus(Status::Failed, message);
                        return;
                    }
                    if (m_saveSettings)
                        saveSettings();
                    accept();
                });
        connect(m_backend, &EditorBackend::storedSecretRead, this,
                [this](const QString &clientId, const QString &secret, const QString &message) {
                    if (clientId != m_clientId->text().trimmed())
                        return;
                    if (!secret.isEmpty() && m_secret->text().isEmpty())
                        m_secret->setText(secret);
                    if (!message.isEmpty())
                        showStatus(Status::Failed, message);
                });
    }
    setSettings(savedSettings());
    setMinimumWidth(520);
}

EditorBackend::ConnectionSettings ConnectDialog::savedSettings()
{
    QSettings settings;
    EditorBackend::ConnectionSettings s;
    s.baseUrl = settings.value(QLatin1String(baseUrlKey), s.baseUrl).toUrl();
    s.apiVersion = settings.value(QLatin1String(apiVersionKey), s.apiVersion).toString();
    s.clientId = settings.value(QLatin1String(clientIdKey)).toString();
    s.rememberSecret = settings.value(QLatin1String(rememberKey), false).toBool();
    return s;
}

void ConnectDialog::readRememberedSecret()
{
    const EditorBackend::ConnectionSettings s = settings();
    if (s.rememberSecret && !s.clientId.isEmpty() && s.clientSecret.isEmpty() && m_backend)
        m_backend->readStoredSecret(s.clientId);
}

void ConnectDialog::setSettings(const EditorBackend::ConnectionSettings &settings)
{
    m_baseUrl->setText(settings.baseUrl.toString());
    if (m_apiVersion->findText(settings.apiVersion) < 0)
        m_apiVersion->addItem(settings.apiVersion);
    m_apiVersion->setCurrentText(settings.apiVersion);
    m_clientId->setText(settings.clientId);
    m_secret->setText(settings.clientSecret);
    m_remember->setChecked(settings.rememberSecret);
}

EditorBackend::ConnectionSettings ConnectDialog::settings() const
{
    EditorBackend::ConnectionSettings s;
    s.baseUrl = QUrl::fromUserInput(m_baseUrl->text().trimmed());
    s.apiVersion = m_apiVersion->currentText().trimmed();
    s.clientId = m_clientId->text().trimmed();
    s.clientSecret = m_secret->text();
    s.rememberSecret = m_remember->isChecked();
    return s;
}

QString ConnectDialog::statusText() const
{
    return m_status->text();
}

void ConnectDialog::saveSettings() const
{
    const EditorBackend::ConnectionSettings s = settings();
    QSettings settings;
    settings.setValue(QLatin1String(baseUrlKey), s.baseUrl);
    settings.setValue(QLatin1String(apiVersionKey), s.apiVersion);
    settings.setValue(QLatin1String(clientIdKey), s.clientId);
    settings.setValue(QLatin1String(rememberKey), s.rememberSecret);
}

bool ConnectDialog::checkFields()
{
    const EditorBackend::ConnectionSettings s = settings();
    QWidget *missing = nullptr;
    QString message;
    if (m_baseUrl->text().trimmed().isEmpty() || !s.baseUrl.isValid()) {
        missing = m_baseUrl;
        message = tr("Enter the API address, for example https://api.criteo.com.");
    } else if (s.apiVersion.isEmpty()) {
        missing = m_apiVersion;
        message = tr("Enter the API version, for example 2025-10.");
    } else if (s.clientId.isEmpty()) {
        missing = m_clientId;
        message = tr("Enter the client id of your Criteo application.");
    } else if (s.clientSecret.isEmpty()) {
        missing = m_secret;
        message = tr("Enter the client secret of your Criteo application.");
    }
    if (!missing)
        return true;
    showStatus(Status::Failed, message);
    missing->setFocus(Qt::OtherFocusReason);
    return false;
}

void ConnectDialog::startTest()
{
    if (!m_backend || m_testing || m_connecting || !checkFields())
        return;
    m_testing = true;
    setBusy(true);
    showStatus(Status::Working, tr("Testing the connection…"));
    m_backend->testConnection(settings());
}

void ConnectDialog::startConnect()
{
    if (!m_backend || m_testing || m_connecting || !checkFields())
        return;
    m_connecting = true;
    setBusy(true);
    showStatus(Status::Working, tr("Connecting…"));
    m_backend->connectToApi(settings());
}

void ConnectDialog::setBusy(bool busy)
{
    for (QWidget *w : {static_cast<QWidget *>(m_baseUrl), static_cast<QWidget *>(m_apiVersion),
                       static_cast<QWidget *>(m_clientId), static_cast<QWidget *>(m_secret),
                       static_cast<QWidget *>(m_remember), static_cast<QWidget *>(m_test),
                       static_cast<QWidget *>(m_connect)})
        w->setEnabled(!busy);
}

void ConnectDialog::showStatus(Status status, const QString &text)
{
    QIcon icon;
    switch (status) {
    case Status::Idle:
        break;
    case Status::Working:
        icon = ModelIcons::icon(ModelIcons::Icon::Sending);
        break;
    case Status::Ok:
        icon = ModelIcons::icon(ModelIcons::Icon::Updated);
        break;
    case Status::Failed:
        icon = ModelIcons::icon(ModelIcons::Icon::Error);
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_statusIcon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(size, size));
    m_status->setText(text);
    m_status->setAccessibleName(text);
}
