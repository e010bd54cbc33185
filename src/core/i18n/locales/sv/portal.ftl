pt-cmd-places = Lediga platser: arbetsprövning, lönesubvention och annat
pt-cmd-place = Anmäl en ledig plats
pt-cmd-profile = Din organisations presentation i portalen

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
pt-act-sports = Idrott och motion
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
pt-label-ends = Sista ansökningsdag
pt-label-apply = Så söker du
pt-hours-value = { $hours } h/vecka
pt-start-now = genast eller enligt överenskommelse
pt-until = till { $date }

pt-place-status-open = Ledig
pt-place-status-filled = Tillsatt – tack!
pt-place-status-expired = Ansökningstiden är slut
pt-place-status-hidden = Dold
pt-place-hidden = Den här annonsen syns inte längre.

pt-form-now = Nu
pt-form-multi-hint = Välj ett eller flera alternativ och tryck till sist på Klar. Du kan också skriva dem själv, med kommatecken emellan.
pt-form-check = Titta igenom en gång till – stämmer allt?
pt-form-profile-after = När du skickar presentationen granskar nätverkets personal den och publicerar den sedan i portalen.
pt-button-done = Klar
pt-button-keep = Behåll som det är
pt-button-confirm = Skicka
pt-button-approve = Godkänn och publicera
pt-button-edit = Ändra presentationen
pt-button-still-current = Uppgifterna är aktuella
pt-button-filled = Platsen är tillsatt – stäng
pt-button-all = Visa alla

pt-ask-about = Vad gör din organisation? Berätta med några korta meningar så att vem som helst förstår. Högst { $max } tecken.
pt-ask-target-groups = Vem är er verksamhet till för?
pt-ask-activities = Vad för slags verksamhet har ni? (Du kan hoppa över det här.)
pt-ask-services = Vad mer har ni? Berätta med egna ord, till exempel ”lunch på vardagar, loppis, datakurser”. (Du kan hoppa över det här.)
pt-ask-municipalities = I vilka kommuner finns ni?
pt-ask-premises = Var finns ni och när har ni öppet? Till exempel ”Harjulagatan 1, Lahtis. Mån–fre 9–15”. (Du kan hoppa över det här.)
pt-ask-contact = Hur når man organisationen? Skriv organisationens offentliga kontaktuppgifter: telefon, e-post, webbplats. Bara organisationens egna uppgifter – inga privatpersoners.
pt-ask-languages = På vilka språk kan ni ta emot folk? (Du kan hoppa över det här.)
pt-ask-accessibility = Tillgänglighet: hur kommer man in och vilket stöd finns? Till exempel ”ingång utan trappor, hörslinga”. (Du kan hoppa över det här.)
pt-ask-kind = Vad för slags plats har ni ledig?
pt-ask-place-title = Ge platsen ett kort namn, till exempel ”Kaféarbetare på Ekokahvila”. Högst { $max } tecken.
pt-ask-tasks = Vad får man göra på platsen? (Du kan hoppa över det här.)
pt-ask-place-for = Vem passar platsen särskilt bra för? (Du kan hoppa över det här.)
pt-ask-place-municipality = I vilken kommun finns platsen?
pt-ask-hours = Hur många timmar i veckan? Skriv ett tal eller välj en knapp. (Du kan hoppa över det här.)
pt-ask-start = När börjar platsen? Skriv ett datum, till exempel 1.2.2027, eller tryck på knappen om platsen börjar genast.
pt-ask-ends = Hur länge ska annonsen synas? Skriv ett datum eller ett antal dagar. Sedan försvinner annonsen av sig själv.
pt-ask-apply = Hur söker man platsen? Skriv en kontaktuppgift eller en kort anvisning. Hoppar du över det här visar annonsen kontaktuppgifterna från er presentation.

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
pt-error-short = Berätta lite mer. Nu har texten { $length } tecken, det behövs minst { $min }.
pt-error-long = Lite för långt: { $length } tecken, men högst { $max } ryms.
pt-error-choice = Jag känner inte igen det alternativet. Välj en knapp eller skriv alternativets namn.
pt-error-choose-one = Välj minst ett.
pt-error-hours = Skriv antalet timmar som ett tal, 1–40 timmar i veckan.
pt-error-days = Annonsen kan synas högst { $max } dagar.
pt-error-no-organisation = Berätta först vilken organisation du kommer från: /organisation
pt-error-already-approved = Den här presentationen är redan godkänd.
pt-error-outdated = Det har kommit en nyare version av presentationen. Godkänn den.
pt-error-not-open = Platsen är inte längre ledig.

pt-profile-sent = Tack! Presentationen har skickats till nätverkets personal för godkännande.
pt-profile-sent-after = När personalen har godkänt den syns den i portalen. Du får ett meddelande om det.
pt-profile-published = Din organisations presentation i portalen:
pt-profile-waiting = En ny version väntar på att personalen godkänner den.
pt-confirmed = Tack! Jag har antecknat att presentationen är aktuell.
pt-approved-dm = { $organisation } har fått sin presentation godkänd. Den syns nu i portalen.
pt-approved-staff = { $name } godkände presentationen av { $organisation }. Den är nu publicerad.
pt-approved-toast = Publicerad!
pt-staff-new = Ny presentation att godkänna: { $organisation } (skickad av { $name })
pt-staff-changed = Ändrad presentation att godkänna: { $organisation } (skickad av { $name })
pt-stale-dm = Presentationen av { $organisation } i portalen har inte uppdaterats på ett år. Stämmer uppgifterna fortfarande?
pt-stale-staff = Presentationen av { $organisation } har inte uppdaterats på ett år, och ingen har svarat på påminnelsen. Kunde ni kontakta organisationen?

