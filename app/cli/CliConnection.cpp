#include "CliConnection.h"

#include "ApiClient.h"
#include "CliCommandLine.h"
#include "KeychainSecretStore.h"
#include "TestHooks.h"
#include "TokenProvider.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>

namespace {

const QString clientIdOption = QStringLiteral("client-id");
const QString tokenEnvOption = QStringLiteral("token-env");
const QString baseUrlOption = QStringLiteral("base-url");
const QString apiVersionOption = QStringLiteral("api-version");
const QString callsPerMinuteOption = QStringLiteral("calls-per-minute");
const char clientIdVariable[] = "CRITEO_CLIENT_ID";
const char clientSecretVariable[] = "CRITEO_CLIENT_SECRET";

bool isLoopback(const QUrl &url)
{
    const QHostAddress address(url.host());
    return url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
            || (!address.isNull() && address.isLoopback());
}

} // namespace

CliConnection::CliConnection(QObject *parent)
    : QObject(parent)
{ }

CliConnection::~CliConnection() = default;

QList<QCommandLineOption> CliConnection::options()
{
    return {
            QCommandLineOption(clientIdOption,
                               tr("Client id of your Criteo API application (default: the "
                                  "environment variable CRITEO_CLIENT_ID). The secret comes from "
                                  "CRITEO_CLIENT_SECRET or the keychain, never from the command "
                                  "line."),
                               tr("ID")),
            QCommandLineOption(tokenEnvOption,
                               tr("Use the bearer token held in the environment variable VAR "
                                  "instead of a client id and secret."),
                               tr("VAR")),
            QCommandLineOption(baseUrlOption,
                               tr("Address of the API (default: the working set's, else "
                                  "https://api.criteo.com)."),
                               tr("URL")),
            QCommandLineOption(apiVersionOption,
                               tr("API version (default: the working set's, else 2025-10)."),
                               tr("VERSION")),
            QCommandLineOption(callsPerMinuteOption,
                               tr("Calls a minute to keep to (default: 250, Criteo's limit, or "
                                  "the limit the server's x-ratelimit-limit header states; 0: "
                                  "no pacing, for a server without a limit)."),
                               tr("N")),
    };
}

QString CliConnection::refuseSecretArgument(const QStringList &arguments)
{
    static const QStringList secretOptions{
            QStringLiteral("client-secret"), QStringLiteral("secret"),
            QStringLiteral("token"),         QStringLiteral("access-token"),
            QStringLiteral("bearer-token"),  QStringLiteral("password"),
    };
    for (const QString &argument : arguments) {
        if (!argument.startsWith(QLatin1Char('-')))
            continue;
        QString name = argument;
        while (name.startsWith(QLatin1Char('-')))
            name.remove(0, 1);
        name = name.section(QLatin1Char('='), 0, 0);
        if (secretOptions.contains(name))
            return tr("segmentctl never takes a client secret or a token on the command line, "
                      "where other users of this computer can read it. Set the environment "
                      "variable CRITEO_CLIENT_SECRET, store the secret in the keychain, or put a "
                      "token in an environment variable and pass --token-env VAR.");
    }
    return {};
}

