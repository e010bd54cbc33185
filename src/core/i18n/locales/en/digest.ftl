dg-cmd-subscribe = Get the weekly digest in a private chat
dg-cmd-unsubscribe = Stop the weekly digest
dg-cmd-digest = Weekly digest: preview or send now (staff)
dg-start-button = Get the weekly digest
dg-subscribed = Great! From now on you get a weekly digest of the network's requests and joint purchases. Stop it any time: /unsubscribe
dg-already-subscribed = You already get the digest. To stop it, type /unsubscribe.
dg-unsubscribed = Okay, no more weekly digest for you. You can subscribe again: /subscribe
dg-not-subscribed = You are not subscribed. Type /subscribe to get the digest.
dg-title = Weekly digest { $from }–{ $to }
dg-own-title = Your own
dg-own-request = Your request
dg-own-purchase = Your purchase
dg-offers = { $count ->
    [0] no offers yet
    [one] 1 offer of help
   *[other] { $count } offers of help
}
dg-no-offers-yet = { $days ->
    [0] no offers yet (posted today)
    [one] no offers yet (waiting 1 day)
   *[other] no offers yet (waiting { $days } days)
}
dg-waiting-title = Waiting for help ({ $count })
dg-waiting-days = { $days ->
    [0] posted today
    [one] waiting 1 day
   *[other] waiting { $days } days
}
dg-waiting-hint = Could you help? Type /open and offer your help.
dg-fresh-title = New requests this week ({ $count })
dg-resolved-title = Solved this week ({ $count }) – thank you!
dg-resolved-helpers = { $count ->
    [0] solved
    [one] 1 helper
   *[other] { $count } helpers
}
dg-purchases-open-title = Joint purchases you can still join ({ $count })
dg-purchase-missing = { $committed }/{ $min } seats, { $missing } missing
dg-purchase-tipped-state = going ahead, { $seats ->
        [one] 1 seat
       *[other] { $seats } seats
    }
dg-deadline = join by { $date }
dg-purchases-hint = Join in: /purchases
dg-purchases-done-title = Joint purchases this week
dg-tipped-item = going ahead! { $seats ->
        [one] 1 seat
       *[other] { $seats } seats
    } together
dg-cancelled-item = cancelled
dg-needs-title = Looking for partners for a course ({ $count })
dg-need-item = { $seats ->
        [one] 1 seat
       *[other] { $seats } seats
    }, { $who }, { $place }, needed by { $date }
dg-needs-hint = Same need? Type /need and let's buy together.
dg-numbers-title = This week in numbers:
dg-numbers = requests { $asked }, solved { $resolved }, seats in joint purchases { $seats }.
dg-numbers-saved = Buying together saved { $euros } compared with buying alone.
dg-more = …and { $count } more.
dg-anonymous = anonymous
dg-municipality-other = other municipality
dg-footer-group = You can also get the digest privately: send me /subscribe.
dg-footer-private = You get this digest because you subscribed. Stop: /unsubscribe
dg-button-unsubscribe = Unsubscribe
dg-usage = Weekly digest: /digest preview shows the coming digest, /digest send sends this week's digest now (nobody gets it twice).
dg-preview-header = Preview – this was not sent. The digest goes out { $when } ({ $count } recipients).
dg-preview-after = This week's digest already went out on { $date } ({ $sent } recipients). Below is the next digest as things stand.
dg-preview-after-empty = This week's digest was not sent because nothing happened. Below is the next digest as things stand.
dg-preview-empty = Note: nothing happened in this period, so no digest will be sent.
dg-preview-when-now = right away
dg-send-done = This week's digest: sent { $sent }, skipped { $skipped }, failed { $failed }, waiting { $pending }.
dg-send-already = This week's digest already went out on { $date } ({ $sent } recipients). Nobody gets it twice.
dg-send-empty = Nothing happened this week, so no digest was sent.
dg-send-unavailable = This process cannot send (no connection to the chat platforms). The digest goes out on schedule.
dg-staff-migrated = Weekly digest: the Telegram group { $old } became the supergroup { $new }. The id was updated and the digest was sent to the new group.
