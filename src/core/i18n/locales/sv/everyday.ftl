# Everyday use: the terminal's own notes, and words shared by the everyday tools.
terminal-question-open = Jag väntar på ditt svar. Skriv svaret. Om du vill trycka på en knapp, skriv # och numret, till exempel #1.
terminal-no-button = Det senaste meddelandet har ingen knapp { $n }.
help-section-terminal = I terminalen
help-terminal = Knapparna visas som nummer, till exempel [1]. Tryck på en knapp genom att skriva dess nummer.
    När jag väntar på ditt svar är en siffra ditt svar. Knapparna visas då så här: [#1]. Tryck på en knapp genom att skriva #1.
    /as Namn – byt vem som skriver.
    Ctrl+D – avsluta.
help-section-slack = I Slack
help-slack = Skriv ett kommando så här: /mk och kommandot, till exempel /mk ask. I appens meddelanden kan du också skriva !ask. Svara på mina frågor i appens meddelanden.
help-section-staff = För personalen
help-staff = Med knapparna på en förfrågan kan du dölja den, stänga den eller öppna den igen. Knapparna finns i personalkanalens meddelanden och i listan /open.
    /digest preview – se nästa veckosammandrag.
    /digest send – skicka veckosammandraget nu.
    /coursetype – se kurstyperna eller lägg till en ny.
    /purchase 12 – deltagarlistan för vilken upphandling som helst, stängning och inställning.
organisation-similar = Nätverket har redan organisationen { $organisation } ({ $municipality }). Menade du den? Om ”{ $name }” är en annan organisation lägger jag till den som ny.
organisation-button-join-existing = Ja, jag går med: { $organisation }
organisation-button-add-new = Nej, lägg till ny: { $name }
pu-button-manage = För arrangören #{ $id }: lista, stäng, ställ in
