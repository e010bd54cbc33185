pt-cmd-places = Avoimet työkokeilu-, palkkatuki- ja muut paikat
pt-cmd-place = Ilmoita avoin paikka
pt-cmd-profile = Järjestösi esittely portaalissa

pt-tg-youth = Nuoret
pt-tg-long_term_unemployed = Pitkäaikaistyöttömät
pt-tg-immigrants = Maahanmuuttajat
pt-tg-older_people = Ikäihmiset
pt-tg-disabilities = Vammaiset ihmiset
pt-tg-families = Perheet
pt-tg-mental_health = Mielenterveyskuntoutujat
pt-tg-substance_recovery = Päihdekuntoutujat
pt-tg-everyone = Kaikki

pt-act-food = Ruoka ja kahvila
pt-act-recycling = Kierrätys
pt-act-crafts = Käsityöt
pt-act-outdoors = Ulkotyöt ja ympäristö
pt-act-animals = Eläimet
pt-act-care = Hoiva ja ikäihmiset
pt-act-it = Tietotekniikka
pt-act-guidance = Ohjaus ja neuvonta
pt-act-sports = Liikunta
pt-act-culture = Kulttuuri ja taide
pt-act-repair = Korjaus ja rakentaminen
pt-act-cleaning = Siivous
pt-act-office = Toimistotyö
pt-act-courses = Kurssit ja koulutus
pt-act-peer_support = Vertaistuki
pt-act-transport = Kuljetus

pt-kind-work_trial = Työkokeilu
pt-kind-wage_subsidy = Palkkatuki
pt-kind-rehabilitative = Kuntouttava työtoiminta
pt-kind-volunteering = Vapaaehtoistyö
pt-kind-apprenticeship = Oppisopimus

pt-lang-fi = suomi
pt-lang-sv = ruotsi
pt-lang-en = englanti
pt-lang-ru = venäjä
pt-lang-et = viro
pt-lang-ar = arabia
pt-lang-so = somali
pt-lang-fa = persia
pt-lang-ku = kurdi
pt-lang-uk = ukraina
pt-lang-sgn = viittomakieli

pt-label-for-whom = Kenelle
pt-label-activities = Toiminta
pt-label-municipalities = Kunnat
pt-label-premises = Tilat ja aukioloajat
pt-label-contact = Yhteystiedot
pt-label-languages = Kielet
pt-label-accessibility = Saavutettavuus
pt-label-hours = Tunteja viikossa
pt-label-start = Alkaa
pt-label-ends = Haku päättyy
pt-label-apply = Näin haet
pt-hours-value = { $hours } h/vko
pt-start-now = heti tai sopimuksen mukaan
pt-until = { $date } asti

pt-place-status-open = Avoinna
pt-place-status-filled = Täytetty – kiitos!
pt-place-status-expired = Haku on päättynyt
pt-place-status-hidden = Piilotettu
pt-place-hidden = Tämä ilmoitus ei ole enää näkyvissä.

pt-form-now = Nyt
pt-form-multi-hint = Valitse yksi tai useampi ja paina lopuksi Valmis. Voit myös kirjoittaa vaihtoehdot itse, pilkulla erotettuina.
pt-form-check = Tarkista vielä – onko kaikki oikein?
pt-form-profile-after = Kun lähetät esittelyn, verkoston henkilökunta tarkistaa sen ja julkaisee sen sitten portaalissa.
pt-button-done = Valmis
pt-button-keep = Pidä ennallaan
pt-button-confirm = Lähetä
pt-button-approve = Hyväksy ja julkaise
pt-button-edit = Muokkaa esittelyä
pt-button-still-current = Tiedot ovat ajan tasalla
pt-button-filled = Paikka täytetty – sulje
pt-button-all = Näytä kaikki

pt-ask-about = Mitä järjestösi tekee? Kerro muutamalla lyhyellä lauseella, niin että kuka tahansa ymmärtää. Enintään { $max } merkkiä.
pt-ask-target-groups = Kenelle toimintanne on tarkoitettu?
pt-ask-activities = Millaista toimintaa teillä on? (Voit ohittaa.)
pt-ask-services = Mitä muuta teillä on? Kerro omin sanoin, esimerkiksi ”lounas arkisin, kirpputori, tietokonekurssit”. (Voit ohittaa.)
pt-ask-municipalities = Missä kunnissa toimitte?
pt-ask-premises = Missä olette ja milloin olette auki? Esimerkiksi ”Harjulankatu 1, Lahti. Ma–pe 9–15”. (Voit ohittaa.)
pt-ask-contact = Miten järjestöön saa yhteyden? Kirjoita järjestön julkiset yhteystiedot: puhelin, sähköposti, verkkosivu. Vain järjestön omat tiedot – ei kenenkään yksityisiä tietoja.
pt-ask-languages = Millä kielillä palvelette? (Voit ohittaa.)
pt-ask-accessibility = Saavutettavuus: miten tiloihin pääsee ja mitä apua niissä on? Esimerkiksi ”esteetön sisäänkäynti, induktiosilmukka”. (Voit ohittaa.)
pt-ask-kind = Millainen paikka teillä on avoinna?
pt-ask-place-title = Anna paikalle lyhyt nimi, esimerkiksi ”Kahvilatyöntekijä Ekokahvilaan”. Enintään { $max } merkkiä.
pt-ask-tasks = Millaisia tehtäviä paikassa on? (Voit ohittaa.)
pt-ask-place-for = Kenelle paikka sopii erityisen hyvin? (Voit ohittaa.)
pt-ask-place-municipality = Missä kunnassa paikka on?
pt-ask-hours = Montako tuntia viikossa? Kirjoita luku tai valitse napeista. (Voit ohittaa.)
pt-ask-start = Milloin paikka alkaa? Kirjoita päivämäärä, esimerkiksi 1.2.2027, tai paina nappia, jos paikka alkaa heti.
pt-ask-ends = Kuinka kauan ilmoitus on näkyvillä? Kirjoita päivämäärä tai päivien määrä. Sen jälkeen ilmoitus poistuu itsestään.
pt-ask-apply = Miten paikkaa haetaan? Kirjoita yhteystieto tai lyhyt ohje. Jos ohitat tämän, ilmoituksessa näkyvät järjestön yhteystiedot esittelystä.

