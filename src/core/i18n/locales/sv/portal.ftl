pt-cmd-places = Lediga platser för arbetsprövning, lönesubvention m.m.
pt-cmd-place = Anmäl en ledig plats
pt-cmd-profile = Din förenings presentation i portalen

pt-tg-youth = Unga
pt-tg-long_term_unemployed = Långtidsarbetslösa
pt-tg-immigrants = Invandrare
pt-tg-older_people = Äldre
pt-tg-disabilities = Personer med funktionsnedsättning
pt-tg-families = Familjer
pt-tg-mental_health = Personer i psykisk rehabilitering
pt-tg-substance_recovery = Personer i missbruksrehabilitering
pt-tg-everyone = Alla

pt-act-food = Mat och kafé
pt-act-recycling = Återvinning
pt-act-crafts = Hantverk
pt-act-outdoors = Utomhusarbete och miljö
pt-act-animals = Djur
pt-act-care = Omsorg och äldre
pt-act-it = IT
pt-act-guidance = Handledning och rådgivning
pt-act-sports = Motion
pt-act-culture = Kultur och konst
pt-act-repair = Reparation och byggande
pt-act-cleaning = Städning
pt-act-office = Kontorsarbete
pt-act-courses = Kurser och utbildning
pt-act-peer_support = Kamratstöd
pt-act-transport = Transport

pt-kind-work_trial = Arbetsprövning
pt-kind-wage_subsidy = Lönesubvention
pt-kind-rehabilitative = Arbetsverksamhet i rehabiliteringssyfte
pt-kind-volunteering = Frivilligarbete
pt-kind-apprenticeship = Läroavtal

pt-lang-fi = finska
pt-lang-sv = svenska
pt-lang-en = engelska
pt-lang-ru = ryska
pt-lang-et = estniska
pt-lang-ar = arabiska
pt-lang-so = somaliska
pt-lang-fa = persiska
pt-lang-ku = kurdiska
pt-lang-uk = ukrainska
pt-lang-sgn = teckenspråk

pt-label-for-whom = För vem
pt-label-activities = Verksamhet
pt-label-municipalities = Kommuner
pt-label-premises = Lokaler och öppettider
pt-label-contact = Kontaktuppgifter
pt-label-languages = Språk
pt-label-accessibility = Tillgänglighet
pt-label-hours = Timmar per vecka
pt-label-start = Börjar
pt-label-ends = Ansökan slutar
pt-label-apply = Så söker du
pt-hours-value = { $hours } h/vecka
pt-start-now = genast eller enligt överenskommelse
pt-until = till { $date }

pt-place-status-open = Ledig
pt-place-status-filled = Tillsatt – tack!
pt-place-status-expired = Ansökan har gått ut
pt-place-status-hidden = Dold
pt-place-hidden = Den här annonsen har tagits bort.

pt-form-now = Nu
pt-form-multi-hint = Välj ett eller flera och tryck sedan Klar. Du kan också skriva dem åtskilda med kommatecken.
pt-form-check = Kontrollera ännu – stämmer allt?
pt-form-profile-after = När du skickar presentationen granskar nätverkets personal den och publicerar den i portalen.
pt-button-done = Klar
pt-button-keep = Behåll som det är
pt-button-confirm = Skicka
pt-button-approve = Godkänn och publicera
pt-button-edit = Redigera presentationen
pt-button-still-current = Uppgifterna är aktuella
pt-button-filled = Platsen är tillsatt – stäng
pt-button-all = Visa alla

