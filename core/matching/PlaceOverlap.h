#pragma once
// What two free-text place descriptions really share ("东岗路菜市场" and "东岗路菜市场旁公交站":
// 东岗路菜市场), for missing-vs-found matching. Administrative and generic words (社区, 街道,
// 附近, 小区, 一带 ...) are set aside, and shared text counts only by its meaningful characters:
// not 区, 镇, 乡, 村, 路, 号, 市, 县, 省 and the like, which every address has. So "城关区社区附近"
// and "七里河区社区附近" share nothing, while the same named place or road does.

#include <QString>
#include <QStringList>

namespace hc {

struct PlaceOverlap
{
    QStringList shared; // the shared parts, in the order of the first text
    int meaningful = 0; // meaningful characters in them (a shared Latin word counts 2)
    int points = 0;     // 5 per meaningful character after the first, at most 15

    static constexpr int kMaxPoints = 15;
};

PlaceOverlap placeOverlap(const QString& a, const QString& b);

} // namespace hc
