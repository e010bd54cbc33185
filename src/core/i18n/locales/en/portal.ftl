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
pt-tg-substance_recovery = People recovering from substance use
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
pt-start-now = now, or when agreed
pt-until = until { $date }

pt-place-status-open = Open
pt-place-status-filled = Filled – thank you!
pt-place-status-expired = Applications have closed
pt-place-status-hidden = Hidden
pt-place-hidden = This announcement is no longer shown.

pt-form-now = Now
pt-form-multi-hint = Choose one or more, then press Done. You can also type them yourself, with commas in between.
pt-form-check = Have one more look – is everything right?
pt-form-profile-after = When you send the profile, the network's staff check it and then publish it in the portal.
pt-button-done = Done
pt-button-keep = Keep as it is
pt-button-confirm = Send
pt-button-approve = Approve and publish
pt-button-edit = Edit the profile
pt-button-still-current = Yes, it is up to date
pt-button-filled = Place filled – close
pt-button-all = Show all

pt-ask-about = What does your organisation do? Tell it in a few short sentences that anyone can understand. At most { $max } characters.
pt-ask-target-groups = Who are your activities for?
pt-ask-activities = What kind of activities do you have? (You can skip this.)
pt-ask-services = What else do you offer? Tell it in your own words, for example “lunch on weekdays, flea market, computer courses”. (You can skip this.)
pt-ask-municipalities = In which municipalities do you work?
pt-ask-premises = Where are you, and when are you open? For example “Harjulankatu 1, Lahti. Mon–Fri 9–15”. (You can skip this.)
pt-ask-contact = How can people reach your organisation? Write its public contact details: phone, e-mail, website. Only the organisation's own details – never a private person's.
pt-ask-languages = Which languages can you serve people in? (You can skip this.)
pt-ask-accessibility = Accessibility: how do people get in, and what support is there? For example “step-free entrance, hearing loop”. (You can skip this.)
pt-ask-kind = What kind of place do you have open?
pt-ask-place-title = Give the place a short name, for example “Café worker at Ekokahvila”. At most { $max } characters.
pt-ask-tasks = What will the person do there? (You can skip this.)
pt-ask-place-for = Who would the place suit especially well? (You can skip this.)
pt-ask-place-municipality = Which municipality is the place in?
pt-ask-hours = How many hours a week? Type a number or press a button. (You can skip this.)
pt-ask-start = When does the place start? Type a date, for example 1.2.2027, or press the button if it starts now.
pt-ask-ends = How long should the announcement be shown? Type a date or a number of days. After that it disappears by itself.
pt-ask-apply = How do people apply? Write a contact or short instructions. If you skip this, the announcement shows the contact details from your profile.

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
pt-error-short = Please tell a little more. The text has { $length } characters now; it needs at least { $min }.
pt-error-long = A little too long: { $length } characters, and at most { $max } fit.
pt-error-choice = I did not recognise that choice. Press a button or type the name of the choice.
pt-error-choose-one = Choose at least one.
pt-error-hours = Type the hours as a number, 1 to 40 hours a week.
pt-error-days = The announcement can be shown for at most { $max } days.
pt-error-no-organisation = First tell us which organisation you are from: /organisation
pt-error-already-approved = This profile has already been approved.
pt-error-outdated = A newer version of this profile has come in. Approve that one.
pt-error-not-open = The place is no longer open.

pt-profile-sent = Thank you! The profile has been sent to the network's staff for approval.
pt-profile-sent-after = Once the staff have approved it, it appears in the portal. You will get a message.
pt-profile-published = Your organisation's profile in the portal:
pt-profile-waiting = A new version is waiting for the staff to approve it.
pt-confirmed = Thank you! I have noted that the profile is up to date.
pt-approved-dm = The profile of { $organisation } has been approved and is now in the portal.
pt-approved-staff = { $name } approved the profile of { $organisation }. It is now published.
pt-approved-toast = Published!
pt-staff-new = New profile to approve: { $organisation } (sent by { $name })
pt-staff-changed = Changed profile to approve: { $organisation } (sent by { $name })
pt-stale-dm = The portal profile of { $organisation } has not been updated for a year. Is everything in it still right?
pt-stale-staff = The profile of { $organisation } has not been updated for a year, and nobody has answered the reminder. Could you contact the organisation?

