/** The database layer's own failure, so it needs nothing from the core (the core and the adapters build on it, not the other way round). */
export class DatabaseError extends Error {
  readonly code = "DATABASE_UNAVAILABLE";

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "DatabaseError";
  }
}
