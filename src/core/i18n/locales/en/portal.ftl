pt-cmd-places = Open work-trial, wage-subsidy and other places
pt-cmd-place = Announce an open place
pt-cmd-profile = Your organisation's profile in the portal

pt-tg-youth = Young people
pt-tg-long_term_unemployed = Long-term unemployed
pt-tg-immigrants = Immigrants
pt-tg-older_people = Older people
pt-tg-disabilities = People with disabilities
pt-tg-families = Families
pt-tg-mental_health = People in mental-health rehabilitation
pt-tg-substance_recovery = People recovering from substance abuse
pt-tg-everyone = Everyone

pt-act-food = Food and café
pt-act-recycling = Recycling
pt-act-crafts = Crafts
pt-act-outdoors = Outdoor work and environment
pt-act-animals = Animals
pt-act-care = Care and older people
pt-act-it = IT
pt-act-guidance = Guidance and advice
pt-act-sports = Sports and exercise
pt-act-culture = Culture and art
pt-act-repair = Repair and building
pt-act-cleaning = Cleaning
pt-act-office = Office work
pt-act-courses = Courses and training
pt-act-peer_support = Peer support
pt-act-transport = Transport

pt-kind-work_trial = Work trial
pt-kind-wage_subsidy = Wage subsidy
pt-kind-rehabilitative = Rehabilitative work activity
pt-kind-volunteering = Volunteering
pt-kind-apprenticeship = Apprenticeship

pt-lang-fi = Finnish
pt-lang-sv = Swedish
pt-lang-en = English
pt-lang-ru = Russian
pt-lang-et = Estonian
pt-lang-ar = Arabic
pt-lang-so = Somali
pt-lang-fa = Persian
pt-lang-ku = Kurdish
pt-lang-uk = Ukrainian
pt-lang-sgn = Sign language

pt-label-for-whom = For whom
pt-label-activities = Activities
pt-label-municipalities = Municipalities
pt-label-premises = Premises and opening hours
pt-label-contact = Contact
pt-label-languages = Languages
pt-label-accessibility = Accessibility
pt-label-hours = Hours per week
pt-label-start = Starts
pt-label-ends = Apply by
pt-label-apply = How to apply
pt-hours-value = { $hours } h/week
pt-start-now = now or by agreement
pt-until = until { $date }

pt-place-status-open = Open
pt-place-status-filled = Filled – thank you!
pt-place-status-expired = No longer open
pt-place-status-hidden = Hidden
pt-place-hidden = This announcement has been removed.

pt-form-now = Now
pt-form-multi-hint = Choose one or more, then press Done. You can also type them separated by commas.
pt-form-check = Please check – is everything right?
pt-form-profile-after = When you send the profile, the network's staff check it and publish it in the portal.
pt-button-done = Done
pt-button-keep = Keep as it is
pt-button-confirm = Send
pt-button-approve = Approve and publish
pt-button-edit = Edit the profile
pt-button-still-current = It is up to date
pt-button-filled = Place filled – close
pt-button-all = Show all

pt-ask-about = What does your organisation do? A few plain sentences (at most { $max } characters) that anyone understands.
pt-ask-target-groups = Who is your work for?
pt-ask-activities = What kind of activities do you have? (You can skip this.)
pt-ask-services = Other services or activities in your own words, e.g. "lunch on weekdays, flea market, IT courses". (You can skip this.)
pt-ask-municipalities = In which municipalities do you work?
pt-ask-premises = Where are your premises and when are you open? E.g. "Harjulankatu 1, Lahti. Mon–Fri 9–15". (You can skip this.)
pt-ask-contact = The organisation's public contact details: phone, e-mail, website. Only the organisation's own – never a private person's.
pt-ask-languages = In which languages do you serve people? (You can skip this.)
pt-ask-accessibility = Accessibility: e.g. "step-free entrance, hearing loop". (You can skip this.)
pt-ask-kind = What kind of place is open?
pt-ask-place-title = A short name for the place (at most { $max } characters), e.g. "Café worker at Ekokahvila".
pt-ask-tasks = What are the tasks? (You can skip this.)
pt-ask-place-for = Who does the place especially suit? (You can skip this.)
pt-ask-place-municipality = In which municipality is the place?
pt-ask-hours = How many hours a week? Type a number or choose. (You can skip this.)
pt-ask-start = When does it start? Type a date (e.g. 1.2.2027) or choose "now".
pt-ask-ends = Until when is it shown? Type a date or a number of days. After that it disappears by itself.
pt-ask-apply = How to apply? The organisation's contact or instructions. (Skip = the contact details of your profile.)

pt-field-kind = Place
pt-field-title = Name
pt-field-tasks = Tasks
pt-field-targetGroups = For whom
pt-field-municipality = Municipality
pt-field-hoursPerWeek = Hours per week
pt-field-startsAt = Starts
pt-field-endsAt = Shown until
pt-field-howToApply = How to apply

