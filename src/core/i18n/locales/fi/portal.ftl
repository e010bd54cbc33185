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
pt-place-hidden = Tämä ilmoitus on poistettu näkyvistä.

pt-form-now = Nyt
pt-form-multi-hint = Valitse yksi tai useampi ja paina lopuksi Valmis. Voit myös kirjoittaa ne pilkuilla eroteltuina.
pt-form-check = Tarkista vielä – onko kaikki oikein?
pt-form-profile-after = Kun lähetät esittelyn, verkoston henkilökunta tarkistaa sen ja julkaisee sen portaalissa.
pt-button-done = Valmis
pt-button-keep = Pidä ennallaan
pt-button-confirm = Lähetä
pt-button-approve = Hyväksy ja julkaise
pt-button-edit = Muokkaa esittelyä
pt-button-still-current = Tiedot ovat ajan tasalla
pt-button-filled = Paikka täytetty – sulje
pt-button-all = Näytä kaikki

pt-ask-about = Mitä järjestösi tekee? Kerro muutamalla selkeällä lauseella (enintään { $max } merkkiä), niin että kuka tahansa ymmärtää.
pt-ask-target-groups = Keitä toimintanne on tarkoitettu?
pt-ask-activities = Millaista toimintaa teillä on? (Voit ohittaa.)
pt-ask-services = Muita palveluita tai toimintaa omin sanoin, esim. "lounas arkisin, kirpputori, atk-kurssit". (Voit ohittaa.)
pt-ask-municipalities = Missä kunnissa toimitte?
pt-ask-premises = Missä tilanne ovat ja milloin olette auki? Esim. "Harjulankatu 1, Lahti. Ma–pe 9–15". (Voit ohittaa.)
pt-ask-contact = Järjestön julkiset yhteystiedot: puhelin, sähköposti, verkkosivu. Vain järjestön omat – ei kenenkään yksityisiä tietoja.
pt-ask-languages = Millä kielillä palvelette? (Voit ohittaa.)
pt-ask-accessibility = Saavutettavuus: esim. "esteetön sisäänkäynti, induktiosilmukka". (Voit ohittaa.)
pt-ask-kind = Millainen paikka on avoinna?
pt-ask-place-title = Paikan nimi lyhyesti (enintään { $max } merkkiä), esim. "Kahvilatyöntekijä Ekokahvilaan".
pt-ask-tasks = Millaisia tehtäviä paikassa on? (Voit ohittaa.)
pt-ask-place-for = Kenelle paikka sopii erityisesti? (Voit ohittaa.)
pt-ask-place-municipality = Missä kunnassa paikka on?
pt-ask-hours = Montako tuntia viikossa? Kirjoita luku tai valitse. (Voit ohittaa.)
pt-ask-start = Milloin paikka alkaa? Kirjoita päivämäärä (esim. 1.2.2027) tai valitse "heti".
pt-ask-ends = Mihin asti ilmoitus on näkyvillä? Kirjoita päivämäärä tai päivien määrä. Sen jälkeen ilmoitus poistuu itsestään.
pt-ask-apply = Miten paikkaa haetaan? Järjestön yhteystieto tai ohje. (Ohitat = järjestön yhteystiedot esittelystä.)

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
pt-error-short = Kerro vähän enemmän: nyt { $length } merkkiä, vähintään { $min }.
pt-error-long = Vähän liian pitkä: { $length } merkkiä, enintään { $max }.
pt-error-choice = En tunnistanut vaihtoehtoa. Valitse napeista tai kirjoita vaihtoehdon nimi.
pt-error-choose-one = Valitse ainakin yksi.
pt-error-hours = Kirjoita tuntimäärä viikossa numerona 1–40.
pt-error-days = Enintään { $max } päivää eteenpäin.
pt-error-no-organisation = Kerro ensin, mistä järjestöstä olet: /organisaatio
pt-error-already-approved = Tämä esittely on jo hyväksytty.
pt-error-outdated = Esittelystä on lähetetty uudempi versio – hyväksy se.
pt-error-not-open = Paikka ei ole enää avoinna.

pt-profile-sent = Kiitos! Esittely on lähetetty verkoston henkilökunnalle hyväksyttäväksi.
pt-profile-sent-after = Kun se on hyväksytty, se näkyy portaalissa ja saat tästä viestin.
pt-profile-published = Järjestösi esittely portaalissa:
pt-profile-waiting = Uusi versio odottaa henkilökunnan hyväksyntää.
pt-confirmed = Kiitos! Esittely on merkitty ajan tasalla olevaksi.
pt-approved-dm = Järjestön { $organisation } esittely on hyväksytty ja näkyy nyt portaalissa.
pt-approved-staff = { $name } hyväksyi järjestön { $organisation } esittelyn. Se on nyt julkaistu.
pt-approved-toast = Julkaistu!
pt-staff-new = Uusi esittely hyväksyttäväksi: { $organisation } (lähetti { $name })
pt-staff-changed = Muutettu esittely hyväksyttäväksi: { $organisation } (lähetti { $name })
pt-stale-dm = Järjestön { $organisation } esittelyä portaalissa ei ole päivitetty vuoteen. Ovatko tiedot yhä oikein?
pt-stale-staff = Järjestön { $organisation } esittelyä ei ole päivitetty vuoteen, eikä järjestöstä ole vastattu muistutukseen. Voisitteko olla yhteydessä?

