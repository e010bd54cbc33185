/**
 * Block Kit validation as the Slack Web API applies it (the documented limits only).
 *
 * Errors are reported the way Slack reports them: a list of strings such as
 * `must be less than 3001 characters [json-pointer:/blocks/0/text/text]`; the
 * API layer wraps them into `errors` / `response_metadata.messages` ("[ERROR] …").
 */

export type Surface = "message" | "modal" | "home";

/** Blocks allowed per surface (messages 50, modals and App Home 100). */
export const MAX_BLOCKS: Record<Surface, number> = { message: 50, modal: 100, home: 100 };

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

const KNOWN_BLOCKS = new Set([
  "section",
  "header",
  "divider",
  "image",
  "actions",
  "context",
  "input",
  "rich_text",
  "markdown",
  "file",
  "video",
  "table",
  "context_actions",
  "call",
]);

const INTERACTIVE = new Set([
  "button",
  "static_select",
  "external_select",
  "users_select",
  "conversations_select",
  "channels_select",
  "multi_static_select",
  "multi_external_select",
  "multi_users_select",
  "multi_conversations_select",
  "multi_channels_select",
  "overflow",
  "datepicker",
  "timepicker",
  "datetimepicker",
  "checkboxes",
  "radio_buttons",
  "plain_text_input",
  "email_text_input",
  "url_text_input",
  "number_input",
  "rich_text_input",
  "file_input",
  "workflow_button",
  "feedback_buttons",
  "icon_button",
]);

class Collector {
  readonly errors: string[] = [];
  add(message: string, pointer: string): void {
    this.errors.push(`${message} [json-pointer:${pointer}]`);
  }
}

function textObject(
  c: Collector,
  v: unknown,
  ptr: string,
  max: number,
  opts: { plainOnly?: boolean; required?: boolean } = {},
): void {
  if (v === undefined || v === null) {
    if (opts.required) c.add("missing required field: text", ptr);
    return;
  }
  if (!isObj(v)) {
    c.add("must be an object", ptr);
    return;
  }
  const type = v["type"];
  if (type !== "plain_text" && type !== "mrkdwn") {
    c.add("must be one of plain_text, mrkdwn", `${ptr}/type`);
  } else if (opts.plainOnly && type !== "plain_text") {
    c.add("must be a plain_text text object", `${ptr}/type`);
  }
  const text = v["text"];
  if (typeof text !== "string") {
    c.add("must provide a string", `${ptr}/text`);
    return;
  }
  if (text.length === 0) c.add("must be more than 0 characters", `${ptr}/text`);
  if (text.length > max) c.add(`must be less than ${max + 1} characters`, `${ptr}/text`);
}

function maxLen(c: Collector, v: unknown, ptr: string, max: number): void {
  if (v === undefined || v === null) return;
  if (typeof v !== "string") {
    c.add("must provide a string", ptr);
    return;
  }
  if (v.length > max) c.add(`must be less than ${max + 1} characters`, ptr);
}

function options(c: Collector, v: unknown, ptr: string, maxItems: number): void {
  if (v === undefined) return;
  if (!Array.isArray(v)) {
    c.add("must provide an array", ptr);
    return;
  }
  if (v.length > maxItems) c.add(`no more than ${maxItems} items allowed`, ptr);
  v.forEach((o, i) => {
    if (!isObj(o)) {
      c.add("must be an object", `${ptr}/${i}`);
      return;
    }
    textObject(c, o["text"], `${ptr}/${i}/text`, 75, { required: true });
    maxLen(c, o["value"], `${ptr}/${i}/value`, 150);
  });
}

function element(c: Collector, el: unknown, ptr: string, actionIds: Set<string>): void {
  if (!isObj(el)) {
    c.add("must be an object", ptr);
    return;
  }
  const type = el["type"];
  if (typeof type !== "string") {
    c.add("missing required field: type", ptr);
    return;
  }
  const actionId = el["action_id"];
  if (actionId !== undefined) {
    maxLen(c, actionId, `${ptr}/action_id`, 255);
    if (typeof actionId === "string") {
      if (actionIds.has(actionId)) c.add(`action_id already exists: ${actionId}`, `${ptr}/action_id`);
      actionIds.add(actionId);
    }
  }
  switch (type) {
    case "button":
      textObject(c, el["text"], `${ptr}/text`, 75, { plainOnly: true, required: true });
      maxLen(c, el["value"], `${ptr}/value`, 2000);
      maxLen(c, el["url"], `${ptr}/url`, 3000);
      if (el["style"] !== undefined && el["style"] !== "primary" && el["style"] !== "danger") {
        c.add("must be one of primary, danger", `${ptr}/style`);
      }
      break;
    case "static_select":
    case "multi_static_select":
      textObject(c, el["placeholder"], `${ptr}/placeholder`, 150, { plainOnly: true });
      options(c, el["options"], `${ptr}/options`, 100);
      break;
    case "overflow":
      options(c, el["options"], `${ptr}/options`, 5);
      break;
    case "checkboxes":
    case "radio_buttons":
      options(c, el["options"], `${ptr}/options`, 10);
      break;
    case "image":
      maxLen(c, el["image_url"], `${ptr}/image_url`, 3000);
      maxLen(c, el["alt_text"], `${ptr}/alt_text`, 2000);
      break;
    case "plain_text_input":
      textObject(c, el["placeholder"], `${ptr}/placeholder`, 150, { plainOnly: true });
      break;
    default:
      if (!INTERACTIVE.has(type)) c.add(`unsupported type: ${type}`, `${ptr}/type`);
  }
}

