/**
 * Guided conversations (e.g. asking for help step by step). The state lives in the database,
 * not in memory, so any process can continue a conversation another one started.
 */
import { z } from "zod";
import type { DbOrTx } from "../db/client.js";

const storedData = z.record(z.string(), z.unknown());

export interface DialogState {
  flow: string;
  step: string;
  data: Record<string, unknown>;
}

export async function getDialog(db: DbOrTx, platform: string, userId: string): Promise<DialogState | null> {
  const row = await db.dialog.findUnique({ where: { platform_userId: { platform, userId } } });
  if (!row) return null;
  // The flow checks the data against its own schema (DialogDef.data); here only that it is an
  // object. A state that is not even that is no conversation: the next one overwrites it.
  const data = storedData.safeParse(parseJson(row.data));
  return data.success ? { flow: row.flow, step: row.step, data: data.data } : null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export async function setDialog(db: DbOrTx, platform: string, userId: string, state: DialogState): Promise<void> {
  const data = JSON.stringify(state.data);
  await db.dialog.upsert({
    where: { platform_userId: { platform, userId } },
    create: { platform, userId, flow: state.flow, step: state.step, data },
    update: { flow: state.flow, step: state.step, data },
  });
}

export async function clearDialog(db: DbOrTx, platform: string, userId: string): Promise<void> {
  await db.dialog.deleteMany({ where: { platform, userId } });
}
