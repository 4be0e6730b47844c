// The viewer: one page, views chosen by the address's #/VIEW/ID?PARAMS.
import { el } from './dom.js';
import { ApiError, setToken } from './api.js';
import { searchView } from './search.js';
import { articleView } from './article.js';
import { actorView } from './actor.js';
import { storyView } from './story.js';
import { threadView } from './thread.js';
import { ingestView } from './ingest.js';

const views = { search: searchView, article: articleView, actor: actorView, story: storyView, thread: threadView,
  ingest: ingestView };
const main = document.getElementById('main');

async function show() {
  const [path, query] = (location.hash.slice(1) || '/search').split('?');
  const [name, id] = path.split('/').filter(Boolean);
  const view = views[name] || searchView;
  main.setAttribute('aria-busy', 'true');
  try {
    const page = await view(id == null ? null : decodeURIComponent(id), new URLSearchParams(query || ''));
    main.replaceChildren(page);
    const h1 = main.querySelector('h1');
    document.title = (h1 ? h1.textContent + ' \u2013 ' : '') + 'Dateline';
    if (h1 && name && name !== 'search') h1.focus();
  } catch (e) {
    main.replaceChildren(problem(e));
  } finally {
    main.removeAttribute('aria-busy');
  }
}

function problem(e) {
  if (e instanceof ApiError && e.status === 401) {
    const input = el('input', { type: 'password', id: 'token', autocomplete: 'off', required: true });
    return el('form', { class: 'token', onsubmit: ev => { ev.preventDefault(); setToken(input.value); show(); } },
      el('h1', {}, 'This server needs its token'),
      el('label', { for: 'token' }, 'Token '), input, ' ', el('button', { type: 'submit' }, 'Go on'));
  }
  return el('div', { class: 'problem', role: 'alert' }, el('h1', {}, e instanceof ApiError ? 'Not here' : 'Something failed'),
    el('p', {}, e.message), el('p', {}, el('a', { href: '#/search' }, 'Back to the search')));
}

window.addEventListener('hashchange', show);
show();
