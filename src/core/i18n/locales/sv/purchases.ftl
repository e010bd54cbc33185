## Gemensamma upphandlingar: behov, kurser som köps tillsammans, platser, kö och kostnadsfördelning

cmd-need = Berätta vilken kurs din organisation behöver
cmd-purchase = Föreslå en gemensam upphandling
cmd-purchases = Öppna gemensamma upphandlingar
cmd-coursetype = Kurstyper (personalen kan lägga till)

pu-no-organisation = Berätta först vilken organisation du hör till: skriv /organisation. Behov och platser registreras alltid i en organisations namn.
pu-datetime = { $date } kl. { $time }

## Behov

pu-need-ask-course = Vilken kurs behöver din organisation? Välj nedan eller skriv kursens namn.
pu-need-ask-seats = Ungefär hur många deltagare skulle ni ha? Skriv ett tal, till exempel 6.
pu-need-ask-by = Senast när borde kursen vara gått? Skriv ett datum, till exempel 31.3.2027.
pu-need-ask-municipality = I vilken kommun? Välj nedan eller skriv kommunens namn.
pu-need-format = Du kan också ange behovet på en rad: /need hygieniapassi 6 31.3.2027 Lahti (kurs, deltagare, senast när, kommun). Bara /need frågar en sak i taget.
pu-need-format-short = Något saknas. Ange kursen, antalet deltagare och datumet.
pu-err-course = Skriv kursens namn (minst 3 tecken) eller välj en kurs i listan.
pu-need-saved = Sparat: { $organisation } behöver { $course } för { $seats } deltagare senast { $date } ({ $municipality }).
pu-need-no-matches = Ingen annan har samma behov ännu. Jag säger till så fort en annan organisation behöver samma kurs.
pu-need-matches-title = Samma kurs behövs också av:
pu-need-match-line = • { $organisation }: { $seats } deltagare senast { $date } ({ $municipality })
pu-need-not-enough = Tillsammans { $seats } deltagare – en kurs behöver vanligen minst { $min }. Jag säger till när ni är tillräckligt många.
pu-need-match = Goda nyheter! { $organisation } behöver samma kurs: { $course } för { $seats } deltagare senast { $date } ({ $municipality }).
pu-proposal = Tillsammans är ni { $seats } – det räcker till en kurs (vanligen minst { $min }). Ska vi starta en gemensam upphandling? Ett tryck räcker, resten frågar jag dig.
pu-button-propose = Starta en gemensam upphandling
pu-proposal-start = Vi sätter igång! Kurs: { $course }. Behoven hos { $organisations } organisationer, sammanlagt { $seats } deltagare. Minst { $min } platser, högst { $max }. När du publicerar upphandlingen bjuder jag in de andra.
pu-proposal-already = En gemensam upphandling har redan startats för detta (#{ $id }). Var med:
pu-proposal-gone = Det här behovet är inte längre öppet.

## Upphandlingens formulär

pu-form-intro = Vi gör en gemensam upphandling! Jag frågar en sak i taget. Du kan avbryta när som helst: /cancel. Tips: /purchase hjälp visar hur man gör allt på en rad.
pu-form-help-title = En gemensam upphandling på en rad
pu-form-help = Du kan skriva hela upphandlingen i ett meddelande. Skriv först /purchase. Skriv sedan varje uppgift så här: uppgiftens namn, ett =-tecken och värdet. Till exempel min=15 betyder att kursen blir av när minst 15 deltagare är med.
    De här uppgifterna behövs alltid:
    • namn – kursens namn
    • min – det minsta antalet deltagare för att kursen ska bli av
    • max – det största antalet deltagare
    • pris – hela kursens pris i euro. Eller platspris – priset för en deltagare.
    • sista – sista dagen för organisationerna att anmäla sig
    De här kan du lägga till:
    • typ – kurstyp, till exempel hygieniapassi
    • utbildare – vem som håller kursen
    • datum – kursens dag
    • plats – var kursen hålls
    • tak – hur många platser en organisation får högst
    • ensam – vad en plats skulle kosta om organisationen köpte kursen ensam
    I euro kan du använda komma, till exempel 45,50. Om du bara skriver /purchase frågar jag en sak i taget.
pu-form-example = Exempel: /purchase namn=Ordningsvaktsutbildning min=15 max=15 pris=1800 sista=31.1.2027 plats=Lahtis
pu-form-problems = Upphandlingen gjordes inte ännu – rätta till de här:
pu-err-unknown-key = De här fälten känner jag inte till: { $keys }. Se /purchase hjälp.
pu-err-missing = saknas.
pu-field-name = Namn
pu-field-type = Typ
pu-field-provider = Utbildare
pu-field-min = Minst
pu-field-max = Högst
pu-field-price = Pris
pu-field-mode = Prissättning
pu-field-deadline = Sista dag
pu-field-date = Kursdag
pu-field-place = Plats
pu-field-cap = Tak per organisation
pu-field-solo = Pris om man köper ensam
pu-ask-name = Vilken kurs gäller det? Skriv kursens namn, till exempel Hygienpasskurs.
pu-ask-type = Vilken typ av kurs? Välj nedan (eller Annan).
pu-ask-min = Hur många deltagare behövs minst för att kursen ska bli av? Skriv ett tal, till exempel 15.
pu-ask-max = Hur många deltagare ryms högst? Skriv ett tal ({ $min }–500).
pu-ask-price = Vad kostar kursen i euro? Skriv hela kursens pris, till exempel 1800. Eller skriv priset för en deltagare, till exempel 120 per deltagare.
pu-ask-mode = Är { $price } hela kursens pris eller priset per deltagare?
pu-ask-deadline = Senast när ska organisationerna anmäla sig? Skriv ett datum, till exempel 31.1.2027.
pu-ask-provider = Vem håller kursen? (frivilligt)
pu-ask-date = När hålls kursen? Skriv ett datum, till exempel 15.2.2027. (frivilligt)
pu-ask-place = Var hålls kursen? (frivilligt)
pu-ask-cap = Hur många platser får en organisation ta högst? Skriv ett tal 1–{ $max }. (frivilligt)
pu-ask-solo = Vad skulle en plats kosta om en organisation köpte kursen ensam? Jag visar besparingen. (frivilligt)
pu-button-other-type = Annan
pu-button-mode-total = Hela kursen
pu-button-mode-seat = Per deltagare
pu-button-skip = Hoppa över
pu-preview-title = Förhandsvisning:
pu-preview-hint = Publicera, så syns upphandlingen i nätverkets grupp och på personalens kanal.
pu-preview-waiting = Upphandlingen väntar på att publiceras.
pu-button-publish = Publicera
pu-button-details = Lägg till uppgifter (utbildare, datum, plats…)
pu-published = Publicerad! Upphandling #{ $id } syns nu för nätverket.
pu-published-invited = Jag bjöd in { $count ->
        [one] en organisation som hade samma behov.
       *[other] { $count } organisationer som hade samma behov.
    }

## Felmeddelanden

pu-err-name = Skriv kursens namn (minst 3 tecken).
pu-err-type-unknown = Den kurstypen känner jag inte till. Välj i listan eller skriv någon av dessa: { $keys } – eller ”annan”.
pu-err-seats-number = Skriv antalet med siffror, till exempel 6 (inte med bokstäver). Tillåtet: { $min }–{ $max }.
pu-err-seats-whole = Skriv ett heltal, till exempel 6 – det finns inga halva deltagare. Tillåtet: { $min }–{ $max }.
pu-err-seats-range = Antalet måste vara mellan { $min } och { $max }.
pu-err-min-over-max = Högsta antalet ({ $max }) kan inte vara mindre än minsta antalet ({ $min }).
pu-err-cap-over-max = Taket per organisation ({ $cap }) kan inte vara större än högsta antalet platser ({ $max }).
pu-err-price-number = Skriv priset i euro med siffror, till exempel 1800 eller 1800,50.
pu-err-price-positive = Priset måste vara mer än 0 €.
pu-err-price-decimals = Högst två decimaler, och inga punkter som tusentalsavgränsare: skriv till exempel 1800 eller 1800,50.
pu-err-price-ambiguous = Jag kan inte se vilket tecken som är decimaltecknet. Skriv utan tusentalsavgränsare, till exempel 1800,50.
pu-err-price-too-large = Priset är för stort (högst 1 000 000 € totalt). Kontrollera talet.
pu-err-mode = Välj: hela kursen eller per deltagare.
pu-err-date-format = Skriv datumet som dag.månad.år, till exempel 31.3.2027.
pu-err-date-invalid = Den dagen eller tiden finns inte. Kontrollera dag, månad och klockslag, till exempel 31.3.2027 kl. 16.00.
pu-err-date-past = Datumet har redan varit. Skriv ett kommande datum.
pu-err-date-far = Datumet är för långt bort: högst { $years } år framåt.
pu-err-course-date-before-deadline = Kursen måste vara efter sista anmälningsdag.

## Inlägget och läget

pu-post-title = Gemensam upphandling #{ $id }:
pu-post-type = Typ: { $type }
pu-post-provider = Utbildare: { $provider }
pu-post-seats = Platser tagna: { $committed }. Kursen behöver minst { $min } och rymmer { $max }.
pu-post-deadline = Anmälan senast { $deadline }
pu-post-cap = En organisation kan ta högst { $cap } platser.
pu-post-waiting = I kö: { $count ->
        [one] en organisation
       *[other] { $count } organisationer
    }, { $seats ->
        [one] en plats
       *[other] { $seats } platser
    }.
pu-status-missing = { $missing ->
        [one] 1 deltagare till behövs
       *[other] { $missing } deltagare till behövs
    } för att kursen ska bli av.
pu-status-tipped = Kursen blir av! { $left } platser är ännu lediga.
pu-status-full = Kursen blir av och är full – man kan ännu ställa sig i kö.
pu-status-ending = Anmälningstiden har gått ut, resultatet kommer snart.
pu-status-closed = Anmälningstiden gick ut: kursen blir av med { $seats } deltagare.
pu-status-cancelled = Inställd – kursen blev inte av den här gången.
pu-price-total = Hela kursen kostar { $total }.
pu-price-seat-fixed = En plats kostar { $price } ({ $seats } deltagare).
pu-price-seat-at-min = En plats kostar { $price } med { $seats } deltagare – och bara { $atMax } om alla { $max } platser fylls.
pu-price-seat-now = En plats kostar nu { $price } ({ $seats } deltagare) – och { $atMax } om alla { $max } platser fylls.
pu-price-per-seat = { $price } per deltagare.
pu-price-saving = Om man köper ensam skulle en plats kosta { $solo } – tillsammans sparar ni { $saving } per plats ({ $best } med full kurs).
pu-price-solo = Om man köper ensam skulle en plats kosta { $solo }.
pu-button-join = Var med
pu-button-join-waitlist = Ställ dig i kö

## Platser

pu-seats-ask = Hur många platser tar { $organisation }? Tryck eller skriv ett tal (högst { $max }).
pu-seats-ask-full = Kursen är full nu. Hur många platser vill { $organisation } ha från kön? Tryck eller skriv ett tal (högst { $cap }).
pu-seats-current-committed = { $organisation } är med med { $seats ->
        [one] 1 plats
       *[other] { $seats } platser
    }.
pu-seats-current-waiting = { $organisation } står i kö för { $seats ->
        [one] 1 plats
       *[other] { $seats } platser
    }.
pu-seats-current-offered = { $seats ->
        [one] 1 plats
       *[other] { $seats } platser
    } som blivit lediga är reserverade för { $organisation } – bekräfta dem.
pu-seats-committed = Klart: { $organisation } är med med { $seats ->
        [one] 1 plats
       *[other] { $seats } platser
    }.
pu-seats-happening = Kursen blir av!
pu-seats-waiting = Kursen är full, så { $organisation } står som nummer { $position } i kön ({ $seats ->
        [one] 1 plats
       *[other] { $seats } platser
    }). Om platser blir lediga erbjuder jag dem i köns ordning.
pu-seats-offered = Bara { $seats ->
        [one] 1 plats
       *[other] { $seats } platser
    } var lediga. De är reserverade för er till { $when } – bekräfta om ni tar dem.
pu-seats-withdrawn = Okej: { $organisation } är inte längre med. Platserna blev lediga för andra.
pu-seats-unchanged = Ingen ändring: { $organisation } är redan med med { $seats ->
        [one] 1 plats
       *[other] { $seats } platser
    }.
pu-seats-not-in = { $organisation } är inte med i den här upphandlingen.
pu-seats-not-enough = Så många platser finns inte. Din organisation kan nu ta högst { $max }.
pu-seats-over-cap = En organisation kan ta högst { $cap } platser.
pu-seats-no-offer = Du har inget platserbjudande att bekräfta i den här upphandlingen.
pu-seats-closed = Det går inte längre att anmäla sig till den här upphandlingen.
pu-seats-zero-hint = Skriv 0 om din organisation vill dra sig ur.
pu-button-withdraw = Dra oss ur
pu-button-join-with = Var med med { $seats ->
        [one] 1 plats
       *[other] { $seats } platser
    }
pu-button-choose-seats = Välj antal platser
pu-button-confirm = Bekräfta { $seats ->
        [one] 1 plats
       *[other] { $seats } platser
    }
pu-button-decline = Vi behöver dem inte
pu-toast-saved = Sparat!

## Privata meddelanden

pu-invite = En gemensam upphandling har startat utifrån ert behov ({ $seats } deltagare) – är ni med?
pu-offer = Goda nyheter: platser blev lediga! { $seats ->
        [one] 1 plats
       *[other] { $seats } platser
    } är nu reserverade för din organisation från kön:
pu-offer-partial = Platser blev lediga! { $seats ->
        [one] 1 plats
       *[other] { $seats } platser
    } är nu reserverade för din organisation (ni önskade { $wanted }):
pu-offer-confirm-by = Bekräfta senast { $when }, annars går platserna vidare till nästa i kön.
pu-offer-expired = Platserbjudandet gick ut, så platserna gick vidare till nästa i kön. Du kan ställa dig i kö igen:
pu-tipped-title = Kursen blir av!
pu-tipped = Minsta antalet, { $min } deltagare, är nu uppnått:
pu-tipped-next = Anmälan fortsätter till { $deadline }. Därefter skickar jag varje organisation dess andel av priset.
pu-closed-title = Den gemensamma upphandlingen är klar – kostnaderna fördelade
pu-closed-total = Sammanlagt { $total } ({ $seats } deltagare). Andelar enligt platser, på centen:
pu-split-line = { $organisation }: { $seats ->
        [one] 1 plats
       *[other] { $seats } platser
    } – { $share }
pu-closed-your-share = Din organisations andel: { $share } ({ $seats ->
        [one] 1 plats
       *[other] { $seats } platser
    }).
pu-cancelled-title = Den gemensamma upphandlingen ställdes in
pu-cancelled-deadline = Vid sista anmälningsdag var { $committed } deltagare med, men kursen behöver minst { $min }.
pu-cancelled-organiser = Arrangören ställde in upphandlingen.
pu-cancelled-nothing-owed = Ingen behöver betala något.
pu-no-seat = Anmälningstiden gick ut och ingen plats blev ledig för er från kön den här gången. Ingen behöver betala något.

## Arrangören

pu-organiser-only = Det här kan bara upphandlingens arrangör eller nätverkets personal göra.
pu-not-found = Jag hittar inte den här upphandlingen. Se de öppna: /purchases
pu-button-csv = Deltagarlista (CSV)
pu-button-close = Stäng anmälan
pu-button-cancel = Ställ in upphandlingen
pu-button-cancel-yes = Ja, ställ in upphandlingen
pu-cancel-confirm = Vill du verkligen ställa in upphandling #{ $id } ({ $course })? Jag meddelar alla som var med.
pu-cancel-done = Upphandling #{ $id } ställdes in. Jag meddelade alla som var med.
pu-close-done = Anmälan till upphandling #{ $id } stängdes. Jag skickade kostnadsfördelningen till varje organisation och deltagarlistan till dig.
pu-close-below-min = Minsta antalet är inte uppnått ännu ({ $committed }/{ $min }), så anmälan kan inte stängas. Du kan vänta till sista dagen eller ställa in upphandlingen.
pu-csv-ready = Här är deltagarlistan för upphandling #{ $id }.
pu-csv-caption = Gemensam upphandling #{ $id }: deltagare
pu-csv-organisation = Organisation
pu-csv-seats = Platser
pu-csv-contact = Kontaktperson
pu-csv-platform = Kanal
pu-csv-status = Status
pu-csv-share = Andel (€)
pu-seat-status-committed = med
pu-seat-status-waiting = i kö
pu-seat-status-offered = erbjuden

## Listor

pu-list-title = Öppna gemensamma upphandlingar
pu-list-empty = Det finns inga öppna gemensamma upphandlingar just nu. Föreslå en: /purchase – eller berätta ert behov: /need
pu-mine-purchases = Din organisations gemensamma upphandlingar
pu-mine-needs = Din organisations kursbehov
pu-mine-seat-committed = med { $seats ->
        [one] 1 plats
       *[other] { $seats } platser
    }
pu-mine-seat-waiting = i kö ({ $seats ->
        [one] 1 plats
       *[other] { $seats } platser
    })
pu-mine-seat-offered = { $seats ->
        [one] 1 plats
       *[other] { $seats } platser
    } väntar på bekräftelse
pu-mine-seat-none = som arrangör
pu-mine-status-open = öppen
pu-mine-status-tipped = blir av
pu-mine-status-closed = klar
pu-mine-status-cancelled = inställd
pu-mine-need-line = • { $course }: { $seats } deltagare senast { $date } ({ $municipality })
pu-mine-need-purchase = – upphandling #{ $id }

## Kurstyper

pu-types-title = Kurstyper
pu-types-min = (vanligen minst { $min } deltagare)
pu-types-add-hint = Lägg till eller ändra: /coursetype nyckel Namn minsta antal, till exempel /coursetype anniskelu Serveringspass 10
pu-types-invalid = Skriv: /coursetype nyckel Namn minsta antal. Nyckeln har små bokstäver a–z, siffror, - eller _ (2–24 tecken).
pu-types-added = Kurstypen { $key } lades till: { $name } (vanligen minst { $min }).
pu-types-updated = Kurstypen { $key } uppdaterades: { $name } (vanligen minst { $min }).
pu-err-solo-below = Ensam kan en plats inte vara billigare än tillsammans ({ $pooled } € per plats) – då sparar den gemensamma upphandlingen ingenting. Kontrollera priset eller hoppa över.
pu-err-solo-too-high = Priset för en plats köpt ensam är orimligt högt (högst { $ratio } gånger det gemensamma priset, dvs. { $max } €). Kontrollera talet.
