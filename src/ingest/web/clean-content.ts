import { attr, cleanText, type DomElement } from './dom.js';

/**
 * What Readability keeps but is not the article's reporting: image captions and credits, share and
 * related-article boxes, bylines and date lines (kept as metadata), and lists that are mostly links
 * (navigation, "more stories"). Removed from Readability's content before it becomes text.
 */
const FURNITURE_TAGS = 'figcaption, figure, aside, nav, footer, form, button';
const FURNITURE_CLASS = /(?:^|[\s_-])(?:caption|credits?|share|sharing|social|related|newsletter|promo|advert|ad|ads|byline|dateline|tags|comments?|subscribe|signup|recommended|read-?more|more-?stories|author|timestamp|breadcrumbs?)(?:$|[\s_-])/i;

interface RemovableElement extends DomElement {
  remove(): void;
}

export function removeFurniture(content: DomElement): void {
  for (const element of all(content, FURNITURE_TAGS)) element.remove();
  // A class name is weak evidence: a box that holds a good share of the text is the article itself.
  const total = cleanText(content).length;
  for (const element of all(content, '[class], [id]')) {
    if (FURNITURE_CLASS.test(`${attr(element, 'class') ?? ''} ${attr(element, 'id') ?? ''}`) && cleanText(element).length < 0.15 * total) element.remove();
  }
  for (const list of all(content, 'ul, ol')) {
    if (isLinkList(list)) list.remove();
  }
}

/** A list whose items are nearly all link text. */
function isLinkList(list: DomElement): boolean {
  const text = cleanText(list).length;
  if (text === 0) return true;
  let linked = 0;
  const links = list.querySelectorAll('a');
  for (let i = 0; i < links.length; i++) linked += cleanText(links[i]).length;
  return linked / text > 0.6;
}

function all(root: DomElement, selector: string): RemovableElement[] {
  return Array.from(root.querySelectorAll(selector) as ArrayLike<RemovableElement>);
}
