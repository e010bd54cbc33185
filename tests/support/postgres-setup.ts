/**
 * Vitest global setup of the PostgreSQL project: migrates one template database for the run
 * (through the product's own migration path) and drops every database of the run at the end.
 */
import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../src/db/migrate.js";
import { pgAdmin, pgMigrationFactory, quoteIdent, withDatabase } from "../../src/db/postgres.js";
import { databasesLike, dropDatabases, runPrefix, testServer } from "./postgres.js";

declare module "vitest" {
  export interface ProvidedContext {
    pgTemplate: string;
    pgPrefix: string;
  }
}

export default async function setup(project: TestProject) {
  const run = randomBytes(4).toString("hex");
  const prefix = runPrefix(run);
  const template = `${prefix}template`;
  const server = testServer();
  await pgAdmin(server, [`CREATE DATABASE ${quoteIdent(template)}`]);
  await applyMigrations(pgMigrationFactory(withDatabase(server, template)));
  project.provide("pgTemplate", template);
  project.provide("pgPrefix", prefix);
  return async () => {
    await dropDatabases(await databasesLike(prefix));
  };
}