pt-place-created = Tack! Platsen har skickats till nätverkets personal för godkännande. När den är godkänd syns den för nätverket och i portalen (om din organisations presentation är publicerad). Du får ett meddelande.
pt-place-closed = Platsen ”{ $title }” är stängd. Vad bra att den blev tillsatt!
pt-list-title = Lediga platser ({ $count })
pt-list-filters = Urval
pt-list-empty = Just nu finns det inga lediga platser som passar ditt urval.
pt-list-hint = Du kan göra ett urval, till exempel /places arbetsprövning Hollola. Din egen lediga plats anmäler du med /place.
pt-dg-places-title = Nya lediga platser ({ $count })
pt-dg-places-hint = Alla lediga platser: /places. Hitta en passande plats för en klient: /refer

pt-cmd-find = Sök organisationer och lediga platser
pt-cmd-refer = Hitta en plats för en klient
pt-find-usage = Skriv sökorden efter kommandot, till exempel /find unga djur Hollola. Skriver du namnet på en kommun söker jag bara i den kommunen.
pt-find-title = Sökning ”{ $words }”: { $count ->
    [one] 1 träff
   *[other] { $count } träffar
  }
pt-find-elsewhere = Inget hittades i { $municipality } – men de här finns på andra orter:
pt-find-none = Sökningen ”{ $words }” gav inga träffar.
pt-find-none-hint = Pröva andra ord. Du kan också berätta om klientens situation med /refer. Nätverkets personal hjälper gärna till.

pt-age-young = Under 30 år
pt-age-adult = 30–54 år
pt-age-older = 55 år eller äldre
pt-cap-few = Några timmar i veckan (högst 10 h)
pt-cap-part = Deltid (högst 25 h)
pt-cap-full = Heltid
pt-cap-unsure = Inte känt ännu
pt-ask-age = Berätta om klientens situation, men skriv inte namnet eller något annat som gör att man känner igen hen. Hur gammal är hen?
pt-ask-client-municipality = I vilken kommun bor hen?
pt-ask-interests = Vad är hen intresserad av? (Du kan hoppa över det här.)
pt-ask-words = Du kan också beskriva intressena med egna ord, till exempel ”djur, matlagning”. Inga namn och inget annat som gör att man känner igen hen. (Du kan hoppa över det här.)
pt-ask-capacity = Hur mycket orkar eller hinner hen vara med?
pt-ask-language = Vilket språk använder hen helst?
pt-ask-situation = Finns det något annat att ta hänsyn till? (Du kan hoppa över det här.)
pt-refer-good = De här passar bäst ({ $count }):
pt-refer-nearest = Inget passar helt och hållet. Här är de som ligger närmast:
pt-refer-nothing = Det finns ännu inga passande organisationer eller platser i portalen.
pt-refer-why = Varför
pt-why-works-in = finns i { $municipality }
pt-why-place-in = platsen finns i { $municipality }
pt-why-for = avsedd för: { $groups }
pt-why-everyone = öppen för alla
pt-why-activities = verksamhet: { $activities }
pt-why-words = passar orden ”{ $words }”
pt-why-hours = { $hours } h/vecka passar hens ork
pt-why-language = tar emot på { $language }
pt-refer-staff-offer = Du får hjälp ändå: nätverkets personal hjälper dig att hitta en plats. Tryck på knappen så hör de av sig.
pt-refer-staff-also = Om de här inte passar hjälper nätverkets personal gärna till.
pt-button-ask-staff = Be personalen om hjälp
pt-refer-staff-title = { $who } söker en plats för en klient
pt-refer-staff-body = Kan ni höra av er och hjälpa till att hitta en passande plats? (Inget som gör att man känner igen klienten har sparats.)
pt-refer-staff-sent = Din begäran har skickats till nätverkets personal. De hör av sig till dig.

help-section-portal = Organisationer och lediga platser
help-portal = /find – sök organisationer och platser, till exempel /find unga djur Hollola.
    /refer – berätta om en klients situation utan namn eller annat som gör att man känner igen hen, så föreslår jag platser som kan passa.
    /places – lediga platser för arbetsprövning, lönesubvention och annat.
    /place – anmäl en ledig plats hos din organisation.
    /profile – din organisations presentation i portalen: fyll i eller uppdatera.
pt-place-status-pending = Väntar på godkännande
pt-place-approved-dm = Din platsannons ”{ $title }” är godkänd och syns nu för nätverket.
pt-button-hide = Dölj
pt-button-unpublish = Dölj från portalen
pt-hidden-toast = Dold
pt-error-not-pending = Platsen är redan behandlad.
pt-error-not-published = Presentationen är inte publicerad.
pt-profile-unpublished = Organisationen { $organisation }s presentation är dold från portalen.
pt-place-hidden-staff = Plats { $title } är dold och dess texter har tagits bort.
pt-cmd-hide = För personalen: dölj en plats eller en organisations presentation från portalen
pt-hide-usage = Skriv till exempel /piilota paikka 12 eller /piilota jarjesto 5 (numret finns i portalens adress, som /paikat/12).
pt-error-no-place = Jag hittar inte den platsen.
