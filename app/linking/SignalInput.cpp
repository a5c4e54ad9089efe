#include "app/linking/SignalInput.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sb::linking {

using namespace Qt::StringLiterals;

namespace {

struct Words
{
    Q_DECLARE_TR_FUNCTIONS(sb::linking::SignalInput)
};

// Quotes a shell or a chat app may have put around a pasted value.
QString unquoted(QString text)
{
    text = text.trimmed();
    static const QString quotes = u"\"'`“”‘’<>"_s;
    while (!text.isEmpty() && quotes.contains(text.front()))
        text.remove(0, 1);
    while (!text.isEmpty() && quotes.contains(text.back()))
        text.chop(1);
    return text.trimmed();
}

} // namespace

std::optional<QString> normalizeSignalNumber(const QString &text, QString *problem)
{
    QString number = unquoted(text);
    number.remove(QRegularExpression(u"[\\s().-]"_s));
    if (number.isEmpty()) {
        *problem = Words::tr("Enter the phone number of the Signal account.");
        return std::nullopt;
    }
    if (!number.startsWith(u'+')) {
        *problem = Words::tr("“%1” is not in international form: start with + and the country code "
                             "(E.164, e.g. +15555550100).")
                       .arg(text.trimmed());
        return std::nullopt;
    }
    static const QRegularExpression e164(u"^\\+[1-9][0-9]{6,14}$"_s);
    if (!e164.match(number).hasMatch()) {
        *problem = Words::tr("“%1” is not an E.164 phone number: + then 7 to 15 digits, the first not 0.")
                       .arg(text.trimmed());
        return std::nullopt;
    }
    return number;
}

std::optional<QString> normalizeCaptchaToken(const QString &text, QString *problem)
{
    QString token = unquoted(text);
    static const QString scheme = u"signalcaptcha://"_s;
    if (token.startsWith(scheme, Qt::CaseInsensitive))
        token = unquoted(token.mid(scheme.size()));
    token.remove(QRegularExpression(u"\\s"_s)); // a long link pasted across lines
    if (token.isEmpty()) {
        *problem = Words::tr("Paste the link the captcha page's “Open Signal” button points to "
                             "(it starts with signalcaptcha://).");
        return std::nullopt;
    }
    static const QRegularExpression shape(u"^signal-[a-z0-9-]+\\.[A-Za-z0-9._:-]{20,}$"_s);
    if (!shape.match(token).hasMatch()) {
        *problem = Words::tr("That is not a captcha token. Right-click “Open Signal” on the captcha page "
                             "after solving it and copy the link: signalcaptcha://signal-hcaptcha.… "
                             "(a long line of letters, digits, dots and dashes).");
        return std::nullopt;
    }
    return token;
}

std::optional<QString> normalizeVerificationCode(const QString &text, QString *problem)
{
    QString code = unquoted(text);
    code.remove(QRegularExpression(u"[\\s-]"_s));
    static const QRegularExpression sixDigits(u"^[0-9]{6}$"_s);
    if (!sixDigits.match(code).hasMatch()) {
        *problem = Words::tr("The code Signal sends by SMS or voice has six digits (e.g. 123-456).");
        return std::nullopt;
    }
    return code;
}

std::optional<QString> normalizeRegistrationPin(const QString &text, QString *problem)
{
    const QString pin = text.trimmed();
    static const QRegularExpression shape(u"^[A-Za-z0-9]{4,}$"_s);
    if (!shape.match(pin).hasMatch()) {
        *problem = Words::tr("The registration lock PIN has at least 4 digits or letters.");
        return std::nullopt;
    }
    return pin;
}

QString registrationCaptchaPage()
{
    return u"https://signalcaptchas.org/registration/generate.html"_s;
}

QString challengeCaptchaPage()
{
    return u"https://signalcaptchas.org/challenge/generate.html"_s;
}

} // namespace sb::linking
