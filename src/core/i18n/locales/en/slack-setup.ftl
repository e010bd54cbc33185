# Problems with the Slack app's installation, shown on the app's Home tab.
slack-home-setup-title = ⚠️ The staff channel is not in use
slack-home-setup-not-invited = The app is not in the staff channel, so help requests, joint purchases and notices do not reach it. Invite the app with `/invite @{ $app }` – messages go out right after that, no restart needed.
slack-home-setup-not-found = The app cannot see the staff channel { $channel }. If the channel is private, invite the app there with `/invite @{ $app }`; otherwise check the SLACK_STAFF_CHANNEL_ID setting.
slack-home-setup-archived = The staff channel { $channel } is archived. Restore it or change the SLACK_STAFF_CHANNEL_ID setting.
