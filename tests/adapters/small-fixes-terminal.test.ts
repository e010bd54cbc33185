/**
 * Small defects from the hostile test (F17, F19, F20) through the real terminal adapter.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rm, utimes } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
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

  it("F19: charts go to a folder per run under the given root; run folders older than a day are removed", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "mk-files-test-"));
    try {
      const old = path.join(root, "20261101T070000Z-aaaaaa");
      const recent = path.join(root, "20261130T060000Z-bbbbbb");
      await mkdir(old);
      await mkdir(recent);
      const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
      await utimes(old, twoDaysAgo, twoDaysAgo);
      const term = await terminal({ filesRoot: root });
      const first = await term.type("/kayttaja Kaisa", "/raportti");
      const second = await term.type("/raportti");
      await term.end();
      const paths = [...(first + second).matchAll(/^(\/\S+\.png)$/gm)].map((m) => m[1]!);
      expect(paths).toHaveLength(6);
      expect(new Set(paths).size).toBe(6); // the second report does not overwrite the first
      for (const p of paths) {
        expect(p.startsWith(root + path.sep)).toBe(true);
        expect(existsSync(p)).toBe(true);
      }
      const runs = new Set(paths.map((p) => path.dirname(p)));
      expect(runs.size).toBe(1);
      expect(existsSync(old)).toBe(false);
      expect(existsSync(recent)).toBe(true);
      expect((await readdir(root)).sort()).toEqual([path.basename(recent), path.basename([...runs][0]!)].sort());
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it("F20: the place summary says when it starts after 'heti'; one seat is '1 paikka'; the municipality is from the list", async () => {
    const term = await terminal();
    const { type, press } = term;
    // Any text as the municipality is refused with the list; the list's names in any case are taken.
    const refused = await type('/organisaatio Evil ry, =1+2+HYPERLINK("http://x")');
    expect(refused).toContain("Kunnan pitää olla jokin verkoston kunnista: Lahti, Hollola");
    expect(await term.db.organisation.findFirst({ where: { name: "Evil ry" } })).toBeNull();
    expect(await type("/organisaatio A;B, C")).toContain("Kunnan pitää olla");
    expect(await type("/organisaatio Nuorisotalo Hollola,  hollola ")).toContain("Olet nyt mukana järjestössä");
    expect(await term.db.organisation.findFirstOrThrow({ where: { name: "Nuorisotalo Hollola" } })).toMatchObject({
      municipality: "Hollola",
    });
    await type("/kayttaja Sven", "/organisaatio Svenska rf, Lahtis");
    expect(await term.db.organisation.findFirstOrThrow({ where: { name: "Svenska rf" } })).toMatchObject({
      municipality: "Lahti",
    });

    // The place form: "heti" shows as such in the summary, as in the post.
    await type("/kayttaja Minna", "/organisaatio Nuorisotalo Hollola");
    await type("/paikka");
    await press("Työkokeilu");
    await type("Kahvilatyöntekijä");
    await press("Ohita");
    await press("Valmis");
    await press("Hollola");
    await press("20 h");
    await press("heti tai sopimuksen mukaan");
    await press("60 päivää");
    const summary = await press("Ohita");
    expect(summary).toContain("Alkaa: heti tai sopimuksen mukaan");
    expect(summary).not.toContain("Alkaa: –");
    await press("Lähetä");

    // A joint purchase closed with one organisation on one seat: "1 paikka", not "1 paikkaa".
    await type("/hankinta nimi=Ensiapukurssi min=2 max=3 hinta=300 määräaika=31.1.2027");
    await press("Julkaise");
    const purchase = await term.db.purchase.findFirstOrThrow();
    await type(`/hankinta ${purchase.id}`);
    await press("Liity mukaan");
    await type("2");
    await type("/kayttaja Sven", `/hankinta ${purchase.id}`);
    await press("Liity mukaan");
    await type("1");
    const closed = await type("/kayttaja Minna", `/hankinta sulje ${purchase.id}`);
    expect(closed).toMatch(/Svenska rf: 1 paikka – 100/);
    expect(closed).toMatch(/Nuorisotalo Hollola: 2 paikkaa – 200/);
    expect(closed).not.toContain("1 paikkaa");
    await term.end();
  });
});
