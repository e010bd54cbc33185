# Telegram-plattformens meddelanden till personalen och medlemmarna.
tg-staff-polling-conflict = Telegram-botten har inte fått meddelanden sedan { $since }: ett annat program använder samma bottoken (409 Conflict). Kontrollera att botten inte körs två gånger (till exempel en gammal server eller en testkörning). Botten fortsätter av sig själv när det andra programmet stannar.
