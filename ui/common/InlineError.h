#pragma once
// Errors are shown next to what caused them (STYLE.md): one look for every screen's inline
// error label, hidden until there is something to say.

#include <QLabel>

namespace hc {

inline QLabel* makeErrorLabel(QWidget* parent = nullptr)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

} // namespace hc
