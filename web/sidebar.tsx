import { FILTERS, hrefOf, navigate, type Filters } from './route.js';

const LABELS: Record<(typeof FILTERS)[number], [string, string]> = {
  actor: ['Actor', 'name or code, e.g. OPEC'],
  country: ['Country', 'ISO3, e.g. USA'],
  dyad: ['Dyad', 'two, e.g. USA,RUS'],
  type: ['PLOVER type', 'e.g. CONSULT'],
  cameo: ['CAMEO code', 'e.g. 04'],
  status: ['Status', ''],
  from: ['From', ''],
  to: ['To', ''],
  place: ['Place', 'name or ISO3'],
  text: ['Words', 'in the event clause'],
};
const STATUSES = ['', 'occurred', 'ongoing', 'planned', 'possible', 'hypothetical', 'negated', 'denied', 'cancelled'];

/** The filter form: applying it writes the filters into the URL, which every view reads. */
export function Sidebar({ filters }: { filters: Filters }) {
  const apply = (e: Event) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget as HTMLFormElement);
    const next: Filters = {};
    for (const f of FILTERS) {
      const v = String(data.get(f) ?? '').trim();
      if (v) next[f] = v;
    }
    navigate(hrefOf({ filters: next, page: 'overview', id: null }));
  };
  return (
    <form class="sidebar" onSubmit={apply} aria-label="Filters" key={JSON.stringify(filters)}>
      <h2>Filters</h2>
      {FILTERS.map((f) => (
        <label key={f}>
          <span>{LABELS[f][0]}</span>
          {f === 'status' ? (
            <select name="status" value={filters.status ?? ''}>
              {STATUSES.map((s) => (
                <option value={s}>{s || 'any'}</option>
              ))}
            </select>
          ) : (
            <input name={f} type={f === 'from' || f === 'to' ? 'date' : 'text'} value={filters[f] ?? ''} placeholder={LABELS[f][1]} />
          )}
        </label>
      ))}
      <div class="buttons">
        <button type="submit">Apply</button>
        <a class="button" href={hrefOf({ filters: {}, page: 'overview', id: null })} onClick={(e) => { e.preventDefault(); navigate(hrefOf({ filters: {}, page: 'overview', id: null })); }}>
          Clear
        </a>
      </div>
    </form>
  );
}
