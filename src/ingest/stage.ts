import type { DocumentModel } from '../model/document.js';
import { layoutArticle } from './article-parts.js';

/** Ingest stage: finds headline, byline, dateline, body and boilerplate. */
export function ingestStage(doc: DocumentModel): void {
  const layout = layoutArticle(doc.text, doc.input.title);
  doc.article = { ...doc.article, title: layout.title, byline: layout.byline, dateline: layout.dateline, body: layout.body, parts: layout.parts };
}