pt-place-created = Kiitos! Paikka on nyt ilmoitettu verkostolle ja näkyy portaalissa.
pt-place-closed = Paikka "{ $title }" on suljettu. Hienoa, että se täyttyi!
pt-list-title = Avoimet paikat ({ $count })
pt-list-filters = Rajaus
pt-list-empty = Juuri nyt ei ole avoimia paikkoja näillä rajauksilla.
pt-list-hint = Rajaa kirjoittamalla esim. /paikat työkokeilu Hollola. Oman paikan ilmoitat: /paikka
pt-dg-places-title = Uudet avoimet paikat ({ $count })
pt-dg-places-hint = Kaikki avoimet paikat: /paikat – ohjaa asiakas sopivaan paikkaan: /ohjaa

pt-cmd-find = Etsi järjestöjä ja avoimia paikkoja
pt-cmd-refer = Ohjaa asiakas: mikä paikka sopisi?
pt-find-usage = Kirjoita hakusanat komennon perään, esim. /etsi nuorille eläinten parissa Hollola. Kunnan nimi rajaa haun siihen kuntaan.
pt-find-title = Haku "{ $words }": { $count } osumaa
pt-find-elsewhere = Kunnasta { $municipality } ei löytynyt mitään – nämä ovat muualla:
pt-find-none = Haulla "{ $words }" ei löytynyt mitään.
pt-find-none-hint = Kokeile muita sanoja tai kuvaa asiakkaan tilanne: /ohjaa – verkoston henkilökunta auttaa myös mielellään.

pt-age-young = Alle 30-vuotias
pt-age-adult = 30–54-vuotias
pt-age-older = 55 vuotta täyttänyt
pt-cap-few = Muutama tunti viikossa (enintään 10 h)
pt-cap-part = Osa-aikaisesti (enintään 25 h)
pt-cap-full = Kokoaikaisesti
pt-cap-unsure = Ei vielä tiedossa
pt-ask-age = Kerro asiakkaan tilanne – ilman nimeä tai muita tunnistettavia tietoja. Mihin ikäryhmään hän kuuluu?
pt-ask-client-municipality = Missä kunnassa hän asuu?
pt-ask-interests = Mikä häntä kiinnostaa? (Voit ohittaa.)
pt-ask-words = Kiinnostuksen kohteita omin sanoin, esim. "eläimet, ruoanlaitto". Ei nimiä eikä muita tunnistettavia tietoja. (Voit ohittaa.)
pt-ask-capacity = Kuinka paljon hän jaksaa tai ehtii?
pt-ask-language = Millä kielellä hän asioi mieluiten?
pt-ask-situation = Onko jotain muuta, mikä kannattaa ottaa huomioon? (Voit ohittaa.)
pt-refer-good = Nämä sopivat parhaiten ({ $count }):
pt-refer-nearest = Mikään ei sovi kaikilta osin – tässä lähimmät vaihtoehdot:
pt-refer-nothing = Portaalissa ei ole vielä sopivia järjestöjä tai paikkoja.
pt-refer-why = Miksi
pt-why-works-in = toimii kunnassa { $municipality }
pt-why-place-in = paikka on kunnassa { $municipality }
pt-why-for = tarkoitettu: { $groups }
pt-why-everyone = avoin kaikille
pt-why-activities = toimintaa: { $activities }
pt-why-words = vastaa sanoja "{ $words }"
pt-why-hours = { $hours } h/vko sopii jaksamiseen
pt-why-language = palvelee kielellä { $language }
pt-refer-staff-offer = Ei myydä eioota: verkoston henkilökunta auttaa löytämään paikan. Paina nappia, niin he ottavat sinuun yhteyttä.
pt-refer-staff-also = Jos nämä eivät sovi, verkoston henkilökunta auttaa mielellään.
pt-button-ask-staff = Pyydä henkilökunnalta apua
pt-refer-staff-title = { $who } etsii paikkaa asiakkaalle
pt-refer-staff-body = Voisitteko olla yhteydessä ja auttaa löytämään sopivan paikan? (Asiakkaasta ei ole tallennettu tunnistettavia tietoja.)
pt-refer-staff-sent = Pyyntösi lähti verkoston henkilökunnalle. He ottavat sinuun yhteyttä.

help-section-portal = Järjestöt ja avoimet paikat
help-portal = /etsi – etsi järjestöjä ja paikkoja, esim. /etsi nuorille eläinten parissa Hollola.
    /ohjaa – kuvaa asiakkaan tilanne tunnistamatta häntä, niin kerron, mikä paikka sopisi.
    /paikat – avoimet työkokeilu-, palkkatuki- ja muut paikat.
    /paikka – ilmoita järjestösi avoin paikka.
    /jarjesto – järjestösi esittely portaalissa: täytä tai päivitä.
