/* Voting without a page reload: the vote form (which works on its own) is sent with fetch,
   and the counts, the pressed button and the own-vote sentence change in place.
   A screen reader hears the outcome through the form's status region. */
const form = document.querySelector("[data-vote-form]");

if (form && window.fetch && window.FormData) {
  const status = form.querySelector("[data-vote-status]");
  const ownVote = form.querySelector("[data-own-vote]");
  const ownVoteLabel = form.querySelector("[data-own-vote-label]");
  const withdraw = form.querySelector("button[name=withdraw]");
  const choices = Array.from(form.querySelectorAll("button[name=value]"));
  let busy = false;
  let fallback = false;

  const announce = (message) => {
    // Emptied first, so the same sentence twice is still announced.
    status.textContent = "";
    window.setTimeout(() => { status.textContent = message; }, 50);
  };

  const show = (data) => {
    Object.entries(data.counts).forEach(([key, count]) => {
      const cell = document.querySelector(`[data-vote-count="${key}"]`);
      // In the page's number format, as the server writes it ("1.234" in German).
      if (cell) { cell.textContent = Number(count).toLocaleString(document.documentElement.lang || "de"); }
    });
    choices.forEach((button) => {
      button.setAttribute("aria-pressed", String(data.own_vote !== null && Number(button.value) === data.own_vote));
    });
    const hadFocus = document.activeElement === withdraw;
    withdraw.hidden = data.own_vote === null;
    ownVote.hidden = data.own_vote === null;
    ownVoteLabel.textContent = data.own_vote_label || "";
    // A hidden button cannot keep the focus: hand it to the first vote button instead of the page.
    if (hadFocus && withdraw.hidden) { choices[0].focus(); }
    announce(data.message);
  };

  form.addEventListener("submit", async (event) => {
    const submitter = event.submitter;
    if (fallback || !submitter) { return; }
    event.preventDefault();
    if (busy) { return; }
    busy = true;
    form.setAttribute("aria-busy", "true");
    const body = new FormData(form);
    body.append(submitter.name, submitter.value);
    try {
      const response = await fetch(form.action, {
        method: "POST",
        body,
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      });
      const data = await response.json();
      if (response.ok) {
        show(data);
      } else {
        announce(data.error || form.dataset.errorMessage);
      }
    } catch (error) {
      // No answer or no JSON (network, proxy page): let the browser send the form the ordinary way.
      fallback = true;
      form.requestSubmit(submitter);
    } finally {
      busy = false;
      form.removeAttribute("aria-busy");
    }
  });
}
