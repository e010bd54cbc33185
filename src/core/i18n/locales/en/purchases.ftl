## Joint purchases: needs, buying courses together, seats, waiting list and cost split

cmd-need = Tell which course your organisation needs
cmd-purchase = Propose a joint purchase
cmd-purchases = Open joint purchases
cmd-coursetype = Course types (staff can add)

pu-no-organisation = First tell me which organisation you are with: type /organisation. Needs and seats are always recorded in an organisation's name.
pu-datetime = { $date } at { $time }

## Needs

pu-need-ask-course = Which course does your organisation need? Choose below or type the course name.
pu-need-ask-seats = Roughly how many participants would you have? Type a number, for example 6.
pu-need-ask-by = By when should the course be done? Type a date, for example 31.3.2027.
pu-need-ask-municipality = In which municipality? Choose below or type its name.
pu-need-format = You can also give the need on one line: /need hygieniapassi 6 31.3.2027 Lahti (course, participants, by when, municipality). Plain /need asks one thing at a time.
pu-need-format-short = Something is missing. Give the course, the number of participants and the date.
pu-err-course = Type the course name (at least 3 characters) or choose a course from the list.
pu-need-saved = Saved: { $organisation } needs { $course } for { $seats ->
        [one] 1 participant
       *[other] { $seats } participants
    } by { $date } ({ $municipality }).
pu-need-no-matches = Nobody else has the same need yet. I will tell you as soon as another organisation needs the same course.
pu-need-matches-title = These need the same course too:
pu-need-match-line = • { $organisation }: { $seats } people by { $date } ({ $municipality })
pu-need-not-enough = { $seats ->
        [one] 1 participant
       *[other] { $seats } participants
    } together – a course usually needs at least { $min }. I will tell you when there are enough.
pu-need-match = Good news! { $organisation } needs the same course: { $course } for { $seats ->
        [one] 1 participant
       *[other] { $seats } participants
    } by { $date } ({ $municipality }).
pu-proposal = Together you are { $seats } – enough for a course (usually at least { $min }). Shall we start a joint purchase? One tap is enough; I will ask you the rest.
pu-button-propose = Start a joint purchase
pu-proposal-start = Let's start! Course: { $course }. The needs of { $organisations } organisations, { $seats ->
        [one] 1 participant
       *[other] { $seats } participants
    } in all. At least { $min } seats, at most { $max }. When you publish the purchase, I will invite the others.
