// The chosen claim's activity-type caps under the list of claims, in the API's words (the chat's claim card's: a USD limit on a
// claim in another currency says so, a share of funds with no fund recorded says it is not checked here).
import { $, t } from './pane.js';
import { api } from './api.js';

let wanted = null;

/** Shows the caps of claim (none, or null: the box hides); a slower answer for an earlier choice is dropped. */
export async function showCaps(claim) {
  const box = $('caps-box');
  const list = $('claim-caps');
  wanted = claim ? claim.id : null;
  list.innerHTML = '';
  delete list.dataset.claim;
  box.hidden = true;
  if (!claim) { return; }
  let notes;
  try {
    notes = (await api(`/claims/${claim.id}`)).caps || [];
  } catch (e) {
    notes = [t('capsFailed', [e.message || String(e)])];
  }
  if (wanted !== claim.id) { return; }
  notes.forEach((note) => {
    const li = document.createElement('li');
    li.textContent = note;
    list.appendChild(li);
  });
  box.hidden = notes.length === 0;
  list.dataset.claim = claim.id;
}
