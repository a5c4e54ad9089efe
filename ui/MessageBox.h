#pragma once

#include <QMessageBox>
#include <QString>

namespace sb {

// Every modal message box goes through here so GUI tests can answer it without a nested event
// loop blocking them (KeePassXC's MessageBox seam): a test calls setNextAnswer() before the
// action, and the next box returns that answer without being shown.
class MessageBox final
{
public:
    MessageBox() = delete;

    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text);

    // The answer the next box returns instead of showing itself; NoButton turns the seam off.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text of the last box asked, shown or answered by the seam; lets tests check the wording.
    static QString lastText();

private:
    static QMessageBox::StandardButton ask(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                           const QString &text, QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton);
};

} // namespace sb
