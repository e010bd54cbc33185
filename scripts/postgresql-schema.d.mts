export declare const POSTGRESQL_SCHEMA_PATH: string;
export declare function postgresqlSchema(sqliteSchema: string): string;
