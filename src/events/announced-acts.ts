/**
 * Acts told as announced rather than done, coded as PLOVER codes them: a commitment or an announced
 * cooperative act is an AGREE ("agreed to withdraw", "will provide aid"), an announced conflictual
 * act, a vow of one or an act announced "unless" something happens a THREATEN ("will boycott",
 * "vowed to fight", "will withdraw unless"), one announced as not to be done a REJECT ("will not
 * accept refugees"), and "X said Y must do it" a REQUEST by X of Y.
 */

/** Verbs that commit their subject to their complement ("agreed to withdraw", "offered to mediate"): an AGREE. */
export const COMMIT = new Set(['agree', 'offer', 'promise', 'pledge', 'vow', 'swear', 'commit', 'undertake', 'volunteer']);
/** Commitments that are vows: a vow of a conflictual act ("vowed to fight") is a threat. */
export const VOWS = new Set(['promise', 'pledge', 'vow', 'swear']);
/** Adjectives of readiness: "is ready to contribute", "willing to withdraw". */
export const READY = new Set(['ready', 'prepared', 'willing', 'committed', 'eager', 'determined']);

/**
 * The CAMEO "express intent" code (03x) for a cooperative event announced, not done: PLOVER's AGREE.
 * Meetings stay CONSULT with a planned status (the contract's convention for planned meetings).
 */
export function intentCode(code: string | null): string {
  if (!code) return '030';
  if (code.startsWith('03')) return code;
  return ({ '05': '032', '06': '031', '07': '033', '08': '035' } as Record<string, string>)[code.slice(0, 2)] ?? '030';
}

/** The CAMEO threat (13x) for a conflictual act announced, not done ("will boycott", "prepared to impose martial law"). */
export function threatCode(code: string): string | null {
  return ({ '14': '133', '15': '138', '16': '131', '17': '132', '18': '138', '19': '138', '20': '138' } as Record<string, string>)[code.slice(0, 2)] ?? null;
}

/** The CAMEO refusal (12x) for a cooperative act announced as not to be done ("will not send troops"). */
export function refusalCode(code: string): string | null {
  return ({ '03': '120', '04': '125', '05': '120', '06': '121', '07': '122', '08': '124' } as Record<string, string>)[code.slice(0, 2)] ?? null;
}

/** The CAMEO demand (10x) for what one party says another must do ("said Sudan must return the helicopter"). */
export function demandCode(code: string): string {
  return ({ '03': '102', '04': '106', '05': '102', '06': '101', '07': '103', '08': '105' } as Record<string, string>)[code.slice(0, 2)] ?? '100';
}

/** How an act is told when it is not told as done. */
export interface Announcement {
  /** "will", "would", "shall": planned by its own modal. */
  announced: boolean;
  /** "ready to", "prepared to". */
  readied: boolean;
  /** "may", "might", "could". */
  possible: boolean;
  /** The condition that follows the act: "unless ...", "if ...". */
  condition: 'if' | 'unless' | null;
}

/**
 * The code of an act announced rather than done, or null when it stays as told: "will provide aid"
 * an expressed intent (AGREE); "will boycott", "ready to impose martial law", "may halt mediation
 * if ..." a threat; "will withdraw unless ..." an ultimatum (CAMEO 139, THREATEN).
 */
export function announcedCode(code: string, how: Announcement): string | null {
  // Meetings stay planned meetings whatever their condition.
  if (how.announced && how.condition === 'unless' && !code.startsWith('04')) return '139';
  if (how.announced && /^0[5-8]/.test(code)) return intentCode(code);
  if (how.announced || how.readied || (how.possible && how.condition)) return threatCode(code);
  return null;
}

/** The condition word ("if", "unless") after token `from` in the sentence, if any. */
export function conditionAfter(form: string[], from: number, to: number): Announcement['condition'] {
  for (let k = from; k < to; k++) if (form[k] === 'if' || form[k] === 'unless') return form[k] as 'if' | 'unless';
  return null;
}

/** Verbs reporting what another must do. */
export const SAYING = new Set(['say', 'announce', 'demand', 'insist', 'declare', 'reiterate', 'urge', 'stress', 'state', 'tell', 'warn', 'conclude', 'add', 'write', 'argue']);
