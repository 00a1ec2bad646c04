#pragma once
// A move-only byte buffer for secret material (API keys, the data key). Its memory is wiped with
// sodium_memzero when it is destroyed or cleared, and it is never implicitly shared, unlike QByteArray.
// guarded() buffers (the data key) live in sodium_malloc memory: locked against swapping where the system
// allows it, between guard pages. Ordinary buffers use the heap: one guarded buffer costs several pages and
// locked memory is scarce, so API keys (thousands of them) do not get one each.

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
    // Afterwards `bytes` is empty. Limitation: when the buffer is shared with another QByteArray (implicit
    // sharing) or is raw data the QByteArray does not own, it is left as it is, because other holders still
    // read it; only this reference is dropped. Callers that care keep a single copy.
    static SecureBytes takeFrom(QByteArray& bytes);
    // Zeroes the whole allocation of `bytes` (up to its capacity) in place when the buffer is not shared;
    // the size stays. Returns whether it wiped.
    static bool wipe(QByteArray& bytes);
    // A zero-filled buffer in sodium_malloc memory (guard pages, mlock when permitted). When that memory
    // cannot be had the process ends with a message (qFatal): it never falls back to the ordinary heap.
    static SecureBytes guarded(std::size_t size);

    SecureBytes clone() const; // keeps guarded-ness
    void clear();
    bool isEmpty() const { return m_size == 0; }
    bool isGuarded() const { return m_data.get_deleter().guarded; }
    std::size_t size() const { return m_size; }
    unsigned char* data() { return m_data.get(); }
    const unsigned char* data() const { return m_data.get(); }
    QByteArrayView view() const { return { reinterpret_cast<const char*>(m_data.get()), qsizetype(m_size) }; }
    bool operator==(const SecureBytes& other) const; // constant time

private:
    struct Deleter
    {
        bool guarded; // no default member initializer: unique_ptr value-initializes it (false)
        void operator()(unsigned char* p) const noexcept;
    };
    std::unique_ptr<unsigned char[], Deleter> m_data;
    std::size_t m_size = 0;
};
