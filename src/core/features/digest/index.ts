/**
 * The weekly digest feature: `/tilaa` (`/subscribe`) and `/peru` (`/unsubscribe`) in a private
 * chat, the `dg:sub` / `dg:unsub` buttons, and for staff `/kooste esikatselu|laheta`
 * (`/digest preview|send`; in Slack `/mk kooste …`).
 *
 * Sending needs the platforms' notifiers: the composition root makes a `DigestSender` over them
 * and gives it to `createDigestFeature`. A core built without one (tests, a process with no
 * platform) previews but does not send. The scheduler's cron task and the periodic job (catch-up
 * at start-up and every minute) both call `sendDigestNow`; the database makes it once per
 * recipient per week.
 */
import type { CoreDeps, Feature, HandlerContext, HandlerOutcome } from "../../app/contract.js";
import { say } from "../../app/router.js";
import { translator } from "../../i18n/index.js";
import { formatDay } from "../../time.js";
import type { OutgoingMessage } from "../../types.js";
import { gatherDigest, renderDigest } from "./build.js";
import { Pacer, realPaceClock, type PaceClock } from "./pacing.js";
import {
  DIGEST_JOB,
  digestRecipientKeys,
  runDigest,
  type DigestRunOptions,
  type DigestRunReport,
  type Notifiers,
} from "./run.js";
import { digestWindow, isDue } from "./schedule.js";

export { runDigest, type DigestRunReport } from "./run.js";

/** Sends the digest through one app's notifiers, one send after another within this process. */
export interface DigestSender {
  /** The app's notifiers by platform; the composition root fills this record as it creates the adapters. */
  readonly notifiers: Notifiers;
  readonly pacer: Pacer;
  readonly pace: PaceClock;
  /** Digest sends of this process run one after another (one message in flight per process). */
  queue: Promise<unknown>;
  busy: boolean;
}

export function createDigestSender(notifiers: Notifiers, pace: PaceClock = realPaceClock): DigestSender {
  return {
    notifiers,
    pacer: new Pacer(pace, (platform) => notifiers[platform]?.limits),
    pace,
    queue: Promise.resolve(),
    busy: false,
  };
}

/**
 * Runs the digest through the sender's notifiers, after any digest send already running in this
 * process. Returns null without a sender (a process without platforms).
 */
export async function sendDigestNow(
  deps: CoreDeps,
  sender: DigestSender | undefined,
  options: Omit<DigestRunOptions, "pacer" | "pace"> = {},
): Promise<DigestRunReport | null> {
  if (!sender) return null;
  const run = sender.queue.then(async () => {
    sender.busy = true;
    try {
      return await runDigest(deps, sender.notifiers, { ...options, pacer: sender.pacer, pace: sender.pace });
    } finally {
      sender.busy = false;
    }
  });
  sender.queue = run.catch(() => {});
  return run;
}

async function setSubscribed(ctx: HandlerContext, on: boolean): Promise<"changed" | "unchanged"> {
  const { count } = await ctx.db.member.updateMany({
    where: { id: ctx.member.id, digestSubscribed: !on },
    data: { digestSubscribed: on },
  });
  return count ? "changed" : "unchanged";
}

function reply(ctx: HandlerContext, key: string): HandlerOutcome {
  const out = say(ctx.t(key));
  // In a group the answer goes to the person privately: the subscription is theirs.
  if (ctx.chat.kind === "group") out.replies[0]!.private = true;
  return out;
}

async function subscribe(ctx: HandlerContext): Promise<HandlerOutcome> {
  return reply(ctx, (await setSubscribed(ctx, true)) === "changed" ? "dg-subscribed" : "dg-already-subscribed");
}

async function unsubscribe(ctx: HandlerContext): Promise<HandlerOutcome> {
  return reply(ctx, (await setSubscribed(ctx, false)) === "changed" ? "dg-unsubscribed" : "dg-not-subscribed");
}

async function action(ctx: HandlerContext, payload: string): Promise<HandlerOutcome> {
  const what = payload.split(":")[1];
  if (what !== "sub" && what !== "unsub") return { replies: [], toast: ctx.t("error-stale-button") };
  const key =
    what === "sub"
      ? (await setSubscribed(ctx, true)) === "changed"
        ? "dg-subscribed"
        : "dg-already-subscribed"
      : (await setSubscribed(ctx, false)) === "changed"
        ? "dg-unsubscribed"
        : "dg-not-subscribed";
  const text = ctx.t(key);
  return { replies: [{ message: { text: [text] }, private: true }], toast: [...text].slice(0, 190).join("") };
}

