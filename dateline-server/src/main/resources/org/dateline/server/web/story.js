// One story: its outlets side by side, the words each uses distinctively, the facts each reports or leaves out.
import { el, link, orDash, heading, section, timeline, outletColumns } from './dom.js';
import { json } from './api.js';

export async function storyView(id) {
  const data = await json('/api/stories/' + encodeURIComponent(id));
  const s = data.story;
  return el('div', { class: 'story-view' },
    heading(s.title || s.id, [orDash(s.first), ' to ', orDash(s.last), ' \u00b7 ', s.articles.length + ' articles, ',
      s.outlets.length + ' outlets', s.thread ? [' \u00b7 thread ', link('thread', s.thread, 'all its stories')] : '']),
    section('By outlet', outletColumns(data.outlets)),
    section('Distinctive words', framing(data.framing)),
    section('Who reports what', coverage(data.coverage)),
    timeline(data.timeline, data.undated));
}

function framing(table) {
  const groups = table.groups.filter(g => (table.top[g.name] || []).length);
  if (!groups.length) return null;
  return el('div', { class: 'outlets' }, groups.map(g => el('div', { class: 'outlet' }, el('h3', {}, g.name),
    el('ol', { class: 'terms' }, table.top[g.name].map(t => el('li', {}, t.term, ' ',
      el('span', { class: 'count' }, 'z ' + t.z.toFixed(1) + ', ' + t.group_count + ' uses')))))));
}

function coverage(facts) {
  if (!facts.length) return null;
  return el('table', { class: 'coverage' },
    el('thead', {}, el('tr', {}, ['fact', 'reported by', 'not by'].map(h => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, facts.map(f => el('tr', {}, el('td', {}, el('span', { class: 'badge' }, f.kind), ' ', f.summary),
      el('td', {}, f.reported_by.join(', ')), el('td', {}, orDash(f.missing.join(', ')))))));
}
