// One thread: its stories along time, each with its outlets side by side, and the dated facts of them all.
import { el, link, orDash, heading, section, timeline, outletColumns } from './dom.js';
import { json } from './api.js';

export async function threadView(id) {
  const data = await json('/api/threads/' + encodeURIComponent(id));
  const t = data.thread;
  return el('div', { class: 'thread-view' },
    heading(t.title || t.id, [orDash(t.first), ' to ', orDash(t.last), ' \u00b7 ', t.stories.length + ' stories, ',
      t.articles.length + ' articles, ', t.outlets.length + ' outlets']),
    section('Stories along time', el('ol', { class: 'stories' }, data.stories.map(s => el('li', { class: 'story' },
      el('h3', {}, link('story', s.story.id, s.story.title || s.story.id)),
      el('p', { class: 'sub' }, orDash(s.story.first), ' to ', orDash(s.story.last)),
      outletColumns(s.outlets))))),
    timeline(data.timeline, data.undated));
}
