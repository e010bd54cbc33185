/**
 * Lists: `/hankinnat` (`/purchases`), one purchase (`/hankinta <id>`, `pu:show`), the course
 * types (`/kurssityyppi`, adding one is for staff) and the purchases section of `/omat`.
 */
import type { HandlerContext, HandlerOutcome } from "../../app/contract.js";
import { cleanName } from "../../members.js";
import type { Button, RichText } from "../../types.js";
import { courseLabel } from "./needs.js";
import { parseSeats, MAX_SEATS } from "./parse.js";
import { ACTIVE_STATUSES, mayEditCourseTypes, mayManage, saveCourseType } from "./service.js";
import { joinButton, loadExtras, managerButtons, priceLines, purchaseText } from "./render.js";
import { formatDate } from "./format.js";
import { actorOf, parseId, reply, text, tz } from "./replies.js";

export async function loadPurchase(ctx: HandlerContext, raw: string | undefined) {
  const id = parseId(raw);
  return id ? ctx.db.purchase.findUnique({ where: { id } }) : null;
}

export async function show(ctx: HandlerContext, idRaw: string): Promise<HandlerOutcome> {
  const p = await loadPurchase(ctx, idRaw);
  if (!p) return text(ctx, ctx.t("pu-not-found"));
  const buttons = [...joinButton(ctx.t, p, ctx.now()), ...(mayManage(actorOf(ctx), p) ? managerButtons(ctx.t, p) : [])];
  return reply(ctx, {
    text: purchaseText(ctx.t, ctx.locale, tz(ctx), p, await loadExtras(ctx, p), ctx.now()),
    buttons,
  });
}

export async function list(ctx: HandlerContext): Promise<HandlerOutcome> {
  const { t } = ctx;
  const now = ctx.now();
  const open = await ctx.db.purchase.findMany({
    where: { status: { in: ACTIVE_STATUSES }, deadline: { gt: now } },
    orderBy: [{ deadline: "asc" }, { id: "asc" }],
    take: 20,
  });
  if (!open.length) return text(ctx, t("pu-list-empty"));
  const out: RichText = [{ b: t("pu-list-title") }];
  const buttons: Button[][] = [];
  for (const p of open) {
    const missing = p.minSeats - p.committedSeats;
    out.push(
      "\n\n",
      { b: `#${p.id} ${p.courseName}` },
      "\n",
      t("pu-post-seats", { committed: p.committedSeats, min: p.minSeats, max: p.maxSeats }),
      " · ",
      missing > 0
        ? t("pu-status-missing", { missing })
        : t(p.committedSeats >= p.maxSeats ? "pu-status-full" : "pu-status-tipped", {
            left: p.maxSeats - p.committedSeats,
          }),
      "\n",
      ...priceLines(t, ctx.locale, { ...p, soloPriceCents: null }),
      "\n",
      t("pu-post-deadline", { deadline: formatDate(p.deadline, tz(ctx), t) }),
    );
    const row: Button[] = [{ label: cleanName(`#${p.id} ${p.courseName}`, 40), action: `pu:join:${p.id}` }];
    if (mayManage({ ...actorOf(ctx), staff: false }, p))
      row.push({ label: t("pu-button-manage", { id: String(p.id) }), action: `pu:show:${p.id}` });
    buttons.push(row);
  }
  return reply(ctx, { text: out, buttons });
}

