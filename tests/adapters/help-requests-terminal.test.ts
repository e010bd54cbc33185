/**
 * The whole help-request flow in the terminal adapter, as a newcomer would try it with no
 * accounts: lines typed into a stream, `/kayttaja <name>` (alias `/as`) switching who types,
 * buttons pressed by their numbers; posts and private messages printed with where they went.
 */
import { afterAll, describe, expect, it } from "vitest";
import { cleanupDatabases } from "../support/db.js";
import { terminal } from "../support/terminal.js";
import { runPeriodicJobs } from "../../src/core/jobs/periodic.js";

afterAll(cleanupDatabases);

const DAY = 86_400_000;

describe("terminal adapter", () => {
  it("plays the whole help-request story with /kayttaja and numbered buttons", async () => {
    const term = await terminal();
    const { type, press } = term;

    await type("/organisaatio Manna ry");
    const first = await type("/pyyda");
    expect(first).toContain("» Minna: /pyyda");
    expect(first).toContain("ruoanjakoon perjantaina");
    await type("Kaksi käsiparia ruoanjakoon perjantaina");
    await press("Ohita");
    await press("Käsipareja ja vapaaehtoisia");
    await press("Lahti");
    expect(await type("31.2.")).toContain("Päivää 31.2. ei ole: siinä kuussa on vain 28 päivää"); // the step stays
    await press("14 päivää (suositus)");
    const posted = await press("Järjestön nimissä: Manna ry");
    expect(posted).toContain("Kiitos! Pyyntösi on nyt verkoston nähtävillä");
    expect(posted).toContain("[yhteisöryhmä #");
    expect(posted).toContain("[henkilökunnan kanava #");
    expect(posted).toMatch(/\[\d+\] Voin auttaa/);

    // Pekka offers from the group post, with a note.
    expect(await type("/kayttaja Pekka")).toContain("nyt kirjoittaa Pekka");
    expect(await press("Voin auttaa")).toContain("Kiitos, että haluat auttaa");
    const offered = await type("Tulen klo 10, minulla on peräkärry");
    expect(offered).toContain("Tarjouksesi lähti");
    expect(offered).toContain("[yksityisviesti → Minna");
    expect(offered).toContain("Joku voi auttaa");
    expect(offered).toContain("Tulen klo 10, minulla on peräkärry");

    // Olli is not staff: his list has no staff buttons; Kaisa's has.
    await type("/as Olli");
    const olliList = await type("/avoimet");
    expect(olliList).toContain("Kaksi käsiparia ruoanjakoon perjantaina");
    expect(olliList).not.toContain("Piilota");
    await type("/as Kaisa");
    expect(await type("/avoimet")).toContain("Piilota (1)");

    // Minna accepts: the posts are edited to "in progress"; Pekka gets her contact privately.
    await type("/kayttaja Minna");
    const accepted = await press("Hyväksy");
    expect(accepted).toContain("Hyväksyit avun: Pekka");
    expect(accepted).toContain("[yksityisviesti → Pekka");
    expect(accepted).toContain("pääte: Minna");
    expect(accepted).toMatch(/\[yhteisöryhmä #\d+ muokattu\][^[]*Tila: Työn alla/);

    // Resolve, then thank.
    const resolved = await press("Asia ratkesi");
    expect(resolved).toContain("on ratkaistu");
    expect(resolved).toMatch(/muokattu\][^[]*Ratkaistu/);
    const thanked = await press("Kiitä: Pekka");
    expect(thanked).toContain("Kiitoksesi on välitetty");
    expect(thanked).toContain("Minna (Manna ry) kiittää sinua");

    // /omat shows it all.
    expect(await type("/omat")).toContain("Kaksi käsiparia ruoanjakoon perjantaina – Ratkaistu");

    // Staff hide another request with a reason; Minna is told.
    await type("/pyyda Myydään vanhoja tuoleja");
    await type("/as Kaisa");
    await type("/avoimet");
    expect(await press("Piilota (1)")).toContain("Miksi pyyntö piilotetaan");
    const hidden = await type("Ei verkoston tarve vaan myynti-ilmoitus");
    expect(hidden).toContain("on piilotettu");
    expect(hidden).toContain("Ei verkoston tarve vaan myynti-ilmoitus");
    expect(hidden).toContain("Verkoston koordinaattorit ovat piilottaneet tämän avunpyynnön.");

    // A third request expires when its day has passed.
    await type("/as Minna", "/pyyda Lainaksi peräkärry");
    term.clock.advance(15 * DAY);
    await runPeriodicJobs(term.deps, term.core.registry.jobs);
    await term.drain();
    await type("/omat");
    expect(term.printed()).toMatch(/muokattu\][^[]*Lainaksi peräkärry[^[]*Tila: Vanhentunut/);
    expect(term.printed()).toContain("Pyyntösi ”Lainaksi peräkärry” on vanhentunut");
    await term.end();
  });
});
