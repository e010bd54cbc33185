/**
 * Numbers while a form is open (hostile test F9, issue 12's class): a number only ever presses the
 * open form's current question's buttons, or is a typed answer — never a button of another message
 * (a group post, a list) printed since; a number the question has no button for says so, shows the
 * question again and keeps the form. Through the real terminal adapter.
 */
import { afterAll, describe, expect, it } from "vitest";
import { cleanupDatabases } from "../support/db.js";
import { terminal } from "../support/terminal.js";

afterAll(cleanupDatabases);

type Term = Awaited<ReturnType<typeof terminal>>;

/** Someone else's open help request: its community-group post has a "Voin auttaa" button. */
async function othersRequest(term: Term) {
  await term.type("/kayttaja Olli", "/organisaatio Pelastusarmeija, Lahti", "/pyyda Kyyti Kelaan torstaina");
  const post = term.printed();
  expect(post).toMatch(/yhteisöryhmä #\d+\][^[]*Kyyti Kelaan[\s\S]*\[1\] Voin auttaa/);
}

/** Repro's place form, at 3/9 (tasks: an optional text with [#1] Ohita [#2] Keskeytä). */
async function placeFormAtTasks(term: Term) {
  await term.type("/kayttaja Repro", "/organisaatio Repro ry, Lahti", "/paikka", "#1");
  const tasks = await term.type("Kahvilatyöntekijä");
  expect(tasks).toContain("3/9");
  expect(tasks).toContain("[#1] Ohita");
}

async function dialogOf(term: Term, user: string) {
  return term.db.dialog.findFirst({ where: { platform: "terminal", userId: user } });
}

describe("terminal: numbers while a form is open", () => {
  it("F9: after a refused answer, #1 presses the question's Ohita, not Voin auttaa on a group post", async () => {
    const term = await terminal();
    await othersRequest(term);
    await placeFormAtTasks(term);
    const refused = await term.type("Asiakkaan numero 0401234567");
    expect(refused).toContain("Aiemmat vastauksesi ovat tallessa");
    // The question and its buttons are shown again.
    expect(refused).toContain("Lomake on yhä auki");
    expect(refused).toMatch(/3\/9[\s\S]*\[#1\] Ohita/);
    const skipped = await term.type("#1");
    expect(skipped).not.toContain("haluat auttaa");
    expect(skipped).toContain("4/9");
    expect((await dialogOf(term, "Repro"))?.flow).toBe("pt-place");
    expect(await term.db.helpOffer.count()).toBe(0);
    await term.end();
  });

  it("every shape of a number, after a refusal, an error, a help text and a command: only the question's buttons", async () => {
    const term = await terminal();
    await othersRequest(term);
    await placeFormAtTasks(term);
    const before = await dialogOf(term, "Repro");
    // The question has buttons 1 (Ohita) and 2 (Keskeytä): 3 in any shape is no button of the form;
    // the group post's buttons are out of reach. The form stays as it was.
    const tries = [
      ["Asiakkaan numero 0401234567", "#3"],
      ["/ohje", "3."],
      ["/avoimet", "3)"],
      ["/omat", "[3]"],
      ["/organisaatio", " #3 "],
      ["/kieli", "# 3"],
    ];
    for (const [between, number] of tries) {
      await term.type(between!);
      const out = await term.type(number!);
      expect(out, `${between} then ${number}`).toContain("Lomake on yhä auki, ja sen kysymyksessä ei ole painiketta 3");
      expect(out).toMatch(/3\/9[\s\S]*\[#1\] Ohita/);
      expect(out).not.toContain("haluat auttaa");
      expect(await dialogOf(term, "Repro")).toMatchObject({
        flow: before!.flow,
        step: before!.step,
        data: before!.data,
      });
    }
    // After the list of open requests (whose "Voin auttaa" is button 1), "1." still means Ohita.
    const list = await term.type("/avoimet");
    expect(list).toContain("Kyyti Kelaan");
    expect(await term.type("1.")).toContain("4/9");
    expect(await term.db.helpOffer.count()).toBe(0);
    // A help text in between: the question is shown again, and "1)" presses its first button.
    expect(await term.type("/ohje")).toMatch(/Lomake on yhä auki[\s\S]*4\/9/);
    expect(await term.type("1)")).toMatch(/4\/9[\s\S]*\[#1\] ✅/); // its first option ticked
    expect((await dialogOf(term, "Repro"))?.flow).toBe("pt-place");
    expect(await term.db.helpOffer.count()).toBe(0);
    await term.end();
  });

  it("a bare number is the typed answer while a form is open; with no form it presses the newest buttons", async () => {
    const term = await terminal();
    await othersRequest(term);
    await placeFormAtTasks(term);
    // "1" at a text question is the answer "1" (a task description), never the group's Voin auttaa.
    const answered = await term.type(" 1 ");
    expect(answered).not.toContain("haluat auttaa");
    expect(answered).toContain("4/9");
    // Another form's command replaces this one, but never without a word.
    const replaced = await term.type("/pyyda");
    expect(replaced).toContain("keskeneräinen lomakkeesi suljettiin");
    expect((await dialogOf(term, "Repro"))?.flow).not.toBe("pt-place");
    // Cancelling with the question's own button: no notice (the form's own answer says it).
    const cancelled = await term.press("Keskeytä");
    expect(cancelled).not.toContain("keskeneräinen lomakkeesi suljettiin");
    expect(await dialogOf(term, "Repro")).toBeNull();
    await term.end();
  });

  it("a form left open at the end of a run is announced at the next start", async () => {
    const term = await terminal();
    await term.type("/organisaatio Puolikas ry, Lahti", "/pyyda", "Osittainen pyyntö");
    await term.end();
    const { createTerminalAdapter } = await import("../../src/bots/terminal/adapter.js");
    const { PassThrough } = await import("node:stream");
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = "";
    output.on("data", (c: Buffer) => (printed += c.toString("utf8")));
    const again = createTerminalAdapter(term.core, { input, output });
    input.end();
    await again.run();
    expect(printed).toContain("Sinulla on keskeneräinen lomake auki");
    expect(printed).toContain("/keskeyta");
  });
});
