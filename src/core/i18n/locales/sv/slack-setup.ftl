# Problem med Slack-appens installation, som visas på appens Hem-flik.
slack-home-setup-title = ⚠️ Personalens kanal används inte
slack-home-setup-not-invited = Appen är inte med i personalens kanal, så hjälpförfrågningar, anskaffningar och meddelanden kommer inte fram dit. Bjud in appen med `/invite @{ $app }` – meddelandena skickas direkt efter det, ingen omstart behövs.
slack-home-setup-not-found = Appen ser inte personalens kanal { $channel }. Om kanalen är privat, bjud in appen med `/invite @{ $app }`; annars kontrollera inställningen SLACK_STAFF_CHANNEL_ID.
slack-home-setup-archived = Personalens kanal { $channel } är arkiverad. Återställ den eller ändra inställningen SLACK_STAFF_CHANNEL_ID.
