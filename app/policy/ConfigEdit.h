#pragma once

#include <variant>

#include <QList>
#include <QString>
#include <QStringList>

namespace sb::policy {

// One change an operator (or an audit fix) asks of the config, typed so models/ and ui/ can
// build it without JSON. A path is a list of keys, because group ids and WhatsApp JIDs may
// contain dots ("120363…@g.us").
struct ConfigChange
{
    using Remove = std::monostate;
    using Value = std::variant<Remove, QString, QStringList, bool>;

    QStringList path;
    Value value;
};

// A set of changes to write together, and the lane they concern (for the action log and the
// lane's timeline). The writer turns it into one JSON merge patch.
struct ConfigEdit
{
    QString summary; // what it does, in words, for the preview and the action log
    QString channel; // the lane's channel and account; empty for a gateway-wide key
    QString accountId;
    QList<ConfigChange> changes;

    ConfigEdit &set(const QStringList &path, const QString &value);
    ConfigEdit &set(const QStringList &path, const QStringList &list);
    ConfigEdit &set(const QStringList &path, bool flag);
    ConfigEdit &remove(const QStringList &path);

    // "channels.telegram.groupPolicy" → its keys (for keys without dots).
    static QStringList path(const QString &dotted);
};

} // namespace sb::policy
