# The terminal adapter's own labels: where a printed message went.
terminal-where-community = yhteisöryhmä
terminal-where-staff = henkilökunnan kanava
terminal-where-private = yksityisviesti → { $chat }
terminal-edited = muokattu
