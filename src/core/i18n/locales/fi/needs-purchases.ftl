pu-below-title = Kurssi ei enää toteudu näillä paikoilla
pu-below = Yhteishankinta ”{ $course }” (#{ $id }) putosi alle vähimmäismäärän: paikkoja on nyt { $committed }, tarvitaan { $min }. Kurssi toteutuu, jos paikkoja tulee lisää { $deadline } mennessä – muuten se perutaan, eikä kukaan maksa mitään.
pu-need-updated = Päivitin organisaatiosi { $organisation } aiemman tarpeen: { $seats } paikkaa kurssille { $course } { $date } mennessä ({ $municipality }). Samaa kurssia lasketaan samalle ajalle vain kerran.
