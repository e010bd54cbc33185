hr-cmd-ask = Ask for help – it is easy
hr-cmd-open = Open help requests: could you help?
hr-cmd-mine = Your requests, offers and purchases

hr-cat-hands = Hands and volunteers
hr-cat-premises = Premises
hr-cat-equipment = Equipment and materials
hr-cat-knowhow = Know-how and advice
hr-cat-transport = Transport and rides
hr-cat-other = Other
hr-mun-other = Other municipality

hr-status-open = Open
hr-status-in_progress = In progress
hr-status-in_progress-hint = help has been found, but more help may still be welcome
hr-status-resolved = Resolved
hr-status-expired = Expired
hr-status-hidden = Hidden
hr-status-closed = Closed

hr-anonymous = Anonymous member of the network
hr-asker-unknown = (the asker has deleted their data)
hr-label-category = What is needed
hr-label-municipality = Municipality
hr-label-asker = Asked by
hr-label-staff-sees = visible to staff
hr-label-until = Open until
hr-until-date = open until { $date }
hr-label-status = Status
hr-label-reason = Reason
hr-label-helper = Helper
hr-label-note = Message
hr-label-contact = How to reach them:
hr-post-hidden = The network's coordinators have hidden this help request.

hr-button-offer = I can help
hr-button-offer-n = I can help ({ $n })
hr-button-hide = Hide
hr-button-close = Close
hr-button-reopen = Reopen
hr-button-accept = Accept
hr-button-decline = Thanks, not now
hr-button-extend = Extend 14 days
hr-button-resolve = Mark as resolved
hr-button-thank = Thank the helper
hr-button-thank-name = Thank { $name }
hr-button-cancel = Cancel
hr-button-skip = Skip
hr-button-until-default = { $days } days (recommended)
hr-button-until-days = { $days } days
hr-button-as-organisation = In the name of { $organisation }
hr-button-as-name = With my own name ({ $name })
hr-button-as-anonymous = Anonymously to the network
hr-button-send-without-note = Send without a message
hr-button-prev = ◀ Previous
hr-button-next = Next ▶
hr-button-filter = Filter
hr-button-all = Show all

hr-contact-telegram-no-username = tap the name to open a chat; if it does not open, ask them to add a Telegram username or ask the network coordinator for contact details
hr-contact-terminal = terminal
hr-contact-none = No contact found – ask the network's coordinator.
hr-toast-see-private = I answered you in a private message.

hr-error-own-request = This is your own request – you cannot offer help to yourself. 🙂
hr-error-already = You have already offered help on this request. Thank you!
hr-error-wrong-state = This cannot be done any more: the request is now “{ $status }”. Thank you anyway!
hr-error-offer-handled = This offer has already been answered.
hr-error-extend-max = The request cannot be extended further: the longest time is 90 days. You can make a new request: /ask
hr-error-flood = You have already made { $limit } requests within 24 hours, which is the most allowed. Wait a little and you can ask again – or ask the network's coordinator.
hr-error-already-thanked = You have already said thanks for this help.
hr-error-title-empty = Please write briefly what you need.
hr-error-title-long = The title is a bit too long ({ $length } characters, at most { $max }). Please write a shorter one – you can tell more in the next step.
hr-error-details-long = The text is too long ({ $length } characters, at most { $max }). Please shorten it a little.
hr-error-note-long = The message is too long ({ $length } characters, at most { $max }). Please shorten it a little.
hr-error-category = I did not recognise that. Please choose one of the buttons.
hr-error-municipality = I did not recognise the municipality. Please choose one of the buttons – or “Other municipality”.
hr-error-until-past = That day has already passed. Please choose a day in the future.
hr-error-until-far = A request can be open for at most { $max } days. Please choose an earlier day.
hr-error-until-format = I did not understand the date. Write for example 24.12.2026, 24.12. or a number of days (for example 14) – or press a button.
hr-error-as = Please choose one of the buttons.
hr-error-reason-empty = Please write a short reason – it is sent to the asker.

hr-ask-step = { $n }/{ $total }
hr-ask-title = What do you need? Say it in one sentence (at most { $max } characters).
hr-ask-examples = Examples:
hr-example-hands = We need two extra pairs of hands for the food distribution on Friday.
hr-example-van = Could someone lend a van for Saturday?
hr-example-worktrial = Has anyone made a work-trial agreement with the employment office? Advice wanted.
hr-privacy-reminder = Remember confidentiality: no clients' names, identity codes or contact details.
hr-ask-details = If you like, tell a little more: when, where, how much (at most 1000 characters). If there is nothing to add, write “-” or press Skip.
hr-ask-category = What kind of help do you need?
hr-ask-municipality = In which municipality?
hr-ask-until = Until when is the request open? The default is 14 days ({ $date }). You can write a date (for example 24.12.2026) or a number of days – at most 90 days.
hr-ask-as = In whose name are you asking? Anonymously, others see only the request; the network's staff still see who asked.
hr-ask-as-no-organisation = Tip: tell your organisation with /organisation, and you can ask in its name.

