#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace sb {

// Makes text that came from a gateway (account ids, errors, log lines) safe for the place it
// is shown in. A gateway is not trusted to send printable, well-formed text: an ESC sequence
// would drive the operator's terminal, a CR/LF would forge a line in a log or a table, a
// bidi override would reorder what follows it, and a lone UTF-16 surrogate makes JSON output
// unparseable. Every function here is pure and cheap enough to call on each print.
class SafeText
{
public:
    // Table mode shows this much of one field; the JSON output carries the whole value.
    static constexpr qsizetype terminalFieldLimit = 400;
    static constexpr qsizetype labelLimit = 300;

    // One line for a terminal: C0/C1 controls and DEL escaped (\x1b, \n, \r, \t, \0, \u009b),
    // bidi controls escaped (\u202e), lone surrogates replaced by U+FFFD, and the result cut
    // to about maxChars with "…[+N chars]" (maxChars <= 0: no limit).
    static QString forTerminal(const QString &text, qsizetype maxChars = terminalFieldLimit);
    // The same escaping for a log line, never shortened.
    static QString forLog(const QString &text) { return forTerminal(text, 0); }

    // Only what makes JSON invalid is changed: lone surrogates become U+FFFD. QJsonDocument
    // escapes control characters itself.
    static QString forJson(const QString &text);
    // Every string in a JSON tree, object keys included.
    static QJsonValue forJson(const QJsonValue &value);
    static QJsonObject forJson(const QJsonObject &object);
    static QJsonArray forJson(const QJsonArray &array);

    // For a widget: one line (line breaks and tabs become spaces, other controls U+FFFD),
    // bidi controls dropped, shortened to maxChars, and the whole wrapped in FSI…PDI so its
    // direction cannot leak into the text around it.
    static QString forLabel(const QString &text, qsizetype maxChars = labelLimit);

    static bool isBidiControl(char32_t c);
};

} // namespace sb
