/**
 * Every text column of the data model (prisma/schema.prisma), declared by where its text comes
 * from. A test (tests/core/privacy-fields.test.ts) reads the schema and fails when a text column
 * is missing here, and drives every `member` column through the real core with an identity code
 * to show the guard stops it. Adding a text column means declaring it here first.
 *
 * - `member`: typed by a member (command arguments, guided answers): passes `guardText` at the
 *   router before any handler sees it.
 * - `derived`: composed by the bot from `member` text and its own words (a dialog's saved
 *   answers, an outbox message): guarded because its parts are.
 * - `profile`: the member's own name and handle from the platform; an identity code in it is
 *   replaced at registration (members.ts).
 * - `choice`: one of a fixed set the bot offers (a category, a municipality from the list, a
 *   status, a language).
 * - `internal`: written by the bot alone: platform ids, keys, job names, error texts.
 */
export type TextFieldSource = "member" | "derived" | "profile" | "choice" | "internal";

export const TEXT_FIELDS: Record<string, TextFieldSource> = {
  "Organisation.name": "member",
  // The name folded for comparing (case, accents, "ry"): derived from the guarded name.
  "Organisation.normalisedName": "derived",
  "Organisation.municipality": "choice",
  "Organisation.description": "member",
  "Member.displayName": "profile",
  "Member.locale": "choice",
  "Identity.platform": "internal",
  "Identity.externalUserId": "internal",
  "Identity.privateChatId": "internal",
  "Identity.username": "profile",
  "Channel.platform": "internal",
  "Channel.chatId": "internal",
  "Channel.kind": "internal",
  "Channel.threadId": "internal",
  "Channel.locale": "choice",
  "HelpRequest.askedAs": "choice",
  "HelpRequest.title": "member",
  "HelpRequest.details": "member",
  "HelpRequest.category": "choice",
  "HelpRequest.municipality": "choice",
  "HelpRequest.status": "choice",
  "HelpRequest.statusReason": "member",
  "HelpOffer.note": "member",
  "HelpOffer.status": "choice",
  "PostRef.entityType": "internal",
  "PostRef.platform": "internal",
  "PostRef.chatId": "internal",
  "PostRef.messageId": "internal",
  "PostRef.messageChatId": "internal",
  "StartLink.token": "internal",
  "StartLink.platform": "internal",
  "StartLink.userId": "internal",
  // A button's callback data, checked against the bot's own action format before it is stored.
  "StartLink.action": "internal",
  "ChatMigration.platform": "internal",
  "ChatMigration.fromChatId": "internal",
  "ChatMigration.toChatId": "internal",
  "CourseType.key": "member",
  "CourseType.name": "member",
  "Need.courseText": "member",
  "Need.municipality": "member",
  "Need.status": "choice",
  "Purchase.courseName": "member",
  "Purchase.provider": "member",
  "Purchase.priceMode": "choice",
  "Purchase.place": "member",
  "Purchase.status": "choice",
  "PurchaseSeat.status": "choice",
  "JobRun.job": "internal",
  "JobRun.slot": "internal",
  "Delivery.recipientKey": "internal",
  "Delivery.status": "choice",
  "Delivery.error": "internal",
  "Delivery.claimedBy": "internal",
  "OutboxMessage.platform": "internal",
  "OutboxMessage.chatId": "internal",
  "OutboxMessage.threadId": "internal",
  "OutboxMessage.op": "internal",
  "OutboxMessage.payload": "derived",
  "OutboxMessage.entityType": "internal",
  "OutboxMessage.status": "choice",
  "OutboxMessage.claimedBy": "internal",
  "OutboxMessage.lastError": "internal",
  "ProcessedUpdate.platform": "internal",
  "ProcessedUpdate.externalId": "internal",
  "Dialog.platform": "internal",
  "Dialog.userId": "internal",
  "Dialog.flow": "internal",
  "Dialog.step": "internal",
  "Dialog.data": "derived",
  "DeletedIdentity.keyHash": "internal",
  "InstallationSecret.name": "internal",
  "InstallationSecret.value": "internal",
  // The portal (issue 15): what organisations type into their profile and open places.
  "PortalProfile.about": "member",
  "PortalProfile.targetGroups": "choice",
  "PortalProfile.activities": "choice",
  "PortalProfile.services": "member",
  "PortalProfile.municipalities": "choice",
  "PortalProfile.premises": "member",
  "PortalProfile.contact": "member",
  "PortalProfile.languages": "choice",
  "PortalProfile.accessibility": "member",
  "PortalProfile.draft": "derived",
  "OpenPlace.kind": "choice",
  "OpenPlace.title": "member",
  "OpenPlace.tasks": "member",
  "OpenPlace.targetGroups": "choice",
  "OpenPlace.municipality": "choice",
  "OpenPlace.howToApply": "member",
  "OpenPlace.status": "choice",
};
