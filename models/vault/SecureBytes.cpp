#include "models/vault/SecureBytes.h"

#include <QtGlobal>
#include <sodium.h>

#include <cstring>
#include <utility>

void SecureBytes::Deleter::operator()(unsigned char* p) const noexcept
{
    // Callers wipe before releasing; sodium_free wipes again and checks the canary.
    if (guarded)
        sodium_free(p);
    else
        delete[] p;
}

SecureBytes::SecureBytes(std::size_t size)
{
    if (size == 0)
        return;
    m_data.reset(new unsigned char[size]());
    m_size = size;
}

SecureBytes::SecureBytes(QByteArrayView bytes)
    : SecureBytes(std::size_t(bytes.size()))
{
    if (m_size > 0)
        std::memcpy(m_data.get(), bytes.data(), m_size);
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::move(other.m_data))
    , m_size(std::exchange(other.m_size, 0))
{
    other.m_data.get_deleter() = Deleter {};
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::move(other.m_data);
        m_size = std::exchange(other.m_size, 0);
        other.m_data.get_deleter() = Deleter {};
    }
    return *this;
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes SecureBytes::takeFrom(QByteArray& bytes)
{
    SecureBytes taken { QByteArrayView(bytes) };
    wipe(bytes);
    bytes.clear();
    return taken;
}

bool SecureBytes::wipe(QByteArray& bytes)
{
    // isDetached() is false for a shared buffer and for fromRawData() memory we do not own. data_ptr() gives
    // the buffer without detaching: detaching would copy the secret before wiping the copy.
    if (!bytes.isDetached())
        return false;
    auto& d = bytes.data_ptr();
    if (!d.isMutable() || d.data() == nullptr)
        return false;
    // The whole allocation: bytes before data() (left by a remove() at the front) and the spare capacity
    // after size() may hold parts of the secret too.
    char* begin = d.data() - d.freeSpaceAtBegin();
    const qsizetype length = d.constAllocatedCapacity();
    if (length > 0)
        sodium_memzero(begin, std::size_t(length));
    return true;
}

SecureBytes SecureBytes::guarded(std::size_t size)
{
    SecureBytes bytes;
    if (size == 0)
        return bytes;
    // sodium_malloc needs the page size that sodium_init() looks up; calling it again is cheap and safe.
    // A buffer asked for as guarded holds what must never reach ordinary memory (the data key, a team
    // passphrase): without protected memory the process stops, saying why, rather than quietly use the heap.
    if (sodium_init() < 0)
        qFatal("QuotaDeck cannot get protected memory for a secret: libsodium failed to start");
    auto* p = static_cast<unsigned char*>(sodium_malloc(size));
    if (p == nullptr)
        qFatal("QuotaDeck cannot get protected memory for a secret (%zu bytes): the system refused it, so it "
               "stops rather than keep the secret in ordinary memory",
               size);
    sodium_memzero(p, size); // sodium_malloc fills with a marker byte, the contract is zero-filled
    bytes.m_data = std::unique_ptr<unsigned char[], Deleter>(p, Deleter { true });
    bytes.m_size = size;
    return bytes;
}

SecureBytes SecureBytes::clone() const
{
    SecureBytes copy = isGuarded() ? guarded(m_size) : SecureBytes(m_size);
    if (m_size > 0)
        std::memcpy(copy.data(), m_data.get(), m_size);
    return copy;
}

void SecureBytes::clear()
{
    if (m_data && m_size > 0)
        sodium_memzero(m_data.get(), m_size);
    m_data.reset();
    m_data.get_deleter() = Deleter {};
    m_size = 0;
}

bool SecureBytes::operator==(const SecureBytes& other) const
{
    // Sizes are not secret (an API key's length is public); the contents are compared in constant time.
    if (m_size != other.m_size)
        return false;
    if (m_size == 0)
        return true;
    return sodium_memcmp(m_data.get(), other.m_data.get(), m_size) == 0;
}