pt-place-created = Thank you! The place has been sent to the network staff for approval. Once approved, it is shown to the network and in the portal (if your organisation's profile is published). You will get a message.
pt-place-closed = The place “{ $title }” is closed. Great that it was filled!
pt-list-title = Open places ({ $count })
pt-list-filters = Filters
pt-list-empty = There are no open places with these filters right now.
pt-list-hint = You can narrow the list, for example /places work trial Hollola. To announce your own open place: /place
pt-dg-places-title = New open places ({ $count })
pt-dg-places-hint = All open places: /places. Find a place that fits a client: /refer

pt-cmd-find = Find organisations and open places
pt-cmd-refer = Find a place that fits a client
pt-find-usage = Type your search words after the command, for example /find young people animals Hollola. If you type the name of a municipality, I search only there.
pt-find-title = Search “{ $words }”: { $count ->
    [one] 1 result
   *[other] { $count } results
  }
pt-find-elsewhere = Nothing in { $municipality } – but these are in other places:
pt-find-none = Nothing found for “{ $words }”.
pt-find-none-hint = Try other words. You can also describe the client's situation with /refer. The network's staff are glad to help.

pt-age-young = Under 30
pt-age-adult = 30–54
pt-age-older = 55 or older
pt-cap-few = A few hours a week (up to 10 h)
pt-cap-part = Part time (up to 25 h)
pt-cap-full = Full time
pt-cap-unsure = Not known yet
pt-ask-age = Tell me about the client's situation, but do not give a name or anything else that could identify them. How old are they?
pt-ask-client-municipality = Which municipality do they live in?
pt-ask-interests = What interests them? (You can skip this.)
pt-ask-words = You can also describe their interests in your own words, for example “animals, cooking”. No names and nothing else that could identify them. (You can skip this.)
pt-ask-capacity = How much can they manage, or how much time do they have?
pt-ask-language = Which language do they prefer?
pt-ask-situation = Is there anything else worth keeping in mind? (You can skip this.)
pt-refer-good = These fit best ({ $count }):
pt-refer-nearest = Nothing fits in every way. Here are the closest options:
pt-refer-nothing = There are no fitting organisations or places in the portal yet.
pt-refer-why = Why
pt-why-works-in = works in { $municipality }
pt-why-place-in = the place is in { $municipality }
pt-why-for = meant for: { $groups }
pt-why-everyone = open to everyone
pt-why-activities = activities: { $activities }
pt-why-words = matches the words “{ $words }”
pt-why-hours = { $hours } h/week suits what they can manage
pt-why-language = serves in { $language }
pt-refer-staff-offer = You can still get help: the network's staff will help find a place. Press the button and they will contact you.
pt-refer-staff-also = If these do not fit, the network's staff are glad to help.
pt-button-ask-staff = Ask the staff for help
pt-refer-staff-title = { $who } is looking for a place for a client
pt-refer-staff-body = Could you get in touch and help find a place that fits? (Nothing that could identify the client has been stored.)
pt-refer-staff-sent = Your request has gone to the network's staff. They will contact you.

help-section-portal = Organisations and open places
help-portal = /find – search organisations and places, for example /find young people animals Hollola.
    /refer – describe a client's situation without a name or anything else that could identify them, and I suggest places that could fit.
    /places – open work-trial, wage-subsidy and other places.
    /place – announce an open place at your organisation.
    /profile – your organisation's profile in the portal: fill it in or update it.
pt-place-status-pending = Waiting for approval
pt-place-approved-dm = Your place “{ $title }” has been approved and is now shown to the network.
pt-button-hide = Hide
pt-button-unpublish = Hide from the portal
pt-hidden-toast = Hidden
pt-error-not-pending = The place has already been handled.
pt-error-not-published = The profile is not published.
pt-profile-unpublished = The profile of { $organisation } is hidden from the portal.
pt-place-hidden-staff = Place { $title } is hidden and its texts removed.
pt-cmd-hide = For staff: hide a place or an organisation's profile from the portal
pt-hide-usage = Type for example /hide place 12 or /hide profile 5 (the number is in the portal address, as in /paikat/12).
pt-error-no-place = I can't find that place.