pt-field-kind = Paikka
pt-field-title = Nimi
pt-field-tasks = Tehtävät
pt-field-targetGroups = Kenelle
pt-field-municipality = Kunta
pt-field-hoursPerWeek = Tunteja viikossa
pt-field-startsAt = Alkaa
pt-field-endsAt = Näkyvillä asti
pt-field-howToApply = Näin haet

pt-error-empty = Tähän tarvitaan vastaus.
pt-error-short = Kerro vähän enemmän. Nyt tekstissä on { $length } merkkiä, tarvitaan vähintään { $min }.
pt-error-long = Vähän liian pitkä: { $length } merkkiä, enintään { $max }.
pt-error-choice = En tunnistanut vaihtoehtoa. Valitse napeista tai kirjoita vaihtoehdon nimi.
pt-error-choose-one = Valitse ainakin yksi.
pt-error-hours = Kirjoita tuntimäärä numerona, 1–40 tuntia viikossa.
pt-error-days = Ilmoitus voi olla näkyvillä enintään { $max } päivää.
pt-error-no-organisation = Kerro ensin, mistä järjestöstä olet: /organisaatio
pt-error-already-approved = Tämä esittely on jo hyväksytty.
pt-error-outdated = Esittelystä on tullut uudempi versio. Hyväksy se.
pt-error-not-open = Paikka ei ole enää avoinna.

pt-profile-sent = Kiitos! Esittely on lähetetty verkoston henkilökunnalle hyväksyttäväksi.
pt-profile-sent-after = Kun henkilökunta on hyväksynyt sen, se näkyy portaalissa. Saat siitä viestin.
pt-profile-published = Järjestösi esittely portaalissa:
pt-profile-waiting = Uusi versio odottaa, että henkilökunta hyväksyy sen.
pt-confirmed = Kiitos! Merkitsin, että esittelyn tiedot ovat ajan tasalla.
pt-approved-dm = Järjestön { $organisation } esittely on hyväksytty ja näkyy nyt portaalissa.
pt-approved-staff = { $name } hyväksyi järjestön { $organisation } esittelyn. Se on nyt julkaistu.
pt-approved-toast = Julkaistu!
pt-staff-new = Uusi esittely hyväksyttäväksi: { $organisation } (lähetti { $name })
pt-staff-changed = Muutettu esittely hyväksyttäväksi: { $organisation } (lähetti { $name })
pt-stale-dm = Järjestön { $organisation } esittelyä portaalissa ei ole päivitetty vuoteen. Ovatko tiedot yhä oikein?
pt-stale-staff = Järjestön { $organisation } esittelyä ei ole päivitetty vuoteen, eikä järjestöstä ole vastattu muistutukseen. Voisitteko ottaa yhteyttä järjestöön?

pt-place-created = Kiitos! Paikka on lähetetty verkoston henkilökunnalle hyväksyttäväksi. Kun se on hyväksytty, se näkyy verkostolle ja portaalissa (jos järjestösi esittely on julkaistu). Saat siitä viestin.
pt-place-closed = Paikka ”{ $title }” on suljettu. Hienoa, että se täyttyi!
pt-list-title = Avoimet paikat ({ $count })
pt-list-filters = Rajaus
pt-list-empty = Juuri nyt ei ole avoimia paikkoja näillä rajauksilla.
pt-list-hint = Voit rajata listaa, esimerkiksi /paikat työkokeilu Hollola. Oman paikan voit ilmoittaa komennolla /paikka.
pt-dg-places-title = Uudet avoimet paikat ({ $count })
pt-dg-places-hint = Kaikki avoimet paikat: /paikat. Etsi asiakkaalle sopiva paikka: /ohjaa

