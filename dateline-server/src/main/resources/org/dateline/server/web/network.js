// An actor's network drawn as plain SVG: the actor in the middle, the parties it met, accused, agreed with ... around
// it, one line per party with the events between them; every datum goes in as text or an attribute value.
const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 720;
const HEIGHT = 440;
/** The most parties drawn (those with most events); the table beside lists them all. */
const MOST = 16;
/** PLOVER types of conflict; the others are drawn as cooperation. */
const CONFLICT = new Set(['ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT']);

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value != null) node.setAttribute(key, String(value));
  }
  for (const child of children) {
    if (child != null) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function short(name) {
  return name.length > 26 ? name.slice(0, 25) + '\u2026' : name;
}

/**
 * The drawing of the edges ({source, source_name, event, target, target_name, events}) that touch the actor self
 * (its id; a party without an actor has a null id), or null when there are none.
 */
export function networkDrawing(edges, self, selfName) {
  const parties = new Map();
  for (const e of edges) {
    const outgoing = e.source === self;
    const id = outgoing ? e.target : e.source;
    const name = outgoing ? e.target_name : e.source_name;
    if (id === self && e.source === e.target) continue;
    const key = id == null ? 'name:' + name : id;
    const party = parties.get(key) || { id, name, links: [], events: 0, conflict: 0 };
    party.links.push((outgoing ? '\u2192 ' : '\u2190 ') + e.event.toLowerCase() + (e.events > 1 ? ' \u00d7' + e.events : ''));
    party.events += e.events;
    if (CONFLICT.has(e.event)) party.conflict += e.events;
    parties.set(key, party);
  }
  if (parties.size === 0) return null;
  const drawn = [...parties.values()].sort((a, b) => b.events - a.events).slice(0, MOST);
  const cx = WIDTH / 2;
  const cy = HEIGHT / 2;
  const lines = svg('g', { class: 'edges' });
  const nodes = svg('g', { class: 'nodes' });
  drawn.forEach((p, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / drawn.length;
    const x = cx + Math.cos(angle) * (WIDTH / 2 - 130);
    const y = cy + Math.sin(angle) * (HEIGHT / 2 - 45);
    const tone = p.conflict * 2 > p.events ? 'conflict' : 'cooperation';
    lines.append(svg('line', { x1: cx, y1: cy, x2: x, y2: y, class: 'edge ' + tone, 'stroke-width': Math.min(1 + p.events, 6) }));
    lines.append(svg('text', { x: (cx + x) / 2, y: (cy + y) / 2 - 4, class: 'edge-label', 'text-anchor': 'middle' },
      p.links.slice(0, 2).join(', ') + (p.links.length > 2 ? ' \u2026' : '')));
    const label = svg('text', { x, y: y + 4, 'text-anchor': 'middle', class: 'name' }, short(p.name));
    const node = svg('g', { class: 'party ' + tone }, svg('title', {}, p.name + ': ' + p.links.join(', ')),
      svg('rect', { x: x - 95, y: y - 13, width: 190, height: 24, rx: 12 }), label);
    nodes.append(p.id == null ? node : svg('a', { href: '#/actor/' + encodeURIComponent(p.id) }, node));
  });
  nodes.append(svg('g', { class: 'party self' }, svg('rect', { x: cx - 100, y: cy - 15, width: 200, height: 30, rx: 15 }),
    svg('text', { x: cx, y: cy + 5, 'text-anchor': 'middle', class: 'name' }, short(selfName))));
  return svg('svg', { class: 'network-drawing', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'group',
    'aria-label': 'Network of ' + selfName + ': ' + parties.size + ' parties' + (parties.size > MOST ? ', the '
      + MOST + ' with most events drawn' : '') },
  lines, nodes);
}
