# Everyday use: the terminal's own notes, and words shared by the everyday tools.
terminal-question-open = Odotan vastaustasi. Kirjoita vastaus. Jos haluat painaa painiketta, kirjoita # ja numero, esimerkiksi #1.
terminal-no-button = Uusimmassa viestissä ei ole painiketta { $n }.
terminal-form-no-button = Lomake on yhä auki, ja sen kysymyksessä ei ole painiketta { $n }. Numerolla painat vain tämän kysymyksen painikkeita.
terminal-question-again = Lomake on yhä auki. Kysymys odottaa vastaustasi:
terminal-form-still-open = Sinulla on keskeneräinen lomake auki, ja seuraava kirjoittamasi rivi on vastaus sen kysymykseen. Jos et halua jatkaa sitä, kirjoita /keskeyta.
help-section-terminal = Päätteessä
help-terminal = Painikkeet näkyvät numeroina, esimerkiksi [1]. Paina painiketta kirjoittamalla sen numero.
    Kun odotan vastaustasi, numero on vastaus. Painikkeet näkyvät silloin näin: [#1]. Paina painiketta kirjoittamalla #1.
    /kayttaja Nimi – vaihda, kuka kirjoittaa.
    Ctrl+D – lopeta.
help-section-slack = Slackissa
help-slack = Kirjoita komento näin: /mk ja komento, esimerkiksi /mk pyyda. Sovelluksen viesteissä voit kirjoittaa myös !pyyda. Vastaa kysymyksiini sovelluksen viesteissä.
help-section-staff = Henkilökunnalle
help-staff = Pyynnön painikkeilla voit piilottaa pyynnön, sulkea sen tai avata sen uudelleen. Painikkeet ovat henkilökunnan kanavan viesteissä ja /avoimet-listalla.
    /avoimet suljetut – viimeisen 30 päivän suljetut, piilotetut ja vanhentuneet pyynnöt. Voit avata pyynnön uudelleen painikkeesta.
    /kooste esikatselu – katso tuleva viikkokooste.
    /kooste laheta – lähetä viikkokooste nyt.
    /raportti – mitä verkosto sai aikaan: luvut ja kuvat (myös /raportti kvartaali, vuosi tai 1.1.2026–30.6.2026).
    /kurssityyppi – katso kurssityypit tai lisää uusi.
    /hankinta 12 – minkä tahansa hankinnan osallistujalista, sulkeminen ja peruminen.
    /piilota paikka 12 tai /piilota jarjesto 5 – ota paikka tai järjestön esittely heti pois portaalista. Uudet paikat ja esittelyt julkaistaan painikkeella Hyväksy ja julkaise.
organisation-similar = Verkostossa on jo järjestö { $organisation } ({ $municipality }). Tarkoititko sitä? Jos ”{ $name }” on eri järjestö, lisään sen uutena.
organisation-button-join-existing = Kyllä, liityn: { $organisation }
organisation-button-add-new = Ei, lisää uusi: { $name }
pu-button-manage = Järjestäjälle #{ $id }: lista, sulje, peru
hr-status-resolved-hint = kiitos auttajille!
hr-quoted = ”{ $text }”
hr-error-until-no-such-day = Päivää { $date } ei ole: siinä kuussa on vain { $days } päivää. Kirjoita toinen päivä, esimerkiksi 24.12.2026, tai päivien määrä, esimerkiksi 14.
pu-err-date-no-such-day = Päivää { $date } ei ole: siinä kuussa on vain { $days } päivää. Tarkista päivä ja kuukausi.
pu-post-date = Kurssipäivä: { $date }
pu-post-place = Paikka: { $place }
course-jarjestysmies = Järjestysmieskoulutus
course-hygieniapassi = Hygieniapassi
course-tyoturvallisuuskortti = Työturvallisuuskortti
course-ensiapu = Ensiapukurssi (EA1)
course-atk = Tietotekniikan kurssi
course-ruoanlaitto = Ruoanlaittokurssi
