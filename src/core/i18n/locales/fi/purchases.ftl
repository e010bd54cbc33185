## Yhteishankinnat: tarpeet, yhteiset kurssiostot, paikat, jono ja kustannusten jako

cmd-need = Kerro, mitä kurssia järjestösi tarvitsee
cmd-purchase = Ehdota yhteishankintaa
cmd-purchases = Avoimet yhteishankinnat
cmd-coursetype = Kurssityypit (henkilökunta voi lisätä)

pu-no-organisation = Kerro ensin, mistä järjestöstä olet: kirjoita /organisaatio. Tarpeet ja paikat kirjataan aina järjestön nimiin.
pu-datetime = { $date } klo { $time }

## Tarpeet

pu-need-ask-course = Mitä kurssia järjestösi tarvitsee? Valitse alta tai kirjoita kurssin nimi.
pu-need-ask-seats = Montako osallistujaa teiltä olisi suunnilleen? Kirjoita numero, esimerkiksi 6.
pu-need-ask-by = Mihin mennessä kurssi pitäisi olla käyty? Kirjoita päivämäärä, esimerkiksi 31.3.2027.
pu-need-ask-municipality = Missä kunnassa? Valitse alta tai kirjoita kunnan nimi.
pu-need-format = Voit kertoa tarpeen myös yhdellä rivillä: /tarve hygieniapassi 6 31.3.2027 Lahti (kurssi, osallistujat, mihin mennessä, kunta). Pelkkä /tarve kysyy asiat yksi kerrallaan.
pu-need-format-short = Tästä puuttuu jotain. Kerro kurssi, osallistujien määrä ja päivämäärä.
pu-err-course = Kirjoita kurssin nimi (vähintään 3 merkkiä) tai valitse kurssi listalta.
pu-need-saved = Tallennettu: { $organisation } tarvitsee kurssin { $course } { $seats } osallistujalle { $date } mennessä ({ $municipality }).
pu-need-no-matches = Muilla ei vielä ole samaa tarvetta. Kerron sinulle heti, kun joku toinen järjestö tarvitsee saman kurssin.
pu-need-matches-title = Samaa kurssia tarvitsevat myös:
pu-need-match-line = • { $organisation }: { $seats ->
        [one] 1 osallistuja
       *[other] { $seats } osallistujaa
    } { $date } mennessä ({ $municipality })
pu-need-not-enough = Yhteensä { $seats ->
        [one] 1 osallistuja
       *[other] { $seats } osallistujaa
    } – kurssi tarvitsee yleensä vähintään { $min }. Kerron, kun porukkaa on tarpeeksi.
pu-need-match = Hyviä uutisia! { $organisation } tarvitsee saman kurssin: { $course } { $seats } osallistujalle { $date } mennessä ({ $municipality }).
pu-proposal = Yhdessä teitä on { $seats } – se riittää kurssiin (yleensä vähintään { $min }). Aloitetaanko yhteishankinta? Yksi napautus riittää, loput kysyn sinulta.
pu-button-propose = Aloita yhteishankinta
pu-proposal-start = Aloitetaan! Kurssi: { $course }. Mukana { $organisations } järjestön tarpeet, yhteensä { $seats ->
        [one] 1 osallistuja
       *[other] { $seats } osallistujaa
    }. Paikkoja vähintään { $min }, enintään { $max }. Kun julkaiset hankinnan, kutsun muut mukaan.
