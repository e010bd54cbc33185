/** The App Home tab: what the app does, in the member's language. */
import type { App } from "@slack/bolt";
import type { Core } from "../../core/app/index.js";
import { t } from "../../core/i18n/index.js";
import { renderMrkdwn } from "./render.js";

export function homeTab(app: App, core: Core) {
  app.event("app_home_opened", async ({ event, client }) => {
    if (event.tab !== "home") return;
    const l = await core.localeOf({ platform: "slack", userId: event.user, privateChatId: event.user, displayName: event.user });
    const section = (text: string) => ({ type: "section" as const, text: { type: "mrkdwn" as const, text } });
    await client.views.publish({
      user_id: event.user,
      view: {
        type: "home",
        blocks: [
          { type: "header", text: { type: "plain_text", text: t(l, "help-title") } },
          section(renderMrkdwn([t(l, "help-intro")])),
          section(renderMrkdwn([{ b: t(l, "help-section-ask") }, "\n", t(l, "slack-home-ask")])),
          section(renderMrkdwn([{ b: t(l, "help-section-purchase") }, "\n", t(l, "slack-home-purchase")])),
          section(renderMrkdwn([{ b: t(l, "help-section-digest") }, "\n", t(l, "slack-home-digest")])),
          section(renderMrkdwn([{ b: t(l, "slack-home-staff-title") }, "\n", t(l, "slack-home-staff")])),
          { type: "context", elements: [{ type: "mrkdwn", text: renderMrkdwn([t(l, "help-privacy")]) }] },
        ],
      },
    });
  });
}
