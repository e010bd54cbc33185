dg-cmd-subscribe = Prenumerera på veckosammandraget privat
dg-cmd-unsubscribe = Sluta prenumerera på veckosammandraget
dg-cmd-digest = Veckosammandrag: förhandsvisa eller skicka nu (personal)
dg-start-button = Prenumerera på veckosammandraget
dg-subscribed = Fint! Du får nu varje vecka ett sammandrag av nätverkets förfrågningar och gemensamma inköp. Du kan sluta när du vill: /unsubscribe
dg-already-subscribed = Du prenumererar redan. Du kan sluta med /unsubscribe.
dg-unsubscribed = Okej, du får inte längre veckosammandraget. Du kan prenumerera igen: /subscribe
dg-not-subscribed = Du prenumererar inte. Prenumerera med /subscribe.
dg-title = Veckosammandrag { $from }–{ $to }
dg-own-title = Dina egna
dg-own-request = Din förfrågan
dg-own-purchase = Ditt inköp
dg-offers = { $count ->
    [0] inga erbjudanden ännu
    [one] 1 erbjudande om hjälp
   *[other] { $count } erbjudanden om hjälp
}
dg-no-offers-yet = { $days ->
    [0] inga erbjudanden ännu (lämnad i dag)
    [one] inga erbjudanden ännu (har väntat 1 dag)
   *[other] inga erbjudanden ännu (har väntat { $days } dagar)
}
dg-waiting-title = Väntar på hjälp ({ $count })
dg-waiting-days = { $days ->
    [0] lämnad i dag
    [one] har väntat 1 dag
   *[other] har väntat { $days } dagar
}
dg-waiting-hint = Kan du hjälpa? Skriv /open och erbjud din hjälp.
dg-fresh-title = Nya förfrågningar den här veckan ({ $count })
dg-resolved-title = Lösta den här veckan ({ $count }) – tack!
dg-resolved-helpers = { $count ->
    [0] löst
    [one] 1 hjälpare
   *[other] { $count } hjälpare
}
dg-purchases-open-title = Gemensamma inköp med plats kvar ({ $count })
dg-purchase-missing = { $committed }/{ $min } platser, { $missing } saknas
dg-purchase-tipped-state = blir av, { $seats ->
        [one] 1 plats
       *[other] { $seats } platser
    }
dg-deadline = anmäl senast { $date }
dg-purchases-hint = Var med: /purchases
dg-purchases-done-title = Gemensamma inköp den här veckan
dg-tipped-item = blir av! { $seats ->
        [one] 1 plats
       *[other] { $seats } platser
    } tillsammans
dg-cancelled-item = inställt
dg-needs-title = Söker partner till en kurs ({ $count })
dg-need-item = { $seats ->
        [one] 1 plats
       *[other] { $seats } platser
    }, { $who }, { $place }, behövs senast { $date }
dg-needs-hint = Samma behov? Skriv /need så köper vi tillsammans.
dg-numbers-title = Veckans siffror:
dg-numbers = förfrågningar { $asked }, lösta { $resolved }, platser i gemensamma inköp { $seats }.
dg-numbers-saved = Genom att köpa tillsammans sparades { $euros } jämfört med att köpa ensam.
dg-more = …och { $count } till.
dg-anonymous = anonym
dg-municipality-other = annan kommun
dg-footer-group = Du kan också få sammandraget privat: skriv /subscribe till mig.
dg-footer-private = Du får det här sammandraget eftersom du prenumererar. Sluta: /unsubscribe
dg-button-unsubscribe = Sluta prenumerera
dg-usage = Veckosammandrag: /kooste esikatselu visar nästa sammandrag, /kooste laheta skickar veckans sammandrag nu (ingen får det två gånger).
dg-preview-header = Förhandsvisning – detta skickades inte. Sammandraget skickas { $when } ({ $count } mottagare).
dg-preview-after = Veckans sammandrag skickades redan { $date } ({ $sent } mottagare). Nedan nästa sammandrag enligt uppgifterna hittills.
dg-preview-after-empty = Veckans sammandrag skickades inte eftersom ingenting hände. Nedan nästa sammandrag enligt uppgifterna hittills.
dg-preview-empty = Obs: ingenting hände under perioden, så inget sammandrag skickas.
dg-preview-when-now = genast
dg-send-done = Veckans sammandrag: skickat { $sent }, överhoppat { $skipped }, misslyckat { $failed }, väntar { $pending }.
dg-send-already = Veckans sammandrag skickades redan { $date } ({ $sent } mottagare). Ingen får det två gånger.
dg-send-empty = Ingenting hände den här veckan, så inget sammandrag skickades.
dg-send-unavailable = Det går inte att skicka från den här processen (ingen anslutning till meddelandetjänsterna). Sammandraget skickas enligt schemat.
dg-staff-migrated = Veckosammandrag: Telegramgruppen { $old } blev supergruppen { $new }. Id:t uppdaterades och sammandraget skickades till den nya gruppen.
