#pragma once
// A move-only byte buffer for secret material (API keys, the data key). Its memory is wiped with
// sodium_memzero when it is destroyed or cleared, and it is never implicitly shared, unlike QByteArray.

#include <QByteArray>
#include <QByteArrayView>
#include <cstddef>
#include <memory>

class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size); // zero-filled
    explicit SecureBytes(QByteArrayView bytes); // copies; the caller wipes its own copy
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;
    ~SecureBytes();

    // Takes the bytes of a QByteArray and wipes the QByteArray's buffer (if it is not shared).
    static SecureBytes takeFrom(QByteArray& bytes);

    SecureBytes clone() const;
    void clear();
    bool isEmpty() const { return m_size == 0; }
    std::size_t size() const { return m_size; }
    unsigned char* data() { return m_data.get(); }
    const unsigned char* data() const { return m_data.get(); }
    QByteArrayView view() const { return {reinterpret_cast<const char*>(m_data.get()), qsizetype(m_size)}; }
    bool operator==(const SecureBytes& other) const; // constant time

private:
    std::unique_ptr<unsigned char[]> m_data;
    std::size_t m_size = 0;
};
