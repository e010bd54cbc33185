import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/core/config.js";
import { ConfigError } from "../../src/core/errors.js";

describe("PORTAL setting", () => {
  it("is on by default, off with PORTAL=off, and a wrong value names the setting", () => {
    expect(parseConfig({}).portal).toBe(true);
    expect(parseConfig({ PORTAL: "off" }).portal).toBe(false);
    expect(parseConfig({ PORTAL: "ei" }).portal).toBe(false);
    expect(() => parseConfig({ PORTAL: "maybe" })).toThrow(ConfigError);
    expect(() => parseConfig({ PORTAL: "maybe" })).toThrow(/PORTAL/);
  });
});