/** The locale the staff channel reads (of the actor's platform, else any), for a faithful preview. */
async function staffLocale(ctx: HandlerContext): Promise<string> {
  const channels = await ctx.db.channel.findMany({ where: { active: true, kind: "staff" }, orderBy: { id: "asc" } });
  return (channels.find((c) => c.platform === ctx.actor.platform) ?? channels[0])?.locale ?? ctx.locale;
}

/**
 * The coming digest as a staff channel would get it, without sending anything: this week's if it
 * has not gone out yet, otherwise next week's as things stand now.
 */
export async function previewDigest(deps: CoreDeps, locale: string, sender?: DigestSender): Promise<OutgoingMessage> {
  const { db, config } = deps;
  const now = deps.now();
  const t = translator(locale);
  const { slot, at } = isDue(config.digest, now);
  const run = await db.jobRun.findUnique({ where: { job_slot: { job: DIGEST_JOB, slot } } });
  const tz = config.digest.timezone;
  let header: string[];
  let window: { from: Date; to: Date };
  if (run) {
    const [sent, ledger] = await Promise.all([
      db.delivery.count({ where: { runId: run.id, status: "sent" } }),
      db.delivery.count({ where: { runId: run.id } }),
    ]);
    header = [
      ledger ? t("dg-preview-after", { date: formatDay(run.startedAt, tz), sent }) : t("dg-preview-after-empty"),
    ];
    window = { from: digestWindow(config.digest, slot, run.startedAt).to, to: now };
  } else {
    const platforms = sender ? Object.keys(sender.notifiers) : ["telegram", "slack", "terminal"];
    const count = (await digestRecipientKeys(db, platforms)).length;
    const when = at && at.getTime() > now.getTime() ? formatDay(at, tz) : t("dg-preview-when-now");
    header = [t("dg-preview-header", { when, count })];
    window = digestWindow(config.digest, slot, now);
  }
  const data = await gatherDigest(db, window, now);
  if (!data.activity && config.digest.skipEmpty) header.push("\n", t("dg-preview-empty"));
  const digest = renderDigest(data, { locale, timeZone: tz });
  return { ...digest, text: [{ i: header.join("") }, "\n\n", ...digest.text] };
}

async function digestCommand(
  ctx: HandlerContext,
  args: string,
  sender: DigestSender | undefined,
): Promise<HandlerOutcome> {
  if (!ctx.staff) return say(ctx.t("error-staff-only"));
  const sub = args.trim().split(/\s+/)[0]?.toLowerCase() ?? "";
  if (["esikatselu", "preview"].includes(sub)) {
    return { replies: [{ message: await previewDigest(ctx, await staffLocale(ctx), sender) }] };
  }
  if (["laheta", "lähetä", "send"].includes(sub)) {
    const report = await sendDigestNow(ctx, sender, { force: true });
    if (!report) return say(ctx.t("dg-send-unavailable"));
    if (report.outcome === "empty") return say(ctx.t("dg-send-empty"));
    if (report.outcome === "already_finished") {
      return say(
        ctx.t("dg-send-already", {
          date: formatDay(report.startedAt!, ctx.config.digest.timezone),
          sent: report.totals.sent,
        }),
      );
    }
    return say(ctx.t("dg-send-done", { ...report.totals }));
  }
  return say(ctx.t("dg-usage"));
}

/** The digest feature; without a sender it previews but cannot send. */
export function createDigestFeature(sender?: DigestSender): Feature {
  return {
    name: "digest",
    commands: [
      { names: ["tilaa", "subscribe"], descriptionKey: "dg-cmd-subscribe", handler: subscribe },
      { names: ["peru", "unsubscribe"], descriptionKey: "dg-cmd-unsubscribe", handler: unsubscribe },
      {
        names: ["kooste", "digest"],
        descriptionKey: "dg-cmd-digest",
        listed: false,
        handler: (ctx, args) => digestCommand(ctx, args, sender),
      },
    ],
    actions: [{ prefix: "dg", handler: action }],
    jobs: [
      {
        name: "digest",
        async run(deps) {
          if (!sender || sender.busy) return; // a send in progress here finishes the run itself
          await sendDigestNow(deps, sender);
        },
      },
    ],
  };
}
