#pragma once

#include <functional>

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace sb::health {

// Why a lane is in its state, as ids and arguments rather than words: the history stores this
// and every reader (the window, switchboardctl, an export) renders it in its own language.
// A reason is a list of parts shown joined by "; " ("re-linked 4 min ago; 1 of 3 deliveries
// proven"). A part's id names an engine sentence (the registry in Reason.cpp) or a
// classification row ("whatsapp.401-logged-out"); `args` fill its placeholders, and `tail` is
// language-neutral text appended as is (a code " (503)", the gateway's own words).
class Reason
{
public:
    struct Part
    {
        QString id;
        QStringList args;
        QString tail;

        bool operator==(const Part &) const = default;
    };

    // Text kept as written: rows of histories from before reasons had ids, tests, fixtures.
    static constexpr QLatin1StringView kVerbatim{"text"};

    Reason() = default;
    explicit Reason(Part part) { m_parts.append(std::move(part)); }
    static Reason of(const QString &id, const QStringList &args = {}, const QString &tail = {})
    {
        return Reason(Part{id, args, tail});
    }
    static Reason verbatim(const QString &text);

    // This reason followed by `more`, shown after "; ".
    Reason &append(const Reason &more);
    // The same reason with text `tail` added to the end of its last part.
    Reason withTail(const QString &tail) const;

    bool isEmpty() const { return m_parts.isEmpty(); }
    const QList<Part> &parts() const { return m_parts; }

    // The words, in the language installed now.
    QString text() const;

    // Every piece of free text (arguments and tails, not ids) passed through `clean`: the
    // history redacts what a gateway wrote before it is stored.
    Reason mapped(const std::function<QString(const QString &)> &clean) const;

    // Compact JSON for the history ("" for no reason). decode() reads anything that is not an
    // encoded reason as verbatim text, so a row written before ids still reads.
    QString encode() const;
    static Reason decode(const QString &stored);

    bool operator==(const Reason &) const = default;

private:
    QList<Part> m_parts;
};

size_t qHash(const Reason &reason, size_t seed = 0);

} // namespace sb::health

Q_DECLARE_METATYPE(sb::health::Reason)
