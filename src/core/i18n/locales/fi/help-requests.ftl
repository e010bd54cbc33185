hr-cmd-ask = Pyydä apua – se on helppoa
hr-cmd-open = Avoimet avunpyynnöt: voisitko auttaa?
hr-cmd-mine = Omat pyyntösi, tarjouksesi ja hankintasi

hr-cat-hands = Käsipareja ja vapaaehtoisia
hr-cat-premises = Tiloja
hr-cat-equipment = Tavaraa ja välineitä
hr-cat-knowhow = Osaamista ja neuvoja
hr-cat-transport = Kuljetusta ja kyytejä
hr-cat-other = Muuta
hr-mun-other = Muu kunta

hr-status-open = Avoin
hr-status-in_progress = Työn alla
hr-status-in_progress-hint = apu on jo löytynyt, mutta lisäapu voi silti olla tervetullutta
hr-status-resolved = Ratkaistu
hr-status-expired = Vanhentunut
hr-status-hidden = Piilotettu
hr-status-closed = Suljettu

hr-anonymous = Nimetön pyytäjä verkostosta
hr-asker-unknown = (pyytäjä on poistanut tietonsa)
hr-label-category = Mitä tarvitaan
hr-label-municipality = Kunta
hr-label-asker = Pyytäjä
hr-label-staff-sees = henkilökunnalle näkyy
hr-label-until = Voimassa
hr-until-date = voimassa { $date } asti
hr-label-status = Tila
hr-label-reason = Syy
hr-label-helper = Auttaja
hr-label-note = Viesti
hr-label-contact = Näin tavoitat:
hr-post-hidden = Verkoston koordinaattorit ovat piilottaneet tämän avunpyynnön.

hr-button-offer = Voin auttaa
hr-button-offer-n = Voin auttaa ({ $n })
hr-button-hide = Piilota
hr-button-close = Sulje
hr-button-reopen = Avaa uudelleen
hr-button-accept = Hyväksy
hr-button-decline = Kiitos, ei nyt
hr-button-extend = Jatka 14 päivää
hr-button-resolve = Asia ratkesi
hr-button-thank = Kiitä auttajaa
hr-button-thank-name = Kiitä: { $name }
hr-button-cancel = Keskeytä
hr-button-skip = Ohita
hr-button-until-default = { $days } päivää (suositus)
hr-button-until-days = { $days } päivää
hr-button-as-organisation = Järjestön nimissä: { $organisation }
hr-button-as-name = Omalla nimelläni ({ $name })
hr-button-as-anonymous = Nimettömänä verkostolle
hr-button-send-without-note = Lähetä ilman viestiä
hr-button-prev = ◀ Edelliset
hr-button-next = Seuraavat ▶
hr-button-filter = Rajaa
hr-button-all = Näytä kaikki

hr-contact-telegram-no-username = paina nimeä avataksesi keskustelun; jos se ei aukea, pyydä häntä lisäämään Telegramiin käyttäjänimi tai kysy yhteystietoa verkoston koordinaattorilta
hr-contact-terminal = pääte
hr-contact-none = Yhteystietoa ei löytynyt – kysy verkoston koordinaattorilta.
hr-toast-see-private = Vastasin sinulle yksityisviestillä.

hr-error-own-request = Tämä on oma pyyntösi – et voi tarjota apua itsellesi. 🙂
hr-error-already = Olet jo tarjonnut apua tähän pyyntöön. Kiitos!
hr-error-wrong-state = Tätä ei voi enää tehdä: pyynnön tila on nyt ”{ $status }”. Kiitos silti!
hr-error-offer-handled = Tähän tarjoukseen on jo vastattu.
hr-error-extend-max = Pyyntöä ei voi jatkaa pidemmälle: enimmäisaika on 90 päivää. Voit tehdä uuden pyynnön: /pyyda
hr-error-flood = Olet tehnyt jo { $limit } pyyntöä vuorokauden sisällä, mikä on enimmäismäärä. Odota vähän, niin voit pyytää taas – tai kysy verkoston koordinaattorilta.
hr-error-already-thanked = Olet jo kiittänyt tästä avusta.
hr-error-title-empty = Kirjoita lyhyesti, mitä tarvitset.
hr-error-title-long = Otsikko on vähän liian pitkä ({ $length } merkkiä, enintään { $max }). Kirjoita lyhyempi – voit kertoa lisää seuraavassa vaiheessa.
hr-error-details-long = Teksti on liian pitkä ({ $length } merkkiä, enintään { $max }). Lyhennä vähän, kiitos.
hr-error-note-long = Viesti on liian pitkä ({ $length } merkkiä, enintään { $max }). Lyhennä vähän, kiitos.
hr-error-category = En tunnistanut tätä. Valitse jokin napeista.
hr-error-municipality = En tunnistanut kuntaa. Valitse jokin napeista – tai ”Muu kunta”.
hr-error-until-past = Päivä on jo mennyt. Valitse tuleva päivä.
hr-error-until-far = Pyyntö voi olla voimassa enintään { $max } päivää. Valitse lähempi päivä.
hr-error-until-format = En ymmärtänyt päivää. Kirjoita esimerkiksi 24.12.2026, 24.12. tai päivien määrä (esimerkiksi 14) – tai paina nappia.
hr-error-as = Valitse jompikumpi napeista.
hr-error-reason-empty = Kirjoita lyhyt syy – se lähetetään pyytäjälle.

