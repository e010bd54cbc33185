hr-cmd-ask = Be om hjälp – det är lätt
hr-cmd-open = Öppna hjälpförfrågningar: kunde du hjälpa?
hr-cmd-mine = Dina förfrågningar, erbjudanden och inköp

hr-cat-hands = Händer och frivilliga
hr-cat-premises = Lokaler
hr-cat-equipment = Saker och utrustning
hr-cat-knowhow = Kunnande och råd
hr-cat-transport = Transport och skjuts
hr-cat-other = Annat
hr-mun-other = Annan kommun

hr-status-open = Öppen
hr-status-in_progress = På gång
hr-status-in_progress-hint = hjälp har hittats, men mer hjälp kan ändå vara välkommen
hr-status-resolved = Löst
hr-status-expired = Utgången
hr-status-hidden = Dold
hr-status-closed = Stängd

hr-anonymous = Anonym medlem i nätverket
hr-asker-unknown = (den som frågade har raderat sina uppgifter)
hr-label-category = Vad behövs
hr-label-municipality = Kommun
hr-label-asker = Frågas av
hr-label-staff-sees = syns för personalen
hr-label-until = Öppen till
hr-until-date = öppen till { $date }
hr-label-status = Status
hr-label-reason = Orsak
hr-label-helper = Hjälpare
hr-label-note = Meddelande
hr-label-contact = Så når du personen:
hr-post-hidden = Nätverkets koordinatorer har dolt den här hjälpförfrågan.

hr-button-offer = Jag kan hjälpa
hr-button-offer-n = Jag kan hjälpa ({ $n })
hr-button-hide = Dölj
hr-button-close = Stäng
hr-button-reopen = Öppna igen
hr-button-accept = Godkänn
hr-button-decline = Tack, inte nu
hr-button-extend = Förläng 14 dagar
hr-button-resolve = Det är löst
hr-button-thank = Tacka hjälparen
hr-button-thank-name = Tacka { $name }
hr-button-cancel = Avbryt
hr-button-skip = Hoppa över
hr-button-until-default = { $days } dagar (rekommenderas)
hr-button-until-days = { $days } dagar
hr-button-as-organisation = I { GENITIVE($organisation) } namn
hr-button-as-name = Med mitt eget namn ({ $name })
hr-button-as-anonymous = Anonymt till nätverket
hr-button-send-without-note = Skicka utan meddelande
hr-button-prev = ◀ Föregående
hr-button-next = Nästa ▶
hr-button-filter = Avgränsa
hr-button-all = Visa alla

hr-contact-telegram-no-username = tryck på namnet för att öppna en chatt; om den inte öppnas, be personen lägga till ett användarnamn i Telegram eller fråga nätverkets koordinator om kontaktuppgifter
hr-contact-terminal = terminal
hr-contact-none = Ingen kontakt hittades – fråga nätverkets koordinator.
hr-toast-see-private = Jag svarade dig i ett privat meddelande.

hr-error-own-request = Det här är din egen förfrågan – du kan inte erbjuda hjälp åt dig själv. 🙂
hr-error-already = Du har redan erbjudit hjälp på den här förfrågan. Tack!
hr-error-wrong-state = Det går inte längre: förfrågan är nu ”{ $status }”. Tack ändå!
hr-error-offer-handled = Det här erbjudandet har redan besvarats.
hr-error-extend-max = Förfrågan kan inte förlängas mer: den längsta tiden är 90 dagar. Du kan göra en ny förfrågan: /ask
hr-error-flood = Du har redan gjort { $limit } förfrågningar inom ett dygn, vilket är det högsta antalet. Vänta en stund så kan du fråga igen – eller fråga nätverkets koordinator.
hr-error-already-thanked = Du har redan tackat för den här hjälpen.
hr-error-title-empty = Skriv kort vad du behöver.
hr-error-title-long = Rubriken är lite för lång ({ $length } tecken, högst { $max }). Skriv en kortare – du kan berätta mer i nästa steg.
hr-error-details-long = Texten är för lång ({ $length } tecken, högst { $max }). Korta ner den lite, tack.
hr-error-note-long = Meddelandet är för långt ({ $length } tecken, högst { $max }). Korta ner det lite, tack.
hr-error-category = Det kände jag inte igen. Välj en av knapparna.
hr-error-municipality = Jag kände inte igen kommunen. Välj en av knapparna – eller ”Annan kommun”.
hr-error-until-past = Den dagen har redan varit. Välj en dag i framtiden.
hr-error-until-far = En förfrågan kan vara öppen högst { $max } dagar. Välj en tidigare dag.
hr-error-until-format = Jag förstod inte datumet. Skriv till exempel 24.12.2026, 24.12. eller ett antal dagar (till exempel 14) – eller tryck på en knapp.
hr-error-as = Välj en av knapparna.
hr-error-reason-empty = Skriv en kort orsak – den skickas till den som frågade.

