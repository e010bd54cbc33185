web-language-name = suomi
web-site-name = Mahdollisuudet käyttöön!
web-site-description = Lahden seudun järjestöt samassa paikassa: kuka tekee mitä, kenelle, ja avoimet työkokeilu-, palkkatuki- ja muut paikat.
web-nav-label = Päävalikko
web-nav-home = Etusivu
web-nav-organisations = Järjestöt
web-nav-places = Avoimet paikat
web-nav-about = Tietoa verkostosta
web-skip = Siirry sisältöön
web-footer = Mahdollisuudet käyttöön! -verkosto, Lahden seutu. Sivuilla on vain järjestöjen itse julkaisemaa tietoa. Ei evästeitä, ei seurantaa.
web-feed-title = Avoimet paikat – Mahdollisuudet käyttöön!
web-feed-link = Avoimet paikat JSON-syötteenä muille sivustoille
web-search-label = Haku
web-search-words = Hakusanat
web-search-placeholder = esimerkiksi nuorille eläinten parissa
web-search-button = Hae
web-filter-municipality = Kunta
web-filter-target = Kenelle
web-filter-kind = Paikan tyyppi
web-filter-any = Kaikki
web-front-title = Mitä seudun järjestöt tekevät – ja missä on avoimia paikkoja?
web-front-intro = Täältä näet, mitä Lahden seudun järjestöt tekevät ja kenelle. Jokainen järjestö on esitelty samalla tavalla. Löydät täältä myös avoimet työkokeilu-, palkkatuki-, vapaaehtois- ja muut paikat. Hae sanoilla tai valitse kunta ja se, kenelle toiminta on tarkoitettu.
web-front-latest = Uusimmat avoimet paikat ({ $count })
web-all-places = Kaikki avoimet paikat
web-all-organisations = Kaikki järjestöt ({ $count })
web-search-title = Haku
web-search-title-words = Haku: { $words }
web-search-results = { $count ->
    [0] Ei tuloksia
    [one] 1 tulos
   *[other] { $count } tulosta
  }
web-search-none = Haulla ei löytynyt järjestöjä tai paikkoja.
web-search-none-hint = Kokeile toisia sanoja tai poista valintoja. Verkoston henkilökunta auttaa myös löytämään sopivan paikan.
web-organisations-title = Järjestöt
web-organisations-intro = Jokainen järjestö on esitelty samalla tavalla: mitä se tekee, kenelle, missä ja miten siihen saa yhteyden.
web-organisations-count = { $count ->
    [one] 1 järjestö
   *[other] { $count } järjestöä
  }
web-organisations-none = Näillä rajauksilla ei löytynyt järjestöjä.
web-profile-updated = Tiedot päivitetty { $date }
web-profile-places = Avoimet paikat ({ $count })
web-profile-no-places = Järjestöllä ei ole juuri nyt avoimia paikkoja.
web-places-title = Avoimet paikat
web-places-intro = Työkokeilu-, palkkatuki-, kuntouttavan työtoiminnan, vapaaehtoistyön ja oppisopimuksen paikat. Ilmoitus poistuu itsestään, kun haku päättyy.
web-places-count = { $count ->
    [one] 1 avoin paikka
   *[other] { $count } avointa paikkaa
  }
