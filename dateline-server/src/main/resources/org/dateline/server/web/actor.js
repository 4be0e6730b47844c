// One actor: who it is, the names merged into it and why, and its dated facts.
import { el, orDash, heading, section, timeline } from './dom.js';
import { json } from './api.js';

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
    timeline(data.timeline, data.undated));
}
