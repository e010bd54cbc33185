/** The App Home tab: what the app does, in the member's language, and any setup problem first. */
import type { App } from "@slack/bolt";
import type { Core } from "../../../core/app/index.js";
import type { Logger } from "../../../core/app/contract.js";
import { t } from "../../../core/i18n/index.js";
import { renderMrkdwn } from "../render.js";
import { escapeSlack } from "../text.js";
import type { StaffChannelState, StaffChannelWatch } from "../staff-channel.js";

const SETUP_KEYS: Partial<Record<StaffChannelState["status"], string>> = {
  not_in_channel: "slack-home-setup-not-invited",
  not_found: "slack-home-setup-not-found",
  archived: "slack-home-setup-archived",
};

/**
 * The App Home says what /ohje says, section by section, so it lists every command there is
 * (tests/adapters/foundation.test.ts holds it to the command list): asking, buying together, the
 * portal's organisations and places, the digest, the member's own, Slack's way of typing, and the
 * staff's tools (`/mk kooste`, `/mk raportti`…).
 */
const HOME_SECTIONS: [string, string][] = [
  ["help-section-ask", "help-ask"],
  ["help-section-purchase", "help-purchase"],
  ["help-section-portal", "help-portal"],
  ["help-section-digest", "help-digest"],
  ["help-section-you", "help-you"],
  ["help-section-slack", "help-slack"],
  ["help-section-staff", "help-staff"],
];

/** A help text's commands as Slack takes them: "/pyyda" and "/mk pyyda" become "`/mk pyyda`". */
export function slackCommands(text: string, known: (command: string) => boolean): string {
  return text.replace(/(^|[\s(])\/(mk )?([a-z_]+)/gm, (whole, before: string, mk: string | undefined, word: string) => {
    if (known(word)) return `${before}\`/mk ${word}\``;
    if (mk || word === "mk") return `${before}\`/mk\`${mk ? ` ${word}` : ""}`;
    return whole;
  });
}

export function basicsFeature(
  app: App,
  core: Core,
  options: { staffChannel: StaffChannelWatch; log: Logger; appName: () => string },
) {
  const { staffChannel, log } = options;
  app.event("app_home_opened", async ({ event, client }) => {
    if (event.tab !== "home") return;
    const l = await core.localeOf({
      platform: "slack",
      userId: event.user,
      privateChatId: event.user,
      displayName: event.user,
    });
    const section = (text: string) => ({ type: "section" as const, text: { type: "mrkdwn" as const, text } });
    // A missing invitation is fixable without a restart: look again whenever the tab is opened.
    const state = staffChannel.state().status === "ok" ? staffChannel.state() : await staffChannel.check();
    const setupKey = SETUP_KEYS[state.status];
    const setup = setupKey
      ? [
          {
            type: "header" as const,
            text: { type: "plain_text" as const, text: escapeSlack(t(l, "slack-home-setup-title")) },
          },
          section(renderMrkdwn([t(l, setupKey, { app: options.appName(), channel: staffChannel.channelId ?? "" })])),
          { type: "divider" as const },
        ]
      : [];
    try {
      await client.views.publish({
        user_id: event.user,
        view: {
          type: "home",
          blocks: [
            ...setup,
            { type: "header", text: { type: "plain_text", text: escapeSlack(t(l, "help-title")) } },
            section(renderMrkdwn([t(l, "help-intro")])),
            ...HOME_SECTIONS.map(([title, body]) =>
              section(
                renderMrkdwn([
                  { b: t(l, title) },
                  "\n",
                  slackCommands(t(l, body), (c) => core.registry.commands.has(c)),
                ]),
              ),
            ),
            { type: "context", elements: [{ type: "mrkdwn", text: renderMrkdwn([t(l, "help-privacy")]) }] },
          ],
        },
      });
    } catch (err) {
      // Not essential: the tab is published again the next time it is opened.
      const e = err as { data?: { error?: string }; message?: string };
      log.warn(
        { slack: e.data?.error ?? e.message },
        "could not publish the Slack App Home; it is tried again when the tab is next opened",
      );
    }
  });
}
