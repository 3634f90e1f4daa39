import type { ArticleInput } from '../../model/schema.js';
import { checkText } from '../decode.js';
import type { WebArticle } from './web-article.js';

/**
 * The pipeline's input for a web article. The text is checked as any input's is. Byline, language,
 * site and the sources of each field are not in ArticleInput yet (see the report of issue 18).
 */
export function webArticleInput(article: WebArticle, id: string, where: string, published: string | null = null): ArticleInput {
  checkText(article.text, where);
  return { id, text: article.text, published: article.published ?? published, title: article.title, url: article.url };
}
