// Adding articles: upload a file (pages, JSON Lines, a WARC crawl), watch its job, then search what it added.
import { el, orDash, heading, section } from './dom.js';
import { json, send, hasToken, setToken, ApiError } from './api.js';

/** How often a running job is asked for its progress, in ms. */
const POLL_MS = 500;

export async function ingestView() {
  const jobs = (await json('/api/jobs')).jobs;
  const file = el('input', { type: 'file', id: 'ingest-file', required: true });
  const token = hasToken() ? null : el('input', { type: 'password', id: 'ingest-token', autocomplete: 'off' });
  const status = el('div', { class: 'job', id: 'ingest-status', role: 'status', 'aria-live': 'polite' });
  const button = el('button', { type: 'submit' }, 'Add to the record');
  const form = el('form', { class: 'ingest', onsubmit: ev => { ev.preventDefault(); upload(); } },
    el('div', { class: 'field' }, el('label', { for: 'ingest-file' }, 'File of articles'), file,
      el('p', { class: 'note' }, 'HTML pages, JSON Lines (one article a line), a WARC crawl, RSS/Atom or text; .gz too.',
        ' It is analysed as analyze --append would, and searchable once its job is done.')),
    token ? el('div', { class: 'field' }, el('label', { for: 'ingest-token' }, 'Server token'), token) : null,
    el('div', {}, button));

  async function upload() {
    const chosen = file.files[0];
    if (!chosen) return;
    if (token && token.value) setToken(token.value);
    button.disabled = true;
    status.replaceChildren(el('p', {}, 'Uploading ', chosen.name, ' \u2026'));
    try {
      const job = await (await send('POST', '/api/ingest?name=' + encodeURIComponent(chosen.name), chosen)).json();
      await watch(job.id);
    } catch (e) {
      status.replaceChildren(el('p', { class: 'problem', role: 'alert' }, e instanceof ApiError && e.status === 401
        ? 'The server refused the upload: ' + e.message : e.message));
    } finally {
      button.disabled = false;
    }
  }

  /** Shows the job's progress until it ends (or the reader leaves the page). */
  async function watch(id) {
    for (;;) {
      const job = await json('/api/jobs/' + encodeURIComponent(id));
      status.replaceChildren(progress(job));
      if (job.state === 'DONE' || job.state === 'FAILED' || !status.isConnected) return;
      await new Promise(resolve => setTimeout(resolve, POLL_MS));
    }
  }

  return el('div', { class: 'ingest-view' },
    heading('Add articles', 'Batches run one at a time; readers see a batch when it is complete.'),
    form, status,
    section('Recent jobs', jobs.length ? jobTable(jobs) : null));
}

/** One job's state: what it does, how far it is, and at the end what it added or why it failed. */
function progress(job) {
  const done = job.state === 'DONE';
  return el('div', { class: 'progress ' + job.state.toLowerCase() },
    el('h2', {}, 'Job ', job.id, ': ', job.name, ' \u2013 ', job.state.toLowerCase()),
    el('p', {}, job.phase, ' \u00b7 ', job.articles, ' articles analysed',
      job.pages == null ? '' : ' of ' + job.pages + ' pages', job.skipped ? ' \u00b7 ' + job.skipped + ' skipped' : ''),
    job.pages ? el('progress', { max: job.pages, value: done ? job.pages : job.articles }) : null,
    job.error ? el('p', { class: 'problem', role: 'alert' }, job.error) : null,
    done && job.served ? el('p', { class: 'served' }, 'Now served: ', job.served.articles, ' articles, ',
      job.served.quotes, ' quotes, ', job.served.events, ' events. ', el('a', { href: '#/search' }, 'Search them')) : null,
    job.warnings.length ? el('details', {}, el('summary', {}, job.warnings.length + job.more_warnings + ' warnings'),
      el('ul', {}, job.warnings.map(w => el('li', {}, w)))) : null);
}

function jobTable(jobs) {
  return el('table', { class: 'jobs' },
    el('thead', {}, el('tr', {}, ['job', 'file', 'state', 'articles', 'submitted'].map(h => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, jobs.map(j => el('tr', {}, el('td', {}, j.id), el('td', {}, j.name), el('td', {}, j.state.toLowerCase()),
      el('td', { class: 'num' }, j.articles), el('td', {}, orDash(j.submitted && j.submitted.slice(0, 19)))))));
}
