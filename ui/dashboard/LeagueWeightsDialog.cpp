#include "ui/dashboard/LeagueWeightsDialog.h"

#include "core/league/LeagueService.h"
#include "ui/common/InlineError.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hc {

LeagueWeightsDialog::LeagueWeightsDialog(const LeagueWeights& current, Save save, QWidget* parent)
    : QDialog(parent), m_save(std::move(save))
{
    setWindowTitle(tr("Weights of the station league"));
    auto* intro = new QLabel(tr("How much each measure counts in a station's score, from 0 (left out) "
                                "to %1. The score is the weighted mean of the measures, each scaled "
                                "from the worst station (0) to the best (1).")
                                 .arg(LeagueWeights::kMax));
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    for (int m = 0; m < kLeagueMeasures; ++m) {
        auto* box = new QSpinBox;
        box->setRange(0, LeagueWeights::kMax);
        box->setValue(current.values[size_t(m)]);
        form->addRow(LeagueService::label(LeagueMeasure(m)), box);
        m_boxes[size_t(m)] = box;
    }
    m_error = makeErrorLabel();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &LeagueWeightsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

LeagueWeights LeagueWeightsDialog::weights() const
{
    LeagueWeights w;
    for (int m = 0; m < kLeagueMeasures; ++m)
        w.values[size_t(m)] = m_boxes[size_t(m)]->value();
    return w;
}

void LeagueWeightsDialog::accept()
{
    const Status saved = m_save ? m_save(weights()) : Status();
    if (!saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace hc