pt-error-empty = This needs an answer.
pt-error-short = Tell a little more: { $length } characters now, at least { $min }.
pt-error-long = A little too long: { $length } characters, at most { $max }.
pt-error-choice = I did not recognise that choice. Use the buttons or type the choice's name.
pt-error-choose-one = Choose at least one.
pt-error-hours = Type the hours per week as a number from 1 to 40.
pt-error-days = At most { $max } days ahead.
pt-error-no-organisation = First tell which organisation you are from: /organisaatio
pt-error-already-approved = This profile has already been approved.
pt-error-outdated = A newer version of this profile has been sent – approve that one.
pt-error-not-open = The place is no longer open.

pt-profile-sent = Thank you! The profile has been sent to the network's staff for approval.
pt-profile-sent-after = Once approved, it appears in the portal and you get a message.
pt-profile-published = Your organisation's profile in the portal:
pt-profile-waiting = A new version is waiting for the staff's approval.
pt-confirmed = Thank you! The profile is marked as up to date.
pt-approved-dm = The profile of { $organisation } has been approved and is now in the portal.
pt-approved-staff = { $name } approved the profile of { $organisation }. It is now published.
pt-approved-toast = Published!
pt-staff-new = New profile to approve: { $organisation } (sent by { $name })
pt-staff-changed = Changed profile to approve: { $organisation } (sent by { $name })
pt-stale-dm = The portal profile of { $organisation } has not been updated for a year. Is it still right?
pt-stale-staff = The profile of { $organisation } has not been updated for a year and nobody answered the reminder. Could you get in touch?

pt-place-created = Thank you! The place is now announced to the network and shown in the portal.
pt-place-closed = The place "{ $title }" is closed. Great that it was filled!
pt-list-title = Open places ({ $count })
pt-list-filters = Filters
pt-list-empty = There are no open places with these filters right now.
pt-list-hint = Filter by typing e.g. /places work trial Hollola. To announce your own: /place
pt-dg-places-title = New open places ({ $count })
pt-dg-places-hint = All open places: /places – refer a client to a place that fits: /refer

pt-cmd-find = Find organisations and open places
pt-cmd-refer = Refer a client: which place would fit?
pt-find-usage = Type the words after the command, e.g. /find young people animals Hollola. A municipality's name limits the search to it.
pt-find-title = Search "{ $words }": { $count } found
pt-find-elsewhere = Nothing in { $municipality } – these are elsewhere:
pt-find-none = Nothing found for "{ $words }".
pt-find-none-hint = Try other words or describe the client's situation: /refer – the network's staff are glad to help too.

pt-age-young = Under 30
pt-age-adult = 30–54
pt-age-older = 55 or older
pt-cap-few = A few hours a week (up to 10 h)
pt-cap-part = Part time (up to 25 h)
pt-cap-full = Full time
pt-cap-unsure = Not known yet
pt-ask-age = Describe the client's situation – without a name or anything that identifies them. Which age group?
pt-ask-client-municipality = Which municipality do they live in?
pt-ask-interests = What interests them? (You can skip this.)
pt-ask-words = Interests in your own words, e.g. "animals, cooking". No names or anything identifying. (You can skip this.)
pt-ask-capacity = How much can they do or have time for?
pt-ask-language = Which language do they prefer?
pt-ask-situation = Anything else worth taking into account? (You can skip this.)
pt-refer-good = These fit best ({ $count }):
pt-refer-nearest = Nothing fits in every way – here are the nearest options:
pt-refer-nothing = The portal has no fitting organisations or places yet.
pt-refer-why = Why
pt-why-works-in = works in { $municipality }
pt-why-place-in = the place is in { $municipality }
pt-why-for = meant for: { $groups }
pt-why-everyone = open to everyone
pt-why-activities = activities: { $activities }
pt-why-words = matches the words "{ $words }"
pt-why-hours = { $hours } h/week fits what they can do
pt-why-language = serves in { $language }
pt-refer-staff-offer = Never just a "no": the network's staff help find a place. Press the button and they will get in touch.
pt-refer-staff-also = If these do not fit, the network's staff are glad to help.
pt-button-ask-staff = Ask the staff for help
pt-refer-staff-title = { $who } is looking for a place for a client
pt-refer-staff-body = Could you get in touch and help find a place that fits? (Nothing identifying the client has been stored.)
pt-refer-staff-sent = Your request went to the network's staff. They will get in touch.

help-section-portal = Organisations and open places
help-portal = /find – search organisations and places, e.g. /find young people animals Hollola.
    /refer – describe a client's situation without identifying them, and I tell you which places fit.
    /places – open work-trial, wage-subsidy and other places.
    /place – announce your organisation's open place.
    /profile – your organisation's profile in the portal: fill it in or update it.
