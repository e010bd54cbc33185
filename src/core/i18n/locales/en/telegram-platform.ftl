# Telegram platform notices to staff and members.
tg-staff-polling-conflict = The Telegram bot has received no messages since { $since }: another program is using the same bot token (409 Conflict). Check that the bot is not running twice (an old server or a test run, for example). The bot carries on by itself as soon as the other one stops.
tg-staff-migrated-setting = The Telegram community group { $old } became a supergroup with id { $new }. The bot now uses the new id and still edits the old posts. Please update the setting TELEGRAM_COMMUNITY_CHAT_ID={ $new }.
hr-contact-telegram-unreachable = no Telegram username, and Telegram does not allow opening a chat with them – ask the network coordinator for contact details
