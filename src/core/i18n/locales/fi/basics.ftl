cmd-start = Aloita ja esittäydy
cmd-help = Mitä botti osaa
cmd-language = Vaihda kieli (suomi, svenska, English)
cmd-organisation = Kerro, mistä järjestöstä olet
cmd-cancel = Keskeytä kesken oleva
start-greeting = Hei { $name }, tervetuloa Mahdollisuudet käyttöön! -verkoston bottiin!
start-intro = Täällä verkoston järjestöt auttavat toisiaan. Kaikki haluavat auttaa – mutta apua saa vain pyytämällä. Pyytäminen on täällä helppoa: kirjoita /pyyda ja kerro mitä tarvitset, tai paina alla olevaa nappia. Kirjoita /ohje, niin näet mitä muuta osaan.
start-button-ask = Pyydä apua
start-organisation-hint = Kerro vielä, mistä järjestöstä olet: /organisaatio
help-title = Mahdollisuudet käyttöön! -botti
help-intro = Olen Lahden seudun järjestöjen yhteinen apuri. Täällä voit pyytää apua ja tarjota apua. Voit myös ostaa kursseja yhdessä muiden järjestöjen kanssa.
help-section-ask = Pyydä apua
help-ask = /pyyda – pyydä apua. Kerro, mitä tarvitset: käsipareja, tilaa, tavaraa, neuvoja tai kyydin. Kukaan ei pyydä turhaan!
    /avoimet – katso, missä muut tarvitsevat apua. Voit tarjota apuasi.
    /omat – omat pyyntösi, tarjouksesi ja hankintasi. Järjestäjänä saat sieltä hankinnan osallistujalistan. Voit myös sulkea tai perua hankinnan.
help-section-purchase = Ostetaan yhdessä
help-purchase = /tarve – kerro, mitä kurssia järjestösi tarvitsee. Esimerkiksi hygieniapassi kuudelle.
    /hankinta – ehdota yhteishankintaa. Kysyn asiat yksi kerrallaan.
    /hankinta ohje – näin teet hankinnan yhdellä rivillä.
    /hankinta 12 – näytä hankinta numero 12.
    /hankinnat – avoimet yhteishankinnat.
help-section-digest = Viikkokooste
help-digest = /tilaa – saat joka maanantai koosteen verkoston pyynnöistä ja hankinnoista.
    /peru – lopeta koosteen tilaus.
help-section-you = Sinä
help-you = /start – aloita alusta.
    /ohje – tämä ohje.
    /organisaatio – kerro, mistä järjestöstä olet.
    /kieli – vaihda kieli.
    /omat_tiedot – katso, mitä sinusta on tallennettu.
    /poista_tiedot – poista tietosi.
    /keskeyta – keskeytä kesken oleva asia.
help-privacy = Muista vaitiolovelvollisuus: älä kirjoita tänne asiakkaiden nimiä, henkilötunnuksia tai yhteystietoja. Tämä on järjestöjen ja työntekijöiden väline.
language-choose = Valitse kieli:
language-unknown = En tunne tätä kieltä. Valitse jokin näistä:
language-changed = Selvä! Puhun nyt suomea.
organisation-current = Olet nyt mukana järjestössä { $organisation }.
organisation-none = Et ole vielä kertonut, mistä järjestöstä olet.
organisation-choose = Valitse järjestösi listalta:
organisation-add-hint = Eikö järjestöäsi löydy? Lisää se kirjoittamalla: /organisaatio Järjestön nimi, kunta
organisation-joined = Hienoa! Olet nyt mukana järjestössä { $organisation }.
organisation-invalid-name = Järjestön nimi puuttuu tai on liian lyhyt. Kirjoita esimerkiksi: /organisaatio Manna ry, Lahti
organisation-unknown-municipality = Kunnan pitää olla jokin verkoston kunnista: { $municipalities }. Kirjoita esimerkiksi: /organisaatio Manna ry, Lahti
terminal-welcome = Kirjoitat nyt käyttäjänä { $name }. Kokeile /start tai /ohje. Vaihda käyttäjää: /kayttaja Nimi. Painat painiketta kirjoittamalla sen numeron. Kun odotan vastaustasi, numero on vastaus. Painikkeen painat silloin merkillä # ja numerolla, esimerkiksi #1. Lopeta: Ctrl+D.
terminal-now-typing = nyt kirjoittaa { $name }
telegram-open-private = Avaa ensin yksityiskeskustelu kanssani (@{ $bot }) ja paina Aloita, niin voin vastata sinulle henkilökohtaisesti.
slack-sent-privately = Lähetin vastauksen sinulle yksityisviestinä (sovelluksen Viestit-välilehti).
# Telegram's bot profile: the description (an empty chat shows it, at most 512 characters) and the short description (the profile, at most 120).
tg-bot-description = Mahdollisuudet käyttöön! -verkoston yhteinen apuri Lahden seudun järjestöille. Täällä järjestöt pyytävät ja tarjoavat apua toisilleen, löytävät avoimia paikkoja ja ostavat kursseja yhdessä. Paina Aloita, niin pääset alkuun. Älä kirjoita tänne asiakkaiden henkilötietoja.
tg-bot-short-description = Lahden seudun järjestöt auttavat toisiaan: pyydä apua, tarjoa apua, osta kursseja yhdessä.
organisation-join-notice-members = { $name } liittyi botissa järjestöönne { $organisation }. Jos hän ei kuulu järjestöönne, kertokaa siitä verkoston henkilökunnalle.
organisation-join-notice-staff = { $name } liittyi järjestöön { $organisation }, jossa on jo jäseniä. Järjestön jäsenille kerrottiin.
