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
web-search-placeholder = esim. nuorille eläinten parissa
web-search-button = Hae
web-filter-municipality = Kunta
web-filter-target = Kenelle
web-filter-kind = Paikan tyyppi
web-filter-any = Kaikki
web-front-title = Mitä seudun järjestöt tekevät – ja missä on avoimia paikkoja?
web-front-intro = Täältä löydät Lahden seudun järjestöjen toiminnan samalla tavalla esiteltynä sekä avoimet työkokeilu-, palkkatuki-, vapaaehtois- ja muut paikat. Hae sanoilla tai rajaa kunnan ja kohderyhmän mukaan.
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
web-search-none-hint = Kokeile toisia sanoja tai poista rajauksia. Verkoston henkilökunta auttaa myös löytämään sopivan paikan.
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
web-kind-explained-work_trial = Työkokeilussa kokeillaan työtä ja alaa ilman työsuhdetta; TE-palvelut sopii kokeilusta.
web-kind-explained-wage_subsidy = Palkkatuettu työ on oikea työsuhde, jonka palkkakuluihin työnantaja saa tukea.
web-kind-explained-rehabilitative = Kuntouttava työtoiminta on matalan kynnyksen toimintaa arjen ja työkyvyn tueksi; siitä sovitaan sosiaalitoimen kanssa.
web-kind-explained-volunteering = Vapaaehtoistyö on omasta halusta tehtyä palkatonta toimintaa muiden hyväksi.
web-kind-explained-apprenticeship = Oppisopimuksessa opiskellaan ammattiin työn ohessa, työsuhteessa.
web-about-title = Tietoa verkostosta
web-about-1 = Mahdollisuudet käyttöön! on Lahden seudun kolmannen sektorin järjestöjen, julkisten toimijoiden ja yritysten verkosto. Se syntyi vuoden 2014 työpajoissa, joissa toivottiin yhteistä portaalia: kaikki toimijat samalla tavalla esiteltynä, ei pelkkiä linkkejä.
web-about-2 = Järjestöt täyttävät ja päivittävät esittelynsä itse verkoston keskustelubotissa, ja verkoston henkilökunta tarkistaa ne ennen julkaisua. Avoimet paikat ilmoittaa järjestö itse, ja ne poistuvat itsestään haun päätyttyä.
web-about-join-title = Mukaan verkostoon
web-about-join = Järjestösi voi liittyä mukaan verkoston Telegram-botissa: kerro järjestösi nimi komennolla /organisaatio ja täytä esittely komennolla /jarjesto.
web-about-privacy-title = Tietosuoja
web-about-privacy = Sivuilla ei ole evästeitä, kirjautumista eikä seurantaa. Sivuilla näkyy vain järjestöjen julkiseksi tarkoitettua tietoa – ei koskaan asiakkaiden tai yksityishenkilöiden tietoja.
web-about-words-title = Sanasto
web-not-found-title = Sivua ei löytynyt
web-not-found = Hakemaasi sivua ei ole, tai paikka ei ole enää avoinna.
web-pages-label = Sivut
web-page-previous = ← Edellinen
web-page-next = Seuraava →
web-page-of = Sivu { $page }/{ $pages }
web-nav-achieved = Mitä saimme aikaan
web-achieved-title = Mitä verkosto sai aikaan
web-achieved-intro = Verkoston luvut valitulta jaksolta ja edelliseltä samanpituiselta jaksolta: avunpyynnöt, yhteishankinnat ja niiden säästöt, toiminta ja viikkokoosteen tavoittavuus. Pelkkiä lukumääriä, ei nimiä.
web-achieved-form-label = Valitse jakso
web-achieved-period = Jakso
web-achieved-choice-12kk = Viimeiset 12 kuukautta
web-achieved-choice-kuukausi = Tämä kuukausi
web-achieved-choice-kvartaali = Tämä vuosineljännes
web-achieved-choice-vuosi = Tämä vuosi
web-achieved-choice-oma = Oma aikaväli (alku ja loppu)
web-achieved-from = Alku
web-achieved-to = Loppu
web-achieved-custom-hint = Alku ja loppu koskevat vain omaa aikaväliä, enintään { $days } päivää. Päivät Suomen aikaa.
web-achieved-show = Näytä luvut
web-achieved-error-format = Anna oman aikavälin alku ja loppu päivämäärinä, esim. 1.1.2026 ja 30.6.2026. Alla luvut viimeisiltä 12 kuukaudelta.
web-achieved-error-invalid = Aikaväli ei kelpaa: tarkista päivämäärät ja että loppu ei ole ennen alkua. Alla luvut viimeisiltä 12 kuukaudelta.
web-achieved-error-too_long = Oma aikaväli voi olla enintään { $days } päivää. Alla luvut viimeisiltä 12 kuukaudelta.
web-achieved-period-title = Jakso { $period }
web-achieved-previous = Vertailuna edellinen jakso { $period }.
web-achieved-small = Erittelyissä alle kolmen lukumäärät näytetään muodossa "< 3", jottei kukaan ole tunnistettavissa.
web-achieved-csv = Lataa luvut CSV-tiedostona
web-achieved-charts-title = Kuvina
web-achieved-charts-intro = Kuvien luvut löytyvät myös taulukkona kunkin kuvan alta.
web-achieved-chart-alt = Kaavio: { $title }. Luvut ovat taulukkona kuvan alla.
web-achieved-chart-table = Kuvan luvut taulukkona: { $title }
web-achieved-png = PNG-kuva
