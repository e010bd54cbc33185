/**
 * Log lines never carry what members typed (src/core/privacy/logs.ts): errors and libraries' log
 * lines that quote their input are logged without it.
 */
import { describe, expect, it } from "vitest";
import { safeError, safeLogArgs, scrubLogText } from "../../src/core/privacy/index.js";

const WORDS = "Kuukkeli asiakkaan hetu 131052-308T";

function parseError(): Error {
  try {
    JSON.parse(`{"text": ${WORDS}}`);
  } catch (e) {
    return e as Error;
  }
  throw new Error("JSON.parse did not fail");
}

describe("errors and library log lines are logged without member text", () => {
  it("JSON.parse's message quotes the text it could not read: the quote is gone", () => {
    const err = parseError();
    expect(err.message).toContain("Kuukkeli"); // the danger is real
    const safe = safeError(err);
    expect(JSON.stringify(safe)).not.toContain("Kuukkeli");
    expect(safe).toMatchObject({ name: "SyntaxError" });
    expect(safe.stack).toMatch(/^at /);
  });

  it("a Prisma-style message printing the query's arguments after its first line keeps the first line only", () => {
    const err = new Error(
      `\nInvalid \`prisma.helpRequest.create()\` invocation:\n\n{\n  data: {\n    title: "${WORDS}"\n  }\n}`,
    );
    const safe = safeError(err);
    expect(safe.message).toContain("prisma.helpRequest.create()");
    expect(JSON.stringify(safe)).not.toContain("Kuukkeli");
  });

  it("Bolt's lines that append a body or an error message lose them", () => {
    for (const line of [
      `Failed to parse the request body: Unexpected token 'K', "{"text": ${WORDS}" is not valid JSON`,
      `An unhandled error occurred while Bolt processed (type: message, error: Error: text: ${WORDS})`,
      `Malformed request body: payload=${WORDS}`,
    ])
      expect(scrubLogText(line), line).not.toContain("Kuukkeli");
    expect(
      safeLogArgs([
        "Slack API error: invalid_blocks",
        Object.assign(new Error("An API error occurred: invalid_blocks"), {
          code: "slack_webapi_platform_error",
          data: { error: "invalid_blocks" },
        }),
      ]),
    ).toContain("invalid_blocks");
    expect(safeLogArgs([{ text: WORDS }])).toBe("[object]");
  });

  it("keeps what helps to find a bug: name, code, the platform's error code, a plain message", () => {
    const err = Object.assign(new TypeError("Cannot read properties of undefined (reading 'id')"), { code: "E_TEST" });
    expect(safeError(err)).toMatchObject({
      name: "TypeError",
      code: "E_TEST",
      message: 'Cannot read properties of undefined (reading "…")',
    });
  });
});
