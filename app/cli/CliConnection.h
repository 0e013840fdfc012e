#pragma once

#include "ApiConfig.h"

#include <QCommandLineOption>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class ApiClient;
class CliCommandLine;
class QNetworkAccessManager;
class SecretStore;
class TokenProvider;

// What every segmentctl command that talks to the API shares: the connection options
// (--client-id, --token-env, --base-url, --api-version), where the credentials come from, and the
// service objects built from them. The client secret comes from CRITEO_CLIENT_SECRET or the
// keychain (account = client id), never from the command line, where other users of the machine
// could read it; --token-env names a variable that holds a bearer token instead. Neither the
// secret nor the token is ever printed.
class CliConnection : public QObject
{
    Q_OBJECT

public:
    explicit CliConnection(QObject *parent = nullptr);
    ~CliConnection() override;

    // The options to add to a command's parser.
    static QList<QCommandLineOption> options();

    // Reads the options. `defaults` gives the base URL and API version when the options do not
    // (a working set's). False with a message naming the option on a usage error.
    bool configure(const CliCommandLine &commandLine, const ApiConfig &defaults, QString *error);

    const ApiConfig &config() const { return m_config; }
    // "client ID at URL" or "the token in $VAR at URL", for messages.
    QString description() const;

    // Finds the secret (or token) and, with client credentials, signs in; `done` is called later
    // with an empty error once the API may be called.
    void open(std::function<void(const QString &error)> done);

    // Valid after configure().
    ApiClient *client() const { return m_client; }

    // Arguments that would put a secret on the command line; the message says what to do instead.
    static QString refuseSecretArgument(const QStringList &arguments);

private:
    void signIn(std::function<void(const QString &error)> done);

    ApiConfig m_config;
    QString m_clientId;
    QString m_tokenVariable;
    QNetworkAccessManager *m_network = nullptr;
    TokenProvider *m_tokens = nullptr;
    ApiClient *m_client = nullptr;
    SecretStore *m_secrets = nullptr;
};
