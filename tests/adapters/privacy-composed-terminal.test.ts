/**
 * Hostile findings F4, F1, F6 end to end in the terminal: a code split over two answers of one
 * form is refused at the answer that completes it (the answers are guarded together, as they are
 * published), and codes in the shapes the tester typed (`131052_308T`, an invisible variation
 * selector after a digit) are refused. Nothing of them reaches the database or the groups.
 */
import { afterAll, describe, expect, it } from "vitest";
import { cleanupDatabases } from "../support/db.js";
import { terminal } from "../support/terminal.js";
import { findInDatabase } from "../support/scan.js";
import { t } from "../../src/core/i18n/index.js";

afterAll(cleanupDatabases);

const REFUSED_CODE = t("fi", "privacy-refused-identity-code");
const REFUSED_CONTACT = t("fi", "privacy-refused-client-contact");

describe("answers are guarded together", () => {
  it("a code split over the title and the details of /pyyda is refused; the form goes on without it", async () => {
    const term = await terminal();
    const { type, press, db } = term;
    await type("/kayttaja Liisa");
    await type("/organisaatio Nuorisotalo Hollola, Hollola");
    await type("/pyyda");
    await type("Kyyti Kelaan asiakkaalle, s. 131052");
    const second = await type("-308T on tunnuksen loppu jos Kela kysyy");
    expect(second).toContain(REFUSED_CODE);
    expect(second).not.toContain("[yhteisöryhmä");
    // Answered again without the code, the request goes out without it.
    await type("Kela kysyy tunnuksen itse asiakkaalta");
    await press("Kuljetusta ja kyytejä");
    await press("Hollola");
    await press("14 päivää (suositus)");
    const posted = await press("Järjestön nimissä: Nuorisotalo Hollola");
    expect(posted).toContain("[yhteisöryhmä #");
    expect(posted).not.toContain("308T");
    expect(await findInDatabase(db, ["308T"])).toEqual([]);
  });

  it("a client's phone number split over two answers of /paikka is refused", async () => {
    const term = await terminal();
    const { type, press } = term;
    await type("/kayttaja Repro");
    await type("/organisaatio Repro ry, Lahti");
    await type("/paikka");
    await press("Työkokeilu");
    await type("Kahvilatyöntekijä asiakkaallemme Matille, puh 040");
    const tasks = await type("123 4567 jos kysyttävää");
    expect(tasks).toContain(REFUSED_CONTACT);
  });

  it("the shapes typed by the tester are refused: separators, an invisible variation selector, a four-digit year", async () => {
    const term = await terminal();
    const { type, db } = term;
    await type("/kayttaja Mallory");
    await type("/organisaatio Testiyhdistys ry, Lahti");
    for (const line of [
      "/pyyda Asiakkaan hetu 131052_308T, tarvitsee kyydin Kelaan",
      "/pyyda Asiakkaan hetu 1\ufe0f31052-308T tarvitsee kyydin",
      "/pyyda Asiakkaan hetu 24121988-451D tarvitsee kyydin",
      "/pyyda Asiakkaan hetu 1 3 1 0 5 2 - 3 0 8 T tarvitsee kyydin",
    ]) {
      const out = await type(line);
      expect(out, line).toContain(REFUSED_CODE);
      expect(out, line).not.toContain("[yhteisöryhmä");
    }
    expect(await db.helpRequest.count()).toBe(0);
  });
});
