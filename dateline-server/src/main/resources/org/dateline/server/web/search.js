// Search over articles, quotes and events, with the facets of dateline search and cursor paging.
import { el, link, orDash, heading } from './dom.js';
import { get, json } from './api.js';

const FIELDS = [
  ['q', 'Words', 'text', 'Lucene syntax: "a phrase", OR, -left_out'],
  ['speaker', 'Speaker', 'text'], ['outlet', 'Outlet', 'text'],
  ['from', 'From', 'date'], ['to', 'To', 'date'],
  ['event_type', 'Event type', 'text', 'CONSULT, AGREE, ...'], ['country', 'Country', 'text', 'ISO alpha-3'],
  ['min_confidence', 'Least confidence', 'number'], ['story', 'Story', 'text'], ['thread', 'Thread', 'text'],
];
const FACETS = { kind: 'Kinds', speaker: 'Speakers', outlet: 'Outlets', month: 'Months', event_type: 'Event types',
  actor: 'Actors', country: 'Countries', story: 'Stories', thread: 'Threads' };

export async function searchView(id, params) {
  const shown = new URLSearchParams([...params].filter(([, v]) => v !== ''));
  const form = searchForm(shown);
  const result = await json('/api/search?' + shown);
  const list = el('ol', { class: 'hits' }, result.hits.map(h => hit(h, shown.get('q'))));
  const more = el('div', { class: 'more' });
  pager(more, list, shown, result.next_cursor);
  const events = shown.get('scope') === 'events' || result.facets.kind.some(f => f.value === 'event');
  return el('div', { class: 'search' },
    heading('Search', result.total + ' ' + (result.total === 1 ? 'hit' : 'hits')),
    form,
    el('div', { class: 'columns' },
      el('div', { class: 'results' }, list, more,
        events ? el('p', { class: 'export' },
          el('button', { type: 'button', onclick: () => download(shown, 'events.csv') }, 'These events as CSV'), ' ',
          el('button', { type: 'button', onclick: () => download(shown, 'events.gdelt.tsv') }, 'As the GDELT table'))
          : null),
      el('aside', { class: 'facets', 'aria-label': 'Facets' }, facets(result.facets, shown))));
}

function searchForm(params) {
  const inputs = FIELDS.map(([name, label, type, hint]) => {
    const input = el('input', { id: 'f-' + name, name, type, value: params.get(name) || '', placeholder: hint,
      step: type === 'number' ? '0.05' : null, min: type === 'number' ? '0' : null, max: type === 'number' ? '1' : null });
    return el('label', { for: 'f-' + name, class: 'field' }, el('span', {}, label), input);
  });
  const scope = el('select', { id: 'f-scope', name: 'scope' },
    ['all', 'articles', 'quotes', 'events'].map(s => el('option', { value: s, selected: params.get('scope') === s }, s)));
  return el('form', { class: 'query', role: 'search', onsubmit: ev => {
    ev.preventDefault();
    const next = new URLSearchParams();
    for (const [k, v] of new FormData(ev.target)) if (v !== '' && !(k === 'scope' && v === 'all')) next.set(k, v);
    location.hash = '#/search?' + next;
  } }, inputs, el('label', { for: 'f-scope', class: 'field' }, el('span', {}, 'Only'), scope),
  el('button', { type: 'submit' }, 'Search'));
}

function hit(h, query) {
  const kind = h.kind.toLowerCase();
  let what;
  if (kind === 'quote') what = [el('strong', {}, orDash(h.speaker)), ': \u201c', marked(h.snippet, query), '\u201d'];
  else if (kind === 'event') {
    const e = h.event;
    what = [el('strong', {}, e.type + (e.mode ? '/' + e.mode : '')), ' ', orDash(e.source), ' \u2192 ', orDash(e.target),
      el('div', { class: 'snippet' }, marked(h.snippet, query))];
  } else what = [el('strong', {}, orDash(h.title)), el('div', { class: 'snippet' }, marked(h.snippet, query))];
  return el('li', { class: 'hit ' + kind },
    el('span', { class: 'badge' }, kind), ' ', what,
    el('div', { class: 'meta' }, orDash(h.outlet), ' \u00b7 ', orDash(h.date), ' \u00b7 ',
      link('article', h.article, kind === 'article' ? 'read' : 'in its article')));
}

/** The snippet with the query's plain words in <mark>, built as text nodes. */
function marked(text, query) {
  const words = (query || '').toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) || [];
  const skip = new Set(['and', 'or', 'not']);
  const wanted = words.filter(w => !skip.has(w));
  if (!text || wanted.length === 0) return text;
  const parts = [];
  const pattern = new RegExp('(' + wanted.map(w => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') + ')', 'giu');
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    parts.push(text.slice(last, m.index), el('mark', {}, m[0]));
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

function pager(holder, list, params, cursor) {
  holder.replaceChildren();
  if (!cursor) return;
  holder.append(el('button', { type: 'button', onclick: async () => {
    const next = new URLSearchParams(params);
    next.set('cursor', cursor);
    const page = await json('/api/search?' + next);
    page.hits.forEach(h => list.append(hit(h, params.get('q'))));
    pager(holder, list, params, page.next_cursor);
  } }, 'More hits'));
}

function facets(all, params) {
  return Object.entries(FACETS).map(([field, title]) => {
    const values = all[field] || [];
    if (values.length === 0) return null;
    return el('section', { class: 'facet' }, el('h2', {}, title),
      el('ul', {}, values.map(v => el('li', {}, el('a', { href: '#/search?' + narrowed(params, field, v.value) },
        v.value, ' ', el('span', { class: 'count' }, '(' + v.count + ')'))))));
  });
}

/** The query narrowed to one facet value. */
function narrowed(params, field, value) {
  const next = new URLSearchParams(params);
  next.delete('cursor');
  if (field === 'kind') next.set('scope', value + 's');
  else if (field === 'month') {
    const [y, m] = value.split('-').map(Number);
    next.set('from', value + '-01');
    next.set('to', value + '-' + String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0'));
  } else if (field === 'actor') next.set('q', ((next.get('q') || '') + ' actor:"' + value.replace(/"/g, '') + '"').trim());
  else next.set(field, value);
  return next;
}

// Downloads the export file (events.csv, events.gdelt.tsv) of the query's events.
async function download(params, file) {
  const query = new URLSearchParams(params);
  query.delete('scope');
  query.delete('cursor');
  query.delete('limit');
  const blob = await (await get('/api/export/' + file + '?' + query)).blob();
  const a = el('a', { href: URL.createObjectURL(blob), download: file });
  document.body.append(a);
  a.click();
  a.remove();
}
