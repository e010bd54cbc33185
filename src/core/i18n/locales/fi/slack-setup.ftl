# Slack-sovelluksen asennuksen ongelmat, jotka näytetään sovelluksen Koti-välilehdellä.
slack-home-setup-title = ⚠️ Henkilökunnan kanava ei ole käytössä
slack-home-setup-not-invited = Sovellus ei ole henkilökunnan kanavalla, joten avunpyynnöt, hankinnat ja ilmoitukset eivät mene sinne. Kutsu sovellus kanavalle komennolla `/invite @{ $app }` – viestit lähtevät perille heti sen jälkeen, uudelleenkäynnistystä ei tarvita.
slack-home-setup-not-found = Sovellus ei näe henkilökunnan kanavaa { $channel }. Jos kanava on yksityinen, kutsu sovellus sinne komennolla `/invite @{ $app }`; muuten tarkista asetus SLACK_STAFF_CHANNEL_ID.
slack-home-setup-archived = Henkilökunnan kanava { $channel } on arkistoitu. Palauta se tai vaihda asetus SLACK_STAFF_CHANNEL_ID.
