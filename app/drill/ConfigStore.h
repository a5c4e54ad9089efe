#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sb::drill {

// The sentinel the real gateway puts in place of secrets in config.get, and restores from the
// saved config when a write sends it back (src/config/redact-snapshot.ts).
inline constexpr char kRedactedSentinel[] = "__OPENCLAW_REDACTED__";

// The drill's openclaw.json: an in-memory JSON object with the real gateway's write rules
// (hash guard, RFC 7396 merge patch (the client's own gateway::MergePatch::apply), redaction
// round-trip, no silent array shrinking).
class ConfigStore
{
public:
    explicit ConfigStore(QJsonObject initial = {}, QString path = {});

    const QJsonObject &config() const { return m_config; }
    QString path() const { return m_path; }
    QString hash() const { return m_hash; }
    // configRevisionHash / appliedConfigHash: a second opaque revision, distinct from `hash`
    // as on the real gateway.
    QString revisionHash() const;
    // The revision the running gateway accepted: it stays behind revisionHash() after a write
    // to a key that needs a restart ("saved, not yet applied"), as on the real gateway.
    QString appliedRevisionHash() const { return m_appliedRevision; }

    // The config with every secret replaced by the sentinel: what config.get may show.
    QJsonObject redacted() const;

    struct WriteResult
    {
        bool ok = false;
        QString error;            // INVALID_REQUEST message, the real gateway's wording
        QStringList changedPaths; // dotted leaf paths that differ in effect
        bool noop = false;
        // Every leaf the write touches, including keys newly set to their default value (which
        // are saved but are no changed path): what the hash-less guard names.
        QStringList writtenPaths;
        bool requiresRestart = false; // a gateway.* key changed (sentinel.stats.requiresRestart)
    };

    // raw is the patch object already parsed from config.patch's `raw` text.
    WriteResult patch(const QJsonObject &mergePatch, const QStringList &replacePaths = {});
    // config.set: full replacement; sentinels are restored from the current config.
    WriteResult replace(const QJsonObject &full);

    static QByteArray canonicalJson(const QJsonObject &object);
    static bool isSecretKey(const QString &key);
    static QString hashOf(const QJsonObject &config, const QByteArray &salt = {});

private:
    WriteResult commit(const QJsonObject &next);

    QJsonObject m_config;
    QString m_path;
    QString m_hash;
    QString m_appliedRevision;
};

} // namespace sb::drill
