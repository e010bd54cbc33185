/** How members appear in help requests: who asks and how to reach someone. */
import type { DbOrTx } from "../../../db/client.js";
import type { Identity, Member, Organisation } from "../../../generated/prisma/client.js";
import type { Translate } from "../../i18n/index.js";
import type { RichText } from "../../types.js";

export type MemberWithContacts = Member & { identities: Identity[]; organisation: Organisation | null };

export async function loadMember(db: DbOrTx, memberId: number | null | undefined): Promise<MemberWithContacts | null> {
  if (memberId == null) return null;
  return db.member.findUnique({
    where: { id: memberId },
    include: { identities: { orderBy: [{ createdAt: "desc" }, { id: "desc" }] }, organisation: true },
  });
}

/** "Name (Organisation)" or just the name. */
export function nameWithOrganisation(member: Pick<MemberWithContacts, "displayName" | "organisation">): string {
  return member.organisation ? `${member.displayName} (${member.organisation.name})` : member.displayName;
}

/**
 * How to reach a member on each platform they use: Telegram @username (or a mention link when
 * they have no username), Slack and terminal by name. Only ever sent privately.
 */
export function contactLines(t: Translate, member: MemberWithContacts): RichText {
  const out: RichText = [];
  for (const i of member.identities) {
    if (out.length) out.push("\n");
    if (i.platform === "telegram") {
      if (i.username) out.push(`Telegram: @${i.username}`);
      // A tg://user link opens only for someone Telegram lets the reader see: it works once the
      // member has written to the bot (and their privacy settings allow it); say so, and offer
      // the coordinator as the other way.
      else if (i.privateChatOpen === false)
        out.push(`Telegram: ${member.displayName} (${t("hr-contact-telegram-unreachable")})`);
      else
        out.push(
          "Telegram: ",
          { link: member.displayName, href: `tg://user?id=${i.externalUserId}` },
          ` (${t("hr-contact-telegram-no-username")})`,
        );
    } else if (i.platform === "slack") {
      out.push(`Slack: ${member.displayName}`);
    } else {
      out.push(`${t("hr-contact-terminal")}: ${member.displayName}`);
    }
  }
  if (!out.length) out.push(t("hr-contact-none"));
  return out;
}