pt-ask-about = Vad gör din förening? Berätta med några klara meningar (högst { $max } tecken) så att vem som helst förstår.
pt-ask-target-groups = Vem är er verksamhet till för?
pt-ask-activities = Vilken slags verksamhet har ni? (Kan hoppas över.)
pt-ask-services = Andra tjänster eller verksamhet med egna ord, t.ex. "lunch vardagar, loppis, IT-kurser". (Kan hoppas över.)
pt-ask-municipalities = I vilka kommuner verkar ni?
pt-ask-premises = Var finns era lokaler och när har ni öppet? T.ex. "Harjulagatan 1, Lahtis. Mån–fre 9–15". (Kan hoppas över.)
pt-ask-contact = Föreningens offentliga kontaktuppgifter: telefon, e-post, webbplats. Bara föreningens egna – inga privatpersoners uppgifter.
pt-ask-languages = På vilka språk betjänar ni? (Kan hoppas över.)
pt-ask-accessibility = Tillgänglighet: t.ex. "tillgänglig ingång, hörslinga". (Kan hoppas över.)
pt-ask-kind = Vilken slags plats är ledig?
pt-ask-place-title = Platsens namn kort (högst { $max } tecken), t.ex. "Kaféarbetare på Ekokahvila".
pt-ask-tasks = Vilka uppgifter ingår? (Kan hoppas över.)
pt-ask-place-for = Vem passar platsen särskilt för? (Kan hoppas över.)
pt-ask-place-municipality = I vilken kommun finns platsen?
pt-ask-hours = Hur många timmar per vecka? Skriv ett tal eller välj. (Kan hoppas över.)
pt-ask-start = När börjar platsen? Skriv ett datum (t.ex. 1.2.2027) eller välj "genast".
pt-ask-ends = Till när syns annonsen? Skriv ett datum eller ett antal dagar. Därefter försvinner den av sig själv.
pt-ask-apply = Hur söker man platsen? Föreningens kontakt eller anvisning. (Hoppar du över = kontaktuppgifterna i presentationen.)

pt-field-kind = Plats
pt-field-title = Namn
pt-field-tasks = Uppgifter
pt-field-targetGroups = För vem
pt-field-municipality = Kommun
pt-field-hoursPerWeek = Timmar per vecka
pt-field-startsAt = Börjar
pt-field-endsAt = Synlig till
pt-field-howToApply = Så söker du

pt-error-empty = Här behövs ett svar.
pt-error-short = Berätta lite mer: nu { $length } tecken, minst { $min }.
pt-error-long = Lite för långt: { $length } tecken, högst { $max }.
pt-error-choice = Jag kände inte igen alternativet. Välj med knapparna eller skriv alternativets namn.
pt-error-choose-one = Välj minst ett.
pt-error-hours = Skriv antalet timmar per vecka som ett tal 1–40.
pt-error-days = Högst { $max } dagar framåt.
pt-error-no-organisation = Berätta först vilken förening du kommer från: /organisaatio
pt-error-already-approved = Den här presentationen är redan godkänd.
pt-error-outdated = En nyare version av presentationen har skickats – godkänn den.
pt-error-not-open = Platsen är inte längre ledig.

pt-profile-sent = Tack! Presentationen har skickats till nätverkets personal för godkännande.
pt-profile-sent-after = När den är godkänd syns den i portalen och du får ett meddelande.
pt-profile-published = Din förenings presentation i portalen:
pt-profile-waiting = En ny version väntar på personalens godkännande.
pt-confirmed = Tack! Presentationen är markerad som aktuell.
pt-approved-dm = Presentationen av { $organisation } är godkänd och syns nu i portalen.
pt-approved-staff = { $name } godkände presentationen av { $organisation }. Den är nu publicerad.
pt-approved-toast = Publicerad!
pt-staff-new = Ny presentation att godkänna: { $organisation } (skickad av { $name })
pt-staff-changed = Ändrad presentation att godkänna: { $organisation } (skickad av { $name })
pt-stale-dm = Presentationen av { $organisation } i portalen har inte uppdaterats på ett år. Stämmer uppgifterna fortfarande?
pt-stale-staff = Presentationen av { $organisation } har inte uppdaterats på ett år och ingen har svarat på påminnelsen. Kunde ni kontakta dem?

