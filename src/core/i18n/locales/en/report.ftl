## The network's report (/raportti, in Slack /mk raportti): figures and pictures for staff and funders

rp-cmd-report = Report: what the network achieved (for staff)
rp-usage = A report for a month, a quarter, a year or the days you choose:
    /report – this month
    /report quarter – this quarter
    /report year – this year
    /report 1.1.2026–30.6.2026 – the days you choose
rp-bad-period = I did not recognise the period. { rp-usage }
rp-invalid-period = One of the dates does not exist, or the end is before the start. Type for example /report 1.1.2026–30.6.2026
rp-too-long = The period is too long. A report can cover at most ten years at a time.
rp-charts-failed = The charts could not be drawn this time, but the figures and the CSV file are here.

rp-title = 📊 What the network achieved { $period }
rp-monthly-title = 📊 Monthly report { $period }
rp-previous-note = The figures in brackets are for the previous period, { $period }. Counts below three are shown as “< 3”, and if the total would then give a small count away, the next smallest is shown as “hidden” too.
rp-section-help = Help requests
rp-section-category = Help requests by category
rp-section-municipality = Help requests by municipality
rp-section-purchases = Joint purchases
rp-section-activity = Activity
rp-section-digest = Weekly digest

rp-asked = asked
rp-offered = got an offer
rp-solved = solved
rp-expired = expired
rp-share-solved = share solved
rp-median-offer = first offer (median)
rp-median-resolution = to resolution (median)
rp-published = published
rp-realised = went ahead
rp-cancelled = cancelled
rp-seats = seats bought
rp-organisations = organisations taking part
rp-saved = saved by buying together
rp-saved-over = purchases where the price of buying alone is known
rp-needs-recorded = needs recorded
rp-needs-met = needs met
rp-active-organisations = active organisations
rp-active-members = active members
rp-digest-recipients = recipients
rp-digest-deliveries = digests sent

rp-line-help = Asked { $asked } · got an offer { $offered } · solved { $solved } · expired { $expired }
rp-line-share = Share of the period's requests solved: { $share }
rp-line-medians = To the first offer (median) { $offer } · to resolution { $resolution }
rp-line-by-category = By category (asked/solved): { $items }
rp-line-by-municipality = By municipality (asked/solved): { $items }
rp-line-purchases = Published { $published } · went ahead { $realised } · cancelled { $cancelled }
rp-line-seats = Seats bought { $seats } · organisations taking part { $organisations }
rp-line-saved = Saved by buying together { $saved } ({ $count ->
    [one] counted from one purchase where the price of buying alone is known
   *[other] counted from { $count } purchases where the price of buying alone is known
  })
rp-line-needs = Needs recorded { $recorded } · of these met { $met }
rp-line-active = Active organisations { $organisations } · members { $members }
rp-line-digest = Weekly digest: { $recipients } recipients ({ $platforms })

rp-places-announced = open places announced
rp-places-filled = places filled
rp-line-places = Open places (work trial, wage subsidy and others) announced { $announced } · filled { $filled }

rp-minutes = { $n } min
rp-hours = { $n } h
rp-days = { $n } days
rp-platform-telegram = Telegram
rp-platform-slack = Slack
rp-platform-terminal = terminal
rp-platform-unknown = unknown

rp-csv-section = Section
rp-csv-figure = Figure
rp-csv-caption = Figures of the report { $period } (CSV)
rp-week-label = wk { $week }
rp-chart-weekly-title = Help requests per week: asked and solved
rp-chart-saved-title = Saved by buying together, running total (€)
rp-chart-saved-total = Total { $total }
rp-chart-municipality-title = Help requests by municipality
rp-chart-small-group = Other municipalities
rp-chart-small-left-out = Municipalities with fewer than 3 requests are not shown.
rp-chart-small-solved = Counts of solved requests below 3 are not drawn.
rp-chart-col-period = Week or month
rp-chart-col-saved = saved
rp-chart-col-cumulative = running total
rp-chart-col-municipality = Municipality
rp-masked-secondary = hidden
