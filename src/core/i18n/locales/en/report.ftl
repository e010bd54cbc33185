## The network's report (/raportti, in Slack /mk raportti): figures and pictures for staff and funders

rp-cmd-report = Report: what the network achieved (staff)
rp-usage = A report for a month, a quarter, a year or days you choose:
    /report – this month
    /report quarter – this quarter
    /report year – this year
    /report 1.1.2026–30.6.2026 – the days you choose
rp-bad-period = I did not recognise the period. { rp-usage }
rp-invalid-period = That day is not in the calendar, or the end is before the start. Write for example /report 1.1.2026–30.6.2026
rp-too-long = The period is too long: ten years at most at a time.
rp-charts-failed = The pictures could not be drawn this time; the figures and the CSV are here all the same.

rp-title = 📊 What the network achieved { $period }
rp-monthly-title = 📊 The month's report { $period }
rp-previous-note = In brackets the previous period { $period }. Counts below three are shown as "< 3".
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
rp-share-solved = solved of those asked
rp-median-offer = first offer (median)
rp-median-resolution = to resolution (median)
rp-published = published
rp-realised = realised
rp-cancelled = cancelled
rp-seats = seats bought
rp-organisations = organisations taking part
rp-saved = saved by buying together
rp-saved-over = purchases with a known solo price
rp-needs-recorded = needs recorded
rp-needs-met = needs met
rp-active-organisations = active organisations
rp-active-members = active members
rp-digest-recipients = recipients
rp-digest-deliveries = digests sent

rp-line-help = Asked { $asked } · got an offer { $offered } · solved { $solved } · expired { $expired }
rp-line-share = Of the period's requests solved { $share }
rp-line-medians = To the first offer (median) { $offer } · to resolution { $resolution }
rp-line-by-category = By category (asked/solved): { $items }
rp-line-by-municipality = By municipality (asked/solved): { $items }
rp-line-purchases = Published { $published } · realised { $realised } · cancelled { $cancelled }
rp-line-seats = Seats bought { $seats } · organisations taking part { $organisations }
rp-line-saved = Saved by buying together { $saved } ({ $count ->
    [one] counted over one purchase with a known solo price
   *[other] counted over { $count } purchases with a known solo price
  })
rp-line-needs = Needs recorded { $recorded } · of them met { $met }
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
rp-csv-caption = The report's figures { $period } (CSV)
rp-week-label = wk { $week }
rp-chart-weekly-title = Help requests per week: asked and solved
rp-chart-saved-title = Saved by buying together, cumulative (€)
rp-chart-saved-total = In all { $total }
rp-chart-municipality-title = Help requests by municipality
rp-chart-small-group = Other municipalities
rp-chart-small-left-out = Municipalities with fewer than 3 requests are not shown.
rp-chart-small-solved = Fewer than 3 solved are not drawn.
rp-chart-col-period = Week or month
rp-chart-col-saved = saved
rp-chart-col-cumulative = cumulative
rp-chart-col-municipality = Municipality
