## Nätverkets rapport (/raportti, i Slack /mk raportti): siffror och bilder för personal och finansiärer

rp-cmd-report = Rapport: vad nätverket åstadkom (för personalen)
rp-usage = Rapport för en månad, ett kvartal, ett år eller dagar du väljer:
    /raportti – denna månad
    /raportti kvartal – detta kvartal
    /raportti år – detta år
    /raportti 1.1.2026–30.6.2026 – valda dagar
rp-bad-period = Jag känner inte igen perioden. { rp-usage }
rp-invalid-period = Dagen finns inte i kalendern, eller slutet är före början. Skriv till exempel /raportti 1.1.2026–30.6.2026
rp-too-long = Perioden är för lång: högst tio år åt gången.
rp-charts-failed = Bilderna kunde inte ritas den här gången; siffrorna och CSV-filen finns ändå här.

rp-title = 📊 Vad nätverket åstadkom { $period }
rp-monthly-title = 📊 Månadens rapport { $period }
rp-previous-note = Inom parentes föregående period { $period }. Antal under tre visas som "< 3".
rp-section-help = Hjälpförfrågningar
rp-section-category = Hjälpförfrågningar per kategori
rp-section-municipality = Hjälpförfrågningar per kommun
rp-section-purchases = Samköp
rp-section-activity = Aktivitet
rp-section-digest = Veckosammandrag

rp-asked = frågade
rp-offered = fått erbjudande
rp-solved = lösta
rp-expired = utgångna
rp-share-solved = lösta av de frågade
rp-median-offer = första erbjudandet (median)
rp-median-resolution = till lösning (median)
rp-published = publicerade
rp-realised = genomförda
rp-cancelled = inställda
rp-seats = platser köpta
rp-organisations = organisationer med
rp-saved = besparing genom samköp
rp-saved-over = samköp med känt pris ensam
rp-needs-recorded = behov registrerade
rp-needs-met = behov uppfyllda
rp-active-organisations = aktiva organisationer
rp-active-members = aktiva medlemmar
rp-digest-recipients = mottagare
rp-digest-deliveries = sammandrag skickade

rp-line-help = Frågade { $asked } · fått erbjudande { $offered } · lösta { $solved } · utgångna { $expired }
rp-line-share = Av periodens förfrågningar lösta { $share }
rp-line-medians = Till första erbjudandet (median) { $offer } · till lösning { $resolution }
rp-line-by-category = Per kategori (frågade/lösta): { $items }
rp-line-by-municipality = Per kommun (frågade/lösta): { $items }
rp-line-purchases = Publicerade { $published } · genomförda { $realised } · inställda { $cancelled }
rp-line-seats = Platser köpta { $seats } · organisationer med { $organisations }
rp-line-saved = Besparing genom samköp { $saved } ({ $count ->
    [one] räknat på ett samköp med känt pris ensam
   *[other] räknat på { $count } samköp med känt pris ensam
  })
rp-line-needs = Behov registrerade { $recorded } · av dem uppfyllda { $met }
rp-line-active = Aktiva organisationer { $organisations } · medlemmar { $members }
rp-line-digest = Veckosammandrag: { $recipients } mottagare ({ $platforms })

rp-places-announced = lediga platser utannonserade
rp-places-filled = platser tillsatta
rp-line-places = Lediga platser (arbetsprövning, lönesubvention m.m.) utannonserade { $announced } · tillsatta { $filled }

rp-minutes = { $n } min
rp-hours = { $n } h
rp-days = { $n } dygn
rp-platform-telegram = Telegram
rp-platform-slack = Slack
rp-platform-terminal = terminal
rp-platform-unknown = okänd

rp-csv-section = Del
rp-csv-figure = Siffra
rp-csv-caption = Rapportens siffror { $period } (CSV)
rp-week-label = v. { $week }
rp-chart-weekly-title = Hjälpförfrågningar per vecka: frågade och lösta
rp-chart-saved-title = Besparing genom samköp, ackumulerad (€)
rp-chart-saved-total = Totalt { $total }
rp-chart-municipality-title = Hjälpförfrågningar per kommun
rp-chart-small-group = Övriga kommuner
rp-chart-small-left-out = Kommuner med färre än 3 förfrågningar visas inte.
rp-chart-small-solved = Färre än 3 lösta ritas inte.
rp-chart-col-period = Vecka eller månad
rp-chart-col-saved = besparing
rp-chart-col-cumulative = ackumulerat
rp-chart-col-municipality = Kommun
