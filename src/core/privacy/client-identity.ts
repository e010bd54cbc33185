/**
 * A client named with their health or social situation (hostile finding F3): "Matti Virtanen
 * (45 v.), alkoholiongelma, asunnoton", "Liisa Korhonen, 17, raskaana, lastensuojelun asiakas",
 * "asiakas Matti V. Hollolasta, syntynyt 13.10.1952, diabeetikko". The rule (README):
 *
 * refused when the text names a person — a first name (client-contact.ts's list) followed by a
 * capitalised surname or an initial ("Matti V."), or a Finnish surname (Virtanen, Mäkiselle)
 * after a capitalised word — and, anywhere in the same text, says something of a person's
 * health or social situation (a diagnosis or its code, an illness, substance use, homelessness,
 * pregnancy, child welfare, prison, debt enforcement…) or their date of birth ("syntynyt
 * 13.10.1952", "s. 13.10.1952"). A name right after a job title or the organisation's own word
 * ("ohjaajamme Matti Virtanen", "Toiminnanjohtaja …") is the organisation's contact person and
 * does not count. A name alone, or a situation alone ("asiakas on asunnoton"), passes: the
 * network talks about needs, and needs without a name identify nobody.
 */
import { normaliseWords } from "./normalise.js";
import { NAME_PATTERN, NOT_SURNAME, SURNAME_PATTERN, isTitledPerson } from "./client-contact.js";

const SITUATION = new RegExp(
  "(?<![\\p{L}\\d])(?:" +
    [
      "diagno\\p{L}*",
      "[a-z]\\d{2}\\.\\d",
      "masennu\\p{L}*",
      "masentu\\p{L}*",
      "skitsofren\\p{L}*",
      "psykoo\\p{L}*",
      "kaksisuuntai\\p{L}*",
      "mielenterveys\\p{L}*",
      "alkoholi\\p{L}*",
      "alkoholisti\\p{L}*",
      "päihde\\p{L}*",
      "päihtee\\p{L}*",
      "huume\\p{L}*",
      "narkomaa\\p{L}*",
      "korvaushoido\\p{L}*",
      "asunno(?:ton|ttom)\\p{L}*",
      "raskaa\\p{L}*",
      "lastensuojel\\p{L}*",
      "huostaa\\p{L}*",
      "huostassa",
      "sijoitettu\\p{L}*",
      "diabee\\p{L}*",
      "syöpä\\p{L}*",
      "syövä\\p{L}*",
      "hiv",
      "adhd",
      "autis\\p{L}*",
      "dementi\\p{L}*",
      "muistisairau\\p{L}*",
      "muistisairas\\p{L}*",
      "kehitysvamma\\p{L}*",
      "vammai\\p{L}*",
      "epilep\\p{L}*",
      "vankila\\p{L}*",
      "vanki\\p{L}*",
      "vangi\\p{L}*",
      "tuomio\\p{L}*",
      "rikos\\p{L}*",
      "ulosot\\p{L}*",
      "velkaantu\\p{L}*",
      "toimeentulotu\\p{L}*",
      "sairaus\\p{L}*",
      "sairaude\\p{L}*",
      "sairaala\\p{L}*",
      "itsetuho\\p{L}*",
      "väkivalla\\p{L}*",
      "väkivalta\\p{L}*",
      "turvakoti\\p{L}*",
      "depression",
      "depressed",
      "schizophren\\p{L}*",
      "alcohol\\p{L}*",
      "addict\\p{L}*",
      "homeless\\p{L}*",
      "pregnant",
      "diabet\\p{L}*",
      "cancer",
      "prison",
      "hemlös\\p{L}*",
      "gravid",
      "missbruk\\p{L}*",
      "barnskydd\\p{L}*",
    ].join("|") +
    ")(?![\\p{L}\\d])",
  "gu",
);
const BIRTH = /(?<![\p{L}\d])(?:syntynyt|synt\.|s\.|född|born|b\.)\s*\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}/u;
/** A first name followed by a capitalised surname or an initial. */
const FULL_NAME = new RegExp(
  `${NAME_PATTERN}\\s+(?:\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?|\\p{Lu}\\.)(?![\\p{L}\\d])`,
  "gu",
);
const CAPITALISED_THEN_SURNAME = new RegExp(`(?<![\\p{L}\\d])\\p{Lu}\\p{Ll}+\\s+(${SURNAME_PATTERN})`, "gu");

/** True when `text` names a person together with their health or social situation or birth date. */
export function containsClientIdentity(text: string): boolean {
  const s = normaliseWords(text);
  const lower = s.toLowerCase();
  if (!BIRTH.test(s) && !new RegExp(SITUATION.source, "u").test(lower)) return false;
  const names = [
    ...s.matchAll(FULL_NAME),
    ...[...s.matchAll(CAPITALISED_THEN_SURNAME)].filter((m) => !NOT_SURNAME.test(m[1]!.toLowerCase())),
  ];
  return names.some((m) => !isTitledPerson(s, m.index));
}
