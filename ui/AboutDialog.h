#pragma once

#include <QDialog>

namespace sb {

// What Switchboard is, and the versions of the libraries it runs with: the first thing a bug
// report needs.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;
};

} // namespace sb
