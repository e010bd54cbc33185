## Nätverkets rapport (/raportti, i Slack /mk raportti): siffror och bilder för personal och finansiärer

rp-cmd-report = Rapport: vad nätverket har åstadkommit (för personalen)
rp-usage = En rapport för en månad, ett kvartal, ett år eller för dagar du väljer:
    /raportti – den här månaden
    /raportti kvartal – det här kvartalet
    /raportti år – det här året
    /raportti 1.1.2026–30.6.2026 – dagarna du väljer
rp-bad-period = Jag känner inte igen perioden. { rp-usage }
rp-invalid-period = Något av datumen finns inte, eller så är slutet före början. Skriv till exempel /raportti 1.1.2026–30.6.2026
rp-too-long = Perioden är för lång. En rapport kan gälla högst tio år åt gången.
rp-charts-failed = Bilderna kunde inte ritas den här gången. Siffrorna och CSV-filen finns ändå här.

rp-title = 📊 Vad nätverket har åstadkommit { $period }
rp-monthly-title = 📊 Månadens rapport { $period }
rp-previous-note = Inom parentes står siffrorna för föregående period { $period }. Antal under tre visas som ”< 3”, och om ett litet antal då kunde räknas ut ur summan visas också det näst minsta som ”dold”.
rp-section-help = Hjälpförfrågningar
rp-section-category = Hjälpförfrågningar per kategori
rp-section-municipality = Hjälpförfrågningar per kommun
rp-section-purchases = Gemensamma upphandlingar
rp-section-activity = Aktivitet
rp-section-digest = Veckosammandrag

rp-asked = gjorda
rp-offered = fått erbjudande
rp-solved = lösta
rp-expired = utgångna
rp-share-solved = andel lösta
rp-median-offer = första erbjudandet (median)
rp-median-resolution = till lösning (median)
rp-published = publicerade
rp-realised = genomförda
rp-cancelled = inställda
rp-seats = köpta platser
rp-organisations = deltagande organisationer
rp-saved = sparat genom att köpa tillsammans
rp-saved-over = upphandlingar där priset vid köp på egen hand är känt
rp-needs-recorded = anmälda behov
rp-needs-met = uppfyllda behov
rp-active-organisations = aktiva organisationer
rp-active-members = aktiva medlemmar
rp-digest-recipients = mottagare
rp-digest-deliveries = sammandrag skickade

rp-line-help = Gjorda { $asked } · fått erbjudande { $offered } · lösta { $solved } · utgångna { $expired }
rp-line-share = Andel lösta av periodens förfrågningar: { $share }
rp-line-medians = Tid till första erbjudandet (median) { $offer } · till lösning { $resolution }
rp-line-by-category = Per kategori (gjorda/lösta): { $items }
rp-line-by-municipality = Per kommun (gjorda/lösta): { $items }
rp-line-purchases = Publicerade { $published } · genomförda { $realised } · inställda { $cancelled }
rp-line-seats = Köpta platser { $seats } · deltagande organisationer { $organisations }
rp-line-saved = Sparat genom att köpa tillsammans { $saved } ({ $count ->
    [one] räknat på en upphandling där priset vid köp på egen hand är känt
   *[other] räknat på { $count } upphandlingar där priset vid köp på egen hand är känt
  })
rp-line-needs = Anmälda behov { $recorded } · av dem uppfyllda { $met }
rp-line-active = Aktiva organisationer { $organisations } · medlemmar { $members }
rp-line-digest = Veckosammandrag: { $recipients } mottagare ({ $platforms })

rp-places-announced = annonserade lediga platser
rp-places-filled = tillsatta platser
rp-line-places = Lediga platser (arbetsprövning, lönesubvention och annat) annonserade { $announced } · tillsatta { $filled }

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
rp-chart-weekly-title = Hjälpförfrågningar per vecka: gjorda och lösta
rp-chart-saved-title = Sparat genom att köpa tillsammans, löpande summa (€)
rp-chart-saved-total = Totalt { $total }
rp-chart-municipality-title = Hjälpförfrågningar per kommun
rp-chart-small-group = Övriga kommuner
rp-chart-small-left-out = Kommuner med färre än 3 förfrågningar visas inte.
rp-chart-small-solved = Färre än 3 lösta visas inte i bilden.
rp-chart-col-period = Vecka eller månad
rp-chart-col-saved = sparat
rp-chart-col-cumulative = löpande summa
rp-chart-col-municipality = Kommun
rp-masked-secondary = dold
