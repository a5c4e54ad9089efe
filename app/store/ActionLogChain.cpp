#include "app/store/ActionLogChain.h"

#include <QCryptographicHash>

namespace sb::store::actionlog {

namespace {
void addField(QCryptographicHash &hash, const QByteArray &bytes)
{
    hash.addData(QByteArray::number(bytes.size()));
    hash.addData(QByteArrayView(":"));
    hash.addData(bytes);
}
} // namespace

QString genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString hashOf(const QString &prevHash, const ActionRecord &record)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addField(hash, prevHash.toLatin1());
    addField(hash, QByteArray::number(record.at));
    addField(hash, record.actor.toUtf8());
    addField(hash, record.action.toUtf8());
    addField(hash, record.lane.toUtf8());
    addField(hash, record.detail.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace sb::store::actionlog
