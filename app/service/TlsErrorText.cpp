#include "TlsErrorText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSslCertificate>
#include <QStringList>

namespace TlsErrorText {

namespace {

QString dateOf(const QDateTime &when)
{
    return QLocale().toString(when.toUTC().date(), QLocale::LongFormat);
}

// The names a certificate is for: its DNS and IP alternative names, else its common name.
QString namesOf(const QSslCertificate &certificate)
{
    QStringList names;
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it)
        if (it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry)
            names.append(it.value());
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    names.removeDuplicates();
    return names.join(QStringLiteral(", "));
}

} // namespace

QString describe(const QSslError &error)
{
    const QSslCertificate certificate = error.certificate();
    switch (error.error()) {
    case QSslError::CertificateExpired:
        return certificate.isNull()
                ? QCoreApplication::translate("TlsErrorText", "its certificate has expired")
                : QCoreApplication::translate("TlsErrorText", "its certificate expired on %1")
                          .arg(dateOf(certificate.expiryDate()));
    case QSslError::CertificateNotYetValid:
        return certificate.isNull()
                ? QCoreApplication::translate("TlsErrorText", "its certificate is not valid yet")
                : QCoreApplication::translate("TlsErrorText",
                                              "its certificate is only valid from %1")
                          .arg(dateOf(certificate.effectiveDate()));
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
        return QCoreApplication::translate(
                "TlsErrorText",
                "its certificate is self-signed: no authority this computer trusts vouches "
                "for it");
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::InvalidCaCertificate:
    case QSslError::PathLengthExceeded:
        return QCoreApplication::translate(
                "TlsErrorText",
                "its certificate was issued by an authority this computer does not trust");
    case QSslError::HostNameMismatch: {
        const QString names = certificate.isNull() ? QString() : namesOf(certificate);
        return names.isEmpty()
                ? QCoreApplication::translate("TlsErrorText",
                                              "its certificate is for another address")
                : QCoreApplication::translate("TlsErrorText",
                                              "its certificate is for another address (%1)")
                          .arg(names);
    }
    case QSslError::CertificateRevoked:
    case QSslError::CertificateBlacklisted:
        return QCoreApplication::translate("TlsErrorText", "its certificate has been revoked");
    case QSslError::CertificateSignatureFailed:
    case QSslError::UnableToDecryptCertificateSignature:
    case QSslError::UnableToDecodeIssuerPublicKey:
    case QSslError::InvalidNotBeforeField:
    case QSslError::InvalidNotAfterField:
    case QSslError::SubjectIssuerMismatch:
    case QSslError::AuthorityIssuerSerialNumberMismatch:
        return QCoreApplication::translate(
                "TlsErrorText",
                "its certificate is damaged or forged: its signature does not check out");
    case QSslError::InvalidPurpose:
    case QSslError::CertificateRejected:
        return QCoreApplication::translate("TlsErrorText",
                                           "its certificate is not meant for a web server");
    case QSslError::NoPeerCertificate:
        return QCoreApplication::translate("TlsErrorText", "it showed no certificate");
    case QSslError::NoSslSupport:
        return QCoreApplication::translate(
                "TlsErrorText",
                "this computer cannot make secure connections (the TLS library is missing)");
    default:
        break;
    }
    // The OCSP states and anything newer: Qt's own words.
    return error.errorString();
}

QString message(const QString &host, const QList<QSslError> &errors)
{
    QStringList reasons;
    for (const QSslError &error : errors) {
        const QString reason = describe(error);
        if (!reasons.contains(reason))
            reasons.append(reason);
    }
    if (reasons.isEmpty())
        return QCoreApplication::translate(
                       "TlsErrorText", "The secure connection to %1 failed, so nothing was sent.")
                .arg(host);
    return QCoreApplication::translate(
                   "TlsErrorText",
                   "The connection to %1 is not secure, so nothing was sent: %2. Check the "
                   "address; "
                   "if it is right, the server or something between it and this computer (a proxy, "
                   "antivirus software) is misconfigured.")
            .arg(host, reasons.join(QStringLiteral("; ")));
}

} // namespace TlsErrorText
