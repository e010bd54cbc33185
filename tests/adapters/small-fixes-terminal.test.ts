/**
 * Small defects from the hostile test (F17, F19, F20) through the real terminal adapter.
 */
import { afterAll, describe, expect, it } from "vitest";
import { cleanupDatabases } from "../support/db.js";
import { terminal } from "../support/terminal.js";

afterAll(cleanupDatabases);

describe("terminal: small fixes", () => {
  it("F17: the digest does not list a deleted member's withdrawn request as a new '– –' line", async () => {
    const term = await terminal();
    const { type, press } = term;
    await type(
      "/kayttaja Liisa",
      "/organisaatio Nuorisotalo Hollola, Hollola",
      "/pyyda Peräkärry lainaksi lauantaiksi",
    );
    await type("/kayttaja Olli", "/organisaatio Pelastusarmeija, Lahti", "/pyyda Kyyti Kelaan torstaina");
    term.clock.advance(7 * 86_400_000); // the digest covers the week before
    const before = await type("/kayttaja Kaisa", "/kooste esikatselu");
    expect(before).toContain("Peräkärry lainaksi lauantaiksi");
    await type("/kayttaja Liisa", "/poista_tiedot");
    await press("Kyllä, poista");
    expect(await term.db.helpRequest.count({ where: { status: "withdrawn" } })).toBe(1);
    const after = await type("/kayttaja Kaisa", "/kooste esikatselu");
    expect(after).toContain("Kyyti Kelaan torstaina");
    expect(after).not.toContain("Peräkärry");
    expect(after).not.toMatch(/• –/);
    await term.end();
  });
});
