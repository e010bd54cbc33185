/** Organisation names that mean the same organisation are recognised; different ones are not. */
import { describe, expect, it } from "vitest";
import { organisationKey, similarOrganisation } from "../../src/core/members.js";
import { SEED_ORGANISATIONS } from "../../src/core/seed.js";

describe("organisation names", () => {
  it("reduces a name to what tells it apart: case, punctuation, accents, ry/r.y./rf, a town at the end", () => {
    for (const n of ["Manna ry", "Manna ry., Lahti", "MANNA R.Y.", "manna rf", "Manna ry Lahti", " Manna  r.y "])
      expect(organisationKey(n), n).toBe("manna");
    expect(organisationKey("Jyränkölän Setlementti ry")).toBe("jyrankolan setlementti");
    expect(organisationKey("Nastolan työttömät ry")).toBe("nastolan tyottomat");
    expect(organisationKey("Lahti")).toBe("lahti"); // a town alone stays a name
  });

  it("offers the existing organisation for a spelling or a typo or two away, and nothing for a different one", () => {
    const all = SEED_ORGANISATIONS;
    expect(similarOrganisation(all, "Manna ry., Lahti")?.name).toBe("Manna ry");
    expect(similarOrganisation(all, "Mana ry")?.name).toBe("Manna ry");
    expect(similarOrganisation(all, "Harjulan setlementti r.y.")?.name).toBe("Harjulan Setlementti ry");
    expect(similarOrganisation(all, "Harjulan Setelmentti")?.name).toBe("Harjulan Setlementti ry");
    expect(similarOrganisation(all, "Pelastusarmeija, Heinola")?.name).toBe("Pelastusarmeija");
    expect(similarOrganisation(all, "Hollolan Nuorisotila ry")).toBeUndefined();
    expect(similarOrganisation(all, "Dilan ystävät")).toBeUndefined();
    expect(similarOrganisation(all, "Avain")).toBeUndefined();
    expect(similarOrganisation([{ name: "Yhdistys 01 ry" }], "Yhdistys 02 ry")).toBeUndefined();
    expect(similarOrganisation([{ name: "Lahden 4H-yhdistys" }], "Lahden 4H yhdistys ry")?.name).toBe(
      "Lahden 4H-yhdistys",
    );
  });
});
