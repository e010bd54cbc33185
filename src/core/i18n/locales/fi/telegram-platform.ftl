# Telegram-alustan ilmoitukset henkilökunnalle ja jäsenille.
tg-staff-polling-conflict = Telegram-botti ei ole saanut viestejä { $since } lähtien: joku toinen ohjelma käyttää samaa bottitunnusta (409 Conflict). Tarkista, ettei botti ole käynnissä kahdesti (esimerkiksi vanha palvelin tai testiajo). Botti jatkaa itsestään, kun toinen pysähtyy.
tg-staff-migrated-setting = Telegram-yhteisöryhmä { $old } muuttui superryhmäksi, jonka tunnus on { $new }. Botti käyttää nyt uutta tunnusta ja muokkaa vanhoja ilmoituksia edelleen. Päivitä asetus TELEGRAM_COMMUNITY_CHAT_ID={ $new }.
hr-contact-telegram-unreachable = ei Telegram-käyttäjänimeä, eikä Telegram salli avata keskustelua hänen kanssaan – kysy yhteystieto verkoston koordinaattorilta