pu-proposal-already = A joint purchase has already been started for this (#{ $id }). Join it:
pu-proposal-gone = This need is no longer open.

## The purchase form

pu-form-intro = Let's make a joint purchase! I will ask one thing at a time. You can stop any time: /cancel. Tip: /purchase help shows how to do it all on one line.
pu-form-help-title = A joint purchase on one line
pu-form-help = You can write the whole purchase in one message. First type /purchase. After it, type each detail like this: the detail's name, an = sign and the value. For example min=15 means the course happens when at least 15 participants join.
    These are always needed:
    • name – the course's name
    • min – the smallest number of participants for the course to happen
    • max – the largest number of participants
    • price – the price of the whole course in euros. Or seatprice – the price for one participant.
    • deadline – the last day for organisations to join
    You can add these:
    • type – the course type, for example hygieniapassi
    • provider – who runs the course
    • date – the day of the course
    • place – where the course is held
    • cap – how many seats one organisation may take at most
    • solo – what a seat would cost if the organisation bought the course alone
    In euros you can use a comma or a point, for example 45.50. If you type just /purchase, I ask one thing at a time.
pu-form-example = Example: /purchase name=Security guard training min=15 max=15 price=1800 deadline=31.1.2027 place=Lahti
pu-form-problems = The purchase was not made yet – please fix these:
pu-err-unknown-key = I do not know these fields: { $keys }. See /purchase help.
pu-err-missing = is missing.
pu-field-name = Name
pu-field-type = Type
pu-field-provider = Provider
pu-field-min = Minimum
pu-field-max = Maximum
pu-field-price = Price
pu-field-mode = Price type
pu-field-deadline = Deadline
pu-field-date = Course date
pu-field-place = Place
pu-field-cap = Cap per organisation
pu-field-solo = Price buying alone
pu-ask-name = Which course is it? Type its name, for example Hygiene passport training.
pu-ask-type = What type of course? Choose below (or Other).
pu-ask-min = How many participants are needed at least for the course to happen? Type a number, for example 15.
pu-ask-max = How many participants fit at most? Type a number ({ $min }–500).
pu-ask-price = How much does the course cost in euros? Type the price of the whole course, for example 1800. Or type the price for one participant, for example 120 per participant.
pu-ask-mode = Is { $price } the price of the whole course or per participant?
pu-ask-deadline = By when must organisations join? Type a date, for example 31.1.2027.
pu-ask-provider = Who is the trainer or provider? (optional)
pu-ask-date = When is the course? Type a date, for example 15.2.2027. (optional)
pu-ask-place = Where is the course? (optional)
pu-ask-cap = How many seats may one organisation take at most? Type a number 1–{ $max }. (optional)
pu-ask-solo = What would one seat cost if an organisation bought the course alone? I will show the savings. (optional)
pu-button-other-type = Other
pu-button-mode-total = Whole course
pu-button-mode-seat = Per participant
pu-button-skip = Skip
pu-preview-title = Preview:
pu-preview-hint = Publish it, and the purchase appears in the network's group and on the staff channel.
pu-preview-waiting = The purchase is waiting to be published.
pu-button-publish = Publish
pu-button-details = Add details (provider, date, place…)
pu-published = Published! Purchase #{ $id } is now visible to the network.
pu-published-invited = I invited { $count ->
        [one] one organisation that had the same need.
       *[other] { $count } organisations that had the same need.
    }

## Error messages

pu-err-name = Type the course name (at least 3 characters).
pu-err-type-unknown = I do not know this course type. Choose from the list or type one of these: { $keys } – or “other”.
pu-err-seats-number = Type the number in digits, for example 6 (not in words). Allowed: { $min }–{ $max }.
pu-err-seats-whole = Type a whole number, for example 6 – there are no half participants. Allowed: { $min }–{ $max }.
pu-err-seats-range = The number must be from { $min } to { $max }.
pu-err-min-over-max = The maximum ({ $max }) cannot be smaller than the minimum ({ $min }).
pu-err-cap-over-max = The cap per organisation ({ $cap }) cannot be larger than the maximum number of seats ({ $max }).
pu-err-price-number = Type the price in euros as digits, for example 1800 or 1800.50.
pu-err-price-positive = The price must be more than €0.
pu-err-price-decimals = At most two decimals, and no dots as thousand separators: type for example 1800 or 1800.50.
pu-err-price-ambiguous = I cannot tell which mark is the decimal point. Type it without thousand separators, for example 1800.50.
pu-err-price-too-large = The price is too large (at most €1,000,000 in total). Please check the number.
pu-err-mode = Choose: whole course or per participant.
pu-err-date-format = Type the date as day.month.year, for example 31.3.2027.
pu-err-date-invalid = That day or time does not exist. Check the day, the month and the time, for example 31.3.2027 at 16.00.
pu-err-date-past = That date has already passed. Type a date in the future.
pu-err-date-far = That date is too far away: at most { $years } years ahead.
pu-err-course-date-before-deadline = The course must be after the deadline for joining.

## The post and its status

pu-post-title = Joint purchase #{ $id }:
pu-post-type = Type: { $type }
pu-post-provider = Provider: { $provider }
pu-post-seats = Seats taken: { $committed }. The course needs at least { $min } and has room for { $max }.
pu-post-deadline = Join by { $deadline }
pu-post-cap = One organisation can take at most { $cap } seats.
pu-post-waiting = Waiting list: { $count ->
        [one] one organisation
       *[other] { $count } organisations
    }, { $seats ->
        [one] one seat
       *[other] { $seats } seats
    }.
pu-status-missing = { $missing ->
        [one] 1 more participant is
       *[other] { $missing } more participants are
    } needed for the course to happen.
pu-status-tipped = The course will happen! { $left } seats still free.
pu-status-full = The course will happen and is full – you can still join the waiting list.
pu-status-ending = Joining has ended; the result comes soon.
pu-status-closed = Joining has ended: the course happens with { $seats ->
        [one] 1 participant
       *[other] { $seats } participants
    }.
pu-status-cancelled = Cancelled – the course did not come together this time.
pu-price-total = The whole course costs { $total }.
pu-price-seat-fixed = One seat costs { $price } ({ $seats ->
        [one] 1 participant
       *[other] { $seats } participants
    }).
pu-price-seat-at-min = A seat costs { $price } with { $seats ->
        [one] 1 participant
       *[other] { $seats } participants
    } – and only { $atMax } if all { $max } seats fill up.
pu-price-seat-now = A seat costs { $price } now ({ $seats ->
        [one] 1 participant
       *[other] { $seats } participants
    }) – and { $atMax } if all { $max } seats fill up.
pu-price-per-seat = { $price } per participant.
pu-price-saving = Buying alone, a seat would cost { $solo } – together you save { $saving } per seat ({ $best } with a full course).
pu-price-solo = Buying alone, a seat would cost { $solo }.
pu-button-join = Join
pu-button-join-waitlist = Join the waiting list

## Seats

pu-seats-ask = How many seats does { $organisation } take? Tap or type a number (at most { $max }).
pu-seats-ask-full = The course is full now. How many seats would { $organisation } like from the waiting list? Tap or type a number (at most { $cap }).
pu-seats-current-committed = { $organisation } has { $seats ->
        [one] 1 seat
       *[other] { $seats } seats
    }.
pu-seats-current-waiting = { $organisation } is on the waiting list for { $seats ->
        [one] 1 seat
       *[other] { $seats } seats
    }.
pu-seats-current-offered = { $seats ->
        [one] 1 freed seat is
       *[other] { $seats } freed seats are
    } reserved for { $organisation } – please confirm.
pu-seats-committed = Done: { $organisation } has { $seats ->
        [one] 1 seat
       *[other] { $seats } seats
    }.
pu-seats-happening = The course will happen!
pu-seats-waiting = The course is full, so { $organisation } is number { $position } on the waiting list ({ $seats ->
        [one] 1 seat
       *[other] { $seats } seats
    }). If seats free up, I offer them in the order of the waiting list.
pu-seats-offered = Only { $seats ->
        [one] 1 seat was
       *[other] { $seats } seats were
    } free. They are reserved for you until { $when } – confirm if you take them.
pu-seats-withdrawn = All right: { $organisation } is no longer taking part. The seats are free for others.
pu-seats-unchanged = No change: { $organisation } already has { $seats ->
        [one] 1 seat
       *[other] { $seats } seats
    }.
pu-seats-not-in = { $organisation } is not taking part in this purchase.
pu-seats-not-enough = There are not that many seats. Your organisation can take at most { $max } now.
pu-seats-over-cap = One organisation can take at most { $cap } seats.
pu-seats-no-offer = You have no seat offer to confirm in this purchase.
pu-seats-closed = This purchase can no longer be joined.
pu-seats-zero-hint = Type 0 if your organisation wants to withdraw.
pu-button-withdraw = Withdraw
pu-button-join-with = Join with { $seats ->
        [one] 1 seat
       *[other] { $seats } seats
    }
pu-button-choose-seats = Choose the number of seats
pu-button-confirm = Confirm { $seats ->
        [one] 1 seat
       *[other] { $seats } seats
    }
pu-button-decline = We don't need them
pu-toast-saved = Saved!

## Private messages

pu-invite = A joint purchase has started from your need ({ $seats ->
        [one] 1 participant
       *[other] { $seats } participants
    }) – will you join?
pu-offer = Good news: seats freed up! { $seats ->
        [one] 1 seat is
       *[other] { $seats } seats are
    } now reserved for your organisation from the waiting list:
pu-offer-partial = Seats freed up! { $seats ->
        [one] 1 seat is
       *[other] { $seats } seats are
    } now reserved for your organisation (you asked for { $wanted }):
pu-offer-confirm-by = Confirm by { $when }, or the seats pass to the next on the waiting list.
pu-offer-expired = The seat offer expired, so the seats passed to the next on the waiting list. You can join the waiting list again:
pu-tipped-title = The course will happen!
pu-tipped = The minimum of { $min } participants has been reached:
pu-tipped-next = Joining continues until { $deadline }. After that I send every organisation its share of the price.
pu-closed-title = The joint purchase is complete – costs split
pu-closed-total = { $total } in total ({ $seats ->
        [one] 1 participant
       *[other] { $seats } participants
    }). Shares by seats, to the cent:
pu-split-line = { $organisation }: { $seats ->
        [one] 1 seat
       *[other] { $seats } seats
    } – { $share }
pu-closed-your-share = Your organisation's share: { $share } ({ $seats ->
        [one] 1 seat
       *[other] { $seats } seats
    }).
