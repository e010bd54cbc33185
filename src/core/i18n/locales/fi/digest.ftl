dg-cmd-subscribe = Tilaa viikkokooste yksityisviestinä
dg-cmd-unsubscribe = Lopeta viikkokoosteen tilaus
dg-cmd-digest = Viikkokooste: esikatselu tai lähetys nyt (henkilökunta)
dg-start-button = Tilaa viikkokooste
dg-subscribed = Kiva! Saat jatkossa joka viikko koosteen verkoston pyynnöistä ja yhteishankinnoista. Tilauksen voit lopettaa milloin vain: /peru
dg-already-subscribed = Olet jo koosteen tilaaja. Lopettaa voit kirjoittamalla /peru.
dg-unsubscribed = Selvä, et saa enää viikkokoostetta. Voit tilata sen uudelleen: /tilaa
dg-not-subscribed = Et ole koosteen tilaaja. Tilata voit kirjoittamalla /tilaa.
dg-title = Viikkokooste { $from }–{ $to }
dg-own-title = Omat asiasi
dg-own-request = Pyyntösi
dg-own-purchase = Hankintasi
dg-offers = { $count ->
    [0] ei vielä tarjouksia
    [one] 1 tarjous apua
   *[other] { $count } tarjousta apua
}
dg-no-offers-yet = { $days ->
    [0] ei vielä tarjouksia (jätetty tänään)
    [one] ei vielä tarjouksia (odottanut 1 päivän)
   *[other] ei vielä tarjouksia (odottanut { $days } päivää)
}
dg-waiting-title = Odottavat apua ({ $count })
dg-waiting-days = { $days ->
    [0] jätetty tänään
    [one] odottanut 1 päivän
   *[other] odottanut { $days } päivää
}
dg-waiting-hint = Voisitko auttaa? Kirjoita /avoimet ja tarjoa apuasi.
dg-fresh-title = Uudet pyynnöt tällä viikolla ({ $count })
dg-resolved-title = Ratkaistu tällä viikolla ({ $count }) – kiitos!
dg-resolved-helpers = { $count ->
    [0] ratkesi
    [one] 1 auttaja
   *[other] { $count } auttajaa
}
dg-purchases-open-title = Yhteishankinnat, joihin mahtuu mukaan ({ $count })
dg-purchase-missing = { $committed }/{ $min } paikkaa, puuttuu { $missing }
dg-purchase-tipped-state = toteutuu, { $seats ->
        [one] 1 paikka
       *[other] { $seats } paikkaa
    }
dg-deadline = ilmoittaudu viimeistään { $date }
dg-purchases-hint = Lähde mukaan: /hankinnat
dg-purchases-done-title = Yhteishankinnat tällä viikolla
dg-tipped-item = toteutuu! { $seats ->
        [one] 1 paikka
       *[other] { $seats } paikkaa
    } yhdessä
dg-cancelled-item = peruttiin
dg-needs-title = Etsivät kumppaneita kurssille ({ $count })
dg-need-item = { $seats ->
        [one] 1 paikka
       *[other] { $seats } paikkaa
    }, { $who }, { $place }, tarve { $date } mennessä
dg-needs-hint = Sama tarve? Kirjoita /tarve, niin ostetaan yhdessä.
dg-numbers-title = Viikon luvut:
dg-numbers = pyyntöjä { $asked }, ratkaistu { $resolved }, paikkoja yhteishankinnoissa { $seats }.
dg-numbers-saved = Yhdessä ostamalla säästettiin { $euros } verrattuna yksin ostamiseen.
dg-more = …ja { $count } muuta.
dg-anonymous = nimetön
dg-municipality-other = muu kunta
dg-footer-group = Saat koosteen myös yksityisviestinä: kirjoita minulle /tilaa.
dg-footer-private = Tämä kooste tulee sinulle, koska tilasit sen. Lopeta: /peru
dg-button-unsubscribe = Lopeta tilaus
dg-usage = Viikkokooste: /kooste esikatselu näyttää tulevan koosteen, /kooste laheta lähettää tämän viikon koosteen nyt (kukaan ei saa sitä kahdesti).
dg-preview-header = Esikatselu – tätä ei lähetetty. Kooste lähtee { $when } ({ $count } vastaanottajaa).
dg-preview-after = Tämän viikon kooste lähti jo { $date } ({ $sent } vastaanottajaa). Alla seuraava kooste tähänastisten tietojen mukaan.
dg-preview-after-empty = Tämän viikon koostetta ei lähetetty, koska mitään ei tapahtunut. Alla seuraava kooste tähänastisten tietojen mukaan.
dg-preview-empty = Huom: tällä jaksolla ei tapahtunut mitään, joten koostetta ei lähetetä.
dg-preview-when-now = heti
dg-send-done = Tämän viikon kooste: lähetetty { $sent }, ohitettu { $skipped }, epäonnistui { $failed }, odottaa { $pending }.
dg-send-already = Tämän viikon kooste lähti jo { $date } ({ $sent } vastaanottajaa). Kukaan ei saa sitä kahdesti.
dg-send-empty = Tällä viikolla ei tapahtunut mitään, joten koostetta ei lähetetty.
dg-send-unavailable = Lähetys ei onnistu tästä prosessista (ei yhteyttä viestipalveluihin). Kooste lähtee ajastettuna.
dg-staff-migrated = Viikkokooste: Telegram-ryhmä { $old } muuttui superryhmäksi { $new }. Tunnus päivitettiin ja kooste lähetettiin uuteen ryhmään.
