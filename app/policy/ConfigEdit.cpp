#include "app/policy/ConfigEdit.h"

namespace sb::policy {

ConfigEdit &ConfigEdit::set(const QStringList &keys, const QString &value)
{
    changes.append({keys, value});
    return *this;
}

ConfigEdit &ConfigEdit::set(const QStringList &keys, const QStringList &list)
{
    changes.append({keys, list});
    return *this;
}

ConfigEdit &ConfigEdit::set(const QStringList &keys, bool flag)
{
    changes.append({keys, flag});
    return *this;
}

ConfigEdit &ConfigEdit::remove(const QStringList &keys)
{
    changes.append({keys, ConfigChange::Remove{}});
    return *this;
}

QStringList ConfigEdit::path(const QString &dotted)
{
    return dotted.split(u'.');
}

} // namespace sb::policy
