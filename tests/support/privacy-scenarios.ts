/**
 * How each member-typed text column is reached (src/core/privacy/fields.ts): steps up to the free
 * text, the free text with {X} where the test puts a sentinel word or an identity code, and the
 * steps that then store it. Written against a small driver so the same scenarios run through the
 * core and through grammY, Bolt and the terminal adapter. Members: "aino" (Manna ry), "bertta"
 * (Apu ry), "olli" (staff).
 */
import type { Db } from "../../src/db/client.js";

export type Who = "aino" | "bertta" | "olli";

export interface Driver {
  db: Db;
  /** A command ("/pyyda …") or a free-text answer, privately; resolves to the bot's answer text. */
  say(who: Who, line: string): Promise<string>;
  /** Presses a button by its action. */
  press(who: Who, action: string): Promise<void>;
}

export interface FieldScenario {
  /** "Model.column" the free text ends up in. */
  field: string;
  /** A name for the entry point (a command, or a guided step). */
  via: string;
  who?: Who;
  before?: (d: Driver) => Promise<void>;
  input: string;
  after?: (d: Driver) => Promise<void>;
}

const joinOrgs = async (d: Driver) => {
  await d.say("aino", "/organisaatio Manna ry, Lahti");
  await d.say("bertta", "/organisaatio Apu ry, Hollola");
};

async function openRequest(d: Driver): Promise<number> {
  await joinOrgs(d);
  await d.say("aino", "/pyyda Tarvitsemme kaksi käsiparia perjantaina");
  const r = await d.db.helpRequest.findFirstOrThrow({ orderBy: { id: "desc" } });
  return r.id;
}

const PURCHASE =
  "/hankinta nimi=Ensiapukoulutus tyyppi=ensiapu min=12 max=15 hinta=1800 määräaika=31.1.2027 paikka=Lahti";

/** Publishes a purchase the one-line form left waiting for a confirmation (if it asks). */
async function confirmPurchase(d: Driver, who: Who) {
  const dialog = await d.db.dialog.findFirst({ where: { flow: "pu-new", step: "summary" } });
  if (dialog) await d.press(who, "pu:publish");
}

/** The portal's profile form (`/jarjesto`), step by step: each step's answer, by step number. */
const PROFILE_ANSWERS: ((d: Driver) => Promise<unknown>)[] = [
  (d) => d.say("aino", "Autamme nuoria löytämään työtä ja harrastuksia."),
  async (d) => (await d.press("aino", "pf:t:1:youth"), d.press("aino", "pf:d:1")),
  (d) => d.press("aino", "pf:d:2"),
  (d) => d.say("aino", "Lounas arkisin"),
  async (d) => (await d.press("aino", "pf:t:4:Lahti"), d.press("aino", "pf:d:4")),
  (d) => d.say("aino", "Kauppakatu 1, Lahti"),
  (d) => d.say("aino", "info@manna.fi"),
  (d) => d.press("aino", "pf:d:7"),
  (d) => d.say("aino", "Esteetön sisäänkäynti"),
];

function profileScenario(field: string, step: number, input: string): FieldScenario {
  return {
    field: `PortalProfile.${field}`,
    via: `/jarjesto (guided: ${field})`,
    before: async (d) => {
      await joinOrgs(d);
      await d.say("aino", "/jarjesto");
      for (const answer of PROFILE_ANSWERS.slice(0, step)) await answer(d);
    },
    input,
    after: async (d) => {
      for (const answer of PROFILE_ANSWERS.slice(step + 1)) await answer(d);
      await d.press("aino", "pf:ok");
      const p = await d.db.portalProfile.findFirstOrThrow();
      await d.press("olli", `pt:approve:${p.id}:${p.draftRevision}`);
    },
  };
}

/** The portal's place form (`/paikka`): each step's answer, by step number. */
const PLACE_ANSWERS: ((d: Driver) => Promise<unknown>)[] = [
  (d) => d.press("aino", "pp:v:0:work_trial"),
  (d) => d.say("aino", "Kahvilatyöntekijä"),
  (d) => d.say("aino", "Kahvinkeitto ja tiskaus"),
  (d) => d.press("aino", "pp:d:3"),
  (d) => d.press("aino", "pp:v:4:Lahti"),
  (d) => d.press("aino", "pp:k:5"),
  (d) => d.press("aino", "pp:v:6:heti"),
  (d) => d.press("aino", "pp:v:7:60"),
  (d) => d.say("aino", "Soita 03 123 4567"),
];

function placeScenario(field: string, step: number, input: string): FieldScenario {
  return {
    field: `OpenPlace.${field}`,
    via: `/paikka (guided: ${field})`,
    before: async (d) => {
      await joinOrgs(d);
      await d.say("aino", "/paikka");
      for (const answer of PLACE_ANSWERS.slice(0, step)) await answer(d);
    },
    input,
    after: async (d) => {
      for (const answer of PLACE_ANSWERS.slice(step + 1)) await answer(d);
      await d.press("aino", "pp:ok");
    },
  };
}