export async function courseTypes(ctx: HandlerContext, args: string): Promise<HandlerOutcome> {
  const { t } = ctx;
  if (!args) {
    const types = await ctx.db.courseType.findMany({ orderBy: { id: "asc" } });
    const out: RichText = [{ b: t("pu-types-title") }];
    for (const c of types)
      out.push("\n", { code: c.key }, " – ", c.name, " ", t("pu-types-min", { min: c.usualMinSeats }));
    if (mayEditCourseTypes(actorOf(ctx))) out.push("\n\n", t("pu-types-add-hint"));
    return text(ctx, ...out);
  }
  if (!mayEditCourseTypes(actorOf(ctx))) return text(ctx, t("error-staff-only"));
  const tokens = args.trim().split(/\s+/);
  const key = (tokens.shift() ?? "").toLowerCase();
  let min = 15;
  if (tokens.length > 1 && /^[-−]?\d+([.,]\d+)?$|^\d/.test(tokens.at(-1)!)) {
    const parsed = parseSeats(tokens.pop()!, 1, MAX_SEATS);
    if (!parsed.ok) return text(ctx, t(parsed.key, parsed.args));
    min = parsed.value;
  }
  const name = cleanName(tokens.join(" "), 60);
  if (!/^[a-z0-9_-]{2,24}$/.test(key) || name.length < 2) return text(ctx, t("pu-types-invalid"));
  const saved = await saveCourseType(ctx.db, actorOf(ctx), { key, name, usualMinSeats: min });
  if (saved.type === "not_allowed") return text(ctx, t("error-staff-only"));
  return text(ctx, t(saved.type === "updated" ? "pu-types-updated" : "pu-types-added", { key, name, min }));
}

// ---------------------------------------------------------------------------------------------
// /omat

/** The member's organisation's purchases (joined, waiting or organised) and open needs; null when there are none. */
export async function renderMineSection(ctx: HandlerContext): Promise<{ text: RichText; buttons?: Button[][] } | null> {
  const { t, db } = ctx;
  const tz = ctx.config.digest.timezone;
  const orgId = ctx.member.organisationId;
  const purchases = await db.purchase.findMany({
    where: {
      OR: [
        { organiserId: ctx.member.id },
        ...(orgId
          ? [{ organisationId: orgId }, { seats: { some: { organisationId: orgId, status: { not: "withdrawn" } } } }]
          : []),
      ],
    },
    include: { seats: { where: orgId ? { organisationId: orgId } : { id: -1 } } },
    orderBy: [{ deadline: "desc" }, { id: "desc" }],
    take: 10,
  });
  const needs = orgId
    ? await db.need.findMany({
        where: { organisationId: orgId, status: { in: ["open", "purchased"] } },
        include: { courseType: true },
        orderBy: [{ neededBy: "asc" }, { id: "asc" }],
        take: 10,
      })
    : [];
  if (!purchases.length && !needs.length) return null;
  const text: RichText = [];
  const buttons: Button[][] = [];
  if (purchases.length) {
    text.push({ b: t("pu-mine-purchases") });
    for (const p of purchases) {
      const own = p.seats[0];
      const ownText =
        own && own.status !== "withdrawn"
          ? t(`pu-mine-seat-${own.status}`, { seats: own.seats })
          : t("pu-mine-seat-none");
      // A purchase that reached its minimum and then lost seats again is open again, as far as anyone can tell.
      const status = p.status === "tipped" && p.committedSeats < p.minSeats ? "open" : p.status;
      text.push("\n", `#${p.id} `, { b: p.courseName }, " – ", ownText, " · ", t(`pu-mine-status-${status}`), " · ");
      text.push(t("pu-post-seats", { committed: p.committedSeats, min: p.minSeats, max: p.maxSeats }));
      const row: Button[] = [];
      if (ACTIVE_STATUSES.includes(p.status) && p.deadline.getTime() > ctx.now().getTime()) {
        row.push({ label: `#${p.id} ${p.courseName}`.slice(0, 40), action: `pu:join:${p.id}` });
      }
      // The organiser's tools (participant list, closing, cancelling) are one tap away.
      if (mayManage({ ...actorOf(ctx), staff: false }, p))
        row.push({ label: t("pu-button-manage", { id: String(p.id) }), action: `pu:show:${p.id}` });
      if (row.length) buttons.push(row);
    }
  }
  if (needs.length) {
    if (text.length) text.push("\n\n");
    text.push({ b: t("pu-mine-needs") });
    for (const n of needs) {
      text.push(
        "\n",
        t("pu-mine-need-line", {
          course: courseLabel(n, t),
          seats: n.seats,
          date: formatDate(n.neededBy, tz, t),
          municipality: n.municipality,
        }),
      );
      if (n.purchaseId) text.push(" ", t("pu-mine-need-purchase", { id: String(n.purchaseId) }));
    }
  }
  return { text, buttons };
}