pt-place-created = Tack! Platsen är nu anmäld till nätverket och syns i portalen.
pt-place-closed = Platsen "{ $title }" är stängd. Fint att den blev tillsatt!
pt-list-title = Lediga platser ({ $count })
pt-list-filters = Avgränsning
pt-list-empty = Just nu finns inga lediga platser med de här avgränsningarna.
pt-list-hint = Avgränsa genom att skriva t.ex. /paikat arbetsprövning Hollola. Din egen plats anmäler du med /paikka
pt-dg-places-title = Nya lediga platser ({ $count })
pt-dg-places-hint = Alla lediga platser: /paikat – hänvisa en klient till en passande plats: /ohjaa

pt-cmd-find = Sök föreningar och lediga platser
pt-cmd-refer = Hänvisa en klient: vilken plats passar?
pt-find-usage = Skriv sökorden efter kommandot, t.ex. /etsi unga djur Hollola. En kommuns namn avgränsar sökningen till den kommunen.
pt-find-title = Sökning "{ $words }": { $count } träffar
pt-find-elsewhere = Inget hittades i { $municipality } – de här finns på annat håll:
pt-find-none = Sökningen "{ $words }" gav inga träffar.
pt-find-none-hint = Pröva andra ord eller beskriv klientens situation: /ohjaa – nätverkets personal hjälper också gärna.

pt-age-young = Under 30 år
pt-age-adult = 30–54 år
pt-age-older = 55 år eller äldre
pt-cap-few = Några timmar i veckan (högst 10 h)
pt-cap-part = Deltid (högst 25 h)
pt-cap-full = Heltid
pt-cap-unsure = Inte känt ännu
pt-ask-age = Beskriv klientens situation – utan namn eller andra identifierande uppgifter. Vilken åldersgrupp?
pt-ask-client-municipality = I vilken kommun bor hen?
pt-ask-interests = Vad är hen intresserad av? (Kan hoppas över.)
pt-ask-words = Intressen med egna ord, t.ex. "djur, matlagning". Inga namn eller andra identifierande uppgifter. (Kan hoppas över.)
pt-ask-capacity = Hur mycket orkar eller hinner hen?
pt-ask-language = På vilket språk sköter hen helst sina ärenden?
pt-ask-situation = Finns det något annat att ta hänsyn till? (Kan hoppas över.)
pt-refer-good = De här passar bäst ({ $count }):
pt-refer-nearest = Inget passar i alla avseenden – här är de närmaste alternativen:
pt-refer-nothing = Portalen har ännu inga passande föreningar eller platser.
pt-refer-why = Varför
pt-why-works-in = verkar i { $municipality }
pt-why-place-in = platsen finns i { $municipality }
pt-why-for = avsedd för: { $groups }
pt-why-everyone = öppen för alla
pt-why-activities = verksamhet: { $activities }
pt-why-words = motsvarar orden "{ $words }"
pt-why-hours = { $hours } h/vecka passar orken
pt-why-language = betjänar på { $language }
pt-refer-staff-offer = Inget nej utan alternativ: nätverkets personal hjälper att hitta en plats. Tryck på knappen så kontaktar de dig.
pt-refer-staff-also = Om de här inte passar hjälper nätverkets personal gärna.
pt-button-ask-staff = Be personalen om hjälp
pt-refer-staff-title = { $who } söker en plats för en klient
pt-refer-staff-body = Kunde ni kontakta hen och hjälpa att hitta en passande plats? (Inga identifierande uppgifter om klienten har sparats.)
pt-refer-staff-sent = Din begäran gick till nätverkets personal. De kontaktar dig.

help-section-portal = Föreningar och lediga platser
help-portal = /find – sök föreningar och platser, t.ex. /find unga djur Hollola.
    /refer – beskriv en klients situation utan att identifiera hen, så berättar jag vilken plats som passar.
    /places – lediga platser för arbetsprövning, lönesubvention m.m.
    /place – anmäl din förenings lediga plats.
    /profile – din förenings presentation i portalen: fyll i eller uppdatera.
