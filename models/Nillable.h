#pragma once

#include <optional>
#include <utility>

// A field the API lets a client clear: it is either not set (omitted from JSON, "leave it alone"),
// set to a value, or explicitly cleared (JSON null; in a PATCH, {"value": null}).
template<typename T> class Nillable
{
public:
    enum class State { Unset, Value, Cleared };

    Nillable() = default;
    Nillable(T value)
        : m_state(State::Value)
        , m_value(std::move(value))
    { }

    static Nillable unset() { return {}; }
    static Nillable cleared()
    {
        Nillable n;
        n.m_state = State::Cleared;
        return n;
    }

    State state() const { return m_state; }
    bool isUnset() const { return m_state == State::Unset; }
    bool isCleared() const { return m_state == State::Cleared; }
    bool hasValue() const { return m_state == State::Value; }

    // The value; only meaningful when hasValue().
    const T &value() const { return *m_value; }
    T valueOr(const T &fallback) const { return hasValue() ? *m_value : fallback; }

    void set(T value)
    {
        m_state = State::Value;
        m_value = std::move(value);
    }
    void clear()
    {
        m_state = State::Cleared;
        m_value.reset();
    }
    void reset()
    {
        m_state = State::Unset;
        m_value.reset();
    }

    friend bool operator==(const Nillable &a, const Nillable &b)
    {
        return a.m_state == b.m_state && (a.m_state != State::Value || *a.m_value == *b.m_value);
    }
    friend bool operator!=(const Nillable &a, const Nillable &b) { return !(a == b); }

private:
    State m_state = State::Unset;
    std::optional<T> m_value;
};
