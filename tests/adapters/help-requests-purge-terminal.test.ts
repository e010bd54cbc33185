/**
 * Hostile finding F24 in the terminal: staff "Piilota" no longer re-posts or quotes the hidden
 * text (the staff channel's post and the asker's message name the request by its number), and
 * staff can remove a request's text for good ("Poista teksti"): the row keeps "–", every post
 * is edited, nothing quotes it.
 */
import { afterAll, describe, expect, it } from "vitest";
import { cleanupDatabases } from "../support/db.js";
import { terminal } from "../support/terminal.js";

afterAll(cleanupDatabases);

const LEAK = "Kalle Kuusiniemi kaipaa talvitakkia";

describe("staff hide and remove a request's text", () => {
  it("hiding does not re-send the text; removing it blanks the row and edits every post", async () => {
    const term = await terminal();
    const { type, press, db } = term;
    await type("/kayttaja Minna");
    await type("/organisaatio Manna ry, Lahti");
    const posted = await type(`/pyyda ${LEAK}`);
    expect(posted).toContain(LEAK);

    await type("/as Kaisa");
    await type("/avoimet");
    await press("Piilota (1)");
    const hidden = await type("Pyynnössä oli asiakkaan nimi. Kirjoita uusi ilman sitä.");
    expect(hidden).toMatch(/\[henkilökunnan kanava #\d+ muokattu\]/);
    expect(hidden).toMatch(/\[yhteisöryhmä #\d+ muokattu\]/);
    // Neither the edited posts nor the message to Minna quote the text again.
    expect(hidden).not.toContain("Kuusiniemi");
    expect(hidden).toContain("Verkoston koordinaattori piilotti pyyntösi ”#");

    const purged = await press("Poista teksti (luottamuksellinen)");
    expect(purged).toMatch(/muokattu\]/);
    expect(purged).not.toContain("Kuusiniemi");
    expect(purged).toContain("poisti pyyntösi #");
    const row = await db.helpRequest.findFirstOrThrow();
    expect(row).toMatchObject({ title: "–", details: "", status: "hidden" });
    // Once removed, only "reopen" is left.
    expect(purged).not.toMatch(/\[\d+\] Poista teksti/);
    await term.end();
  });
});
