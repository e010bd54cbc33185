/**
 * `/omat` (alias `/mine`) shows everything of the member's own: each feature contributes a
 * section (help requests and offers, joint purchases, needs).
 */
import type { HandlerContext } from "./app/contract.js";
import type { Button, RichText } from "./types.js";

export interface MineSection {
  order: number;
  render(ctx: HandlerContext): Promise<{ text: RichText; buttons?: Button[][] } | null>;
}

const sections: MineSection[] = [];

export function registerMineSection(section: MineSection): void {
  sections.push(section);
  sections.sort((a, b) => a.order - b.order);
}

export function mineSections(): readonly MineSection[] {
  return sections;
}
