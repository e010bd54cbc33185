/**
 * The benchmark's report: figures (each with its target and the ratio measured/target), scaling
 * tables and notes; printed as plain-text tables and written to bench/results/latest.json.
 */
import { cpus, totalmem } from "node:os";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface Target {
  op: ">=" | "<=" | "==";
  value: number;
}

export interface Figure {
  scenario: string;
  name: string;
  value: number;
  unit: string;
  target?: Target;
  /** measured / target (for "<=" lower is better, for ">=" higher is better). */
  ratio?: number;
  met?: boolean;
  note?: string;
}

export interface Table {
  title: string;
  columns: string[];
  rows: (string | number)[][];
  note?: string;
}

export class Report {
  readonly figures: Figure[] = [];
  readonly tables: Table[] = [];
  readonly notes: string[] = [];
  readonly errors: { scenario: string; error: string }[] = [];
  readonly startedAt = new Date();

  figure(scenario: string, name: string, value: number, unit: string, target?: Target, note?: string): Figure {
    const f: Figure = { scenario, name, value, unit };
    if (target) {
      f.target = target;
      f.ratio = target.value === 0 ? (value === 0 ? 1 : Infinity) : value / target.value;
      f.met =
        Number.isFinite(value) &&
        (target.op === ">="
          ? value >= target.value
          : target.op === "<="
            ? value <= target.value
            : value === target.value);
    }
    if (note) f.note = note;
    this.figures.push(f);
    return f;
  }

  table(t: Table): void {
    this.tables.push(t);
  }

  note(text: string): void {
    this.notes.push(text);
  }

  error(scenario: string, err: unknown): void {
    this.errors.push({ scenario, error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  }

  toJSON() {
    return {
      startedAt: this.startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? "?",
        memoryMb: Math.round(totalmem() / 2 ** 20),
        node: process.version,
        platform: process.platform,
      },
      figures: this.figures,
      tables: this.tables,
      notes: this.notes,
      errors: this.errors,
    };
  }

  write(file: string, extra: Record<string, unknown> = {}): void {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify({ ...this.toJSON(), ...extra }, null, 2)}\n`);
  }

  /** The whole report as plain text (Markdown-compatible tables). */
  render(): string {
    const out: string[] = [];
    out.push(
      renderTable(
        ["Scenario", "Figure", "Measured", "Target", "Ratio", "Met"],
        this.figures.map((f) => [
          f.scenario,
          f.name,
          `${fmt(f.value)} ${f.unit}`,
          f.target ? `${f.target.op} ${fmt(f.target.value)} ${f.unit}` : "–",
          f.ratio === undefined ? "–" : Number.isFinite(f.ratio) ? `${f.ratio.toFixed(2)}×` : "∞",
          f.met === undefined ? "–" : f.met ? "yes" : "**NO**",
        ]),
      ),
    );
    for (const t of this.tables) {
      out.push(
        "",
        `### ${t.title}`,
        "",
        renderTable(
          t.columns,
          t.rows.map((r) => r.map((c) => (typeof c === "number" ? fmt(c) : c))),
        ),
      );
      if (t.note) out.push("", t.note);
    }
    if (this.notes.length) out.push("", "Notes:", ...this.notes.map((n) => `- ${n}`));
    if (this.errors.length)
      out.push(
        "",
        "ERRORS:",
        ...this.errors.map((e) => `- ${e.scenario}: ${e.error.split("\n").slice(0, 4).join(" | ")}`),
      );
    return out.join("\n");
  }
}

export function fmt(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (Number.isInteger(v)) return String(v);
  const a = Math.abs(v);
  return a >= 100 ? v.toFixed(0) : a >= 10 ? v.toFixed(1) : a >= 1 ? v.toFixed(2) : v.toFixed(3);
}

export function renderTable(columns: string[], rows: string[][] | (string | number)[][]): string {
  const cells = rows.map((r) => r.map(String));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(columns), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...cells.map(line)].join("\n");
}
