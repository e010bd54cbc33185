// The PostgreSQL variant of prisma/schema.prisma. The models are written once, in
// prisma/schema.prisma (SQLite, the embedded default); PostgreSQL's schema is derived from it:
// the same models with another datasource provider and another client output folder.
// Used by scripts/prisma-generate.mjs (the client) and src/db/migrate.ts (migrations, drift).

/** Where the derived schema is written for `prisma generate` (gitignored, like the clients). */
export const POSTGRESQL_SCHEMA_PATH = "src/generated/postgresql/schema.prisma";

/**
 * Returns prisma/schema.prisma's text with `provider = "postgresql"` in its datasource and the
 * client generated into src/generated/prisma-postgresql (paths relative to the derived file).
 */
export function postgresqlSchema(sqliteSchema) {
  let datasources = 0;
  let outputs = 0;
  const text = sqliteSchema
    .replace(/(datasource\s+\w+\s*\{[^}]*?provider\s*=\s*)"sqlite"/, (_m, head) => {
      datasources++;
      return `${head}"postgresql"`;
    })
    .replace(/(generator\s+client\s*\{[^}]*?output\s*=\s*)"[^"]*"/, (_m, head) => {
      outputs++;
      return `${head}"../prisma-postgresql"`;
    });
  if (datasources !== 1 || outputs !== 1) {
    throw new Error(
      'prisma/schema.prisma needs one datasource with provider = "sqlite" and one generator "client" with an output',
    );
  }
  return `// Generated from prisma/schema.prisma by scripts/prisma-generate.mjs: do not edit.\n${text}`;
}
