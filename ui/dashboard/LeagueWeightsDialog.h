#pragma once
// The administrator's dialog for the weights of the station league: one spin box (0-10) per
// measure. OK hands the weights to `save` (LeagueService::setWeights); a refusal is shown in the
// dialog next to the boxes, and the dialog stays open.

#include "core/common/Result.h"
#include "core/league/LeagueTypes.h"

#include <QDialog>
#include <functional>

class QLabel;
class QSpinBox;

namespace hc {

class LeagueWeightsDialog : public QDialog
{
    Q_OBJECT
public:
    using Save = std::function<Status(const LeagueWeights&)>;
    LeagueWeightsDialog(const LeagueWeights& current, Save save, QWidget* parent = nullptr);

    LeagueWeights weights() const;
    QSpinBox* box(LeagueMeasure m) const { return m_boxes[size_t(m)]; }
    QLabel* errorLabel() const { return m_error; }

    void accept() override;

private:
    std::array<QSpinBox*, kLeagueMeasures> m_boxes{};
    QLabel* m_error = nullptr;
    Save m_save;
};

} // namespace hc
