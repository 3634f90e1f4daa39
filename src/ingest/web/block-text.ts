/**
 * DOM to text that keeps the article's layout: every paragraph, heading, list item, quotation and
 * table row on its own line, blank lines between, inline markup joined with collapsed spaces. The
 * article-layout and paragraph stages read one paragraph a line, so this is what lets them work on
 * web pages as on wire copy.
 */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL',
]);
/** Elements whose content is never reading text. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME', 'OBJECT', 'HEAD']);

/** The minimal DOM surface read here (linkedom's nodes, or a browser's). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
}

const ELEMENT = 1;
const TEXT = 3;

export function blockText(root: DomNode): string {
  const blocks: string[] = [];
  let line = '';
  const flush = () => {
    const text = line.replace(/[\s\u00a0]+/g, ' ').trim();
    if (text) blocks.push(text);
    line = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === TEXT) {
      line += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) return;
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    else if (tag === 'TD' || tag === 'TH') line += ' '; // cells of a row stay on its line
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks.join('\n\n');
}
