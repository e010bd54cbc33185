cmd-start = Börja och presentera dig
cmd-help = Vad boten kan göra
cmd-language = Byt språk (suomi, svenska, English)
cmd-organisation = Berätta vilken organisation du kommer från
cmd-cancel = Avbryt det som pågår
start-greeting = Hej { $name }, välkommen till nätverket Mahdollisuudet käyttöön!
start-intro = Här hjälper nätverkets organisationer varandra. Alla vill hjälpa – men hjälp får man bara genom att be om den. Att be är lätt här: skriv /ask och berätta vad du behöver, eller tryck på knappen nedan. Skriv /help så ser du vad jag mer kan.
start-button-ask = Be om hjälp
start-organisation-hint = Berätta ännu vilken organisation du kommer från: /organisation
help-title = Mahdollisuudet käyttöön!-boten
help-intro = Jag är en gemensam hjälpare för organisationerna i Lahtiregionen. Här kan du be om hjälp och erbjuda hjälp. Du kan också köpa kurser tillsammans med andra organisationer.
help-section-ask = Be om hjälp
help-ask = /ask – be om hjälp. Berätta vad du behöver: händer, lokaler, saker, råd eller skjuts. Ingen ber i onödan!
    /open – se var andra behöver hjälp. Du kan erbjuda din hjälp.
    /mine – dina egna förfrågningar, erbjudanden och upphandlingar. Som arrangör får du där upphandlingens deltagarlista. Du kan också stänga eller ställa in upphandlingen.
help-section-purchase = Vi köper tillsammans
help-purchase = /need – berätta vilken kurs din organisation behöver. Till exempel hygienpass för sex.
    /purchase – föreslå en gemensam upphandling. Jag frågar en sak i taget.
    /purchase help – så gör du en upphandling på en rad.
    /purchase 12 – visa upphandling nummer 12.
    /purchases – öppna gemensamma upphandlingar.
help-section-digest = Veckosammandrag
help-digest = /subscribe – varje måndag får du ett sammandrag av nätverkets förfrågningar och upphandlingar.
    /unsubscribe – avsluta prenumerationen.
help-section-you = Du
help-you = /start – börja från början.
    /help – den här hjälpen.
    /organisation – berätta vilken organisation du kommer från.
    /language – byt språk.
    /mydata – se vad som har sparats om dig.
    /deletedata – radera dina uppgifter.
    /cancel – avbryt det som pågår.
help-privacy = Kom ihåg tystnadsplikten: skriv inte klienters namn, personbeteckningar eller kontaktuppgifter här. Det här är ett verktyg för organisationer och deras anställda.
language-choose = Välj språk:
language-unknown = Jag känner inte till det språket. Välj ett av dessa:
language-changed = Okej! Nu talar jag svenska.
organisation-current = Du är nu med i organisationen { $organisation }.
organisation-none = Du har inte ännu berättat vilken organisation du kommer från.
organisation-choose = Välj din organisation i listan:
organisation-add-hint = Hittar du inte din organisation? Lägg till den genom att skriva: /organisation Organisationens namn, kommun
organisation-joined = Fint! Du är nu med i organisationen { $organisation }.
organisation-invalid-name = Organisationens namn saknas eller är för kort. Skriv till exempel: /organisation Manna ry, Lahtis
organisation-unknown-municipality = Kommunen ska vara en av nätverkets kommuner: { $municipalities }. Skriv till exempel: /organisation Manna rf, Lahti
terminal-welcome = Du skriver nu som { $name }. Prova /start eller /help. Byt användare: /as Namn. Du trycker på en knapp genom att skriva dess nummer. När jag väntar på ditt svar är en siffra ditt svar. Då trycker du på en knapp med # och numret, till exempel #1. Avsluta: Ctrl+D.
terminal-now-typing = nu skriver { $name }
telegram-open-private = Öppna först en privat chatt med mig (@{ $bot }) och tryck på Starta, så kan jag svara dig personligen.
slack-sent-privately = Jag skickade svaret till dig som ett privat meddelande (appens flik Meddelanden).
# Telegram's bot profile: the description (an empty chat shows it, at most 512 characters) and the short description (the profile, at most 120).
tg-bot-description = En gemensam hjälpare för organisationerna i Lahtiregionen i nätverket Mahdollisuudet käyttöön!. Här ber organisationerna varandra om hjälp och erbjuder hjälp, hittar lediga platser och köper kurser tillsammans. Tryck på Starta för att komma igång. Skriv inte klienters personuppgifter här.
tg-bot-short-description = Organisationerna i Lahtiregionen hjälper varandra: be om hjälp, erbjud hjälp, köp kurser tillsammans.
organisation-join-notice-members = { $name } gick med i er organisation { $organisation } i botten. Om hen inte hör till er organisation, berätta det för nätverkets personal.
organisation-join-notice-staff = { $name } gick med i organisationen { $organisation }, som redan har medlemmar. Organisationens medlemmar har fått veta.