pu-cancelled-title = The joint purchase was cancelled
pu-cancelled-deadline = By the deadline { $committed } participants had joined, but the course needs at least { $min }.
pu-cancelled-organiser = The organiser cancelled the purchase.
pu-cancelled-nothing-owed = Nobody has to pay anything.
pu-no-seat = Joining has ended and no seat freed up for you from the waiting list this time. Nobody has to pay anything.

## The organiser

pu-organiser-only = Only the organiser of the purchase or the network's staff can do this.
pu-not-found = I cannot find this purchase. See the open ones: /purchases
pu-button-csv = Participant list (CSV)
pu-button-close = Close joining
pu-button-cancel = Cancel the purchase
pu-button-cancel-yes = Yes, cancel the purchase
pu-cancel-confirm = Do you really want to cancel purchase #{ $id } ({ $course })? I will tell everyone who joined.
pu-cancel-done = Purchase #{ $id } was cancelled. I told everyone who had joined.
pu-close-done = Joining of purchase #{ $id } was closed. I sent the cost split to every organisation and the participant list to you.
pu-close-below-min = The minimum has not been reached yet ({ $committed }/{ $min }), so joining cannot be closed. You can wait for the deadline or cancel the purchase.
pu-csv-ready = Here is the participant list of purchase #{ $id }.
pu-csv-caption = Joint purchase #{ $id }: participants
pu-csv-organisation = Organisation
pu-csv-seats = Seats
pu-csv-contact = Contact person
pu-csv-platform = Platform
pu-csv-status = Status
pu-csv-share = Share (€)
pu-seat-status-committed = joined
pu-seat-status-waiting = waiting
pu-seat-status-offered = offered

