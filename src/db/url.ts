/** Which database DATABASE_URL points at: `file:` → SQLite, `postgresql://` or `postgres://` → PostgreSQL. */
export type Provider = "sqlite" | "postgresql";

export function providerOf(databaseUrl: string): Provider | undefined {
  if (/^file:.+/.test(databaseUrl)) return "sqlite";
  if (/^postgres(ql)?:\/\//i.test(databaseUrl)) return "postgresql";
  return undefined;
}

/** The URL without its password, for logs and messages. */
export function redactUrl(databaseUrl: string): string {
  return databaseUrl.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@/]*@/i, "$1:***@");
}
