/** Two functions for the nesting check's own test (tests/core/architecture.test.ts): one too deep, one just deep enough. */
export function fourBlocksDeep(rows: number[][]): number {
  let n = 0;
  for (const row of rows) {
    if (row.length) {
      for (const x of row) {
        if (x > 0) {
          n += x;
        }
      }
    }
  }
  return n;
}

export function threeBlocksDeep(rows: number[][]): number {
  let n = 0;
  for (const row of rows) {
    if (row.length) {
      for (const x of row) n += x > 0 ? x : 0;
    }
  }
  return n;
}
