## Verkoston raportti (/raportti, Slackissa /mk raportti): luvut ja kuvat henkilökunnalle ja rahoittajille

rp-cmd-report = Raportti: mitä verkosto sai aikaan (henkilökunnalle)
rp-usage = Raportti kuukaudelta, neljännekseltä, vuodelta tai valitsemiltasi päiviltä:
    /raportti – tämä kuukausi
    /raportti kvartaali – tämä vuosineljännes
    /raportti vuosi – tämä vuosi
    /raportti 1.1.2026–30.6.2026 – valitut päivät
rp-bad-period = En tunnistanut jaksoa. { rp-usage }
rp-invalid-period = Jotain päivää ei ole kalenterissa, tai loppu on ennen alkua. Kirjoita esimerkiksi /raportti 1.1.2026–30.6.2026
rp-too-long = Jakso on liian pitkä. Raportin voi tehdä enintään kymmenen vuoden ajalta kerrallaan.
rp-charts-failed = Kuvia ei tällä kertaa saatu piirrettyä. Luvut ja CSV-tiedosto ovat silti tässä.

rp-title = 📊 Mitä verkosto sai aikaan { $period }
rp-monthly-title = 📊 Kuukauden raportti { $period }
rp-previous-note = Suluissa ovat edellisen jakson { $period } luvut. Alle kolmen lukumäärät näytetään muodossa ”< 3”, ja jos summasta voisi silloin laskea pienen luvun, myös seuraavaksi pienin näytetään sanalla ”piilotettu”.
rp-section-help = Avunpyynnöt
rp-section-category = Avunpyynnöt luokittain
rp-section-municipality = Avunpyynnöt kunnittain
rp-section-purchases = Yhteishankinnat
rp-section-activity = Toiminta
rp-section-digest = Viikkokooste

rp-asked = pyydetty
rp-offered = saanut tarjouksen
rp-solved = ratkaistu
rp-expired = vanhentunut
rp-share-solved = ratkaistu pyydetyistä
rp-median-offer = ensimmäinen tarjous (mediaani)
rp-median-resolution = ratkaisuun (mediaani)
rp-published = julkaistu
rp-realised = toteutunut
rp-cancelled = peruttu
rp-seats = paikkoja ostettu
rp-organisations = järjestöjä mukana
rp-saved = säästö yhdessä ostaen
rp-saved-over = hankintoja, joissa tiedetään hinta yksin ostaen
rp-needs-recorded = tarpeita kirjattu
rp-needs-met = tarpeita täyttyi
rp-active-organisations = aktiivisia järjestöjä
rp-active-members = aktiivisia jäseniä
rp-digest-recipients = vastaanottajia
rp-digest-deliveries = koosteita lähetetty

rp-line-help = Pyydetty { $asked } · tarjous saatu { $offered } · ratkaistu { $solved } · vanhentunut { $expired }
rp-line-share = Jakson pyynnöistä ratkaistu { $share }
rp-line-medians = Ensimmäiseen tarjoukseen (mediaani) { $offer } · ratkaisuun { $resolution }
rp-line-by-category = Luokittain (pyydetty/ratkaistu): { $items }
rp-line-by-municipality = Kunnittain (pyydetty/ratkaistu): { $items }
rp-line-purchases = Julkaistu { $published } · toteutunut { $realised } · peruttu { $cancelled }
rp-line-seats = Paikkoja ostettu { $seats } · järjestöjä mukana { $organisations }
rp-line-saved = Säästö yhdessä ostaen { $saved } ({ $count ->
    [one] laskettu yhdestä hankinnasta, jossa tiedetään hinta yksin ostaen
   *[other] laskettu { $count } hankinnasta, joissa tiedetään hinta yksin ostaen
  })
rp-line-needs = Tarpeita kirjattu { $recorded } · niistä täyttyi { $met }
rp-line-active = Aktiivisia järjestöjä { $organisations } · jäseniä { $members }
rp-line-digest = Viikkokooste: { $recipients } vastaanottajaa ({ $platforms })

rp-places-announced = avoimia paikkoja ilmoitettu
rp-places-filled = paikkoja täytetty
rp-line-places = Avoimia työkokeilu-, palkkatuki- ja muita paikkoja ilmoitettu { $announced } · täytetty { $filled }

rp-minutes = { $n } min
rp-hours = { $n } h
rp-days = { $n } vrk
rp-platform-telegram = Telegram
rp-platform-slack = Slack
rp-platform-terminal = pääte
rp-platform-unknown = tuntematon

rp-csv-section = Osa
rp-csv-figure = Luku
rp-csv-caption = Raportin luvut { $period } (CSV)
rp-week-label = vk { $week }
rp-chart-weekly-title = Avunpyynnöt viikoittain: pyydetty ja ratkaistu
rp-chart-saved-title = Säästö yhdessä ostaen, kertymä (€)
rp-chart-saved-total = Yhteensä { $total }
rp-chart-municipality-title = Avunpyynnöt kunnittain
rp-chart-small-group = Muut kunnat
rp-chart-small-left-out = Kunnat, joissa alle 3 pyyntöä, eivät näy.
rp-chart-small-solved = Alle 3 ratkaistua ei piirretä.
rp-chart-col-period = Viikko tai kuukausi
rp-chart-col-saved = säästö
rp-chart-col-cumulative = kertymä
rp-chart-col-municipality = Kunta
rp-masked-secondary = piilotettu
