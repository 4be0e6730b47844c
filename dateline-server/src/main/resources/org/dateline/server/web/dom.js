// Building the page: every datum goes in as a text node or an attribute value, never as markup.

/** An element with attributes (on* keys add listeners) and children (nodes or text). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value == null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** A link to a view of this page: '#/' + view + '/' + the id, escaped as a URL part. */
export function link(view, id, ...text) {
  return el('a', { href: '#/' + view + '/' + encodeURIComponent(id) }, ...text);
}

/** "2021-03-10" or an en dash for nothing. */
export function orDash(value) {
  return value == null || value === '' ? '\u2013' : String(value);
}

/** A heading of the view, focused so that keyboard and screen-reader users land on it. */
export function heading(text, sub) {
  return el('div', { class: 'heading' }, el('h1', { tabindex: '-1' }, text), sub ? el('p', { class: 'sub' }, sub) : null);
}

/** A section with a title, or nothing when it has no content. */
export function section(title, ...content) {
  const body = content.flat(Infinity).filter(c => c != null && c !== false);
  return body.length === 0 ? null : el('section', {}, el('h2', {}, title), body);
}

/** The dated facts of an actor, story or thread, oldest first (a Timeline.Entry list of the API). */
export function timeline(entries, undated) {
  if (!entries.length && !undated) return null;
  return section('Timeline',
    el('ol', { class: 'timeline' }, entries.map(e => el('li', { class: 'entry ' + e.kind.toLowerCase() },
      el('span', { class: 'day' }, orDash(e.day)),
      el('span', { class: 'kind' }, e.kind.toLowerCase()),
      el('span', { class: 'summary' }, e.summary),
      el('blockquote', {}, e.text),
      el('span', { class: 'basis' }, 'date from ' + orDash(e.date_basis && e.date_basis.toLowerCase()), ' \u00b7 ',
        link('article', e.article, 'article'))))),
    undated ? el('p', { class: 'note' }, undated + ' more without a usable date') : null);
}

/** Articles grouped by outlet, one column each: [{outlet, articles: [{id, title, published, duplicate_of}]}]. */
export function outletColumns(outlets) {
  return el('div', { class: 'outlets' }, outlets.map(o => el('div', { class: 'outlet' },
    el('h3', {}, o.outlet),
    el('ul', {}, o.articles.map(a => el('li', {},
      link('article', a.id, a.title || a.id),
      el('span', { class: 'date' }, ' ', orDash(a.published && a.published.slice(0, 10))),
      a.duplicate_of ? el('span', { class: 'copy' }, ' copy') : null))))));
}