pu-proposal-already = Tästä on jo tehty yhteishankinta (#{ $id }). Tule mukaan:
pu-proposal-gone = Tämä tarve ei ole enää avoin.

## Hankinnan lomake

pu-form-intro = Tehdään yhteishankinta! Kysyn asiat yksi kerrallaan. Voit keskeyttää milloin vain: /keskeyta. Vinkki: /hankinta ohje kertoo, miten saman voi tehdä yhdellä rivillä.
pu-form-help-title = Yhteishankinta yhdellä rivillä
pu-form-help = Voit kertoa koko hankinnan yhdellä viestillä. Kirjoita ensin /hankinta. Kirjoita sen perään jokainen tieto näin: tiedon nimi, =-merkki ja arvo. Esimerkiksi min=15 tarkoittaa, että kurssi toteutuu, kun mukana on vähintään 15 osallistujaa.
    Nämä tiedot tarvitaan aina:
    • nimi – kurssin nimi
    • min – pienin osallistujamäärä, jolla kurssi toteutuu
    • max – suurin osallistujamäärä
    • hinta – koko kurssin hinta euroina. Tai paikkahinta – yhden osallistujan hinta.
    • määräaika – päivä, johon mennessä järjestöt ilmoittautuvat
    Nämä voit lisätä:
    • tyyppi – kurssin tyyppi, esimerkiksi hygieniapassi
    • kouluttaja – kuka kouluttaa
    • pvm – kurssin päivä
    • paikka – missä kurssi pidetään
    • katto – montako paikkaa yksi järjestö saa enintään
    • yksin – paljonko paikka maksaisi, jos järjestö ostaisi kurssin yksin
    Euroissa voit käyttää pilkkua, esimerkiksi 45,50. Jos kirjoitat pelkän /hankinta, kysyn asiat yksi kerrallaan.
pu-form-example = Esimerkki: /hankinta nimi=Järjestysmieskoulutus min=15 max=15 hinta=1800 määräaika=31.1.2027 paikka=Lahti
pu-form-problems = Hankintaa ei vielä tehty – korjaa nämä:
pu-err-unknown-key = En tunne näitä kenttiä: { $keys }. Katso /hankinta ohje.
pu-err-missing = puuttuu.
pu-field-name = Nimi
pu-field-type = Tyyppi
pu-field-provider = Kouluttaja
pu-field-min = Vähintään
pu-field-max = Enintään
pu-field-price = Hinta
pu-field-mode = Hintatapa
pu-field-deadline = Määräaika
pu-field-date = Kurssin päivä
pu-field-place = Paikka
pu-field-cap = Katto per järjestö
pu-field-solo = Hinta yksin ostaen
pu-ask-name = Mikä kurssi on kyseessä? Kirjoita kurssin nimi, esimerkiksi Hygieniapassikoulutus.
pu-ask-type = Minkä tyyppinen kurssi? Valitse alta (tai Muu).
pu-ask-min = Montako osallistujaa vähintään tarvitaan, jotta kurssi toteutuu? Kirjoita numero, esimerkiksi 15.
pu-ask-max = Montako osallistujaa kurssille mahtuu enintään? Kirjoita numero ({ $min }–500).
pu-ask-price = Paljonko kurssi maksaa euroina? Kirjoita koko kurssin hinta, esimerkiksi 1800. Tai kirjoita yhden osallistujan hinta, esimerkiksi 120 per osallistuja.
pu-ask-mode = Onko { $price } koko kurssin hinta vai hinta per osallistuja?
pu-ask-deadline = Mihin mennessä järjestöjen pitää ilmoittautua? Kirjoita päivämäärä, esimerkiksi 31.1.2027.
pu-ask-provider = Kuka kouluttaa? (vapaaehtoinen)
pu-ask-date = Milloin kurssi pidetään? Kirjoita päivämäärä, esimerkiksi 15.2.2027. (vapaaehtoinen)
pu-ask-place = Missä kurssi pidetään? (vapaaehtoinen)
pu-ask-cap = Montako paikkaa yksi järjestö saa enintään? Kirjoita numero 1–{ $max }. (vapaaehtoinen)
pu-ask-solo = Paljonko yksi paikka maksaisi, jos järjestö ostaisi kurssin yksin? Näytän säästön. (vapaaehtoinen)
pu-button-other-type = Muu
pu-button-mode-total = Koko kurssi
pu-button-mode-seat = Per osallistuja
pu-button-skip = Ohita
pu-preview-title = Esikatselu:
pu-preview-hint = Julkaise, niin hankinta näkyy verkoston ryhmässä ja henkilökunnan kanavalla.
pu-preview-waiting = Hankinta odottaa julkaisua.
pu-button-publish = Julkaise
pu-button-details = Lisää tietoja (kouluttaja, päivä, paikka…)
pu-published = Julkaistu! Hankinta #{ $id } on nyt verkoston nähtävillä.
pu-published-invited = Kutsuin mukaan { $count ->
        [one] yhden järjestön, jolla oli sama tarve.
       *[other] { $count } järjestöä, joilla oli sama tarve.
    }

## Virheilmoitukset

pu-err-name = Kirjoita kurssin nimi (vähintään 3 merkkiä).
pu-err-type-unknown = En tunne tätä kurssityyppiä. Valitse listalta tai kirjoita jokin näistä: { $keys } – tai ”muu”.
pu-err-seats-number = Kirjoita määrä numeroina, esimerkiksi 6 (ei kirjaimin). Sallittu: { $min }–{ $max }.
pu-err-seats-whole = Kirjoita kokonaisluku, esimerkiksi 6 – puolikkaita osallistujia ei ole. Sallittu: { $min }–{ $max }.
pu-err-seats-range = Määrän pitää olla välillä { $min }–{ $max }.
pu-err-min-over-max = Enimmäismäärä ({ $max }) ei voi olla pienempi kuin vähimmäismäärä ({ $min }).
pu-err-cap-over-max = Järjestökohtainen katto ({ $cap }) ei voi olla suurempi kuin paikkojen enimmäismäärä ({ $max }).
pu-err-price-number = Kirjoita hinta euroina numeroina, esimerkiksi 1800 tai 1800,50.
pu-err-price-positive = Hinnan pitää olla enemmän kuin 0 €.
pu-err-price-decimals = Enintään kaksi desimaalia, eikä tuhaterottimia pisteellä: kirjoita esimerkiksi 1800 tai 1800,50.
pu-err-price-ambiguous = En tiedä, mikä merkeistä on desimaalipilkku. Kirjoita ilman tuhaterottimia, esimerkiksi 1800,50.
pu-err-price-too-large = Hinta on liian suuri (kokonaishinta enintään 1 000 000 €). Tarkista luku.
pu-err-mode = Valitse: koko kurssi tai per osallistuja.
pu-err-date-format = Kirjoita päivämäärä muodossa päivä.kuukausi.vuosi, esimerkiksi 31.3.2027.
pu-err-date-invalid = Tätä päivää tai kellonaikaa ei ole. Tarkista päivä, kuukausi ja kellonaika, esimerkiksi 31.3.2027 klo 16.00.
pu-err-date-past = Päivämäärä on jo mennyt. Kirjoita tuleva päivä.
pu-err-date-far = Päivä on liian kaukana: enintään { $years } vuoden päähän.
pu-err-course-date-before-deadline = Kurssin pitää olla vasta ilmoittautumisen määräajan jälkeen.

## Julkaisu ja tila

pu-post-title = Yhteishankinta #{ $id }:
pu-post-type = Tyyppi: { $type }
pu-post-provider = Kouluttaja: { $provider }
pu-post-seats = Paikkoja varattu { $committed }. Kurssi tarvitsee vähintään { $min } ja sille mahtuu { $max }.
pu-post-deadline = Ilmoittautuminen viimeistään { $deadline }
pu-post-cap = Yksi järjestö voi varata enintään { $cap } paikkaa.
pu-post-waiting = Jonossa { $count ->
        [one] yksi järjestö
       *[other] { $count } järjestöä
    }, { $seats ->
        [one] yksi paikka
       *[other] { $seats } paikkaa
    }.
pu-status-missing = Vielä { $missing ->
        [one] 1 osallistuja puuttuu
       *[other] { $missing } osallistujaa puuttuu
    }, jotta kurssi toteutuu.
pu-status-tipped = Kurssi toteutuu! Vapaita paikkoja vielä { $left }.
pu-status-full = Kurssi toteutuu ja on täynnä – jonoon voi vielä ilmoittautua.
pu-status-ending = Ilmoittautuminen on päättynyt, tulos tulee pian.
pu-status-closed = Ilmoittautuminen päättyi: kurssi toteutuu, { $seats ->
        [one] 1 osallistuja
       *[other] { $seats } osallistujaa
    }.
pu-status-cancelled = Peruttu – kurssi ei toteutunut tällä kertaa.
pu-price-total = Kurssin hinta yhteensä { $total }.
pu-price-seat-fixed = Yksi paikka maksaa { $price } ({ $seats ->
        [one] 1 osallistuja
       *[other] { $seats } osallistujaa
    }).
pu-price-seat-at-min = Paikka maksaa { $price }, jos mukana on { $seats ->
        [one] 1 osallistuja
       *[other] { $seats } osallistujaa
    } – ja vain { $atMax }, jos kaikki { $max } paikkaa täyttyvät.
pu-price-seat-now = Paikka maksaa nyt { $price } ({ $seats ->
        [one] 1 osallistuja
       *[other] { $seats } osallistujaa
    }) – ja { $atMax }, jos kaikki { $max } paikkaa täyttyvät.
pu-price-per-seat = Hinta { $price } per osallistuja.
pu-price-saving = Yksin ostaen paikka maksaisi { $solo } – yhdessä säästätte { $saving } per paikka (täydellä kurssilla { $best }).
pu-price-solo = Yksin ostaen paikka maksaisi { $solo }.
pu-button-join = Liity mukaan
pu-button-join-waitlist = Ilmoittaudu jonoon

## Paikat

pu-seats-ask = Montako paikkaa { $organisation } ottaa? Napauta tai kirjoita numero (enintään { $max }).
pu-seats-ask-full = Kurssi on nyt täynnä. Montako paikkaa { $organisation } haluaa jonosta? Napauta tai kirjoita numero (enintään { $cap }).
pu-seats-current-committed = { $organisation } on mukana { $seats } paikalla.
pu-seats-current-waiting = { $organisation } on jonossa { $seats } paikalle.
pu-seats-current-offered = Järjestöllesi { $organisation } on varattu { $seats ->
        [one] 1 vapautunut paikka
       *[other] { $seats } vapautunutta paikkaa
    } – vahvista ne.
pu-seats-committed = Kirjattu: { $organisation } on mukana { $seats } paikalla.
pu-seats-happening = Kurssi toteutuu!
pu-seats-waiting = Kurssi on täynnä, joten { $organisation } on jonossa sijalla { $position } ({ $seats ->
        [one] 1 paikka
       *[other] { $seats } paikkaa
    }). Jos paikkoja vapautuu, tarjoan niitä teille ensimmäisinä jonon järjestyksessä.
pu-seats-offered = Paikkoja oli vapaana vain { $seats }. Ne on varattu teille { $when } asti – vahvista, jos otatte ne.
pu-seats-withdrawn = Selvä: { $organisation } ei ole enää mukana. Paikat vapautuivat muille.
pu-seats-unchanged = Ei muutosta: { $organisation } on jo mukana { $seats } paikalla.
pu-seats-not-in = { $organisation } ei ole mukana tässä hankinnassa.
pu-seats-not-enough = Paikkoja ei ole niin monta. Järjestösi voi ottaa nyt enintään { $max }.
pu-seats-over-cap = Yksi järjestö voi ottaa enintään { $cap } paikkaa.
pu-seats-no-offer = Sinulla ei ole vahvistettavaa paikkatarjousta tässä hankinnassa.
pu-seats-closed = Tähän hankintaan ei voi enää ilmoittautua.
pu-seats-zero-hint = Kirjoita 0, jos järjestösi haluaa perua osallistumisensa.
pu-button-withdraw = Peru osallistuminen
pu-button-join-with = Liity { $seats } paikalla
pu-button-choose-seats = Valitse paikkamäärä
pu-button-confirm = Vahvista { $seats ->
        [one] 1 paikka
       *[other] { $seats } paikkaa
    }
pu-button-decline = En tarvitse
pu-toast-saved = Tallennettu!

## Yksityisviestit

pu-invite = Yhteishankinta alkoi teidän tarpeestanne ({ $seats ->
        [one] 1 osallistuja
       *[other] { $seats } osallistujaa
    }) – tuletteko mukaan?
pu-offer = Hyviä uutisia: paikkoja vapautui! Jonossa olleelle järjestöllesi on nyt varattu { $seats ->
        [one] 1 paikka
       *[other] { $seats } paikkaa
    }:
pu-offer-partial = Paikkoja vapautui! Järjestöllesi on nyt varattu { $seats ->
        [one] 1 paikka
       *[other] { $seats } paikkaa
    } (toivoitte { $wanted }):
pu-offer-confirm-by = Vahvista viimeistään { $when }, muuten paikat siirtyvät jonossa seuraavalle.
pu-offer-expired = Paikkatarjous vanheni, joten paikat siirtyivät jonossa seuraavalle. Voit ilmoittautua jonoon uudelleen:
pu-tipped-title = Kurssi toteutuu!
pu-tipped = Vähimmäismäärä { $min } osallistujaa on nyt koossa:
pu-tipped-next = Ilmoittautuminen jatkuu { $deadline } asti. Sen jälkeen lähetän jokaiselle järjestölle sen osuuden hinnasta.
pu-closed-title = Yhteishankinta on valmis – kustannukset jaettu
pu-closed-total = Yhteensä { $total } ({ $seats ->
        [one] 1 osallistuja
       *[other] { $seats } osallistujaa
    }). Osuudet paikkojen mukaan, sentilleen:
pu-split-line = { $organisation }: { $seats ->
        [one] 1 paikka
       *[other] { $seats } paikkaa
    } – { $share }
pu-closed-your-share = Järjestösi osuus: { $share } ({ $seats ->
        [one] 1 paikka
       *[other] { $seats } paikkaa
    }).
pu-cancelled-title = Yhteishankinta peruttiin
pu-cancelled-deadline = Määräaikaan mennessä mukana oli { $committed } osallistujaa, mutta kurssi tarvitsee vähintään { $min }.
pu-cancelled-organiser = Järjestäjä perui hankinnan.
pu-cancelled-nothing-owed = Kenenkään ei tarvitse maksaa mitään.
pu-no-seat = Ilmoittautuminen päättyi, eikä jonosta vapautunut paikkaa teille tällä kertaa. Kenenkään ei tarvitse maksaa mitään.

## Järjestäjä

pu-organiser-only = Tämän voi tehdä vain hankinnan järjestäjä tai verkoston henkilökunta.
pu-not-found = En löydä tätä hankintaa. Katso avoimet: /hankinnat
pu-button-csv = Osallistujalista (CSV)
pu-button-close = Sulje ilmoittautuminen
pu-button-cancel = Peru hankinta
pu-button-cancel-yes = Kyllä, peru hankinta
pu-cancel-confirm = Haluatko varmasti perua hankinnan #{ $id } ({ $course })? Kerron kaikille mukana olleille.
pu-cancel-done = Hankinta #{ $id } peruttiin. Kerroin kaikille mukana olleille.
pu-close-done = Hankinnan #{ $id } ilmoittautuminen suljettiin. Lähetin kustannusten jaon jokaiselle järjestölle ja osallistujalistan sinulle.
pu-close-below-min = Vähimmäismäärä ei ole vielä koossa ({ $committed }/{ $min }), joten ilmoittautumista ei voi sulkea. Voit odottaa määräaikaan tai perua hankinnan.
pu-csv-ready = Tässä hankinnan #{ $id } osallistujalista.
pu-csv-caption = Yhteishankinta #{ $id }: osallistujat
pu-csv-organisation = Järjestö
pu-csv-seats = Paikat
pu-csv-contact = Yhteyshenkilö
pu-csv-platform = Kanava
pu-csv-status = Tila
pu-csv-share = Osuus (€)
pu-seat-status-committed = mukana
pu-seat-status-waiting = jonossa
pu-seat-status-offered = tarjottu

## Listat

pu-list-title = Avoimet yhteishankinnat
pu-list-empty = Avoimia yhteishankintoja ei nyt ole. Ehdota omaa: /hankinta – tai kerro tarpeesi: /tarve
pu-mine-purchases = Järjestösi yhteishankinnat
pu-mine-needs = Järjestösi kurssitarpeet
pu-mine-seat-committed = mukana { $seats } paikalla
pu-mine-seat-waiting = jonossa ({ $seats ->
        [one] 1 paikka
       *[other] { $seats } paikkaa
    })
pu-mine-seat-offered = { $seats ->
        [one] 1 paikka
       *[other] { $seats } paikkaa
    } odottaa vahvistusta
pu-mine-seat-none = järjestäjänä
pu-mine-status-open = avoin
pu-mine-status-tipped = toteutuu
pu-mine-status-closed = valmis
pu-mine-status-cancelled = peruttu
pu-mine-need-line = • { $course }: { $seats ->
        [one] 1 osallistuja
       *[other] { $seats } osallistujaa
    } { $date } mennessä ({ $municipality })
pu-mine-need-purchase = – hankinta #{ $id }

## Kurssityypit

pu-types-title = Kurssityypit
pu-types-min = (yleensä vähintään { $min } osallistujaa)
pu-types-add-hint = Lisää tai muuta: /kurssityyppi avain Nimi vähimmäismäärä, esimerkiksi /kurssityyppi anniskelu Anniskelupassi 10
pu-types-invalid = Kirjoita: /kurssityyppi avain Nimi vähimmäismäärä. Avaimessa pienet kirjaimet a–z, numerot, - tai _ (2–24 merkkiä).
pu-types-added = Lisätty kurssityyppi { $key }: { $name } (yleensä vähintään { $min }).
pu-types-updated = Päivitetty kurssityyppi { $key }: { $name } (yleensä vähintään { $min }).
pu-err-solo-below = Yksin ostettuna paikka ei voi olla halvempi kuin yhdessä ostaen ({ $pooled } € paikalta) – silloin yhteishankinta ei säästä mitään. Tarkista hinta tai ohita kohta.
pu-err-solo-too-high = Yksin ostetun paikan hinta on epäuskottavan suuri (enintään { $ratio }-kertainen yhteishintaan nähden, eli { $max } €). Tarkista luku.