hr-ask-step = { $n }/{ $total }
hr-ask-title = Vad behöver du? Säg det med en mening (högst { $max } tecken).
hr-ask-examples = Exempel:
hr-example-hands = Vi behöver två extra par händer till matutdelningen på fredag.
hr-example-van = Kunde någon låna ut en paketbil på lördag?
hr-example-worktrial = Har någon gjort ett avtal om arbetsprövning med arbetskraftsbyrån? Vi behöver råd.
hr-privacy-reminder = Kom ihåg tystnadsplikten: inga klienters namn, personbeteckningar eller kontaktuppgifter.
hr-ask-details = Berätta gärna lite mer: när, var, hur mycket (högst 1000 tecken). Om du inte har något att lägga till, skriv ”-” eller tryck Hoppa över.
hr-ask-category = Vilken sorts hjälp behöver du?
hr-ask-municipality = I vilken kommun?
hr-ask-until = Hur länge är förfrågan öppen? Standard är 14 dagar ({ $date }). Du kan skriva ett datum (till exempel 24.12.2026) eller ett antal dagar – högst 90 dagar.
hr-ask-as = I vems namn frågar du? Anonymt ser andra bara förfrågan; nätverkets personal ser ändå vem som frågade.
hr-ask-as-no-organisation = Tips: berätta din organisation med /organisation, så kan du fråga i dess namn.

hr-created = Tack! Din förfrågan syns nu för nätverket.
hr-created-after = När någon erbjuder hjälp får du ett privat meddelande och kan godkänna erbjudandet. Dina förfrågningar hittar du med /mine.
hr-created-one-line = Jag använde standardvärden: kategori ”Annat”, 14 dagar. Skriv bara /ask så kan du välja själv.

hr-offer-dm-title = Någon kan hjälpa!
hr-offer-dm-request = Hjälp erbjuds på din förfrågan ”{ $title }”:
hr-offer-dm-question = Godkänner du erbjudandet? När du godkänner får hjälparen dina kontaktuppgifter.
hr-accepted-dm-title = Ditt erbjudande godkändes!
hr-accepted-dm-body = { $name } godkände din hjälp med ”{ $title }”. Ta kontakt och kom överens om detaljerna.
hr-declined-dm = Tack för ditt erbjudande på ”{ $title }”! Den som frågade behöver det inte den här gången – kanske nästa gång. Öppna förfrågningar: /open
hr-thanks-dm = { $name } tackar dig för hjälpen med ”{ $title }”. Fint att du hjälpte!
hr-resolved-by-staff-dm = Nätverkets koordinator markerade din förfrågan ”{ $title }” som löst.
hr-hidden-dm = Nätverkets koordinator dolde din förfrågan ”{ $title }”.
hr-hidden-dm-after = Om du har frågor, kontakta nätverkets koordinator. Du kan göra en ny förfrågan: /ask
hr-closed-dm = Nätverkets koordinator stängde din förfrågan ”{ $title }”.
hr-reopened-dm = Nätverkets koordinator öppnade din förfrågan ”{ $title }” igen.
hr-expired-dm = Din förfrågan ”{ $title }” har gått ut. Om du fortfarande behöver hjälp, fråga igen: /ask
hr-reminder-dm = Din förfrågan ”{ $title }” går ut { $date }.
hr-reminder-question = Vill du förlänga den med 14 dagar? Eller är det redan löst?
hr-reminder-no-extend = Den kan inte förlängas mer (längsta tiden är 90 dagar). Är det redan löst?
hr-flag-title = Ingen har erbjudit hjälp ännu ({ $days } dagar)
hr-flag-body = Någon kunde kontakta den som frågade eller tipsa en lämplig hjälpare.

