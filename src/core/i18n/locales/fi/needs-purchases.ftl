pu-below-title = Kurssi ei enää toteudu näillä paikoilla
pu-below = Yhteishankinta ”{ $course }” (#{ $id }) putosi alle vähimmäismäärän: paikkoja on nyt { $committed }, tarvitaan { $min }. Kurssi toteutuu, jos paikkoja tulee lisää { $deadline } mennessä – muuten se perutaan, eikä kukaan maksa mitään.
pu-need-updated = Päivitin järjestösi { $organisation } aiemman tarpeen: { $seats ->
        [one] 1 paikka
       *[other] { $seats } paikkaa
    } kurssille { $course } { $date } mennessä ({ $municipality }). Samaa kurssia lasketaan samalle ajalle vain kerran.
pu-error-flood = Järjestösi on julkaissut jo { $limit } yhteishankintaa viimeisen vuorokauden aikana. Uuden voi julkaista huomenna – tai kerro verkoston koordinaattorille, jos tarve on kiireellinen.
pu-own-needs-title = Järjestösi tarpeet
pu-own-need-line = #{ $id } { $course }: { $seats ->
        [one] 1 paikka
       *[other] { $seats } paikkaa
    } { $date } mennessä ({ $municipality })
pu-own-needs-hint = Voit muuttaa tai poistaa tarpeen alta. Uusi tarve yhdellä rivillä: /tarve hygieniapassi 6 31.3.2027 Lahti
pu-button-need-change = Muuta #{ $id }
pu-button-need-delete = Poista #{ $id }
pu-button-need-new = Uusi tarve
pu-need-deleted = Tarve #{ $id } poistettu. Se ei enää näy muille eikä lasketa yhteishankintoihin.
