/**
 * Acts told as announced rather than done, coded as PLOVER codes them: a commitment or an announced
 * cooperative act is an AGREE ("agreed to withdraw", "will provide aid"), an announced conflictual
 * act a THREATEN ("will boycott"), one announced as not to be done a REJECT ("will not accept
 * refugees"), and "X said Y must do it" a REQUEST by X of Y.
 */

/** Verbs that commit their subject to their complement ("agreed to withdraw", "offered to mediate"): an AGREE. */
export const COMMIT = new Set(['agree', 'offer', 'promise', 'pledge', 'vow', 'commit', 'undertake', 'volunteer']);
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

/** Verbs reporting what another must do. */
export const SAYING = new Set(['say', 'announce', 'demand', 'insist', 'declare', 'reiterate', 'urge', 'stress', 'state', 'tell', 'warn', 'conclude', 'add', 'write', 'argue']);