hr-offer-note-prompt = Tack för att du vill hjälpa! Förfrågan:
hr-offer-note-hint = Vill du lägga till ett kort meddelande till den som frågade (till exempel när du hinner)? Skriv det här (högst { $max } tecken) eller tryck ”Skicka utan meddelande”. Den som frågade får ditt namn och din kontakt privat – inte i gruppen.
hr-offer-sent = Ditt erbjudande skickades till den som frågade ”{ $title }”. Du får ett meddelande när hen svarar. Tack!
hr-accepted = Du godkände hjälp från { $name }. Jag skickade dina kontaktuppgifter till hen.
hr-accepted-after = När det är klart, markera det som löst – då erbjuder ingen annan hjälp i onödan.
hr-declined = Okej. Jag sa vänligt till hjälparen att hjälpen inte behövs den här gången.
hr-resolved = Fint, förfrågan ”{ $title }” är löst!
hr-resolved-thank = Vill du tacka hjälparen?
hr-thanked = Ditt tack har skickats till { $name }.
hr-extended = Förfrågan ”{ $title }” är nu öppen till { $date }.

hr-hide-reason-prompt = Varför döljs förfrågan? Skriv en kort orsak – den skickas till den som frågade.
hr-hidden = Förfrågan ”{ $title }” är dold och den som frågade fick veta orsaken.
hr-closed = Stängd: { $title }
hr-reopened = Öppnad igen: { $title }

hr-open-title = Öppna hjälpförfrågningar
hr-open-filtered = avgränsning: { $filter }
hr-open-none = Just nu finns inga öppna förfrågningar. Behöver du själv hjälp? /ask
hr-open-none-filtered = Inga öppna förfrågningar med den här avgränsningen.
hr-open-page = (sida { $page }/{ $pages }, totalt { $total })
hr-open-ask-hint = Behöver du själv hjälp? /ask
hr-open-unknown-filter = Jag kände inte igen: { $words }. Avgränsa med kategori (till exempel lokaler) eller kommun (till exempel Hollola).
hr-filter-prompt = Avgränsa efter kategori eller kommun:
hr-filter-any-category = Alla kategorier
hr-filter-any-municipality = Alla kommuner

hr-mine-nothing = Du har inga förfrågningar eller erbjudanden ännu. Be om hjälp: /ask – eller se om du kunde hjälpa: /open
hr-mine-requests = Dina hjälpförfrågningar
hr-mine-offers = Hjälp du erbjudit
hr-mine-offer-count = { $count ->
    [0] inga erbjudanden ännu
    [one] 1 erbjudande
   *[other] { $count } erbjudanden
}
hr-mine-request-status = förfrågan: { $status }
hr-offer-status-pending = väntar på svar
hr-offer-status-accepted = godkänt
hr-offer-status-declined = behövdes inte den här gången
hr-offer-status-withdrawn = återtaget
hr-closed-title = Stängda, dolda och utgångna förfrågningar (de senaste { $days } dagarna)
hr-closed-none = Ingen förfrågan har stängts, dolts eller gått ut under den senaste månaden.
hr-button-purge = Ta bort texten (konfidentiell)
hr-purged-dm = Nätverkets koordinator tog bort texten i din förfrågan { $title } eftersom den innehöll konfidentiella uppgifter. Förfrågan visas inte längre för någon.
hr-purged = Texten i förfrågan #{ $id } är borttagen och dess meddelanden redigeras.
