# Everyday use: the terminal's own notes, and words shared by the everyday tools.
terminal-question-open = Jag väntar på ditt svar. Skriv svaret. Om du vill trycka på en knapp, skriv # och numret, till exempel #1.
terminal-no-button = Det senaste meddelandet har ingen knapp { $n }.
terminal-form-no-button = Formuläret är fortfarande öppet, och dess fråga har ingen knapp { $n }. Med en siffra trycker du bara på den här frågans knappar.
terminal-question-again = Formuläret är fortfarande öppet. Frågan väntar på ditt svar:
terminal-form-still-open = Du har ett ofärdigt formulär öppet, och nästa rad du skriver är svaret på dess fråga. Om du inte vill fortsätta, skriv /cancel.
help-section-terminal = I terminalen
help-terminal = Knapparna visas som nummer, till exempel [1]. Tryck på en knapp genom att skriva dess nummer.
    När jag väntar på ditt svar är en siffra ditt svar. Knapparna visas då så här: [#1]. Tryck på en knapp genom att skriva #1.
    /as Namn – byt vem som skriver.
    Ctrl+D – avsluta.
help-section-slack = I Slack
help-slack = Skriv ett kommando så här: /mk och kommandot, till exempel /mk ask. I appens meddelanden kan du också skriva !ask. Svara på mina frågor i appens meddelanden.
help-section-staff = För personalen
help-staff = Med knapparna på en förfrågan kan du dölja den, stänga den eller öppna den igen. Knapparna finns i personalkanalens meddelanden och i listan /open.
    /open closed – förfrågningar som stängts, dolts eller gått ut de senaste 30 dagarna. Du kan öppna en förfrågan igen med knappen.
    /digest preview – se nästa veckosammandrag.
    /digest send – skicka veckosammandraget nu.
    /report – vad nätverket åstadkom: siffror och bilder (även /report kvartal, år eller 1.1.2026–30.6.2026).
    /coursetype – se kurstyperna eller lägg till en ny.
    /purchase 12 – deltagarlistan för vilken upphandling som helst, stängning och inställning.
    /hide place 12 eller /hide profile 5 – ta genast bort en plats eller en organisations presentation från portalen. Nya platser och presentationer publiceras med knappen Godkänn och publicera.
organisation-similar = Nätverket har redan organisationen { $organisation } ({ $municipality }). Menade du den? Om ”{ $name }” är en annan organisation lägger jag till den som ny.
organisation-button-join-existing = Ja, jag går med: { $organisation }
organisation-button-add-new = Nej, lägg till ny: { $name }
pu-button-manage = För arrangören #{ $id }: lista, stäng, ställ in
hr-status-resolved-hint = tack till hjälparna!
hr-quoted = ”{ $text }”
hr-error-until-no-such-day = Dagen { $date } finns inte: den månaden har bara { $days } dagar. Skriv en annan dag, till exempel 24.12.2026, eller ett antal dagar, till exempel 14.
pu-err-date-no-such-day = Dagen { $date } finns inte: den månaden har bara { $days } dagar. Kontrollera dag och månad.
pu-post-date = Kursdag: { $date }
pu-post-place = Plats: { $place }
course-jarjestysmies = Ordningsvaktsutbildning
course-hygieniapassi = Hygienpass
course-tyoturvallisuuskortti = Arbetarskyddskort
course-ensiapu = Första hjälpen-kurs (EA1)
course-atk = Datakurs
course-ruoanlaitto = Matlagningskurs