export const FIELD_SCENARIOS: FieldScenario[] = [
  profileScenario("about", 0, "Autamme {X} nuoria löytämään työtä."),
  profileScenario("services", 3, "Lounas ja {X}"),
  profileScenario("premises", 5, "{X}katu 1, Lahti"),
  profileScenario("contact", 6, "info@manna.fi, {X}"),
  profileScenario("accessibility", 8, "Esteetön, {X}"),
  placeScenario("title", 1, "{X} kahvilaan"),
  placeScenario("tasks", 2, "Tiskaus ja {X}"),
  placeScenario("howToApply", 8, "Kysy {X}lta, info@manna.fi"),
  { field: "Organisation.name", via: "/organisaatio", input: "/organisaatio {X} ry, Lahti" },
  { field: "Organisation.description", via: "/organisaatio", input: "/organisaatio Kolmas ry, Lahti, Kursseja {X}" },
  { field: "HelpRequest.title", via: "/pyyda (one line)", before: joinOrgs, input: "/pyyda Kyyti {X} perjantaina" },
  {
    field: "HelpRequest.title",
    via: "/pyyda (guided: title)",
    before: async (d) => {
      await joinOrgs(d);
      await d.say("aino", "/pyyda");
    },
    input: "{X} tarvitsee kyydin",
    after: async (d) => {
      await d.press("aino", "ask:skip");
      await d.press("aino", "ask:cat:transport");
      await d.press("aino", "ask:mun:0");
      await d.press("aino", "ask:until:14");
      await d.press("aino", "ask:as:org");
    },
  },
  {
    field: "HelpRequest.details",
    via: "/pyyda (guided: details)",
    before: async (d) => {
      await joinOrgs(d);
      await d.say("aino", "/pyyda");
      await d.say("aino", "Kaksi käsiparia");
    },
    input: "Perjantaina {X}",
    after: async (d) => {
      await d.press("aino", "ask:cat:hands");
      await d.press("aino", "ask:mun:0");
      await d.press("aino", "ask:until:14");
      await d.press("aino", "ask:as:org");
    },
  },
  {
    field: "HelpOffer.note",
    via: "offer note",
    who: "bertta",
    before: async (d) => {
      const id = await openRequest(d);
      await d.press("bertta", `hr:offer:${id}`);
    },
    input: "Voin tulla {X}",
  },
  {
    field: "HelpRequest.statusReason",
    via: "staff hide reason",
    who: "olli",
    before: async (d) => {
      const id = await openRequest(d);
      await d.press("olli", `hr:hide:${id}`);
    },
    input: "Poistettu {X}",
  },
  { field: "CourseType.name", via: "/kurssityyppi", who: "olli", input: "/kurssityyppi uusikurssi {X} kurssi 12" },
  { field: "CourseType.key", via: "/kurssityyppi", who: "olli", input: "/kurssityyppi {X} Uusi kurssi 12" },
  { field: "Need.courseText", via: "/tarve", before: joinOrgs, input: "/tarve {X}kurssi 6 31.3.2027 Lahti" },
  { field: "Need.municipality", via: "/tarve", before: joinOrgs, input: "/tarve hygieniapassi 6 31.3.2027 {X}" },
  {
    field: "Need.courseText",
    via: "/tarve (guided: course)",
    before: async (d) => {
      await joinOrgs(d);
      await d.say("aino", "/tarve");
    },
    input: "{X}kurssi",
    after: async (d) => {
      await d.say("aino", "6");
      await d.say("aino", "31.3.2027");
      await d.say("aino", "Lahti");
    },
  },
  {
    field: "Purchase.courseName",
    via: "/hankinta (one line)",
    before: joinOrgs,
    input: PURCHASE.replace("nimi=Ensiapukoulutus", "nimi={X}koulutus"),
    after: (d) => confirmPurchase(d, "aino"),
  },
  {
    field: "Purchase.provider",
    via: "/hankinta (one line)",
    before: joinOrgs,
    input: `${PURCHASE} kouluttaja={X}`,
    after: (d) => confirmPurchase(d, "aino"),
  },
  {
    field: "Purchase.place",
    via: "/hankinta (one line)",
    before: joinOrgs,
    input: PURCHASE.replace("paikka=Lahti", "paikka={X}"),
    after: (d) => confirmPurchase(d, "aino"),
  },
  {
    field: "Purchase.courseName",
    via: "/hankinta (guided: name)",
    before: async (d) => {
      await joinOrgs(d);
      await d.say("aino", "/hankinta");
    },
    input: "{X}koulutus",
    after: async (d) => {
      await d.press("aino", "pu:a:type:ensiapu");
      await d.say("aino", "12");
      await d.say("aino", "15");
      await d.say("aino", "1800");
      await d.press("aino", "pu:a:mode:total");
      await d.say("aino", "31.1.2027");
      await d.press("aino", "pu:publish");
    },
  },
];

/** An identity code (valid check character) and the digits to search the database for. */
export const CODE = { text: "131052-308T", needle: "131052" };
