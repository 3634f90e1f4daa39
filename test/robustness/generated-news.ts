import fc from 'fast-check';

/**
 * News-like text generated for the robustness tests (no corpus text): invented people, real
 * countries and cities, and the sentence shapes the stages look for (speech cues, quotes, role
 * phrases, anonymous sources, dates, places), drawn by a seeded generator so a text is reproducible.
 */
const PEOPLE = ['Maria Okafor', 'Tomas Lindqvist', 'Amina Haddad', 'Jonas Brenner', 'Lucia Moreno', 'Pavel Sorokin', 'Grace Mbeki', 'Henrik Dahl', 'Sofia Reyes', 'Arjun Mehta'];
const COUNTRIES = ['France', 'Kenya', 'Brazil', 'Japan', 'Turkey', 'Canada', 'Egypt', 'Poland', 'Chile', 'India'];
const ADJECTIVES = ['French', 'Kenyan', 'Brazilian', 'Japanese', 'Turkish', 'Canadian', 'Egyptian', 'Polish', 'Chilean', 'Indian'];
const CITIES = ['Nairobi', 'Lyon', 'Osaka', 'Ankara', 'Toronto', 'Cairo', 'Krakow', 'Santiago', 'Mumbai', 'Geneva'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'March 3', 'last week', 'on 12 May 2021'];

const SHAPES: ((pick: <T>(xs: T[]) => T) => string)[] = [
  (p) => `${p(PEOPLE)} said on ${p(DAYS)} that ${p(COUNTRIES)} would resume talks with ${p(COUNTRIES)} in ${p(CITIES)}.`,
  (p) => `"We will not accept any deal that ignores our farmers," ${p(PEOPLE)} told reporters in ${p(CITIES)}.`,
  (p) => `A senior ${p(ADJECTIVES)} official, who asked not to be named, said the ministry had rejected the plan.`,
  (p) => `The official said the ${p(ADJECTIVES)} delegation would travel to ${p(CITIES)} next month.`,
  (p) => `${p(COUNTRIES)} condemned the attack on ${p(DAYS)}, the foreign ministry said in a statement.`,
  (p) => `Her suggestion that the port will open before winter was welcomed by ${p(PEOPLE)}.`,
  (p) => `The ${p(ADJECTIVES)} president met ${p(PEOPLE)} in ${p(CITIES)} and signed an agreement on trade.`,
  () => `"The border stays closed," the spokesperson said. "Nobody has asked us to reopen it."`,
  (p) => `According to ${p(PEOPLE)}, the government of ${p(COUNTRIES)} will hold elections in 2024.`,
  (p) => `Police arrested 14 protesters in ${p(CITIES)} after clashes near the parliament, a source familiar with the case said.`,
];

/** Seeded pseudo-random numbers in [0, 1), drawn by fast-check: the same seed gives the same text. */
export function seeded(seed: number): () => number {
  let pool: number[] = [];
  let batch = 0;
  return () => {
    if (pool.length === 0) pool = fc.sample(fc.noBias(fc.integer({ min: 0, max: 2 ** 30 - 1 })), { seed: seed * 7919 + batch++, numRuns: 1000 });
    return pool.pop()! / 2 ** 30;
  };
}

/** Paragraphs of two to four generated sentences, at least `chars` characters in all. */
export function generatedNews(chars: number, seed = 1): string {
  const random = seeded(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)];
  const paragraphs: string[] = [];
  let length = 0;
  while (length < chars) {
    const sentences = Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(SHAPES)(pick));
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}
