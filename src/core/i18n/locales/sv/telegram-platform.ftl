# Telegram-plattformens meddelanden till personalen och medlemmarna.
tg-staff-polling-conflict = Telegram-botten har inte fått meddelanden sedan { $since }: ett annat program använder samma bottoken (409 Conflict). Kontrollera att botten inte körs två gånger (till exempel en gammal server eller en testkörning). Botten fortsätter av sig själv när det andra programmet stannar.
tg-staff-migrated-setting = Telegram-gemenskapsgruppen { $old } blev en supergrupp med id { $new }. Botten använder nu det nya id:t och redigerar fortfarande de gamla inläggen. Uppdatera inställningen TELEGRAM_COMMUNITY_CHAT_ID={ $new }.
hr-contact-telegram-unreachable = inget användarnamn i Telegram, och Telegram låter inte öppna en chatt med personen – fråga nätverkets koordinator om kontaktuppgifter