hr-ask-step = { $n }/{ $total }
hr-ask-title = Mitä tarvitset? Kerro yhdellä lauseella (enintään { $max } merkkiä).
hr-ask-examples = Esimerkkejä:
hr-example-hands = Tarvitsemme kaksi lisäkäsiparia ruoanjakoon perjantaina.
hr-example-van = Voisiko joku lainata pakettiautoa lauantaiksi?
hr-example-worktrial = Onko joku tehnyt työkokeilusopimuksen TE-toimiston kanssa? Neuvoja kaivataan.
hr-privacy-reminder = Muista vaitiolovelvollisuus: ei asiakkaiden nimiä, henkilötunnuksia tai yhteystietoja.
hr-ask-details = Kerro halutessasi vähän lisää: milloin, missä, kuinka paljon (enintään 1000 merkkiä). Jos ei ole lisättävää, kirjoita ”-” tai paina Ohita.
hr-ask-category = Millaista apua tarvitset?
hr-ask-municipality = Missä kunnassa?
hr-ask-until = Mihin asti pyyntö on voimassa? Oletus on 14 päivää ({ $date }). Voit kirjoittaa päivän (esimerkiksi 24.12.2026) tai päivien määrän – enintään 90 päivää.
hr-ask-as = Kenen nimissä pyydät? Nimettömänä muut näkevät vain pyynnön; verkoston henkilökunta näkee silti, kuka pyysi.
hr-ask-as-no-organisation = Vinkki: kerro järjestösi komennolla /organisaatio, niin voit pyytää sen nimissä.

hr-created = Kiitos! Pyyntösi on nyt verkoston nähtävillä.
hr-created-after = Kun joku tarjoaa apua, saat yksityisviestin ja voit hyväksyä tarjouksen. Pyyntösi löydät komennolla /omat.
hr-created-one-line = Käytin oletuksia: luokka ”Muuta”, 14 päivää. Kirjoita pelkkä /pyyda, niin voit valita itse.

hr-offer-dm-title = Joku voi auttaa!
hr-offer-dm-request = Pyyntöösi ”{ $title }” tarjotaan apua:
hr-offer-dm-question = Hyväksytkö tarjouksen? Kun hyväksyt, auttaja saa sinun yhteystietosi.
hr-accepted-dm-title = Tarjouksesi hyväksyttiin!
hr-accepted-dm-body = { $name } hyväksyi apusi pyyntöön ”{ $title }”. Ota yhteyttä ja sopikaa yksityiskohdista.
hr-declined-dm = Kiitos tarjouksestasi pyyntöön ”{ $title }”! Pyytäjä ei tällä kertaa tarvitse sitä – ehkä ensi kerralla. Avoimet pyynnöt: /avoimet
hr-thanks-dm = { $name } kiittää sinua avusta pyynnössä ”{ $title }”. Hienoa, että autoit!
hr-resolved-by-staff-dm = Verkoston koordinaattori merkitsi pyyntösi ”{ $title }” ratkaistuksi.
hr-hidden-dm = Verkoston koordinaattori piilotti pyyntösi ”{ $title }”.
hr-hidden-dm-after = Jos sinulla on kysyttävää, ota yhteyttä verkoston koordinaattoriin. Voit tehdä uuden pyynnön: /pyyda
hr-closed-dm = Verkoston koordinaattori sulki pyyntösi ”{ $title }”.
hr-reopened-dm = Verkoston koordinaattori avasi pyyntösi ”{ $title }” uudelleen.
hr-expired-dm = Pyyntösi ”{ $title }” on vanhentunut. Jos tarvitset yhä apua, pyydä uudelleen: /pyyda
hr-reminder-dm = Pyyntösi ”{ $title }” vanhenee { $date }.
hr-reminder-question = Haluatko jatkaa sitä 14 päivällä? Vai ratkesiko asia jo?
hr-reminder-no-extend = Sitä ei voi enää jatkaa (enimmäisaika 90 päivää). Ratkesiko asia jo?
hr-flag-title = Kukaan ei ole vielä tarjonnut apua ({ $days } päivää)
hr-flag-body = Joku voisi ottaa yhteyttä pyytäjään tai vinkata sopivalle auttajalle.

