/**
 * How deeply each function of the given sources nests blocks, read with the TypeScript compiler
 * (its syntax tree, not the text): `if`/`else`, loop, `try`/`catch`/`finally` and `switch` blocks
 * inside a function's body count; a function inside a function is measured on its own.
 *
 *   npx tsx scripts/nesting.ts [max=3] [folder=src/core]   lists the functions deeper than max
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { API } from "typescript/unstable/sync";
import { SyntaxKind, type Node, type SourceFile } from "typescript/unstable/ast";

export interface DeepFunction {
  file: string;
  line: number;
  name: string;
  depth: number;
}

const FUNCTIONS = new Set([
  SyntaxKind.FunctionDeclaration,
  SyntaxKind.FunctionExpression,
  SyntaxKind.ArrowFunction,
  SyntaxKind.MethodDeclaration,
  SyntaxKind.Constructor,
  SyntaxKind.GetAccessor,
  SyntaxKind.SetAccessor,
]);

function lineOf(source: SourceFile, pos: number): number {
  return source.text.slice(0, pos).split("\n").length;
}

function nameOf(fn: Node): string {
  const named = (fn as unknown as { name?: { text?: string } }).name?.text;
  if (named) return named;
  const parent = fn.parent as unknown as { name?: { text?: string } } | undefined;
  return parent?.name?.text ? `${parent.name.text} (function)` : "(anonymous function)";
}

/** The deepest block nesting of every function in one parsed file. */
export function functionDepths(source: SourceFile, file: string): DeepFunction[] {
  const out: DeepFunction[] = [];
  const visitFunction = (fn: Node) => {
    let deepest = 0;
    const walk = (node: Node, depth: number) => {
      node.forEachChild((child) => {
        if (FUNCTIONS.has(child.kind)) {
          visitFunction(child);
          return undefined;
        }
        const nested = child.kind === SyntaxKind.Block || child.kind === SyntaxKind.CaseBlock ? depth + 1 : depth;
        deepest = Math.max(deepest, nested);
        walk(child, nested);
        return undefined;
      });
    };
    // The function's own body is depth 0: the blocks inside it count from 1.
    walk(fn, -1);
    out.push({ file, line: lineOf(source, fn.getStart(source)), name: nameOf(fn), depth: Math.max(deepest, 0) });
  };
  const top = (node: Node) => {
    node.forEachChild((child) => {
      if (FUNCTIONS.has(child.kind)) visitFunction(child);
      else top(child);
      return undefined;
    });
  };
  top(source);
  return out;
}

/** Every function under `folder` (relative to `root`) nesting deeper than `max` blocks. */
export function deepFunctions(root: string, folder: string, max: number): DeepFunction[] {
  const files = readdirSync(path.join(root, folder), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts"))
    .map((f) => path.join(root, folder, f));
  const api = new API({ cwd: root });
  try {
    const snapshot = api.updateSnapshot({ openProjects: [path.join(root, "tsconfig.json")] });
    const program = snapshot.getProjects()[0]!.program;
    const found: DeepFunction[] = [];
    for (const file of files) {
      const source = program.getSourceFile(file);
      if (!source) throw new Error(`${file} is not part of the TypeScript project`);
      found.push(...functionDepths(source, path.relative(root, file)).filter((f) => f.depth > max));
    }
    return found;
  } finally {
    api.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const max = Number(process.argv[2] ?? 3);
  const folder = process.argv[3] ?? "src/core";
  const deep = deepFunctions(process.cwd(), folder, max);
  for (const f of deep) console.log(`${f.file}:${f.line} ${f.name}: ${f.depth} blocks deep`);
  console.log(
    deep.length
      ? `${deep.length} function(s) nest deeper than ${max} blocks`
      : `no function in ${folder} nests deeper than ${max} blocks`,
  );
  process.exitCode = deep.length ? 1 : 0;
}
