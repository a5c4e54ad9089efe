#include "app/platform/SafeText.h"

#include "app/platform/JsonStrings.h"

#include <algorithm>

namespace sb {

namespace {

constexpr char32_t replacementCharacter = 0xFFFD;
constexpr char32_t firstStrongIsolate = 0x2068;
constexpr char32_t popDirectionalIsolate = 0x2069;

// Calls visit(codePoint, position, length) for each code point, a lone surrogate read as
// U+FFFD; visit returns false to stop.
template <typename Visit>
void forEachCodePoint(const QString &text, Visit visit)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size;) {
        const char16_t unit = text.at(i).unicode();
        char32_t c = unit;
        qsizetype length = 1;
        if (QChar::isHighSurrogate(unit)) {
            if (i + 1 < size && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
                c = QChar::surrogateToUcs4(unit, text.at(i + 1).unicode());
                length = 2;
            } else {
                c = replacementCharacter;
            }
        } else if (QChar::isLowSurrogate(unit)) {
            c = replacementCharacter;
        }
        if (!visit(c, i, length))
            return;
        i += length;
    }
}

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

// U+2028/2029 end a line in several terminals and text widgets.
bool isLineSeparator(char32_t c)
{
    return c == 0x2028 || c == 0x2029;
}

QString hex(char32_t c, int digits)
{
    return QString::number(uint(c), 16).rightJustified(digits, QLatin1Char('0'));
}

QString escaped(char32_t c)
{
    switch (c) {
    case 0:
        return QStringLiteral("\\0");
    case '\n':
        return QStringLiteral("\\n");
    case '\r':
        return QStringLiteral("\\r");
    case '\t':
        return QStringLiteral("\\t");
    default:
        break;
    }
    if (c < 0x80)
        return QStringLiteral("\\x") + hex(c, 2);
    return QStringLiteral("\\u") + hex(c, 4);
}

void append(QString &out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out.append(QChar(QChar::highSurrogate(c)));
        out.append(QChar(QChar::lowSurrogate(c)));
    } else {
        out.append(QChar(char16_t(c)));
    }
}

QString cutNote(qsizetype remaining)
{
    return QStringLiteral("…[+%1 chars]").arg(remaining);
}

} // namespace

bool SafeText::isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F ||
           c == 0x061C;
}

QString SafeText::forTerminal(const QString &text, qsizetype maxChars)
{
    QString out;
    out.reserve(maxChars > 0 ? std::min(text.size(), maxChars + 16) : text.size());
    const qsizetype size = text.size();
    forEachCodePoint(text, [&](char32_t c, qsizetype position, qsizetype) {
        QString piece;
        if (isControl(c) || isBidiControl(c) || isLineSeparator(c))
            piece = escaped(c);
        else
            append(piece, c);
        if (maxChars > 0 && out.size() + piece.size() > maxChars) {
            out.append(cutNote(size - position));
            return false;
        }
        out.append(piece);
        return true;
    });
    return out;
}

QString SafeText::forJson(const QString &text)
{
    QString out;
    out.reserve(text.size());
    forEachCodePoint(text, [&](char32_t c, qsizetype, qsizetype) {
        append(out, c);
        return true;
    });
    return out;
}

QJsonValue SafeText::forJson(const QJsonValue &value)
{
    return rewriteJsonStrings(value, [](const QString &text) { return forJson(text); });
}

QJsonObject SafeText::forJson(const QJsonObject &object)
{
    return rewriteJsonStrings(object, [](const QString &text) { return forJson(text); });
}

QJsonArray SafeText::forJson(const QJsonArray &array)
{
    return rewriteJsonStrings(array, [](const QString &text) { return forJson(text); });
}

QString SafeText::forLabel(const QString &text, qsizetype maxChars)
{
    QString out;
    append(out, firstStrongIsolate);
    const qsizetype size = text.size();
    qsizetype kept = 0;
    forEachCodePoint(text, [&](char32_t c, qsizetype position, qsizetype length) {
        if (isBidiControl(c))
            return true; // an isolate or override of the gateway's own must not unbalance ours
        if (maxChars > 0 && kept + length > maxChars) {
            out.append(cutNote(size - position));
            return false;
        }
        kept += length;
        if (c == '\n' || c == '\r' || c == '\t' || isLineSeparator(c))
            out.append(QLatin1Char(' '));
        else if (isControl(c))
            append(out, replacementCharacter);
        else
            append(out, c);
        return true;
    });
    append(out, popDirectionalIsolate);
    return out;
}

} // namespace sb
