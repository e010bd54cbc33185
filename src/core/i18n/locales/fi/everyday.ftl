# Everyday use: the terminal's own notes, and words shared by the everyday tools.
terminal-question-open = Odotan vastaustasi. Kirjoita vastaus. Jos haluat painaa painiketta, kirjoita # ja numero, esimerkiksi #1.
terminal-no-button = Uusimmassa viestissä ei ole painiketta { $n }.
help-section-terminal = Päätteessä
help-terminal = Painikkeet näkyvät numeroina, esimerkiksi [1]. Paina painiketta kirjoittamalla sen numero.
    Kun odotan vastaustasi, numero on vastaus. Painikkeet näkyvät silloin näin: [#1]. Paina painiketta kirjoittamalla #1.
    /kayttaja Nimi – vaihda, kuka kirjoittaa.
    Ctrl+D – lopeta.
help-section-slack = Slackissa
help-slack = Kirjoita komento näin: /mk ja komento, esimerkiksi /mk pyyda. Sovelluksen viesteissä voit kirjoittaa myös !pyyda. Vastaa kysymyksiini sovelluksen viesteissä.
help-section-staff = Henkilökunnalle
help-staff = Pyynnön painikkeilla voit piilottaa pyynnön, sulkea sen tai avata sen uudelleen. Painikkeet ovat henkilökunnan kanavan viesteissä ja /avoimet-listalla.
    /kooste esikatselu – katso tuleva viikkokooste.
    /kooste laheta – lähetä viikkokooste nyt.
    /kurssityyppi – katso kurssityypit tai lisää uusi.
    /hankinta 12 – minkä tahansa hankinnan osallistujalista, sulkeminen ja peruminen.
organisation-similar = Verkostossa on jo järjestö { $organisation } ({ $municipality }). Tarkoititko sitä? Jos ”{ $name }” on eri järjestö, lisään sen uutena.
organisation-button-join-existing = Kyllä, liityn: { $organisation }
organisation-button-add-new = Ei, lisää uusi: { $name }
pu-button-manage = Järjestäjälle #{ $id }: lista, sulje, peru
