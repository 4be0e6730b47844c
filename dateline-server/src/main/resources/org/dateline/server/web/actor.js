// One actor: who it is, the names merged into it and why, its network drawn and listed, and its dated facts.
import { el, link, orDash, heading, section, timeline } from './dom.js';
import { json } from './api.js';
import { networkDrawing } from './network.js';

export async function actorView(id) {
  const data = await json('/api/actors/' + encodeURIComponent(id));
  const a = data.actor;
  return el('div', { class: 'actor-view' },
    heading(a.name, [a.type, ' \u00b7 country ', orDash(a.country), ' \u00b7 sector ', orDash(a.sector), ' \u00b7 ',
      a.mentions + ' mentions']),
    section('Also written as', a.aliases.length ? el('p', {}, a.aliases.join(' \u00b7 ')) : null),
    section('Titles', a.titles.length ? el('p', {}, a.titles.join(' \u00b7 ')) : null),
    section('Names merged into this actor',
      data.merges.length ? el('table', { class: 'merges' },
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'as written'), el('th', { scope: 'col' }, 'linked by rule'),
          el('th', { scope: 'col' }, 'mentions'))),
        el('tbody', {}, data.merges.map(m => el('tr', {}, el('td', {}, m.text), el('td', {}, m.rule),
          el('td', { class: 'num' }, m.mentions))))) : null),
    section('Who did what with whom', networkDrawing(data.network, a.id, a.name), network(data.network, a.id)),
    timeline(data.timeline, data.undated));
}

/** The actor's links: source, event type, target, how many events, and the first one's evidence. */
function network(edges, self) {
  if (!edges.length) return null;
  const party = (id, name) => (id == null || id === self ? el('strong', {}, name) : link('actor', id, name));
  return el('table', { class: 'network' },
    el('thead', {}, el('tr', {}, ['source', 'event', 'target', 'events', 'evidence'].map(h => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, edges.map(e => el('tr', {}, el('td', {}, party(e.source, e.source_name)), el('td', {}, e.event),
      el('td', {}, party(e.target, e.target_name)), el('td', { class: 'num' }, e.events),
      el('td', {}, e.text, ' ', link('article', e.article, 'article'))))));
}
