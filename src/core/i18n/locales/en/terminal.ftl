# The terminal adapter's own labels: where a printed message went.
terminal-where-community = community group
terminal-where-staff = staff channel
terminal-where-private = private message → { $chat }
terminal-edited = edited
