/** Vitest global setup used when no PostgreSQL server answered: says so once, at the end of the run. */
export default function setup() {
  return () => {
    process.stdout.write(`\n${process.env.MK_TEST_POSTGRES_SKIPPED ?? "PostgreSQL suite skipped."}\n`);
  };
}
