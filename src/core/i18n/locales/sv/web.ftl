web-language-name = svenska
web-site-name = Mahdollisuudet käyttöön!
web-site-description = Organisationerna i Lahtisregionen på ett ställe: vem gör vad och för vem, och lediga platser för arbetsprövning, lönesubvention och annat.
web-nav-label = Huvudmeny
web-nav-home = Startsida
web-nav-organisations = Organisationer
web-nav-places = Lediga platser
web-nav-about = Om nätverket
web-skip = Gå till innehållet
web-footer = Nätverket Mahdollisuudet käyttöön!, Lahtisregionen. Sidorna visar bara uppgifter som organisationerna själva har publicerat. Inga kakor, ingen spårning.
web-feed-title = Lediga platser – Mahdollisuudet käyttöön!
web-feed-link = Lediga platser som JSON-flöde för andra webbplatser
web-search-label = Sökning
web-search-words = Sökord
web-search-placeholder = till exempel unga djur
web-search-button = Sök
web-filter-municipality = Kommun
web-filter-target = För vem
web-filter-kind = Typ av plats
web-filter-any = Alla
web-front-title = Vad gör organisationerna i regionen – och var finns det lediga platser?
web-front-intro = Här ser du vad organisationerna i Lahtisregionen gör och för vem. Varje organisation presenteras på samma sätt. Här hittar du också lediga platser för arbetsprövning, lönesubvention, frivilligarbete och annat. Sök med ord, eller välj kommun och vem verksamheten är till för.
web-front-latest = Nyaste lediga platser ({ $count })
web-all-places = Alla lediga platser
web-all-organisations = Alla organisationer ({ $count })
web-search-title = Sökning
web-search-title-words = Sökning: { $words }
web-search-results = { $count ->
    [0] Inga resultat
    [one] 1 resultat
   *[other] { $count } resultat
  }
web-search-none = Sökningen hittade inga organisationer eller platser.
web-search-none-hint = Pröva andra ord eller ta bort några val. Nätverkets personal hjälper dig också att hitta en passande plats.
web-organisations-title = Organisationer
web-organisations-intro = Varje organisation presenteras på samma sätt: vad den gör, för vem, var den finns och hur man når den.
web-organisations-count = { $count ->
    [one] 1 organisation
   *[other] { $count } organisationer
  }
web-organisations-none = Inga organisationer passar de här valen.
web-profile-updated = Uppgifterna uppdaterades { $date }
web-profile-places = Lediga platser ({ $count })
web-profile-no-places = Organisationen har inga lediga platser just nu.
web-places-title = Lediga platser
web-places-intro = Platser för arbetsprövning, lönesubvention, arbetsverksamhet i rehabiliteringssyfte, frivilligarbete och läroavtal. Annonsen försvinner av sig själv när ansökningstiden är slut.
web-places-count = { $count ->
    [one] 1 ledig plats
   *[other] { $count } lediga platser
  }
web-places-none = Just nu finns det inga lediga platser som passar de här valen.
web-kind-explained-work_trial = I en arbetsprövning får du pröva om ett arbete eller en bransch passar dig. Du är inte anställd. Prövningen avtalas med TE-tjänsterna.
web-kind-explained-wage_subsidy = Arbete med lönesubvention är en riktig anställning. Arbetsgivaren får stöd för lönekostnaderna.
web-kind-explained-rehabilitative = Arbetsverksamhet i rehabiliteringssyfte är verksamhet som det är lätt att komma med i. Den stöder vardagen och arbetsförmågan. Den avtalas med socialväsendet.
web-kind-explained-volunteering = I frivilligarbete hjälper du andra för att du själv vill. Man får ingen lön för det.
web-kind-explained-apprenticeship = Med läroavtal studerar du till ett yrke samtidigt som du arbetar. Du är då anställd.
web-about-title = Om nätverket
web-about-1 = Mahdollisuudet käyttöön! är ett nätverk av organisationer, offentliga aktörer och företag i Lahtisregionen. Det började med verkstäder år 2014. Där önskade man en gemensam portal där alla aktörer presenteras på samma sätt – inte bara länkar.
web-about-2 = Organisationerna skriver och uppdaterar själva sina presentationer i nätverkets chattbot. Nätverkets personal granskar presentationerna innan de publiceras. Organisationerna anmäler också själva sina lediga platser. En plats försvinner av sig själv från sidorna när ansökningstiden är slut.
web-about-join-title = Med i nätverket
web-about-join = Din organisation kan gå med via nätverkets Telegram-bot. Berätta först organisationens namn med /organisation. Fyll sedan i presentationen med /profile.
web-about-privacy-title = Dataskydd
web-about-privacy = Sidorna har inga kakor, ingen inloggning och ingen spårning. Här visas bara uppgifter som organisationerna har menat ska vara offentliga – aldrig uppgifter om klienter eller privatpersoner.
web-about-words-title = Ordlista
web-not-found-title = Sidan hittades inte
web-not-found = Sidan du söker finns inte, eller så är platsen inte längre ledig.
web-pages-label = Sidor
web-page-previous = ← Föregående
web-page-next = Nästa →
web-page-of = Sida { $page }/{ $pages }
web-nav-achieved = Vad vi åstadkom
web-achieved-title = Vad nätverket har åstadkommit
web-achieved-intro = Här är nätverkets siffror för den period du väljer: hjälpförfrågningar, gemensamma upphandlingar och vad de sparade, aktivitet och hur många som fick veckosammandraget. Som jämförelse visas en lika lång period strax före. Bara antal, inga namn.
web-achieved-form-label = Välj period
web-achieved-period = Period
web-achieved-choice-12kk = De senaste 12 månaderna
web-achieved-choice-kuukausi = Denna månad
web-achieved-choice-kvartaali = Detta kvartal
web-achieved-choice-vuosi = Detta år
web-achieved-choice-oma = Egen period (början och slut)
web-achieved-from = Början
web-achieved-to = Slut
web-achieved-custom-hint = Början och slut används bara när du väljer en egen period. Den kan vara högst { $days } dagar. Dagarna räknas enligt finsk tid.
web-achieved-show = Visa siffrorna
web-achieved-error-format = Skriv den egna periodens början och slut som datum, till exempel 1.1.2026 och 30.6.2026. Nedan visas siffrorna för de senaste 12 månaderna.
web-achieved-error-invalid = Perioden går inte att använda. Kontrollera datumen och att slutet inte är före början. Nedan visas siffrorna för de senaste 12 månaderna.
web-achieved-error-too_long = En egen period kan vara högst { $days } dagar. Nedan visas siffrorna för de senaste 12 månaderna.
web-achieved-period-title = Perioden { $period }
web-achieved-previous = Som jämförelse visas föregående period { $period }.
web-achieved-small = I uppdelningarna visas antal under tre som ”< 3”, så att ingen kan kännas igen. Om ett litet antal då kunde räknas ut ur summan visas också det näst minsta som ”dold”.
web-achieved-csv = Ladda ner siffrorna som CSV-fil
web-achieved-charts-title = I bilder
web-achieved-charts-intro = Under varje bild finns samma siffror också som tabell.
web-achieved-chart-alt = Diagram: { $title }. Siffrorna finns som tabell under bilden.
web-achieved-chart-table = Bildens siffror som tabell: { $title }
web-achieved-png = PNG-bild
