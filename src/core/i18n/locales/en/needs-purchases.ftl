pu-below-title = The course no longer happens with these seats
pu-below = The joint purchase “{ $course }” (#{ $id }) fell below its minimum: { $committed } seats now, { $min } needed. The course happens if more seats come by { $deadline } – otherwise it is cancelled and nobody pays anything.
pu-need-updated = I updated your organisation { $organisation }'s earlier need: { $seats ->
        [one] 1 seat
       *[other] { $seats } seats
    } for { $course } by { $date } ({ $municipality }). The same course for the same time is counted only once.
pu-error-flood = Your organisation has already published { $limit } joint purchases in the last 24 hours. You can publish a new one tomorrow – or tell the network's coordinator if it is urgent.
pu-own-needs-title = Your organisation's needs
pu-own-need-line = #{ $id } { $course }: { $seats ->
        [one] 1 seat
       *[other] { $seats } seats
    } by { $date } ({ $municipality })
pu-own-needs-hint = You can change or delete a need below. A new need in one line: /need hygieniapassi 6 31.3.2027 Lahti
pu-button-need-change = Change #{ $id }
pu-button-need-delete = Delete #{ $id }
pu-button-need-new = New need
pu-need-deleted = Need #{ $id } deleted. Others no longer see it and it no longer counts towards joint purchases.
