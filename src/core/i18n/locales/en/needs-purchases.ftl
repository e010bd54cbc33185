pu-below-title = The course no longer happens with these seats
pu-below = The joint purchase “{ $course }” (#{ $id }) fell below its minimum: { $committed } seats now, { $min } needed. The course happens if more seats come by { $deadline } – otherwise it is cancelled and nobody pays anything.
pu-need-updated = I updated your organisation { $organisation }'s earlier need: { $seats } seats for { $course } by { $date } ({ $municipality }). The same course for the same time is counted only once.
