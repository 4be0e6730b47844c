// One article: its text with every quote, time and event marked, and the same facts listed beside it.
import { el, link, orDash, heading, section } from './dom.js';
import { json } from './api.js';

export async function articleView(id) {
  const data = await json('/api/articles/' + encodeURIComponent(id));
  const a = data.article;
  const facts = [
    ...data.quotes.map(q => ({ kind: 'quote', id: q.id, start: q.start, end: q.end, record: q })),
    ...data.events.map(e => ({ kind: 'event', id: e.id, start: e.start, end: e.end, record: e })),
    ...data.times.map((t, i) => ({ kind: 'time', id: 'time-' + i, start: t.start, end: t.end, record: t })),
  ].filter(f => f.start >= 0 && f.end <= a.text.length && f.start < f.end);
  const text = el('div', { class: 'text', id: 'article-text' }, marked(a.text, facts));
  const evidence = el('div', { class: 'evidence', 'aria-live': 'polite' },
    el('p', { class: 'note' }, 'Choose a fact to see its evidence.'));
  const page = el('article', { class: 'article-view' },
    heading(a.title || a.id, [orDash(a.outlet), ' \u00b7 ', orDash(a.published), a.published_basis ? ' (' + a.published_basis + ')' : '',
      a.authors.length ? ' \u00b7 by ' + a.authors.join(', ') : '']),
    el('p', { class: 'links' },
      data.story ? ['Story: ', link('story', data.story.id, data.story.title || data.story.id)] : null,
      data.thread ? [' \u00b7 Thread: ', link('thread', data.thread.id, data.thread.title || data.thread.id)] : null,
      a.duplicate_of ? [' \u00b7 A copy of ', link('article', a.duplicate_of, 'this article')] : null),
    el('div', { class: 'columns' }, text,
      el('aside', { class: 'facts', 'aria-label': 'Facts in this article' }, evidence,
        section('Quotes (' + data.quotes.length + ')', list(facts, 'quote', quoteLine)),
        section('Events (' + data.events.length + ')', list(facts, 'event', eventLine)),
        section('Times (' + data.times.length + ')', list(facts, 'time', t => [el('strong', {}, t.text), ' ', orDash(t.value)])),
        section('Actors (' + data.actors.length + ')', el('ul', { class: 'actors' }, data.actors.map(x =>
          el('li', {}, link('actor', x.id, x.name), ' ', el('span', { class: 'type' }, x.type))))))),
    a.warnings.length ? section('Warnings', el('ul', {}, a.warnings.map(w => el('li', {}, w)))) : null);
  const choose = fact => select(page, evidence, fact);
  page.addEventListener('click', ev => {
    const target = ev.target.closest('[data-fact]');
    if (target) choose(facts.find(f => f.id === target.dataset.fact));
  });
  return page;
}

function quoteLine(q) {
  return [el('strong', {}, orDash(q.speaker && (q.speaker.name || q.speaker.mention))), ' ', q.kind, ': \u201c',
    q.text.length > 120 ? q.text.slice(0, 117) + '\u2026' : q.text, '\u201d'];
}

function eventLine(e) {
  return [el('strong', {}, e.event + (e.mode ? '/' + e.mode : '')), ' ', orDash(e.source && e.source.name), ' \u2192 ',
    orDash(e.target && e.target.name), ' ', el('span', { class: 'confidence' }, e.confidence.toFixed(2))];
}

function list(facts, kind, line) {
  const mine = facts.filter(f => f.kind === kind);
  if (mine.length === 0) return null;
  return el('ol', { class: 'fact-list' }, mine.map(f => el('li', {},
    el('button', { type: 'button', class: 'fact ' + kind, 'data-fact': f.id, 'aria-pressed': 'false' }, line(f.record)))));
}

/**
 * The text cut at every fact's start and end; each piece inside facts is a <mark> naming the innermost one
 * (data-fact) and carrying the classes of all that cover it.
 */
function marked(text, facts) {
  const cuts = [...new Set([0, text.length, ...facts.flatMap(f => [f.start, f.end])])].sort((x, y) => x - y);
  const pieces = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const covering = facts.filter(f => f.start <= from && f.end >= to);
    const piece = text.slice(from, to);
    if (covering.length === 0) {
      pieces.push(piece);
      continue;
    }
    const inner = covering.reduce((x, y) => (y.end - y.start < x.end - x.start ? y : x));
    pieces.push(el('mark', { class: [...new Set(covering.map(f => f.kind))].join(' '), 'data-fact': inner.id,
      'data-covers': covering.map(f => f.id).join(' ') }, piece));
  }
  return pieces;
}

function select(page, evidence, fact) {
  if (!fact) return;
  page.querySelectorAll('.selected').forEach(n => n.classList.remove('selected'));
  page.querySelectorAll('button.fact[aria-pressed="true"]').forEach(n => n.setAttribute('aria-pressed', 'false'));
  const marks = [...page.querySelectorAll('mark[data-covers]')].filter(m => m.dataset.covers.split(' ').includes(fact.id));
  marks.forEach(m => m.classList.add('selected'));
  const button = page.querySelector('button.fact[data-fact="' + CSS.escape(fact.id) + '"]');
  if (button) button.setAttribute('aria-pressed', 'true');
  if (marks.length) marks[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
  evidence.replaceChildren(details(fact));
}

/** What a fact's date rests on, in words: ' (date from the sentence)', or nothing. */
function basis(r) {
  if (!r.date_basis) return '';
  return ' (date from the ' + r.date_basis + (r.date_basis === 'published' ? ' day' : '') + ')';
}

function details(fact) {
  const r = fact.record;
  const rows = [];
  const row = (name, ...value) => rows.push(el('dt', {}, name), el('dd', {}, ...value));
  if (fact.kind === 'quote') {
    row('Speaker', r.speaker && r.speaker.actor ? link('actor', r.speaker.actor, r.speaker.name) : orDash(r.speaker && r.speaker.mention));
    row('As written', orDash(r.speaker && r.speaker.mention));
    row('Kind', r.kind, r.cue ? ' (' + r.cue + ')' : '');
    row('Said', orDash(r.date), basis(r));
    row('Outlets', orDash(r.outlets && r.outlets.join(', ')));
  } else if (fact.kind === 'event') {
    const party = p => p ? [p.actor ? link('actor', p.actor, p.name) : orDash(p.name), p.country ? ' (' + p.country + ')' : ''] : '\u2013';
    row('Type', r.event, r.mode ? '/' + r.mode : '', r.cameo ? ' (CAMEO ' + r.cameo + ')' : '');
    row('Source', party(r.source));
    row('Target', party(r.target));
    row('When', orDash(r.date), basis(r));
    row('Where', orDash(r.place));
    row('Confidence', r.confidence.toFixed(2), r.signals.length ? ' \u00b7 ' + r.signals.join(', ') : '');
  } else {
    row('Type', orDash(r.type));
    row('Value', orDash(r.value));
  }
  row('Offsets', r.start + '\u2013' + r.end);
  return el('div', {}, el('h2', {}, fact.kind[0].toUpperCase() + fact.kind.slice(1)),
    el('blockquote', { class: 'evidence-text' }, r.text), el('dl', {}, rows));
}