hr-offer-note-prompt = Kiitos, että haluat auttaa! Pyyntö:
hr-offer-note-hint = Haluatko lisätä lyhyen viestin pyytäjälle (esimerkiksi milloin ehdit)? Kirjoita se tähän (enintään { $max } merkkiä) tai paina ”Lähetä ilman viestiä”. Pyytäjä saa nimesi ja yhteystietosi yksityisesti – ei ryhmään.
hr-offer-sent = Tarjouksesi lähti pyytäjälle ”{ $title }”. Saat viestin, kun hän vastaa. Kiitos!
hr-accepted = Hyväksyit avun: { $name }. Lähetin hänelle sinun yhteystietosi.
hr-accepted-after = Kun asia on hoidettu, merkitse se ratkaistuksi – silloin kukaan muu ei turhaan tarjoa apua.
hr-declined = Selvä. Kerroin auttajalle ystävällisesti, ettei apua tarvita tällä kertaa.
hr-resolved = Hienoa, pyyntö ”{ $title }” on ratkaistu!
hr-resolved-thank = Haluatko kiittää auttajaa?
hr-thanked = Kiitoksesi on välitetty: { $name }.
hr-extended = Pyyntö ”{ $title }” on nyt voimassa { $date } asti.

hr-hide-reason-prompt = Miksi pyyntö piilotetaan? Kirjoita lyhyt syy – se lähetetään pyytäjälle.
hr-hidden = Pyyntö ”{ $title }” on piilotettu ja pyytäjälle kerrottiin syy.
hr-closed = Suljettu: { $title }
hr-reopened = Avattu uudelleen: { $title }

hr-open-title = Avoimet avunpyynnöt
hr-open-filtered = rajaus: { $filter }
hr-open-none = Juuri nyt ei ole avoimia pyyntöjä. Tarvitsetko itse apua? /pyyda
hr-open-none-filtered = Näillä rajauksilla ei löytynyt avoimia pyyntöjä.
hr-open-page = (sivu { $page }/{ $pages }, yhteensä { $total })
hr-open-ask-hint = Tarvitsetko itse apua? /pyyda
hr-open-unknown-filter = En tunnistanut: { $words }. Rajaa luokalla (esimerkiksi tilat) tai kunnalla (esimerkiksi Hollola).
hr-filter-prompt = Rajaa luokan tai kunnan mukaan:
hr-filter-any-category = Kaikki luokat
hr-filter-any-municipality = Kaikki kunnat

hr-mine-nothing = Sinulla ei ole vielä omia pyyntöjä tai tarjouksia. Pyydä apua: /pyyda – tai katso, voisitko auttaa: /avoimet
hr-mine-requests = Omat avunpyyntösi
hr-mine-offers = Tarjoamasi apu
hr-mine-offer-count = { $count ->
    [0] ei tarjouksia vielä
    [one] 1 tarjous
   *[other] { $count } tarjousta
}
hr-mine-request-status = pyyntö: { $status }
hr-offer-status-pending = odottaa vastausta
hr-offer-status-accepted = hyväksytty
hr-offer-status-declined = ei tarvittu tällä kertaa
hr-offer-status-withdrawn = peruttu
hr-closed-title = Suljetut, piilotetut ja vanhentuneet pyynnöt (viimeiset { $days } päivää)
hr-closed-none = Viimeisen kuukauden aikana ei ole suljettu, piilotettu tai vanhentunut yhtään pyyntöä.
hr-button-purge = Poista teksti (luottamuksellinen)
hr-purged-dm = Verkoston koordinaattori poisti pyyntösi { $title } tekstin, koska siinä oli luottamuksellista tietoa. Pyyntöä ei näytetä enää kenellekään.
hr-purged = Pyynnön #{ $id } teksti on poistettu ja sen viestit muokataan.