bool CliConnection::configure(const CliCommandLine &commandLine, const ApiConfig &defaults,
                              QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const ApiConfig builtIn;
    m_config = defaults;

    QString why;
    if (commandLine.isSet(baseUrlOption)) {
        m_config.baseUrl = QUrl(commandLine.value(baseUrlOption), QUrl::StrictMode);
        if (!ApiConfig::isAllowedBaseUrl(m_config.baseUrl, &why))
            return fail(tr("--base-url: %1").arg(why));
    } else {
        if (m_config.baseUrl.isEmpty())
            m_config.baseUrl = builtIn.baseUrl;
        if (!ApiConfig::isAllowedBaseUrl(m_config.baseUrl, &why))
            return fail(tr("The working set's base URL %1 cannot be used: %2 Pass --base-url URL.")
                                .arg(m_config.baseUrl.toDisplayString(), why));
    }
    if (commandLine.isSet(apiVersionOption)) {
        m_config.apiVersion = commandLine.value(apiVersionOption).trimmed();
        if (m_config.apiVersion.isEmpty())
            return fail(tr("--api-version needs a version such as 2025-10."));
    } else if (m_config.apiVersion.isEmpty()) {
        m_config.apiVersion = builtIn.apiVersion;
    }

    m_tokenVariable = commandLine.value(tokenEnvOption).trimmed();
    m_clientId = commandLine.isSet(clientIdOption)
            ? commandLine.value(clientIdOption).trimmed()
            : qEnvironmentVariable(clientIdVariable).trimmed();
    if (commandLine.isSet(tokenEnvOption)) {
        if (m_tokenVariable.isEmpty())
            return fail(tr("--token-env needs the name of an environment variable."));
        if (commandLine.isSet(clientIdOption))
            return fail(tr("Use either --client-id or --token-env, not both."));
        m_clientId.clear();
    } else if (m_clientId.isEmpty()) {
        return fail(tr("No credentials. Pass --client-id ID or set the environment variable "
                       "CRITEO_CLIENT_ID, with the secret in CRITEO_CLIENT_SECRET or the "
                       "keychain; or put a bearer token in an environment variable and pass "
                       "--token-env VAR."));
    }

    if (const auto timeout = TestHooks::networkTiming().timeoutMs)
        m_config.timeoutMs = *timeout;
    m_network = new QNetworkAccessManager(this);
    // The demo server and other local endpoints are never reached through a proxy.
    if (isLoopback(m_config.baseUrl))
        m_network->setProxy(QNetworkProxy::NoProxy);
    m_tokens = new TokenProvider(m_network, m_config, this);
    m_client = new ApiClient(m_network, m_tokens, m_config, this);
    if (commandLine.isSet(callsPerMinuteOption)) {
        int calls = 0;
        if (!commandLine.intValue(callsPerMinuteOption, 0, 1000000, &calls))
            return fail(tr("--calls-per-minute needs a number from 0 to 1000000."));
        m_client->setCallsPerMinute(calls, ApiClient::Pace::Fixed);
    }
    return true;
}

QString CliConnection::description() const
{
    if (!m_tokenVariable.isEmpty())
        return tr("the token in $%1 at %2")
                .arg(m_tokenVariable, m_config.baseUrl.toDisplayString());
    return tr("client %1 at %2").arg(m_clientId, m_config.baseUrl.toDisplayString());
}

void CliConnection::open(std::function<void(const QString &error)> done)
{
    const auto later = [this, done](const QString &error) {
        QMetaObject::invokeMethod(
                this, [done, error] { done(error); }, Qt::QueuedConnection);
    };
    if (!m_tokens) {
        later(tr("The connection is not configured."));
        return;
    }
    if (!m_tokenVariable.isEmpty()) {
        const QString token = qEnvironmentVariable(m_tokenVariable.toLocal8Bit().constData());
        if (token.trimmed().isEmpty()) {
            later(tr("The environment variable %1 (named by --token-env) is not set or empty. "
                     "Put a bearer token in it, or use --client-id.")
                          .arg(m_tokenVariable));
            return;
        }
        m_tokens->setStaticToken(token.trimmed());
        later({});
        return;
    }

    const QString secret = qEnvironmentVariable(clientSecretVariable);
    if (!secret.isEmpty()) {
        m_tokens->setClientCredentials(m_clientId, secret);
        signIn(std::move(done));
        return;
    }
    if (!m_secrets)
        m_secrets = new KeychainSecretStore(this);
    m_secrets->read(m_clientId, [this, done](const SecretStore::Result &result) {
        if (result.status == SecretStore::Status::Ok && !result.secret.isEmpty()) {
            m_tokens->setClientCredentials(m_clientId, result.secret);
            signIn(done);
            return;
        }
        done(tr("No client secret for client id “%1”. Set the environment variable "
                "CRITEO_CLIENT_SECRET, or store the secret in the system keychain (service "
                "“Segment Editor”, account “%1”; Segment Editor's Connect dialog does this), or "
                "pass --token-env VAR with a bearer token in VAR. The keychain said: %2")
                     .arg(m_clientId,
                          result.message.isEmpty() ? tr("the secret is empty.") : result.message));
    });
}

void CliConnection::signIn(std::function<void(const QString &error)> done)
{
    m_tokens->withToken([this, done](const QString &, const QString &error) {
        if (error.isEmpty())
            done({});
        else
            done(tr("Cannot sign in to %1: %2").arg(m_config.baseUrl.toDisplayString(), error));
    });
}
