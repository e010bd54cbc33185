/** Translates Bolt payloads into the core's Interaction and renders the outcome back. */
import type { WebClient } from "@slack/web-api";
import type { Core } from "../../core/app/index.js";
import type { HandlerOutcome, Input, Interaction } from "../../core/app/contract.js";
import type { ActorRef, OutgoingFile } from "../../core/types.js";
import { uploadFiles } from "./notifier.js";
import { renderBlocks } from "./render.js";
import { cutEscaped, escapeSlack } from "./text.js";

export interface SlackUserRef {
  id: string;
  name?: string | undefined;
}

export interface SlackDispatcher {
  handle(
    user: SlackUserRef,
    channelId: string | undefined,
    input: Input,
    client: WebClient,
  ): Promise<{ interaction: Interaction; outcome: HandlerOutcome }>;
  /** Sends the replies: in `respond` (ephemeral/replace) when given, else as messages. */
  deliver(
    outcome: HandlerOutcome,
    interaction: Interaction,
    client: WebClient,
    respond?: (msg: Record<string, unknown>) => Promise<unknown>,
  ): Promise<void>;
}

export function createSlackDispatcher(core: Core, options: { staffChannelId?: string | undefined }): SlackDispatcher {
  // Staff = members of the staff channel. A short per-process cache of the platform's answer;
  // it is only a cache of Slack's state, never the source of truth.
  let staffCache: { at: number; members: Set<string> } | undefined;
  async function staffMembers(client: WebClient): Promise<Set<string>> {
    if (!options.staffChannelId) return new Set();
    if (staffCache && Date.now() - staffCache.at < 60_000) return staffCache.members;
    try {
      const members = new Set<string>();
      let cursor: string | undefined;
      do {
        const res = await client.conversations.members({
          channel: options.staffChannelId,
          limit: 1000,
          ...(cursor ? { cursor } : {}),
        });
        for (const m of res.members ?? []) members.add(m);
        cursor = res.response_metadata?.next_cursor || undefined;
      } while (cursor);
      staffCache = { at: Date.now(), members };
      return members;
    } catch {
      return staffCache?.members ?? new Set();
    }
  }

  async function actorOf(user: SlackUserRef, client: WebClient): Promise<ActorRef> {
    return {
      platform: "slack",
      userId: user.id,
      privateChatId: user.id,
      displayName: user.name ?? user.id,
      staffVerified: (await staffMembers(client)).has(user.id),
    };
  }

  return {
    async handle(user, channelId, input, client) {
      const actor = await actorOf(user, client);
      const isDm = !channelId || channelId.startsWith("D");
      const interaction: Interaction = {
        actor,
        chat: { chatId: isDm ? user.id : channelId, kind: isDm ? "private" : "group" },
        input,
      };
      const outcome = await core.handle(interaction);
      return { interaction, outcome };
    },
    async deliver(outcome, interaction, client, respond) {
      // Files go to the user's DM with the app; replies in a row that only carry a file (the
      // report's charts and CSV) go together, as one message.
      let files: OutgoingFile[] = [];
      const flush = async () => {
        if (!files.length) return;
        const dm = await client.conversations.open({ users: interaction.actor.userId });
        await uploadFiles(client, dm.channel?.id ?? interaction.actor.userId, files);
        files = [];
      };
      for (const reply of outcome.replies) {
        const fileOnly = reply.file && !reply.message.text.length && !reply.message.buttons?.length;
        if (fileOnly) {
          files.push(reply.file!);
          continue;
        }
        await flush();
        for (const part of renderBlocks(reply.message)) {
          if (respond && !reply.private) {
            await respond({
              response_type: "ephemeral",
              replace_original: Boolean(reply.replace),
              text: part.text,
              blocks: part.blocks,
            });
          } else {
            await client.chat.postMessage({ channel: interaction.actor.userId, text: part.text, blocks: part.blocks });
          }
        }
        if (reply.file) files.push(reply.file);
        await flush();
      }
      await flush();
      if (outcome.toast && !outcome.replies.length && respond) {
        await respond({
          response_type: "ephemeral",
          replace_original: false,
          text: cutEscaped(escapeSlack(outcome.toast), 3000),
        });
      }
    },
  };
}