pt-cmd-find = Etsi järjestöjä ja avoimia paikkoja
pt-cmd-refer = Ohjaa asiakas: mikä paikka sopisi?
pt-find-usage = Kirjoita hakusanat komennon perään, esimerkiksi /etsi nuorille eläinten parissa Hollola. Jos kirjoitat kunnan nimen, haen vain siitä kunnasta.
pt-find-title = Haku ”{ $words }”: { $count ->
    [one] 1 osuma
   *[other] { $count } osumaa
  }
pt-find-elsewhere = Kunnasta { $municipality } ei löytynyt mitään – nämä ovat muualla:
pt-find-none = Haulla ”{ $words }” ei löytynyt mitään.
pt-find-none-hint = Kokeile muita sanoja. Voit myös kertoa asiakkaan tilanteesta komennolla /ohjaa. Verkoston henkilökunta auttaa mielellään.

pt-age-young = Alle 30-vuotias
pt-age-adult = 30–54-vuotias
pt-age-older = 55 vuotta täyttänyt
pt-cap-few = Muutama tunti viikossa (enintään 10 h)
pt-cap-part = Osa-aikaisesti (enintään 25 h)
pt-cap-full = Kokoaikaisesti
pt-cap-unsure = Ei vielä tiedossa
pt-ask-age = Kerro asiakkaan tilanteesta ilman nimeä tai muuta, mistä hänet voisi tunnistaa. Minkä ikäinen hän on?
pt-ask-client-municipality = Missä kunnassa hän asuu?
pt-ask-interests = Mikä häntä kiinnostaa? (Voit ohittaa.)
pt-ask-words = Voit kertoa kiinnostuksen kohteita myös omin sanoin, esimerkiksi ”eläimet, ruoanlaitto”. Ei nimiä eikä muuta, mistä hänet voisi tunnistaa. (Voit ohittaa.)
pt-ask-capacity = Kuinka paljon hän jaksaa tai ehtii olla mukana?
pt-ask-language = Millä kielellä hän asioi mieluiten?
pt-ask-situation = Onko jotain muuta, mikä kannattaa ottaa huomioon? (Voit ohittaa.)
pt-refer-good = Nämä sopivat parhaiten ({ $count }):
pt-refer-nearest = Mikään ei sovi ihan kaikin puolin. Tässä lähimmät vaihtoehdot:
pt-refer-nothing = Portaalissa ei ole vielä sopivia järjestöjä tai paikkoja.
pt-refer-why = Miksi
pt-why-works-in = toimii kunnassa { $municipality }
pt-why-place-in = paikka on kunnassa { $municipality }
pt-why-for = tarkoitettu: { $groups }
pt-why-everyone = avoin kaikille
pt-why-activities = toimintaa: { $activities }
pt-why-words = vastaa sanoja ”{ $words }”
pt-why-hours = { $hours } h/vko sopii jaksamiseen
pt-why-language = palvelee kielellä { $language }
pt-refer-staff-offer = Apua saa silti: verkoston henkilökunta auttaa löytämään paikan. Paina nappia, niin he ottavat sinuun yhteyttä.
pt-refer-staff-also = Jos nämä eivät sovi, verkoston henkilökunta auttaa mielellään.
pt-button-ask-staff = Pyydä henkilökunnalta apua
pt-refer-staff-title = { $who } etsii paikkaa asiakkaalle
pt-refer-staff-body = Voisitteko ottaa yhteyttä ja auttaa löytämään sopivan paikan? (Asiakkaasta ei ole tallennettu mitään, mistä hänet voisi tunnistaa.)
pt-refer-staff-sent = Pyyntösi lähti verkoston henkilökunnalle. He ottavat sinuun yhteyttä.

help-section-portal = Järjestöt ja avoimet paikat
help-portal = /etsi – etsi järjestöjä ja paikkoja, esimerkiksi /etsi nuorille eläinten parissa Hollola.
    /ohjaa – kerro asiakkaan tilanteesta ilman nimeä tai muuta, mistä hänet tunnistaa, niin kerron, mikä paikka voisi sopia.
    /paikat – avoimet työkokeilu-, palkkatuki- ja muut paikat.
    /paikka – ilmoita järjestösi avoin paikka.
    /jarjesto – järjestösi esittely portaalissa: täytä tai päivitä.
pt-place-status-pending = Odottaa hyväksyntää
pt-place-approved-dm = Paikkailmoituksesi ”{ $title }” on hyväksytty ja näkyy nyt verkostolle.
pt-button-hide = Piilota
pt-button-unpublish = Piilota portaalista
pt-hidden-toast = Piilotettu
pt-error-not-pending = Paikka on jo käsitelty.
pt-error-not-published = Esittely ei ole julkaistu.
pt-profile-unpublished = Järjestön { $organisation } esittely on piilotettu portaalista.
pt-place-hidden-staff = Paikka { $title } on piilotettu, ja sen tekstit on poistettu.
pt-cmd-hide = Henkilökunnalle: piilota paikka tai järjestön esittely portaalista
pt-hide-usage = Kirjoita esimerkiksi /piilota paikka 12 tai /piilota jarjesto 5 (numero on portaalin osoitteessa, kuten /paikat/12).
pt-error-no-place = En löydä tätä paikkaa.