web-places-none = Juuri nyt ei ole avoimia paikkoja näillä rajauksilla.
web-kind-explained-work_trial = Työkokeilussa voit kokeilla, sopiiko työ tai ala sinulle. Et ole työsuhteessa. Kokeilusta sovitaan TE-palvelujen kanssa.
web-kind-explained-wage_subsidy = Palkkatuettu työ on oikea työsuhde. Työnantaja saa tukea palkkakuluihin.
web-kind-explained-rehabilitative = Kuntouttava työtoiminta on toimintaa, johon on helppo tulla mukaan. Se tukee arkea ja työkykyä. Siitä sovitaan sosiaalitoimen kanssa.
web-kind-explained-volunteering = Vapaaehtoistyössä autat muita omasta halustasi. Siitä ei makseta palkkaa.
web-kind-explained-apprenticeship = Oppisopimuksessa opiskelet ammattiin työn ohessa. Olet silloin työsuhteessa.
web-about-title = Tietoa verkostosta
web-about-1 = Mahdollisuudet käyttöön! on Lahden seudun järjestöjen, julkisten toimijoiden ja yritysten verkosto. Se sai alkunsa vuoden 2014 työpajoista. Niissä toivottiin yhteistä portaalia, jossa kaikki toimijat esitellään samalla tavalla – ei pelkkiä linkkejä.
web-about-2 = Järjestöt kirjoittavat ja päivittävät esittelynsä itse verkoston keskustelubotissa. Verkoston henkilökunta tarkistaa esittelyt, ennen kuin ne julkaistaan. Järjestöt ilmoittavat myös avoimet paikat itse. Paikka poistuu sivuilta itsestään, kun haku päättyy.
web-about-join-title = Mukaan verkostoon
web-about-join = Järjestösi voi tulla mukaan verkoston Telegram-botissa. Kerro ensin järjestösi nimi komennolla /organisaatio. Täytä sitten esittely komennolla /jarjesto.
web-about-privacy-title = Tietosuoja
web-about-privacy = Sivuilla ei ole evästeitä, kirjautumista eikä seurantaa. Sivuilla näkyy vain tietoa, jonka järjestöt ovat tarkoittaneet julkiseksi – ei koskaan tietoja asiakkaista tai yksityishenkilöistä.
web-about-words-title = Sanasto
web-not-found-title = Sivua ei löytynyt
web-not-found = Etsimääsi sivua ei ole, tai paikka ei ole enää avoinna.
web-pages-label = Sivut
web-page-previous = ← Edellinen
web-page-next = Seuraava →
web-page-of = Sivu { $page }/{ $pages }
web-nav-achieved = Mitä saimme aikaan
web-achieved-title = Mitä verkosto sai aikaan
web-achieved-intro = Tässä ovat verkoston luvut valitulta jaksolta: avunpyynnöt, yhteishankinnat ja niillä säästetty raha, toiminta sekä se, moniko sai viikkokoosteen. Vertailuna on yhtä pitkä jakso juuri sitä ennen. Vain lukumääriä, ei nimiä.
web-achieved-form-label = Valitse jakso
web-achieved-period = Jakso
web-achieved-choice-12kk = Viimeiset 12 kuukautta
web-achieved-choice-kuukausi = Tämä kuukausi
web-achieved-choice-kvartaali = Tämä vuosineljännes
web-achieved-choice-vuosi = Tämä vuosi
web-achieved-choice-oma = Oma aikaväli (alku ja loppu)
web-achieved-from = Alku
web-achieved-to = Loppu
web-achieved-custom-hint = Alku ja loppu ovat käytössä vain, kun valitset oman aikavälin. Se voi olla enintään { $days } päivää. Päivät ovat Suomen aikaa.
web-achieved-show = Näytä luvut
web-achieved-error-format = Kirjoita oman aikavälin alku ja loppu päivämäärinä, esimerkiksi 1.1.2026 ja 30.6.2026. Alla ovat luvut viimeisiltä 12 kuukaudelta.
web-achieved-error-invalid = Aikaväli ei käy. Tarkista päivämäärät ja se, ettei loppu ole ennen alkua. Alla ovat luvut viimeisiltä 12 kuukaudelta.
web-achieved-error-too_long = Oma aikaväli voi olla enintään { $days } päivää. Alla ovat luvut viimeisiltä 12 kuukaudelta.
web-achieved-period-title = Jakso { $period }
web-achieved-previous = Vertailuna on edellinen jakso { $period }.
web-achieved-small = Erittelyissä alle kolmen lukumäärät näytetään muodossa ”< 3”, jottei ketään voi tunnistaa. Jos pienen luvun voisi silloin laskea summasta, myös seuraavaksi pienin näytetään sanalla ”piilotettu”.
web-achieved-csv = Lataa luvut CSV-tiedostona
web-achieved-charts-title = Kuvina
web-achieved-charts-intro = Jokaisen kuvan alla ovat samat luvut myös taulukkona.
web-achieved-chart-alt = Kaavio: { $title }. Luvut ovat taulukkona kuvan alla.
web-achieved-chart-table = Kuvan luvut taulukkona: { $title }
web-achieved-png = PNG-kuva
