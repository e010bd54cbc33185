# The terminal adapter's own labels: where a printed message went.
terminal-where-community = gemenskapsgruppen
terminal-where-staff = personalens kanal
terminal-where-private = privat meddelande → { $chat }
terminal-edited = redigerat
