// The chosen claim's activity-type caps under the list of claims, as the claims list gave them (the chat's claim card's words: a
// USD limit on a claim in another currency says so, a share of funds with no fund recorded says it is not checked here).
import { $ } from './pane.js';

/** Shows the caps of claim (none, or no claim: the box hides). */
export function showCaps(claim) {
  const box = $('caps-box');
  const list = $('claim-caps');
  list.innerHTML = '';
  const notes = (claim && claim.caps) || [];
  notes.forEach((note) => {
    const li = document.createElement('li');
    li.textContent = note;
    list.appendChild(li);
  });
  box.hidden = notes.length === 0;
  if (claim) { list.dataset.claim = claim.id; } else { delete list.dataset.claim; }
}
