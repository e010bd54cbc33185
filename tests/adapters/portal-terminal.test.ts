/**
 * The portal in the terminal adapter: an organisation fills in its profile with `/jarjesto`,
 * staff approve it with one button in the staff view, the organisation announces a work-trial
 * place with `/paikka` (posted to the group and the staff channel), `/paikat` lists and filters
 * it, the place is closed when filled; refusals of the confidentiality guard; expiry and the
 * 12-month check through the periodic job.
 */
import { afterAll, describe, expect, it } from "vitest";
import { cleanupDatabases } from "../support/db.js";
import { terminal } from "../support/terminal.js";
import { runPeriodicJobs } from "../../src/core/jobs/periodic.js";

afterAll(cleanupDatabases);

const DAY = 86_400_000;

describe("portal in the terminal", () => {
  it("profile → staff approval → place → list → close; guard refusals", async () => {
    const term = await terminal();
    const { type, press, db } = term;
    await type("/organisaatio Kaupunkikylä ry");

    // /jarjesto starts the form at once when there is no profile yet.
    expect(await type("/jarjesto")).toContain("Mitä järjestösi tekee?");
    expect(await type("Liian lyhyt")).toContain("Kerro vähän enemmän");
    // An identity code is refused by the guard; the step stays.
    expect(await type("Autamme asiakasta 131052-308T työllistymään ekokahvilassa.")).toContain("henkilötunnus");
    expect(
      await type(
        "Ekokahvila MeaMannassa nuoret ja pitkäaikaistyöttömät pääsevät töihin eläinten parissa ja kahvilaan.",
      ),
    ).toContain("Kenelle toimintanne");
    await press("Nuoret");
    const toggled = await press("Pitkäaikaistyöttömät");
    expect(toggled).toContain("✅ Nuoret");
    expect(toggled).toContain("✅ Pitkäaikaistyöttömät");
    await press("Valmis");
    // Typed choices work too.
    expect(await type("eläimet, ruoka")).toContain("Mitä muuta teillä on");
    await press("Ohita");
    await press("Hollola");
    await press("Lahti");
    await press("Valmis");
    await type("Kauppakatu 5, Hollola. Ma–pe 9–15");
    // The organisation's own phone, e-mail and street address together are allowed in the contact field.
    await type("puh. 03 123 4567, info@kaupunkikyla.fi, Kauppakatu 5, Hollola");
    await type("suomi, englanti");
    const summary = await type("Esteetön sisäänkäynti");
    expect(summary).toContain("Tarkista vielä");
    expect(summary).toContain("Kenelle: Nuoret, Pitkäaikaistyöttömät");
    expect(summary).toContain("Toiminta: Ruoka ja kahvila, Eläimet");
    expect(summary).toContain("Kunnat: Lahti, Hollola");
    const sent = await press("Lähetä");
    expect(sent).toContain("lähetetty verkoston henkilökunnalle");
    expect(sent).toMatch(/\[henkilökunnan kanava #\d+\][\s\S]*Uusi esittely hyväksyttäväksi: Kaupunkikylä ry/);
    expect(sent).not.toMatch(/\[yhteisöryhmä #\d+\][\s\S]*Uusi esittely/);
    let profile = await db.portalProfile.findFirstOrThrow();
    expect(profile.published).toBe(false);

    // A member who is not staff cannot approve.
    await type("/as Olli");
    expect(await press("Hyväksy ja julkaise")).toContain("vain verkoston henkilökunnalle");
    // Kaisa (staff) approves with one button; Minna is told privately.
    await type("/as Kaisa");
    const approved = await press("Hyväksy ja julkaise");
    expect(approved).toContain("Kaisa hyväksyi järjestön Kaupunkikylä ry esittelyn");
    expect(approved).toContain("[yksityisviesti → Minna");
    profile = await db.portalProfile.findFirstOrThrow();
    expect(profile.published).toBe(true);
    expect(profile.targetGroups).toBe("youth,long_term_unemployed");
    expect(profile.contact).toContain("info@kaupunkikyla.fi");
    // The approved post now offers staff a way to take the profile down again.
    expect(approved).toContain("Piilota portaalista");

    // Minna announces a work-trial place.
    await type("/as Minna");
    expect(await type("/jarjesto")).toContain("Järjestösi esittely portaalissa");
    expect(await type("/paikka")).toContain("Millainen paikka");
    await press("Työkokeilu");
    await type("Eläintenhoitaja kotieläinpihalle");
    await type("Eläinten ruokinta ja pihatyöt");
    await press("Nuoret");
    await press("Valmis");
    await press("Hollola");
    expect(await type("80")).toContain("Kirjoita tuntimäärä");
    await press("20 h");
    await press("heti tai sopimuksen mukaan");
    await press("60 päivää");
    const placeSummary = await press("Ohita");
    expect(placeSummary).toContain("Paikka: Työkokeilu");
    expect(placeSummary).toContain("Tunteja viikossa: 20 h/vko");
    const created = await press("Lähetä");
    expect(created).toContain("lähetetty verkoston henkilökunnalle hyväksyttäväksi");
    // Nothing public before staff approve it: only the staff channel sees it, with the buttons.
    expect(created).not.toMatch(/\[yhteisöryhmä #\d+\]/);
    expect(created).toMatch(/\[henkilökunnan kanava #\d+\][\s\S]*Työkokeilu: Eläintenhoitaja kotieläinpihalle/);
    expect(created).toContain("Odottaa hyväksyntää");
    // No "how to apply" typed: the profile's public contact is used.
    expect(created).toContain("Näin haet: puh. 03 123 4567");
    expect(await type("/paikat")).toContain("Avoimet paikat (0)");
    expect((await db.openPlace.findFirstOrThrow()).status).toBe("pending");
    await type("/as Olli");
    expect(await press("Hyväksy ja julkaise")).toContain("vain verkoston henkilökunnalle");
    await type("/as Kaisa");
    const placeApproved = await press("Hyväksy ja julkaise");
    expect(placeApproved).toMatch(/\[yhteisöryhmä #\d+\][\s\S]*Työkokeilu: Eläintenhoitaja kotieläinpihalle/);
    expect(placeApproved).toMatch(/\[yksityisviesti → Minna[\s\S]*Eläintenhoitaja kotieläinpihalle” on hyväksytty/);
    expect((await db.openPlace.findFirstOrThrow()).status).toBe("open");
    await type("/as Minna");

    // /paikat filters by typed words.
    expect(await type("/paikat työkokeilu Hollola")).toContain("Eläintenhoitaja kotieläinpihalle");
    const none = await type("/paikat palkkatuki");
    expect(none).toContain("Avoimet paikat (0)");
    expect(none).toContain("ei ole avoimia paikkoja");
    // Another organisation's member cannot close it.
    await type("/as Olli");
    await type("/organisaatio Manna ry");
    const others = await type("/paikat");
    expect(others).toContain("Eläintenhoitaja");
    expect(others).not.toContain("Paikka täytetty");
    // Nor can a newcomer who just typed /organisaatio with the same organisation's name.
    await type("/as Mallory");
    await type("/organisaatio Kaupunkikylä ry");
    expect(await type("/paikat")).not.toContain("Paikka täytetty");
    // Minna closes it: the posts are edited.
    await type("/as Minna");
    await type("/paikat");
    const closed = await press("Paikka täytetty – sulje");
    expect(closed).toContain("on suljettu");
    expect(closed).toMatch(/muokattu\][\s\S]*Täytetty – kiitos!/);
    expect(await type("/paikat")).toContain("Avoimet paikat (0)");

    // Staff take a place or a profile off the portal from the terminal too; members cannot.
    const placeId = (await db.openPlace.findFirstOrThrow()).id;
    expect(await type(`/piilota paikka ${placeId}`)).toContain("vain verkoston henkilökunnalle");
    await type("/as Kaisa");
    expect(await type("/piilota jotain")).toContain("/piilota paikka 12");
    expect(await type(`/piilota paikka ${placeId}`)).toContain("on piilotettu, ja sen tekstit on poistettu");
    expect((await db.openPlace.findFirstOrThrow()).title).toBe("–");
    expect(await type(`/piilota http://portaali.example/jarjestot/${profile.organisationId}`)).toContain(
      "Kaupunkikylä ry esittely on piilotettu portaalista",
    );
    expect((await db.portalProfile.findFirstOrThrow()).published).toBe(false);
    expect(await type("/piilota paikka 99999999999")).toContain("/piilota paikka 12");
    await term.end();
  });

  it("expires places at their end date and flags profiles not updated for 12 months, first to the organisation, then to staff", async () => {
    const term = await terminal();
    const { type, press, db, deps, clock } = term;
    await type("/organisaatio Manna ry");
    const org = await db.organisation.findFirstOrThrow({ where: { name: "Manna ry" } });
    await db.portalProfile.create({
      data: {
        organisationId: org.id,
        published: true,
        about: "Ruoka-apua Lahdessa.",
        targetGroups: "everyone",
        municipalities: "Lahti",
        contact: "info@manna.fi",
        confirmedAt: clock.now(),
      },
    });
    await type("/paikka");
    await press("Vapaaehtoistyö");
    await type("Ruoanjakaja");
    await press("Ohita");
    await press("Valmis"); // optional: nobody in particular
    await press("Lahti");
    await press("Ohita");
    await type("heti");
    await type("7");
    await press("Ohita");
    await press("Lähetä");
    expect(await db.openPlace.count({ where: { status: "pending" } })).toBe(1);
    await type("/as Kaisa");
    await press("Hyväksy ja julkaise");
    expect(await db.openPlace.count({ where: { status: "open" } })).toBe(1);
    await type("/as Minna");

    clock.advance(8 * DAY);
    await runPeriodicJobs(deps, term.core.registry.jobs);
    await term.drain();
    expect((await db.openPlace.findFirstOrThrow()).status).toBe("expired");
    expect(term.printed()).toMatch(/muokattu\][\s\S]*Haku on päättynyt/);

    clock.advance(366 * DAY);
    await runPeriodicJobs(deps, term.core.registry.jobs);
    await term.drain();
    expect(term.printed()).toContain("ei ole päivitetty vuoteen. Ovatko tiedot yhä oikein?");
    await runPeriodicJobs(deps, term.core.registry.jobs); // once only
    await term.drain();
    expect(term.printed().split("Ovatko tiedot yhä oikein").length).toBe(2);
    expect(term.printed()).not.toContain("eikä järjestöstä ole vastattu");
    clock.advance(15 * DAY);
    await runPeriodicJobs(deps, term.core.registry.jobs);
    await term.drain();
    expect(term.printed()).toMatch(
      /\[henkilökunnan kanava #\d+\][\s\S]*Manna ry esittelyä ei ole päivitetty vuoteen, eikä järjestöstä/,
    );
    // Confirming starts the clock again.
    const confirmed = await press("Tiedot ovat ajan tasalla");
    expect(confirmed).toContain("Merkitsin, että esittelyn tiedot ovat ajan tasalla");
    const p = await db.portalProfile.findFirstOrThrow();
    expect(p.staleNotifiedAt).toBeNull();
    expect(p.confirmedAt.getTime()).toBe(clock.now().getTime());
    await term.end();
  });
});
