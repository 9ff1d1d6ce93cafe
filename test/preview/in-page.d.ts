// Types of in-page.js, whose functions run in the browser. Elements are opaque here: the project has no DOM types.
export interface CardShown {
  key: string;
  label: string | null;
  textContent: string | null;
  innerText: string;
  visible: boolean;
}
export function cardsShown(): CardShown[];
export function foldSeen(p: unknown): { before: string; label: string; width: number } | undefined;
export function afterContent(element: unknown): string;
export function naturalWidth(img: unknown): number;
export function addFaintParagraph(): void;
export function lowContrast(): string[];
