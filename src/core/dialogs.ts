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

/**
 * What a command or a button press did to the member's forms (the router's `keepingForms`): the
 * first dialog write of the press reads which form was open before it, so a press that opens no
 * form (most of them: `/avoimet`, a list's buttons) reads nothing extra.
 */
export interface FormWatch {
  /** The form open before the first write of this press; undefined while nothing was written. */
  before?: DialogState | null;
}

/** Whose dialog: the member's platform identity, the database (or transaction), and the press's watch if any. */
export interface DialogOwner {
  db: DbOrTx;
  actor: { platform: string; userId: string };
  formWatch?: FormWatch | undefined;
}

/** Saves the member's form state (`db`: a transaction to write it in, by default the owner's database). */
export async function setDialog(owner: DialogOwner, state: DialogState, db: DbOrTx = owner.db): Promise<void> {
  const { platform, userId } = owner.actor;
  const watch = owner.formWatch;
  if (watch && watch.before === undefined) watch.before = await getDialog(db, platform, userId);
  const data = JSON.stringify(state.data);
  await db.dialog.upsert({
    where: { platform_userId: { platform, userId } },
    create: { platform, userId, flow: state.flow, step: state.step, data },
    update: { flow: state.flow, step: state.step, data },
  });
}

/** Ends the member's form, if one is open. */
export async function clearDialog(owner: DialogOwner, db: DbOrTx = owner.db): Promise<void> {
  const { platform, userId } = owner.actor;
  const watch = owner.formWatch;
  if (watch && watch.before === undefined) watch.before = await getDialog(db, platform, userId);
  await db.dialog.deleteMany({ where: { platform, userId } });
}
