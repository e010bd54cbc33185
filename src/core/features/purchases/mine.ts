/** The member's own needs and joint purchases, as a section of `/omat` (`/mine`). */
import type { HandlerContext } from "../../app/contract.js";
import type { Button, RichText } from "../../types.js";
import { formatDate } from "./format.js";
import { courseLabel } from "./needs.js";
import { ACTIVE_STATUSES } from "./service.js";

/** The member's organisation's purchases (joined, waiting or organised) and open needs; null when there are none. */
export async function renderMineSection(ctx: HandlerContext): Promise<{ text: RichText; buttons?: Button[][] } | null> {
  const { t, db } = ctx;
  const tz = ctx.config.digest.timezone;
  const orgId = ctx.member.organisationId;
  const purchases = await db.purchase.findMany({
    where: {
      OR: [
        { organiserId: ctx.member.id },
        ...(orgId ? [{ organisationId: orgId }, { seats: { some: { organisationId: orgId, status: { not: "withdrawn" } } } }] : []),
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
      const ownText = own && own.status !== "withdrawn" ? t(`pu-mine-seat-${own.status}`, { seats: own.seats }) : t("pu-mine-seat-none");
      // A purchase that reached its minimum and then lost seats again is open again, as far as anyone can tell.
      const status = p.status === "tipped" && p.committedSeats < p.minSeats ? "open" : p.status;
      text.push("\n", `#${p.id} `, { b: p.courseName }, " – ", ownText, " · ", t(`pu-mine-status-${status}`), " · ");
      text.push(t("pu-post-seats", { committed: p.committedSeats, min: p.minSeats, max: p.maxSeats }));
      if (ACTIVE_STATUSES.includes(p.status) && p.deadline.getTime() > ctx.now().getTime()) {
        buttons.push([{ label: `#${p.id} ${p.courseName}`.slice(0, 40), action: `pu:join:${p.id}` }]);
      }
    }
  }
  if (needs.length) {
    if (text.length) text.push("\n\n");
    text.push({ b: t("pu-mine-needs") });
    for (const n of needs) {
      text.push("\n", t("pu-mine-need-line", { course: courseLabel(n), seats: n.seats, date: formatDate(n.neededBy, tz, t), municipality: n.municipality }));
      if (n.purchaseId) text.push(" ", t("pu-mine-need-purchase", { id: String(n.purchaseId) }));
    }
  }
  return { text, buttons };
}
