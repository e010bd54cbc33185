/**
 * The bad inputs every command and button must survive: what people really type, everywhere.
 * These are what a person types. The Slack emulator encodes them the way Slack does before the
 * app sees them (`<` arrives as `&lt;`), so a typed `<!channel>` is never a real one there.
 */
export const BAD_TEXTS: [string, string][] = [
  ["empty", ""],
  ["whitespace", "   \t  "],
  ["10 000 characters", "a".repeat(10_000)],
  ["emoji and zero-width", "🙂🙂\u200b\u200d\u2060🙂"],
  ["zero-width only", "\u200b\u200b\u200b"],
  ["html injection", "<b>lihava</b></a><script>alert(1)</script>&amp;"],
  ["markdown injection", "*lihava* _kursiivi_ `koodi` ~yli~ [linkki](http://x)"],
  ["slack broadcast", "<!channel> <!here> <@U0KAISA01> <http://evil|klikkaa>"],
  ["word for a number", "viisi"],
  ["negative", "-1"],
  ["huge", "1e9"],
  ["not a number", "NaN"],
  ["past date", "1.1.2000"],
  ["far future", "31.12.9999"],
  ["unknown id", "999999999"],
];

/**
 * What Slack itself puts in message text (Slack's wire format, not typing): wrapped mentions,
 * special words, user groups, dates, channels, links and e-mail addresses, entity-encoded.
 */
export const SLACK_WIRE_TEXTS: [string, string][] = [
  ["mentions and special words", "<!channel> <!here|here> <!everyone> <@U0KAISA01> <@U0EIOLE001|kukaan>"],
  [
    "groups, dates, channels",
    "<!subteam^S0TIIMI01|@tiimi> <!date^1392734382^{date_short}|Feb 18, 2014> <#C0STAFF001|mk-henkilokunta>",
  ],
  ["links and e-mail", "<http://evil.example|klikkaa> <https://mk.example.fi/?a=1&amp;b=2> <mailto:a@b.fi|a@b.fi>"],
  ["entities", "&lt;i&gt;vinosti&lt;/i&gt; &amp; &lt;!channel&gt; ry"],
];

/** Forged or stale button payloads: ids of records that do not exist, malformed parts. */
export function badActions(prefixes: string[]): string[] {
  const out: string[] = [];
  for (const p of prefixes) {
    out.push(
      `${p}:`,
      `${p}:x`,
      `${p}:999999999`,
      `${p}:offer:999999999`,
      `${p}:join:-1`,
      `${p}:${"9".repeat(40)}`,
      `${p}:accept:abc:def`,
    );
  }
  return out;
}
