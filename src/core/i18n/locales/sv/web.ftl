web-language-name = svenska
web-site-name = Mahdollisuudet käyttöön!
web-site-description = Föreningarna i Lahtisregionen på ett ställe: vem gör vad, för vem, och lediga platser för arbetsprövning, lönesubvention m.m.
web-nav-label = Huvudmeny
web-nav-home = Startsida
web-nav-organisations = Föreningar
web-nav-places = Lediga platser
web-nav-about = Om nätverket
web-skip = Gå till innehållet
web-footer = Nätverket Mahdollisuudet käyttöön!, Lahtisregionen. Sidorna visar bara uppgifter som föreningarna själva publicerat. Inga kakor, ingen spårning.
web-feed-title = Lediga platser – Mahdollisuudet käyttöön!
web-feed-link = Lediga platser som JSON-flöde för andra webbplatser
web-search-label = Sökning
web-search-words = Sökord
web-search-placeholder = t.ex. unga djur
web-search-button = Sök
web-filter-municipality = Kommun
web-filter-target = För vem
web-filter-kind = Typ av plats
web-filter-any = Alla
web-front-title = Vad gör regionens föreningar – och var finns lediga platser?
web-front-intro = Här hittar du föreningarnas verksamhet i Lahtisregionen presenterad på samma sätt, och lediga platser för arbetsprövning, lönesubvention, frivilligarbete m.m. Sök med ord eller avgränsa efter kommun och målgrupp.
web-front-latest = Nyaste lediga platser ({ $count })
web-all-places = Alla lediga platser
web-all-organisations = Alla föreningar ({ $count })
web-search-title = Sökning
web-search-title-words = Sökning: { $words }
web-search-results = { $count ->
    [0] Inga resultat
    [one] 1 resultat
   *[other] { $count } resultat
  }
web-search-none = Sökningen hittade inga föreningar eller platser.
web-search-none-hint = Pröva andra ord eller ta bort avgränsningar. Nätverkets personal hjälper också att hitta en passande plats.
web-organisations-title = Föreningar
web-organisations-intro = Varje förening presenteras på samma sätt: vad den gör, för vem, var och hur man kontaktar den.
web-organisations-count = { $count ->
    [one] 1 förening
   *[other] { $count } föreningar
  }
web-organisations-none = Inga föreningar med dessa avgränsningar.
web-profile-updated = Uppgifterna uppdaterade { $date }
web-profile-places = Lediga platser ({ $count })
web-profile-no-places = Föreningen har inga lediga platser just nu.
web-places-title = Lediga platser
web-places-intro = Platser för arbetsprövning, lönesubvention, arbetsverksamhet i rehabiliteringssyfte, frivilligarbete och läroavtal. Annonsen försvinner av sig själv när ansökan slutar.
web-places-count = { $count ->
    [one] 1 ledig plats
   *[other] { $count } lediga platser
  }
web-places-none = Just nu finns inga lediga platser med dessa avgränsningar.
web-kind-explained-work_trial = I en arbetsprövning prövar man ett arbete och en bransch utan anställning; TE-tjänsterna avtalar om prövningen.
web-kind-explained-wage_subsidy = Lönesubventionerat arbete är en riktig anställning där arbetsgivaren får stöd för lönekostnaderna.
web-kind-explained-rehabilitative = Arbetsverksamhet i rehabiliteringssyfte är lågtröskelverksamhet som stöder vardagen och arbetsförmågan; den avtalas med socialväsendet.
web-kind-explained-volunteering = Frivilligarbete är obetald verksamhet för andra som man gör av egen vilja.
web-kind-explained-apprenticeship = Med läroavtal studerar man till ett yrke vid sidan av arbetet, i anställning.
web-about-title = Om nätverket
web-about-1 = Mahdollisuudet käyttöön! är ett nätverk av tredje sektorns föreningar, offentliga aktörer och företag i Lahtisregionen. Det föddes i verkstäderna 2014, där man önskade en gemensam portal: alla aktörer presenterade på samma sätt, inte bara länkar.
web-about-2 = Föreningarna fyller i och uppdaterar sina presentationer själva i nätverkets chattbot, och nätverkets personal granskar dem före publicering. Lediga platser anmäls av föreningen själv och försvinner av sig själva när ansökan slutar.
web-about-join-title = Med i nätverket
web-about-join = Din förening kan gå med i nätverkets Telegram-bot: ange föreningens namn med /organisaatio och fyll i presentationen med /jarjesto.
web-about-privacy-title = Dataskydd
web-about-privacy = Sidorna har inga kakor, ingen inloggning och ingen spårning. Här visas bara uppgifter som föreningarna avsett att vara offentliga – aldrig klienters eller privatpersoners uppgifter.
web-about-words-title = Ordlista
web-not-found-title = Sidan hittades inte
web-not-found = Sidan finns inte, eller platsen är inte längre ledig.
web-pages-label = Sidor
web-page-previous = ← Föregående
web-page-next = Nästa →
web-page-of = Sida { $page }/{ $pages }
web-nav-achieved = Vad vi åstadkom
web-achieved-title = Vad nätverket åstadkom
web-achieved-intro = Nätverkets siffror för den valda perioden och den föregående lika långa perioden: hjälpförfrågningar, samköp och vad de sparade, aktivitet och veckosammandragets räckvidd. Bara antal, inga namn.
web-achieved-form-label = Välj period
web-achieved-period = Period
web-achieved-choice-12kk = De senaste 12 månaderna
web-achieved-choice-kuukausi = Denna månad
web-achieved-choice-kvartaali = Detta kvartal
web-achieved-choice-vuosi = Detta år
web-achieved-choice-oma = Egen period (början och slut)
web-achieved-from = Början
web-achieved-to = Slut
web-achieved-custom-hint = Början och slut gäller bara en egen period, högst { $days } dagar. Dagarna enligt finsk tid.
web-achieved-show = Visa siffrorna
web-achieved-error-format = Ange den egna periodens början och slut som datum, t.ex. 1.1.2026 och 30.6.2026. Nedan siffrorna för de senaste 12 månaderna.
web-achieved-error-invalid = Perioden duger inte: kontrollera datumen och att slutet inte är före början. Nedan siffrorna för de senaste 12 månaderna.
web-achieved-error-too_long = En egen period kan vara högst { $days } dagar. Nedan siffrorna för de senaste 12 månaderna.
web-achieved-period-title = Perioden { $period }
web-achieved-previous = Som jämförelse den föregående perioden { $period }.
web-achieved-small = I uppdelningarna visas antal under tre som "< 3", så att ingen kan kännas igen.
web-achieved-csv = Ladda ner siffrorna som CSV-fil
web-achieved-charts-title = I bilder
web-achieved-charts-intro = Bildernas siffror finns också som tabell under varje bild.
web-achieved-chart-alt = Diagram: { $title }. Siffrorna finns som tabell under bilden.
web-achieved-chart-table = Bildens siffror som tabell: { $title }
web-achieved-png = PNG-bild
