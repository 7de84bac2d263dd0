#pragma once
// Errors as values: a fallible core call returns Result<T>, carrying either the value or an
// Error whose message is already translated and names the field it concerns.

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace hc {

struct Error
{
    QString field;   // the field/column concerned; empty when the error is about the whole call
    QString message; // translated, user-facing
    enum class Kind
    {
        Invalid,
        Denied,
        NotFound,
        Conflict,
        Storage,
        Io,
        Cancelled,
        Unreachable // the database server could not be reached (serverlink); worth a retry
    } kind = Kind::Invalid;

    QString text() const { return field.isEmpty() ? message : field + QStringLiteral(": ") + message; }
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error e) : m_v(std::move(e)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<0>(m_v); }
    T& value() & { return std::get<0>(m_v); }
    T&& value() && { return std::get<0>(std::move(m_v)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error e) : m_e(std::move(e)) {}
    bool ok() const { return !m_e; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_e; }

private:
    std::optional<Error> m_e;
};

using Status = Result<void>;

inline Error invalid(QString field, QString message)
{
    return Error{std::move(field), std::move(message), Error::Kind::Invalid};
}
inline Error denied(QString message)
{
    return Error{{}, std::move(message), Error::Kind::Denied};
}
inline Error notFound(QString field, QString message)
{
    return Error{std::move(field), std::move(message), Error::Kind::NotFound};
}
inline Error storageError(QString message)
{
    return Error{{}, std::move(message), Error::Kind::Storage};
}

} // namespace hc