hr-created = Thank you! Your request is now visible to the network.
hr-created-after = When someone offers help, you get a private message and can accept the offer. You find your requests with /mine.
hr-created-one-line = I used the defaults: category “Other”, 14 days. Type just /ask to choose yourself.

hr-offer-dm-title = Someone can help!
hr-offer-dm-request = Help is offered on your request “{ $title }”:
hr-offer-dm-question = Do you accept the offer? When you accept, the helper gets your contact details.
hr-accepted-dm-title = Your offer was accepted!
hr-accepted-dm-body = { $name } accepted your help with “{ $title }”. Get in touch and agree on the details.
hr-declined-dm = Thank you for your offer on “{ $title }”! The asker does not need it this time – maybe next time. Open requests: /open
hr-thanks-dm = { $name } thanks you for your help with “{ $title }”. Great that you helped!
hr-resolved-by-staff-dm = The network's coordinator marked your request “{ $title }” resolved.
hr-hidden-dm = The network's coordinator hid your request “{ $title }”.
hr-hidden-dm-after = If you have questions, contact the network's coordinator. You can make a new request: /ask
hr-closed-dm = The network's coordinator closed your request “{ $title }”.
hr-reopened-dm = The network's coordinator reopened your request “{ $title }”.
hr-expired-dm = Your request “{ $title }” has expired. If you still need help, ask again: /ask
hr-reminder-dm = Your request “{ $title }” expires on { $date }.
hr-reminder-question = Would you like to extend it by 14 days? Or is it already resolved?
hr-reminder-no-extend = It cannot be extended any more (the longest time is 90 days). Is it already resolved?
hr-flag-title = Nobody has offered help yet ({ $days } days)
hr-flag-body = Someone could reach out to the asker or tip off a suitable helper.

hr-offer-note-prompt = Thank you for wanting to help! The request:
hr-offer-note-hint = Would you like to add a short message to the asker (for example when you have time)? Write it here (at most { $max } characters) or press “Send without a message”. The asker gets your name and contact privately – not in the group.
hr-offer-sent = Your offer was sent to the asker of “{ $title }”. You will get a message when they answer. Thank you!
hr-accepted = You accepted help from { $name }. I sent them your contact details.
hr-accepted-after = When it is done, mark it resolved – then nobody else offers help in vain.
hr-declined = Okay. I told the helper kindly that help is not needed this time.
hr-resolved = Great, the request “{ $title }” is resolved!
hr-resolved-thank = Would you like to thank the helper?
hr-thanked = Your thanks were passed on to { $name }.
hr-extended = The request “{ $title }” is now open until { $date }.

hr-hide-reason-prompt = Why is the request hidden? Write a short reason – it is sent to the asker.
hr-hidden = The request “{ $title }” is hidden and the asker was told the reason.
hr-closed = Closed: { $title }
hr-reopened = Reopened: { $title }

hr-open-title = Open help requests
hr-open-filtered = filter: { $filter }
hr-open-none = There are no open requests right now. Do you need help yourself? /ask
hr-open-none-filtered = No open requests with this filter.
hr-open-page = (page { $page }/{ $pages }, { $total } in all)
hr-open-ask-hint = Do you need help yourself? /ask
hr-open-unknown-filter = I did not recognise: { $words }. Filter by category (for example premises) or municipality (for example Hollola).
hr-filter-prompt = Filter by category or municipality:
hr-filter-any-category = All categories
hr-filter-any-municipality = All municipalities

hr-mine-nothing = You have no requests or offers yet. Ask for help: /ask – or see whether you could help: /open
hr-mine-requests = Your help requests
hr-mine-offers = Help you offered
hr-mine-offer-count = { $count ->
    [0] no offers yet
    [one] 1 offer
   *[other] { $count } offers
}
hr-mine-request-status = request: { $status }
hr-offer-status-pending = waiting for an answer
hr-offer-status-accepted = accepted
hr-offer-status-declined = not needed this time
hr-offer-status-withdrawn = withdrawn
hr-closed-title = Closed, hidden and expired requests (the last { $days } days)
hr-closed-none = No request has been closed, hidden or expired in the last month.
hr-button-purge = Remove text (confidential)
hr-purged-dm = The network's coordinator removed the text of your request { $title } because it held confidential information. The request is no longer shown to anyone.
hr-purged = The text of request #{ $id } is removed and its messages are being edited.
