#pragma once

#include "DemoFault.h"

#include <QRandomGenerator>

#include <optional>

// Decides, request by request, which of the configured fault rules hit (see DemoFault for the
// rules' meaning). Keeps each rule's count of matching requests and hits; shares are drawn from a
// generator seeded once per setFaults(), so the same run of requests meets the same faults.
class DemoFaultInjector
{
public:
    struct Decision
    {
        int latencyMs = 0;
        std::optional<DemoFault> failure; // the failure rule that hit, if any
        bool expireTokens = false;
        bool refuseRenewal = false; // a RenewalFails rule hit: token requests fail from now on
    };

    void setFaults(const QList<DemoFault> &faults, quint64 seed);
    QList<DemoFault> faults() const;
    // How many requests each rule has hit so far, in the order of faults().
    QList<int> hits() const;

    // `apiCall` is false for the token endpoint (ExpireToken and RenewalFails rules do not see it).
    Decision decide(const QByteArray &method, const QString &path, bool apiCall);

private:
    struct RuleState
    {
        DemoFault rule;
        int matched = 0;
        int hits = 0;
    };

    QList<RuleState> m_rules;
    QRandomGenerator m_random;
};
