/** The API as the UI uses it: GET JSON, errors as exceptions with the server's message. */
export async function getJson<T>(path: string, params: URLSearchParams | null = null, signal?: AbortSignal): Promise<T> {
  const res = await fetch(params && [...params].length ? `${path}?${params}` : path, { signal });
  const body = await res.json().catch(() => ({ error: `${res.status} ${res.statusText}` }));
  if (!res.ok) throw new Error(body.error ?? `${res.status} ${res.statusText}`);
  return body as T;
}

export interface EventRow {
  id: number;
  date: string | null;
  status: string;
  type: string;
  cameo: string | null;
  actors: string | null;
  recipients: string | null;
  place: string | null;
  sources: number;
  first_reported: string | null;
  last_reported: string | null;
  text: string;
}

export interface Story {
  event: EventRow & { earliest: string | null; latest: string | null; place_country: string | null; participants: { name: string; role: string; country: string | null }[] };
  steps: {
    published: string | null;
    article: string;
    title: string | null;
    url: string | null;
    status: string;
    date: string | null;
    text: string;
    evidence: { status: string; text: string; rule: string }[];
    merge: { rule: string; shared?: string[]; window?: { start: string; end: string } };
  }[];
}

export interface Fact {
  layer: 'actor' | 'event' | 'status' | 'quote';
  start: number;
  end: number;
  ref: number;
  label: string;
  rule: string | null;
}

export interface Article {
  id: string;
  published: string | null;
  title: string | null;
  url: string | null;
  text: string;
  facts: Fact[];
}

export interface Timeline {
  periods: string[];
  series: { key: string; counts: number[] }[];
  undated: number;
}

export interface Network {
  nodes: { id: number; name: string; country: string | null; kind: string; events: number }[];
  edges: { source: number; target: number; events: number; score: number; types: Record<string, number> }[];
}

export interface Place {
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  events: number;
}
