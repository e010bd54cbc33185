cmd-mydata = Näe, mitä sinusta on tallennettu
cmd-deletedata = Poista tietosi
md-export-intro = Tässä kaikki, mitä sinusta on tallennettu (JSON-tiedosto).
md-delete-confirm-title = Poistetaanko tietosi?
md-delete-yes = Kyllä, poista
md-delete-no = Ei, pidä tiedot
md-delete-kept = Hyvä, tietosi pysyvät ennallaan.
