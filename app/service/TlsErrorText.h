#pragma once

#include <QList>
#include <QSslError>
#include <QString>

// Says in plain words why a secure (TLS) connection was refused: what is wrong with the server's
// certificate, for the user to judge, never a switch to go on anyway. The client never ignores a
// TLS error; this only words it.
namespace TlsErrorText {

// One problem, as the end of a sentence: "its certificate expired on 3 March 2026".
QString describe(const QSslError &error);
// The whole message for a refused connection to `host`; each problem once, in order.
QString message(const QString &host, const QList<QSslError> &errors);

} // namespace TlsErrorText