## Lists

pu-list-title = Open joint purchases
pu-list-empty = There are no open joint purchases now. Propose one: /purchase – or tell your need: /need
pu-mine-purchases = Your organisation's joint purchases
pu-mine-needs = Your organisation's course needs
pu-mine-seat-committed = { $seats ->
        [one] 1 seat
       *[other] { $seats } seats
    }
pu-mine-seat-waiting = waiting ({ $seats ->
        [one] 1 seat
       *[other] { $seats } seats
    })
pu-mine-seat-offered = { $seats ->
        [one] 1 seat
       *[other] { $seats } seats
    } waiting for confirmation
pu-mine-seat-none = as organiser
pu-mine-status-open = open
pu-mine-status-tipped = will happen
pu-mine-status-closed = complete
pu-mine-status-cancelled = cancelled
pu-mine-need-line = • { $course }: { $seats } people by { $date } ({ $municipality })
pu-mine-need-purchase = – purchase #{ $id }

## Course types

pu-types-title = Course types
pu-types-min = (usually at least { $min } participants)
pu-types-add-hint = Add or change: /coursetype key Name minimum, for example /coursetype anniskelu Alcohol licence passport 10
pu-types-invalid = Type: /coursetype key Name minimum. The key has lowercase a–z, digits, - or _ (2–24 characters).
pu-types-added = Added course type { $key }: { $name } (usually at least { $min }).
pu-types-updated = Updated course type { $key }: { $name } (usually at least { $min }).
pu-err-solo-below = Bought alone, a seat cannot be cheaper than together (€{ $pooled } per seat) – then pooling saves nothing. Please check the price or skip it.
pu-err-solo-too-high = The solo price per seat is implausibly high (at most { $ratio } times the pooled price, i.e. €{ $max }). Please check the number.
