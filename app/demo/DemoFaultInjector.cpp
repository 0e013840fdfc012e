#include "DemoFaultInjector.h"

void DemoFaultInjector::setFaults(const QList<DemoFault> &faults, quint64 seed)
{
    m_rules.clear();
    for (const DemoFault &f : faults)
        m_rules.append({f, 0, 0});
    const quint32 words[2] = {quint32(seed), quint32(seed >> 32)};
    m_random = QRandomGenerator(words, 2);
}

QList<DemoFault> DemoFaultInjector::faults() const
{
    QList<DemoFault> list;
    for (const RuleState &s : m_rules)
        list.append(s.rule);
    return list;
}

QList<int> DemoFaultInjector::hits() const
{
    QList<int> list;
    for (const RuleState &s : m_rules)
        list.append(s.hits);
    return list;
}

DemoFaultInjector::Decision DemoFaultInjector::decide(const QByteArray &method, const QString &path,
                                                      bool apiCall)
{
    Decision decision;
    for (RuleState &s : m_rules) {
        const DemoFault &rule = s.rule;
        if ((rule.kind == DemoFault::Kind::ExpireToken
             || rule.kind == DemoFault::Kind::RenewalFails)
            && !apiCall)
            continue;
        if (!rule.matches(method, path))
            continue;
        ++s.matched;
        if (rule.count > 0 && s.hits >= rule.count)
            continue;
        const bool hit
                = rule.share > 0 ? m_random.generateDouble() < rule.share : s.matched >= rule.nth;
        if (!hit)
            continue;
        switch (rule.kind) {
        case DemoFault::Kind::Latency:
            decision.latencyMs += rule.latencyMs;
            break;
        case DemoFault::Kind::ExpireToken:
            decision.expireTokens = true;
            break;
        case DemoFault::Kind::RenewalFails:
            decision.expireTokens = true;
            decision.refuseRenewal = true;
            break;
        default:
            if (decision.failure)
                continue; // an earlier rule already fails this request: keep this one for later
            decision.failure = rule;
            break;
        }
        ++s.hits;
    }
    return decision;
}
