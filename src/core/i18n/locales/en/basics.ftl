cmd-start = Start and introduce yourself
cmd-help = What the bot can do
cmd-language = Change language (suomi, svenska, English)
cmd-organisation = Tell which organisation you are from
cmd-cancel = Cancel what is in progress
start-greeting = Hi { $name }, welcome to the Mahdollisuudet käyttöön! network bot!
start-intro = Here the network's organisations help each other. Everyone wants to help – but help only comes when someone asks. Asking is easy here: type /ask and say what you need, or press the button below. Type /help to see what else I can do.
start-button-ask = Ask for help
start-organisation-hint = Please also tell which organisation you are from: /organisation
help-title = The Mahdollisuudet käyttöön! bot
help-intro = I am a shared helper for the organisations of the Lahti region. Here you can ask for help and offer help. You can also buy courses together with other organisations.
help-section-ask = Ask for help
help-ask = /ask – ask for help. Say what you need: hands, premises, things, advice or a ride. Nobody asks in vain!
    /open – see where others need help. You can offer yours.
    /mine – your own requests, offers and purchases. As an organiser you get a purchase's participant list there. You can also close or cancel the purchase.
help-section-purchase = Buying together
help-purchase = /need – tell which course your organisation needs. For example a hygiene passport for six.
    /purchase – propose a joint purchase. I ask one thing at a time.
    /purchase help – how to make a purchase in one line.
    /purchase 12 – show purchase number 12.
    /purchases – open joint purchases.
help-section-digest = Weekly digest
help-digest = /subscribe – every Monday you get a digest of the network's requests and purchases.
    /unsubscribe – stop the digest.
help-section-you = You
help-you = /start – start from the beginning.
    /help – this help.
    /organisation – tell us which organisation you are from.
    /language – change the language.
    /mydata – see what is stored about you.
    /deletedata – delete your data.
    /cancel – stop what is in progress.
help-privacy = Remember confidentiality: do not write clients' names, identity codes or contact details here. This is a tool for organisations and their workers.
language-choose = Choose a language:
language-unknown = I don't know that language. Choose one of these:
language-changed = Okay! I speak English now.
organisation-current = You are now part of { $organisation }.
organisation-none = You have not told us yet which organisation you are from.
organisation-choose = Choose your organisation from the list:
organisation-add-hint = Can't find your organisation? Add it by typing: /organisation Name of the organisation, municipality
organisation-joined = Great! You are now part of { $organisation }.
organisation-invalid-name = The organisation's name is missing or too short. Type for example: /organisation Manna ry, Lahti
organisation-unknown-municipality = The municipality must be one of the network's municipalities: { $municipalities }. Type for example: /organisation Manna ry, Lahti
terminal-welcome = You are typing as { $name }. Try /start or /help. Switch user: /as Name. Type a button's number to press it. While I wait for your answer, a number is your answer; then press a button with # and its number, for example #1. Quit: Ctrl+D.
terminal-now-typing = now typing: { $name }
telegram-open-private = Please first open a private chat with me (@{ $bot }) and press Start, so I can answer you personally.
slack-sent-privately = I sent the answer to you as a private message (the app’s Messages tab).
# Telegram's bot profile: the description (an empty chat shows it, at most 512 characters) and the short description (the profile, at most 120).
tg-bot-description = A shared helper for the organisations of the Lahti region in the Mahdollisuudet käyttöön! network. Here organisations ask each other for help and offer it, find open places and buy courses together. Press Start to begin. Please do not write clients' personal details here.
tg-bot-short-description = Organisations in the Lahti region help each other: ask for help, offer help, buy courses together.
organisation-join-notice-members = { $name } joined your organisation { $organisation } in the bot. If they are not part of your organisation, please tell the network staff.
organisation-join-notice-staff = { $name } joined { $organisation }, which already has members. The organisation's members were told.
