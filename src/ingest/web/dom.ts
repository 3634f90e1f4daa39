import { parseHTML } from 'linkedom';
import type { DomNode } from './block-text.js';

/** The part of the DOM this module reads (the project compiles without the DOM library types). */
export interface DomElement extends DomNode {
  tagName: string;
  textContent: string | null;
  parentElement: DomElement | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export interface DomDocument extends DomNode {
  documentElement: DomElement | null;
  title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

/** A page parsed with linkedom: a fast, standards-minded DOM without layout. */
export function parseDocument(html: string): DomDocument {
  return (parseHTML(html) as unknown as { document: DomDocument }).document;
}

export function attr(element: DomElement, name: string): string | null {
  const value = element.getAttribute(name)?.trim();
  return value ? value : null;
}

/** Text of an element with runs of white space made one space. */
export function cleanText(element: DomElement): string {
  return (element.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}
