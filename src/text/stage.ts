import type { DocumentModel } from '../model/document.js';
import { splitParagraphs } from './paragraphs.js';
import { splitSentences } from './sentences.js';
import { tagText } from './tag-text.js';

/** Text stage: paragraphs, sentences and tagged tokens of the body (boilerplate gets none). */
export function textStage(doc: DocumentModel): void {
  doc.paragraphs = splitParagraphs(doc.text, doc.article.body);
  doc.sentences = splitSentences(doc.text, doc.paragraphs);
  doc.tokens = tagText(doc.text, doc.sentences);
}