function block(c: Collector, b: unknown, ptr: string, blockIds: Set<string>): void {
  if (!isObj(b)) {
    c.add("must be an object", ptr);
    return;
  }
  const type = b["type"];
  if (typeof type !== "string") {
    c.add("missing required field: type", ptr);
    return;
  }
  if (!KNOWN_BLOCKS.has(type)) {
    c.add(`unsupported type: ${type}`, `${ptr}/type`);
    return;
  }
  const blockId = b["block_id"];
  if (blockId !== undefined) {
    maxLen(c, blockId, `${ptr}/block_id`, 255);
    if (typeof blockId === "string") {
      if (blockIds.has(blockId)) c.add(`block_id already exists: ${blockId}`, `${ptr}/block_id`);
      blockIds.add(blockId);
    }
  }
  const actionIds = new Set<string>();
  switch (type) {
    case "section": {
      const text = b["text"];
      const fields = b["fields"];
      if (text === undefined && fields === undefined) {
        c.add("must provide either text or fields", ptr);
      }
      textObject(c, text, `${ptr}/text`, 3000);
      if (fields !== undefined) {
        if (!Array.isArray(fields)) c.add("must provide an array", `${ptr}/fields`);
        else {
          if (fields.length > 10) c.add("no more than 10 items allowed", `${ptr}/fields`);
          fields.forEach((f, i) => textObject(c, f, `${ptr}/fields/${i}`, 2000, { required: true }));
        }
      }
      if (b["accessory"] !== undefined) element(c, b["accessory"], `${ptr}/accessory`, actionIds);
      break;
    }
    case "header":
      textObject(c, b["text"], `${ptr}/text`, 150, { plainOnly: true, required: true });
      break;
    case "image":
      if (b["image_url"] === undefined && b["slack_file"] === undefined) {
        c.add("must provide either image_url or slack_file", ptr);
      }
      maxLen(c, b["image_url"], `${ptr}/image_url`, 3000);
      if (typeof b["alt_text"] !== "string") c.add("missing required field: alt_text", ptr);
      maxLen(c, b["alt_text"], `${ptr}/alt_text`, 2000);
      textObject(c, b["title"], `${ptr}/title`, 2000, { plainOnly: true });
      break;
    case "actions": {
      const els = b["elements"];
      if (!Array.isArray(els)) {
        c.add("missing required field: elements", ptr);
        break;
      }
      if (els.length === 0) c.add("must provide at least 1 item", `${ptr}/elements`);
      if (els.length > 25) c.add("no more than 25 items allowed", `${ptr}/elements`);
      els.forEach((el, i) => element(c, el, `${ptr}/elements/${i}`, actionIds));
      break;
    }
    case "context": {
      const els = b["elements"];
      if (!Array.isArray(els)) {
        c.add("missing required field: elements", ptr);
        break;
      }
      if (els.length === 0) c.add("must provide at least 1 item", `${ptr}/elements`);
      if (els.length > 10) c.add("no more than 10 items allowed", `${ptr}/elements`);
      els.forEach((el, i) => {
        const p = `${ptr}/elements/${i}`;
        if (isObj(el) && el["type"] === "image") element(c, el, p, actionIds);
        else textObject(c, el, p, 3000, { required: true });
      });
      break;
    }
    case "input":
      textObject(c, b["label"], `${ptr}/label`, 2000, { plainOnly: true, required: true });
      textObject(c, b["hint"], `${ptr}/hint`, 2000, { plainOnly: true });
      if (b["element"] === undefined) c.add("missing required field: element", ptr);
      else element(c, b["element"], `${ptr}/element`, actionIds);
      break;
    case "markdown":
      maxLen(c, b["text"], `${ptr}/text`, 12000);
      break;
    default:
      break;
  }
}

/**
 * Validates a `blocks` array for a surface. Returns Slack-style error strings (empty when valid).
 */
export function validateBlocks(blocks: unknown, surface: Surface, pointer = "/blocks"): string[] {
  const c = new Collector();
  if (!Array.isArray(blocks)) {
    c.add("must provide an array", pointer);
    return c.errors;
  }
  const max = MAX_BLOCKS[surface];
  if (blocks.length > max) {
    c.add(`no more than ${max} items allowed`, pointer);
    return c.errors;
  }
  const blockIds = new Set<string>();
  blocks.forEach((b, i) => block(c, b, `${pointer}/${i}`, blockIds));
  return c.errors;
}

/** Validates a view object (modal or home) for views.open / push / update / publish. */
export function validateView(view: unknown, expected?: "modal" | "home"): string[] {
  const c = new Collector();
  if (!isObj(view)) {
    c.add("must provide an object", "/view");
    return c.errors;
  }
  const type = view["type"];
  if (type !== "modal" && type !== "home") {
    c.add("must be one of modal, home", "/view/type");
    return c.errors;
  }
  if (expected !== undefined && type !== expected) {
    c.add(`must be ${expected}`, "/view/type");
    return c.errors;
  }
  if (type === "modal") {
    textObject(c, view["title"], "/view/title", 24, { plainOnly: true, required: true });
    textObject(c, view["submit"], "/view/submit", 24, { plainOnly: true });
    textObject(c, view["close"], "/view/close", 24, { plainOnly: true });
  }
  maxLen(c, view["callback_id"], "/view/callback_id", 255);
  maxLen(c, view["private_metadata"], "/view/private_metadata", 3000);
  maxLen(c, view["external_id"], "/view/external_id", 255);
  const blocks = view["blocks"];
  if (blocks === undefined) {
    c.add("missing required field: blocks", "/view");
  } else {
    c.errors.push(...validateBlocks(blocks, type, "/view/blocks"));
    if (
      type === "modal" &&
      Array.isArray(blocks) &&
      view["submit"] === undefined &&
      blocks.some((b) => isObj(b) && b["type"] === "input")
    ) {
      c.add("must provide submit when blocks contain input", "/view/submit");
    }
  }
  return c.errors;
}
